"""The audit chain stays whole when three desktops write at once.

Every appender of the chain (the flush hook for ordinary rows, ``record_bulk`` for an
import's bulk rows) reads the chain's head under one lock, so two writers never hash
onto the same predecessor. Here three processes write at the same time on one database
for a while — one importing entry files again and again (the import service through the
Workspace: bulk rows), one recording entries, one approving and voiding them — and then
``verify_chain`` must find no break.

Separate processes, not threads: each has its own connections and its own interpreter,
as separate desktops have. The run is bounded in time and in iterations.
"""

from __future__ import annotations

import inspect
import multiprocessing
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database, open_database
from console.core.default_rules import install_default_rules
from db.audit import verify_chain
from tests.factories import make_bureau

TODAY = date(2026, 11, 22)
MAX_ITERATIONS = 5_000  # a bound should the clock misbehave; the time ends the run first
EVENT_HEADER = "工号,单位,日期,细则编号,数量,备注,凭证"


@dataclass(frozen=True)
class Cast:
    """Who acts in the workers (plain values: they cross to the spawned processes)."""

    url: str
    supervisor: User
    leader: User
    east_people: tuple[int, ...]
    other_people: tuple[int, ...]
    staff_nos: tuple[str, ...]
    rule_id: int


def _set_up(database: Database) -> Cast:
    from db.scoring import Rule

    with database.session() as session:
        b = make_bureau(session)
        install_default_rules(session, date(2026, 1, 1))
        session.commit()
        rule_id = session.scalars(select(Rule.id).where(Rule.code == "XC01")).one()
        east = tuple(p.id for p in b.people if p.unit_id == b.east.id)
        others = tuple(p.id for p in b.people if p.unit_id != b.east.id)
        staff = tuple(p.staff_no for p in b.people)
        return Cast(
            database.url.render_as_string(hide_password=False),
            b.supervisor,
            b.leader,
            east,
            others,
            staff,
            rule_id,
        )


# --- the three desktops (run in spawned processes) -----------------------------------


def _importer(cast: Cast, folder: str, deadline: float) -> dict[str, int]:
    """Import a new entry file (20 rows, bulk-inserted) until the time is up."""
    from console.core.imports.events import read_events
    from console.core.imports.registry import import_rows
    from console.core.workspace import Workspace

    database = open_database(make_url(cast.url))
    workspace = Workspace(database, cast.supervisor)
    done = 0
    try:
        for i in range(MAX_ITERATIONS):
            if time.monotonic() >= deadline:
                break
            lines = [EVENT_HEADER]
            for j in range(20):
                no = cast.staff_nos[j % len(cast.staff_nos)]
                # A note of its own each time: the same file twice would be refused.
                lines.append(f"{no},,2026-11-{1 + j % 20:02d},XC01,1,批次{i}-{j},")
            path = Path(folder) / f"events-{i}.csv"
            path.write_text("\n".join(lines), encoding="utf-8")
            import_rows(workspace, "events", read_events(path), TODAY, source=path.name)
            done += 1
    finally:
        database.close()
    return {"imports": done}


def _recorder(cast: Cast, deadline: float) -> dict[str, int]:
    """Record entries one by one: a squad leader's (pending) and a supervisor's."""
    from console.core.scoring.entries import EntryInput, record_entries
    from console.core.workspace import Workspace

    database = open_database(make_url(cast.url))
    as_leader = Workspace(database, cast.leader)
    as_supervisor = Workspace(database, cast.supervisor)
    done = 0
    try:
        for i in range(MAX_ITERATIONS):
            if time.monotonic() >= deadline:
                break
            leader_turn = i % 2 == 0
            people = cast.east_people if leader_turn else cast.other_people
            data = EntryInput(
                cast.rule_id,
                date(2026, 11, 1 + i % 20),
                1,
                person_ids=[people[i % len(people)]],
                note=f"逐条{i}",
            )
            workspace = as_leader if leader_turn else as_supervisor
            workspace.run(record_entries, workspace.user, data, TODAY)  # type: ignore[arg-type]
            done += 1
    finally:
        database.close()
    return {"recorded": done}


def _pick(session: Session) -> list[tuple[int, Any, int | None]]:
    """The newest open entries: what the decider's list would show."""
    from db.scoring import PointEvent
    from glossary import EventStatus

    rows = session.execute(
        select(PointEvent.id, PointEvent.status, PointEvent.recorded_by_id)
        .where(PointEvent.status.in_([EventStatus.PENDING, EventStatus.APPROVED]))
        .order_by(PointEvent.id.desc())
        .limit(10)
    )
    return [(r.id, r.status, r.recorded_by_id) for r in rows]


