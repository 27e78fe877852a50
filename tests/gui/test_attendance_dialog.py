"""The attendance dialog on a session whose attendance is already recorded: it shows every
recorded mark, saving it untouched writes nothing, and a change reaches exactly the people
the user changed. (It once showed everyone after the first row as not marked, and saving
wiped 274 of 275 marks.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.auth import User
from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.training.attendance import Mark, record_attendance
from console.core.training.sessions import SessionInput, save_session
from console.core.workspace import Workspace
from console.ui.context import AppContext
from console.ui.dialogs.attendance import HOURS, STATUS, TICK, AttendanceDialog
from db.audit import AuditLog
from db.org import Person
from db.training import Attendance
from glossary import AttendanceStatus, Category, Gender, PersonStatus, TrainingCategory
from tests.factories import Bureau
from tests.gui.conftest import TODAY, on_modal

MakeCtx = Callable[[User], AppContext]
Marks = dict[int, tuple[AttendanceStatus, float]]
PRESENT, ABSENT, EXCUSED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)
SESSION_HOURS = 4.0


@pytest.fixture
def big_session(db: Database, bureau: Bureau) -> int:
    """A session held last week with 230 marks recorded: mostly present (some left early),
    some absent, some excused; a few people on strength are not marked at all."""
    with db.session() as s:
        install_default_rules(s, date(2026, 1, 1))
        for i in range(230):
            s.add(
                Person(
                    staff_no=f"B{i:04d}",
                    name=f"队员{i:03d}",
                    unit_id=(bureau.east, bureau.west, bureau.office)[i % 3].id,
                    category=Category.OFFICER,
                    gender=Gender.MALE,
                    birth_date=date(1990, 1, 1),
                    hire_date=date(2015, 1, 1),
                    status=PersonStatus.ACTIVE,
                )
            )
    ws = Workspace(db, bureau.supervisor)
    sid = ws.run(
        save_session,
        bureau.supervisor,
        SessionInput("执法规范化培训", TrainingCategory.LEGAL, date(2026, 11, 16), SESSION_HOURS),
    ).id
    with db.session() as s:
        ids = s.scalars(
            select(Person.id).where(Person.staff_no.like("B%")).order_by(Person.staff_no)
        ).all()
    marks = []
    for n, pid in enumerate(ids):
        if n % 10 == 7:
            marks.append(Mark(pid, ABSENT))
        elif n % 10 == 8:
            marks.append(Mark(pid, EXCUSED))
        else:
            marks.append(Mark(pid, PRESENT, 2.5 if n % 10 == 3 else None))
    ws.run(record_attendance, bureau.supervisor, sid, marks, TODAY)
    return sid


def recorded(db: Database, session_id: int) -> Marks:
    with db.session() as s:
        rows = s.execute(
            select(Attendance.person_id, Attendance.status, Attendance.hours).where(
                Attendance.session_id == session_id
            )
        )
        return {pid: (status, float(hours or 0)) for pid, status, hours in rows}


def audit_rows(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(AuditLog.id))) or 0)


def shown_marks(dialog: AttendanceDialog) -> dict[int, tuple[AttendanceStatus | None, float]]:
    """What each row of the table shows, read from its widgets, not from the dialog's dict."""
    out = {}
    for i, row in enumerate(dialog.shown):
        tick = dialog.table.item(i, TICK)
        combo = dialog.table.cellWidget(i, STATUS)
        spin = dialog.table.cellWidget(i, HOURS)
        assert tick is not None
        assert isinstance(combo, QComboBox) and isinstance(spin, QDoubleSpinBox)
        status = combo.currentData()
        assert (tick.checkState() == Qt.CheckState.Checked) == (status == PRESENT)
        out[row.person_id] = (status, spin.value())
    return out


def open_dialog(qtbot: QtBot, ctx: AppContext, session_id: int) -> AttendanceDialog:
    dialog = AttendanceDialog(ctx, session_id)
    qtbot.addWidget(dialog)
    dialog.intended_only.setChecked(False)
    dialog.unit.setCurrentIndex(dialog.unit.findData(None))
    return dialog


def row_of(dialog: AttendanceDialog, person_id: int) -> int:
    return next(i for i, r in enumerate(dialog.shown) if r.person_id == person_id)


def test_every_recorded_mark_is_shown_and_an_untouched_save_writes_nothing(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, big_session: int
) -> None:
    before = recorded(db, big_session)
    assert len(before) >= 200
    audit_before = audit_rows(db)
    dialog = open_dialog(qtbot, make_ctx(bureau.supervisor), big_session)
    shown = shown_marks(dialog)
    assert {pid: shown[pid] for pid in before} == before
    # The five people of the small bureau are on strength but not marked.
    assert [shown[pid][0] for pid in shown if pid not in before] == [None] * 5
    assert "184 present, 23 absent, 23 excused" in dialog.count.text()
    assert dialog.changes() == []
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert recorded(db, big_session) == before
    assert audit_rows(db) == audit_before


