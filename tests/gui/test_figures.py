"""Honest figures: one value per indicator on every page, charts that do not exaggerate,
the running month marked as partial, and every tile and bar opening what it counted."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.database import Database
from console.ui.main_window import MainWindow
from console.ui.pages.integrity import IntegrityPage
from console.ui.pages.integrity_charts import IntegrityChartsTab
from console.ui.pages.overview import OverviewPage
from console.ui.pages.people import PeoplePage
from console.ui.pages.performance import PerformancePage
from console.ui.pages.training import TrainingPage
from db.integrity import Finding
from db.org import Person
from glossary import FindingStatus, PersonStatus, Severity, YearMonth
from tests.factories import Bureau
from tests.records import Records, populate
from widgets.charts import BarChart, LineChart


@pytest.fixture
def records(db: Database, bureau: Bureau) -> Records:
    """The month of tests/records.py, with a void finding beside the open ones (刘洋 has
    left there): the cases where the figures once disagreed."""
    with db.session() as session:
        recs = populate(session, bureau)
        session.add(
            Finding(
                unit_id=bureau.east.id,
                found_date=date(2026, 11, 3),
                topic="执法记录仪",
                severity=Severity.MINOR,
                description="作废的问题",
                deadline=date(2026, 11, 10),
                status=FindingStatus.VOID,
            )
        )
        session.commit()
        left = select(func.count(Person.id)).where(Person.status != PersonStatus.ACTIVE)
        assert session.scalar(left)
        return recs


def _window(qtbot: QtBot, make_ctx, user) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(user))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot, window)
    return window


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    """Until the shown page is built and its figures, read on a worker, are on screen."""
    qtbot.waitUntil(lambda: bool(window.pages) and not window.current_page().busy(), timeout=10_000)


def _go(qtbot: QtBot, window: MainWindow, row: int) -> None:
    window.nav.setCurrentRow(row)
    _settle(qtbot, window)


def _click_bar(qtbot: QtBot, chart: BarChart, index: int) -> None:
    """A real mouse click in the middle of the bar."""
    value = chart._values[index]
    view = QPointF(value / 2, index) if chart._horizontal else QPointF(index, value / 2)
    scene = chart.getViewBox().mapViewToScene(view)
    pos = chart.mapFromScene(scene)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))


def test_shared_indicators_read_the_same_on_overview_and_their_pages(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    overview = window.page_of(OverviewPage)
    assert isinstance(overview, OverviewPage)
    _go(qtbot, window, window.row_of(IntegrityPage))
    integrity = window.page_of(IntegrityPage)
    assert isinstance(integrity, IntegrityPage)
    # Open: F1, F2, F4, F5, F6; neither the verified F3 nor the void one.
    assert overview.findings_tile.value_text() == integrity.open_tile.value_text() == "5"
    assert "void" in overview.findings_tile.detail_text()
    assert "void" in integrity.open_tile.detail_text()

    _go(qtbot, window, window.row_of(TrainingPage))
    training = window.page_of(TrainingPage)
    assert isinstance(training, TrainingPage)
    # 14 hours over the four people on strength (刘洋 has left), on both pages.
    assert overview.training_tile.value_text() == training.hours_tile.value_text() == "3.5 h"
    for tile in (overview.training_tile, training.hours_tile):
        assert "over 4 people on strength" in tile.detail_text()


def test_the_open_findings_tile_opens_exactly_the_findings_it_counted(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    # Where a user clicks: on the big number.
    number = overview.findings_tile._value
    qtbot.mouseClick(number, Qt.MouseButton.LeftButton, pos=number.rect().center())

    integrity = window.current_page()
    assert isinstance(integrity, IntegrityPage)
    assert integrity.tabs.currentWidget() is integrity.findings
    proxy = integrity.findings.proxy
    listed = [proxy.row_at(r) for r in range(proxy.rowCount())]
    assert len(listed) == int(overview.findings_tile.value_text())
    assert {f.id for f in listed} == {records.findings[k] for k in ("F1", "F2", "F4", "F5", "F6")}


def test_a_unit_bar_opens_the_people_of_that_unit(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    overview = window.current_page()
    assert isinstance(overview, OverviewPage) and overview.overview is not None
    index = next(i for i, u in enumerate(overview.overview.by_unit) if u.unit_id == bureau.east.id)
    _click_bar(qtbot, overview.unit_chart, index)
    people = window.current_page()
    assert isinstance(people, PeoplePage)
    proxy = people.proxy
    shown = [proxy.row_at(r) for r in range(proxy.rowCount())]
    assert len(shown) == overview.overview.by_unit[index].people
    assert {p.unit_id for p in shown} == {bureau.east.id}


def test_a_squad_bar_opens_the_ranking_of_that_squad(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    _go(qtbot, window, window.row_of(PerformancePage))
    page = window.current_page()
    assert isinstance(page, PerformancePage)
    page.tabs.setCurrentWidget(page.charts_tab)
    chart = page.charts_tab.squad_chart
    squads = page.charts_tab._squads
    assert squads
    index = next(i for i, s in enumerate(squads) if s.unit_id == bureau.west.id)
    _click_bar(qtbot, chart, index)

    assert window.current_page() is page
    assert page.tabs.currentWidget() is page.ranking_tab
    proxy = page.ranking_tab.proxy
    shown = [proxy.row_at(r) for r in range(proxy.rowCount())]
    assert page.ranking is not None
    members = [p for p in page.ranking.people if p.unit_id == bureau.west.id]
    assert shown and sorted(p.person_id for p in shown) == sorted(p.person_id for p in members)


def test_a_month_point_opens_that_months_ranking(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    overview.trend_chart.clicked.emit(10)  # October, one month before the running one
    assert window.ctx.period == YearMonth(2026, 10)
    page = window.current_page()
    assert isinstance(page, PerformancePage)
    assert page.ranking is not None and page.ranking.month == YearMonth(2026, 10)


def test_the_running_months_point_is_marked_partial(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(bureau.admin)  # today is 22 November 2026
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    chart = page.trend_chart
    assert chart.partial_note == "as of day 22"
    assert chart.note_item is not None
    assert chart.note_item.toPlainText().startswith("as of day 22: ")

    ctx.set_period(YearMonth(2026, 10))  # a whole month: nothing is partial
    page.refresh()
    assert chart.partial_note == "" and chart.note_item is None


def test_a_partial_point_is_drawn_apart_from_the_whole_months(qtbot: QtBot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_data(["9", "10", "11"], [107.7, 107.2, 101.5], partial_note="as of day 5")
    solid, hollow = chart.getPlotItem().listDataItems()
    assert list(solid.getData()[1]) == [107.7, 107.2]  # no segment down to the partial
    assert hollow.opts["symbolBrush"].color().name() == "#ffffff"  # hollow
    assert chart.note_item is not None
    assert chart.note_item.toPlainText() == "as of day 5: 101.5"
    # The axis is the whole months': 101.5 does not stretch it into a plunge.
    low, high = chart.value_axis_range()
    assert 101.5 < low < 107.2 and high > 107.7
    # Off the axis, the marker sits at its bottom edge: not among the whole months,
    # where it would read as a value it is not (the note says where it really is).
    marker = hollow.getData()[1][0]
    assert low < marker < low + (high - low) * 0.05

    chart.set_data(["9", "10", "11"], [107.7, 107.2, 101.5])
    assert len(chart.getPlotItem().listDataItems()) == 1 and chart.note_item is None
    assert chart.value_axis_range()[0] < 101.5


def test_hours_by_month_keep_the_partial_point_at_its_value_from_zero(qtbot: QtBot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_data(["10", "11", "12"], [2400.0, 2100.0, 300.0], "as of day 5", from_zero=True)
    assert chart.value_axis_range()[0] == 0
    _solid, hollow = chart.getPlotItem().listDataItems()
    assert list(hollow.getData()[1]) == [300.0]


@pytest.mark.parametrize("horizontal", [False, True])
def test_bars_start_at_zero_and_carry_their_values(qtbot: QtBot, horizontal: bool) -> None:
    chart = BarChart(horizontal=horizontal)
    qtbot.addWidget(chart)
    chart.set_data(["一中队", "二中队"], [99.25, 102.05])
    low, high = chart.value_axis_range()
    assert low == 0 and high > 102.05
    assert [t.toPlainText() for t in chart.value_labels] == ["99.25", "102.05"]
    chart.set_data(["a", "b"], [3, 12])
    assert [t.toPlainText() for t in chart.value_labels] == ["3", "12"]


def test_the_squad_chart_is_no_longer_cut(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    page = PerformancePage(make_ctx(bureau.admin))
    qtbot.addWidget(page)
    page.refresh()
    page.show()
    page.tabs.setCurrentWidget(page.charts_tab)  # the charts are drawn when shown
    chart = page.charts_tab.squad_chart
    assert chart.value_axis_range()[0] == 0
    assert len(chart.value_labels) == len(page.charts_tab._squads) > 0
    # One format for every squad's score: two decimals, as the squad ranking has them.
    assert all(re.fullmatch(r"\d+\.\d\d", t.toPlainText()) for t in chart.value_labels)


def test_the_running_months_findings_bar_says_it_is_partial(
    qtbot: QtBot, make_ctx, bureau: Bureau, records: Records
) -> None:  # type: ignore[no-untyped-def]
    tab = IntegrityChartsTab(make_ctx(bureau.admin))  # the month of today, 22 November
    qtbot.addWidget(tab)
    tab.reload()
    labels = tab.month_chart._labels
    assert labels[-1].endswith("(as of day 22)")
    assert not any("as of day" in t for t in labels[:-1])


def test_a_trend_moving_by_fractions_of_a_point_is_not_drawn_as_swings(qtbot: QtBot) -> None:
    from widgets.charts import LineChart

    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_data(["9", "10", "11", "12"], [108.2, 108.3, 107.7, 102.1], partial_note="截至 6 日")
    low, high = chart.value_axis_range()
    # Averages near 108 that move by 0.6: the axis spans at least 5% of the level, and
    # the running month's partial figure does not stretch it.
    assert high - low >= 0.05 * 108
    assert low > 102.1 and low < 107.7 and high > 108.3
