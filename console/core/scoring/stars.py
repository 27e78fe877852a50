"""The month's stars (之星): casework, service and most-improved (奔跑之星)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from console.core.scoring.results import PersonResult
from console.core.scoring.settings import UNIT, ScoringSettings
from glossary import Star


def _winners(
    people: Iterable[PersonResult], value: Callable[[PersonResult], Decimal | None]
) -> set[int]:
    """Everyone who shares the highest positive value (a tie shares the star)."""
    best = Decimal(0)
    winners: set[int] = set()
    for p in people:
        v = value(p)
        if v is None or v <= 0:
            continue
        if v > best:
            best, winners = v, {p.person_id}
        elif v == best:
            winners.add(p.person_id)
    return winners


def award_stars(
    people: list[PersonResult], previous: dict[int, Decimal], s: ScoringSettings
) -> dict[int, tuple[Star, ...]]:
    """Person → stars. Stars go to people without a serious violation; per unit or
    bureau-wide.

    Most-improved compares with last month's total, so it needs a total there: someone
    who joined this month cannot be the month's most improved.
    """
    candidates = [p for p in people if not p.serious]
    groups: dict[int | None, list[PersonResult]] = {}
    for p in candidates:
        groups.setdefault(p.unit_id if s.star_scope == UNIT else None, []).append(p)
    stars: dict[int, list[Star]] = {}
    for group in groups.values():
        awards = {
            Star.CASEWORK: _winners(group, lambda p: p.casework),
            Star.SERVICE: _winners(group, lambda p: p.service),
            Star.MOST_IMPROVED: _winners(
                group,
                lambda p: p.total - previous[p.person_id] if p.person_id in previous else None,
            ),
        }
        for star, winners in awards.items():
            for pid in winners:
                stars.setdefault(pid, []).append(star)
    return {pid: tuple(earned) for pid, earned in stars.items()}