def test_ticking_one_person_changes_that_person_only(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, big_session: int
) -> None:
    before = recorded(db, big_session)
    absent = next(pid for pid, (status, _h) in before.items() if status == ABSENT)
    dialog = open_dialog(qtbot, make_ctx(bureau.supervisor), big_session)
    item = dialog.table.item(row_of(dialog, absent), TICK)
    assert item is not None and item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)  # what a click on the box does
    assert dialog.changes() == [Mark(absent, PRESENT, SESSION_HOURS)]
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = recorded(db, big_session)
    assert {pid for pid in after if after[pid] != before.get(pid)} == {absent}
    assert after[absent] == (PRESENT, SESSION_HOURS)
    assert len(after) == len(before)


def test_marks_are_kept_when_the_unit_filter_changes_and_back(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, big_session: int
) -> None:
    before = recorded(db, big_session)
    dialog = open_dialog(qtbot, make_ctx(bureau.supervisor), big_session)
    dialog.unit.setCurrentIndex(dialog.unit.findData(bureau.east.id))
    east = [r.person_id for r in dialog.shown]
    assert east and all(r.unit_id == bureau.east.id for r in dialog.shown)
    # One present east person is excused instead; one left early.
    present = [pid for pid in east if before.get(pid, (None, 0))[0] == PRESENT]
    excused, early = present[0], present[1]
    combo = dialog.table.cellWidget(row_of(dialog, excused), STATUS)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(EXCUSED))
    spin = dialog.table.cellWidget(row_of(dialog, early), HOURS)
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(1.5)
    expected: dict[int, tuple[AttendanceStatus | None, float]] = {
        pid: before.get(pid, (None, 0.0)) for pid in dialog.rows_by_id
    }
    expected[excused] = (EXCUSED, 0.0)
    expected[early] = (PRESENT, 1.5)

    dialog.unit.setCurrentIndex(dialog.unit.findData(bureau.west.id))
    west = shown_marks(dialog)
    assert west == {pid: expected[pid] for pid in west}
    dialog.unit.setCurrentIndex(dialog.unit.findData(bureau.east.id))
    assert shown_marks(dialog) == {pid: expected[pid] for pid in east}
    dialog.unit.setCurrentIndex(dialog.unit.findData(None))
    assert shown_marks(dialog) == expected

    dialog.save()
    after = recorded(db, big_session)
    assert {pid for pid in after if after[pid] != before.get(pid)} == {excused, early}
    assert after[excused] == (EXCUSED, 0.0) and after[early] == (PRESENT, 1.5)


def test_a_mark_changed_on_another_desktop_is_reported_not_overwritten(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, big_session: int
) -> None:
    before = recorded(db, big_session)
    present = [pid for pid, (status, _h) in before.items() if status == PRESENT]
    both, mine_only = present[0], present[1]
    dialog = open_dialog(qtbot, make_ctx(bureau.supervisor), big_session)
    # Meanwhile the squad's admin marks the same person excused on another desktop.
    Workspace(db, bureau.admin).run(
        record_attendance, bureau.admin, big_session, [Mark(both, EXCUSED)], TODAY
    )
    for pid in (both, mine_only):
        combo = dialog.table.cellWidget(row_of(dialog, pid), STATUS)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(ABSENT))
    told: list[str] = []

    def read_and_close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    on_modal(read_and_close)
    dialog.save()
    qtbot.waitUntil(lambda: bool(told))
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "another desktop" in told[0] and "Nothing was saved" in told[0]
    after = recorded(db, big_session)
    assert after[both] == (EXCUSED, 0.0) and after[mine_only] == before[mine_only]
    # The sheet now shows the other desktop's mark; the user's other change is kept.
    assert shown_marks(dialog)[both] == (EXCUSED, 0.0)
    assert dialog.changes() == [Mark(mine_only, ABSENT, None)]
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = recorded(db, big_session)
    assert after[both] == (EXCUSED, 0.0) and after[mine_only] == (ABSENT, 0.0)


def test_a_mark_saved_elsewhere_for_someone_else_is_kept(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, big_session: int
) -> None:
    before = recorded(db, big_session)
    present = [pid for pid, (status, _h) in before.items() if status == PRESENT]
    theirs, mine = present[0], present[1]
    dialog = open_dialog(qtbot, make_ctx(bureau.supervisor), big_session)
    Workspace(db, bureau.admin).run(
        record_attendance, bureau.admin, big_session, [Mark(theirs, EXCUSED)], TODAY
    )
    combo = dialog.table.cellWidget(row_of(dialog, mine), STATUS)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(ABSENT))
    # Where the core checks the session's row_version, the first save is refused as
    # changed elsewhere and the sheet refreshed; saving again then succeeds. Either way
    # the other desktop's mark is not undone by marks this user never touched.
    on_modal(lambda box: box.reject())
    dialog.save()
    if dialog.result() != QDialog.DialogCode.Accepted:
        assert dialog.changes() == [Mark(mine, ABSENT, None)]
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = recorded(db, big_session)
    assert after[theirs] == (EXCUSED, 0.0) and after[mine] == (ABSENT, 0.0)
    assert {pid for pid in after if after[pid] != before.get(pid)} == {theirs, mine}
