"""Finalising a month (定稿): its results are snapshotted and the month is locked.

A locked month refuses entries dated in it. An administrator may reopen it with a reason
(kept, and audited); finalising again writes a new version of the snapshot, so every
bulletin ever printed can be traced to the version it came from. Finalising seals the
month in the audit chain and reopening lifts the seal (console.core.seal), so that a
month changed outside the app is reported as broken, never shown as final.

Checking the lock and writing into the month happen under one lock, so that an entry
saved on one desktop while another finalises the month is either refused as locked, or
counted in the finalised figures — never written into the month behind the snapshot's
back. On SQLite every writing transaction already runs alone (BEGIN IMMEDIATE). On
PostgreSQL writers into a month take a shared advisory lock on it before they check, and
finalising or reopening takes it exclusively: it waits for the writers already past the
check to commit (so the ranking it snapshots sees their entries), and the writers that
come after wait for it and then find the month locked.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin
from console.core.scoring.ranking import rank_month
from console.core.scoring.results import LockState
from console.core.scoring.snapshots import lock_state, read_snapshot, snapshot_totals
from console.core.seal import lift_seal, seal_month
from db.audit import record_bulk
from db.base import utcnow
from db.scoring import MonthlyResult, PeriodLock
from glossary import YearMonth

__all__ = [
    "LockState",
    "finalise_month",
    "finalised_count",
    "guard_month",
    "is_locked",
    "lock_state",
    "read_snapshot",
    "refuse_if_locked",
    "reopen_month",
    "snapshot_totals",
    "write_snapshot",
]

_t = tr_context("locking")

# The first half of the advisory lock's key: "DuMo" (Ducha month), so that no other use
# of advisory locks can collide with it; the second half is the month as yyyymm.
_MONTH_LOCK = 0x44754D6F


def _month_key(month: YearMonth) -> int:
    return month.year * 100 + month.month


def guard_month(session: Session, month: YearMonth, *, exclusive: bool = False) -> None:
    """Hold the month's lock until the transaction ends: shared to write into the month,
    exclusive to finalise or reopen it. A no-op on SQLite, whose writers never overlap."""
    if session.get_bind().dialect.name != "postgresql":
        return
    take = func.pg_advisory_xact_lock if exclusive else func.pg_advisory_xact_lock_shared
    session.execute(select(take(_MONTH_LOCK, _month_key(month))))


def is_locked(session: Session, month: YearMonth) -> bool:
    """Is the month finalised? Asked before writing into it, so it takes the month's
    shared lock first: the answer then holds until this transaction commits."""
    guard_month(session, month)
    return lock_state(session, month).locked


def refuse_if_locked(session: Session, on: date) -> None:
    """Entries dated in a finalised month are refused, with the reason in the message."""
    month = YearMonth.of(on)
    if is_locked(session, month):
        raise ValidationError([FieldError("date", locked_message(month))])


def locked_message(month: YearMonth) -> str:
    return _t(
        "{month} is finalised and locked; an administrator must reopen it "
        "before entries dated in it can change."
    ).format(month=month)


def finalise_month(session: Session, user: User, month: YearMonth, today: date) -> LockState:
    user = require_admin(session, user)
    guard_month(session, month, exclusive=True)
    state = lock_state(session, month)
    errors = []
    if state.locked:
        # Two administrators finalising at once: the second waited on the month's lock
        # and now finds it done. Say by whom, rather than write a second version.
        text = (
            _t("{month} is already finalised by {who}.")
            if state.locked_by
            else _t("{month} is already finalised.")
        )
        errors.append(FieldError("month", text.format(month=month, who=state.locked_by)))
    if month.first_day > today:
        errors.append(FieldError("month", _t("A month can be finalised once it has begun.")))
    if errors:
        raise ValidationError(errors)
    return write_snapshot(session, month, (state.version or 0) + 1, user.id)


def write_snapshot(
    session: Session,
    month: YearMonth,
    version: int,
    by_id: int | None,
    at: datetime | None = None,
) -> LockState:
    """Lock the month and keep its ranking as finalised (version ``version``).

    The one way a month is finalised: ``finalise_month`` after its checks, and the demo
    generator for the months its bureau would long have finalised (``at`` in the past).
    """
    ranking = rank_month(session, month)
    session.add(
        PeriodLock(
            period=month,
            version=version,
            locked=True,
            locked_by_id=by_id,
            locked_at=at or utcnow(),
        )
    )
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
        ids = session.scalars(
            insert(MonthlyResult).returning(MonthlyResult.id, sort_by_parameter_order=True), rows
        ).all()
        record_bulk(session, MonthlyResult, ids, note=f"finalised {month} version {version}")
    session.flush()
    # The seal goes into the chain in the same transaction: a finalised month without
    # its seal never exists (console.core.seal).
    seal_month(session, month)
    return lock_state(session, month)


def reopen_month(session: Session, user: User, month: YearMonth, reason: str) -> LockState:
    user = require_admin(session, user)
    guard_month(session, month, exclusive=True)
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
    row.locked = False
    row.reopened_by_id = user.id
    row.reopened_at = utcnow()
    row.reopen_reason = reason.strip()
    session.flush()
    lift_seal(session, month, row.version, row.reopen_reason)
    return lock_state(session, month)


def finalised_count(session: Session) -> int:
    return session.scalar(select(func.count(PeriodLock.id)).where(PeriodLock.locked)) or 0
