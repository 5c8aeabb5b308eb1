"""users: permissions, lockout, audit; report indexes

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pin_lockouts",
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("terminal_id"),
    )
    op.create_table(
        "report_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=False),
        sa.Column("sales_count", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "terminal_id", "cashier_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_hours",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("sales_count", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "hour"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_item_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("variant_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "variant_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_category_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "category_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_marks",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("last_rowid", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    with op.batch_alter_table("online_orders") as batch:
        batch.create_index("ix_online_orders_created_at", ["created_at", "channel", "total"])


def downgrade() -> None:
    with op.batch_alter_table("online_orders") as batch:
        batch.drop_index("ix_online_orders_created_at")
    op.drop_table("report_marks")
    op.drop_table("report_category_days")
    op.drop_table("report_item_days")
    op.drop_table("report_hours")
    op.drop_table("report_days")
    op.drop_table("pin_lockouts")
