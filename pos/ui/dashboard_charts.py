"""The dashboard's charts (QtCharts): built from plain figures, amounts in the shop's money."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import (QAbstractBarSeries, QAreaSeries, QBarCategoryAxis, QBarSeries,
                              QBarSet, QCategoryAxis, QChart, QChartView, QDateTimeAxis,
                              QHorizontalBarSeries, QLineSeries, QPieSeries, QValueAxis)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QStackedLayout, QVBoxLayout, QWidget

ACCENT = QColor("#2f6db5")
PALETTE = ("#2f6db5", "#2f9e55", "#e08a1e", "#8e5cc4", "#d64545", "#1f9aa8", "#7d8a99")
BAR_DAYS_UP_TO = 31  # longer periods draw the days as an area (day numbers stay unique)


class MoneyScale:
    """Chart axes in thousands or millions of the currency's major unit, so labels stay short."""

    def __init__(self, largest_minor: int, exponent: int, symbol: str):
        major = largest_minor / 10 ** exponent
        self.minor_per_unit, suffix = 10 ** exponent, ""
        for step, name in ((1_000_000_000, QCoreApplication.translate("MoneyScale", "bn")),
                           (1_000_000, QCoreApplication.translate("MoneyScale", "M")),
                           (1_000, QCoreApplication.translate("MoneyScale", "k"))):
            if major >= 2 * step:
                self.minor_per_unit, suffix = step * 10 ** exponent, name
                break
        self.title = f"{suffix} {symbol}".strip()

    def __call__(self, minor: int) -> float:
        return minor / self.minor_per_unit


class ChartCard(QFrame):
    """A titled card showing "Loading…" until its chart (or any widget) arrives."""

    def __init__(self, title: str, name: str, parent=None):
        super().__init__(parent, objectName=name)
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(QLabel(title, objectName="cardTitle"))
        self.stack = QStackedLayout()
        self.waiting = QLabel(self.tr("Loading…"), alignment=Qt.AlignCenter,
                              objectName="cardWaiting")
        self.stack.addWidget(self.waiting)
        layout.addLayout(self.stack, 1)
        self.content: QWidget | None = None

    def show_waiting(self, text: str | None = None) -> None:
        self.waiting.setText(text or self.tr("Loading…"))
        self.stack.setCurrentWidget(self.waiting)

    def show_content(self, widget: QWidget) -> None:
        if self.content is not None:
            self.stack.removeWidget(self.content)
            self.content.deleteLater()
        self.content = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def show_chart(self, chart: QChart) -> None:
        view = QChartView(chart)
        view.setRenderHint(QPainter.Antialiasing)
        view.setStyleSheet("background: transparent; border: none;")
        self.show_content(view)


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.NoAnimation)  # figures appear at once
    chart.setBackgroundVisible(False)  # the card is the background
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.legend().hide()
    return chart


def _value_axis(top: float, title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top * 1.1, 1))
    axis.setLabelFormat("%.0f")
    axis.setTickCount(5)
    axis.setTitleText(title)
    axis.setTitleFont(QFont(axis.titleFont().family(), 8))
    axis.applyNiceNumbers()
    return axis


def _bars(series: QAbstractBarSeries, values: list[float], color: QColor = ACCENT) -> QBarSet:
    bar_set = QBarSet("")
    bar_set.append(values)
    bar_set.setColor(color)
    bar_set.setBorderColor(color)
    series.append(bar_set)
    series.setBarWidth(0.75)
    return bar_set