def _decider(cast: Cast, deadline: float) -> dict[str, int]:
    """Approve pending entries and void approved ones, as a supervisor works a list."""
    from console.core.conflicts import Conflict
    from console.core.errors import ValidationError
    from console.core.scoring.entries import approve_entry, void_entry
    from console.core.workspace import Workspace
    from glossary import EventStatus

    def with_seen(service: Callable[..., Any]) -> Callable[..., dict[str, Any]]:
        # The decisions take the status the user saw where the service asks for it.
        takes = "seen" in inspect.signature(service).parameters
        return lambda status: {"seen": status} if takes else {}

    approve_seen, void_seen = with_seen(approve_entry), with_seen(void_entry)
    database = open_database(make_url(cast.url))
    workspace = Workspace(database, cast.supervisor)
    user = cast.supervisor
    counts = {"approved": 0, "voided": 0, "refused": 0, "rounds": 0}
    try:
        for i in range(MAX_ITERATIONS):
            if time.monotonic() >= deadline:
                break
            counts["rounds"] += 1
            rows = workspace.read(_pick)
            if not rows:
                time.sleep(0.01)
                continue
            for event_id, status, recorder in rows:
                try:
                    if status == EventStatus.PENDING and recorder != user.id:
                        workspace.run(approve_entry, user, event_id, **approve_seen(status))
                        counts["approved"] += 1
                    elif status == EventStatus.APPROVED and i % 3 == 0:
                        workspace.run(void_entry, user, event_id, "重复录入", **void_seen(status))
                        counts["voided"] += 1
                except (Conflict, ValidationError):
                    # Another desktop decided it first: reported, never settled silently.
                    counts["refused"] += 1
    finally:
        database.close()
    return counts


def _work(
    job: Callable[..., dict[str, int]],
    args: tuple[Any, ...],
    seconds: float,
    barrier: Any,
    results: Any,
) -> None:
    """Start together with the others, then run ``job`` for ``seconds``."""
    try:
        barrier.wait(timeout=120)
        results.put((job.__name__, job(*args, time.monotonic() + seconds), None))
    except BaseException:
        results.put((job.__name__, None, traceback.format_exc()))


def _run_three_desktops(database: Database, folder: Path, seconds: float) -> dict[str, int]:
    cast = _set_up(database)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3)
    results = context.Queue()
    jobs: list[tuple[Callable[..., dict[str, int]], tuple[Any, ...]]] = [
        (_importer, (cast, str(folder))),
        (_recorder, (cast,)),
        (_decider, (cast,)),
    ]
    processes = [
        context.Process(target=_work, args=(job, args, seconds, barrier, results))
        for job, args in jobs
    ]
    for p in processes:
        p.start()
    totals: dict[str, int] = {}
    failures = []
    try:
        for _ in processes:
            name, counts, error = results.get(timeout=seconds + 150)
            if error:
                failures.append(f"{name}:\n{error}")
            else:
                totals.update(counts)
    finally:
        for p in processes:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    assert not failures, "\n".join(failures)
    return totals


def _check_whole(database: Database, totals: dict[str, int]) -> None:
    # Each desktop got real work done, at the same time as the others.
    assert totals["imports"] > 0 and totals["recorded"] > 0, totals
    assert totals["approved"] + totals["voided"] > 0, totals
    with database.session() as session:
        checked, breaks = verify_chain(session)
    assert breaks == [], f"{len(breaks)} breaks in {checked} audit rows: {breaks[:3]}"
    assert checked > totals["imports"] + totals["recorded"]


@pytest.mark.postgres
def test_three_desktops_writing_at_once_leave_the_chain_whole_on_postgres(
    pg: Database, tmp_path: Path
) -> None:
    totals = _run_three_desktops(pg, tmp_path, seconds=60)
    _check_whole(pg, totals)


def test_three_desktops_writing_at_once_leave_the_chain_whole_on_sqlite(
    db: Database, tmp_path: Path
) -> None:
    """SQLite queues the writers (BEGIN IMMEDIATE, 10 s busy timeout): none fails on
    "database is locked", and the chain is whole."""
    totals = _run_three_desktops(db, tmp_path, seconds=5)
    _check_whole(db, totals)
