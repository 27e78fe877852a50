"""The main window on a large bureau, in-process and offscreen (not a test: prints figures).

    uv run python bench/gui.py [--db /tmp/bench-big.sqlite3] [--repeat 5]

The database is the one bench/scoring.py builds (3,000 people, 5 years, 4,000,000
entries): ``uv run python bench/scoring.py --keep DIR`` writes DIR/bench-3000-5y.sqlite3.
Times, each repeated and given as the median with the smallest and largest run (the
machine is shared and noisy):

- start to an interactive window, in a fresh process each time: imports and the
  application (font, language, database opened), the window built, the first paint, and
  the first moment the event loop is free again. Signing in (the password hash, slow on
  purpose, and the user's own typing) is timed apart and not counted.
- each page's first show, in a fresh process each run (its modules imported and its
  widgets built, as for a user), and three month changes on Performance and Training:
  the longest the GUI thread is held from the click until the figures are painted (what
  the user feels: the window cannot answer meanwhile; it counts a worker's result shown
  on the GUI thread afterwards too) and how long until the figures show.
- the quarter and year views (live and finalised), read as the Quarter / year tab does.
- the month's ranking against one hand-written SQL over point_tally (bench/scoring.py's).
- the print preview of the month's bulletin: writing the PDF, then preparing its pages,
  and how long the GUI thread is held by it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DB = Path("/tmp/bench-big.sqlite3")
TODAY = date(2026, 11, 22)


# --- figures ------------------------------------------------------------------------
@dataclass
class Figure:
    label: str
    target_ms: float | None = None
    runs: list[float] = field(default_factory=list)  # seconds

    def add(self, seconds: float) -> None:
        self.runs.append(seconds)

    def line(self) -> str:
        if not self.runs:
            return f"{self.label:<46} {'—':>9}"
        ms = sorted(1000 * r for r in self.runs)
        median = statistics.median(ms)
        spread = f"({ms[0]:.0f}–{ms[-1]:.0f})" if len(ms) > 1 else ""
        target = ""
        if self.target_ms is not None:
            verdict = "ok" if median < self.target_ms else "OVER"
            target = f"target < {self.target_ms:.0f} ms  {verdict}"
        return f"{self.label:<46} {median:9.1f} ms {spread:<15} {target}"


def report(title: str, figures: Iterable[Figure]) -> None:
    print(f"\n{title}")
    for f in figures:
        print("  " + f.line())


def _wait_a_little(app: object = None) -> None:
    """Let the event loop run for a moment (workers deliver their results through it).

    Not processEvents() in a loop: PySide6 6.10 drops a reference to None on each call,
    and some hundred thousand calls abort Python 3.11 ("deallocating None")."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(5, loop.quit)
    loop.exec()


# --- start, in a child process ----------------------------------------------------
def child_start(db: Path, spawned: float) -> None:
    """One start as run_gui does it, less the sign-in dialog; prints its phases as JSON."""
    marks: dict[str, float] = {}
    from PySide6.QtCore import QEvent, QObject, QTimer

    from console.ui.app import ensure_app
    from console.ui.main_window import MainWindow

    app = ensure_app("zh_CN")
    from console.core.database import open_database

    database = open_database(db)
    marks["app"] = time.time() - spawned
    from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME
    from console.core.sign_in import sign_in
    from console.ui.context import AppContext

    before = time.time()
    user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    signing = time.time() - before
    start = time.time()
    ctx = AppContext(database, user, today=TODAY)
    window = MainWindow(ctx, demo=True)
    marks["built"] = time.time() - start

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.time() - start
                # The loop is free again once everything queued with the paint is done.
                QTimer.singleShot(0, interactive)
            return False

    def interactive() -> None:
        # Interactive: the first page is built, its figures are shown or being read on
        # a worker behind the busy indicator, and nothing queued is left to run.
        page = window.pages[0] if window.pages else None
        if page is None or (page._stale and not _busy(page)):
            QTimer.singleShot(0, interactive)
            return
        marks["interactive"] = time.time() - start
        while _busy(page):
            _wait_a_little(app)
        marks["figures"] = time.time() - start
        app.quit()

    spy = FirstPaint()
    app.installEventFilter(spy)
    window.show()
    ctx.watch_other_desktops()
    app.exec()
    app.removeEventFilter(spy)
    marks["signing"] = signing
    print(json.dumps(marks))
    sys.stdout.flush()
    # A fast exit: the figures are out, and tearing down Qt is not part of a start.
    os._exit(0)


