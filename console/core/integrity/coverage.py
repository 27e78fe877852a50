"""Inspection coverage (督察全覆盖): the share of units inspected at least once in a
period, with the units not yet inspected named. docs/inspection-coverage.md states it with a worked
example.

- A unit is *inspected* in the period when an inspection dated in it (first and last day
  included) names the unit — as the inspection's units, the same units that "units
  visited" counts in the period's figures.
- The units that must be covered are the *active* units in the user's scope, the bureau
  itself (kind bureau) excepted: it is the whole, not a unit one inspects. Inactive
  units are left out of both counts — a unit has no closing date, so one closed since
  drops out of past periods too, rather than standing uninspected for ever.
- Coverage = units inspected ÷ units to cover (None when there are none).

One grouped query, whatever the number of inspections.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.i18n import N_, tr_context
from console.core.integrity.period import check_period
from console.core.permissions import require_user, visible_unit_ids
from db.integrity import Inspection, inspection_unit
from db.org import Unit
from glossary import UnitKind, YearMonth

_t = tr_context("integrity_coverage")


class Span(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_SPAN_LABELS = {Span.MONTH: N_("Month"), Span.QUARTER: N_("Quarter"), Span.YEAR: N_("Year")}


def span_label(span: Span) -> str:
    return _t(_SPAN_LABELS[span])


def span_dates(span: Span, month: YearMonth) -> tuple[date, date]:
    """The month, its quarter, or its year: first and last day."""
    if span == Span.MONTH:
        return month.first_day, month.last_day
    if span == Span.QUARTER:
        first = YearMonth(month.year, 3 * ((month.month - 1) // 3) + 1)
        return first.first_day, first.shift(2).last_day
    return date(month.year, 1, 1), date(month.year, 12, 31)


@dataclass(frozen=True)
class UnitCoverage:
    unit_id: int
    unit_name: str
    kind: UnitKind
    inspections: int  # held in the period naming the unit
    last_inspected: date | None  # in the period

    @property
    def inspected(self) -> bool:
        return self.inspections > 0


@dataclass(frozen=True)
class InspectionCoverage:
    date_from: date
    date_to: date
    units: tuple[UnitCoverage, ...]  # every unit to cover, in the bureau's order

    @property
    def total(self) -> int:
        return len(self.units)

    @property
    def covered(self) -> int:
        return sum(1 for u in self.units if u.inspected)

    @property
    def share(self) -> float | None:
        return self.covered / self.total if self.total else None

    @property
    def uninspected(self) -> tuple[UnitCoverage, ...]:
        return tuple(u for u in self.units if not u.inspected)


def inspection_coverage(
    session: Session, user: User, date_from: date, date_to: date
) -> InspectionCoverage:
    """Each unit to cover in the user's scope, with its inspections in the period."""
    require_user(user)
    check_period(date_from, date_to)
    scope = visible_unit_ids(session, user)
    held = (
        select(
            inspection_unit.c.unit_id.label("unit_id"),
            func.count(Inspection.id).label("n"),
            func.max(Inspection.inspection_date).label("last"),
        )
        .join(Inspection, Inspection.id == inspection_unit.c.inspection_id)
        .where(and_(Inspection.inspection_date >= date_from, Inspection.inspection_date <= date_to))
        .group_by(inspection_unit.c.unit_id)
        .subquery()
    )
    q = (
        select(Unit.id, Unit.name, Unit.kind, held.c.n, held.c.last)
        .outerjoin(held, held.c.unit_id == Unit.id)
        .where(Unit.active.is_(True), Unit.kind != UnitKind.BUREAU)
        .order_by(Unit.sort_order, Unit.id)
    )
    if scope is not None:
        q = q.where(Unit.id.in_(scope))
    units = tuple(
        UnitCoverage(uid, name, kind, int(n or 0), last)
        for uid, name, kind, n, last in session.execute(q)
    )
    return InspectionCoverage(date_from, date_to, units)
