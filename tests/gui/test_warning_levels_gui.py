"""The two levels of early warning in the GUI: the level in the list (colour and words)
and its filter, the Figures and Overview counts, the profile, and the settings panel's
threshold per level with its validation and hits per level."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.core.database import Database
from console.core.indicators import INTEGRITY, WARNINGS, Drill
from console.core.integrity.warnings import evaluate_warnings
from console.ui.dialogs.profile import ProfileDialog
from console.ui.pages.integrity import IntegrityPage
from console.ui.pages.integrity_warnings import LEVEL_COLOURS
from console.ui.pages.overview import OverviewPage
from console.ui.pages.warning_settings import WarningSettingsPanel
from db.integrity import Complaint
from glossary import ComplaintChannel, ComplaintOutcome, WarningLevel
from tests.factories import Bureau


@pytest.fixture
def levelled(db: Database, bureau: Bureau) -> None:
    """王芳: two founded complaints (a warning); 李娜: three (critical)."""
    with db.session() as s:
        for person, n in ((bureau.people[1], 2), (bureau.people[2], 3)):
            for day in range(1, n + 1):
                s.add(
                    Complaint(
                        received_date=date(2026, 10, day),
                        channel=ComplaintChannel.HOTLINE_12345,
                        person_id=person.id,
                        unit_id=person.unit_id,
                        substance="执法态度粗暴",
                        outcome=ComplaintOutcome.VERIFIED,
                    )
                )
        s.commit()
        evaluate_warnings(s, bureau.supervisor, date(2026, 11, 22), codes=["verified_complaints"])
        s.commit()


def _level_column(page: IntegrityPage) -> int:
    model = page.warnings.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index("Level")


def test_the_level_shows_in_words_and_colour_and_filters(
    qtbot: QtBot, bureau: Bureau, levelled: None, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    page = IntegrityPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.warnings)
    page.refresh()
    tab = page.warnings
    column = _level_column(page)
    shown = {}
    for r in range(tab.model.rowCount()):
        index = tab.model.index(r, column)
        brush = tab.model.data(index, Qt.ItemDataRole.ForegroundRole)
        shown[tab.model.row(r).person_name] = (
            tab.model.data(index, Qt.ItemDataRole.DisplayRole),
            brush.color().name(),
        )
    assert shown == {
        "王芳": ("Warning", LEVEL_COLOURS[WarningLevel.WARNING]),
        "李娜": ("Critical warning", LEVEL_COLOURS[WarningLevel.CRITICAL]),
    }
    tab.level.setCurrentIndex(tab.level.findData(WarningLevel.CRITICAL))
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.row_at(0).person_name == "李娜"
    tab.show_level(None)
    assert tab.proxy.rowCount() == 2

    page.tabs.setCurrentWidget(page.charts)
    page.refresh()
    assert page.charts.warnings_tile.value_text() == "2"
    assert page.charts.warnings_tile.detail_text().startswith("1 critical")
    # The tile opens the open warnings, of both levels.
    drilled: list[Drill] = []
    page.ctx.drill.connect(drilled.append)
    page.charts.warnings_tile.clicked.emit()
    assert drilled == [Drill(INTEGRITY, WARNINGS)]
    tab.show_level(WarningLevel.WARNING)
    page.show_drill(drilled[0])
    assert page.tabs.currentWidget() is tab
    assert tab.proxy.rowCount() == 2


def test_overview_and_profile_show_the_levels(
    qtbot: QtBot, bureau: Bureau, levelled: None, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(bureau.supervisor)
    overview = OverviewPage(ctx)
    qtbot.addWidget(overview)
    overview.show_data(overview.fetch()())
    assert overview.warnings_tile.value_text() == "2"
    assert overview.warnings_tile.detail_text() == "1 critical, 1 warnings"
    profile = ProfileDialog(ctx, bureau.people[2].id)
    qtbot.addWidget(profile)
    [row] = profile.profile.warnings
    assert (row.level, row.rule_title) == (WarningLevel.CRITICAL, "Founded complaints")


def test_settings_per_level_with_validation_and_hits_per_level(
    qtbot: QtBot, bureau: Bureau, levelled: None, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    panel = WarningSettingsPanel(make_ctx(bureau.admin))
    qtbot.addWidget(panel)
    panel.reload()
    key = ("verified_complaints", "count")
    assert (panel.params[key].value(), panel.critical[key].value()) == (2, 3)
    assert "1 warnings, 1 critical" in panel.stats["verified_complaints"].text()
    panel.critical[key].setValue(2)  # not stricter than the warning's 2: refused
    panel.save()
    assert "critical warning (2) must be higher than for a warning (2)" in panel.saved.text()
    panel.critical[key].setValue(4)
    panel.save()
    reread = WarningSettingsPanel(make_ctx(bureau.admin))
    qtbot.addWidget(reread)
    reread.reload()
    assert reread.critical[key].value() == 4
    assert reread.critical[("complaint_rate", "multiple")].value() == 3.0
    viewer = WarningSettingsPanel(make_ctx(bureau.viewer))
    qtbot.addWidget(viewer)
    assert not viewer.critical[key].isEnabled()
