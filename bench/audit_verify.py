"""``audit verify`` at the scale of a large bureau (not a test: prints figures).

    uv run python bench/audit_verify.py [--people 3000] [--years 5] [--events 4000000] [--keep DIR]

Builds the demo bureau at that size, tops the point entries up to ``--events`` as
bench/scoring.py does (plain SQL, fast) and then puts the added entries on the audit
record as an import would (``record_bulk``: their images, a batch per audit row), and
finalises the past months the app's way. Then, in a fresh process so that the peak memory
is the check's own, times the chain walk and the state check (every record compared with
its last image in the log, the tally recomputed) and prints the peak memory.
``--keep DIR`` reuses the database between runs.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.scoring import MONTH, TODAY, finalise_through, top_up
from console.core.database import open_database
from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_workspace, generate_demo
from console.core.sign_in import sign_in
from console.core.tamper import check_state
from console.core.workspace import Workspace
from db.audit import record_bulk, verify_chain
from db.scoring import PointEvent
from glossary import YearMonth


def _log_topped_up(session: Session, after_id: int) -> int:
    ids = list(session.scalars(select(PointEvent.id).where(PointEvent.id > after_id)))
    if ids:
        record_bulk(session, PointEvent, ids, note="bench top-up (as an import would)")
    return len(ids)


def build(path: Path, people: int, years: int, events: int) -> None:
    start = time.perf_counter()
    database = open_database(path)
    demo_workspace(database).run(generate_demo, today=TODAY, people=people, months=12 * years)
    with database.session() as s:
        demo_top = s.scalar(select(func.max(PointEvent.id))) or 0
    database.close()
    print(f"demo bureau generated: {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    total = top_up(path, events)
    print(f"point events: {total:,} (top-up {time.perf_counter() - start:.0f} s)")
    database = open_database(path)
    start = time.perf_counter()
    logged = demo_workspace(database).run(_log_topped_up, demo_top)
    print(f"images of {logged:,} topped-up entries logged: {time.perf_counter() - start:.0f} s")
    user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    start = time.perf_counter()
    done = Workspace(database, user).run(finalise_through, user, YearMonth(2025, 1), MONTH.prev())
    print(f"finalised {done} months: {time.perf_counter() - start:.0f} s")
    database.close()


def measure(path: Path) -> None:
    database = open_database(path)
    size = path.stat().st_size / 2**20
    print(f"database file                        {size:8.0f} MB")
    with database.session() as s:
        start, cpu = time.perf_counter(), time.process_time()
        rows, breaks = verify_chain(s)
        t_chain, c_chain = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        check = check_state(s)
        t_state, c_state = time.perf_counter() - start, time.process_time() - cpu
    database.close()
    # CPU time beside the wall clock: on a shared machine the wall clock measures the
    # neighbours too.
    print(f"audit rows: {rows:,}, records compared: {check.records:,}")
    print(f"chain walk     {t_chain:8.1f} s wall {c_chain:8.1f} s CPU   breaks: {len(breaks)}")
    print(f"state check    {t_state:8.1f} s wall {c_state:8.1f} s CPU   differences: {check.total}")
    t_all, c_all = t_chain + t_state, c_chain + c_state
    print(f"audit verify   {t_all:8.1f} s wall {c_all:8.1f} s CPU")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory                          {peak:8.0f} MB   target < 500 MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=3000)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--events", type=int, default=4_000_000)
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the fresh process
    args = ap.parse_args()
    if args.measure:
        measure(args.measure)
        return
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"audit-{args.people}-{args.years}y-{args.events}.sqlite3"
    if not path.exists():
        build(path, args.people, args.years, args.events)
    subprocess.run([sys.executable, __file__, "--measure", str(path)], check=True)


if __name__ == "__main__":
    main()
