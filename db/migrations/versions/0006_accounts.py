"""accounts to GB/T 22239-2019 level 3: forced and expiring passwords, sign-in bookkeeping

Revision ID: 0006_accounts
Revises: 0005_row_version
Create Date: 2026-12-05 18:40:00

The sign-in bookkeeping (failures, lockout, last sign-in) moves out of user_account into
its own table, so that signing in no longer bumps the account's row_version nor writes an
account change to the audit log. Existing passwords count as changed at the upgrade:
their expiry runs from then, and a password that fails the new rules is caught at its
next sign-in, where it is known, and must be changed there.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0006_accounts"
down_revision: Union[str, Sequence[str], None] = "0005_row_version"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "account_sign_in",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["user_account.id"],
            name=op.f("fk_account_sign_in_account_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_sign_in")),
    )
    op.execute(
        "INSERT INTO account_sign_in (account_id, failures, last_sign_in_at) "
        "SELECT id, 0, last_login_at FROM user_account"
    )
    op.add_column(
        "user_account",
        sa.Column("must_change_password", sa.Boolean(), server_default="0", nullable=False),
    )
    op.add_column("user_account", sa.Column("password_changed_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE user_account SET password_changed_at = CURRENT_TIMESTAMP")
    # A plain DROP COLUMN (SQLite ≥ 3.35 and PostgreSQL): no table rebuild, so the rows
    # that refer to accounts are left alone.
    op.drop_column("user_account", "last_login_at")


def downgrade() -> None:
    op.add_column("user_account", sa.Column("last_login_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE user_account SET last_login_at = (SELECT last_sign_in_at FROM account_sign_in "
        "WHERE account_sign_in.account_id = user_account.id)"
    )
    op.drop_column("user_account", "password_changed_at")
    op.drop_column("user_account", "must_change_password")
    op.drop_table("account_sign_in")
