"""The manager's sales dashboard (manager menu, F11): totals, sales by day and hour, channels,
categories, cashiers and best sellers over a date range, with CSV export.

It opens at once: every figure is a small query on the summary tables, run off the UI thread
one after the other, and each card paints as soon as its figures arrive.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from babel.numbers import format_decimal, get_currency_symbol
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from pos.domain.money import currency
from pos.format import format_quantity
from pos.services import permissions, reports
from pos.ui.dashboard_charts import (PALETTE, ChartCard, MoneyScale, column_chart, day_chart,
                                     donut_chart, ranked_chart, top_with_other)
from pos.ui.dialogs import ManagerApproval
from pos.ui.screen_fit import scrolling, size_within_screen

PRESETS = (  # (key, English label); the dates come from `preset_period`
    ("last7", QT_TRANSLATE_NOOP("SalesDashboard", "Last 7 days")),
    ("last30", QT_TRANSLATE_NOOP("SalesDashboard", "Last 30 days")),
    ("today", QT_TRANSLATE_NOOP("SalesDashboard", "Today")),
    ("yesterday", QT_TRANSLATE_NOOP("SalesDashboard", "Yesterday")),
    ("month", QT_TRANSLATE_NOOP("SalesDashboard", "This month")),
    ("year", QT_TRANSLATE_NOOP("SalesDashboard", "This year")),
    ("last365", QT_TRANSLATE_NOOP("SalesDashboard", "Last 365 days")),
    ("custom", QT_TRANSLATE_NOOP("SalesDashboard", "Custom dates")),
)
OPEN_HOURS = range(6, 22)  # hours always shown on the hour chart, even without sales

STYLE = """
#salesDashboard, #dashboardBody { background: #eef1f5; }
QFrame[card="true"] { background: white; border: 1px solid #d3dbe4; border-radius: 10px; }
#cardTitle { font-size: 14px; font-weight: 600; color: #1f3a5f; border: none; }
#cardWaiting { color: #7d8a99; border: none; }
#tileValue { font-size: 24px; font-weight: 700; color: #1f2933; border: none; }
#tileCaption { font-size: 12px; color: #5b6b7c; border: none; }
#dashboardTitle { font-size: 20px; font-weight: 700; color: #1f3a5f; }
#dashboardStatus { color: #5b6b7c; }
#dashboardStatus[state="error"] { color: #d64545; }
QPushButton, QComboBox, QDateEdit { min-height: 30px; padding: 2px 8px; }
"""


def preset_period(key: str, today: date) -> reports.Period | None:
    first_of_month = today.replace(day=1)
    return {
        "today": reports.Period(today, today),
        "yesterday": reports.Period(today - timedelta(days=1), today - timedelta(days=1)),
        "last7": reports.Period(today - timedelta(days=6), today),
        "last30": reports.Period(today - timedelta(days=29), today),
        "month": reports.Period(first_of_month, today),
        "year": reports.Period(today.replace(month=1, day=1), today),
        "last365": reports.Period(today - timedelta(days=364), today),
    }.get(key)


def choose_csv_path(parent, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SalesDashboard", "Export the figures"), suggested,
        QCoreApplication.translate("SalesDashboard", "CSV files (*.csv)"))
    return path


class Tile(QFrame):
    """One headline figure: big value, small caption."""

    def __init__(self, caption: str, name: str, parent=None):
        super().__init__(parent, objectName=name)
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        self.value = QLabel("…", objectName="tileValue")
        self.caption = QLabel(caption, objectName="tileCaption")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class SalesDashboard(QWidget):
    section_painted = Signal(str)  # "totals" or a reports.SECTIONS name
    preparing = Signal(int)  # sales still to add to the summaries (a first build, in steps)
    all_painted = Signal()

    def __init__(self, till, parent=None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("salesDashboard")
        self.setWindowTitle(self.tr("Sales dashboard — {0}").format(till.settings.shop_name))
        self.setStyleSheet(STYLE)
        self.till = till
        self.today = today or date.today()
        self.data: reports.Dashboard | None = None
        self._generation = 0
        self._waiting: set[str] = set()
        self._build()
        size_within_screen(self, 1280, 800)  # when it is not maximised
        self.preset.setCurrentIndex(1)  # last 30 days: loads

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(objectName="dashboardBody")  # scrolls where the screen is too small
        layout = QVBoxLayout(body)
        layout.addLayout(self._header())
        layout.addWidget(self.status)  # its own line: the header fits a 1024 px screen
        layout.addLayout(self._tiles())
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards = {
            "by_day": ChartCard(self.tr("Sales by day"), "byDayCard"),
            "by_channel": ChartCard(self.tr("Sales by channel"), "byChannelCard"),
            "by_hour": ChartCard(self.tr("Sales by hour of the day"), "byHourCard"),
            "by_category": ChartCard(self.tr("Sales by category"), "byCategoryCard"),
            "by_cashier": ChartCard(self.tr("Sales by cashier"), "byCashierCard"),
            "top_products": ChartCard(self.tr("Best sellers"), "topProductsCard"),
        }
        for name, (row, col, span) in {"by_day": (0, 0, 2), "by_channel": (0, 2, 1),
                                       "by_cashier": (0, 3, 1), "by_hour": (1, 0, 1),
                                       "by_category": (1, 1, 1), "top_products": (1, 2, 2)}.items():
            grid.addWidget(self.cards[name], row, col, 1, span)
        for col, stretch in enumerate((2, 2, 3, 2)):  # the channel ring's legend needs room
            grid.setColumnStretch(col, stretch)
        layout.addLayout(grid, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, "dashboardScroll"))

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sales dashboard"), objectName="dashboardTitle"))
        row.addStretch()
        self.preset = QComboBox(objectName="periodPreset")
        for key, label in PRESETS:
            self.preset.addItem(self.tr(label), key)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.first = QDateEdit(objectName="fromDate", calendarPopup=True,
                               displayFormat="dd/MM/yyyy")
        self.last = QDateEdit(objectName="toDate", calendarPopup=True, displayFormat="dd/MM/yyyy")
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._dates_edited)
        self.export = QPushButton(self.tr("Export CSV"), objectName="exportCsvButton")
        self.export.clicked.connect(self.export_csv)
        self.status = QLabel(objectName="dashboardStatus")
        for w in (self.preset, QLabel(self.tr("from")), self.first,
                  QLabel(self.tr("to")), self.last, self.export):
            row.addWidget(w)
        return row

    def _tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.tiles = {name: Tile(caption, name) for name, caption in (
            ("salesTile", self.tr("Sales in the shop")), ("receiptsTile", self.tr("Receipts")),
            ("basketTile", self.tr("Average basket")), ("returnsTile", self.tr("Returns")),
            ("onlineTile", self.tr("Online orders")))}
        for tile in self.tiles.values():
            row.addWidget(tile)
        return row

    # -- choosing the period --------------------------------------------------------------
    def _preset_chosen(self, _index: int) -> None:
        period = preset_period(self.preset.currentData(), self.today)
        if period is None:
            return  # custom: the dates stay as they are
        for edit, day in ((self.first, period.first), (self.last, period.last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.load(period)

    def _dates_edited(self, _date) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if first > last:
            self._status(self.tr("The start date is after the end date."), "error")
            return
        self.load(reports.Period(first, last))

    # -- loading, section by section ------------------------------------------------------
    def reload(self) -> None:
        if self.data is not None:
            self.load(self.data.period)

    def load(self, period: reports.Period) -> None:
        """Brings the summaries up to date, then asks for each figure in turn; a newer load
        makes the answers of an older one be ignored."""
        self._generation += 1
        self.data = reports.Dashboard(period)
        self._waiting = {"totals", *reports.SECTIONS}
        self._status(self.tr("Loading…"))
        for card in self.cards.values():
            card.show_waiting()
        self._summarise(self._generation, period)

    def _summarise(self, gen: int, period: reports.Period) -> None:
        """New sales into the summaries, a batch per task (a first build after an upgrade
        takes several, and the till's own work passes in between)."""
        t = self.till
        t.tasks.run(lambda: reports.summarise_some(t.db),
                    lambda got: gen == self._generation and self._summarised(gen, period, got[1]),
                    self._failed)

    def _summarised(self, gen: int, period: reports.Period, left: int) -> None:
        if left:
            self.preparing.emit(left)
            self._status(self.tr("Preparing the figures: {0} sales to go…").format(
                self._count(left)))
            self._summarise(gen, period)
        else:
            self._ask_figures(gen, period)

    def _ask_figures(self, gen: int, period: reports.Period) -> None:
        t = self.till
        t.tasks.run(lambda: reports.totals(t.db, period),
                    lambda got: gen == self._generation and self._show_totals(got), self._failed)
        for name in reports.SECTIONS:
            t.tasks.run(lambda n=name: reports.section(t.db, n, period, t.settings.terminal_id),
                        lambda got, n=name: gen == self._generation and self._show(n, got),
                        self._failed)

    def _failed(self, exc: Exception) -> None:
        self._status(self.tr("Could not read the figures: {0}").format(exc), "error")

    def _painted(self, name: str) -> None:
        self._waiting.discard(name)
        self.section_painted.emit(name)
        if not self._waiting:
            p = self.data.period
            self._status(self.tr("{0} to {1}").format(p.first.strftime("%d/%m/%Y"),
                                                 p.last.strftime("%d/%m/%Y")))
            self.all_painted.emit()

    def _status(self, text: str, state: str = "") -> None:
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- painting -------------------------------------------------------------------------
    def _scale(self, amounts) -> MoneyScale:
        code = self.till.settings.currency
        symbol = get_currency_symbol(code, locale=self.till.settings.locale)
        return MoneyScale(max(amounts, default=0), currency(code).exponent, symbol)

    def _count(self, n: int) -> str:
        return format_decimal(n, locale=self.till.settings.locale)

    def _quantity(self, f: reports.Figure) -> str:
        """A best seller's quantity as sold: '12' pieces, '0,850 kg' (the locale's decimals)."""
        if f.quantity_milli is None:
            return self._count(f.count)
        return format_quantity(Decimal(f.quantity_milli).scaleb(-3), f.unit,
                               self.till.settings.locale)

    def _show_totals(self, totals: reports.Totals) -> None:
        self.data.totals = totals
        m = self.till.money
        self.tiles["salesTile"].value.setText(m(totals.amount))
        self.tiles["receiptsTile"].value.setText(self._count(totals.sales_count))
        self.tiles["basketTile"].value.setText(m(totals.average_basket))
        returns, online = self.tiles["returnsTile"], self.tiles["onlineTile"]
        returns.value.setText(m(-totals.returns_amount) if totals.returns_count else "—")
        returns.caption.setText(self.tr("Returns ({0})").format(
            self._count(totals.returns_count)))
        online.value.setText(m(totals.online_amount))
        online.caption.setText(self.tr("Online orders ({0})").format(
            self._count(totals.online_count)))
        self._painted("totals")

    def _show(self, name: str, figures: list[reports.Figure]) -> None:
        self.data.sections[name] = figures
        card = self.cards[name]
        if not figures:
            card.show_waiting(self.tr("No sales in this period."))
        else:
            getattr(self, f"_paint_{name}")(card, figures)
        self._painted(name)

    def _paint_by_day(self, card, figures) -> None:
        amounts = [f.amount for f in figures]
        card.show_chart(day_chart([f.label for f in figures], amounts, self._scale(amounts)))

    def _paint_by_hour(self, card, figures) -> None:
        by_hour = {int(f.label): f.amount for f in figures}
        hours = sorted(set(OPEN_HOURS) | set(by_hour))
        amounts = [by_hour.get(h, 0) for h in hours]
        card.show_chart(column_chart([str(h) for h in hours], amounts, self._scale(amounts), 8))

    def _paint_by_channel(self, card, figures) -> None:
        card.show_chart(donut_chart([self.channel_name(f.label) for f in figures],
                                    [f.amount for f in figures]))

    def channel_name(self, label: str) -> str:
        """reports.by_channel's "till:T1" / "online:Webshop" in the till's language: a web
        channel by its own name (the tills are the ones named "till"; a prefix would not fit
        the ring's legend)."""
        kind, name = label.split(":", 1)
        if kind == "online":
            return name
        if name == self.till.settings.terminal_id:
            return self.tr("This till ({0})").format(name)
        return self.tr("Till {0}").format(name)

    def _paint_by_category(self, card, figures) -> None:
        self._ranked(card, figures, 8, QColor(PALETTE[1]))

    def _paint_by_cashier(self, card, figures) -> None:
        self._ranked(card, figures, 6, QColor(PALETTE[2]))

    def _ranked(self, card, figures, keep: int, color) -> None:
        labels, amounts = top_with_other([f.label for f in figures], [f.amount for f in figures],
                                         keep, self.tr("Other"))
        card.show_chart(ranked_chart(labels, amounts, self._scale(amounts), color))

    def _paint_top_products(self, card, figures) -> None:
        table = QTableWidget(len(figures), 3, objectName="topProductsTable")
        table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Sales")])
        for row, f in enumerate(figures):
            for col, (text, align) in enumerate(((f.label, Qt.AlignLeft),
                                                 (self._quantity(f), Qt.AlignRight),
                                                 (self.till.money(f.amount), Qt.AlignRight))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(align | Qt.AlignVCenter)
                table.setItem(row, col, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.setShowGrid(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2):
            table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeToContents)
        card.show_content(table)

    # -- export ---------------------------------------------------------------------------
    def export_csv(self) -> None:
        if self.data is None or self._waiting:
            self._status(self.tr("Wait until every figure is shown, then export."), "error")
            return
        p = self.data.period
        path = choose_csv_path(self, f"sales-{p.first.isoformat()}-{p.last.isoformat()}.csv")
        if not path:
            return
        data = self.data
        self.till.tasks.run(lambda: reports.write_csv(data, path),
                            lambda done: self._status(self.tr("Saved to {0}").format(done)),
                            self._failed)


def open_dashboard(screen) -> None:
    """Manager menu entry: a cashier needs a manager's PIN (the service checks who may)."""
    till = screen.till
    approver = None
    if not permissions.may(till.user, permissions.VIEW_REPORTS):
        reason = QCoreApplication.translate("SalesDashboard",
                                            "The sales dashboard needs a manager.")
        dialog = ManagerApproval(till.db, reason, screen,
                                 permissions.VIEW_REPORTS)
        if not dialog.exec():
            return
        approver = dialog.result_value
    reports.may_view(till.user, approver)
    dashboard = till.extras.get("dashboard")
    if dashboard is None:
        dashboard = till.extras["dashboard"] = SalesDashboard(till)
    else:
        dashboard.reload()  # sales made since it was last shown
    dashboard.showMaximized()  # a till's screen is small: all of it for the charts
    dashboard.raise_()
    dashboard.activateWindow()
