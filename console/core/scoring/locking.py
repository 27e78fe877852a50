"""Finalising a month (定稿): its results are snapshotted and the month is locked.

A locked month refuses entries dated in it. An administrator may reopen it with a reason
(kept, and audited); finalising again writes a new version of the snapshot, so every
bulletin ever printed can be traced to the version it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin
from console.core.scoring.ranking import MonthRanking, PersonResult, rank_month
from db.audit import record_bulk
from db.base import utcnow
from db.org import Person, Unit
from db.scoring import MonthlyResult, PeriodLock
from glossary import Star, YearMonth

_t = tr_context("locking")


@dataclass(frozen=True)
class LockState:
    month: YearMonth
    locked: bool
    version: int | None  # the latest version, locked or reopened
    locked_at: datetime | None
    reopen_reason: str | None


def lock_state(session: Session, month: YearMonth) -> LockState:
    row = session.scalars(
        select(PeriodLock)
        .where(PeriodLock.period == month)
        .order_by(PeriodLock.version.desc())
        .limit(1)
    ).first()
    if row is None:
        return LockState(month, False, None, None, None)
    return LockState(month, row.locked, row.version, row.locked_at, row.reopen_reason)


def is_locked(session: Session, month: YearMonth) -> bool:
    return lock_state(session, month).locked


def refuse_if_locked(session: Session, on: date) -> None:
    """Entries dated in a finalised month are refused, with the reason in the message."""
    month = YearMonth.of(on)
    if is_locked(session, month):
        raise ValidationError(
            [
                FieldError(
                    "date",
                    _t(
                        "{month} is finalised and locked; an administrator must reopen it "
                        "before entries dated in it can change."
                    ).format(month=month),
                )
            ]
        )


def finalise_month(session: Session, user: User, month: YearMonth, today: date) -> LockState:
    user = require_admin(session, user)
    state = lock_state(session, month)
    errors = []
    if state.locked:
        errors.append(FieldError("month", _t("{month} is already finalised.").format(month=month)))
    if month.first_day > today:
        errors.append(FieldError("month", _t("A month can be finalised once it has begun.")))
    if errors:
        raise ValidationError(errors)
    ranking = rank_month(session, month)
    version = (state.version or 0) + 1
    session.info["actor"] = user.actor
    session.add(PeriodLock(period=month, version=version, locked=True, locked_by_id=user.id))
    rows = [
        {
            "period": month,
            "version": version,
            "person_id": p.person_id,
            "unit_id": p.unit_id,
            "base_score": p.base,
            "awards": p.awards,
            "deductions": p.deductions,
            "total": p.total,
            "rank": p.rank,
            "unit_rank": p.unit_rank,
            "grade": p.grade,
            "stars": ",".join(s.value for s in p.stars) or None,
        }
        for p in ranking.people
    ]
    if rows:
        session.execute(insert(MonthlyResult), rows)
        record_bulk(
            session, "monthly_result", len(rows), note=f"finalised {month} version {version}"
        )
    session.flush()
    return lock_state(session, month)


def reopen_month(session: Session, user: User, month: YearMonth, reason: str) -> LockState:
    user = require_admin(session, user)
    row = session.scalars(
        select(PeriodLock)
        .where(PeriodLock.period == month, PeriodLock.locked.is_(True))
        .order_by(PeriodLock.version.desc())
        .limit(1)
    ).first()
    errors = []
    if row is None:
        errors.append(FieldError("month", _t("{month} is not finalised.").format(month=month)))
    if not reason.strip():
        errors.append(FieldError("reason", _t("Give the reason for reopening.")))
    if errors or row is None:
        raise ValidationError(errors)
    session.info["actor"] = user.actor
    row.locked = False
    row.reopened_by_id = user.id
    row.reopened_at = utcnow()
    row.reopen_reason = reason.strip()
    session.flush()
    return lock_state(session, month)


def read_snapshot(session: Session, month: YearMonth) -> MonthRanking | None:
    """The finalised results of a locked month, exactly as they were finalised."""
    state = lock_state(session, month)
    if not state.locked or state.version is None:
        return None
    rows = session.execute(
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
    ).all()
    people = [
        PersonResult(
            person_id=r[0],
            staff_no=r[1],
            name=r[2],
            unit_id=r[3],
            unit_name=r[4],
            category=r[5],
            base=Decimal(r[6]),
            awards=Decimal(r[7]),
            deductions=Decimal(r[8]),
            total=Decimal(r[9]),
            rank=r[10],
            unit_rank=r[11],
            serious=False,  # not kept: the grade already carries its consequence
            casework=Decimal(0),
            service=Decimal(0),
            grade=r[12],
            stars=tuple(Star(s) for s in (r[13] or "").split(",") if s),
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
    rows = (
        session.connection()
        .execute(
            select(MonthlyResult.person_id, MonthlyResult.total).where(
                MonthlyResult.period == month, MonthlyResult.version == state.version
            )
        )
        .all()
    )
    return {pid: total for pid, total in rows}


def finalised_count(session: Session) -> int:
    return session.scalar(select(func.count(PeriodLock.id)).where(PeriodLock.locked)) or 0
