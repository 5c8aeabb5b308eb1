"""shifts and cash movements

Revision ID: 0007
Revises: 0006

Shifts, cash put in / taken out, the blind counts at the close, and `sales.shift_id`
(nullable: sales made before shifts existed belong to none). No foreign key from sales to
shifts, so a sale stays writable whatever the shift table looks like.
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("opening_float", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("z_report", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["opened_by_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["closed_by_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["approved_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ux_shifts_one_open_per_terminal", "shifts", ["terminal_id"], unique=True,
                    sqlite_where=sa.text("status = 'open'"))
    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["shift_id"], ["shifts.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cash_movements_shift_id", "cash_movements", ["shift_id"])
    op.create_table(
        "shift_counts",
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["shift_id"], ["shifts.id"]),
        sa.PrimaryKeyConstraint("shift_id", "method"),
    )
    with op.batch_alter_table("sales") as batch:
        batch.add_column(sa.Column("shift_id", sa.Integer(), nullable=True))
        batch.create_index("ix_sales_shift_id", ["shift_id"])


def downgrade() -> None:
    with op.batch_alter_table("sales") as batch:
        batch.drop_index("ix_sales_shift_id")
        batch.drop_column("shift_id")
    op.drop_table("shift_counts")
    op.drop_index("ix_cash_movements_shift_id", table_name="cash_movements")
    op.drop_table("cash_movements")
    op.drop_index("ux_shifts_one_open_per_terminal", table_name="shifts")
    op.drop_table("shifts")
