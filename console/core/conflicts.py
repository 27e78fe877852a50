"""Two desktops, one record: a change is written only if what the user saw still holds.

Every decision and edit states what its user saw: the record's status (an entry still
pending, a finding still assigned) or its ``row_version`` (the form's copy of a person,
a rule, a session). If the record has moved on since, nothing is written and the user is
told who changed it, when and to what, from the audit log. The UPDATE itself also
carries the version it read (``db.base.Versioned``), so a change that lands between the
check and the write is caught too.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.core.errors import DuchaError
from console.core.i18n import tr_context
from console.core.labels import label
from db.audit import AuditLog
from db.base import Base

_t = tr_context("conflicts")


class Conflict(DuchaError):
    """Someone else changed the record since the user saw it; nothing was written."""


def _local(at: datetime) -> str:
    """Audit times are UTC; people read their own clock."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _model(table: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def _now_showing(table: str, after: dict[str, Any]) -> str:
    """What the record says now, as far as a person cares: its status, in words."""
    value = after.get("status")
    if value is None:
        return ""
    model = _model(table)
    column = model.__table__.c.get("status") if model is not None else None
    enum_cls = getattr(column.type, "enum_class", None) if column is not None else None
    if enum_cls is not None:
        with contextlib.suppress(ValueError):
            return label(enum_cls(value))
    return str(value)


def _last_change(session: Session, table: str, row_id: int | None) -> AuditLog | None:
    query = select(AuditLog).where(AuditLog.table_name == table, AuditLog.action != "insert")
    if row_id is not None:
        query = query.where(AuditLog.row_id == row_id)
    return session.scalars(query.order_by(AuditLog.id.desc()).limit(1)).first()


def _unknown_change() -> Conflict:
    return Conflict(
        _t(
            "This record was changed on another desktop since you opened it. Nothing "
            "was saved: refresh to see the change, then try again."
        )
    )


def describe_change(session: Session, table: str, row_id: int | None) -> Conflict:
    """The conflict message: who changed the record last, when, and what it shows now."""
    change = _last_change(session, table, row_id)
    if change is None:
        return _unknown_change()
    now = _now_showing(table, json.loads(change.after) if change.after else {})
    if change.action == "delete":
        text = _t("{who} deleted this record at {when}.")
    elif now:
        text = _t("{who} changed this record at {when}; it is now: {now}.")
    else:
        text = _t("{who} changed this record at {when}.")
    return Conflict(
        text.format(who=change.username or _t("someone"), when=_local(change.at), now=now)
        + " "
        + _t("Nothing was saved: refresh to see the change, then try again.")
    )


def require_seen(session: Session, record: Any, seen_version: int | None) -> None:
    """Refuse to change ``record`` if its row_version is no longer the one the user saw.

    ``None`` means the caller states nothing (a command acting on what it reads now).
    """
    if seen_version is not None and record.row_version != seen_version:
        raise describe_change(session, record.__tablename__, record.id)


def require_status(session: Session, record: Any, seen: Enum | None) -> None:
    """Refuse a decision on ``record`` if its status is no longer the one the user saw."""
    if seen is not None and record.status != seen:
        raise describe_change(session, record.__tablename__, record.id)


_STALE = re.compile(r"on table '(\w+)'")


def conflict_for_stale_row(sessions: Callable[[], Session], exc: StaleDataError) -> Conflict:
    """A row changed between this transaction's read and its write (the version the UPDATE
    carried no longer matched): say who changed that table last."""
    found = _STALE.search(str(exc))
    if found is None:
        return _unknown_change()
    with sessions() as session:
        return describe_change(session, found.group(1), None)
