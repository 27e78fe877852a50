"""Training sessions (培训): the year's list with attendance counts, creating and editing
them, and the year's headline figures.

Sessions are bureau-wide, so everyone sees all of them; a squad leader's attendance
counts and hours cover only the people of their own units. Sessions are arranged by
supervisors and administrators; the intended audience (everyone, some person categories,
some units) is kept with the session for the attendance sheet to start from.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import current, require_user, visible_unit_ids
from console.core.policy import on_strength_during
from console.core.scoring.rules import parse_decimal
from console.core.training.deductions import sync_absence_deductions
from console.core.training.types import SessionDetail, SessionRow
from db.org import Person, Unit
from db.training import Attendance, TrainingSession
from glossary import AttendanceStatus, Category, Role, TrainingCategory

_t = tr_context("training")


def _count_status(status: AttendanceStatus) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((Attendance.status == status, 1), else_=0)), 0)


def list_sessions(session: Session, user: User, year: int) -> list[SessionRow]:
    """Every session of the year, oldest first, with present / absent / excused counts.

    A squad leader sees the sessions their people attended or were called to: those with
    marks of their people, and those whose intended audience takes in their units (a new
    session has no marks yet, and it is the leader who ticks them). Their counts cover
    their own people only.
    """
    require_user(user)
    counts = select(
        Attendance.session_id.label("session_id"),
        _count_status(AttendanceStatus.PRESENT).label("present"),
        _count_status(AttendanceStatus.ABSENT).label("absent"),
        _count_status(AttendanceStatus.EXCUSED).label("excused"),
    ).group_by(Attendance.session_id)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        counts = counts.join(Person, Person.id == Attendance.person_id).where(
            Person.unit_id.in_(scope)
        )
    sub = counts.subquery()
    stmt = (
        select(
            TrainingSession.id,
            TrainingSession.session_date,
            TrainingSession.title,
            TrainingSession.category,
            TrainingSession.hours,
            TrainingSession.organiser,
            TrainingSession.place,
            sub.c.present,
            sub.c.absent,
            sub.c.excused,
            TrainingSession.row_version,
            TrainingSession.audience,
            sub.c.session_id,
        )
        .outerjoin(sub, sub.c.session_id == TrainingSession.id)
        .where(
            TrainingSession.session_date >= date(year, 1, 1),
            TrainingSession.session_date <= date(year, 12, 31),
        )
        .order_by(TrainingSession.session_date, TrainingSession.id)
    )
    rows = session.execute(stmt).all()
    if scope is not None:
        # The audience is stored as JSON (categories, units): matched here, on the few
        # sessions of one year, the same way on SQLite and PostgreSQL.
        categories = set(
            session.scalars(
                select(Person.category)
                .where(
                    Person.unit_id.in_(scope),
                    on_strength_during(date(year, 1, 1), date(year, 12, 31)),
                )
                .distinct()
            )
        )
        rows = [r for r in rows if r[12] is not None or _aimed_at(r[11], scope, categories)]
    return [
        SessionRow(
            id=r[0],
            session_date=r[1],
            title=r[2],
            category=r[3],
            hours=float(r[4] or 0),
            organiser=r[5] or "",
            place=r[6] or "",
            present=int(r[7] or 0),
            absent=int(r[8] or 0),
            excused=int(r[9] or 0),
            row_version=r[10],
        )
        for r in rows
    ]


def _aimed_at(
    audience: Mapping[str, Any] | None, scope: set[int], categories: set[Category]
) -> bool:
    """Does a session's intended audience take in some of these units' people?"""
    cats, units = audience_of(audience)
    return (not units or bool(scope.intersection(units))) and (
        not cats or bool(categories.intersection(cats))
    )


# --- creating and editing ------------------------------------------------------------

MAX_SESSION_HOURS = 200.0  # a residential course of several weeks, at most


@dataclass
class SessionInput:
    title: str
    category: TrainingCategory | None
    session_date: date | None
    hours: float | str | None
    organiser: str = ""
    place: str = ""
    # The intended audience; both empty means everyone.
    categories: Sequence[Category] = ()
    unit_ids: Sequence[int] = ()


def audience_of(value: Mapping[str, Any] | None) -> tuple[tuple[Category, ...], tuple[int, ...]]:
    """(person categories, unit ids) of a stored audience; empty tuples mean 'all'."""
    value = value or {}
    cats = []
    for c in value.get("categories") or []:
        with contextlib.suppress(ValueError):
            cats.append(Category(c))
    units = []
    for u in value.get("units") or []:
        with contextlib.suppress(TypeError, ValueError):
            units.append(int(u))
    return tuple(cats), tuple(units)


def takes_in(
    cats: Sequence[Category], units: Sequence[int], category: Category, unit_id: int
) -> bool:
    """Is a person of ``category`` in ``unit_id`` in a session's intended audience
    (``audience_of``; empty means everyone)? The attendance sheet flags them, and the
    year-end projection offers them the session."""
    return (not cats or category in cats) and (not units or unit_id in units)


def require_organiser(session: Session, user: User | None) -> User:
    """Sessions and exams are arranged by supervisors and administrators."""
    user = current(session, user)
    if user.role not in (Role.ADMIN, Role.SUPERVISOR):
        raise PermissionDenied(_t("Training sessions and exams are arranged by supervisors."))
    return user


def parse_hours(value: object) -> float | None:
    """Hours with at most one decimal (4, 2.5); None if unreadable."""
    try:  # not Decimal(): it takes 1_000, other scripts' digits, and overflows 1e308
        number = parse_decimal(value)  # type: ignore[arg-type]
    except ValueError:
        return None
    if number is None or number != number.quantize(Decimal("0.1")):
        return None
    return float(number)


def get_session(session: Session, user: User, session_id: int) -> SessionDetail:
    require_user(user)
    row = session.get(TrainingSession, session_id)
    if row is None:
        raise NotFound(_t("No such training session."))
    count = session.scalar(
        select(func.count(Attendance.id)).where(Attendance.session_id == session_id)
    )
    cats, units = audience_of(row.audience)
    return SessionDetail(
        row.id,
        row.title,
        row.category,
        row.session_date,
        float(row.hours),
        row.organiser or "",
        row.place or "",
        cats,
        units,
        int(count or 0),
        row.row_version,
    )


def validate_session(
    session: Session, data: SessionInput, session_id: int | None
) -> tuple[list[FieldError], float]:
    errors = []
    title = (data.title or "").strip()
    if not title:
        errors.append(FieldError("title", _t("Give the title.")))
    elif len(title) > 120:
        errors.append(FieldError("title", _t("The title is at most 120 characters.")))
    if data.category is None:
        errors.append(FieldError("category", _t("Choose the category.")))
    if data.session_date is None:
        errors.append(FieldError("date", _t("Give the date.")))
    hours = parse_hours(data.hours)
    if hours is None or not 0 < hours <= MAX_SESSION_HOURS:
        errors.append(
            FieldError(
                "hours",
                _t("The hours are a number above 0 and at most {max}, with one decimal.").format(
                    max=int(MAX_SESSION_HOURS)
                ),
            )
        )
        hours = 0.0
    elif session_id is not None:
        over = session.scalar(
            select(func.count(Attendance.id)).where(
                Attendance.session_id == session_id, Attendance.hours > hours
            )
        )
        if over:
            errors.append(
                FieldError(
                    "hours",
                    _t(
                        "{n} people were credited more than {hours} hours: correct their "
                        "attendance first."
                    ).format(n=over, hours=f"{hours:g}"),
                )
            )
    for key, text, limit in (("organiser", data.organiser, 80), ("place", data.place, 80)):
        if len((text or "").strip()) > limit:
            errors.append(FieldError(key, _t("At most {n} characters.").format(n=limit)))
    if data.unit_ids:
        known = set(session.scalars(select(Unit.id).where(Unit.id.in_(list(data.unit_ids)))))
        if known != set(data.unit_ids):
            errors.append(FieldError("audience", _t("Some of the chosen units do not exist.")))
    return errors, hours


def save_session(
    session: Session,
    user: User,
    data: SessionInput,
    session_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> SessionDetail:
    """Create a session, or edit one (``session_id``) as the user saw it (``seen_version``,
    the row_version in the form): refused with Conflict if changed since."""
    user = require_organiser(session, user)
    row = None
    if session_id is not None:
        row = session.get(TrainingSession, session_id)
        if row is None:
            raise NotFound(_t("No such training session."))
        require_seen(session, row, seen_version)
    errors, hours = validate_session(session, data, session_id)
    if errors:
        raise ValidationError(errors)
    assert data.category is not None and data.session_date is not None
    values = {
        "title": data.title.strip(),
        "category": data.category,
        "session_date": data.session_date,
        "hours": hours,
        "organiser": (data.organiser or "").strip() or None,
        "place": (data.place or "").strip() or None,
        "audience": {
            "categories": [Category(c).value for c in data.categories],
            "units": [str(u) for u in sorted(set(data.unit_ids))],
        },
    }
    if row is None:
        row = TrainingSession(**values)
        session.add(row)
    else:
        moved = row.session_date != data.session_date
        for key, value in values.items():
            setattr(row, key, value)
        if moved:
            # Deductions booked for absences follow the session to its new date.
            session.flush()
            sync_absence_deductions(session, user, row)
    session.flush()
    return get_session(session, user, row.id)
