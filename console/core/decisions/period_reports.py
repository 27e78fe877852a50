"""What the quarterly publication (季度晾晒) and the yearly ranking (年度排名) print,
gathered and permission-checked here; exports/period_pdf.py lays them out.

Both rank people by their average monthly total over the period's months, exactly as
the Quarter / year view does (console.core.scoring.periods). The quarter adds each
month's stars and a table of units; the year adds the year's stars (yearly_stars.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from console.core.decisions.access import require_bureau_reader
from console.core.decisions.yearly_stars import YearStar, year_stars
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.scoring.periods import PeriodRanking, PeriodResult, period_ranking
from console.core.scoring.ranking import TWO_PLACES, shown_month
from console.core.user import User
from glossary import Grade, Star, YearMonth

_t = tr_context("decisions")


@dataclass(frozen=True)
class MonthStar:
    month: YearMonth
    star: Star
    staff_no: str
    name: str
    unit_name: str


@dataclass(frozen=True)
class UnitAverage:
    """A unit's people in the period: how many, the average of their averages, and
    their excellent and fail months."""

    unit_name: str
    people: int
    average: Decimal
    excellent: int
    fails: int


@dataclass(frozen=True)
class PeriodReport:
    ranking: PeriodRanking
    finalised: list[YearMonth]  # months read from their snapshots; the rest are live
    month_stars: list[MonthStar]
    units: list[UnitAverage]
    year_stars: list[YearStar]  # the yearly ranking only

    @property
    def provisional(self) -> bool:
        return len(self.finalised) < len(self.ranking.months)


def _units(people: list[PeriodResult]) -> list[UnitAverage]:
    groups: dict[str, list[PeriodResult]] = {}
    for p in people:
        groups.setdefault(p.unit_name, []).append(p)
    units = [
        UnitAverage(
            name,
            len(rows),
            (sum((r.average for r in rows), Decimal(0)) / len(rows)).quantize(TWO_PLACES),
            sum(r.grades.get(Grade.EXCELLENT, 0) for r in rows),
            sum(r.grades.get(Grade.FAIL, 0) for r in rows),
        )
        for name, rows in groups.items()
    ]
    units.sort(key=lambda u: (-u.average, u.unit_name))
    return units


def period_report(
    session: Session, user: User, year: int, quarter: int | None, today: date
) -> PeriodReport:
    """The quarter's publication (``quarter`` 1–4) or the year's ranking (None)."""
    require_bureau_reader(session, user)
    ranking = period_ranking(session, user, year, quarter, today)
    if not ranking.months:
        what = _t("Q{quarter} {year}").format(quarter=quarter, year=year) if quarter else str(year)
        raise ValidationError(
            [FieldError("period", _t("{period} has not begun yet.").format(period=what))]
        )
    finalised: list[YearMonth] = []
    stars: list[MonthStar] = []
    for month in ranking.months:
        shown = shown_month(session, month)
        if shown.finalised:
            finalised.append(month)
        for star in Star:
            stars.extend(
                MonthStar(month, star, p.staff_no, p.name, p.unit_name)
                for p in shown.people
                if star in p.stars
            )
    yearly: list[YearStar] = []
    if quarter is None:
        previous = period_ranking(session, user, year - 1, None, today)
        yearly = year_stars(session, ranking, previous)
    return PeriodReport(ranking, finalised, stars, _units(ranking.people), yearly)