def _sparse_labels(labels: list[str], most: int) -> QCategoryAxis:
    """An x axis under bars 0..n-1 naming every k-th bar only: all the labels of 30 narrow
    bars would each be cut to "…"."""
    axis = QCategoryAxis()
    axis.setRange(-0.5, len(labels) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPositionOnValue)
    axis.setLabelsFont(QFont(axis.labelsFont().family(), 8))
    axis.setGridLineVisible(False)
    step = max(1, -(-len(labels) // most))
    for i in range(0, len(labels), step):
        axis.append(labels[i], i)
    return axis


def column_chart(labels: list[str], amounts: list[int], scale: MoneyScale,
                 max_labels: int = 12) -> QChart:
    return _bar_chart(QBarSeries(), [scale(a) for a in amounts],
                      _sparse_labels(labels, max_labels), scale, ACCENT)


def _bar_chart(series: QAbstractBarSeries, values: list[float], categories, scale: MoneyScale,
               color: QColor) -> QChart:
    """Bars with the categories along one side and the money along the other."""
    chart = _chart()
    _bars(series, values, color)
    chart.addSeries(series)
    horizontal = isinstance(series, QHorizontalBarSeries)
    money = _value_axis(max(values, default=0), scale.title)
    for axis, side in ((categories, Qt.AlignLeft if horizontal else Qt.AlignBottom),
                       (money, Qt.AlignBottom if horizontal else Qt.AlignLeft)):
        chart.addAxis(axis, side)
        series.attachAxis(axis)
    return chart


def day_chart(days: list[str], amounts: list[int], scale: MoneyScale) -> QChart:
    """Bars for up to a month (labelled with the day of the month), else an area over the
    dates."""
    if len(days) <= BAR_DAYS_UP_TO:
        return column_chart([str(int(d[8:10])) for d in days], amounts, scale)
    chart = _chart()
    line = QLineSeries()
    line.append([QPointF(_noon_ms(day), scale(amount)) for day, amount in zip(days, amounts)])
    area = QAreaSeries(line)
    line.setParent(area)  # the area does not own its line: without this Python frees it
    area.setColor(QColor(ACCENT.red(), ACCENT.green(), ACCENT.blue(), 90))
    area.setPen(QPen(ACCENT, 1.5))
    chart.addSeries(area)
    x = QDateTimeAxis()
    x.setFormat("dd/MM")
    x.setTickCount(8)
    chart.addAxis(x, Qt.AlignBottom)
    y = _value_axis(max((scale(a) for a in amounts), default=0), scale.title)
    chart.addAxis(y, Qt.AlignLeft)
    area.attachAxis(x)
    area.attachAxis(y)
    return chart


def _noon_ms(day: str) -> float:
    """Local noon of a YYYY-MM-DD day in ms since the epoch (what QDateTimeAxis plots)."""
    return datetime(int(day[:4]), int(day[5:7]), int(day[8:10]), 12).timestamp() * 1000


def ranked_chart(labels: list[str], amounts: list[int], scale: MoneyScale,
                 color: QColor = ACCENT) -> QChart:
    """Horizontal bars, the biggest on top."""
    names = QBarCategoryAxis()
    names.append([_short(l) for l in reversed(labels)])
    names.setLabelsFont(QFont(names.labelsFont().family(), 8))
    return _bar_chart(QHorizontalBarSeries(), [scale(a) for a in reversed(amounts)], names,
                      scale, color)


def donut_chart(labels: list[str], amounts: list[int]) -> QChart:
    chart = _chart()
    series = QPieSeries()
    series.setHoleSize(0.45)
    total = sum(amounts) or 1
    for i, (label, amount) in enumerate(zip(labels, amounts)):
        piece = series.append(f"{label} {100 * amount / total:.0f} %", max(amount, 0))
        piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
        piece.setBorderColor(QColor("white"))
    chart.addSeries(series)
    legend = chart.legend()
    legend.show()
    legend.setAlignment(Qt.AlignRight)
    legend.setFont(QFont(legend.font().family(), 8))
    legend.setMinimumWidth(150)  # room for "Máy này (T1) 40 %" beside the ring
    return chart


def top_with_other(labels: list[str], amounts: list[int], keep: int,
                   other: str) -> tuple[list[str], list[int]]:
    """The `keep` biggest, the rest added up as `other`."""
    if len(labels) <= keep:
        return labels, amounts
    return labels[:keep - 1] + [other], amounts[:keep - 1] + [sum(amounts[keep - 1:])]


def _short(label: str, width: int = 22) -> str:
    return label if len(label) <= width else label[:width - 1] + "…"
