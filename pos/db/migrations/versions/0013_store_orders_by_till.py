"""every store order for the manager's channel figures

Revision ID: 0013
Revises: 0012

`online_orders` held only the web orders of customers the till knew. It now holds every order
of the central store: guest orders (no customer), and the sales other tills pushed, with the
till's terminal id and receipt label (`terminal_id` NULL = an online order).

The dashboard reads them per local day, till and sales channel from `report_store_days`,
which triggers on `online_orders` keep up to date whatever writes the orders (the sync's
upserts, a cancel that removes one, a generator): a year is then a few thousand summary rows
to add up, not every order (the period index on online_orders is no longer needed).
The order pull starts again from the beginning (its cursor is dropped) to fetch what the old
pull left out.
"""
from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

DAY = "date({0}.created_at, 'localtime')"
KEY = ("day = " + DAY + " AND terminal_id = coalesce({0}.terminal_id, '') "
       "AND channel = {0}.channel")


def _add(row: str) -> str:
    return (f"INSERT INTO report_store_days (day, terminal_id, channel, orders_count, amount) "
            f"VALUES ({DAY.format(row)}, coalesce({row}.terminal_id, ''), {row}.channel, 1, "
            f"{row}.total) ON CONFLICT (day, terminal_id, channel) DO UPDATE SET "
            f"orders_count = orders_count + 1, amount = amount + excluded.amount;")


def _take_off(row: str) -> str:
    return (f"UPDATE report_store_days SET orders_count = orders_count - 1, "
            f"amount = amount - {row}.total WHERE {KEY.format(row)};")


TRIGGERS = {
    "online_orders_days_insert": f"AFTER INSERT ON online_orders BEGIN {_add('NEW')} END",
    "online_orders_days_delete": f"AFTER DELETE ON online_orders BEGIN {_take_off('OLD')} END",
    "online_orders_days_update": ("AFTER UPDATE OF created_at, terminal_id, channel, total ON "
                                  f"online_orders BEGIN {_take_off('OLD')} {_add('NEW')} END"),
}


def upgrade() -> None:
    with op.batch_alter_table("online_orders") as batch:
        batch.drop_index("ix_online_orders_created_at")
        batch.alter_column("customer_remote_id", existing_type=sa.String(length=80),
                           nullable=True)
        batch.add_column(sa.Column("terminal_id", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("receipt", sa.String(length=40), nullable=True))
    op.create_table(
        "report_store_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=80), nullable=False),
        sa.Column("orders_count", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "terminal_id", "channel"),
        sqlite_with_rowid=False,
    )
    op.execute(f"INSERT INTO report_store_days (day, terminal_id, channel, orders_count, amount) "
               f"SELECT {DAY.format('online_orders')}, coalesce(terminal_id, ''), channel, "
               f"count(*), sum(total) FROM online_orders GROUP BY 1, 2, 3")
    for name, body in TRIGGERS.items():  # after the batch step, which rebuilds the table
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("DELETE FROM sync_state WHERE key = 'cursor:online_orders'")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("report_store_days")
    op.execute("DELETE FROM online_orders WHERE customer_remote_id IS NULL "
               "OR terminal_id IS NOT NULL")  # the old schema kept only customers' web orders
    with op.batch_alter_table("online_orders") as batch:
        batch.drop_column("receipt")
        batch.drop_column("terminal_id")
        batch.alter_column("customer_remote_id", existing_type=sa.String(length=80),
                           nullable=False)
        batch.create_index("ix_online_orders_created_at", ["created_at", "channel", "total"])
