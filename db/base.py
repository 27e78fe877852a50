"""Declarative base shared by every model, and the marker for audited business records."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names so that Alembic's batch mode on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Audited:
    """Mixin for business records: every insert, update and delete writes an audit row.

    The rows are written by the session hook in ``db.audit``; services never do it by hand.
    """

    __audited__ = True


class Versioned:
    """Mixin for records that two desktops may change: every UPDATE carries
    ``WHERE row_version = <the version read>`` and raises StaleDataError when another
    transaction changed the row meanwhile. Services also compare it with the version the
    user saw (``console.core.conflicts``), so a change made since the form opened is
    reported, not overwritten."""

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class CreatedAt:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def str_enum(enum_cls: type[enum.Enum], length: int = 20) -> Enum:
    """Store an enum by its value as plain text: readable in SQL, portable to PostgreSQL."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        create_constraint=False,
    )


def row_values(obj: Any) -> dict[str, Any]:
    """Plain column values of a mapped object, for audit and debugging."""
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}
