"""How the People & Units page copes with a large bureau (not a test: prints figures).

    uv run python bench/people_table.py [--people 10000]

Builds a demo bureau of that many people in a temp file, then times: the service call
that loads the table, the model load, a search keystroke, a category filter, a sort by
name, and opening the whole page; and prints the process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt

from console.core.database import open_database
from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_workspace, generate_demo
from console.core.people import list_people
from console.core.sign_in import sign_in
from console.ui.app import ensure_app
from console.ui.context import AppContext
from console.ui.pages.people import PeoplePage
from glossary import Category

TODAY = date(2026, 11, 22)


def timed(label: str, fn: Callable[[], object], repeat: int = 5) -> object:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<42} {best * 1000:8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=3)
    args = parser.parse_args()
    app = ensure_app("zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "bench.sqlite3")
        start = time.perf_counter()
        demo_workspace(database).run(
            generate_demo, today=TODAY, people=args.people, months=args.months
        )
        print(
            f"demo with {args.people:,} people, {args.months} months: "
            f"{time.perf_counter() - start:.1f} s"
        )
        user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
        ctx = AppContext(database, user, today=TODAY)

        def load() -> object:
            with database.session() as s:
                return list_people(s, user)

        rows = timed("list_people (service, one query)", load)
        print(f"  rows: {len(rows):,}")  # type: ignore[arg-type]
        page = timed("PeoplePage: build + first reload", lambda: _page(ctx), repeat=3)
        assert isinstance(page, PeoplePage)
        timed("reload (tree + model)", page.refresh)
        timed("search keystroke '张'", lambda: (page.search.setText(""), page.search.setText("张")))
        page.search.setText("")
        officer = page.category.findData(Category.OFFICER)
        timed(
            "category filter",
            lambda: (page.category.setCurrentIndex(0), page.category.setCurrentIndex(officer)),
        )
        page.category.setCurrentIndex(0)
        timed("sort by name", lambda: page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder))
        timed(
            "sort by birth date, descending",
            lambda: page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder),
        )
        page.close()
        database.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    app.quit()


def _page(ctx: AppContext) -> PeoplePage:
    page = PeoplePage(ctx)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    return page


if __name__ == "__main__":
    main()
