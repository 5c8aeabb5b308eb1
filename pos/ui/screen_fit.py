"""Fitting a till's small screen (1024×768 or 1366×768): what does not fit scrolls inside its
window, never off the screen. tests/ui/test_screen_fit_xvfb.py checks every screen."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

#: room the window manager takes around a window: borders, and the title bar above
FRAME = QSize(12, 40)


def size_within_screen(window: QWidget, width: int, height: int) -> None:
    """Opens `window` at `width`×`height` where the screen has room, else as large as the
    screen's free area less the title bar: a dialog never starts bigger than the till's
    screen (its layout's own minimum still wins, so tall dialogs scroll inside)."""
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry().size() - FRAME
    window.resize(min(width, area.width()), min(height, area.height()))


def scrolling(content: QWidget, name: str) -> QScrollArea:
    """`content` in a frameless scroll area that shows the window's own background: bars
    appear only where the screen is smaller than the content needs."""
    area = QScrollArea(objectName=name, widgetResizable=True, frameShape=QFrame.NoFrame)
    area.setWidget(content)
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return area


class ColumnScrollArea(QScrollArea):
    """Scrolls up and down only, and is never narrower than its content: a column of buttons
    (the quick keys) keeps whole buttons, however many rows there are."""

    def __init__(self, content: QWidget, name: str, parent=None):
        super().__init__(parent, objectName=name, widgetResizable=True,
                         frameShape=QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWidget(content)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # keys added or restyled: the window's layout asks this area for its width again
        if watched is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(self.widget().minimumSizeHint().width() + bar,
                     super().minimumSizeHint().height())
