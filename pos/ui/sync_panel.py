"""The sync indicator's text and the panel it opens: what is waiting, what failed, retry."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout)

from pos.services.outbox import waiting_counts
from pos.stored_text import shown


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


class SyncPanel(QDialog):
    def __init__(self, till, status, parked: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.setWindowTitle(self.tr("Sync with the online store"))
        self.till = till
        layout = QVBoxLayout(self)
        text, _ = status_text(status)
        layout.addWidget(QLabel(text, objectName="syncPanelState"))
        if status is not None and getattr(status, "connected", False):
            waiting = ", ".join(f"{k}: {n}" for k, n in status.waiting.items()) or "0"
            for line in (self.tr("Waiting to send: {0}").format(waiting),
                         self.tr("Last push: {0}").format(status.last_push_at or "—"),
                         self.tr("Last pull: {0}").format(status.last_pull_at or "—"),
                         self.tr("Last error: {0}").format(shown(status.last_error) or "—")):
                layout.addWidget(QLabel(line, wordWrap=True))
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

    def _retry(self) -> None:
        self.till.tasks.run(lambda: self.till.sync.retry(), lambda n: self.accept())
