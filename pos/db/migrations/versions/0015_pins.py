"""PIN lockouts per target and memory-hard PIN hashes

Revision ID: 0015
Revises: 0014

(Slot reserved; nothing to change yet.)
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
