"""PIN lockouts per target and memory-hard PIN hashes

Revision ID: 0015
Revises: 0014

Wrong PINs were counted per till, and any right PIN cleared the count: a cashier could try a
manager's PIN again and again, typing their own PIN in between. Now they are counted per till
and per target (who the PIN had to belong to: "" anyone at the login keypad, "approve" a
manager at the approval prompt, "user:<id>" one user on the command line), with the number of
lockouts so far (5, 15, then 60 minutes) and the time of the last failure (a quiet day starts
a fresh series). The till-wide rows become the login keypad's ("").

PIN hashes need no schema change: argon2id strings fit users.pin_hash, old scrypt ones are
re-hashed at their user's next login.
"""
from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pin_lockouts_new",
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("terminal_id", "target"),
    )
    op.execute("INSERT INTO pin_lockouts_new (terminal_id, target, failures, lockouts, "
               "locked_until, last_failure_at) SELECT terminal_id, '', failures, "
               "CASE WHEN locked_until IS NULL THEN 0 ELSE 1 END, locked_until, locked_until "
               "FROM pin_lockouts")
    op.drop_table("pin_lockouts")
    op.rename_table("pin_lockouts_new", "pin_lockouts")


def downgrade() -> None:
    op.create_table(
        "pin_lockouts_old",
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("terminal_id"),
    )
    op.execute("INSERT INTO pin_lockouts_old (terminal_id, failures, locked_until) "
               "SELECT terminal_id, failures, locked_until FROM pin_lockouts WHERE target = ''")
    op.drop_table("pin_lockouts")
    op.rename_table("pin_lockouts_old", "pin_lockouts")
