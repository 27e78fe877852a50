"""Squad ranking (中队排名): the mean of the members' totals plus squad-level entries."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.scoring.results import TWO_PLACES, MonthRanking
from db.org import Unit
from db.scoring import PointEvent
from glossary import EventStatus, UnitKind

# Front-line units are ranked against each other; departments (科室) are not.
RANKED_KINDS = (UnitKind.SQUAD, UnitKind.TOWN_TEAM)


@dataclass(frozen=True)
class SquadResult:
    unit_id: int
    unit_name: str
    members: int
    member_average: Decimal
    unit_points: Decimal  # approved squad-level entries (red flags, notices …)
    score: Decimal
    rank: int


def rank_squads(session: Session, ranking: MonthRanking) -> list[SquadResult]:
    month = ranking.month
    units = dict(
        session.execute(select(Unit.id, Unit.name).where(Unit.kind.in_(RANKED_KINDS))).all()
    )
    unit_points = dict(
        session.execute(
            select(PointEvent.unit_id, func.sum(PointEvent.points))
            .where(
                PointEvent.person_id.is_(None),
                PointEvent.unit_id.is_not(None),
                PointEvent.status == EventStatus.APPROVED,
                PointEvent.event_date >= month.first_day,
                PointEvent.event_date <= month.last_day,
            )
            .group_by(PointEvent.unit_id)
        ).all()
    )
    totals: dict[int, list[Decimal]] = {}
    for p in ranking.people:
        if p.unit_id in units:
            totals.setdefault(p.unit_id, []).append(p.total)
    rows = []
    for unit_id, member_totals in totals.items():
        average = (sum(member_totals, Decimal(0)) / len(member_totals)).quantize(TWO_PLACES)
        extra = Decimal(str(unit_points.get(unit_id) or 0)).quantize(TWO_PLACES)
        rows.append((unit_id, len(member_totals), average, extra, average + extra))
    rows.sort(key=lambda r: -r[4])
    result: list[SquadResult] = []
    for i, (unit_id, n, average, extra, score) in enumerate(rows):
        rank = result[-1].rank if result and result[-1].score == score else i + 1
        result.append(SquadResult(unit_id, units[unit_id], n, average, extra, score, rank))
    return result
