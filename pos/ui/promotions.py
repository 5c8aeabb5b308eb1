"""Promotions on the sale screen: the shop's promotions loaded in the background and kept
fresh, coupon codes typed or scanned into the scan field, prices frozen while paying."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from pos.domain.promotions import Context, InvalidCoupon, check_coupon, is_coupon
from pos.services import promotions

RELOAD_MS = 60_000  # promotions pulled from the store reach the cart within a minute


class TillPromotions(QObject):
    def __init__(self, screen):
        super().__init__(screen)
        self.screen = screen
        self._waiting = None  # a book loaded while the customer was paying
        self._timer = QTimer(self, interval=RELOAD_MS, timeout=self.reload)
        self._timer.start()
        screen.sale_completed.connect(lambda _: self.reload())  # coupon uses count at once
        self.reload()

    @property
    def basket(self):
        return self.screen.basket

    def reload(self) -> None:
        db = self.screen.till.db
        self.screen.till.tasks.run(lambda: promotions.load_book(db), self._loaded)

    def _loaded(self, book) -> None:
        if self.basket.priced_at is not None:  # paying: the amount due must not move
            self._waiting = book
            return
        self.basket.promotions = book
        self.screen.refresh_totals()

    def try_coupon(self, text: str) -> bool:
        """True when `text` is one of the shop's coupon codes (used or refused with a reason);
        False: it is something else (a barcode, a search) for the scan field to handle."""
        book = self.basket.promotions
        if book is None or not is_coupon(book, text):
            return False
        code = text.strip().upper()
        if code in self.basket.coupons:  # the same code again takes it off (keyboard only)
            self.basket.coupons.remove(code)
            self.screen.refresh_totals()
            self.screen.flash("ok", self.tr("Coupon {0} removed.").format(code))
            return True
        ctx = Context(datetime.now(), "shop", self.basket.customer_group,
                      frozenset(self.basket.coupons))
        try:
            promotion = check_coupon(book, text, ctx)
        except InvalidCoupon as exc:
            self.screen.flash("error", str(exc))
            return True
        self.basket.add_coupon(code)
        self.screen.refresh_totals()
        self.screen.flash("ok", self._coupon_message(promotion, code))
        return True

    def _coupon_message(self, promotion, code: str) -> str:
        totals = self.screen.cart_model.totals
        if any(a.code == code for line in totals.lines for a in line.promotions):
            return self.tr("Coupon {0} applied: {1}.").format(code, promotion.name)
        return self.tr("Coupon {0} added: {1} applies once the sale qualifies.").format(
            code, promotion.name)

    def freeze(self) -> None:
        """Prices stay as shown while the customer pays (a happy hour may end meanwhile)."""
        self.basket.priced_at = datetime.now()
        self.screen.refresh_totals()

    def thaw(self) -> None:
        self.basket.priced_at = None
        if self._waiting is not None:
            self.basket.promotions, self._waiting = self._waiting, None
        self.screen.refresh_totals()
