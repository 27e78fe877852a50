"""The quarter and year views give the same figures as the month views they are made of.

The views sum finalised months in SQL (fast on a bureau of thousands); the reference here
is the plain definition they replaced: each month read as the month view reads it (its
snapshot when finalised, else live), added up person by person in Python.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database
from console.core.demo import demo_workspace, generate_demo
from console.core.permissions import visible_unit_ids
from console.core.scoring.locking import finalise_month, reopen_month
from console.core.scoring.periods import (
    PeriodRanking,
    PeriodResult,
    period_months,
    period_ranking,
)
from console.core.scoring.ranking import TWO_PLACES, rank_month
from console.core.scoring.snapshots import read_snapshot
from console.core.workspace import Workspace
from db.accounts import UserAccount
from db.org import Person
from glossary import Grade, Role, YearMonth

TODAY = date(2026, 11, 22)


def reference(
    session: Session, user: User, year: int, quarter: int | None, today: date
) -> PeriodRanking:
    """The views as first written: every month's whole ranking read and added in Python."""
    months = period_months(year, quarter, today)
    sums: dict[int, Decimal] = {}
    counts: Counter[int] = Counter()
    grades: dict[int, Counter[Grade]] = {}
    who: dict[int, tuple[str, str, str]] = {}
    units: dict[int, int] = {}
    for month in months:
        ranking = read_snapshot(session, month) or rank_month(session, month)
        for p in ranking.people:
            sums[p.person_id] = sums.get(p.person_id, Decimal(0)) + p.total
            counts[p.person_id] += 1
            grades.setdefault(p.person_id, Counter())[p.grade] += 1
            who[p.person_id] = (p.staff_no, p.name, p.unit_name)
            units[p.person_id] = p.unit_id
    averages = {pid: (total / counts[pid]).quantize(TWO_PLACES) for pid, total in sums.items()}
    order = sorted(averages, key=lambda pid: (-averages[pid], who[pid][0]))
    people: list[PeriodResult] = []
    for i, pid in enumerate(order):
        tied = people and people[-1].average == averages[pid]
        rank = people[-1].rank if tied else i + 1
        people.append(
            PeriodResult(
                pid,
                *who[pid],
                counts[pid],
                sums[pid],
                averages[pid],
                rank,
                dict(grades[pid]),
            )
        )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        people = [p for p in people if units[p.person_id] in scope]
    overall: Counter[Grade] = Counter()
    for row in people:
        overall.update(row.grades)
    return PeriodRanking(year, quarter, months, people, dict(overall))


def _users(session: Session) -> list[User]:
    from console.core.auth import _user as to_user

    accounts = session.scalars(select(UserAccount).order_by(UserAccount.id)).all()
    admin = next(a for a in accounts if a.role == Role.ADMIN)
    leader = next((a for a in accounts if a.role == Role.SQUAD_LEADER), None)
    return [to_user(a) for a in (admin, leader) if a is not None]


def test_quarters_and_years_match_the_months_they_sum(any_db: Database) -> None:
    demo_workspace(any_db).run(generate_demo, today=TODAY, people=90, months=26)
    with any_db.session() as s:
        admin = _users(s)[0]
    ws = Workspace(any_db, admin)
    # A month reopened and finalised again (version 2) and a month reopened and left
    # open: the views must take the newest snapshot, and the open month live.
    ws.run(reopen_month, admin, YearMonth(2026, 8), "复核更正")
    ws.run(finalise_month, admin, YearMonth(2026, 8), TODAY)
    ws.run(reopen_month, admin, YearMonth(2026, 5), "复核更正")
    # Someone moved to another unit after a finalised month: the views name the unit of
    # their latest month, as the month view does.
    with any_db.session() as s:
        mover = s.scalars(select(Person).where(Person.status == "active").limit(1)).one()
        other = s.scalar(select(Person.unit_id).where(Person.unit_id != mover.unit_id).limit(1))
        mover.unit_id = other
        s.commit()
    views = [(2026, 3), (2026, 4), (2026, 2), (2025, None), (2026, None), (2025, 4)]
    with any_db.session() as s:
        users = _users(s)
        assert len(users) == 2, "the demo has a squad leader"
        for user in users:
            for year, quarter in views:
                got = period_ranking(s, user, year, quarter, TODAY)
                want = reference(s, user, year, quarter, TODAY)
                assert got.people, (year, quarter)
                assert got == want, (user.username, year, quarter)


def test_month_ranks_follow_their_definition(db: Database) -> None:
    """The ranks are worked out after the database sums: each is one more than the number
    of people (in the bureau, in the unit) with a strictly higher total; ties share it."""
    from console.core.scoring.ranking import compute_totals

    demo_workspace(db).run(generate_demo, today=TODAY, people=120, months=3)
    with db.session() as s:
        for month in (YearMonth(2026, 11), YearMonth(2026, 10)):
            _, people = compute_totals(s, month)
            assert len({p.total for p in people}) < len(people), "the demo has ties"
            for p in people:
                assert p.rank == 1 + sum(q.total > p.total for q in people)
                assert p.unit_rank == 1 + sum(
                    q.total > p.total for q in people if q.unit_id == p.unit_id
                )
            order = [(-p.total, p.staff_no) for p in people]
            assert order == sorted(order)
