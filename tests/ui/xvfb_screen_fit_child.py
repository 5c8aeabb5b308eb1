"""Child process for the screen-fit test: the real till on a real X server with a window manager.

    python xvfb_screen_fit_child.py DATA_DIR RECEIPT_LABEL OUT_DIR

Starts the till the way `pos` does (style sheet, fonts, the shop's language, the window as the
start-up opens it), logs the manager in, rings up a few items and then shows, one after the
other, the sale screen, the search results, payment, the F11 menu, the stock screen, the
dashboard and the returns screen (with a sale loaded), then the other dialogs a counter opens
(customer, settings, printer, promotions, online store, sync panel, reprint, X report). For each it saves a screenshot of the
whole X screen as OUT_DIR/<name>.png and records in OUT_DIR/report.json every visible widget
that lies outside the screen's available geometry and every touch row shorter than 40 px."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from pos.app import open_shop
from pos.services.users import login
from pos.ui import application
from pos.ui.dashboard import open_dashboard
from pos.ui.promotions_dialog import open_promotions
from pos.ui.reprint import ReprintDialog
from pos.ui.returns_screen import open_returns
from pos.ui.settings_dialog import open_settings
from pos.ui.shift_desk import x_report
from pos.ui.stock_screen import open_stock_screen
from pos.ui.store_connection import open_store_connection

SETTLE_MS = 500  # the window manager maps and places the window, Qt paints it
TIMEOUT_MS = 50_000
TOUCH_ROW_PX = 40
ITEMS = ("CF0161", "CF0167", "SP0001")  # coffee, bánh mì, water


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def on_screen_rect(widget: QWidget) -> QRect:
    """The part of `widget` its window shows, in global coordinates: clipped by every parent
    (a row scrolled out of a scroll area's viewport is not on screen, so not outside it)."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    while not widget.isWindow():
        widget = widget.parentWidget()
        rect = rect.intersected(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))
    return rect


