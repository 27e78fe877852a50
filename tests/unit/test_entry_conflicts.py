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
from console.core.scoring.dashboard import pending_entries
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


# --- several at once: one call, all or nothing ----------------------------------------


def _version(db: Database, eid: int) -> int:
    with db.session() as session:
        e = session.get(PointEvent, eid)
        assert e is not None
        return e.row_version


def test_bulk_approval_decides_every_selected_entry(any_db: Database, bureau: Bureau) -> None:
    b = bureau
    ids = [_pending(any_db, b) for _ in range(3)]
    seen = {eid: _version(any_db, eid) for eid in ids}
    decided = Workspace(any_db, b.admin).run(decide_entries, b.admin, seen, APPROVED)
    assert decided == sorted(ids)
    assert [_row(any_db, eid) for eid in ids] == [(APPROVED, None, b.admin.id)] * 3


def test_bulk_decision_names_the_entry_changed_elsewhere_and_writes_nothing(
    any_db: Database, bureau: Bureau
) -> None:
    b = bureau
    ok, changed = _pending(any_db, b), _pending(any_db, b)
    seen = {eid: _version(any_db, eid) for eid in (ok, changed)}
    # Another desktop voids one of them after this user's list was shown.
    Workspace(any_db, b.supervisor).run(void_entry, b.supervisor, changed, "重复", seen=PENDING)
    with pytest.raises(Conflict, match="changed this record") as raised:
        Workspace(any_db, b.admin).run(decide_entries, b.admin, seen, APPROVED)
    assert b.people[0].name in str(raised.value)  # which entry it was
    assert _row(any_db, ok)[0] == PENDING  # all or nothing
    assert _row(any_db, changed)[:2] == (EventStatus.VOID, "重复")


def test_bulk_decision_lists_every_refused_entry_and_writes_nothing(
    any_db: Database, bureau: Bureau
) -> None:
    b = bureau
    ok = _pending(any_db, b)
    with any_db.session() as session:  # the administrator's own entry (BZ02 waits)
        [own] = enter(session, b, 1, "BZ02", user=b.admin)
        [in_september] = enter(session, b, 1, "AJ02", user=b.leader, on=date(2026, 9, 10))
    Workspace(any_db, b.admin).run(finalise_month, b.admin, YearMonth(2026, 9), TODAY)
    seen = {eid: _version(any_db, eid) for eid in (ok, own, in_september)}
    with pytest.raises(ValidationError) as raised:
        Workspace(any_db, b.admin).run(decide_entries, b.admin, seen, APPROVED)
    text = str(raised.value)
    assert "other than its recorder" in text
    # Pending in a finalised month: not approved, and the message says why.
    assert "finalised and locked" in text
    assert [_row(any_db, eid)[0] for eid in (ok, own, in_september)] == [PENDING] * 3


def test_pending_entries_of_a_finalised_month_are_flagged_and_can_be_returned(
    any_db: Database, bureau: Bureau
) -> None:
    b = bureau
    with any_db.session() as session:
        [late] = enter(session, b, 1, "AJ02", user=b.leader, on=date(2026, 9, 10))
    current = _pending(any_db, b)
    Workspace(any_db, b.admin).run(finalise_month, b.admin, YearMonth(2026, 9), TODAY)
    queue = Workspace(any_db, b.admin).read(pending_entries, b.admin)
    assert {r.id: r.in_finalised_month for r in queue} == {late: True, current: False}
    seen = {r.id: r.row_version for r in queue if r.in_finalised_month}
    Workspace(any_db, b.admin).run(
        decide_entries, b.admin, seen, EventStatus.REJECTED, "月份已定稿，退回"
    )
    assert _row(any_db, late) == (EventStatus.REJECTED, "月份已定稿，退回", b.admin.id)
    assert [r.id for r in Workspace(any_db, b.admin).read(pending_entries, b.admin)] == [current]
    # Voiding an approved entry of the month still waits for it to be reopened.
    with any_db.session() as session:
        september = session.scalars(
            select(PointEvent.id).where(
                PointEvent.status == APPROVED, PointEvent.event_date < date(2026, 10, 1)
            )
        ).first()
    if september is not None:
        with pytest.raises(ValidationError, match="finalised and locked"):
            Workspace(any_db, b.admin).run(void_entry, b.admin, september, "x", seen=APPROVED)


def test_a_bulk_rejection_needs_its_reason_before_anything(
    any_db: Database, bureau: Bureau
) -> None:
    b = bureau
    eid = _pending(any_db, b)
    seen = {eid: _version(any_db, eid)}
    with pytest.raises(ValidationError, match="reason"):
        Workspace(any_db, b.admin).run(decide_entries, b.admin, seen, EventStatus.REJECTED, " ")
    decided = Workspace(any_db, b.admin).run(
        decide_entries, b.admin, seen, EventStatus.REJECTED, "材料不全"
    )
    assert decided == [eid]
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
