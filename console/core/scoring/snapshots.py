"""A month's lock state and its finalised snapshot, as read back.

Apart from locking.py (which finalises, and so needs the live ranking) so that the
ranking can read a finalised month's snapshot without importing the module that
imports it.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from console.core.scoring.amounts import amounts
from console.core.scoring.results import LockState, MonthRanking, PersonResult
from db.accounts import UserAccount
from db.org import Person, Unit
from db.scoring import MonthlyResult, PeriodLock
from glossary import Star, YearMonth


def lock_state(session: Session, month: YearMonth) -> LockState:
    row = session.execute(
        select(PeriodLock, UserAccount.display_name)
        .outerjoin(UserAccount, UserAccount.id == PeriodLock.locked_by_id)
        .where(PeriodLock.period == month)
        .order_by(PeriodLock.version.desc())
        .limit(1)
    ).first()
    if row is None:
        return LockState(month, False, None, None, None)
    lock, locked_by = row
    return LockState(
        month, lock.locked, lock.version, lock.locked_at, lock.reopen_reason, locked_by
    )


_ZERO = Decimal(0)


def read_snapshot(session: Session, month: YearMonth) -> MonthRanking | None:
    """The finalised results of a locked month, exactly as they were finalised."""
    state = lock_state(session, month)
    if not state.locked or state.version is None:
        return None
    # Core, not the ORM's row loading, and each value converted once: a bureau of
    # thousands reads this on every look at a finalised month.
    rows = (
        session.connection()
        .execute(
            select(
                MonthlyResult.person_id,
                Person.staff_no,
                Person.name,
                MonthlyResult.unit_id,
                Unit.name,
                Person.category,
                MonthlyResult.base_score,
                MonthlyResult.awards,
                MonthlyResult.deductions,
                MonthlyResult.total,
                MonthlyResult.rank,
                MonthlyResult.unit_rank,
                MonthlyResult.grade,
                MonthlyResult.stars,
            )
            .join(Person, Person.id == MonthlyResult.person_id)
            .join(Unit, Unit.id == MonthlyResult.unit_id)
            .where(MonthlyResult.period == month, MonthlyResult.version == state.version)
            .order_by(MonthlyResult.rank, Person.staff_no)
        )
        .all()
    )
    stars: dict[str | None, tuple[Star, ...]] = {}  # a month holds a handful of star sets

    def star_set(text: str | None) -> tuple[Star, ...]:
        if text not in stars:
            stars[text] = tuple(Star(s) for s in (text or "").split(",") if s)
        return stars[text]

    people = [
        PersonResult(
            r[0],  # person_id
            r[1],  # staff_no
            r[2],  # name
            r[3],  # unit_id
            r[4],  # unit_name
            r[5],  # category
            r[6],  # base: Points columns read back as Decimal already
            r[7],  # awards
            r[8],  # deductions
            r[9],  # total
            r[10],  # rank
            r[11],  # unit_rank
            False,  # serious: not kept, the grade already carries its consequence
            _ZERO,  # casework
            _ZERO,  # service
            r[12],  # grade
            star_set(r[13]),
        )
        for r in rows
    ]
    base = people[0].base if people else Decimal(0)
    return MonthRanking(month, base, people, finalised=True, version=state.version)


def snapshot_totals(session: Session, month: YearMonth) -> dict[int, Decimal] | None:
    """Person → total of a finalised month's snapshot (None when not finalised)."""
    state = lock_state(session, month)
    if not state.locked or state.version is None:
        return None
    # As whole cents, each distinct one made a Decimal once: the driver's conversion of
    # every stored amount cost more than the ranking that asks for them.
    cents = cast(func.round(MonthlyResult.total * 100), Integer)
    rows = (
        session.connection()
        .execute(
            select(MonthlyResult.person_id, cents).where(
                MonthlyResult.period == month, MonthlyResult.version == state.version
            )
        )
        .all()
    )
    dec = amounts()
    return {pid: dec[c] for pid, c in rows}
