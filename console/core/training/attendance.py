"""Attendance at a training session (签到): present, absent or excused per person, and the
hours credited.

A present person is credited the session's hours unless fewer are given (left early, came
late); never more than the session's hours. An absent or excused person is credited
nothing. Saving a sheet replaces the marks of the people on it (and removes those marked
"not on the sheet"); the session's absence deductions follow (see ``deductions``).
A squad leader records the attendance of their own people only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_user, require_write, visible_unit_ids
from console.core.policy import on_strength_on, was_on_strength
from console.core.training.claims import claim, require_sheet
from console.core.training.deductions import (
    DeductionSync,
    session_ref,
    sync_absence_deductions,
)
from console.core.training.sessions import get_session, takes_in
from console.core.training.types import AttendanceSheet, Mark, SheetRow
from db.org import Person, Unit
from db.training import Attendance, TrainingSession
from glossary import AttendanceStatus

# Kept importable from here, where callers have always found them.
__all__ = [
    "AttendanceResult",
    "AttendanceSheet",
    "Mark",
    "SheetRow",
    "attendance_sheet",
    "check_hours",
    "credited",
    "record_attendance",
    "session_ref",
    "sync_absence_deductions",
]

_t = tr_context("training")


@dataclass(frozen=True)
class AttendanceResult:
    marked: int
    removed: int
    deductions: DeductionSync | None


def attendance_sheet(session: Session, user: User, session_id: int) -> AttendanceSheet:
    """Everyone the user may record for who was on strength on the day, with their marks
    (someone already marked stays on the sheet); the intended audience is flagged so that
    the dialog can tick a unit's people. The session's detail carries its row_version, for
    ``record_attendance(..., seen_version=...)``."""
    require_user(user)
    detail = get_session(session, user, session_id)
    scope = visible_unit_ids(session, user)
    marks = {
        pid: (status, float(hours or 0))
        for pid, status, hours in session.execute(
            select(Attendance.person_id, Attendance.status, Attendance.hours).where(
                Attendance.session_id == session_id
            )
        )
    }
    q = (
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            Unit.name,
            Person.category,
        )
        .join(Unit, Unit.id == Person.unit_id)
        .where(on_strength_on(detail.session_date) | Person.id.in_(list(marks)))
        .order_by(Unit.sort_order, Unit.id, Person.staff_no)
    )
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    cats, units = detail.categories, detail.unit_ids
    rows = []
    for pid, staff_no, name, unit_id, unit_name, category in session.execute(q):
        status, hours = marks.get(pid, (None, 0.0))
        intended = takes_in(cats, units, category, unit_id)
        rows.append(
            SheetRow(pid, staff_no, name, unit_id, unit_name, category, intended, status, hours)
        )
    return AttendanceSheet(detail, tuple(rows))


def check_hours(status: AttendanceStatus, hours: float | None, session_hours: float) -> str | None:
    """Why these hours cannot be credited for this status (None if they can)."""
    if hours is None:
        return None
    if status != AttendanceStatus.PRESENT:
        return None if hours == 0 else _t("Only a person present is credited hours.")
    if hours < 0 or hours > session_hours + 1e-9:
        return _t("Hours credited are between 0 and the session's {hours}.").format(
            hours=f"{session_hours:g}"
        )
    if round(hours, 1) != round(hours, 6):
        return _t("Hours have at most one decimal.")
    return None


def credited(status: AttendanceStatus, hours: float | None, session_hours: float) -> float:
    if status != AttendanceStatus.PRESENT:
        return 0.0
    return session_hours if hours is None else round(hours, 1)


def record_attendance(
    session: Session,
    user: User,
    session_id: int,
    marks: Sequence[Mark],
    today: date,
    *,
    seen_version: int | None = None,
) -> AttendanceResult:
    """Save the marks of one session; every bad mark is reported.

    ``seen_version`` is the session's row_version when the sheet was loaded: if the
    session or its marks were saved since (on another desktop), nothing is written and
    Conflict says who. Writing marks moves the session's row_version on, so that two
    desktops entering the same session cannot silently overwrite each other's marks.
    """
    user = require_write(session, user)
    ts = session.get(TrainingSession, session_id)
    if ts is None:
        raise NotFound(_t("No such training session."))
    require_sheet(session, ts, seen_version, Attendance.session_id)
    errors: list[FieldError] = []
    if ts.session_date > today:
        errors.append(
            FieldError("date", _t("The session has not taken place yet: attendance comes after."))
        )
    ids = [m.person_id for m in marks]
    people = {
        p.id: p
        for p in session.execute(
            select(
                Person.id,
                Person.staff_no,
                Person.unit_id,
                Person.status,
                Person.hire_date,
                Person.left_date,
            ).where(Person.id.in_(ids))
        )
    }
    scope = visible_unit_ids(session, user)
    hours = float(ts.hours)
    existing = {
        a.person_id: a
        for a in session.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.person_id.in_(ids)
            )
        )
    }
    seen: set[int] = set()
    for m in marks:
        p = people.get(m.person_id)
        if p is None:
            errors.append(FieldError("person", _t("Some of the chosen people do not exist.")))
            continue
        if scope is not None and p.unit_id not in scope:
            raise PermissionDenied(_t("A squad leader may only act on their own unit."))
        if m.person_id in seen:
            errors.append(FieldError("person", _t("{no} is marked twice.").format(no=p.staff_no)))
        seen.add(m.person_id)
        if m.status is None:
            continue
        day = ts.session_date
        # The shared rule (console.core.policy): not active with no leaving date is gone.
        # A mark already recorded stays correctable, whoever it is for.
        on_strength = was_on_strength(p.hire_date, p.status, p.left_date, day)
        if not on_strength and m.person_id not in existing:
            errors.append(
                FieldError(
                    "person",
                    _t("{no} was not on strength on {date}.").format(
                        no=p.staff_no, date=day.isoformat()
                    ),
                )
            )
        problem = check_hours(m.status, m.hours, hours)
        if problem:
            errors.append(FieldError("hours", f"{p.staff_no}: {problem}"))
    if errors:
        raise ValidationError(errors)
    changes: list[tuple[Mark, Attendance | None, float]] = []
    removed = 0
    for m in marks:
        row = existing.get(m.person_id)
        if m.status is None:
            if row is not None:
                changes.append((m, row, 0.0))
                removed += 1
            continue
        value = credited(m.status, m.hours, hours)
        if row is None or row.status != m.status or float(row.hours or 0) != value:
            changes.append((m, row, value))
    if changes:
        # Claim the session first: a desktop saving the same session's marks at the
        # same moment waits here and is then refused, before any mark of either is mixed
        # with the other's.
        claim(session, ts)
    for m, row, value in changes:
        if m.status is None:
            session.delete(row)
        elif row is None:
            session.add(
                Attendance(
                    session_id=session_id, person_id=m.person_id, status=m.status, hours=value
                )
            )
        else:
            row.status, row.hours = m.status, value
    marked = len(changes) - removed
    session.flush()
    sync = sync_absence_deductions(session, user, ts)
    return AttendanceResult(marked, removed, sync)
