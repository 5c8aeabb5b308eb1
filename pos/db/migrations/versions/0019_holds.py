"""holds: parked sales kept for a customer, their items reserved online

Revision ID: 0019
Revises: 0018

A hold (`holds`) keeps a parked sale's items for a customer until a deadline; its lines
(`hold_lines`) are the quantities held per item in thousandths. Released when the sale is
recalled to be sold, when the deadline passes, or by hand.
"""
from alembic import op
import sqlalchemy as sa

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "holds",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("parked_id", sa.Integer(),
                  sa.ForeignKey("parked_sales.id", ondelete="SET NULL"), nullable=True),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customers.id"), nullable=True),
        sa.Column("customer_name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("until", sa.DateTime(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.Column("release_reason", sa.String(length=20), nullable=False),
    )
    op.create_index("ix_holds_parked_id", "holds", ["parked_id"])
    op.create_index("ix_holds_state", "holds", ["state"])
    op.create_table(
        "hold_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("hold_id", sa.String(length=36), sa.ForeignKey("holds.id"), nullable=False),
        sa.Column("variant_id", sa.Integer(), sa.ForeignKey("variants.id"), nullable=True),
        sa.Column("sku", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=250), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
    )
    op.create_index("ix_hold_lines_hold_id", "hold_lines", ["hold_id"])


def downgrade() -> None:
    op.drop_table("hold_lines")
    op.drop_table("holds")