def measure_start(db: Path, repeat: int) -> list[Figure]:
    app = Figure("imports + application + database")
    built = Figure("main window built")
    paint = Figure("  … to the first paint")
    interactive = Figure("  … to an interactive window")
    total = Figure("start to an interactive window", 2000)
    signing = Figure("signing in (password hash; not counted)")
    figures = Figure("  … first page's figures shown")
    # As installed (a wheel, the bundle), Python reads compiled bytecode: let the child
    # write it, and discard a first start that does so and warms the disk cache.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for run in range(repeat + 1):
        spawned = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child-start", str(db), "--spawned", repr(spawned)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
        if not run:
            continue
        marks = json.loads(out.strip().splitlines()[-1])
        figures.add(marks["figures"])
        app.add(marks["app"])
        built.add(marks["built"])
        paint.add(marks["paint"])
        interactive.add(marks["interactive"])
        total.add(marks["app"] + marks["interactive"])
        signing.add(marks["signing"])
    return [app, built, paint, interactive, figures, total, signing]


# --- the window, in this process ------------------------------------------------------
def _busy(page: object) -> bool:
    """Whether the page is still loading behind its busy indicator."""
    busy = getattr(page, "busy", None)
    return bool(busy()) if callable(busy) else False


class Heartbeat:
    """The longest the GUI thread went without serving its event loop: a timer asks to
    run every millisecond, and each run notes the gap since the one before. A gap is a
    freeze the user feels (the window does not repaint or answer), whatever caused it:
    the action itself, or a worker's result shown on the GUI thread afterwards."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.beat)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.beat()
        self.timer.stop()
        return self.longest


def held_and_ready(action: Callable[[], object], page: Callable[[], object]) -> tuple[float, float]:
    """(the longest the GUI thread was held, from ``action`` until the page's figures
    show and are painted; how long until they show)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None
    beat = Heartbeat()
    beat.start()
    start = time.perf_counter()
    action()
    app.processEvents()
    while _busy(page()):
        _wait_a_little(app)
    ready = time.perf_counter() - start
    _wait_a_little(app)  # the paint of what was shown last
    return beat.stop(), ready


def child_window(db: Path) -> None:
    """One run of the window in a fresh process, so that each page's first show pays
    what a user's does (its modules imported, its widgets built); prints JSON."""
    from console.core.database import open_database
    from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME
    from console.core.sign_in import sign_in
    from console.ui.app import ensure_app
    from console.ui.context import AppContext
    from console.ui.main_window import MainWindow
    from glossary import YearMonth

    app = ensure_app("zh_CN")
    database = open_database(db)
    user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    out: dict[str, list[float]] = {}
    ctx = AppContext(database, user, today=TODAY)
    window = MainWindow(ctx, demo=True)
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    while _busy(window.current_page()):
        _wait_a_little()
    # Named by their kind: aligned in a terminal, whatever the language.
    titles = [kind.rsplit(".", 1)[1].removesuffix("Page") for kind in window.page_kinds]
    for row in range(1, window.nav.count()):
        out[f"show:{titles[row]}"] = list(
            held_and_ready(partial(window.nav.setCurrentRow, row), window.current_page)
        )
    # Three different months: nothing is served from an earlier reading.
    for name, row in (("Performance", 1), ("Training", 3)):
        window.nav.setCurrentRow(row)
        while _busy(window.current_page()):
            _wait_a_little()
        month = YearMonth(2026, 10)
        for _ in range(3):
            month = month.prev()
            held, ready = held_and_ready(partial(ctx.set_period, month), window.current_page)
            out.setdefault(f"month:{name}", []).extend([held, ready])
        ctx.set_period(YearMonth.of(TODAY))
        while _busy(window.current_page()):
            _wait_a_little()
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)


