"""click-and-collect moves the stock figure

Revision ID: 0020
Revises: 0019

`stock_movements.effect_id`: the till-made UUID of the click-and-collect step that moved the
stock (the order's fulfilment when it is made ready: units out; its cancellation: units back),
so a stock snapshot acknowledges the movement once that step's outbox row is sent, and the
step's journal entry proves it. `collect_orders.cancel_uuid`: that cancellation's UUID (an
order not collected by its deadline, cancelled online by the till; or one cancelled online).
"""
from alembic import op
import sqlalchemy as sa

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stock_movements") as batch:
        batch.add_column(sa.Column("effect_id", sa.String(length=36), nullable=True))
        batch.create_index("ix_stock_movements_effect_id", ["effect_id"])
    with op.batch_alter_table("collect_orders") as batch:
        batch.add_column(sa.Column("cancel_uuid", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("collect_orders") as batch:
        batch.drop_column("cancel_uuid")
    with op.batch_alter_table("stock_movements") as batch:
        batch.drop_index("ix_stock_movements_effect_id")
        batch.drop_column("effect_id")
