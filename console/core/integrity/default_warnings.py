"""The early-warning rules Ducha ships with. Each is one grouped query (two for the
monthly score): the database counts, and only the people flagged come back.

Each rule has one threshold with a value per level (预警 / 严重预警): the count of
complaints, findings or grave findings, the score line, the days past a deadline, the
days a pledge is late. The rules know nothing of levels: they are run once with the
warning values and once with the critical ones (``warnings.fire_warnings``)."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from console.core.i18n import N_, tr_context
from console.core.integrity.warning_rules import Hit, ParamSpec, Summary, register_rule
from console.core.policy import OWED_FINDING
from db.integrity import Complaint, Finding, Pledge
from db.org import Person
from glossary import (
    ComplaintKind,
    ComplaintOutcome,
    FindingStatus,
    PersonStatus,
    Severity,
    YearMonth,
)

_t = tr_context("warnings")

COMPLAINTS = "verified_complaints"
FINDINGS = "repeated_findings"
GRAVE = "grave_finding"
LOW_SCORE = "low_score"
OVERDUE = "finding_overdue"
NO_PLEDGE = "no_pledge"


def _flagged(
    session: Session,
    id_col: InstrumentedAttribute[int],
    person_col: InstrumentedAttribute[int | None],
    condition: ColumnElement[bool],
    at_least: int = 1,
) -> dict[int, list[int]]:
    """Person → ids of the rows meeting ``condition``, for the people with at least
    ``at_least`` of them: counted by the database, only the flagged rows fetched."""
    counted = and_(condition, person_col.is_not(None))
    people = (
        select(person_col)
        .where(counted)
        .group_by(person_col)
        .having(func.count(id_col) >= at_least)
    )
    rows = session.execute(
        select(person_col, id_col)
        .where(counted, person_col.in_(people))
        .order_by(person_col, id_col)
    ).all()
    found: dict[int, list[int]] = {}
    for person_id, row_id in rows:
        assert person_id is not None  # excluded by the query
        found.setdefault(person_id, []).append(row_id)
    return found


def _summary(text: str, **args: Any) -> Summary:
    return Summary(text, args, "warnings")


def _since(as_of: date, days: int) -> date:
    """First day of the window of ``days`` days that ends on ``as_of``."""
    return as_of - timedelta(days=max(1, int(days)) - 1)


def verified_complaints(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    days, at_least = int(params["days"]), int(params["count"])
    found = _flagged(
        session,
        Complaint.id,
        Complaint.person_id,
        and_(
            Complaint.kind == ComplaintKind.COMPLAINT,
            Complaint.outcome == ComplaintOutcome.VERIFIED,
            Complaint.received_date >= _since(as_of, days),
            Complaint.received_date <= as_of,
        ),
        at_least,
    )
    return [
        Hit(
            pid,
            {"complaint": ids},
            _summary(
                N_("{n} founded complaints received in the {days} days to {date}"),
                n=len(ids),
                days=days,
                date=as_of.isoformat(),
            ),
        )
        for pid, ids in found.items()
    ]


def repeated_findings(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    days, at_least = int(params["days"]), int(params["count"])
    found = _flagged(
        session,
        Finding.id,
        Finding.person_id,
        and_(
            Finding.status != FindingStatus.VOID,
            Finding.found_date >= _since(as_of, days),
            Finding.found_date <= as_of,
        ),
        at_least,
    )
    return [
        Hit(
            pid,
            {"finding": ids},
            _summary(
                N_("{n} inspection findings in the {days} days to {date}"),
                n=len(ids),
                days=days,
                date=as_of.isoformat(),
            ),
        )
        for pid, ids in found.items()
    ]


def grave_finding(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    days, at_least = int(params["days"]), int(params.get("count", 1))
    found = _flagged(
        session,
        Finding.id,
        Finding.person_id,
        and_(
            Finding.severity == Severity.GRAVE,
            Finding.status != FindingStatus.VOID,
            Finding.found_date >= _since(as_of, days),
            Finding.found_date <= as_of,
        ),
        at_least,
    )
    return [
        Hit(
            pid,
            {"finding": ids},
            _summary(
                N_("{n} grave findings in the {days} days to {date}"),
                n=len(ids),
                days=days,
                date=as_of.isoformat(),
            ),
        )
        for pid, ids in found.items()
    ]


def finding_overdue(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    grace = int(params["grace_days"])
    found = _flagged(
        session,
        Finding.id,
        Finding.person_id,
        and_(
            Finding.status.in_(OWED_FINDING),
            Finding.deadline.is_not(None),
            Finding.deadline < as_of - timedelta(days=grace),
        ),
    )
    return [
        Hit(
            pid,
            {"finding": ids},
            _summary(
                N_("{n} findings past their rectification deadline on {date}"),
                n=len(ids),
                date=as_of.isoformat(),
            ),
        )
        for pid, ids in found.items()
    ]


def low_score(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    """The last ``months`` complete months before ``as_of``, each below the line."""
    # Imported here: scoring imports nothing of integrity, and the rule is one of many.
    from console.core.scoring.ranking import previous_totals

    line = Decimal(str(params["threshold"]))
    months = max(1, int(params["months"]))
    current = YearMonth.of(as_of)
    checked = [current.shift(-i) for i in range(months, 0, -1)]
    low: dict[int, list[Decimal]] | None = None
    for month in checked:
        # A month's totals: its snapshot when finalised, else one grouped query.
        below = {pid: t for pid, t in previous_totals(session, month).items() if t < line}
        if low is None:
            low = {pid: [t] for pid, t in below.items()}
        else:
            low = {pid: [*ts, below[pid]] for pid, ts in low.items() if pid in below}
        if not low:
            return []
    assert low is not None
    evidence = [m.to_int() for m in checked]
    return [
        Hit(
            pid,
            {"month": evidence},
            _summary(
                N_("Monthly score below {line} in {months}: {totals}"),
                line=str(line),
                months=[str(m) for m in checked],
                totals=[f"{t:.2f}" for t in totals],
            ),
        )
        for pid, totals in low.items()
    ]


def no_pledge(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    """After the deadline, everyone active (and on strength by then) without a pledge
    for the year. The evidence is the year: a person is warned once a year."""
    month = int(params["month"])
    day = min(int(params["day"]), calendar.monthrange(as_of.year, month)[1])
    deadline = date(as_of.year, month, day)
    # At the critical level: still unsigned ``late_days`` after the deadline.
    if as_of <= deadline + timedelta(days=int(params.get("late_days", 0))):
        return []
    pledged = select(Pledge.person_id).where(Pledge.year == as_of.year, Pledge.signed_date <= as_of)
    people = session.scalars(
        select(Person.id)
        .where(
            Person.status == PersonStatus.ACTIVE,
            or_(Person.hire_date.is_(None), Person.hire_date <= deadline),
            Person.id.not_in(pledged),
        )
        .order_by(Person.id)
    ).all()
    text = _summary(
        N_("No integrity pledge signed for {year} by {date}"),
        year=as_of.year,
        date=deadline.isoformat(),
    )
    return [Hit(pid, {"pledge_year": [as_of.year]}, text) for pid in people]


register_rule(
    COMPLAINTS,
    N_("Founded complaints"),
    verified_complaints,
    params=(
        ParamSpec("count", N_("At least (complaints)"), 2, 1, 50, critical=3),
        ParamSpec("days", N_("Within (days)"), 90, 1, 3660),
    ),
    description=N_("Complaints found to be true against the same person within a period."),
    order=10,
)
register_rule(
    FINDINGS,
    N_("Repeated findings"),
    repeated_findings,
    params=(
        ParamSpec("count", N_("At least (findings)"), 3, 1, 100, critical=5),
        ParamSpec("days", N_("Within (days)"), 180, 1, 3660),
    ),
    description=N_("Inspection findings against the same person within a period."),
    order=20,
)
register_rule(
    GRAVE,
    N_("Grave finding"),
    grave_finding,
    params=(
        ParamSpec("count", N_("At least (grave findings)"), 1, 1, 20, critical=2),
        ParamSpec("days", N_("Found within (days)"), 365, 1, 3660),
    ),
    description=N_("Grave findings against a person within a period."),
    order=30,
)
register_rule(
    LOW_SCORE,
    N_("Low monthly score"),
    low_score,
    params=(
        ParamSpec(
            "threshold", N_("Score below"), 95, 0, 1000, decimals=1, critical=90, stricter=-1
        ),
        ParamSpec("months", N_("Months running"), 2, 1, 12),
    ),
    description=N_("The monthly score below a line in consecutive complete months."),
    order=40,
)
register_rule(
    OVERDUE,
    N_("Rectification overdue"),
    finding_overdue,
    params=(ParamSpec("grace_days", N_("Days past the deadline"), 0, 0, 365, critical=30),),
    description=N_("A finding against the person not rectified by its deadline."),
    order=50,
)
register_rule(
    NO_PLEDGE,
    N_("No integrity pledge"),
    no_pledge,
    params=(
        ParamSpec("month", N_("Deadline month"), 3, 1, 12),
        ParamSpec("day", N_("Deadline day"), 31, 1, 31),
        ParamSpec("late_days", N_("Still unsigned (days after)"), 0, 0, 365, critical=30),
    ),
    description=N_("No pledge signed for the year by the deadline."),
    order=60,
)
