"""The indicators shown on more than one page, each defined once.

An indicator is a value with what it was counted from (numerator and denominator, so
that a tile can say "人均 63.6 学时 · 按 1,204 名在岗人员") and the ``Drill`` that lists
exactly the records behind it. The Overview, Integrity and Training pages all read their
shared figures through these functions, so the same label never shows two numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from console.core.integrity.coverage import InspectionCoverage, inspection_coverage
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import finding_open, finding_overdue
from console.core.training.progress import YearProgress, year_progress
from console.core.user import User
from db.integrity import Finding
from glossary import YearMonth

# Where a drill lands: the page, and on it the list of records.
INTEGRITY, PERFORMANCE, TRAINING, PEOPLE = "integrity", "performance", "training", "people"
FINDINGS, RANKING, PROGRESS = "findings", "ranking", "progress"
WARNINGS = "warnings"  # the open early warnings (Integrity page, Warnings tab)
COVERAGE = "coverage"  # the units to inspect, of a period (date_from … date_to)
# Which findings a drill into the findings list shows.
OPEN, OVERDUE, FOUND = "open", "overdue", "found"


@dataclass(frozen=True)
class Drill:
    """The records behind a figure: a page, a list on it, and the filter that selects
    the same records the figure counted. Plain values, so the core can state it and any
    page can apply it."""

    page: str
    view: str = ""
    findings: str | None = None  # OPEN, OVERDUE, or FOUND between the dates
    month: YearMonth | None = None
    unit_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic: str | None = None
    low: Decimal | None = None  # totals from low (inclusive) to high (exclusive)
    high: Decimal | None = None


@dataclass(frozen=True)
class Indicator:
    value: float | Decimal | None  # None when there is nothing to count from
    numerator: float | Decimal
    denominator: int  # the people or records the value is taken over (1 for a count)
    drill: Drill


def _count_findings(session: Session, user: User, condition: ColumnElement[bool]) -> int:
    stmt = select(func.count(Finding.id)).where(condition)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Finding.unit_id.in_(scope))
    return session.scalar(stmt) or 0


def open_findings(session: Session, user: User) -> Indicator:
    """未办结问题: neither verified nor void (``policy.finding_open``), whenever found."""
    require_user(user)
    n = _count_findings(session, user, finding_open())
    return Indicator(n, n, 1, Drill(INTEGRITY, FINDINGS, findings=OPEN))


def overdue_findings(session: Session, user: User, today: date) -> Indicator:
    """Findings whose rectification is owed and whose deadline passed before today."""
    require_user(user)
    n = _count_findings(session, user, finding_overdue(today))
    return Indicator(n, n, 1, Drill(INTEGRITY, FINDINGS, findings=OVERDUE))


def training_hours_of(progress: YearProgress) -> Indicator:
    """人均学时: the year's credited hours of everybody on strength in scope, over how
    many they are (every category: the Training page's progress lists them all)."""
    total = sum(p.total_hours for p in progress.people)
    n = len(progress.people)
    return Indicator(total / n if n else None, total, n, Drill(TRAINING, PROGRESS))


def training_hours(session: Session, user: User, year: int, as_of: date) -> Indicator:
    require_user(user)
    return training_hours_of(year_progress(session, user, year, as_of))


def inspection_coverage_of(coverage: InspectionCoverage) -> Indicator:
    """督察全覆盖率: the units inspected at least once in the period over the active
    units to cover in scope (the bureau itself not counted; ``integrity.coverage``). Its
    drill lists the units of the period, the uninspected ones first."""
    return Indicator(
        coverage.share,
        coverage.covered,
        coverage.total,
        Drill(INTEGRITY, COVERAGE, date_from=coverage.date_from, date_to=coverage.date_to),
    )


def inspection_coverage_indicator(
    session: Session, user: User, date_from: date, date_to: date
) -> Indicator:
    return inspection_coverage_of(inspection_coverage(session, user, date_from, date_to))


def ranking_drill(
    month: YearMonth,
    unit_id: int | None = None,
    low: Decimal | None = None,
    high: Decimal | None = None,
) -> Drill:
    """The month's ranking, of one unit or with totals in [low, high) if given: what a
    score point, a squad's bar or a bar of the distribution stands for."""
    return Drill(PERFORMANCE, RANKING, month=month, unit_id=unit_id, low=low, high=high)


def findings_found(
    date_from: date, date_to: date, unit_id: int | None = None, topic: str | None = None
) -> Drill:
    """The live findings found between the dates (of one unit, or one topic): a bar of
    the Integrity figures counts these (``integrity.period``: void findings are not)."""
    return Drill(
        INTEGRITY,
        FINDINGS,
        findings=FOUND,
        unit_id=unit_id,
        date_from=date_from,
        date_to=date_to,
        topic=topic,
    )
