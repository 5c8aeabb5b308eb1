"""journal entries that prove the sale's rows

Revision ID: 0018
Revises: 0017

`journal.ref`: the sale's (or return's) id on its journal entry, indexed, so that a receipt
finds the code of its entry; filled in for the entries already there from their payload.
`journal.rows_digest`: the digest of the sale's (return's) own rows, taken inside its
transaction and covered by the entry hash; entries made before this revision have none (their
hash never covered one, so none can be added to them now).
"""
from alembic import op
import sqlalchemy as sa

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal") as batch:
        batch.add_column(sa.Column("ref", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("rows_digest", sa.String(length=64), nullable=True))
        batch.create_index("ix_journal_ref", ["ref"])
    op.execute("UPDATE journal SET ref = json_extract(payload, '$.id') "
               "WHERE kind IN ('sale', 'return')")


def downgrade() -> None:
    with op.batch_alter_table("journal") as batch:
        batch.drop_index("ix_journal_ref")
        batch.drop_column("rows_digest")
        batch.drop_column("ref")
