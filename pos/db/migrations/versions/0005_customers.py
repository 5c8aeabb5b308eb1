"""customers and their online orders

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.String(length=80), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("group_name", sa.String(length=80), nullable=False),
        sa.Column("card_code", sa.String(length=64), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("changed_at_till", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("remote_id"),
        sa.UniqueConstraint("card_code"),
    )
    with op.batch_alter_table("customers") as batch:
        batch.create_index("ix_customers_phone", ["phone"])
        batch.create_index("ix_customers_email", ["email"])
    op.create_table(
        "online_orders",
        sa.Column("remote_id", sa.String(length=80), nullable=False),
        sa.Column("customer_remote_id", sa.String(length=80), nullable=False),
        sa.Column("display_id", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=80), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("remote_id"),
    )
    with op.batch_alter_table("online_orders") as batch:
        batch.create_index("ix_online_orders_customer_remote_id", ["customer_remote_id"])


def downgrade() -> None:
    op.drop_table("online_orders")
    op.drop_table("customers")
