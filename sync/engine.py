"""The sync engine: push the outbox in order, pull each resource from its cursor.

Exactly once over at-least-once: a row's attempt counter is committed BEFORE it is sent, so
after a crash or a timeout the connector is told this is not the first attempt and looks
the change up in the store before creating it again."""
from __future__ import annotations

import json
import logging
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import Integer, cast, or_, select, update

from pos.db.engine import Database
from pos.db.models import OutboxEvent, StockMovement, utcnow
from pos.services import collect, holds
from sync import state
from sync.apply import apply_page, apply_push_result
from sync.errors import (AuthRejected, Rejected, StoreBusy, StoreUnreachable, SyncError,
                         stored_text)
from sync.protocol import Connector

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
# Pulled more often than the rest while watching: orders a customer may come for in minutes.
URGENT_RESOURCES = ("collect_orders",)
ORDERS_EVERY_S = 20.0
BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 300.0


def backoff_delay(attempts: int, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter between half and all of the step."""
    step = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(0, attempts - 1))
    return max(retry_after or 0.0, random.uniform(step / 2, step))


@dataclass
class SyncReport:
    pushed: int = 0
    failed: int = 0
    parked: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    offline: bool = False
    error: str = ""

    @property
    def ok(self) -> bool:
        return not (self.offline or self.error or self.failed)


class SyncEngine:
    def __init__(self, db: Database, connector: Connector, location: str = "shop",
                 on_status: Callable[[state.SyncStatus], None] | None = None):
        self.db = db
        self.connector = connector
        self.location = location
        self.on_status = on_status
        self._wake = threading.Event()

    # -- push -----------------------------------------------------------------------------
    def due_rows(self, now: datetime, limit: int = 200) -> list[tuple[int, str, str, str, int]]:
        with self.db.session() as s:
            rows = s.execute(
                select(OutboxEvent.id, OutboxEvent.kind, OutboxEvent.ref, OutboxEvent.payload,
                       OutboxEvent.attempts)
                .where(OutboxEvent.status == "pending",
                       or_(OutboxEvent.next_attempt_at.is_(None),
                           OutboxEvent.next_attempt_at <= now))
                .order_by(OutboxEvent.id).limit(limit))
            return [tuple(r) for r in rows]

    def push(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        holds.expire(self.db)  # a hold past its deadline is released before the rest goes
        blocked: set[str] = set()  # a kind whose oldest row failed waits, to keep order
        while rows := [r for r in self.due_rows(utcnow()) if r[1] not in blocked]:
            ahead = getattr(self.connector, "push_ahead", None)  # a connector that batches
            if ahead is not None:
                ahead([(kind, ref, json.loads(payload), attempts == 0)
                       for _, kind, ref, payload, attempts in rows])
            for row_id, kind, ref, payload, attempts in rows:
                if kind in blocked:
                    continue
                outcome = self._push_one(row_id, kind, ref, json.loads(payload), attempts)
                if outcome == "sent":
                    report.pushed += 1
                elif outcome == "offline":
                    report.offline = True
                    return report
                else:
                    report.failed += outcome == "retry"
                    report.parked += outcome == "parked"
                    blocked.add(kind)
        return report

    def _push_one(self, row_id: int, kind: str, ref: str, payload: dict, attempts: int) -> str:
        self._mark_attempt(row_id)
        try:
            result = self.connector.push(kind, ref, payload, first_attempt=attempts == 0)
        except StoreUnreachable as exc:
            self._note_error(row_id, stored_text(exc))
            state.save_status(self.db, online=False, last_error=stored_text(exc))
            return "offline"
        except AuthRejected as exc:
            self._note_error(row_id, stored_text(exc))
            state.save_status(self.db, online=True, needs_new_key=True,
                              last_error=stored_text(exc))
            return "offline"
        except (Rejected, StoreBusy, SyncError) as exc:
            return self._failed(row_id, exc)
        self._mark_sent(row_id, kind, ref, result.remote_id, result.note)
        state.save_status(self.db, online=True, needs_new_key=False,
                          last_push_at=utcnow().isoformat(timespec="seconds"))
        return "sent"

    def _mark_attempt(self, row_id: int) -> None:
        with self.db.transaction() as s:
            s.execute(update(OutboxEvent).where(OutboxEvent.id == row_id)
                      .values(attempts=OutboxEvent.attempts + 1))

    def _failed(self, row_id: int, exc: SyncError) -> str:
        """The store answered but refused or broke: back off, park after MAX_ATTEMPTS."""
        with self.db.transaction() as s:
            row = s.get(OutboxEvent, row_id)
            row.failures += 1
            row.last_error = stored_text(exc)  # shown in the reader's language
            parked = not exc.retry or row.failures >= MAX_ATTEMPTS
            if parked:
                row.status = "error"
            else:
                delay = backoff_delay(row.failures, getattr(exc, "retry_after", None))
                row.next_attempt_at = utcnow() + timedelta(seconds=delay)
        log.warning("push of outbox row %s failed: %s%s", row_id, exc,
                    " (parked for the manager)" if parked else "")
        state.save_status(self.db, online=True, last_error=stored_text(exc))
        return "parked" if parked else "retry"

    def _note_error(self, row_id: int, error: str) -> None:
        """Offline or a bad key is not the row's fault: it keeps its place and its chances."""
        with self.db.transaction() as s:
            s.execute(update(OutboxEvent).where(OutboxEvent.id == row_id)
                      .values(last_error=error))

    def _mark_sent(self, row_id: int, kind: str, ref: str, remote_id: str, note: str) -> None:
        with self.db.transaction() as s:
            s.execute(update(OutboxEvent).where(OutboxEvent.id == row_id).values(
                status="sent", remote_id=remote_id, sent_at=utcnow(), last_error=note))
            apply_push_result(s, kind, ref, remote_id)

    # -- pull -----------------------------------------------------------------------------
    def pull(self, report: SyncReport | None = None,
             resources: tuple[str, ...] | None = None) -> SyncReport:
        """Every resource of the connector, or only `resources`."""
        report = report or SyncReport()
        for resource in resources or self.connector.resources:
            report.pulled[resource] = self._pull_resource(resource)
        at = utcnow().isoformat(timespec="seconds")
        pulled = {"last_orders_pull_at": at} if set(URGENT_RESOURCES) & set(
            resources or self.connector.resources) else {}
        if not resources:  # the last pull shown is the last whole one
            pulled["last_pull_at"] = at
        state.save_status(self.db, online=True, needs_new_key=False, **pulled)
        return report

    def _pull_resource(self, resource: str) -> int:
        with self.db.session() as s:
            cursor = state.cursor(s, resource)
        started, count, more = utcnow(), 0, True
        while more:
            page = self.connector.pull(resource, cursor)
            with self.db.transaction() as s:
                count += apply_page(s, page, self.location)
                if page.complete_snapshot and not page.more:
                    _acknowledge_pushed_movements(s, started)
                    _acknowledge_pushed_returns(s, started)
                state.set_cursor(s, resource, page.cursor)
            cursor, more = page.cursor, page.more
        return count

    # -- both -----------------------------------------------------------------------------
    def run_once(self, resources: tuple[str, ...] | None = None) -> SyncReport:
        """Push, pull (every resource, or only `resources`), push what was sold meanwhile."""
        report = SyncReport()
        try:
            self.push(report)
            if not report.offline:
                self.pull(report, resources)
                self.push(report)  # what was sold while pulling
        except StoreUnreachable as exc:
            report.offline, report.error = True, str(exc)
            state.save_status(self.db, online=False, last_error=stored_text(exc))
        except SyncError as exc:
            report.error = str(exc)
            state.save_status(self.db, last_error=stored_text(exc),
                              needs_new_key=isinstance(exc, AuthRejected))
        self._publish()
        return report

    def watch(self, stop: threading.Event, pull_every_s: float = 60.0,
              orders_every_s: float = ORDERS_EVERY_S) -> None:
        """Pushes as soon as something is waiting (wake()), pulls everything every
        `pull_every_s` and the orders to collect every `orders_every_s` (a customer who
        ordered for pickup may walk in minutes later; a full pull pages all stock)."""
        next_pull = next_orders = 0.0
        clock = _monotonic
        urgent = tuple(r for r in self.connector.resources if r in URGENT_RESOURCES)
        while not stop.is_set():
            if clock() >= next_pull:
                report = self.run_once()
                next_pull, next_orders = clock() + pull_every_s, clock() + orders_every_s
            elif urgent and clock() >= next_orders:
                report = self.run_once(urgent)
                next_orders = clock() + orders_every_s
            else:
                report = self.push()
                self._publish()
            delay = 5.0 if report.offline else min(pull_every_s, 2.0)
            self._wake.wait(delay)
            self._wake.clear()

    def wake(self) -> None:
        self._wake.set()

    def _publish(self) -> None:
        if self.on_status:
            self.on_status(state.read_status(self.db))


def _monotonic() -> float:
    import time

    return time.monotonic()


def _acknowledge_pushed_movements(s, snapshot_started: datetime) -> None:
    """Sales the store confirmed before this stock snapshot began are in its levels now."""
    sent = select(OutboxEvent.ref).where(OutboxEvent.kind == "sale", OutboxEvent.status == "sent",
                                         OutboxEvent.sent_at <= snapshot_started)
    s.execute(update(StockMovement).where(StockMovement.sale_id.in_(sent),
                                          StockMovement.acknowledged.is_(False))
              .values(acknowledged=True))
    # an adjustment's outbox ref is its movement id (pos/services/stock_adjustments.py)
    adjusted = select(cast(OutboxEvent.ref, Integer)).where(
        OutboxEvent.kind == "stock_adjustment", OutboxEvent.status == "sent",
        OutboxEvent.sent_at <= snapshot_started)
    s.execute(update(StockMovement).where(StockMovement.id.in_(adjusted),
                                          StockMovement.kind == "adjustment",
                                          StockMovement.acknowledged.is_(False))
              .values(acknowledged=True))
    collect.acknowledge_in(s, snapshot_started)  # orders to collect made ready or ended


def _acknowledge_pushed_returns(s, snapshot_started: datetime) -> None:
    """Restocked returns the store received before this snapshot began are in its levels."""
    sent = select(OutboxEvent.ref).where(OutboxEvent.kind == "return",
                                         OutboxEvent.status == "sent",
                                         OutboxEvent.sent_at <= snapshot_started)
    s.execute(update(StockMovement).where(StockMovement.return_id.in_(sent),
                                          StockMovement.acknowledged.is_(False))
              .values(acknowledged=True))


def retry_parked(db: Database, row_id: int | None = None) -> int:
    """Puts parked (error) rows back in the queue; returns how many."""
    with db.transaction() as s:
        stmt = update(OutboxEvent).where(OutboxEvent.status == "error")
        if row_id is not None:
            stmt = stmt.where(OutboxEvent.id == row_id)
        return s.execute(stmt.values(status="pending", failures=0, next_attempt_at=None)).rowcount