def _box(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def outside(window: QWidget, available: QRect) -> list[str]:
    """Every visible widget of `window` (and the window's frame, title bar included) that is
    not wholly inside `available`."""
    found = []
    if not available.contains(window.frameGeometry()):
        found.append(f"{describe(window)} frame {_box(window.frameGeometry())}")
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        rect = on_screen_rect(widget)
        if not rect.isEmpty() and not available.contains(rect):
            found.append(f"{describe(widget)} at {_box(rect)}")
    return found


def short_menu_rows(menu: QMenu) -> list[str]:
    return [f"menu row {a.text()!r} {menu.actionGeometry(a).height()} px"
            for a in menu.actions() if a.isVisible() and not a.isSeparator()
            and menu.actionGeometry(a).height() < TOUCH_ROW_PX]


def short_list_rows(view) -> list[str]:
    model = view.model()
    return [f"{describe(view)} row {r} {view.visualRect(model.index(r, 0)).height()} px"
            for r in range(model.rowCount())
            if view.visualRect(model.index(r, 0)).height() < TOUCH_ROW_PX]


class Tour:
    """The screens in turn: open one, let it settle, shoot and check it, close it, next."""

    def __init__(self, app: QApplication, window, receipt: str, out: Path):
        self.app, self.window, self.sale, self.receipt, self.out = (app, window, window.sale,
                                                                    receipt, out)
        self.report: dict[str, dict] = {}
        self.steps = [
            ("sale", self.show_sale, None),
            ("search", self.show_search, self.close_search),
            ("payment", self.sale.pay, self.close_dialog),
            ("ship-from", self.show_ship_from, self.close_dialog),
            ("delivery", self.show_delivery, self.close_delivery),
            ("hold", self.show_hold, self.close_hold),
            ("f11-menu", self.sale.open_back_office, self.close_menu),
            ("stock", lambda: open_stock_screen(self.sale), self.close_dialog),
            ("dashboard", lambda: open_dashboard(self.sale), self.close_dashboard),
            ("returns", self.show_returns, self.close_dialog),
            # the other dialogs a counter opens
            ("customer", self.sale.choose_customer, self.close_dialog),
            ("settings", lambda: open_settings(self.sale), self.close_dialog),
            ("printer-settings", window.devices.open_printer_settings, self.close_dialog),
            ("promotions", lambda: open_promotions(self.sale), self.close_dialog),
            ("store-connection", lambda: open_store_connection(self.sale), self.close_dialog),
            ("sync-panel", self.sale.open_sync_panel, self.close_dialog),
            ("reprint", self.show_reprint, self.close_dialog),
            ("x-report", lambda: x_report(self.sale), self.close_dialog),
        ]

    def start(self) -> None:
        self.next_step()

    def next_step(self) -> None:
        if not self.steps:
            (self.out / "report.json").write_text(json.dumps(self.report, indent=1))
            self.app.exit(0)
            return
        name, show, close = self.steps.pop(0)
        QTimer.singleShot(SETTLE_MS, lambda: self.shoot(name, close))  # before: show may block
        show()

    def shoot(self, name: str, close) -> None:
        screen = self.app.primaryScreen()
        available = screen.availableGeometry()
        self.app.primaryScreen().grabWindow(0).save(str(self.out / f"{name}.png"), "PNG")
        problems, rows = [], []
        for top in QApplication.topLevelWidgets():
            if top.isVisible():
                problems += outside(top, available)
                if isinstance(top, QMenu):
                    rows += short_menu_rows(top)
        if name == "search":
            rows += short_list_rows(self.sale.search_results)
        if name == "ship-from":  # picked by touch too
            rows += short_list_rows(next(w for w in QApplication.topLevelWidgets()
                                         if w.objectName() == "shipFromDialog").list)
        self.report[name] = {"outside": problems, "short_rows": rows,
                             "window_maximised": self.window.isMaximized(),
                             "available": _box(available)}
        if close is not None:
            close()
        QTimer.singleShot(200, self.next_step)

    # -- showing and closing ---------------------------------------------------------------
    def show_sale(self) -> None:
        for code in ITEMS:
            self.sale.scan(code)

    def show_search(self) -> None:
        self.sale.scan_input.setText("cà phê")
        self.sale.scan_input.textEdited.emit("cà phê")

    def close_search(self) -> None:
        self.sale.scan_input.clear()
        self.sale.search_results.hide()

    def show_returns(self) -> None:
        open_returns(self.sale)
        dialog = QApplication.activeModalWidget()
        dialog.receipt_input.setText(self.receipt)
        dialog.find()

    def show_reprint(self) -> None:
        dialog = ReprintDialog(self.window.till, self.window.devices.printing, self.receipt,
                               self.window)
        dialog.open()
        dialog.show_receipt()

    def show_ship_from(self) -> None:
        from decimal import Decimal

        from pos.services.deliveries import ShipFrom
        from pos.ui.delivery_dialogs import ShipFromDialog

        line = self.sale.basket.lines[-1]
        choices = [ShipFrom("sloc_wh", "Kho Thủ Đức", "warehouse", Decimal(40)),
                   ShipFrom("sloc_q3", "Cửa hàng Quận 3", "shop", Decimal(3))]
        self.sale._choose_ship_from(len(self.sale.basket.lines) - 1, line, choices)

    def show_delivery(self) -> None:  # the last line delivered, then F12 asks where to
        self.sale.basket.ship_from(len(self.sale.basket.lines) - 1, "sloc_wh", "Kho Thủ Đức")
        self.sale.refresh_totals()
        self.sale.pay()

    def close_delivery(self) -> None:
        self.close_dialog()
        self.sale.basket.ship_from(len(self.sale.basket.lines) - 1, "", "")
        self.sale.refresh_totals()

    def show_hold(self) -> None:  # Shift+F6 with a customer on the sale
        self.sale.basket.customer_id = -1
        self.sale._customer_name = "Chị Hoa"
        self.sale.hold_for_customer()

    def close_hold(self) -> None:
        self.close_dialog()
        self.sale.basket.customer_id = None

    def close_dialog(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and isinstance(top, QDialog):
                top.reject()

    def close_menu(self) -> None:
        QApplication.activePopupWidget().close()

    def close_dashboard(self) -> None:
        self.window.till.extras["dashboard"].close()


def main(data_dir: str, receipt: str, out: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(application.stylesheet())
    application.register_bundled_fonts()
    db = open_shop(Path(data_dir))
    application.install_translator(app, application.interface_language(db))
    start = application.TillStart(db, Path(data_dir))
    start.open_till()  # as `pos` opens it: the size and state are the start-up's own
    window = start.window
    window.start_selling(login(db, "9999"))  # the manager: the dashboard asks no PIN
    tour = Tour(app, window, receipt, Path(out))
    QTimer.singleShot(SETTLE_MS, tour.start)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(3))
    code = app.exec()
    window.close()
    start.shutdown()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
