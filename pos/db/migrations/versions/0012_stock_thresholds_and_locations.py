"""stock thresholds and the central store's stock locations

Revision ID: 0012
Revises: 0011

Stock adjustments themselves stay in `stock_movements` (kind "adjustment", reason code in
`reason`); this adds what the manager's stock screen needs besides: a low-stock threshold per
item and the names and kinds of the central store's locations.
"""
from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stock_thresholds",
        sa.Column("variant_id", sa.Integer(), nullable=False),
        sa.Column("low_milli", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["variant_id"], ["variants.id"]),
        sa.PrimaryKeyConstraint("variant_id"),
    )
    op.create_table(
        "stock_locations",
        sa.Column("remote_id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("is_this_shop", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("remote_id"),
    )


def downgrade() -> None:
    op.drop_table("stock_locations")
    op.drop_table("stock_thresholds")
