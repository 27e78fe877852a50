"""Reading the audit log: the audit administrator's viewer and export (Qt-free).

The log of a large bureau holds millions of rows, so nothing here loads it whole: a page
is one query, newest first, filtered in SQL and cut with LIMIT, and the next page starts
below the last id shown (keyset paging: no OFFSET, so page 1,000 costs what page 1
does). Only the rows of one page are turned into the users' words in Python: the changed
fields with their labels, enum values by their names, units and people by their names
(one query each per page).

Nothing here, and nothing anywhere in Ducha, deletes or edits audit rows: the log only
grows (``db.audit``: rows are inserted by the flush hook and ``record_event``, and
``verify`` reports any row removed outside the application).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from console.core.errors import PermissionDenied
from console.core.i18n import N_, tr_context
from console.core.labels import label
from console.core.permissions import require_audit_reader
from console.core.user import User
from console.core.workspace import Workspace
from db.accounts import UserAccount
from db.audit import AuditLog, record_event
from db.base import Base
from db.org import Person, Unit
from glossary import AuditAction

_t = tr_context("audit_log")

PAGE_SIZE = 200
# An export is one sheet: Excel holds 1,048,576 rows; a narrower filter is the way on.
EXPORT_LIMIT = 1_000_000
EXPORT_SUBJECT = "audit_export"
EVENT = "event"  # the action filter's choice for rows that record events, not changes

# Columns that say nothing to a reader (bookkeeping every row carries).
_HIDDEN = frozenset({"row_version", "created_at", "updated_at", "id"})

_TABLES: dict[str, str] = {
    "person": N_("Person"),
    "unit": N_("Unit"),
    "user_account": N_("Account"),
    "person_transfer": N_("Transfer"),
    "point_event": N_("Point entry"),
    "rule": N_("Rule"),
    "rule_set": N_("Rule catalogue"),
    "monthly_result": N_("Monthly result"),
    "period_lock": N_("Month lock"),
    "setting": N_("Setting"),
    "inspection": N_("Inspection"),
    "finding": N_("Finding"),
    "complaint": N_("Complaint"),
    "case_review": N_("Case-file review"),
    "risk_point": N_("Risk point"),
    "pledge": N_("Pledge"),
    "integrity_talk": N_("Integrity talk"),
    "major_matter_report": N_("Major-matter report"),
    "warning": N_("Early warning"),
    "training_session": N_("Training session"),
    "attendance": N_("Attendance"),
    "exam": N_("Exam"),
    "exam_result": N_("Exam result"),
    "certificate": N_("Certificate"),
}

# Events: rows ``record_event`` wrote, named by their subject (the subjects the services
# write: console.core.auth, accounts, backups, seal, paper_code, and this module).
_EVENTS: dict[str, str] = {
    "backup": N_("Backup"),
    "restore": N_("Restore"),
    EXPORT_SUBJECT: N_("Audit log export"),
    "export": N_("Export"),
    "sign_in": N_("Sign-in"),
    "sign_out": N_("Sign-out"),
    "session_unlock": N_("Sign-in after idle lock"),
    "password_change": N_("Password change"),
    "account_lockout": N_("Lockout"),
    "account_unlock": N_("Unlock"),
    "bulletin_print": N_("Bulletin printed"),
    "month_seal": N_("Month seal"),
}

# The outcome an event records (``result``), in words.
_RESULTS: dict[str, str] = {
    "ok": N_("Done"),
    "success": N_("Succeeded"),
    "wrong_password": N_("Wrong password"),
    "unknown_user": N_("Unknown user name"),
    "refused_locked": N_("Refused: locked out"),
    "refused_disabled": N_("Refused: account disabled"),
    "password_change_required": N_("Password must be changed first"),
    "locked": N_("Locked out"),
    "unlocked": N_("Unlocked"),
    "refused": N_("Refused"),
}

# A month seal's state (``state``), in words.
_SEAL_STATES: dict[str, str] = {"sealed": N_("Sealed"), "lifted": N_("Lifted (reopened)")}
_SEALED_AT = {"upgrade": N_("At the upgrade (finalised by an earlier version)")}

# Bureau settings, by their keys (the settings table is keyed by text).
_SETTINGS: dict[str, str] = {
    "duties": N_("Combined administrator duties"),
    "bureau": N_("Bureau language"),
    "scoring": N_("Scoring settings"),
    "training": N_("Training requirements"),
    "warnings": N_("Warning rules"),
}

_FIELDS: dict[str, str] = {
    "name": N_("Name"),
    "short_name": N_("Short name"),
    "staff_no": N_("Staff no."),
    "username": N_("User name"),
    "display_name": N_("Display name"),
    "role": N_("Role"),
    "duties": N_("Administrator duties"),
    "active": N_("Active"),
    "last_login_at": N_("Last sign-in"),
    "unit_id": N_("Unit"),
    "parent_id": N_("Parent unit"),
    "from_unit_id": N_("From unit"),
    "to_unit_id": N_("To unit"),
    "person_id": N_("Person"),
    "kind": N_("Kind"),
    "category": N_("Category"),
    "position": N_("Position"),
    "gender": N_("Gender"),
    "birth_date": N_("Birth date"),
    "hire_date": N_("Hire date"),
    "left_date": N_("Left on"),
    "status": N_("Status"),
    "phone": N_("Phone"),
    "note": N_("Note"),
    "notes": N_("Notes"),
    "reason": N_("Reason"),
    "points": N_("Points"),
    "quantity": N_("Quantity"),
    "event_date": N_("Date"),
    "rule_id": N_("Rule"),
    "code": N_("Code"),
    "text": N_("Text"),
    "monthly_cap": N_("Monthly cap"),
    "base_score": N_("Base score"),
    "total": N_("Total"),
    "rank": N_("Rank"),
    "grade": N_("Grade"),
    "stars": N_("Stars"),
    "period": N_("Month"),
    "locked": N_("Locked"),
    "reopen_reason": N_("Reason for reopening"),
    "evidence": N_("Evidence"),
    "source": N_("Source"),
    "description": N_("Description"),
    "severity": N_("Severity"),
    "deadline": N_("Deadline"),
    "title": N_("Title"),
    "hours": N_("Hours"),
    "score": N_("Score"),
    "value": N_("Value"),
    "key": N_("Setting"),
    "bulk_rows": N_("Rows written together"),
    "file": N_("File"),
    "rows": N_("Rows"),
    "filter": N_("Filter"),
    "result": N_("Result"),
    "user": N_("Account"),
    "failures": N_("Failed attempts"),
    "until": N_("Locked until"),
    "locked_until": N_("Was locked until"),
    "month": N_("Month"),
    "version": N_("Version"),
    "state": N_("State"),
    "scheme": N_("Digest scheme"),
    "results": N_("Digest of the results"),
    "entries": N_("Digest of the entries"),
    "lock": N_("Digest of the lock"),
    "seal": N_("Seal"),
    "sealed_at": N_("Sealed at"),
    "document": N_("Document"),
    "final": N_("Printed as final"),
    "head": N_("Audit chain head"),
    "audit_head_as_recorded": N_("Chain head as recorded"),
    "replaced_copy": N_("Copy of the replaced database"),
    "replaced_audit_head": N_("Replaced database's chain head"),
    "audit_head": N_("Audit chain head"),
    "sort_order": N_("Order"),
    "legal_qualification": N_("Legal qualification"),
}

_UNIT_FIELDS = frozenset({"unit_id", "parent_id", "from_unit_id", "to_unit_id"})


def local_time(at: datetime) -> datetime:
    """An audit time, stored in UTC, in the desktop's own time zone (naive, as shown and as
    an Excel date-time)."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer shows; every part optional. Times are UTC, ``until`` exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    username: str | None = None
    table: str | None = None  # a table name, or an event's subject
    record_id: int | None = None
    action: str | None = None  # insert, update, delete, or EVENT

    def described(self) -> dict[str, Any]:
        """The filter as the export's audit row records it."""
        return {
            k: (v.isoformat() if isinstance(v, datetime) else v)
            for k, v in vars(self).items()
            if v not in (None, "")
        }


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str  # the field in the users' words
    before: str
    after: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # UTC, as stored
    username: str  # the subject: who acted
    action: str  # insert, update, delete, or EVENT
    action_label: str
    table: str
    object_label: str  # the object: what was changed or done ("Person 12", "Backup")
    row_id: int | None
    result: str
    changes: list[FieldChange] = field(default_factory=list)


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    # Pass as ``after_id`` for the next (older) page; None when this was the last.
    next_after_id: int | None


