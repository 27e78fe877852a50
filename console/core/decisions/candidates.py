"""Candidate lists for commendation (评优评先) and rotation (轮岗), each with its reasons.

The rules (docs/decisions.md), with the bureau's criteria (settings.py):
- commendation: at least ``commend_excellent`` excellent months in the year, and at most
  ``commend_fails`` fails (default: 8, and no fail);
- rotation: at least ``rotate_weak`` months graded basic pass or fail in the year
  (default 2), or ``rotate_years`` full years or more in the same squad or town team by
  the reference day (default 3).
Only the people on strength on the reference day (31 December, or today while the year
runs) are listed. A month counts when finalised; a month not yet finalised counts at its
live grade only when the setting says so, and the list says which months counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.decisions.months import (
    CountedMonths,
    PersonGrades,
    counted_months,
    person_grades,
)
from console.core.decisions.settings import DecisionSettings, load_decision_settings
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.labels import label
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import on_strength_on
from console.core.user import User
from db.org import Person, PersonTransfer, Unit
from glossary import Category, Grade, UnitKind, YearMonth

_t = tr_context("decisions")

# Where "the same squad" is counted: the enforcement squads and town teams, not the
# bureau's departments (科室), whose people are not rotated between posts by this rule.
ROTATED_KINDS = (UnitKind.SQUAD, UnitKind.TOWN_TEAM)


class CandidateKind(StrEnum):
    COMMENDATION = "commendation"
    ROTATION = "rotation"


@dataclass(frozen=True)
class Candidate:
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    months: int  # months counted for the person
    excellent: int
    fails: int
    weak: int  # months basic pass or fail
    in_unit_since: date | None  # in the present unit since (last transfer in, or hire)
    years_in_unit: int | None  # full years in it by the reference day
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class CandidateList:
    year: int
    kind: CandidateKind
    reference_day: date
    settings: DecisionSettings
    months: CountedMonths
    people: list[Candidate]

    def counting_note(self) -> str:
        """Which months the list counted, in one sentence for the list's header."""
        return counting_note(self.months, self.settings.count_live)


def counting_note(months: CountedMonths, count_live: bool) -> str:
    if not months.counted and not months.not_counted:
        return _t("No month of the year has begun.")
    parts = [
        _t("{n} finalised months counted").format(n=len(months.finalised))
        if months.finalised
        else _t("no month is finalised yet")
    ]
    if months.live:
        parts.append(
            _t(
                "{n} months not yet finalised counted at their provisional grades ({months})"
            ).format(n=len(months.live), months=_t(", ").join(str(m) for m in months.live))
        )
    if months.not_counted:
        parts.append(
            _t("{n} months not yet finalised not counted ({months})").format(
                n=len(months.not_counted),
                months=_t(", ").join(str(m) for m in months.not_counted),
            )
        )
    text = _t("; ").join(parts)
    return _t("Months: {parts}.").format(parts=text)


def full_years(since: date, day: date) -> int:
    """Whole years from ``since`` to ``day``: 2023-12-31 to 2026-12-31 is 3."""
    return day.year - since.year - ((day.month, day.day) < (since.month, since.day))


def _people(session: Session, user: User, day: date):  # type: ignore[no-untyped-def]
    """The people on strength on ``day`` the user may see, with the unit they were in on
    that day and since when: the last transfer on or before it (into that unit), else the
    hire date. A transfer after ``day`` does not count: a year already past is judged by
    the unit the person was in then, not the one they hold today."""
    stmt = (
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            Person.category,
            Person.hire_date,
        )
        .where(on_strength_on(day))
        .order_by(Person.staff_no)
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    people = session.execute(stmt).all()
    units = {
        uid: (name, kind)
        for uid, name, kind in session.execute(select(Unit.id, Unit.name, Unit.kind))
    }
    moves: dict[int, list[tuple[date, int, int]]] = {}
    for pid, on, from_unit, to_unit in session.execute(
        select(
            PersonTransfer.person_id,
            PersonTransfer.transfer_date,
            PersonTransfer.from_unit_id,
            PersonTransfer.to_unit_id,
        ).order_by(PersonTransfer.person_id, PersonTransfer.transfer_date, PersonTransfer.id)
    ):
        moves.setdefault(pid, []).append((on, from_unit, to_unit))
    rows = []
    for pid, staff_no, name, unit_id, category, hired in people:
        history = moves.get(pid, [])
        since: date | None
        before = [m for m in history if m[0] <= day]
        after = [m for m in history if m[0] > day]
        if before:
            since, unit_on_day = before[-1][0], before[-1][2]
        else:
            since = hired
            unit_on_day = after[0][1] if after else unit_id
        unit_name, unit_kind = units[unit_on_day]
        rows.append((pid, staff_no, name, unit_on_day, unit_name, unit_kind, category, since))
    return rows


def _weak_text(weak: dict[YearMonth, Grade]) -> str:
    return _t(", ").join(
        _t("{month} {grade}").format(month=m, grade=label(g)) for m, g in sorted(weak.items())
    )


def candidates(
    session: Session, user: User, year: int, kind: CandidateKind, today: date
) -> CandidateList:
    """The year's candidates of ``kind``, with the reasons each is listed."""
    require_user(user)
    if date(year, 1, 1) > today:
        raise ValidationError(
            [FieldError("year", _t("{year} has not begun yet.").format(year=year))]
        )
    s = load_decision_settings(session)
    day = min(today, date(year, 12, 31))
    months, versions = counted_months(
        session, [YearMonth(year, m) for m in range(1, 13)], today, s.count_live
    )
    grades = person_grades(session, months, versions)
    listed: list[Candidate] = []
    for pid, staff_no, name, unit_id, unit_name, unit_kind, category, since in _people(
        session, user, day
    ):
        g = grades.get(pid, PersonGrades())
        excellent, fails = g.counts[Grade.EXCELLENT], g.counts[Grade.FAIL]
        years = full_years(since, day) if since is not None and since <= day else None
        reasons: list[str] = []
        if kind is CandidateKind.COMMENDATION:
            if excellent >= s.commend_excellent and fails <= s.commend_fails:
                reasons.append(
                    _t("{excellent} excellent months of {months} counted, {fails} fails").format(
                        excellent=excellent, months=g.months, fails=fails
                    )
                    if fails
                    else _t("{excellent} excellent months of {months} counted, no fail").format(
                        excellent=excellent, months=g.months
                    )
                )
        else:
            if len(g.weak) >= s.rotate_weak:
                reasons.append(
                    _t("{n} months basic pass or fail: {months}").format(
                        n=len(g.weak), months=_weak_text(g.weak)
                    )
                )
            if (
                s.rotate_years
                and unit_kind in ROTATED_KINDS
                and years is not None
                and years >= s.rotate_years
            ):
                reasons.append(
                    _t("in {unit} since {since}: {years} full years by {day}").format(
                        unit=unit_name, since=since.isoformat(), years=years, day=day.isoformat()
                    )
                )
        if reasons:
            listed.append(
                Candidate(
                    pid,
                    staff_no,
                    name,
                    unit_id,
                    unit_name,
                    category,
                    g.months,
                    excellent,
                    fails,
                    len(g.weak),
                    since,
                    years,
                    tuple(reasons),
                )
            )
    if kind is CandidateKind.COMMENDATION:
        listed.sort(key=lambda c: (-c.excellent, c.fails, c.staff_no))
    else:
        listed.sort(key=lambda c: (-c.weak, -(c.years_in_unit or 0), c.staff_no))
    return CandidateList(year, kind, day, s, months, listed)
