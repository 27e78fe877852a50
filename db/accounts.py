"""User accounts of the console. The password is stored only as an argon2 hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, String
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
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
