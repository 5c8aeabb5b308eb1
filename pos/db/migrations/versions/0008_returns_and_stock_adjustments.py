"""returns and stock adjustments

Revision ID: 0008
Revises: 0007

Returns, their lines and refunds; `stock_movements.return_id` links a restock to its return.
Stock adjustments stay in `stock_movements` (no table here).
`returns.shift_id` has no foreign key: the shift table belongs to another slot and a return
must stay writable whatever that table looks like.
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "returns",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("return_no", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sale_id", sa.String(length=36), nullable=True),
        sa.Column("original_ref", sa.String(length=80), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=True),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_total", sa.Integer(), nullable=False),
        sa.Column("rounding", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("exchange_sale_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"]),
        sa.ForeignKeyConstraint(["cashier_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["approved_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("terminal_id", "return_no"),
    )
    with op.batch_alter_table("returns") as batch:
        batch.create_index("ix_returns_created_at", ["created_at"])
        batch.create_index("ix_returns_sale_id", ["sale_id"])
        batch.create_index("ix_returns_shift_id", ["shift_id"])
    op.create_table(
        "return_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.String(length=36), nullable=False),
        sa.Column("sale_line_no", sa.Integer(), nullable=False),
        sa.Column("variant_id", sa.Integer(), nullable=True),
        sa.Column("sku", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=250), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("tax_rate_bp", sa.Integer(), nullable=False),
        sa.Column("tax", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("restock", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"]),
        sa.ForeignKeyConstraint(["variant_id"], ["variants.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("return_lines") as batch:
        batch.create_index("ix_return_lines_return_id", ["return_id"])
    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.String(length=36), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("refunds") as batch:
        batch.create_index("ix_refunds_return_id", ["return_id"])
    op.create_table(
        "return_originals",
        sa.Column("ref", sa.String(length=80), nullable=False),
        sa.Column("order_id", sa.String(length=80), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("ref"),
    )
    with op.batch_alter_table("stock_movements") as batch:
        batch.add_column(sa.Column("return_id", sa.String(length=36), nullable=True))
        batch.create_index("ix_stock_movements_return_id", ["return_id"])


def downgrade() -> None:
    with op.batch_alter_table("stock_movements") as batch:
        batch.drop_index("ix_stock_movements_return_id")
        batch.drop_column("return_id")
    op.drop_table("return_originals")
    op.drop_table("refunds")
    op.drop_table("return_lines")
    op.drop_table("returns")
