"""Choosing people as a supervisor does: typing a name, a staff number or pinyin initials
into the entry dialog and an integrity dialog, picking from the popup and saving; text
that names nobody is said so and saves nothing; an edited record saved unchanged keeps
its person; a batch and the attendance and exam sheets narrow by the same typing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.auth import User
from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.integrity.registers import TalkInput, list_talks, save_talk
from console.core.people import list_people
from console.core.training.attendance import Mark, record_attendance
from console.core.training.exams import ExamInput, Score, exam_sheet, record_scores, save_exam
from console.core.training.sessions import SessionInput, save_session
from console.core.units import list_units
from console.core.workspace import Workspace
from console.ui.context import AppContext
from console.ui.dialogs.attendance import AttendanceDialog
from console.ui.dialogs.entry import BATCH, EntryDialog
from console.ui.dialogs.exam import ScoresDialog
from console.ui.dialogs.integrity_registers import TalkDialog
from console.ui.dialogs.person_picker import PersonPicker
from db.integrity import IntegrityTalk
from db.org import Person
from db.scoring import PointEvent
from db.training import Attendance, ExamResult
from glossary import AttendanceStatus, PersonStatus, TalkKind, TrainingCategory
from tests.factories import Bureau
from tests.gui.conftest import TODAY, on_modal

MakeCtx = Callable[[User], AppContext]
# The completer's popup is a real popup: the offscreen platform says it cannot raise it or
# grab the keyboard for it, which is no fault of the dialog.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def rules(db: Database, bureau: Bureau) -> None:
    with db.session() as s:
        install_default_rules(s, date(2026, 1, 1))
        s.commit()


def ready(qtbot: QtBot, picker: PersonPicker) -> None:
    """The pinyin initials are read on a worker thread: wait for them."""
    qtbot.waitUntil(lambda: picker.has_initials, timeout=20_000)


def type_and_pick(qtbot: QtBot, picker: PersonPicker, typed: str) -> list[str]:
    """Type as a user does, and choose the popup's first offer; what it offered."""
    picker.edit.clear()
    picker.edit.setFocus()
    for ch in typed:  # as a keyboard or an input method sends it (keyClicks is ASCII only)
        QApplication.sendEvent(
            picker.edit,
            QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch),
        )
    completer = picker.completer
    model = completer.completionModel()
    offered = [model.index(r, 0).data() for r in range(model.rowCount())]
    if offered:
        popup = completer.popup()
        popup.setCurrentIndex(model.index(0, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    return offered


def events_of(db: Database, person_id: int) -> int:
    with db.session() as s:
        stmt = select(func.count(PointEvent.id)).where(PointEvent.person_id == person_id)
        return int(s.scalar(stmt) or 0)


def test_the_entry_dialog_finds_a_person_by_name_staff_number_or_initials(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, rules: None
) -> None:
    li = bureau.people[2]  # 李娜, T0003, 城西中队
    dialog = EntryDialog(make_ctx(bureau.supervisor))
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.person
    ready(qtbot, picker)
    label = "李娜（T0003）城西中队"
    for typed in ("李娜", "t0003", "ln"):
        assert type_and_pick(qtbot, picker, typed) == [label], typed
        assert picker.edit.text() == label
        assert dialog.chosen_person() == li.id
        assert picker.message.isHidden()
    # A typed staff number, without the popup, chooses the person too.
    picker.edit.setText("T0003")
    assert dialog.chosen_person() == li.id
    assert dialog.select_rule("FW01")
    before = events_of(db, li.id)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert events_of(db, li.id) == before + 1


def test_a_name_that_matches_nobody_is_said_so_and_nothing_is_saved(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, rules: None
) -> None:
    dialog = EntryDialog(make_ctx(bureau.supervisor))
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.person
    assert type_and_pick(qtbot, picker, "周波浩") == []
    assert not picker.message.isHidden()
    assert picker.message.text() == (
        "Nobody matches “周波浩”: type a name, a staff number or pinyin initials."
    )
    assert dialog.select_rule("FW01")
    with db.session() as s:
        before = s.scalar(select(func.count(PointEvent.id)))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with db.session() as s:
        assert s.scalar(select(func.count(PointEvent.id))) == before
    # Half a name is not a person either: the dialog asks to choose one.
    picker.edit.setText("李")
    dialog.save()
    assert picker.message.text() == "“李” is not one person: choose one from the list."
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_batch_narrows_to_the_people_typed(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, rules: None
) -> None:
    li, liu = bureau.people[2], bureau.people[3]  # 李娜 and 刘洋, both of 城西中队
    dialog = EntryDialog(make_ctx(bureau.supervisor))
    qtbot.addWidget(dialog)
    dialog.mode_buttons[BATCH].click()
    dialog.unit.setCurrentIndex(dialog.unit.findData(bureau.west.id))
    qtbot.waitUntil(lambda: bool(dialog.member_find.initials), timeout=20_000)
    dialog.member_find.setText("ln")
    shown = [dialog.members.item(i) for i in range(dialog.members.count())]
    assert [i.text() for i in shown if not i.isHidden()] == ["李娜　T0003　城西中队"]
    dialog.tick_all.click()  # ticks the people shown
    dialog.member_find.clear()
    assert dialog.ticked_ids() == [li.id]
    assert dialog.select_rule("FW01")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (events_of(db, li.id), events_of(db, liu.id)) == (1, 0)


def _talk_dialog(qtbot: QtBot, ctx: AppContext, talk_id: int | None = None) -> TalkDialog:
    people = ctx.read(list_people, ctx.user, include_inactive=False)
    units = ctx.read(list_units, ctx.user)
    talk = None
    if talk_id is not None:
        talk = ctx.read(list_talks, ctx.user, talk_id=talk_id)[0]
    dialog = TalkDialog(ctx, people, units, talk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_integrity_talk_is_held_with_a_person_chosen_by_initials_and_kept_on_edit(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    chen = bureau.people[4]  # 陈静, T0005, 办公室
    ctx = make_ctx(bureau.supervisor)
    dialog = _talk_dialog(qtbot, ctx)
    ready(qtbot, dialog.person)
    assert type_and_pick(qtbot, dialog.person, "cj") == ["陈静（T0005）办公室"]
    dialog.kind.setCurrentIndex(dialog.kind.findData(TalkKind.REMINDER))
    dialog.talker.setText("纪检组长")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        talk = s.scalars(select(IntegrityTalk)).one()
        talk_id, version = talk.id, talk.row_version
        assert talk.person_id == chen.id

    # Opened again and saved unchanged: the same person, nothing else changed.
    again = _talk_dialog(qtbot, ctx, talk_id)
    assert again.person.edit.text() == "陈静（T0005）办公室"
    again.save()
    assert again.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        talk = s.get(IntegrityTalk, talk_id)
        assert talk is not None and talk.person_id == chen.id
        assert talk.row_version in (version, version + 1)


def test_a_talk_edited_by_typing_a_staff_number_changes_its_person(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    zhang, wang = bureau.people[0], bureau.people[1]
    ws = Workspace(db, bureau.supervisor)
    saved = ws.run(
        save_talk,
        bureau.supervisor,
        TalkInput(TODAY, TalkKind.REMINDER, "纪检组长", zhang.id),
        TODAY,
    )
    dialog = _talk_dialog(qtbot, make_ctx(bureau.supervisor), saved.id)
    dialog.person.edit.setText(wang.staff_no.lower())
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        talk = s.get(IntegrityTalk, saved.id)
        assert talk is not None and talk.person_id == wang.id


# --- the attendance and exam sheets ----------------------------------------------------


@pytest.fixture
def marked_session(db: Database, bureau: Bureau) -> int:
    ws = Workspace(db, bureau.supervisor)
    sid = ws.run(
        save_session,
        bureau.supervisor,
        SessionInput("执法规范化培训", TrainingCategory.LEGAL, date(2026, 11, 16), 4.0),
    ).id
    zhang, wang, li = bureau.people[:3]
    marks = [
        Mark(zhang.id, AttendanceStatus.PRESENT, 2.5),
        Mark(wang.id, AttendanceStatus.ABSENT),
        Mark(li.id, AttendanceStatus.EXCUSED),
    ]
    ws.run(record_attendance, bureau.supervisor, sid, marks, TODAY)
    return sid


def attendance_of(db: Database, session_id: int) -> dict[int, tuple[str, float]]:
    with db.session() as s:
        rows = s.execute(
            select(Attendance.person_id, Attendance.status, Attendance.hours).where(
                Attendance.session_id == session_id
            )
        )
        return {pid: (str(status), float(hours or 0)) for pid, status, hours in rows}


def test_the_attendance_sheet_copies_rows_narrows_by_initials_and_keeps_every_mark(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, marked_session: int
) -> None:
    before = attendance_of(db, marked_session)
    dialog = AttendanceDialog(make_ctx(bureau.supervisor), marked_session)
    qtbot.addWidget(dialog)
    dialog.intended_only.setChecked(False)
    # Select 张伟 and 王芳 and copy: the header row and their rows as they read.
    dialog.table.selectRow(0)
    dialog.table.selectionModel().select(
        dialog.table.model().index(1, 0),
        dialog.table.selectionModel().SelectionFlag.Select
        | dialog.table.selectionModel().SelectionFlag.Rows,
    )
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Present\tStaff no.\tName\tUnit\tStatus\tHours credited\r\n"
        "✓\tT0001\t张伟\t城东中队\tPresent\t2.5\r\n"
        "\tT0002\t王芳\t城东中队\tAbsent\t0.0\r\n"
    )
    # Narrowed by initials and back: every mark is still as recorded; saving writes nothing.
    qtbot.waitUntil(lambda: bool(dialog.person_find.initials), timeout=20_000)
    dialog.person_find.setText("wf")
    assert [r.name for r in dialog.shown] == ["王芳"]
    dialog.person_find.clear()
    assert len(dialog.shown) == 5
    assert dialog.changes() == []
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert attendance_of(db, marked_session) == before


def test_the_attendance_menu_marks_the_selected_rows(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, marked_session: int
) -> None:
    before = attendance_of(db, marked_session)
    dialog = AttendanceDialog(make_ctx(bureau.supervisor), marked_session)
    qtbot.addWidget(dialog)
    dialog.intended_only.setChecked(False)
    liu, chen = bureau.people[3], bureau.people[4]  # not marked yet
    rows = [i for i, r in enumerate(dialog.shown) if r.person_id in (liu.id, chen.id)]
    for i in rows:
        dialog.table.selectionModel().select(
            dialog.table.model().index(i, 0),
            dialog.table.selectionModel().SelectionFlag.Select
            | dialog.table.selectionModel().SelectionFlag.Rows,
        )
    menu = dialog.habits.menu()
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels == [
        "Mark present",
        "Mark absent",
        "Mark excused",
        "Clear the mark",
        "Copy",
    ]
    next(a for a in menu.actions() if a.text() == "Mark absent").trigger()
    dialog.save()
    after = attendance_of(db, marked_session)
    assert {pid: after[pid] for pid in before} == before
    assert after[liu.id][0] == after[chen.id][0] == str(AttendanceStatus.ABSENT)


def test_the_exam_sheet_narrows_copies_and_keeps_every_score(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    ws = Workspace(db, bureau.supervisor)
    exam = ws.run(save_exam, bureau.supervisor, ExamInput("法律知识考试", TODAY, 60))
    zhang, wang = bureau.people[:2]
    ws.run(
        record_scores,
        bureau.supervisor,
        exam.id,
        [Score(zhang.id, 88), Score(wang.id, 59.5)],
        TODAY,
        seen_version=exam.row_version,
    )
    ctx = make_ctx(bureau.supervisor)
    before = {r.person_id: r.score for r in ctx.read(exam_sheet, ctx.user, exam.id).rows}
    dialog = ScoresDialog(ctx, exam.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.person_find.initials), timeout=20_000)
    dialog.person_find.setText("zw")
    shown = [i for i in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(i)]
    assert [dialog.sheet.rows[i].name for i in shown] == ["张伟"]
    dialog.table.selectAll()  # only the rows shown are copied
    dialog.habits.copy()
    assert QGuiApplication.clipboard().text() == (
        "Staff no.\tName\tUnit\tScore\r\nT0001\t张伟\t城东中队\t88\r\n"
    )
    dialog.person_find.clear()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = {r.person_id: r.score for r in ctx.read(exam_sheet, ctx.user, exam.id).rows}
    assert after == before
    with db.session() as s:
        assert s.scalar(select(func.count(ExamResult.id))) == 2


def test_the_trend_of_one_person_is_chosen_by_pinyin_initials(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, rules: None
) -> None:
    from console.ui.pages.performance import PerformancePage

    page = PerformancePage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    charts = page.charts_tab
    page.tabs.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: not charts.busy, timeout=10_000)
    charts.subject.setCurrentIndex(charts.subject.count() - 1)  # One person…
    combo = charts.person
    line = combo.lineEdit()
    assert line is not None
    line.setFocus()
    line.clear()
    for ch in "ln":
        QApplication.sendEvent(
            line, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )
    qtbot.waitUntil(lambda: bool(charts._initials), timeout=20_000)
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix(line.text())
    model = completer.completionModel()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["李娜　T0003"]
    popup = completer.popup()
    popup.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert charts.chosen_person() == bureau.people[2].id
    assert line.text() == "李娜　T0003"
    qtbot.waitUntil(lambda: not charts.busy, timeout=10_000)
    assert "李娜" in charts.trend_heading.text()


def test_a_talk_with_someone_who_has_left_keeps_them_when_saved_unchanged(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    wang = bureau.people[1]
    ws = Workspace(db, bureau.supervisor)
    saved = ws.run(
        save_talk,
        bureau.supervisor,
        TalkInput(TODAY, TalkKind.REMINDER, "纪检组长", wang.id),
        TODAY,
    )
    with db.session() as s:
        person = s.get(Person, wang.id)
        assert person is not None
        person.status, person.left_date = PersonStatus.LEFT, TODAY
        s.commit()
    # The dialog offers the people on strength only; 王芳 is no longer among them.
    dialog = _talk_dialog(qtbot, make_ctx(bureau.supervisor), saved.id)
    assert wang.id not in {p.id for p in dialog.person.people}
    assert dialog.person.edit.text() == "王芳 (no longer on the list)"
    assert dialog.person.person_id() == wang.id
    dialog.save()
    with db.session() as s:
        talk = s.get(IntegrityTalk, saved.id)
        assert talk is not None and talk.person_id == wang.id


def test_the_people_page_finds_a_person_by_pinyin_initials_to_open_their_profile(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    from console.ui.main_window import MainWindow
    from console.ui.pages.people import PeoplePage

    window = MainWindow(make_ctx(bureau.admin))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.pages))
    window.nav.setCurrentRow(window.row_of(PeoplePage))
    page = window.current_page()
    assert isinstance(page, PeoplePage)
    qtbot.waitUntil(lambda: not page.busy())
    page.search.setFocus()
    qtbot.keyClicks(page.search, "cj")  # 陈静
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=20_000)
    assert page.proxy.data(page.proxy.index(0, 1)) == "陈静"
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    on_modal(look)
    page.table.selectRow(0)
    page.table.doubleClicked.emit(page.proxy.index(0, 0))
    assert seen == ["Profile: 陈静"]