@dataclass(frozen=True)
class Choice:
    value: str
    text: str


@cache
def _audited_tables() -> frozenset[str]:
    return frozenset(
        m.class_.__tablename__
        for m in Base.registry.mappers
        if getattr(m.class_, "__audited__", False)
    )


def table_choices() -> list[Choice]:
    """The tables and event kinds the table filter offers, by their labels."""
    names = _audited_tables() | set(_TABLES)
    rows = [Choice(t, _t(_TABLES[t]) if t in _TABLES else t) for t in names]
    rows += [Choice(s, _t(text)) for s, text in _EVENTS.items()]
    return sorted(rows, key=lambda c: c.text)


def action_choices() -> list[Choice]:
    return [
        Choice(AuditAction.INSERT.value, _t("Added")),
        Choice(AuditAction.UPDATE.value, _t("Changed")),
        Choice(AuditAction.DELETE.value, _t("Deleted")),
        Choice(EVENT, _t("Event")),
    ]


def user_choices(session: Session, user: User) -> list[str]:
    """User names to filter by: the accounts (a short table), never a scan of the log."""
    require_audit_reader(session, user)
    return list(session.scalars(select(UserAccount.username).order_by(UserAccount.username)))


def _filtered(f: AuditFilter) -> Select[Any]:
    stmt = select(AuditLog)
    if f.since is not None:
        stmt = stmt.where(AuditLog.at >= f.since)
    if f.until is not None:
        stmt = stmt.where(AuditLog.at < f.until)
    if f.username:
        stmt = stmt.where(AuditLog.username == f.username.strip())
    if f.table:
        stmt = stmt.where(AuditLog.table_name == f.table)
    if f.record_id is not None:
        stmt = stmt.where(AuditLog.row_id == f.record_id)
    if f.action == EVENT:
        stmt = stmt.where(AuditLog.table_name.not_in(sorted(_audited_tables())))
    elif f.action:
        stmt = stmt.where(
            AuditLog.action == f.action, AuditLog.table_name.in_(sorted(_audited_tables()))
        )
    return stmt


