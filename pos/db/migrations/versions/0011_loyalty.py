"""loyalty points ledger

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loyalty_entries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.String(length=36), nullable=True),
        sa.Column("batch", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("balance_after", sa.Integer(), nullable=False),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("pushed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("loyalty_entries") as batch:
        batch.create_index("ix_loyalty_entries_customer_id", ["customer_id"])
        batch.create_index("ix_loyalty_entries_sale_id", ["sale_id"])
        batch.create_index("ix_loyalty_entries_batch", ["batch"])
        batch.create_index("ix_loyalty_entries_pushed", ["pushed"])


def downgrade() -> None:
    op.drop_table("loyalty_entries")
