"""The sync indicator's text and the panel it opens: what is waiting, what failed, retry."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from pos.services.outbox import WaitingList, waiting_changes, waiting_counts
from pos.stored_text import shown
from pos.ui.keyboard import KeyboardFirstDialog
from pos.ui.screen_fit import size_within_screen
from sync.redact import redact

KINDS = {  # what each outbox row is, in the shop's words
    "sale": QT_TRANSLATE_NOOP("SyncPanel", "Sale"),
    "return": QT_TRANSLATE_NOOP("SyncPanel", "Return"),
    "customer": QT_TRANSLATE_NOOP("SyncPanel", "Customer"),
    "stock_adjustment": QT_TRANSLATE_NOOP("SyncPanel", "Stock adjustment"),
    "loyalty": QT_TRANSLATE_NOOP("SyncPanel", "Loyalty points"),
    "collect_ready": QT_TRANSLATE_NOOP("SyncPanel", "Pickup order ready"),
    "collect_payment": QT_TRANSLATE_NOOP("SyncPanel", "Pickup order paid"),
    "collect_delivered": QT_TRANSLATE_NOOP("SyncPanel", "Pickup order collected"),
    "collect_cancel": QT_TRANSLATE_NOOP("SyncPanel", "Pickup order not collected"),
    "hold": QT_TRANSLATE_NOOP("SyncPanel", "Items held for a customer"),
    "delivery_order": QT_TRANSLATE_NOOP("SyncPanel", "Delivery from another location"),
}
ERROR_SHOWN = 120  # characters of an error in its cell; the whole of it in the tooltip


class StatusBridge(QObject):
    """Carries status objects from the sync thread to the UI thread (queued signal)."""

    changed = Signal(object)


def status_text(status) -> tuple[str, str]:
    """(text, state) for the indicator: state is online | offline | error | local."""
    translate = QCoreApplication.translate
    if status is None or not getattr(status, "connected", False):
        return translate("SyncPanel", "● Offline — no online store connected"), "local"
    waiting = status.waiting_total
    last = (status.last_push_at or status.last_pull_at or "")[11:16] or "—"
    if status.needs_new_key:
        text = translate("SyncPanel", "● Store refused the API key — reconnect · {0} waiting")
        return text.format(waiting), "error"
    if status.online is False:
        return translate("SyncPanel", "● Offline · {0} waiting · last sync {1}").format(
            waiting, last), "offline"
    extra = (translate("SyncPanel", " · {0} failed").format(status.parked_errors)
             if status.parked_errors else "")
    return translate("SyncPanel", "● Online · {0} waiting · last sync {1}{2}").format(
        waiting, last, extra), "error" if status.parked_errors else "online"


def local_waiting(db) -> int:
    return sum(waiting_counts(db).values())


class SyncPanel(KeyboardFirstDialog):
    """The sync state, every change still waiting to reach the store (read in the background:
    the outbox can be long), the changes the store refused and a retry. ↑/↓ move in the
    list, Esc or Enter closes."""

    def __init__(self, till, status, parked: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.setWindowTitle(self.tr("Sync with the online store"))
        self.till = till
        layout = QVBoxLayout(self)
        text, _ = status_text(status)
        layout.addWidget(QLabel(text, objectName="syncPanelState"))
        if status is not None and getattr(status, "connected", False):
            for line in (self.tr("Last push: {0}").format(status.last_push_at or "—"),
                         self.tr("Last pull: {0}").format(status.last_pull_at or "—"),
                         self.tr("Last error: {0}").format(shown(status.last_error) or "—")):
                layout.addWidget(QLabel(line, wordWrap=True))
        self._add_waiting(layout)
        self.parked = QListWidget(objectName="parkedErrors")
        for row in parked:
            item = QListWidgetItem(f"#{row['id']} {row['kind']} {row['ref'][:8]} — "
                                   f"{shown(row['error'])}")
            self.parked.addItem(item)
        layout.addWidget(QLabel(self.tr("Changes the store refused (the manager decides):")))
        layout.addWidget(self.parked)
        retry = QPushButton(self.tr("Retry all failed"), objectName="retryParkedButton",
                            enabled=bool(parked) and till.sync is not None)
        retry.clicked.connect(self._retry)
        layout.addWidget(retry)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.enter_button = buttons.button(QDialogButtonBox.Close)
        size_within_screen(self, 900, 600)
        self._load_waiting()

    def _add_waiting(self, layout) -> None:
        self.waiting_title = QLabel(self.tr("Waiting to send: reading…"),
                                    objectName="waitingTitle")
        self.waiting = QTreeWidget(objectName="waitingList", rootIsDecorated=False,
                                   uniformRowHeights=True, allColumnsShowFocus=True)
        self.waiting.setHeaderLabels([self.tr("What"), self.tr("Receipt or reference"),
                                      self.tr("Waiting for"), self.tr("Attempts"),
                                      self.tr("Last error")])
        self.waiting_more = QLabel(objectName="waitingMore")
        self.newest_error = QLabel(objectName="newestError", wordWrap=True,
                                   textInteractionFlags=Qt.TextSelectableByMouse)
        for widget in (self.waiting_title, self.newest_error, self.waiting, self.waiting_more):
            layout.addWidget(widget)

    def keyboard_field(self):
        return self.waiting

    def _load_waiting(self) -> None:
        tasks, db = getattr(self.till, "tasks", None), getattr(self.till, "db", None)
        if tasks is not None and db is not None:
            tasks.run(lambda: waiting_changes(db), self.show_waiting,
                      lambda exc: self.waiting_title.setText(str(exc)))

    def show_waiting(self, waiting: WaitingList) -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        self.waiting.clear()
        for change in waiting.changes:
            self.waiting.addTopLevelItem(_waiting_row(change, now))
        for column in range(self.waiting.columnCount() - 1):
            self.waiting.resizeColumnToContents(column)
        self.waiting.setCurrentItem(self.waiting.topLevelItem(0))
        count = len(waiting.changes) + waiting.more
        self.waiting_title.setText(self.tr("Waiting to send: {0}").format(count))
        self.waiting_more.setText(self.tr("… and {0} more, sent after these").format(
            waiting.more) if waiting.more else "")
        self.newest_error.setText(self.tr("Newest error: {0}").format(
            _error_text(waiting.newest_error)) if waiting.newest_error else "")

    def _retry(self) -> None:
        self.till.tasks.run(lambda: self.till.sync.retry(), lambda n: self.accept())


def _error_text(stored: str) -> str:
    """A stored error in the window's language, any credential in it masked (rows written
    before masking existed too)."""
    return redact(shown(stored)).replace("\n", " ")


def _waiting_row(change, now: datetime) -> QTreeWidgetItem:
    translate = QCoreApplication.translate
    kind = translate("SyncPanel", KINDS[change.kind]) if change.kind in KINDS else change.kind
    if change.status == "error":
        kind = translate("SyncPanel", "{0} (refused)").format(kind)
    error = _error_text(change.last_error)
    short = error if len(error) <= ERROR_SHOWN else error[:ERROR_SHOWN - 1] + "…"
    item = QTreeWidgetItem([kind, change.ref, age_text(now - change.created_at),
                            str(change.attempts), short or "—"])
    item.setToolTip(4, error)
    item.setTextAlignment(3, Qt.AlignRight | Qt.AlignVCenter)
    item.setData(0, Qt.UserRole, change.id)
    return item


def age_text(age) -> str:
    """How long a change has waited, in the largest whole unit."""
    translate, minutes = QCoreApplication.translate, int(age.total_seconds() // 60)
    if minutes < 1:
        return translate("SyncPanel", "just now")
    if minutes < 60:
        return translate("SyncPanel", "{0} min").format(minutes)
    if minutes < 48 * 60:
        return translate("SyncPanel", "{0} h").format(minutes // 60)
    return translate("SyncPanel", "{0} days").format(minutes // (24 * 60))


def open_from_menu(screen) -> None:
    """F11 → Waiting to sync: the panel the sync indicator opens, from the keyboard."""
    screen.open_sync_panel()
