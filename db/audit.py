"""Tamper-evident audit log, written by one session hook for every audited model.

Each row carries the SHA-256 of its own content chained to the previous row's hash, so
that editing or deleting any row afterwards breaks the chain (``verify_chain``). The rows
are written in the same transaction as the change itself: both land, or neither does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import (
    Connection,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    event,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.attributes import get_history

from db.audit_images import bulk_images, digest_field, hash_digest, shape_of
from db.base import Base, utcnow
from glossary import AuditAction

GENESIS = "0" * 64


class AuditLog(Base):
    __tablename__ = "audit_log"
    # For the audit viewer's filters, newest first (migration 0007_duties).
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_username_id", "username", "id"),
        Index("ix_audit_log_table_row_id", "table_name", "row_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(40), index=True)
    row_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


@dataclass(frozen=True)
class Actor:
    """Who is acting, as the audit log records it. Put in ``session.info['actor']``."""

    user_id: int | None
    username: str


SYSTEM = Actor(None, "system")


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "to_int"):  # YearMonth
        return value.to_int()
    return value


def _columns(obj: Any) -> list[str]:
    excluded: frozenset[str] = getattr(obj, "__audit_exclude__", frozenset())
    return [c.key for c in obj.__mapper__.column_attrs if c.key not in excluded]


def _memberships(obj: Any) -> list[str]:
    """Many-to-many collections (inspected units and people, case-file handlers): their
    rows live in association tables with no model of their own, so they are logged as the
    list of member ids on the record that owns them."""
    return [r.key for r in obj.__mapper__.relationships if r.secondary is not None]


def _ids(items: Any) -> list[Any]:
    return sorted(inspect(item).mapper.primary_key_from_instance(item)[0] for item in items)


def _numeric_key(obj: Any) -> int | None:
    key = inspect(obj).mapper.primary_key_from_instance(obj)[0]
    return key if isinstance(key, int) else None


def _secrets(obj: Any) -> frozenset[str]:
    """Columns kept out of the log (a password hash): the log holds their digest instead,
    so that a value swapped outside the application still shows."""
    return frozenset(getattr(obj, "__audit_exclude__", frozenset()))


def _snapshot(obj: Any) -> dict[str, Any]:
    data = {key: _plain(getattr(obj, key)) for key in _columns(obj)}
    for key in _secrets(obj):
        data[digest_field(key)] = hash_digest(getattr(obj, key))
    for key in _memberships(obj):
        hist = get_history(obj, key)
        members = [*hist.unchanged, *hist.added]
        if members:
            data[f"{key}_ids"] = _ids(members)
    return data


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _columns(obj):
        hist = get_history(obj, key)
        if hist.has_changes():
            before[key] = _plain(hist.deleted[0]) if hist.deleted else None
            after[key] = _plain(hist.added[0]) if hist.added else None
    for key in _secrets(obj):
        hist = get_history(obj, key)
        if hist.has_changes():
            field = digest_field(key)
            before[field] = hash_digest(hist.deleted[0]) if hist.deleted else None
            after[field] = hash_digest(hist.added[0]) if hist.added else None
    row_updated = bool(after)  # a change of members alone leaves the row (and version) be
    for key in _memberships(obj):
        hist = get_history(obj, key)
        if hist.added or hist.deleted:
            before[f"{key}_ids"] = _ids([*hist.unchanged, *hist.deleted])
            after[f"{key}_ids"] = _ids([*hist.unchanged, *hist.added])
    if row_updated:
        # Values the UPDATE itself computes (``onupdate``) carry no attribute history.
        for prop in obj.__mapper__.column_attrs:
            if prop.key not in after and any(c.onupdate is not None for c in prop.columns):
                after[prop.key] = _plain(getattr(obj, prop.key))
    version = obj.__mapper__.version_id_col
    if row_updated and version is not None:
        # The mapper bumps the version in the UPDATE itself: no attribute history shows it.
        key = obj.__mapper__.get_property_by_column(version).key
        current = getattr(obj, key)
        after[key] = current
        before[key] = current - 1 if isinstance(current, int) else None
    return before, after


def row_digest(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _hashed_fields(row: dict[str, Any]) -> dict[str, Any]:
    at = row["at"]
    return {
        "at": at.isoformat() if isinstance(at, datetime) else str(at),
        "user_id": row["user_id"],
        "username": row["username"],
        "action": row["action"],
        "table_name": row["table_name"],
        "row_id": row["row_id"],
        "before": row["before"],
        "after": row["after"],
    }


def _dump(data: dict[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(data, sort_keys=True, ensure_ascii=False)


def _pending_rows(session: Session) -> Iterator[tuple[AuditAction, Any, dict | None, dict | None]]:
    for obj in session.new:
        if getattr(obj, "__audited__", False):
            yield AuditAction.INSERT, obj, None, _snapshot(obj)
    # session.dirty comes from a set: in table and key order, the log's order (and so its
    # chain) depends on what was changed, not on where objects happened to be in memory.
    for obj in sorted(session.dirty, key=_log_order):
        if getattr(obj, "__audited__", False) and session.is_modified(obj):
            before, after = _changes(obj)
            if after:
                if _numeric_key(obj) is None:
                    # A text key (a setting) has no row_id: name it in the change itself.
                    key = inspect(obj).mapper.primary_key[0].key
                    after.setdefault(key, getattr(obj, key))
                yield AuditAction.UPDATE, obj, before, after
    for obj in session.deleted:
        if getattr(obj, "__audited__", False):
            yield AuditAction.DELETE, obj, _snapshot(obj), None


CHAIN_LOCK = 7461636868


def _locked_head(conn: Connection) -> str:
    """The chain's newest hash, read under the one lock that every appender takes.

    Desktops sharing one database must not interleave their chains: two writers reading
    the same head would both chain to it, and verify would then report a break. On
    PostgreSQL the lock is a transaction-scoped advisory lock; on SQLite the writing
    transaction already holds the database's write lock (BEGIN IMMEDIATE, ``db.engine``).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    prev = conn.execute(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)).scalar()
    return prev or GENESIS


