"""The rule catalogue window: administrators keep the rules, everyone else reads them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.auth import User
from console.core.database import Database
from console.core.default_rules import DEFAULT_RULES, install_default_rules
from console.core.scoring.rules import list_rule_sets, list_rules, set_rule_active
from console.ui.context import AppContext
from console.ui.dialogs import rules as rules_ui
from console.ui.dialogs.rules import RuleCatalogueDialog, RuleDialog, RuleSetDialog
from db.scoring import PointEvent, Rule, RuleSet
from glossary import EventStatus, RuleCategory
from tests.factories import Bureau
from tests.gui.conftest import on_modal

MakeCtx = Callable[[User], AppContext]


@pytest.fixture
def rule_set_id(db: Database, bureau: Bureau) -> int:
    with db.session() as session:
        rule_set = install_default_rules(session, date(2026, 1, 1))
        session.commit()
        return rule_set.id


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes recorded instead of shown: (kind, text); questions are answered Yes."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton) -> Any:
        def box(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return answer

        return box

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def _catalogue(qtbot: QtBot, ctx: AppContext) -> RuleCatalogueDialog:
    dialog = RuleCatalogueDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _codes(dialog: RuleCatalogueDialog) -> list[str]:
    return [dialog.proxy.row_at(r).code for r in range(dialog.proxy.rowCount())]


def _rule_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Rule.id))) or 0


def _save(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_catalogue_shows_the_rule_set_in_force(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, rule_set_id: int
) -> None:
    dialog = _catalogue(qtbot, make_ctx(bureau.supervisor))
    assert dialog.rule_set.currentData() == rule_set_id
    assert "2026-01-01" in dialog.rule_set.currentText()
    assert dialog.model.rowCount() == len(DEFAULT_RULES)
    assert dialog.count.text() == f"{len(DEFAULT_RULES)} of {len(DEFAULT_RULES)} rules"
    first = [dialog.proxy.index(0, c).data() for c in range(10)]
    assert first == ["AJ01", "Casework", "办理简易程序案件", "+0.5", "件", "10", "", "", "Yes", "0"]
    dialog.search.setText("执法记录仪")
    assert _codes(dialog) == ["JL03"]
    assert dialog.proxy.index(0, 3).data() == "-2"


def test_admin_adds_a_rule_and_sees_it(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, rule_set_id: int
) -> None:
    dialog = _catalogue(qtbot, make_ctx(bureau.admin))
    dialog.search.setText("no such rule")

    def fill(rule_dialog: QDialog) -> None:
        assert isinstance(rule_dialog, RuleDialog)
        rule_dialog.code.setText("fw04")
        rule_dialog.category.setCurrentIndex(rule_dialog.category.findData(RuleCategory.SERVICE))
        rule_dialog.text.setPlainText("参与社区“微治理”")
        rule_dialog.points.setText("0.5")
        rule_dialog.count_unit.setCurrentText("次")
        rule_dialog.monthly_cap.setText("2")
        rule_dialog.needs_approval.setChecked(True)
        _save(rule_dialog)

    on_modal(fill)
    qtbot.mouseClick(dialog.new_rule_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == len(DEFAULT_RULES) + 1
    rule = dialog.current_rule()
    assert rule is not None
    assert (rule.code, rule.category, rule.points, rule.monthly_cap, rule.needs_approval) == (
        "FW04",
        RuleCategory.SERVICE,
        Decimal("0.5"),
        Decimal(2),
        True,
    )
    assert dialog.search.text() == ""  # cleared so that the new rule shows
    dialog.search.setText("微治理")
    assert _codes(dialog) == ["FW04"]
    assert dialog.proxy.index(0, 6).data() == "✓"


def test_bad_input_shows_errors_and_writes_nothing(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, rule_set_id: int, db: Database
) -> None:
    dialog = _catalogue(qtbot, make_ctx(bureau.admin))
    before = _rule_count(db)
    seen: dict[str, str] = {}

    def fill(rule_dialog: QDialog) -> None:
        assert isinstance(rule_dialog, RuleDialog)
        rule_dialog.code.setText("AJ01")  # taken
        rule_dialog.text.setPlainText("  ")
        rule_dialog.points.setText("两分")
        rule_dialog.monthly_cap.setText("0")
        _save(rule_dialog)
        for key, label in rule_dialog.errors.items():
            if label.isVisibleTo(rule_dialog):
                seen[key] = label.text()
        seen["open"] = str(rule_dialog.isVisible())
        rule_dialog.reject()

    on_modal(fill)
    qtbot.mouseClick(dialog.new_rule_button, Qt.MouseButton.LeftButton)
    assert seen.pop("open") == "True"
    assert set(seen) == {"code", "text", "points", "monthly_cap"}
    assert "AJ01" in seen["code"]
    assert "number" in seen["points"]
    assert _rule_count(db) == before
    assert dialog.model.rowCount() == len(DEFAULT_RULES)


def test_editing_a_used_rule_says_recorded_points_stay(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, rule_set_id: int, db: Database
) -> None:
    with db.session() as session:
        rule = session.scalars(select(Rule).where(Rule.code == "AJ02")).one()
        event = PointEvent(
            person_id=bureau.people[0].id,
            event_date=date(2026, 11, 5),
            rule_id=rule.id,
            quantity=Decimal(2),
            points=Decimal(4),
            status=EventStatus.APPROVED,
        )
        session.add(event)
        session.commit()
        event_id = event.id
    dialog = _catalogue(qtbot, make_ctx(bureau.admin))
    dialog.search.setText("AJ02")
    dialog.table.selectRow(0)
    assert dialog.proxy.index(0, 9).data() == "1"
    notes: list[str] = []

    def edit(rule_dialog: QDialog) -> None:
        assert isinstance(rule_dialog, RuleDialog)
        assert rule_dialog.used_note is not None
        notes.append(rule_dialog.used_note.text())
        assert rule_dialog.points.text() == "+2"
        rule_dialog.points.setText("3")
        _save(rule_dialog)

    on_modal(edit)
    qtbot.mouseClick(dialog.edit_rule_button, Qt.MouseButton.LeftButton)
    assert notes and "keep the points" in notes[0]
    rule_row = dialog.current_rule()
    assert rule_row is not None and rule_row.points == Decimal(3)
    with db.session() as session:
        assert session.get_one(PointEvent, event_id).points == Decimal(4)


def test_deactivate_and_activate(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, rule_set_id: int
) -> None:
    dialog = _catalogue(qtbot, make_ctx(bureau.admin))
    dialog.search.setText("QT03")
    dialog.table.selectRow(0)
    assert dialog.deactivate_button.isEnabled() and not dialog.activate_button.isEnabled()
    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    rule = dialog.current_rule()
    assert rule is not None and not rule.active
    assert dialog.activate_button.isEnabled() and not dialog.deactivate_button.isEnabled()
    dialog.show_inactive.setChecked(False)
    assert _codes(dialog) == []
    dialog.show_inactive.setChecked(True)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.activate_button, Qt.MouseButton.LeftButton)
    rule = dialog.current_rule()
    assert rule is not None and rule.active


def test_new_rule_set_copies_the_current_one(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, rule_set_id: int, db: Database
) -> None:
    dialog = _catalogue(qtbot, make_ctx(bureau.admin))

    def fill(set_dialog: QDialog) -> None:
        assert isinstance(set_dialog, RuleSetDialog)
        assert set_dialog.copy.isChecked()
        assert set_dialog.effective_from.date().toPython() == date(2027, 1, 1)
        set_dialog.name.setText("2027年考核细则")
        _save(set_dialog)

    on_modal(fill)
    qtbot.mouseClick(dialog.new_set_button, Qt.MouseButton.LeftButton)
    current = dialog.current_set()
    assert current is not None and current.name == "2027年考核细则"
    assert dialog.model.rowCount() == len(DEFAULT_RULES)
    assert dialog.rule_set.count() == 2
    with db.session() as session:
        assert session.get_one(RuleSet, rule_set_id).effective_to == date(2026, 12, 31)


def test_export_then_import_through_the_window(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    bureau: Bureau,
    rule_set_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    dialog = _catalogue(qtbot, make_ctx(bureau.admin))
    target = tmp_path / "细则"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".xlsx")
    assert dialog.last_written == written and written.exists()
    assert messages[-1][0] == "information"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    shown = len(messages)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == shown + 2, timeout=10_000)  # read off the GUI thread
    assert [kind for kind, _ in messages[-2:]] == ["question", "information"]
    assert messages[-1][1] == f"0 added, 0 updated, {len(DEFAULT_RULES)} unchanged."

    bad = tmp_path / "bad.csv"
    bad.write_text("编号,类别,内容,分值\nAJ01,办案,x,两分\nZZ,食堂,y,1\n", encoding="gb18030")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems_dialog is not None, timeout=10_000)
    assert dialog.problems_dialog is not None
    listed = {(e.row, e.field) for e in dialog.problems_dialog.problems.model.rows()}
    assert listed == {(2, "分值"), (3, "类别")}
    assert "bad.csv was not imported: 2 problems" in dialog.problems_dialog.heading.text()


def test_a_file_of_thousands_of_bad_rows_is_a_table_not_a_message(
    qtbot: QtBot,
    db: Database,
    make_ctx: MakeCtx,
    bureau: Bureau,
    rule_set_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    """A wrong file of many rows once made a message box of 49 MB: now its problems are
    the import dialog's table, which scrolls, sorts and saves to Excel."""
    dialog = _catalogue(qtbot, make_ctx(bureau.admin))
    bad = tmp_path / "wrong.csv"
    rows = "\n".join(f"B{i:05d},办案,某项工作,两分" for i in range(3000))
    bad.write_text("编号,类别,内容,分值\n" + rows, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = _rule_count(db)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()  # while the file is read
    qtbot.waitUntil(lambda: dialog.problems_dialog is not None, timeout=30_000)
    problems = dialog.problems_dialog
    assert problems is not None and problems.isVisible()
    assert problems.problems.model.rowCount() == 3000 and messages == []
    assert "3000 problems" in problems.heading.text()
    assert problems.problems.export_button.isEnabled()
    assert dialog.import_button.isEnabled() and _rule_count(db) == before

    target = tmp_path / "problems.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    problems.problems.export()
    qtbot.waitUntil(lambda: str(target) in problems.heading.text(), timeout=10_000)
    assert target.exists()


def test_a_viewer_gets_no_edit_buttons(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    bureau: Bureau,
    rule_set_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _catalogue(qtbot, make_ctx(bureau.viewer))
    assert dialog.model.rowCount() == len(DEFAULT_RULES)
    for button in (
        dialog.new_rule_button,
        dialog.edit_rule_button,
        dialog.deactivate_button,
        dialog.activate_button,
        dialog.import_button,
        dialog.new_set_button,
        dialog.edit_set_button,
    ):
        assert not button.isVisible()
    assert dialog.export_button.isVisible() and dialog.export_button.isEnabled()
    opened: list[object] = []
    monkeypatch.setattr(rules_ui, "RuleDialog", lambda *a, **k: opened.append(a))
    dialog.table.selectRow(0)
    dialog.edit_rule()  # what a double click does: nothing for a viewer
    dialog.new_rule()
    assert opened == []


def test_an_existing_rule_saved_unchanged_then_changed_elsewhere(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    bureau: Bureau,
    rule_set_id: int,
    db: Database,
    messages: list[tuple[str, str]],
) -> None:
    """The edit form of a rule that exists: saving it unchanged is accepted; a form
    filled before another desktop changed the rule is refused with who changed it, and
    stays open with nothing written."""
    ctx = make_ctx(bureau.admin)
    rule_set = next(s for s in ctx.read(list_rule_sets, bureau.admin) if s.id == rule_set_id)
    rule = next(r for r in ctx.read(list_rules, bureau.admin, rule_set_id) if r.code == "AJ02")

    unchanged = RuleDialog(ctx, rule_set, rule)
    qtbot.addWidget(unchanged)
    _save(unchanged)
    assert unchanged.result() == QDialog.DialogCode.Accepted and unchanged.saved is not None
    assert unchanged.saved.text == rule.text

    now = unchanged.saved  # what a form opened now would show
    stale = RuleDialog(ctx, rule_set, now)
    qtbot.addWidget(stale)
    other = make_ctx(bureau.admin)  # another desktop, same rule
    other.run(set_rule_active, bureau.admin, now.id, False, seen_version=now.row_version)
    stale.text.setPlainText("过时的修改")
    _save(stale)
    assert stale.saved is None and stale.result() != QDialog.DialogCode.Accepted
    assert messages and "changed this record" in messages[-1][1]
    with db.session() as session:
        assert session.get(Rule, now.id).text == rule.text  # type: ignore[union-attr]
