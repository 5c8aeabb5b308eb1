"""online orders collected or shipped at the till

Revision ID: 0016
Revises: 0015

Click-and-collect: online orders to pick up in this shop (`collect_orders`) and their lines
with the quantity scanned while preparing (`collect_lines`). Each order keeps the till-made
UUIDs of its remote effects (fulfilment, payment, delivered mark) so a retry finds them first.
"""
from alembic import op
import sqlalchemy as sa

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "collect_orders",
        sa.Column("id", sa.String(length=80), primary_key=True),
        sa.Column("display_no", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("customer_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=False),
        sa.Column("pulled_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("ready_at", sa.DateTime(), nullable=True),
        sa.Column("collected_at", sa.DateTime(), nullable=True),
        sa.Column("collected_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("paid_at_till", sa.String(length=20), nullable=False),
        sa.Column("fulfilment_uuid", sa.String(length=36), nullable=True),
        sa.Column("payment_uuid", sa.String(length=36), nullable=True),
        sa.Column("delivered_uuid", sa.String(length=36), nullable=True),
    )
    op.create_index("ix_collect_orders_display_no", "collect_orders", ["display_no"])
    op.create_index("ix_collect_orders_state", "collect_orders", ["state"])
    op.create_table(
        "collect_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.String(length=80), sa.ForeignKey("collect_orders.id"),
                  nullable=False),
        sa.Column("remote_line_id", sa.String(length=80), nullable=False),
        sa.Column("variant_id", sa.Integer(), sa.ForeignKey("variants.id"), nullable=True),
        sa.Column("sku", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=250), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("scanned", sa.Integer(), nullable=False),
    )
    op.create_index("ix_collect_lines_order_id", "collect_lines", ["order_id"])


def downgrade() -> None:
    op.drop_index("ix_collect_lines_order_id", table_name="collect_lines")
    op.drop_table("collect_lines")
    op.drop_index("ix_collect_orders_state", table_name="collect_orders")
    op.drop_index("ix_collect_orders_display_no", table_name="collect_orders")
    op.drop_table("collect_orders")