def measure_window(db: Path, repeat: int) -> tuple[list[Figure], list[Figure]]:
    shows: dict[str, tuple[Figure, Figure]] = {}
    months: dict[str, tuple[Figure, Figure]] = {}
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child-window", str(db)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
        marks = json.loads(out.strip().splitlines()[-1])
        for key, values in marks.items():
            kind, name = key.split(":", 1)
            if kind == "show":
                pair = shows.setdefault(
                    name, (Figure(f"{name}: GUI held", 150), Figure(f"{name}: figures shown"))
                )
                pair[0].add(values[0])
                pair[1].add(values[1])
            else:
                pair = months.setdefault(
                    name,
                    (
                        Figure(f"{name}, month change: GUI held", 150),
                        Figure(f"{name}, month change: figures shown"),
                    ),
                )
                for held, ready in zip(values[::2], values[1::2], strict=True):
                    pair[0].add(held)
                    pair[1].add(ready)
    first_shows = [f for pair in shows.values() for f in pair]
    changes = [f for pair in months.values() for f in pair]
    return first_shows, changes


# --- the core's views -----------------------------------------------------------------
def measure_views(db: Path, repeat: int) -> tuple[list[Figure], str]:
    from bench.scoring import HAND_FIGURES_SQL, HAND_TALLY_SQL
    from console.core.database import open_database
    from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME
    from console.core.scoring.periods import period_ranking
    from console.core.scoring.ranking import month_ranking
    from console.core.sign_in import sign_in
    from console.core.workspace import Workspace
    from glossary import YearMonth

    database = open_database(db)
    user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    ws = Workspace(database, user)
    live = YearMonth.of(TODAY)  # November 2026: provisional, October finalised
    views = [
        (Figure("quarter 2026 Q3 (finalised months)", 200), 2026, 3),
        (Figure("quarter 2026 Q4 (live month)", 200), 2026, 4),
        (Figure("year 2025 (finalised months)", 200), 2025, None),
        (Figure("year 2026 (to date, one live month)", 200), 2026, None),
    ]
    # As in the window, which does this once a page is built: what exists now is set
    # apart from the cycle collector, whose full passes would otherwise land at random
    # in whichever reading happens to trigger them.
    gc.freeze()
    ranking = Figure(f"month's ranking {live} (live)", 100)
    snapshot = Figure("month's ranking 2026-10 (finalised, again)", 100)
    # After any change to the database the seal is checked anew: the month's digests
    # recomputed (console.core.seal_verdicts). A harmless write from outside, before
    # each such reading, makes it so.
    rechecked = Figure("month's ranking 2026-10 (finalised, rechecked)", 100)
    hand = Figure("one hand-written SQL on point_tally")
    figures = Figure("hand SQL with every figure the ranking shows")
    ratios: list[float] = []
    figure_ratios: list[float] = []
    raw = sqlite3.connect(db)
    params = {
        "a": live.first_day.isoformat(),
        "b": live.last_day.isoformat(),
        "m": live.to_int(),
    }
    for _ in range(max(repeat, 5)):
        # Taking turns, so that the machine's noise weighs on both sides of the ratio.
        start = time.perf_counter()
        ws.read(month_ranking, user, live)
        t_rank = time.perf_counter() - start
        start = time.perf_counter()
        raw.execute(HAND_TALLY_SQL, params).fetchall()
        t_hand = time.perf_counter() - start
        start = time.perf_counter()
        raw.execute(HAND_FIGURES_SQL, params).fetchall()
        t_figures = time.perf_counter() - start
        ranking.add(t_rank)
        hand.add(t_hand)
        figures.add(t_figures)
        ratios.append(t_rank / t_hand)
        figure_ratios.append(t_rank / t_figures)
        raw.execute("PRAGMA user_version = 0")  # a commit: what was checked may differ
        start = time.perf_counter()
        ws.read(month_ranking, user, YearMonth(2026, 10))
        rechecked.add(time.perf_counter() - start)
        start = time.perf_counter()
        ws.read(month_ranking, user, YearMonth(2026, 10))
        snapshot.add(time.perf_counter() - start)
    raw.close()
    for _ in range(repeat):
        for figure, year, quarter in views:
            start = time.perf_counter()
            ws.read(period_ranking, user, year, quarter, TODAY)
            figure.add(time.perf_counter() - start)
    database.close()
    ratios.sort()
    figure_ratios.sort()
    ratio = (
        f"ratio ranking / hand SQL: {statistics.median(ratios):.2f} "
        f"({ratios[0]:.2f}–{ratios[-1]:.2f})   target <= 2  "
        + ("ok" if statistics.median(ratios) <= 2 else "OVER")
        + f"\n  ratio ranking / hand SQL with every figure: "
        f"{statistics.median(figure_ratios):.2f} "
        f"({figure_ratios[0]:.2f}–{figure_ratios[-1]:.2f})"
    )
    return [ranking, rechecked, snapshot, hand, figures] + [f for f, _, _ in views], ratio


