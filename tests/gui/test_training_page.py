"""The Training page driven as users do: a session created, attendance ticked through the
real dialog, the progress and the behind-pace list following, the settings panel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.auth import User
from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.training.certificates import CertificateInput, save_certificate
from console.core.training.exams import ExamInput, Score, record_scores, save_exam
from console.core.training.requirements import (
    Requirement,
    TrainingSettings,
    load_training_settings,
    save_training_settings,
)
from console.core.training.sessions import SessionInput, get_session, save_session
from console.core.workspace import Workspace
from console.ui import tables
from console.ui.context import AppContext
from console.ui.dialogs.attendance import AttendanceDialog
from console.ui.dialogs.certificate import CertificateDialog
from console.ui.dialogs.exam import ExamDialog, ScoresDialog
from console.ui.dialogs.training_session import SessionDialog
from console.ui.pages.training import TrainingPage
from console.ui.pages.training_settings import TrainingSettingsPanel
from db.org import Person
from db.training import Attendance, Certificate, Exam, ExamResult, TrainingSession
from glossary import AttendanceStatus, Category, CertificateKind, TrainingCategory
from tests.factories import Bureau
from tests.gui.conftest import on_modal
from tests.gui.test_performance_page import click, press_ok

MakeCtx = Callable[[User], AppContext]
TODAY = date(2026, 11, 22)


@pytest.fixture
def rules(db: Database, bureau: Bureau) -> Bureau:
    with db.session() as s:
        install_default_rules(s, date(2026, 1, 1))
        s.commit()
    return bureau


def cells(proxy: Any, column: int) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def marks(db: Database) -> dict[str, tuple[AttendanceStatus, float]]:
    with db.session() as s:
        rows = s.execute(
            select(Person.staff_no, Attendance.status, Attendance.hours).join(
                Person, Person.id == Attendance.person_id
            )
        )
        return {no: (status, float(hours)) for no, status, hours in rows}


def test_a_session_is_created_and_attendance_ticked_for_a_unit(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, rules: Bureau
) -> None:
    page = TrainingPage(make_ctx(rules.supervisor))
    qtbot.addWidget(page)
    page.refresh()

    def new_session(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.title.setText("行政处罚法专题培训")
        dialog.category.setCurrentIndex(dialog.category.findData(TrainingCategory.LEGAL))
        dialog.date.setDate(date(2026, 11, 10))
        dialog.hours.setValue(60)
        dialog.categories[Category.OFFICER].setChecked(True)
        press_ok(dialog)

    on_modal(new_session)
    click(qtbot, page.sessions_tab.new_button)
    page.refresh()
    assert cells(page.sessions_tab.proxy, 2) == ["行政处罚法专题培训"]
    page.sessions_tab.table.selectRow(0)

    seen: dict[str, Any] = {}

    def tick(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        # The intended audience (officers) is shown first: 张伟 and 李娜.
        seen["intended"] = [r.staff_no for r in dialog.shown]
        dialog.intended_only.setChecked(False)
        dialog.unit.setCurrentIndex(dialog.unit.findData(rules.east.id))
        seen["east"] = [r.staff_no for r in dialog.shown]
        dialog.tick_all_present()  # 张伟 and 王芳 present, 60 hours
        # 王芳 left after 30 hours.
        row = next(i for i, r in enumerate(dialog.shown) if r.staff_no == "T0002")
        spin = dialog.table.cellWidget(row, 5)
        assert isinstance(spin, QDoubleSpinBox)
        spin.setValue(30)
        dialog.unit.setCurrentIndex(dialog.unit.findData(rules.west.id))
        row = next(i for i, r in enumerate(dialog.shown) if r.staff_no == "T0003")
        status = dialog.table.cellWidget(row, 4)
        assert isinstance(status, QComboBox)
        status.setCurrentIndex(status.findData(AttendanceStatus.EXCUSED))
        dialog.mark_rest_absent()  # 刘洋
        seen["count"] = dialog.count.text()
        press_ok(dialog)

    on_modal(tick)
    click(qtbot, page.sessions_tab.attendance_button)
    assert seen["intended"] == ["T0001", "T0003"]
    assert seen["east"] == ["T0001", "T0002"]
    assert "2 present, 1 absent, 1 excused" in seen["count"]
    assert marks(db) == {
        "T0001": (AttendanceStatus.PRESENT, 60),
        "T0002": (AttendanceStatus.PRESENT, 30),
        "T0003": (AttendanceStatus.EXCUSED, 0),
        "T0004": (AttendanceStatus.ABSENT, 0),
    }
    # The page follows: 张伟 is done; 李娜 (excused, 0 of 53.4 expected) is behind pace.
    page.refresh()
    assert cells(page.progress_tab.proxy, 0) == ["T0003"]
    assert cells(page.sessions_tab.proxy, 7) == ["2"]
    assert page.attendance_tile.value_text() == "2"


def test_behind_pace_list_exports_and_opens_profiles(
    qtbot: QtBot,
    db: Database,
    make_ctx: MakeCtx,
    rules: Bureau,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = TrainingPage(make_ctx(rules.viewer))
    qtbot.addWidget(page)
    page.refresh()
    assert cells(page.progress_tab.proxy, 1) == ["张伟", "李娜"]
    assert not page.sessions_tab.new_button.isVisible()
    target = tmp_path / "behind.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[Path] = []
    monkeypatch.setattr(tables, "show_written", lambda _p, path, _text: told.append(path))
    page.progress_tab.export()
    qtbot.waitUntil(lambda: page.progress_tab.last_written is not None, timeout=10_000)
    assert told == [target]  # with 打开文件 and 打开所在文件夹
    ws = load_workbook(target).worksheets[0]
    assert [ws.cell(row=r, column=2).value for r in (3, 4)] == ["张伟", "李娜"]
    page.progress_tab.table.selectRow(0)
    seen: list[str] = []
    on_modal(lambda d: (seen.append(d.windowTitle()), d.reject()))
    page.progress_tab.open_profile()
    assert seen and "张伟" in seen[0]


def test_a_future_sessions_attendance_is_refused_in_the_dialog(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, rules: Bureau, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:
        sid = save_session(
            s,
            rules.supervisor,
            SessionInput("年终培训", TrainingCategory.LEGAL, date(2026, 12, 5), 8),
        ).id
    shown: list[str] = []
    monkeypatch.setattr(
        "console.ui.dialogs.attendance.show_error", lambda _p, exc: shown.append(str(exc))
    )
    dialog = AttendanceDialog(make_ctx(rules.supervisor), sid)
    qtbot.addWidget(dialog)
    dialog.tick_all_present()
    dialog.save()
    assert shown and "not taken place" in shown[0]
    with db.session() as s:
        assert s.scalar(select(Attendance.id)) is None
        assert s.scalar(select(TrainingSession.id)) == sid


def test_requirements_are_edited_in_settings(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, rules: Bureau
) -> None:
    panel = TrainingSettingsPanel(make_ctx(rules.admin))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.table.rowCount() == 1
    panel.add_requirement()
    row = panel.table.rowCount() - 1
    who = panel.table.cellWidget(row, 0)
    what = panel.table.cellWidget(row, 1)
    hours = panel.table.cellWidget(row, 2)
    assert isinstance(who, QComboBox) and isinstance(what, QComboBox)
    assert isinstance(hours, QDoubleSpinBox)
    who.setCurrentIndex(who.findData(Category.AUXILIARY))
    what.setCurrentIndex(what.findData(TrainingCategory.SKILLS))
    hours.setValue(24)
    panel.deduct_absence.setChecked(False)
    click(qtbot, panel.save_button)
    assert panel.saved.text() == "Saved."
    with db.session() as s:
        settings = load_training_settings(s)
    assert [(r.person_category, r.training_category, r.hours) for r in settings.requirements] == [
        (Category.OFFICER, TrainingCategory.LEGAL, 60),
        (Category.AUXILIARY, TrainingCategory.SKILLS, 24),
    ]
    assert not settings.deduct_absence
    viewer = TrainingSettingsPanel(make_ctx(rules.supervisor))
    qtbot.addWidget(viewer)
    viewer.reload()
    assert not viewer.save_button.isVisible()


def test_the_training_report_is_previewed_from_the_reports_page(
    qtbot: QtBot, make_ctx: MakeCtx, rules: Bureau, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.ui.pages.reports import ReportsPage

    previewed: list[Path] = []
    monkeypatch.setattr(
        "console.ui.pages.training_report_panel.preview_pdf",
        lambda parent, path, title: previewed.append(path),
    )
    page = ReportsPage(make_ctx(rules.viewer))
    qtbot.addWidget(page)
    page.refresh()
    assert page.training.year.value() == 2026
    page.training.write(preview=True)
    qtbot.waitUntil(lambda: bool(previewed), timeout=20_000)
    assert previewed[0].read_bytes().startswith(b"%PDF")
    assert page.training.preview_button.isEnabled()


# --- forms on records that already exist -----------------------------------------------


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes shown (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []

    def warn(_parent: Any, title: str, text: str, *_a: Any) -> None:
        shown.append((title, text))

    monkeypatch.setattr("console.ui.errors.QMessageBox.warning", warn)
    return shown


CHANGED = "Changed on another desktop"


def _existing_session(db: Database, b: Bureau) -> int:
    data = SessionInput(
        "行政处罚法专题", TrainingCategory.LEGAL, date(2026, 3, 10), 4, "法制科", "三楼"
    )
    data.unit_ids = [b.east.id]
    return Workspace(db, b.supervisor).run(save_session, b.supervisor, data).id


def _version(db: Database, model: Any, record_id: int) -> int:
    with db.session() as s:
        return int(s.get_one(model, record_id).row_version)


def test_a_session_saved_unchanged_and_one_changed_on_another_desktop(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, rules: Bureau, warnings: list
) -> None:
    sid = _existing_session(db, rules)
    ctx = make_ctx(rules.supervisor)
    detail = ctx.read(get_session, rules.supervisor, sid)
    dialog = SessionDialog(ctx, detail)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and warnings == []
    assert dialog.saved == detail  # the audience and all kept; nothing written
    assert _version(db, TrainingSession, sid) == detail.row_version

    stale = SessionDialog(ctx, detail)
    qtbot.addWidget(stale)
    other = SessionInput("另一台改的", TrainingCategory.LEGAL, date(2026, 3, 10), 4)
    Workspace(db, rules.supervisor).run(save_session, rules.supervisor, other, sid)
    stale.title.setText("我改的")
    stale.save()
    assert [title for title, _ in warnings] == [CHANGED]
    assert stale.result() == QDialog.DialogCode.Rejected and stale.saved is None
    assert ctx.read(get_session, rules.supervisor, sid).title == "另一台改的"


def test_an_exam_saved_unchanged_keeps_its_session(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, rules: Bureau, warnings: list
) -> None:
    sid = _existing_session(db, rules)
    ws = Workspace(db, rules.supervisor)
    exam = ws.run(save_exam, rules.supervisor, ExamInput("考试", date(2026, 3, 11), 60, sid))
    ctx = make_ctx(rules.supervisor)
    dialog = ExamDialog(ctx, exam)
    qtbot.addWidget(dialog)
    dialog.save()
    assert warnings == [] and dialog.saved == exam
    assert _version(db, Exam, exam.id) == exam.row_version

    scores = ScoresDialog(ctx, exam.id)
    qtbot.addWidget(scores)
    ws.run(record_scores, rules.supervisor, exam.id, [Score(rules.people[0].id, 50)], TODAY)
    item = scores.table.item(1, 3)
    assert item is not None
    item.setText("90")
    scores.save()
    assert [title for title, _ in warnings] == [CHANGED]
    with db.session() as s:
        assert s.scalar(select(func.count(ExamResult.id))) == 1


def test_a_certificate_saved_unchanged_and_one_changed_on_another_desktop(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, rules: Bureau, warnings: list
) -> None:
    ws = Workspace(db, rules.supervisor)
    data = CertificateInput(
        rules.people[0].id, CertificateKind.ENFORCEMENT, "A-1", date(2024, 1, 1), None
    )
    cid = ws.run(save_certificate, rules.supervisor, data)
    version = _version(db, Certificate, cid)
    ctx = make_ctx(rules.supervisor)
    dialog = CertificateDialog(ctx, cid)
    qtbot.addWidget(dialog)
    assert dialog.data() == data
    dialog.save()
    assert warnings == [] and _version(db, Certificate, cid) == version

    stale = CertificateDialog(ctx, cid)
    qtbot.addWidget(stale)
    changed = CertificateInput(rules.people[0].id, CertificateKind.ENFORCEMENT, "A-2")
    ws.run(save_certificate, rules.supervisor, changed, cid)
    stale.number.setText("A-3")
    stale.save()
    assert [title for title, _ in warnings] == [CHANGED] and stale.saved is None
    with db.session() as s:
        assert s.get_one(Certificate, cid).number == "A-2"


def test_requirements_changed_by_another_administrator_are_not_overwritten(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, rules: Bureau, warnings: list
) -> None:
    panel = TrainingSettingsPanel(make_ctx(rules.admin))
    qtbot.addWidget(panel)
    panel.reload()
    theirs = TrainingSettings((Requirement(Category.OFFICER, TrainingCategory.LEGAL, 80.0),))
    Workspace(db, rules.admin).run(save_training_settings, rules.admin, theirs)
    panel.deduct_absence.setChecked(False)
    click(qtbot, panel.save_button)
    assert [title for title, _ in warnings] == [CHANGED]
    assert Workspace(db, rules.admin).read(load_training_settings) == theirs
    hours = panel.table.cellWidget(0, 2)  # the form now shows what is saved
    assert isinstance(hours, QDoubleSpinBox) and hours.value() == 80
    assert panel.deduct_absence.isChecked()
