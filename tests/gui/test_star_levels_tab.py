"""The Performance page's Star levels tab: the year's review shown, confirmed for the
selected rows and then for all (on a person who already holds a level), refused when
another desktop confirmed first; each person's star history on their profile; the
settings panel saving the rule."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from console.core.database import Database
from console.core.star_levels.review import CONFIRMED, OPEN, SeenRow, confirm_review, year_review
from console.core.star_levels.settings import load_star_settings
from console.core.workspace import Workspace
from console.ui.context import AppContext
from console.ui.dialogs.profile import ProfileDialog
from console.ui.pages.star_levels_settings import StarLevelSettingsPanel
from console.ui.pages.star_levels_tab import StarLevelsTab
from db.star_levels import StarLevel
from tests.factories import Bureau
from tests.star_fixtures import (
    LIU,
    WANG,
    YEAR,
    fail_month,
    finalise_year,
    plain_months,
    star_bureau,
)

TODAY = date(2026, 11, 22)


@pytest.fixture
def staff(db: Database) -> Bureau:
    with db.session() as s:
        b = star_bureau(s)
        plain_months(s, b, WANG, range(7, 13))  # 王芳: six excellent months, up to 3★
        fail_month(s, b, LIU, 3)  # 刘洋: a fail month …
        # … and a level already held, confirmed in an earlier year: down from 3★ to 2★.
        s.add(StarLevel(person_id=b.people[LIU].id, level=3, effective_year=YEAR))
        s.commit()
        finalise_year(s, b)
    return b


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _tab(qtbot, db: Database, user) -> StarLevelsTab:  # type: ignore[no-untyped-def]
    tab = StarLevelsTab(AppContext(db, user, today=TODAY))
    qtbot.addWidget(tab)
    assert tab.chosen_year() == YEAR  # the last finished year first
    tab.refresh()
    return tab


def _levels(db: Database, b: Bureau) -> dict[str, int]:
    with db.session() as s:
        held = {lv.person_id: lv.level for lv in s.scalars(select(StarLevel))}
    return {p.name: held[p.id] for p in b.people if p.id in held}


def test_confirm_selected_then_all(qtbot, db: Database, staff: Bureau, say_yes) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, db, staff.admin)
    rows = {r.name: r for r in tab.model.rows()}
    assert (rows["王芳"].level, rows["王芳"].proposed) == (2, 3)
    assert (rows["刘洋"].level, rows["刘洋"].proposed) == (3, 2)
    assert tab.confirm_all_button.isVisible() or not tab.isVisible()
    assert tab.confirm_all_button.isEnabled()

    wang = next(i for i in range(tab.proxy.rowCount()) if tab.proxy.row_at(i).name == "王芳")
    tab.table.selectionModel().select(
        tab.proxy.index(wang, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    tab.confirm_selected_button.click()
    assert "1 people" in say_yes[0]
    assert _levels(db, staff) == {"王芳": 3, "刘洋": 3}
    states = {r.name: r.state for r in tab.model.rows()}
    assert states == {"王芳": CONFIRMED, "刘洋": OPEN}

    tab.confirm_all_button.click()  # only 刘洋 is left, and he already held a level
    assert _levels(db, staff) == {"王芳": 3, "刘洋": 2}
    assert {r.state for r in tab.model.rows()} == {CONFIRMED}
    assert not tab.confirm_all_button.isEnabled()

    tab.changes_only.setChecked(True)
    assert tab.proxy.rowCount() == 2  # both changed level


def test_a_review_confirmed_elsewhere_meanwhile_is_shown_not_overwritten(  # type: ignore[no-untyped-def]
    qtbot, db: Database, staff: Bureau, say_yes, monkeypatch
) -> None:
    tab = _tab(qtbot, db, staff.admin)
    other = Workspace(db, staff.admin)
    review = other.read(year_review, staff.admin, YEAR, TODAY)
    other.run(confirm_review, staff.admin, YEAR, [SeenRow.of(review.rows[0])], TODAY)
    shown: list[str] = []
    monkeypatch.setattr(
        "console.ui.errors.show_conflict", lambda _parent, exc: shown.append(str(exc))
    )
    tab.confirm_all_button.click()
    assert shown and "管理员" in shown[0]
    assert sum(1 for r in tab.model.rows() if r.state == CONFIRMED) == 1  # refreshed


def test_only_the_administrator_sees_confirm(qtbot, db: Database, staff: Bureau) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, db, staff.supervisor)
    tab.show()
    assert not tab.confirm_all_button.isVisible()
    assert tab.print_button.isVisible() and tab.print_button.isEnabled()


def test_profile_shows_the_star_history(qtbot, db: Database, staff: Bureau, say_yes) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, db, staff.admin)
    tab.confirm_all_button.click()
    ctx = AppContext(db, staff.admin, today=TODAY)
    dialog = ProfileDialog(ctx, staff.people[WANG].id)
    qtbot.addWidget(dialog)
    titles = [w.text() for w in dialog.findChildren(type(tab.summary))]
    assert any("3 stars from 2026" in t for t in titles)
    officer = ProfileDialog(ctx, staff.people[0].id)  # an officer holds no star level
    qtbot.addWidget(officer)
    assert not any("Star level" in w.text() for w in officer.findChildren(type(tab.summary)))


def test_settings_panel_saves_the_rule(qtbot, db: Database, staff: Bureau) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(db, staff.admin, today=TODAY)
    panel = StarLevelSettingsPanel(ctx)
    qtbot.addWidget(panel)
    panel.reload()
    panel.excellent_needed.setValue(8)
    panel.band_years[5].setValue(20)
    panel.amounts[4].setValue(800)
    panel.save_button.click()
    assert panel.saved.text() == "Saved."
    with db.session() as s:
        saved = load_star_settings(s)
    assert saved.excellent_needed == 8 and saved.starting_level(25) == 5
    assert saved.pay(5) == 800
    panel.band_years[2].setValue(30)  # 2 stars from 30 years, 3 stars from 5: refused
    panel.save_button.click()
    with db.session() as s:
        assert load_star_settings(s).starting_level(3) == 2  # unchanged