# --- print preview ----------------------------------------------------------------------
def measure_preview(db: Path, repeat: int) -> list[Figure]:
    import tempfile

    from PySide6.QtCore import QCoreApplication

    from console.core.database import open_database
    from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME
    from console.core.sign_in import sign_in
    from console.core.units import bureau_name
    from console.core.workspace import Workspace
    from console.ui import print_preview
    from console.ui.app import ensure_app
    from exports.bulletin_pdf import write_monthly_bulletin
    from glossary import YearMonth

    app = ensure_app("zh_CN")
    database = open_database(db)
    user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    ws = Workspace(database, user)
    written = Figure("bulletin PDF written (worker)", 5000)
    prepared = Figure("preview pages prepared (worker)")
    held = Figure("preview shown: GUI held", 150)
    folder = Path(tempfile.mkdtemp(prefix="ducha-bench-"))
    month = YearMonth(2026, 10)
    for run in range(repeat):
        path = folder / f"bulletin-{run}.pdf"
        start = time.perf_counter()
        ws.read(
            write_monthly_bulletin,
            user,
            month,
            path,
            bureau_name=ws.read(bureau_name),
            issued_on=TODAY,
        )
        written.add(time.perf_counter() - start)
        start = time.perf_counter()
        images = print_preview.prepare_pages(path)
        prepared.add(time.perf_counter() - start)
        beat = Heartbeat()
        beat.start()
        dialog = print_preview.PreviewDialog(images, "bulletin")
        dialog.resize(900, 1000)
        dialog.show()
        QCoreApplication.processEvents()
        _wait_a_little()  # the first pages painted
        held.add(beat.stop())
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    database.close()
    return [written, prepared, held]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", choices=["start", "window", "views", "preview"], action="append")
    ap.add_argument("--child-start", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--spawned", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--child-window", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_start:
        child_start(args.child_start, args.spawned)
        return
    if args.child_window:
        child_window(args.child_window)
        return
    if not args.db.exists():
        sys.exit(
            f"{args.db} does not exist: build it with "
            "`uv run python bench/scoring.py --keep DIR` and pass --db DIR/bench-3000-5y.sqlite3"
        )
    with sqlite3.connect(args.db) as conn:
        people = conn.execute("SELECT COUNT(*) FROM person").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM point_event").fetchone()[0]
    print(f"{args.db}: {people:,} people, {events:,} point events; {args.repeat} runs each")
    print("figures: median (fastest–slowest) over the runs")
    only = set(args.only or ["start", "window", "views", "preview"])
    if "start" in only:
        report("Start (a fresh process each run)", measure_start(args.db, args.repeat))
    if "window" in only:
        shows, changes = measure_window(args.db, args.repeat)
        report("First show of each page", shows)
        report("Month change", changes)
    if "views" in only:
        views, ratio = measure_views(args.db, args.repeat)
        report("Ranking, quarter and year (as the pages read them)", views)
        print("  " + ratio)
    if "preview" in only:
        report("Print preview of the month's bulletin", measure_preview(args.db, args.repeat))


if __name__ == "__main__":
    main()
