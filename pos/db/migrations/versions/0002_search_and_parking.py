"""search index (FTS5 over folded names) and parked sales

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The FTS table mirrors variants.search_text (already folded in Python: lower case, no tone
# marks, đ -> d), so the tokenizer needs no diacritic handling of its own. Prefix indexes
# keep as-you-type queries of 2-3 characters fast on 200,000 items.
FTS = [
    """CREATE VIRTUAL TABLE variants_fts USING fts5(
           search_text, content='variants', content_rowid='id',
           tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER variants_fts_ai AFTER INSERT ON variants BEGIN
           INSERT INTO variants_fts(rowid, search_text) VALUES (new.id, new.search_text);
       END""",
    """CREATE TRIGGER variants_fts_ad AFTER DELETE ON variants BEGIN
           INSERT INTO variants_fts(variants_fts, rowid, search_text)
           VALUES ('delete', old.id, old.search_text);
       END""",
    """CREATE TRIGGER variants_fts_au AFTER UPDATE OF search_text ON variants BEGIN
           INSERT INTO variants_fts(variants_fts, rowid, search_text)
           VALUES ('delete', old.id, old.search_text);
           INSERT INTO variants_fts(rowid, search_text) VALUES (new.id, new.search_text);
       END""",
    "INSERT INTO variants_fts(variants_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    op.create_table(
        "parked_sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("cart", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["cashier_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for statement in FTS:
        op.execute(statement)


def downgrade() -> None:
    for trigger in ("variants_fts_ai", "variants_fts_ad", "variants_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS variants_fts")
    op.drop_table("parked_sales")
