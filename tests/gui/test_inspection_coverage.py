"""Inspection coverage on screen: the Integrity page's Coverage tab by month, quarter and
year, and the Overview's tile opening the units it counted as not inspected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.core.auth import User
from console.core.database import Database
from console.core.integrity.coverage import Span
from console.core.integrity.inspections import InspectionInput, save_inspection
from console.core.integrity.topics import TOPICS
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.pages.integrity import IntegrityPage
from console.ui.pages.integrity_coverage import ALL_UNITS
from console.ui.pages.overview import OverviewPage
from glossary import InspectionKind
from tests.factories import Bureau

MakeCtx = Callable[[User], AppContext]


def _inspections(db: Database, b: Bureau) -> None:
    """城东 on 30 November (the month's last day), 城西 in October; 办公室 never."""
    with db.session() as s:
        for day, unit in ((date(2026, 11, 30), b.east), (date(2026, 10, 12), b.west)):
            data = InspectionInput(
                day, InspectionKind.ROUTINE, "日常督察", [unit.id], topics=[TOPICS[0]]
            )
            save_inspection(s, b.supervisor, data, date(2026, 12, 31))
        s.commit()


def cells(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_coverage_tab_by_month_quarter_and_year(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    _inspections(db, bureau)
    page = IntegrityPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.coverage
    page.tabs.setCurrentWidget(tab)
    # November 2026 (the context's month): 城东 only.
    assert tab.tile.value_text() == "33.3%"
    assert "1 of 3 units inspected" in tab.tile.detail_text()
    assert cells(tab.proxy, 0) == ["城西中队", "办公室"]
    tab.span.setCurrentIndex(tab.span.findData(Span.QUARTER))
    assert tab.tile.value_text() == "66.7%"
    assert cells(tab.proxy, 0) == ["办公室"]
    tab.which.setCurrentIndex(tab.which.findData(ALL_UNITS))
    assert cells(tab.proxy, 0) == ["办公室", "城东中队", "城西中队"]
    assert cells(tab.proxy, 3) == ["", "2026-11-30", "2026-10-12"]


def test_the_overview_tile_opens_the_units_not_inspected(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    _inspections(db, bureau)
    window = MainWindow(make_ctx(bureau.admin))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.pages) and not window.current_page().busy(), timeout=10_000)
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    assert overview.coverage_tile.value_text() == "33%"
    assert "1 of 3 units inspected in 2026-11" in overview.coverage_tile.detail_text()
    number = overview.coverage_tile._value
    qtbot.mouseClick(number, Qt.MouseButton.LeftButton, pos=number.rect().center())
    integrity = window.current_page()
    assert isinstance(integrity, IntegrityPage)
    assert integrity.tabs.currentWidget() is integrity.coverage
    assert cells(integrity.coverage.proxy, 0) == ["城西中队", "办公室"]
