"""Two supervisors deciding the same entry: exactly one decision is written, the other is
told who decided first, and nothing mixed (an approval carrying a rejection's reason)
is ever left behind. On SQLite and PostgreSQL; the real race on PostgreSQL only, where
two transactions can both read before either writes (SQLite queues writers up front)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.database import Database
from console.core.errors import ValidationError
from console.core.scoring.entries import (
    EntryInput,
    add_entries,
    approve_entry,
    decide_entries,
    reject_entry,
    void_entry,
)
from console.core.scoring.locking import finalise_month
from console.core.workspace import Workspace
from db.scoring import PointEvent
from glossary import EventSource, EventStatus, YearMonth
from tests.factories import Bureau
from tests.scoring_fixtures import TODAY, enter, rule_id, scoring_bureau

PENDING, APPROVED = EventStatus.PENDING, EventStatus.APPROVED


@pytest.fixture
def bureau(any_db: Database) -> Bureau:
    with any_db.session() as session:
        return scoring_bureau(session)


def _pending(db: Database, b: Bureau) -> int:
    """An entry waiting for approval, recorded by the squad leader (so that both the
    administrator and the supervisor may decide it)."""
    with db.session() as session:
        [eid] = enter(session, b, 0, "AJ02", user=b.leader)
    return eid


def _approved(db: Database, b: Bureau) -> int:
    with db.session() as session:
        [eid] = enter(session, b, 0, "AJ02")
    return eid


def _row(db: Database, eid: int) -> tuple[Any, ...]:
    with db.session() as session:
        e = session.get(PointEvent, eid)
        assert e is not None
        return (e.status, e.reason, e.decided_by_id)


# --- one after the other, each with what it saw --------------------------------------


def test_approve_then_reject_of_what_both_saw(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    eid = _pending(any_db, b)
    Workspace(any_db, b.admin).run(approve_entry, b.admin, eid, seen=PENDING)
    with pytest.raises(Conflict, match="changed this record"):
        Workspace(any_db, b.supervisor).run(
            reject_entry, b.supervisor, eid, "材料不全", seen=PENDING
        )
    assert _row(any_db, eid) == (APPROVED, None, b.admin.id)


def test_two_voids_with_different_reasons_keep_the_first(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    eid = _approved(any_db, b)
    Workspace(any_db, b.admin).run(void_entry, b.admin, eid, "录错人员", seen=APPROVED)
    with pytest.raises(Conflict):
        Workspace(any_db, b.supervisor).run(
            void_entry, b.supervisor, eid, "重复录入", seen=APPROVED
        )
    assert _row(any_db, eid) == (EventStatus.VOID, "录错人员", b.admin.id)


def test_void_then_approve_of_what_both_saw(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    eid = _pending(any_db, b)
    Workspace(any_db, b.supervisor).run(void_entry, b.supervisor, eid, "录错人员", seen=PENDING)
    with pytest.raises(Conflict):
        Workspace(any_db, b.admin).run(approve_entry, b.admin, eid, seen=PENDING)
    assert _row(any_db, eid) == (EventStatus.VOID, "录错人员", b.supervisor.id)


def test_a_decision_on_what_still_holds_goes_through(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    eid = _pending(any_db, b)
    Workspace(any_db, b.admin).run(reject_entry, b.admin, eid, "材料不全", seen=PENDING)
    assert _row(any_db, eid) == (EventStatus.REJECTED, "材料不全", b.admin.id)


# --- several at once: one call, a report per entry -----------------------------------


def test_bulk_decision_reports_each_entry_it_could_not_decide(
    any_db: Database, bureau: Bureau
) -> None:
    b = bureau
    ok = _pending(any_db, b)
    changed = _pending(any_db, b)
    with any_db.session() as session:  # the administrator's own entry (BZ02 waits)
        [own] = enter(session, b, 1, "BZ02", user=b.admin)
        [in_september] = enter(session, b, 1, "AJ02", user=b.leader, on=date(2026, 9, 10))
    Workspace(any_db, b.admin).run(finalise_month, b.admin, YearMonth(2026, 9), TODAY)
    Workspace(any_db, b.supervisor).run(void_entry, b.supervisor, changed, "重复", seen=PENDING)

    seen = dict.fromkeys((ok, changed, own, in_september), PENDING)
    report = Workspace(any_db, b.admin).run(decide_entries, b.admin, seen, APPROVED)

    assert report.decided == [ok]
    reasons = {r.entry_id: r.reason for r in report.refused}
    assert set(reasons) == {changed, own, in_september}
    assert "changed this record" in reasons[changed]
    assert "other than its recorder" in reasons[own]
    # Pending in a finalised month: it stays pending, and the report says why.
    assert "finalised and locked" in reasons[in_september]
    assert _row(any_db, ok)[0] == APPROVED
    assert _row(any_db, changed)[:2] == (EventStatus.VOID, "重复")
    assert _row(any_db, own)[0] == PENDING
    assert _row(any_db, in_september)[0] == PENDING


def test_a_bulk_rejection_needs_its_reason_before_anything(
    any_db: Database, bureau: Bureau
) -> None:
    b = bureau
    eid = _pending(any_db, b)
    with pytest.raises(ValidationError, match="reason"):
        Workspace(any_db, b.admin).run(
            decide_entries, b.admin, {eid: PENDING}, EventStatus.REJECTED, " "
        )
    report = Workspace(any_db, b.admin).run(
        decide_entries, b.admin, {eid: PENDING}, EventStatus.REJECTED, "材料不全"
    )
    assert (report.decided, report.refused) == ([eid], [])
    assert _row(any_db, eid) == (EventStatus.REJECTED, "材料不全", b.admin.id)


def test_add_entries_takes_many_rows_and_refuses_them_all_together(
    any_db: Database, bureau: Bureau
) -> None:
    b = bureau
    with any_db.session() as session:
        aj02, bz02 = rule_id(session, "AJ02"), rule_id(session, "BZ02")
    on = date(2026, 10, 3)
    rows = [
        EntryInput(aj02, on, 1, person_ids=[b.people[0].id], source_ref="r1"),
        EntryInput(bz02, on, 1, person_ids=[b.people[1].id], source_ref="r2"),
    ]
    made = Workspace(any_db, b.supervisor).run(
        add_entries, b.supervisor, rows, TODAY, EventSource.EVENT_IMPORT
    )
    assert [(e.person_id, e.status) for e in made] == [
        (b.people[0].id, APPROVED),
        (b.people[1].id, PENDING),  # its rule needs approval
    ]
    with any_db.session() as session:
        refs = session.scalars(select(PointEvent.source_ref).order_by(PointEvent.id)).all()
    assert refs == ["r1", "r2"]
    bad = [rows[0], EntryInput(aj02, date(2027, 1, 1), 1, person_ids=[b.people[0].id])]
    with pytest.raises(ValidationError) as err:
        Workspace(any_db, b.supervisor).run(add_entries, b.supervisor, bad, TODAY)
    assert [(e.row, e.field) for e in err.value.errors] == [(2, "date")]


# --- the real race (PostgreSQL) -------------------------------------------------------


def _race(
    db: Database,
    first: tuple[User, Callable[[Session], object]],
    second: tuple[User, Callable[[Session], object]],
) -> list[BaseException | None]:
    """Run both decisions at once, each in its own workspace and thread; both read the
    entry before either writes. Returns what each raised (None: it went through)."""
    barrier = threading.Barrier(2, timeout=30)
    outcomes: list[BaseException | None] = [None, None]

    def worker(i: int, user: User, decide: Callable[[Session], object]) -> None:
        def service(session: Session) -> object:
            session.scalars(select(PointEvent)).all()  # what the user saw, read first
            barrier.wait()
            return decide(session)

        try:
            Workspace(db, user).run(service)
        except BaseException as exc:
            outcomes[i] = exc

    threads = [
        threading.Thread(target=worker, args=(i, user, decide))
        for i, (user, decide) in enumerate((first, second))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return outcomes


def _one_won(outcomes: list[BaseException | None]) -> int:
    """Exactly one went through and the other got the conflict; the winner's index."""
    assert sorted(o is None for o in outcomes) == [False, True], outcomes
    loser = next(o for o in outcomes if o is not None)
    assert isinstance(loser, Conflict), repr(loser)
    return outcomes.index(None)


