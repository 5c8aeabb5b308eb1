"""print queue: return receipts

Revision ID: 0014
Revises: 0013

A print job is a sale's receipt (`sale_id`) or a return's receipt (`return_id`), so that a
return receipt goes through the same queue as a sale's: printed after the commit, claimed
before printing, Retry / Reprint later / Skip, reprinted from the reprint screen. A return of
an order fetched from the online store has no local sale, so `sale_id` may now be empty.
"""
from alembic import op
import sqlalchemy as sa

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.alter_column("sale_id", existing_type=sa.String(length=36), nullable=True)
        batch.add_column(sa.Column("return_id", sa.String(length=36), nullable=True))
        batch.create_index("ix_print_jobs_return_id", ["return_id"])


def downgrade() -> None:
    op.execute("DELETE FROM print_jobs WHERE sale_id IS NULL")
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_index("ix_print_jobs_return_id")
        batch.drop_column("return_id")
        batch.alter_column("sale_id", existing_type=sa.String(length=36), nullable=False)
