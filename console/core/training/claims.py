"""A sheet of marks (a session's attendance, an exam's scores) is saved as the user saw it.

The marks are rows of their own, so no single row says "this sheet changed". The parent
record's row_version does: saving marks moves it on (``claim``), and a sheet loaded
before that is refused with Conflict (``require_sheet``). The claim is an ORM UPDATE that
carries the version read, so on PostgreSQL a desktop saving the same sheet at the same
moment waits on that row and is then refused, before any of its marks is written.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from console.core.conflicts import Conflict, describe_change
from console.core.i18n import tr_context
from db.audit import AuditLog

# The wording of every other conflict (console.core.conflicts), and its translations.
_c = tr_context("conflicts")


def claim(session: Session, record: Any) -> None:
    """Move the sheet's version on, first of all its writes."""
    record.row_version = record.row_version + 1
    session.flush()


def require_sheet(
    session: Session,
    record: Any,
    seen_version: int | None,
    marks: InstrumentedAttribute[Any],
) -> None:
    """Refuse if ``record`` (its marks included) changed since the user loaded the sheet.

    ``marks`` is the marks' foreign key to the record (``Attendance.session_id``). The
    message names whoever saved last, from the audit log of the record and of its marks:
    a sheet's save shows in its marks, the record itself only moves its version.
    """
    if seen_version is None or record.row_version == seen_version:
        return
    raise _changed(session, record, marks)


def _changed(session: Session, record: Any, marks: InstrumentedAttribute[Any]) -> Conflict:
    table = record.__tablename__
    mark_table = marks.class_.__tablename__
    mark_ids = select(marks.class_.id).where(marks == record.id)
    latest = session.scalars(
        select(AuditLog)
        .where(
            or_(
                and_(
                    AuditLog.table_name == table,
                    AuditLog.row_id == record.id,
                    AuditLog.action != "insert",
                ),
                # A mark entered (inserted) counts here: it is how a sheet's save shows.
                and_(AuditLog.table_name == mark_table, AuditLog.row_id.in_(mark_ids)),
            )
        )
        .order_by(AuditLog.id.desc())
        .limit(1)
    ).first()
    if latest is None or latest.table_name == table:
        return describe_change(session, table, record.id)
    when = latest.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    return Conflict(
        _c("{who} changed this record at {when}.").format(
            who=latest.username or _c("someone"), when=when
        )
        + " "
        + _c("Nothing was saved: refresh to see the change, then try again.")
    )
