"""every store order for the manager's channel figures

Revision ID: 0013
Revises: 0012

`online_orders` held only the web orders of customers the till knew. It now holds every order
of the central store: guest orders (no customer), and the sales other tills pushed, with the
till's terminal id and receipt label (`terminal_id` NULL = an online order). The period index
gains `terminal_id` so that the dashboard's channel figures stay an index-only range scan.
The order pull starts again from the beginning (its cursor is dropped) to fetch what the old
pull left out.
"""
from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("online_orders") as batch:
        batch.drop_index("ix_online_orders_created_at")
        batch.alter_column("customer_remote_id", existing_type=sa.String(length=80),
                           nullable=True)
        batch.add_column(sa.Column("terminal_id", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("receipt", sa.String(length=40), nullable=True))
        batch.create_index("ix_online_orders_created_at",
                           ["created_at", "terminal_id", "channel", "total"])
    op.execute("DELETE FROM sync_state WHERE key = 'cursor:online_orders'")


def downgrade() -> None:
    op.execute("DELETE FROM online_orders WHERE customer_remote_id IS NULL "
               "OR terminal_id IS NOT NULL")  # the old schema kept only customers' web orders
    with op.batch_alter_table("online_orders") as batch:
        batch.drop_index("ix_online_orders_created_at")
        batch.drop_column("receipt")
        batch.drop_column("terminal_id")
        batch.alter_column("customer_remote_id", existing_type=sa.String(length=80),
                           nullable=False)
        batch.create_index("ix_online_orders_created_at", ["created_at", "channel", "total"])