def _log_order(obj: Any) -> tuple[str, tuple[Any, ...]]:
    identity = inspect(obj).identity
    return (obj.__table__.name, tuple(identity) if identity is not None else ())


def _after_flush(session: Session, _flush_context: Any) -> None:
    rows = list(_pending_rows(session))
    if not rows:
        return
    actor: Actor = session.info.get("actor", SYSTEM)
    conn = session.connection()
    prev = _locked_head(conn)
    now = utcnow()
    values = []
    for action, obj, before, after in rows:
        row = {
            "at": now,
            "user_id": actor.user_id,
            "username": actor.username,
            "action": action.value,
            "table_name": obj.__tablename__,
            # The key is read from the object: new rows have no identity key until later.
            # Text keys (settings) are in the before/after values; row_id holds numbers.
            "row_id": _numeric_key(obj),
            "before": _dump(before),
            "after": _dump(after),
        }
        digest = row_digest(prev, _hashed_fields(row))
        values.append({**row, "prev_hash": prev, "hash": digest})
        prev = digest
    conn.execute(insert(AuditLog), values)


def install(session_factory: Any) -> None:
    """Attach the audit hook to a sessionmaker (or the Session class), once."""
    # Marked on the factory itself, not asked of event.contains: that keys on id(), so a
    # new sessionmaker allocated where a closed database's one lived was taken for it and
    # left unaudited.
    if vars(session_factory).get("_ducha_audited"):
        return
    event.listen(session_factory, "after_flush", _after_flush)
    session_factory._ducha_audited = True


@dataclass(frozen=True)
class ChainBreak:
    audit_id: int
    problem: str


def verify_chain(session: Session, batch: int = 5000) -> tuple[int, list[ChainBreak]]:
    """Recompute every hash. Returns the number of rows checked and where the chain breaks."""
    breaks: list[ChainBreak] = []
    prev = GENESIS
    checked = 0
    last_id = 0
    cols = [
        AuditLog.id,
        AuditLog.at,
        AuditLog.user_id,
        AuditLog.username,
        AuditLog.action,
        AuditLog.table_name,
        AuditLog.row_id,
        AuditLog.before,
        AuditLog.after,
        AuditLog.prev_hash,
        AuditLog.hash,
    ]
    while True:
        chunk = (
            session.execute(
                select(*cols).where(AuditLog.id > last_id).order_by(AuditLog.id).limit(batch)
            )
            .mappings()
            .all()
        )
        if not chunk:
            break
        for row in chunk:
            checked += 1
            if row["prev_hash"] != prev:
                breaks.append(ChainBreak(row["id"], "previous hash does not match"))
            expected = row_digest(row["prev_hash"], _hashed_fields(dict(row)))
            if expected != row["hash"]:
                breaks.append(ChainBreak(row["id"], "content does not match its hash"))
            prev = row["hash"]
            last_id = row["id"]
    return checked, breaks


def record_bulk(session: Session, model: type, keys: Sequence[Any], note: str) -> None:
    """Put rows just written in bulk past the ORM (demo data, imports, a month's results)
    on the record: their images, read back as stored, a batch per chained audit row.

    Bulk inserts through Core skip the flush hook; this keeps them on the record, and
    ``audit verify`` compares each record with its image as it would with the hook's.
    """
    shape = shape_of(model)
    for batch in bulk_images(session, shape, keys):
        record_event(session, shape.name, {"bulk_rows": len(batch["rows"]), "note": note, **batch})


def chain_head(session: Session) -> tuple[int, str] | None:
    """The newest audit row's id and hash: note it down (or keep a backup) as an anchor."""
    row = session.execute(
        select(AuditLog.id, AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)
    ).first()
    return None if row is None else (row.id, row.hash)


def check_anchor(session: Session, audit_id: int, digest: str) -> ChainBreak | None:
    """Is the row recorded earlier as (id, hash) still there, unchanged?

    The chain alone cannot tell when its newest rows are deleted; a head noted down
    before (or read from a backup) can.
    """
    found = session.scalar(select(AuditLog.hash).where(AuditLog.id == audit_id))
    if found is None:
        return ChainBreak(audit_id, "the recorded head is missing: rows were removed")
    if found != digest:
        return ChainBreak(audit_id, "the recorded head has a different hash")
    return None


def record_event(session: Session, subject: str, details: dict[str, Any]) -> None:
    """One chained audit row for an event that changes no single record (a backup taken,
    a database restored): who and when as for any row, ``subject`` as its table, and
    ``details`` (which file, the chain head it holds …) as its content."""
    actor: Actor = session.info.get("actor", SYSTEM)
    conn = session.connection()
    prev = _locked_head(conn)
    row = {
        "at": utcnow(),
        "user_id": actor.user_id,
        "username": actor.username,
        "action": AuditAction.INSERT.value,
        "table_name": subject,
        "row_id": None,
        "before": None,
        "after": _dump(details),
    }
    digest = row_digest(prev, _hashed_fields(row))
    conn.execute(insert(AuditLog), [{**row, "prev_hash": prev, "hash": digest}])
