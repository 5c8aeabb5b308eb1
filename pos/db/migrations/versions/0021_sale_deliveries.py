"""goods sold at the counter for delivery from another location

Revision ID: 0021
Revises: 0020

`sale_lines.ship_from`: the stock location a line is delivered from ("" = carried out of
the shop, no delivery); such a line moves no stock here. `sale_deliveries`: per sale and
location shipped from, the receiver's name, phone and Vietnamese address, the delivered
total and what was paid at the till (the rest is paid on delivery).
"""
from alembic import op
import sqlalchemy as sa

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sale_lines", sa.Column("ship_from", sa.String(length=80), nullable=False,
                                          server_default=""))
    op.create_table(
        "sale_deliveries",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("sale_id", sa.String(length=36), sa.ForeignKey("sales.id"), nullable=False),
        sa.Column("location", sa.String(length=80), nullable=False),
        sa.Column("location_name", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("province", sa.String(length=200), nullable=False),
        sa.Column("district", sa.String(length=200), nullable=False),
        sa.Column("ward", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("paid", sa.Integer(), nullable=False),
    )
    op.create_index("ix_sale_deliveries_sale_id", "sale_deliveries", ["sale_id"])


def downgrade() -> None:
    op.drop_table("sale_deliveries")
    with op.batch_alter_table("sale_lines") as batch:
        batch.drop_column("ship_from")
