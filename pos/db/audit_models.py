"""Users, audit and reports tables (issue 6): the PIN lockout of each till, and the daily
summaries the manager's dashboard reads instead of scanning a year of sales."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.models import Base


class PinLockout(Base):
    """Wrong PINs typed at one till for one target (migration 0015), kept in the database so
    that restarting the app does not reset the count. A target is who the PIN had to belong
    to: "" = anyone (the login keypad: a PIN names no user), "approve" = a manager (the
    approval prompt), "user:<id>" = that user (a command run with --user). Only a success of
    that target clears its count, so typing one's own PIN between guesses changes nothing."""

    __tablename__ = "pin_lockouts"
    terminal_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    target: Mapped[str] = mapped_column(String(40), primary_key=True, default="")
    failures: Mapped[int] = mapped_column(default=0)
    lockouts: Mapped[int] = mapped_column(default=0)  # in this series: 5, 15, then 60 min
    locked_until: Mapped[datetime | None]
    last_failure_at: Mapped[datetime | None]


class ReportDay(Base):
    """Completed sales per local day, till and cashier (a few thousand rows a year)."""

    __tablename__ = "report_days"
    __table_args__ = {"sqlite_with_rowid": False}  # rows clustered by day: range scans
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # local YYYY-MM-DD
    terminal_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    cashier_id: Mapped[int] = mapped_column(primary_key=True)  # 0 = no cashier recorded
    sales_count: Mapped[int] = mapped_column(default=0)
    amount: Mapped[int] = mapped_column(default=0)  # what customers paid, minor units


class ReportHour(Base):
    """Completed sales per local day and hour of the day, all tills together."""

    __tablename__ = "report_hours"
    __table_args__ = {"sqlite_with_rowid": False}
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    hour: Mapped[int] = mapped_column(primary_key=True)  # local 0-23
    sales_count: Mapped[int] = mapped_column(default=0)
    amount: Mapped[int] = mapped_column(default=0)


class ReportItemDay(Base):
    """Quantities and amounts sold per local day and item, for categories and top products."""

    __tablename__ = "report_item_days"
    __table_args__ = {"sqlite_with_rowid": False}  # rows clustered by day: range scans
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    variant_id: Mapped[int] = mapped_column(primary_key=True)  # 0 = a line without an item
    quantity_milli: Mapped[int] = mapped_column(default=0)
    amount: Mapped[int] = mapped_column(default=0)


class ReportCategoryDay(Base):
    """Amounts per local day and category (categories of the items when summarised)."""

    __tablename__ = "report_category_days"
    __table_args__ = {"sqlite_with_rowid": False}  # rows clustered by day: range scans
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    category_id: Mapped[int] = mapped_column(primary_key=True)  # 0 = no category
    quantity_milli: Mapped[int] = mapped_column(default=0)
    amount: Mapped[int] = mapped_column(default=0)


class ReportMark(Base):
    """How far the summaries have read the sales table (its rowid): new sales, whatever
    their date, always come after it."""

    __tablename__ = "report_marks"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_rowid: Mapped[int] = mapped_column(default=0)


class ReportStoreDay(Base):
    """The central store's orders per local day, till ('' = a web order) and sales channel.
    Kept by triggers on online_orders (migration 0013), whatever writes the orders."""

    __tablename__ = "report_store_days"
    __table_args__ = {"sqlite_with_rowid": False}  # rows clustered by day: range scans
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # local YYYY-MM-DD
    terminal_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    channel: Mapped[str] = mapped_column(String(80), primary_key=True)
    orders_count: Mapped[int] = mapped_column(default=0)
    amount: Mapped[int] = mapped_column(default=0)
