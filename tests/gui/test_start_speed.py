"""What keeps the console quick on a large bureau: pages are built and read only when
first shown, the heavy libraries wait until a page needs them, and slow readings run on a
worker behind a busy indicator while the window keeps answering."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from console.core.database import Database
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.pages.overview import OverviewPage
from console.ui.pages.performance import PerformancePage
from console.ui.pages.training import TrainingPage
from glossary import YearMonth
from tests.factories import Bureau

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _services_read(ctx: AppContext) -> list[str]:
    """Record the name of every service the pages read through the context."""
    names: list[str] = []
    read = ctx.read

    def spy(service: Callable[..., object], *args: object, **kwargs: object) -> object:
        names.append(getattr(service, "__name__", repr(service)))
        return read(service, *args, **kwargs)

    ctx.read = spy  # type: ignore[method-assign]
    return names


def test_a_page_is_built_and_read_only_when_first_shown(
    qtbot: QtBot, bureau: Bureau, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = make_ctx(bureau.admin)
    names = _services_read(ctx)
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(window.pages) and not window.pages[0].busy())
    # Only the first page exists, and only its figures were read.
    assert [type(p) for p in window.pages] == [OverviewPage]
    assert "build_overview" in names
    assert "month_view" not in names and "training_page" not in names
    assert window.stack.widget(3).widget() is None  # Training: not even constructed

    window.nav.setCurrentRow(3)
    training = window.current_page()
    assert isinstance(training, TrainingPage)
    qtbot.waitUntil(lambda: not training.busy())
    assert "training_page" in names and "month_view" not in names
    assert [type(p) for p in window.pages] == [OverviewPage, TrainingPage]
    assert window.page_of(PerformancePage) is window.page_at(1)  # built on demand


def test_creating_the_window_imports_no_charting_pdf_or_spreadsheet_library_and_pages_no_writer(
    tmp_path: Path,
) -> None:
    """Checked in a fresh interpreter: the test session itself has imported them all."""
    script = f"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(ROOT)!r})
from datetime import date
from console.core.database import open_database
from console.ui.app import ensure_app
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from tests.factories import make_bureau
app = ensure_app("zh_CN")
database = open_database({str(tmp_path / "ducha.sqlite3")!r})
with database.session() as s:
    admin = make_bureau(s).admin
    s.commit()
window = MainWindow(AppContext(database, admin, today=date(2026, 11, 22)))
window.show()
heavy = ["pyqtgraph", "numpy", "reportlab", "openpyxl", "pypdfium2", "PIL", "exports"]
at_start = sorted(m for m in heavy if m in sys.modules)
for row in range(window.nav.count()):  # every page built, none asked to write a file
    window.nav.setCurrentRow(row)
    app.processEvents()
print(json.dumps([at_start, sorted(m for m in heavy if m in sys.modules)]))
sys.stdout.flush()
os._exit(0)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    at_start, every_page = json.loads(out.strip().splitlines()[-1])
    assert at_start == []
    # Charts are drawn on pages; the PDF and spreadsheet writers (half a second to
    # import) wait until the user writes a file.
    assert not {"reportlab", "openpyxl", "exports"} & set(every_page)


def test_a_slow_reading_shows_the_busy_indicator_and_the_window_keeps_answering(
    qtbot: QtBot, bureau: Bureau, make_ctx: Callable[..., AppContext], db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from console.core.training import page as training_core

    gate = threading.Event()
    years: list[int] = []
    real = training_core.training_page

    def blocking(session, user, year, today):  # type: ignore[no-untyped-def]
        years.append(year)
        assert gate.wait(20), "the test never let the reading finish"
        return real(session, user, year, today)

    monkeypatch.setattr("console.ui.pages.training.training_page", blocking)
    ctx = make_ctx(bureau.admin)
    window = _window(qtbot, ctx)
    window.nav.setCurrentRow(3)
    page = window.current_page()
    assert isinstance(page, TrainingPage)
    qtbot.waitUntil(lambda: len(years) == 1)
    assert page.busy()
    assert page.busy_bar.isVisible() and page.busy_label.isVisible()

    # The reading is held on its worker; the event loop still runs and the window answers.
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5)
    timer.stop()
    people = window.page_kinds.index("console.ui.pages.people.PeoplePage")
    window.nav.setCurrentRow(people)  # People: built and shown meanwhile
    assert window.stack.currentIndex() == people
    window.nav.setCurrentRow(3)

    # Another year chosen while the first reading is held: only the newest is shown.
    ctx.set_period(YearMonth(2025, 6))
    qtbot.waitUntil(lambda: len(years) == 2)
    assert years == [2026, 2025]
    gate.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    assert not page.busy_bar.isVisible()
    qtbot.wait(50)  # the superseded reading has landed too, and was dropped
    assert page.sessions_tile.value_text() != ""
    assert page.sessions_tile._detail.text() == "2025"  # the year asked last
