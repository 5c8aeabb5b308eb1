"""Qt item models for the cart and the search results."""
from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractListModel, QAbstractTableModel,
                            QCoreApplication, QModelIndex, Qt)

from pos.domain.basket import Basket
from pos.domain.cart import CartTotals
from pos.format import format_money, format_quantity


class CartModel(QAbstractTableModel):
    HEADERS = ("#", QT_TRANSLATE_NOOP("CartModel", "Item"), QT_TRANSLATE_NOOP("CartModel", "Qty"),
               QT_TRANSLATE_NOOP("CartModel", "Price"), QT_TRANSLATE_NOOP("CartModel", "Discount"),
               QT_TRANSLATE_NOOP("CartModel", "Total"))

    def __init__(self, basket: Basket, money, locale: str, tax_inclusive: bool, parent=None):
        super().__init__(parent)
        self.basket = basket
        self.money = money
        self.locale = locale
        self.tax_inclusive = tax_inclusive
        self.totals: CartTotals = basket.totals(tax_inclusive)

    def refresh(self) -> None:
        self.beginResetModel()
        self.totals = self.basket.totals(self.tax_inclusive)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.basket.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            return self._promotions_tip(index.row())
        if role != Qt.DisplayRole:
            return None
        line, priced = self.basket.lines[index.row()], self.totals.lines[index.row()]
        discount = priced.discount  # own, promotions and the share of the sale discount
        return (
            str(index.row() + 1),
            self._item_text(line, priced),
            format_quantity(line.quantity, line.unit, self.locale),
            self.money(line.unit_price),
            self.money(-discount) if discount else "",
            self.money(priced.total),
        )[index.column()]


    def _item_text(self, line, priced) -> str:
        """The item, where it is delivered from when it is not carried out (Ctrl+G), and the
        promotions that gave it a price (names; amounts in the tip)."""
        name = line.name
        if line.ship_from:
            name += "   " + QCoreApplication.translate("SaleScreen", "→ delivered from {0}").format(
                line.ship_from_name)
        if not priced.promotions:
            return name
        return f"{name}   ★ " + " · ".join(a.name for a in priced.promotions)

    def _promotions_tip(self, row: int) -> str | None:
        promotions = self.totals.lines[row].promotions
        if not promotions:
            return None
        return "\n".join(f"{a.name}: {self.money(-a.amount)}" for a in promotions)


class SearchModel(QAbstractListModel):
    def __init__(self, money, parent=None):
        super().__init__(parent)
        self.items: list = []
        self.money = money

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        item = self.items[index.row()]
        return f"{item.name}   ·   {item.sku}   ·   {self.money(item.price)}"
