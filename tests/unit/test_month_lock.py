"""A finalised month is locked for real: an entry saved while its month is being
finalised on another desktop is either refused as locked, or counted in the finalised
figures — never written into the month behind the snapshot's back. And two
administrators finalising one month: one does, the other is told who did."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database
from console.core.errors import ValidationError
from console.core.scoring.entries import EntryInput, record_entries
from console.core.scoring.locking import finalise_month, lock_state, read_snapshot, reopen_month
from console.core.workspace import Workspace
from db.scoring import MonthlyResult, PeriodLock, PointEvent
from glossary import EventStatus, YearMonth
from tests.factories import Bureau
from tests.scoring_fixtures import TODAY, rule_id, scoring_bureau

Work = tuple[User, Callable[[Session], object]]


def _together(db: Database, first: Work, second: Work) -> list[BaseException | None]:
    """Both at once, each in its own workspace and thread. On PostgreSQL both have read
    before either writes; SQLite lets one writing transaction begin at a time, so there
    the two start together and the database queues them."""
    barrier = threading.Barrier(2, timeout=30)
    inside = db.engine.dialect.name == "postgresql"
    outcomes: list[BaseException | None] = [None, None]

    def worker(i: int, user: User, work: Callable[[Session], object]) -> None:
        def service(session: Session) -> object:
            if inside:
                session.scalar(select(func.count(PointEvent.id)))
                barrier.wait()
            return work(session)

        try:
            if not inside:
                barrier.wait()
            Workspace(db, user).run(service)
        except BaseException as exc:
            outcomes[i] = exc

    threads = [
        threading.Thread(target=worker, args=(i, user, work))
        for i, (user, work) in enumerate((first, second))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return outcomes


@pytest.fixture
def bureau(any_db: Database) -> Bureau:
    with any_db.session() as session:
        return scoring_bureau(session)


@pytest.mark.parametrize("month", [YearMonth(2026, 8), YearMonth(2026, 9), YearMonth(2026, 10)])
def test_an_entry_raced_against_finalising_its_month(
    any_db: Database, bureau: Bureau, month: YearMonth
) -> None:
    b = bureau
    person = b.people[2]
    with any_db.session() as session:
        aj02 = rule_id(session, "AJ02")  # +2 points, approved at once
    entry = EntryInput(aj02, date(month.year, month.month, 10), 1, person_ids=[person.id])
    entered, finalised = _together(
        any_db,
        (b.supervisor, lambda s: record_entries(s, b.supervisor, entry, TODAY)),
        (b.admin, lambda s: finalise_month(s, b.admin, month, TODAY)),
    )
    assert finalised is None, repr(finalised)
    with any_db.session() as session:
        recorded = session.scalar(
            select(func.count(PointEvent.id)).where(
                PointEvent.person_id == person.id,
                PointEvent.event_date >= month.first_day,
                PointEvent.event_date <= month.last_day,
                PointEvent.status == EventStatus.APPROVED,
            )
        )
        snapshot = read_snapshot(session, month)
    assert snapshot is not None
    total = next(p.total for p in snapshot.people if p.person_id == person.id)
    if entered is None:
        assert (recorded, total) == (1, Decimal("102.00"))  # in the finalised figures
    else:
        assert isinstance(entered, ValidationError), repr(entered)
        assert "finalised and locked" in str(entered)
        assert (recorded, total) == (0, Decimal("100.00"))


def test_finalising_twice_says_who_finalised(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    october = YearMonth(2026, 10)
    Workspace(any_db, b.admin).run(finalise_month, b.admin, october, TODAY)
    with pytest.raises(ValidationError, match="already finalised by 管理员"):
        Workspace(any_db, b.admin).run(finalise_month, b.admin, october, TODAY)
    with any_db.session() as session:
        assert lock_state(session, october).locked_by == "管理员"


def test_two_finalises_at_once_one_wins_the_other_is_told(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    october = YearMonth(2026, 10)
    outcomes = _together(
        any_db,
        (b.admin, lambda s: finalise_month(s, b.admin, october, TODAY)),
        (b.admin, lambda s: finalise_month(s, b.admin, october, TODAY)),
    )
    assert sorted(o is None for o in outcomes) == [False, True], outcomes
    loser = next(o for o in outcomes if o is not None)
    # Never a raw IntegrityError on (period, version): a message a person can read.
    assert isinstance(loser, ValidationError), repr(loser)
    assert "already finalised" in str(loser)
    with any_db.session() as session:
        assert session.scalar(select(func.count(PeriodLock.id))) == 1
        versions = set(session.scalars(select(MonthlyResult.version)))
    assert versions == {1}


def test_reopening_lets_entries_in_again(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    october = YearMonth(2026, 10)
    with any_db.session() as session:
        aj02 = rule_id(session, "AJ02")
    entry = EntryInput(aj02, date(2026, 10, 3), 1, person_ids=[b.people[0].id])
    Workspace(any_db, b.admin).run(finalise_month, b.admin, october, TODAY)
    with pytest.raises(ValidationError, match="finalised and locked"):
        Workspace(any_db, b.supervisor).run(record_entries, b.supervisor, entry, TODAY)
    Workspace(any_db, b.admin).run(reopen_month, b.admin, october, "补录")
    [eid] = Workspace(any_db, b.supervisor).run(record_entries, b.supervisor, entry, TODAY)
    assert eid > 0
