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

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_user, require_write, visible_unit_ids
from console.core.training.deductions import ABSENCE_RULE, DeductionSync, sync_deductions
from console.core.training.requirements import load_training_settings
from console.core.training.sessions import SessionDetail, get_session
from db.org import Person, Unit
from db.training import Attendance, TrainingSession
from glossary import AttendanceStatus, Category, PersonStatus

_t = tr_context("training")


@dataclass(frozen=True)
class SheetRow:
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    intended: bool  # in the session's intended audience
    status: AttendanceStatus | None  # None: not marked
    hours: float


@dataclass(frozen=True)
class AttendanceSheet:
    session: SessionDetail
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class Mark:
    person_id: int
    status: AttendanceStatus | None  # None: take the person off the sheet
    hours: float | None = None  # present: None means the session's hours


@dataclass(frozen=True)
class AttendanceResult:
    marked: int
    removed: int
    deductions: DeductionSync | None


def session_ref(session_id: int) -> str:
    return f"training-{session_id}"


def on_strength(day: date) -> object:
    """People on the roll on ``day``: hired by then, and not gone before it."""
    return (Person.hire_date.is_(None) | (Person.hire_date <= day)) & or_(
        Person.status == PersonStatus.ACTIVE,
        Person.left_date.is_(None) | (Person.left_date >= day),
    )


def attendance_sheet(session: Session, user: User, session_id: int) -> AttendanceSheet:
    """Everyone the user may record for who was on strength on the day, with their marks;
    the intended audience is flagged so that the dialog can tick a unit's people."""
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
        .where(on_strength(detail.session_date) | Person.id.in_(list(marks)))  # type: ignore[operator]
        .order_by(Unit.sort_order, Unit.id, Person.staff_no)
    )
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    cats, units = detail.categories, detail.unit_ids
    rows = []
    for pid, staff_no, name, unit_id, unit_name, category in session.execute(q):
        status, hours = marks.get(pid, (None, 0.0))
        intended = (not cats or category in cats) and (not units or unit_id in units)
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
    session: Session, user: User, session_id: int, marks: Sequence[Mark], today: date
) -> AttendanceResult:
    """Save the marks of one session in one transaction; every bad mark is reported."""
    user = require_write(session, user)
    ts = session.get(TrainingSession, session_id)
    if ts is None:
        raise NotFound(_t("No such training session."))
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
        hired_later = p.hire_date is not None and p.hire_date > day
        gone = p.status != PersonStatus.ACTIVE and p.left_date is not None and p.left_date < day
        if (hired_later or gone) and m.person_id not in existing:
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
    session.info["actor"] = user.actor
    marked = removed = 0
    try:
        for m in marks:
            row = existing.get(m.person_id)
            if m.status is None:
                if row is not None:
                    session.delete(row)
                    removed += 1
                continue
            value = credited(m.status, m.hours, hours)
            if row is None:
                session.add(
                    Attendance(
                        session_id=session_id, person_id=m.person_id, status=m.status, hours=value
                    )
                )
                marked += 1
            elif row.status != m.status or float(row.hours or 0) != value:
                row.status, row.hours = m.status, value
                marked += 1
        session.flush()
        sync = sync_absence_deductions(session, user, ts)
        session.flush()
    except BaseException:
        session.rollback()
        raise
    return AttendanceResult(marked, removed, sync)


def sync_absence_deductions(
    session: Session, user: User, ts: TrainingSession
) -> DeductionSync | None:
    """Book PX03 for each unexcused absence of the session, per the bureau's setting."""
    if not load_training_settings(session).deduct_absence:
        return None
    absent = session.scalars(
        select(Attendance.person_id).where(
            Attendance.session_id == ts.id, Attendance.status == AttendanceStatus.ABSENT
        )
    ).all()
    return sync_deductions(
        session,
        user,
        code=ABSENCE_RULE,
        ref=session_ref(ts.id),
        day=ts.session_date,
        person_ids=absent,
        note=ts.title,
    )
