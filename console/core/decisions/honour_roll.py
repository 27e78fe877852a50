"""The red and black lists (红黑榜) of a month or a quarter, for public posting.

- Red list: the period's stars (之星) and the top ``roll_size`` people, except anyone
  who failed in the period.
- Black list: those who failed in the period and the bottom ``roll_size`` people, except
  anyone on the red list.
- Ties at a cut are all listed: when several people share the Nth place from the top
  (or from the bottom) every one of them is on the list, which then names more than N,
  and the list says so.
A month is ranked by its total, as the month's ranking shows it (its snapshot when
finalised); a quarter by the average monthly total, as the quarter view ranks it
(console.core.scoring.periods). A period not wholly finalised is provisional.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from console.core.decisions.access import require_bureau_reader
from console.core.decisions.settings import load_decision_settings
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.periods import period_months, period_ranking
from console.core.scoring.ranking import shown_month
from console.core.user import User
from glossary import Grade, Star, YearMonth

_t = tr_context("decisions")


@dataclass(frozen=True)
class Ranked:
    """Someone ranked in the period, as the lists need them."""

    person_id: int
    staff_no: str
    name: str
    unit_name: str
    rank: int
    score: Decimal  # the month's total, or the quarter's average monthly total
    fails: tuple[YearMonth, ...]  # months graded fail
    stars: tuple[tuple[YearMonth, Star], ...]


@dataclass(frozen=True)
class RollEntry:
    person: Ranked
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Cut:
    """Where a list's top (or bottom) N ends: the score at the Nth place and how many
    people reach it — more than N when there is a tie at the cut."""

    size: int
    score: Decimal
    listed: int

    @property
    def tied(self) -> bool:
        return self.listed > self.size


@dataclass(frozen=True)
class HonourRoll:
    year: int
    month: int | None  # a month's list…
    quarter: int | None  # …or a quarter's
    months: list[YearMonth]
    finalised: bool  # every month of the period finalised
    ranked: int  # people ranked in the period
    size: int  # N of the top and bottom N
    red: list[RollEntry]
    black: list[RollEntry]
    top: Cut | None
    bottom: Cut | None

    @property
    def title_period(self) -> str:
        if self.month is not None:
            return str(YearMonth(self.year, self.month))
        return _t("Q{quarter} {year}").format(quarter=self.quarter, year=self.year)


def _cut(people: list[Ranked], size: int) -> tuple[set[int], Cut | None]:
    """The first ``size`` of ``people`` (in order), with everyone tied with the last."""
    if not people:
        return set(), None
    last = people[min(size, len(people)) - 1].score
    taken = people[:size] + [p for p in people[size:] if p.score == last]
    return {p.person_id for p in taken}, Cut(size, last, len(taken))


def _month_people(session: Session, month: YearMonth) -> tuple[list[Ranked], bool]:
    ranking = shown_month(session, month)
    return [
        Ranked(
            p.person_id,
            p.staff_no,
            p.name,
            p.unit_name,
            p.rank,
            p.total,
            (month,) if p.grade is Grade.FAIL else (),
            tuple((month, s) for s in p.stars),
        )
        for p in ranking.people
    ], ranking.finalised


def _quarter_people(
    session: Session, user: User, year: int, quarter: int, today: date
) -> tuple[list[Ranked], list[YearMonth], bool]:
    period = period_ranking(session, user, year, quarter, today)
    fails: dict[int, list[YearMonth]] = {}
    stars: dict[int, list[tuple[YearMonth, Star]]] = {}
    finalised = True
    for month in period.months:
        ranking = shown_month(session, month)
        finalised = finalised and ranking.finalised
        for p in ranking.people:
            if p.grade is Grade.FAIL:
                fails.setdefault(p.person_id, []).append(month)
            for s in p.stars:
                stars.setdefault(p.person_id, []).append((month, s))
    people = [
        Ranked(
            r.person_id,
            r.staff_no,
            r.name,
            r.unit_name,
            r.rank,
            r.average,
            tuple(fails.get(r.person_id, ())),
            tuple(stars.get(r.person_id, ())),
        )
        for r in period.people
    ]
    return people, period.months, finalised and bool(period.months)


def honour_roll(
    session: Session,
    user: User,
    year: int,
    *,
    month: int | None = None,
    quarter: int | None = None,
    today: date,
) -> HonourRoll:
    """The red and black lists of a month (``month``) or a quarter (``quarter``)."""
    require_bureau_reader(session, user)
    if (month is None) == (quarter is None):
        raise ValidationError([FieldError("period", _t("Choose a month or a quarter."))])
    if month is not None:
        if not 1 <= month <= 12:
            raise ValidationError([FieldError("month", _t("A month is 1 to 12."))])
        ym = YearMonth(year, month)
        if ym.first_day > today:
            raise ValidationError(
                [FieldError("month", _t("{month} has not begun yet.").format(month=ym))]
            )
        people, finalised = _month_people(session, ym)
        months = [ym]
    else:
        assert quarter is not None
        if not period_months(year, quarter, today):  # also refuses a quarter not 1–4
            raise ValidationError(
                [
                    FieldError(
                        "quarter",
                        _t("Q{quarter} {year} has not begun yet.").format(
                            quarter=quarter, year=year
                        ),
                    )
                ]
            )
        people, months, finalised = _quarter_people(session, user, year, quarter, today)
    size = load_decision_settings(session).roll_size
    top_ids, top = _cut(people, size)
    bottom_ids, bottom = _cut(list(reversed(people)), size)
    failed = {p.person_id for p in people if p.fails}
    red_ids = {p.person_id for p in people if p.stars or p.person_id in top_ids} - failed
    black_ids = (failed | bottom_ids) - red_ids
    ranked = len(people)
    red = [
        RollEntry(p, _red_reasons(p, p.person_id in top_ids, size))
        for p in people
        if p.person_id in red_ids
    ]
    black = [
        RollEntry(p, _black_reasons(p, p.person_id in bottom_ids, size, ranked))
        for p in reversed(people)
        if p.person_id in black_ids
    ]
    return HonourRoll(
        year, month, quarter, months, finalised, ranked, size, red, black, top, bottom
    )


def _red_reasons(p: Ranked, top: bool, size: int) -> tuple[str, ...]:
    reasons = [_t("{star} ({month})").format(star=label(star), month=m) for m, star in p.stars]
    if top:
        reasons.append(_t("top {n} (rank {rank})").format(n=size, rank=p.rank))
    return tuple(reasons)


def _black_reasons(p: Ranked, bottom: bool, size: int, ranked: int) -> tuple[str, ...]:
    reasons = [_t("fail ({month})").format(month=m) for m in p.fails]
    if bottom:
        reasons.append(
            _t("bottom {n} (rank {rank} of {ranked})").format(n=size, rank=p.rank, ranked=ranked)
        )
    return tuple(reasons)
