"""The Performance page as a supervisor uses it every month, on the five-person bureau.

November 2026 (today the 22nd): 张伟 25 simple cases +12.5 capped at 10 → 110; 王芳 8
commendations by the public +8 → 108; 陈静 100; 李娜 two founded complaints −10 → 90;
刘洋 a serious violation −10 → 90. Pending: a provincial commendation (+10) for 李娜.
Quotas of five people: one excellent place, one good place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.auth import User
from console.core.database import Database
from console.core.scoring.entries import reject_entry
from console.core.scoring.locking import finalise_month
from console.ui import tables
from console.ui.context import AppContext
from console.ui.dialogs.entries import PersonEntriesDialog
from console.ui.dialogs.entry import BATCH, EntryDialog
from console.ui.dialogs.finalise import FinaliseDialog
from console.ui.dialogs.reason import ReasonDialog
from console.ui.pages.performance import PerformancePage
from db.scoring import PointEvent
from glossary import Category, EventStatus, Grade, YearMonth
from tests.factories import Bureau
from tests.gui.conftest import on_modal
from tests.scoring_fixtures import enter, scoring_bureau

MakeCtx = Callable[[User], AppContext]
NOV = date(2026, 11, 10)


@pytest.fixture
def b(db: Database) -> Bureau:
    with db.session() as s:
        bureau = scoring_bureau(s)
        enter(s, bureau, 0, "AJ01", 25, on=NOV)
        enter(s, bureau, 1, "FW01", 8, on=NOV)
        enter(s, bureau, 2, "TS01", 2, on=NOV)
        enter(s, bureau, 3, "JL07", on=NOV)
        enter(s, bureau, 2, "BZ02", on=date(2026, 11, 12))  # needs approval: pending
        return bureau


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes recorded instead of shown: (kind, text)."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def box(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    # The box after an export (with 打开文件 / 打开所在文件夹) is an information too.
    monkeypatch.setattr(
        tables, "show_written", lambda _p, _path, text: shown.append(("information", text))
    )
    return shown


def open_page(qtbot: QtBot, make_ctx: MakeCtx, user: User) -> PerformancePage:
    page = PerformancePage(make_ctx(user))
    qtbot.addWidget(page)
    page.refresh()
    return page


def column(proxy: Any, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def names(page: PerformancePage) -> list[str]:
    return column(page.ranking_tab.proxy, 2)


def event_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(PointEvent.id))) or 0


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    for standard in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        button = box.button(standard)
        if button is not None:
            button.click()
            return


# --- ranking -------------------------------------------------------------------------------


def test_ranking_in_order_with_grades_and_figures(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    ranking = page.ranking_tab.proxy
    assert names(page) == ["张伟", "王芳", "陈静", "李娜", "刘洋"]
    assert column(ranking, 0) == ["1", "2", "3", "4", "4"]  # a tie shares the rank
    assert column(ranking, 8) == ["110.00", "108.00", "100.00", "90.00", "90.00"]
    assert column(ranking, 10) == ["Excellent", "Good", "Pass", "Basic pass", "Fail"]
    assert column(ranking, 7)[3] == "-10.00"  # one format per column
    assert column(ranking, 11)[0] == "Casework star、Most improved star"
    assert page.ranked_tile.value_text() == "5"
    assert page.average_tile.value_text() == "99.60"
    assert page.excellent_tile.value_text() == "1"
    assert page.pending_tile.value_text() == "1"
    assert page.state_tile.value_text() == "Provisional"
    assert page.tabs.tabText(page.tabs.indexOf(page.approvals_tab)) == "Approvals (1)"


def test_filters_narrow_the_ranking(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    tab = page.ranking_tab
    tab.unit.setCurrentIndex(tab.unit.findText("城东中队"))
    assert names(page) == ["张伟", "王芳"]
    assert tab.count.text() == "2 of 5 people"
    tab.unit.setCurrentIndex(0)
    tab.category.setCurrentIndex(tab.category.findData(Category.OFFICER))
    assert names(page) == ["张伟", "李娜"]
    tab.category.setCurrentIndex(0)
    tab.grade.setCurrentIndex(tab.grade.findData(Grade.FAIL))
    assert names(page) == ["刘洋"]
    tab.grade.setCurrentIndex(0)
    tab.search.setText("T0005")
    assert names(page) == ["陈静"]
    assert tab.count.text() == "1 of 5 people"
    # A reload keeps the filters.
    page.refresh()
    assert names(page) == ["陈静"]


def test_squads_and_stars(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    squads = page.squads_tab.model
    assert column(squads, 1) == ["城东中队", "城西中队"]  # the office is not a squad
    assert column(squads, 5) == ["109.00", "90.00"]
    stars = page.stars_tab.model
    assert column(stars, 0) == ["Casework star", "Service star", "Most improved star"]
    assert column(stars, 1) == ["张伟", "王芳", "张伟"]
    assert column(stars, 4) == [
        "Casework points +10",
        "Service points +8",
        "Total up +10 on last month",  # October: 100
    ]
    tiles = page.stars_tab.tiles
    assert [t.value_text() for t in tiles.values()] == ["张伟", "王芳", "张伟"]


def test_squad_leader_sees_their_squad(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = open_page(qtbot, make_ctx, b.leader)
    assert names(page) == ["张伟", "王芳"]
    assert column(page.ranking_tab.proxy, 0) == ["1", "2"]  # ranks stay bureau-wide
    assert page.pending_tile.value_text() == "0"
    # isHidden: hidden on purpose (a tab that is not showing hides its children too).
    assert page.approvals_tab.approve_button.isHidden()
    assert page.finalise_button.isHidden()
    assert not page.entries_tab.new_button.isHidden()


# --- recording an entry --------------------------------------------------------------------


def test_supervisor_records_an_entry_and_the_ranking_follows(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    before = event_count(db)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EntryDialog)
        assert dialog.date.date().toPython() == date(2026, 11, 22)  # today, in November
        press_ok(dialog)  # nothing chosen yet: the core's messages under their fields
        seen["rule"] = dialog.form.errors["rule"].text()
        seen["person"] = dialog.form.errors["person"].text()
        dialog.rule_filter.setText("一般程序")  # one rule matches: it is chosen
        assert dialog.chosen_rule() is not None and dialog.chosen_rule().code == "AJ02"
        dialog.quantity.setText("6")
        seen["preview"] = dialog.points_preview.text()
        dialog.person.edit.setText("陈静")  # a name that one person bears chooses her
        dialog.note.setText("案件 2026-118")
        press_ok(dialog)

    on_modal(fill)
    click(qtbot, page.entries_tab.new_button)
    assert seen["rule"] == "Choose a rule."
    assert seen["person"] == "Choose the people (or the unit) concerned."
    assert seen["preview"] == "6 次: +12 points each person"
    assert event_count(db) == before + 1
    assert names(page)[0] == "陈静"
    assert column(page.ranking_tab.proxy, 8)[0] == "112.00"


def test_batch_entry_for_ticked_people_of_a_unit(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    before = event_count(db)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EntryDialog)
        dialog.mode_buttons[BATCH].click()
        dialog.unit.setCurrentIndex(dialog.unit.findData(b.west.id))
        assert dialog.members.count() == 2
        dialog.select_rule("FW01")
        dialog.tick_all.click()
        assert dialog.ticked.text() == "2 of 2 ticked"
        press_ok(dialog)

    on_modal(fill)
    click(qtbot, page.entries_tab.new_button)
    assert event_count(db) == before + 2
    totals = dict(zip(names(page), column(page.ranking_tab.proxy, 8), strict=True))
    assert (totals["李娜"], totals["刘洋"]) == ("91.00", "91.00")


def test_an_invalid_entry_writes_nothing(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, b: Bureau
) -> None:
    ctx = make_ctx(b.supervisor)
    dialog = EntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select_rule("AJ02")
    dialog.select_person(b.people[0].id)
    dialog.quantity.setText("abc")
    before = event_count(db)
    dialog.save()
    assert dialog.form.errors["quantity"].text() == "Quantity must be a number."
    assert not dialog.form.errors["quantity"].isHidden()
    assert dialog.result() == 0
    assert event_count(db) == before


# --- deciding ------------------------------------------------------------------------------


def test_approving_a_pending_entry(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = open_page(qtbot, make_ctx, b.admin)
    tab = page.approvals_tab
    assert column(tab.proxy, 2) == ["李娜"]
    assert column(tab.proxy, 8) == ["督察员"]
    tab.table.selectRow(0)
    click(qtbot, tab.approve_button)
    assert tab.model.rowCount() == 0
    assert page.pending_tile.value_text() == "0"
    totals = dict(zip(names(page), column(page.ranking_tab.proxy, 8), strict=True))
    assert totals["李娜"] == "100.00"


def test_nobody_approves_their_own_entry(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau, messages: list[tuple[str, str]]
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)  # who recorded the pending entry
    page.approvals_tab.table.selectRow(0)
    click(qtbot, page.approvals_tab.approve_button)
    assert len(messages) == 1
    kind, text = messages[0]
    assert kind == "warning" and "approved by someone other than its recorder" in text
    assert page.pending_tile.value_text() == "1"


def test_approving_what_another_desktop_already_decided(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau, db: Database, messages: list[tuple[str, str]]
) -> None:
    page = open_page(qtbot, make_ctx, b.admin)
    tab = page.approvals_tab
    [shown] = tab.model.rows()
    other = make_ctx(b.admin)  # another desktop rejects it meanwhile
    other.run(reject_entry, b.admin, shown.id, "材料不全", seen=EventStatus.PENDING)
    tab.table.selectRow(0)
    click(qtbot, tab.approve_button)
    [(kind, text)] = messages
    assert kind == "warning" and "changed this record" in text and "Rejected" in text
    assert tab.model.rowCount() == 0  # refreshed: it is no longer waiting
    with db.session() as s:
        event = s.get(PointEvent, shown.id)
        assert event is not None
        assert (event.status, event.reason) == (EventStatus.REJECTED, "材料不全")


def _three_pending(db: Database, b: Bureau) -> None:
    with db.session() as s:
        enter(s, b, 0, "BZ02", on=date(2026, 11, 13))
        enter(s, b, 1, "BZ02", on=date(2026, 11, 14))


def test_approving_several_selected_entries_at_once(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau, db: Database
) -> None:
    _three_pending(db, b)
    page = open_page(qtbot, make_ctx, b.admin)
    tab = page.approvals_tab
    assert tab.model.rowCount() == 3
    tab.select_all()
    assert len(tab.selected()) == 3
    click(qtbot, tab.approve_button)
    assert tab.model.rowCount() == 0
    assert page.pending_tile.value_text() == "0"
    with db.session() as s:
        statuses = s.scalars(
            select(PointEvent.status).where(PointEvent.event_date >= date(2026, 11, 12))
        ).all()
    assert statuses == [EventStatus.APPROVED] * 3


def test_several_entries_one_changed_elsewhere_writes_nothing(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau, db: Database, messages: list[tuple[str, str]]
) -> None:
    _three_pending(db, b)
    page = open_page(qtbot, make_ctx, b.admin)
    tab = page.approvals_tab
    shown = tab.model.rows()
    other = make_ctx(b.admin)  # another desktop rejects one of them meanwhile
    other.run(reject_entry, b.admin, shown[1].id, "材料不全", seen=EventStatus.PENDING)
    tab.select_all()
    click(qtbot, tab.approve_button)
    [(kind, text)] = messages
    assert kind == "warning" and "changed this record" in text
    assert shown[1].person_name in text  # which entry moved
    with db.session() as s:
        statuses = [s.get(PointEvent, r.id).status for r in shown]  # type: ignore[union-attr]
    assert statuses == [EventStatus.PENDING, EventStatus.REJECTED, EventStatus.PENDING]
    assert tab.model.rowCount() == 2  # refreshed: what still waits


def test_pending_entries_of_a_finalised_month_are_flagged_and_cleared(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau, db: Database
) -> None:
    make_ctx(b.admin).run(finalise_month, b.admin, YearMonth(2026, 11), date(2026, 12, 5))
    page = open_page(qtbot, make_ctx, b.admin)
    tab = page.approvals_tab
    assert tab.model.rowCount() == 1
    assert not tab.finalised_note.isHidden()
    assert "cannot be approved unless an administrator reopens" in tab.finalised_note.text()
    assert tab.clear_button.isEnabled()

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setPlainText("月份已定稿")
        press_ok(dialog)

    on_modal(give_reason)
    click(qtbot, tab.clear_button)
    assert tab.model.rowCount() == 0
    assert tab.finalised_note.isHidden()


def test_rejecting_needs_a_reason(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = open_page(qtbot, make_ctx, b.admin)
    seen: dict[str, str] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        press_ok(dialog)
        seen["empty"] = dialog.error.text()
        dialog.reason.setPlainText("材料不全")
        press_ok(dialog)

    page.approvals_tab.table.selectRow(0)
    on_modal(answer)
    click(qtbot, page.approvals_tab.reject_button)
    assert seen["empty"] == "Give the reason."
    assert page.approvals_tab.model.rowCount() == 0
    page.tabs.setCurrentWidget(page.entries_tab)
    statuses = column(page.entries_tab.proxy, 8)
    assert statuses.count("Rejected") == 1


# --- drill-down ----------------------------------------------------------------------------


def test_drill_down_lists_who_recorded_and_voids_with_a_reason(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    tab = page.ranking_tab
    assert tab.select_person(b.people[0].id)
    seen: dict[str, Any] = {}

    def void(dialog: QDialog) -> None:
        dialog.reason.setPlainText("重复录入")
        press_ok(dialog)

    def inspect(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonEntriesDialog)
        seen["rows"] = column(dialog.model, 1)
        seen["recorded"] = column(dialog.model, 6)
        seen["void_visible"] = dialog.void_button.isVisibleTo(dialog)
        dialog.table.selectRow(0)
        on_modal(void)
        dialog.void_button.click()
        seen["status"] = column(dialog.model, 5)
        seen["reason"] = column(dialog.model, 8)
        dialog.reject()

    on_modal(inspect)
    click(qtbot, tab.entries_button)
    assert seen["rows"] == ["AJ01"]
    assert seen["recorded"] == ["督察员"]
    assert seen["void_visible"]
    assert seen["status"] == ["Void"] and seen["reason"] == ["重复录入"]
    totals = dict(zip(names(page), column(tab.proxy, 8), strict=True))
    assert totals["张伟"] == "100.00"


# --- finalising ----------------------------------------------------------------------------


def test_admin_finalises_and_new_entries_are_refused(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = open_page(qtbot, make_ctx, b.admin)
    seen: dict[str, str] = {}

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, FinaliseDialog)
        seen["summary"] = dialog.summary.text()
        seen["warning"] = dialog.warning.text()
        press_ok(dialog)

    on_modal(confirm)
    click(qtbot, page.finalise_button)
    assert seen["summary"] == ("5 people ranked: Excellent 1　Good 1　Pass 1　Basic pass 1　Fail 1")
    assert "1 entries dated in the month still await approval" in seen["warning"]
    assert page.state_tile.value_text() == "Finalised (version 1)"
    assert "finalised" in page.state_label.text()
    assert not page.finalise_button.isEnabled() and page.reopen_button.isEnabled()
    assert page.ranking and page.ranking.finalised

    before = event_count(db)

    def try_entry(dialog: QDialog) -> None:
        assert isinstance(dialog, EntryDialog)
        dialog.select_rule("FW01")
        dialog.select_person(b.people[4].id)
        press_ok(dialog)
        seen["date"] = dialog.form.errors["date"].text()
        dialog.reject()

    on_modal(try_entry)
    click(qtbot, page.entries_tab.new_button)
    assert seen["date"] == (
        "2026-11 is finalised and locked; an administrator must reopen it before entries "
        "dated in it can change."
    )
    assert event_count(db) == before

    def reopen(dialog: QDialog) -> None:
        dialog.reason.setPlainText("补录遗漏案件")
        press_ok(dialog)

    on_modal(reopen)
    click(qtbot, page.reopen_button)
    assert page.state_tile.value_text() == "Provisional"
    assert page.finalise_button.isEnabled()


def test_a_viewer_has_no_write_buttons(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = open_page(qtbot, make_ctx, b.viewer)
    assert names(page) == ["张伟", "王芳", "陈静", "李娜", "刘洋"]
    for button in (
        page.finalise_button,
        page.reopen_button,
        page.entries_tab.new_button,
        page.approvals_tab.approve_button,
        page.approvals_tab.reject_button,
    ):
        assert button.isHidden()
    assert not page.ranking_tab.export_button.isHidden()  # reading and exporting are fine
    dialog = PersonEntriesDialog(page.ctx, b.people[0].id, page.ctx.period)
    qtbot.addWidget(dialog)
    assert dialog.void_button.isHidden()
    assert not dialog.profile_button.isHidden()


# --- export --------------------------------------------------------------------------------


def test_export_writes_the_ranking_to_excel(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    b: Bureau,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    target = tmp_path / "out" / "ranking"  # no suffix: the page adds .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, page.ranking_tab.export_button)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    written = target.with_suffix(".xlsx")
    assert messages == [("information", f"The ranking was written to\n{written}")]
    ws = load_workbook(written).active
    assert ws is not None
    assert ws["A1"].value == "Performance ranking 2026-11 (provisional, as of 2026-11-22)"
    assert [c.value for c in ws[2]][:4] == ["Rank", "Staff no.", "Name", "Unit"]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert [r[2] for r in rows] == ["张伟", "王芳", "陈静", "李娜", "刘洋"]
    assert rows[0][8] == 110 and isinstance(rows[0][8], int | float)
    assert rows[3][7] == -10
    assert [r[10] for r in rows] == ["Excellent", "Good", "Pass", "Basic pass", "Fail"]
    assert rows[0][11] == "Casework star、Most improved star"
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:L7"
    assert ws["A2"].font.bold


# --- charts and periods, computed when shown -----------------------------------------------


def test_charts_and_the_trend_computed_only_when_shown(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    charts = page.charts_tab
    assert charts.trend == [] and not charts.busy  # not computed for a page reload
    page.tabs.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: not charts.busy, timeout=10_000)
    assert len(charts.trend) == 12
    assert charts.trend[-1].value is not None and float(charts.trend[-1].value) == 99.6
    assert float(charts.trend[-2].value or 0) == 100  # October: nothing recorded
    assert "last 12 months" in charts.trend_heading.text()

    charts.subject.setCurrentIndex(charts.subject.findText("城东中队"))
    qtbot.waitUntil(lambda: not charts.busy, timeout=10_000)
    assert float(charts.trend[-1].value or 0) == 109

    # The person selected in the ranking is the one the trend can follow.
    page.tabs.setCurrentWidget(page.ranking_tab)
    page.ranking_tab.select_person(b.people[1].id)
    page.tabs.setCurrentWidget(charts)
    charts.subject.setCurrentIndex(charts.subject.count() - 1)
    qtbot.waitUntil(lambda: not charts.busy, timeout=10_000)
    assert "王芳" in charts.trend_heading.text()
    assert float(charts.trend[-1].value or 0) == 108


def test_quarter_and_year(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    period = page.period_tab
    assert period.result is None  # nothing computed until the tab shows
    page.tabs.setCurrentWidget(period)
    qtbot.waitUntil(lambda: not period.busy, timeout=10_000)
    assert period.period.currentText() == "Q4 2026"
    assert period.result is not None and len(period.result.months) == 2  # Oct, Nov
    assert column(period.proxy, 2)[0] == "张伟"
    assert column(period.proxy, 6)[0] == "105.00"  # (100 + 110) / 2
    period.period.setCurrentIndex(period.period.findData(0))  # the whole year
    qtbot.waitUntil(lambda: not period.busy, timeout=10_000)
    assert period.result is not None and len(period.result.months) == 11
    period.search.setText("刘洋")
    assert column(period.proxy, 2) == ["刘洋"]

    # Another month of the shared picker: its quarter, and the page follows it.
    page.ctx.set_period(YearMonth(2026, 7))
    page.refresh_if_stale()
    qtbot.waitUntil(lambda: not period.busy, timeout=10_000)
    assert period.period.currentText() == "Q3 2026"
    assert period.result is not None and [str(m) for m in period.result.months] == [
        "2026-07",
        "2026-08",
        "2026-09",
    ]
    assert set(column(page.ranking_tab.proxy, 8)) == {"100.00"}  # nothing in July


def test_pending_entry_of_the_month_is_listed_in_entries(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = open_page(qtbot, make_ctx, b.supervisor)
    page.tabs.setCurrentWidget(page.entries_tab)
    entries = page.entries_tab
    entries.status.setCurrentIndex(entries.status.findData(EventStatus.PENDING))
    assert column(entries.proxy, 4) == ["BZ02"]
