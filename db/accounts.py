"""User accounts of the console. The password is stored only as an argon2 hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Audited, Base, CreatedAt, Versioned, str_enum
from glossary import Role


class UserAccount(Audited, Versioned, CreatedAt, Base):
    __tablename__ = "user_account"
    # The hash never belongs in the audit log.
    __audit_exclude__ = frozenset({"password_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    # A squad leader sees only this unit and the units below it.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    # The administrator duties held (三权分立), comma-separated: glossary.parse_duties.
    duties: Mapped[str] = mapped_column(String(40), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when an administrator creates the account or resets its password: the holder
    # chooses their own at the next sign-in, so no administrator knows it afterwards.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0", nullable=False
    )
    # UTC; the password expires a policy-set number of days after it.
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)


class AccountSignIn(Base):
    """Sign-in bookkeeping, kept apart from the versioned, audited account row: signing
    in (or failing to) must not bump the account's row_version under an administrator
    editing it, nor write an account change to the audit log. Sign-ins are audit
    *events* instead (``console.core.sign_in``)."""

    __tablename__ = "account_sign_in"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    # Consecutive failures since the last success or lockout; raised with one atomic
    # UPDATE so that two desktops failing at once both count.
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0", nullable=False)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
