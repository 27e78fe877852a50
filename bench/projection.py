"""The year-end training projection and inspection coverage at the scale of a large
bureau (not a test: prints figures).

    uv run python bench/projection.py [--people 3000] [--months 12] [--keep FILE]

Builds the demo bureau at that size (``--keep FILE`` reuses it between runs), then times
the Training page's progress alone and with the projection, the projection on its own,
and a month's, a quarter's and a year's inspection coverage — the best of five each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from console.core.database import open_database
from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_workspace, generate_demo
from console.core.integrity.coverage import Span, inspection_coverage, span_dates
from console.core.sign_in import sign_in
from console.core.training.progress import year_progress
from console.core.training.projection import year_projection
from console.core.workspace import Workspace
from glossary import YearMonth

TODAY = date(2026, 11, 22)


def best_of(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=3000)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    path = args.keep or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    fresh = not path.exists()
    database = open_database(path)
    if fresh:
        start = time.perf_counter()
        demo_workspace(database).run(
            generate_demo, today=TODAY, people=args.people, months=args.months
        )
        took = time.perf_counter() - start
        print(f"demo of {args.people} people, {args.months} months: {took:.1f} s")
    user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    read = Workspace(database, user).read
    seconds, _ = best_of(lambda: read(year_progress, user, TODAY.year, TODAY))
    print(f"progress: {seconds * 1000:.0f} ms")
    seconds, _ = best_of(lambda: read(year_projection, user, TODAY.year, TODAY))
    print(f"progress + projection: {seconds * 1000:.0f} ms")
    progress = read(year_progress, user, TODAY.year, TODAY)
    seconds, _ = best_of(lambda: read(year_projection, user, TODAY.year, TODAY, progress))
    print(f"projection given the progress: {seconds * 1000:.0f} ms")
    p = read(year_projection, user, TODAY.year, TODAY, progress)
    print(
        f"  {len(p.people)} people with a requirement, {p.will_miss} will miss, "
        f"{p.cannot_reach} cannot reach; {len(p.remaining)} sessions left"
    )
    for span in Span:
        dates = span_dates(span, YearMonth.of(TODAY))
        seconds, _ = best_of(lambda: read(inspection_coverage, user, *dates))  # noqa: B023
        cov = read(inspection_coverage, user, *dates)
        units = f"{cov.covered} of {cov.total} units"
        print(f"coverage, {span.value}: {seconds * 1000:.0f} ms ({units})")
    database.close()


if __name__ == "__main__":
    main()
