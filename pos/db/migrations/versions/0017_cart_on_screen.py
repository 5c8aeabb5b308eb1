"""the cart on screen, saved as it changes

Revision ID: 0017
Revises: 0016

One row per till (`cart_on_screen`, keyed by the terminal id): the sale on screen before
payment as a JSON document (the same serialisation as a parked sale), who was selling, and
when it last changed. Written at every change of the cart, cleared when the sale is
completed, parked or voided; read back at the next start.
"""
from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cart_on_screen",
        sa.Column("terminal_id", sa.String(length=40), primary_key=True),
        sa.Column("cashier_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("cart", sa.Text(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("cart_on_screen")