@pytest.mark.postgres
@pytest.mark.parametrize("attempt", range(3))
def test_approve_races_reject(pg: Database, attempt: int) -> None:
    with pg.session() as session:
        b = scoring_bureau(session)
    eid = _pending(pg, b)
    won = _one_won(
        _race(
            pg,
            (b.admin, lambda s: approve_entry(s, b.admin, eid, seen=PENDING)),
            (b.supervisor, lambda s: reject_entry(s, b.supervisor, eid, "材料不全", seen=PENDING)),
        )
    )
    expected = [(APPROVED, None, b.admin.id), (EventStatus.REJECTED, "材料不全", b.supervisor.id)]
    assert _row(pg, eid) == expected[won]


@pytest.mark.postgres
def test_void_races_void_and_one_reason_stays(pg: Database) -> None:
    with pg.session() as session:
        b = scoring_bureau(session)
    eid = _approved(pg, b)
    won = _one_won(
        _race(
            pg,
            (b.admin, lambda s: void_entry(s, b.admin, eid, "录错人员", seen=APPROVED)),
            (b.supervisor, lambda s: void_entry(s, b.supervisor, eid, "重复录入", seen=APPROVED)),
        )
    )
    expected = [
        (EventStatus.VOID, "录错人员", b.admin.id),
        (EventStatus.VOID, "重复录入", b.supervisor.id),
    ]
    assert _row(pg, eid) == expected[won]


@pytest.mark.postgres
def test_void_races_approve(pg: Database) -> None:
    with pg.session() as session:
        b = scoring_bureau(session)
    eid = _pending(pg, b)
    won = _one_won(
        _race(
            pg,
            (b.supervisor, lambda s: void_entry(s, b.supervisor, eid, "录错人员", seen=PENDING)),
            (b.admin, lambda s: approve_entry(s, b.admin, eid, seen=PENDING)),
        )
    )
    expected = [(EventStatus.VOID, "录错人员", b.supervisor.id), (APPROVED, None, b.admin.id)]
    assert _row(pg, eid) == expected[won]