def audit_page(
    session: Session,
    user: User,
    audit_filter: AuditFilter,
    after_id: int | None = None,
    size: int = PAGE_SIZE,
) -> AuditPage:
    """One page of the log, newest first, below ``after_id`` (the previous page's end)."""
    require_audit_reader(session, user)
    stmt = _filtered(audit_filter)
    if after_id is not None:
        stmt = stmt.where(AuditLog.id < after_id)
    rows = list(session.scalars(stmt.order_by(AuditLog.id.desc()).limit(size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    names = _Names(session, rows)
    entries = [_entry(row, names) for row in rows]
    return AuditPage(entries, rows[-1].id if more and rows else None)


def iter_entries(
    session: Session, user: User, audit_filter: AuditFilter, limit: int = EXPORT_LIMIT
) -> Iterator[AuditEntry]:
    """Every entry the filter selects, newest first, a page at a time (for the export)."""
    after: int | None = None
    given = 0
    while given < limit:
        page = audit_page(session, user, audit_filter, after, min(5000, limit - given))
        yield from page.entries
        given += len(page.entries)
        if page.next_after_id is None:
            return
        after = page.next_after_id


def record_export(
    session: Session, user: User, audit_filter: AuditFilter, file_name: str, rows: int
) -> None:
    """Exporting the log is itself an audited event: who, when, which filter, how many."""
    require_audit_reader(session, user)
    record_event(
        session,
        EXPORT_SUBJECT,
        {"file": file_name, "rows": rows, "filter": audit_filter.described(), "result": "ok"},
    )


def export_audit_log(
    workspace: Workspace,
    audit_filter: AuditFilter,
    render: Callable[[Iterable[AuditEntry]], int],
    file_name: str,
) -> int:
    """Hand the selected entries to ``render`` (an exporter in ``exports``, which writes
    them and returns how many it wrote), then record the export in the audit chain.

    The entries are read in one read-only session, a page at a time; the export's own
    audit row is written after the file, so that it states how many rows left.
    """
    user = workspace.user
    if user is None:
        raise PermissionDenied(_t("Please sign in first."))
    workspace.read(require_audit_reader, user)  # refused before any file is begun
    rows = workspace.read(lambda session: render(iter_entries(session, user, audit_filter)))
    workspace.run(record_export, user, audit_filter, file_name, rows)
    return rows


# --- the users' words --------------------------------------------------------------------
class _Names:
    """Units and people named on one page, looked up in one query each."""

    def __init__(self, session: Session, rows: list[AuditLog]) -> None:
        units: set[int] = set()
        people: set[int] = set()
        for row in rows:
            for data in (_load(row.before), _load(row.after)):
                for key, value in data.items():
                    if isinstance(value, int) and not isinstance(value, bool):
                        if key in _UNIT_FIELDS:
                            units.add(value)
                        elif key == "person_id":
                            people.add(value)
        self.units: dict[int, str] = {}
        self.people: dict[int, str] = {}
        if units:
            self.units = {
                r.id: r.name
                for r in session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(units)))
            }
        if people:
            self.people = {
                r.id: r.name
                for r in session.execute(
                    select(Person.id, Person.name).where(Person.id.in_(people))
                )
            }


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:  # a row edited outside the application: shown, not trusted
        return {"?": text}
    return data if isinstance(data, dict) else {"value": data}


@cache
def _enum_of(table: str, column: str) -> type[Enum] | None:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table and column in mapper.columns:
            enum_class = getattr(mapper.columns[column].type, "enum_class", None)
            return enum_class if isinstance(enum_class, type) else None
    return None


def _shown(table: str, key: str, value: Any, names: _Names) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _t("Yes") if value else _t("No")
    if key in _UNIT_FIELDS and isinstance(value, int):
        return names.units.get(value, f"#{value}")
    if key == "person_id" and isinstance(value, int):
        return names.people.get(value, f"#{value}")
    if key == "duties" and isinstance(value, str):
        from glossary import parse_duties

        return "、".join(label(d) for d in sorted(parse_duties(value)))
    enum_class = _enum_of(table, key)
    if enum_class is not None:
        try:
            return label(enum_class(value))
        except ValueError:
            return str(value)
    if key == "result" and str(value) in _RESULTS:
        return _t(_RESULTS[str(value)])
    if key == "state" and str(value) in _SEAL_STATES:
        return _t(_SEAL_STATES[str(value)])
    if key == "sealed_at" and str(value) in _SEALED_AT:
        return _t(_SEALED_AT[str(value)])
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def field_label(key: str, table: str = "") -> str:
    if key == "name" and table == "person":
        return _t("Full name")  # a person's name (姓名), not a unit's (名称)
    text = _FIELDS.get(key)
    if text is not None:
        return _t(text)
    if key.endswith("_ids") and key[:-4] in _TABLES:  # memberships: inspected units …
        return _t(_TABLES[key[:-4]])
    return key


def _entry(row: AuditLog, names: _Names) -> AuditEntry:
    audited = row.table_name in _audited_tables()
    before, after = _load(row.before), _load(row.after)
    keys = [k for k in sorted(set(before) | set(after)) if k not in _HIDDEN]
    changes = [
        FieldChange(
            k,
            field_label(k, row.table_name),
            _shown(row.table_name, k, before.get(k), names),
            _shown(row.table_name, k, after.get(k), names),
        )
        for k in keys
        if not audited or before.get(k) != after.get(k) or row.action != AuditAction.UPDATE
    ]
    if audited:
        action = row.action
        action_label = next(c.text for c in action_choices() if c.value == row.action)
        table_text = _t(_TABLES[row.table_name]) if row.table_name in _TABLES else row.table_name
        object_label = f"{table_text} {row.row_id}" if row.row_id is not None else table_text
        key = after.get("key") or before.get("key")
        if row.table_name == "setting" and isinstance(key, str):
            object_label = _t(_SETTINGS[key]) if key in _SETTINGS else f"{table_text} {key}"
        result = _t("Done")
    else:
        action, action_label = EVENT, _t("Event")
        object_label = _t(_EVENTS[row.table_name]) if row.table_name in _EVENTS else row.table_name
        outcome = after.get("result", after.get("state", "ok"))
        words = _RESULTS.get(str(outcome)) or _SEAL_STATES.get(str(outcome))
        result = _t(words) if words else str(outcome)
    return AuditEntry(
        id=row.id,
        at=row.at,
        username=row.username or "",
        action=action,
        action_label=action_label,
        table=row.table_name,
        object_label=object_label,
        row_id=row.row_id,
        result=result,
        changes=changes,
    )
