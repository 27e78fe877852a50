"""Importing a session's sign-in sheet (签到表): all or nothing, every bad row reported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.default_rules import install_default_rules
from console.core.errors import ValidationError
from console.core.imports.attendance import import_attendance, read_attendance
from console.core.imports.registry import KINDS, import_rows, importer
from console.core.training.attendance import Mark, record_attendance
from console.core.training.sessions import SessionInput, save_session
from console.core.workspace import Workspace
from db.scoring import PointEvent
from db.training import Attendance
from exports.templates_xlsx import write_template
from glossary import AttendanceStatus, EventSource, TrainingCategory
from tests.factories import Bureau, make_bureau
from tests.unit.test_imports import csv_file, xlsx

TODAY = date(2026, 11, 22)
HEADER = ["工号", "姓名", "培训编号", "学时", "状态"]


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    install_default_rules(session, date(2026, 1, 1))
    session.commit()
    return bureau


def add_session(session: Session, b: Bureau, title: str, day: date, hours: float) -> int:
    data = SessionInput(title, TrainingCategory.LEGAL, day, hours)
    return save_session(session, b.supervisor, data).id


def marks(session: Session) -> dict[tuple[int, str], tuple[AttendanceStatus, float]]:
    from db.org import Person

    rows = session.execute(
        select(Attendance.session_id, Person.staff_no, Attendance.status, Attendance.hours).join(
            Person, Person.id == Attendance.person_id
        )
    )
    return {(sid, no): (status, float(hours)) for sid, no, status, hours in rows}


def test_attendance_is_a_registered_kind_with_a_template(tmp_path: Path) -> None:
    assert "attendance" in KINDS
    assert importer("attendance") == (read_attendance, import_attendance)
    path = write_template("attendance", tmp_path / "签到表.xlsx")
    ws = load_workbook(path).worksheets[0]
    assert [c.value for c in ws[1]] == ["工号", "培训编号", "培训名称", "培训日期", "学时", "状态"]


def test_a_sign_in_sheet_by_number_and_by_title_and_date(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    s1 = add_session(session, b, "行政处罚法专题", date(2026, 3, 10), 4)
    s2 = add_session(session, b, "执法程序规范", date(2026, 4, 8), 3)
    path = xlsx(
        tmp_path / "sheet.xlsx",
        [
            ["2026年法律培训签到表"],  # a title above the header
            HEADER,
            ["T0001", "张伟", s1, None, "出席"],
            ["T0002", "王芳", s1, 2.5, "出席"],  # left early
            ["T0003", "李娜", s1, None, "请假"],
            ["t0004", "刘洋", s1, None, "缺席"],
        ],
    )
    summary = import_attendance(session, b.supervisor, read_attendance(path), TODAY)
    assert (summary.created, summary.updated, summary.sessions) == (4, 0, 1)
    assert summary.hours == 6.5
    assert summary.deductions_booked == 1
    by_title = csv_file(
        tmp_path / "sheet.csv",
        [
            ["staff_no", "session_title", "session_date", "hours", "status"],
            ["T0001", "执法程序规范", "2026-04-08", "", "present"],
            ["T0004", "行政处罚法专题", "2026/3/10", "", "请假"],  # corrects the absence
        ],
        "gb18030",
    )
    again = import_attendance(session, b.supervisor, read_attendance(by_title), TODAY)
    assert (again.created, again.updated, again.deductions_voided) == (1, 1, 1)
    assert marks(session) == {
        (s1, "T0001"): (AttendanceStatus.PRESENT, 4),
        (s1, "T0002"): (AttendanceStatus.PRESENT, 2.5),
        (s1, "T0003"): (AttendanceStatus.EXCUSED, 0),
        (s1, "T0004"): (AttendanceStatus.EXCUSED, 0),
        (s2, "T0001"): (AttendanceStatus.PRESENT, 3),
    }


def test_a_bad_sheet_is_rejected_whole_with_every_bad_row(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    s1 = add_session(session, b, "行政处罚法专题", date(2026, 3, 10), 4)
    future = add_session(session, b, "年终培训", date(2026, 12, 5), 8)
    record_attendance(
        session, b.supervisor, s1, [Mark(b.people[0].id, AttendanceStatus.PRESENT)], TODAY
    )
    before = session.scalar(select(func.count(Attendance.id)))
    events = session.scalar(select(func.count(PointEvent.id)))
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            ["T0002", "王芳", s1, None, "出席"],  # fine
            ["T9999", "无名", s1, None, "出席"],  # row 3: unknown person
            ["T0003", "李娜", s1, 5, "出席"],  # row 4: more than the session's 4 hours
            ["T0004", "刘洋", 999, None, "出席"],  # row 5: no such session
            ["T0005", "陈静", s1, None, "迟到"],  # row 6: unknown status
            ["T0002", "王芳", s1, None, "缺席"],  # row 7: twice for the session
            ["T0001", "张伟", future, None, "出席"],  # row 8: not yet held
            ["T0005", "陈静", s1, 2, "请假"],  # row 9: hours while excused
            ["T0004", "刘洋", "abc", None, None],  # row 10: not a number
        ],
    )
    with pytest.raises(ValidationError) as exc:
        import_attendance(session, b.supervisor, read_attendance(path), TODAY)
    found = {(e.row, e.field) for e in exc.value.errors}
    assert found == {
        (3, "工号"),
        (4, "学时"),
        (5, "培训编号"),
        (6, "状态"),
        (7, "工号"),
        (8, "培训编号"),
        (9, "学时"),
        (10, "培训编号"),
    }
    # Nothing was written, not even the good row.
    assert session.scalar(select(func.count(Attendance.id))) == before
    assert session.scalar(select(func.count(PointEvent.id))) == events


def test_title_needs_its_date_and_a_header_needs_a_session_column(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    add_session(session, b, "行政处罚法专题", date(2026, 3, 10), 4)
    path = xlsx(tmp_path / "t.xlsx", [["工号", "培训名称"], ["T0001", "行政处罚法专题"]])
    with pytest.raises(ValidationError) as exc:
        import_attendance(session, b.supervisor, read_attendance(path), TODAY)
    assert [(e.row, e.field) for e in exc.value.errors] == [(2, "培训日期")]
    with pytest.raises(ValidationError) as exc:
        read_attendance(xlsx(tmp_path / "h.xlsx", [["工号", "学时"], ["T0001", 2]]))
    assert exc.value.errors[0].field == "header"


def test_a_dry_run_writes_nothing(
    session: Session, b: Bureau, tmp_path: Path, workspace: Callable[[User], Workspace]
) -> None:
    """Counting the deductions books them; the check rolls all of it back."""
    s1 = add_session(session, b, "行政处罚法专题", date(2026, 3, 10), 4)
    session.commit()
    path = xlsx(tmp_path / "ok.xlsx", [HEADER, ["T0001", "张伟", s1, None, "缺席"]])
    summary = import_rows(
        workspace(b.supervisor), "attendance", read_attendance(path), TODAY, dry_run=True
    )
    assert (summary.created, summary.deductions_booked, summary.written) == (1, 1, False)
    assert session.scalar(select(func.count(Attendance.id))) == 0
    assert (
        session.scalar(
            select(func.count(PointEvent.id)).where(PointEvent.source == EventSource.TRAINING)
        )
        == 0
    )
