"""Two desktops, one training record: the second to save what it saw is told, never
silently overwrites the first. On SQLite and on PostgreSQL.

Also here: who the attendance sheet counts as on strength (the shared policy), and a squad
leader finding a new session aimed at their unit before anyone is marked.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.conflicts import Conflict
from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.errors import ValidationError
from console.core.training.attendance import Mark, attendance_sheet, record_attendance
from console.core.training.certificates import (
    CertificateInput,
    certificate_form,
    save_certificate,
)
from console.core.training.exams import (
    ExamInput,
    Score,
    exam_sheet,
    get_exam,
    record_scores,
    save_exam,
)
from console.core.training.requirements import (
    Requirement,
    TrainingSettings,
    load_training_settings,
    save_training_settings,
)
from console.core.training.sessions import (
    SessionInput,
    get_session,
    list_sessions,
    save_session,
)
from console.core.workspace import Workspace
from db.org import Person
from db.training import Attendance, Certificate, Exam, ExamResult, TrainingSession
from glossary import (
    AttendanceStatus,
    Category,
    CertificateKind,
    PersonStatus,
    TrainingCategory,
)
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)
DAY = date(2026, 3, 10)
PRESENT, ABSENT = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT


@dataclass
class Desk:
    """One bureau, and two desktops signed in as the same supervisor."""

    db: Database
    b: Bureau
    one: Workspace
    two: Workspace

    def pid(self, no: int) -> int:
        return self.b.people[no - 1].id


@pytest.fixture
def desk(any_db: Database) -> Iterator[Desk]:
    with any_db.session() as s:
        b = make_bureau(s)
        install_default_rules(s, date(2026, 1, 1))
    yield Desk(any_db, b, Workspace(any_db, b.supervisor), Workspace(any_db, b.supervisor))


def _session_input(title: str = "行政处罚法专题", **kw: object) -> SessionInput:
    data = SessionInput(title, TrainingCategory.LEGAL, DAY, 4, "法制科", "三楼会议室")
    for key, value in kw.items():
        setattr(data, key, value)
    return data


def _new_session(d: Desk, **kw: object) -> int:
    return d.one.run(save_session, d.b.supervisor, _session_input(**kw)).id


# --- sessions ------------------------------------------------------------------------


def test_two_desktops_editing_one_session(desk: Desk) -> None:
    sid = _new_session(desk)
    seen = desk.one.read(get_session, desk.b.supervisor, sid).row_version
    desk.one.run(save_session, desk.b.supervisor, _session_input("第一台"), sid, seen_version=seen)
    with pytest.raises(Conflict) as refused:
        desk.two.run(
            save_session, desk.b.supervisor, _session_input("第二台"), sid, seen_version=seen
        )
    assert desk.b.supervisor.username in str(refused.value)  # who changed it
    detail = desk.one.read(get_session, desk.b.supervisor, sid)
    assert detail.title == "第一台"
    assert detail.row_version == seen + 1


def test_a_session_saved_unchanged_keeps_its_version(desk: Desk) -> None:
    sid = _new_session(desk)
    before = desk.one.read(get_session, desk.b.supervisor, sid)
    after = desk.one.run(
        save_session, desk.b.supervisor, _session_input(), sid, seen_version=before.row_version
    )
    assert after == before


# --- attendance ----------------------------------------------------------------------


def _marks(d: Desk) -> dict[int, AttendanceStatus]:
    with d.db.session() as s:
        return {p: st for p, st in s.execute(select(Attendance.person_id, Attendance.status))}


def test_two_desktops_entering_one_sessions_attendance(desk: Desk) -> None:
    sid = _new_session(desk)
    sheet = desk.one.read(attendance_sheet, desk.b.supervisor, sid)
    seen = sheet.session.row_version
    first = [Mark(desk.pid(1), PRESENT), Mark(desk.pid(2), ABSENT)]
    second = [Mark(desk.pid(1), ABSENT), Mark(desk.pid(3), PRESENT)]
    desk.one.run(record_attendance, desk.b.supervisor, sid, first, TODAY, seen_version=seen)
    with pytest.raises(Conflict) as refused:
        desk.two.run(record_attendance, desk.b.supervisor, sid, second, TODAY, seen_version=seen)
    assert desk.b.supervisor.username in str(refused.value)  # who saved the marks
    # Exactly the first desktop's marks, nothing of the second's.
    assert _marks(desk) == {desk.pid(1): PRESENT, desk.pid(2): ABSENT}
    # The sheet reloaded carries the new version, and saving from it works.
    again = desk.two.read(attendance_sheet, desk.b.supervisor, sid)
    assert again.session.row_version == seen + 1
    desk.two.run(
        record_attendance,
        desk.b.supervisor,
        sid,
        second,
        TODAY,
        seen_version=again.session.row_version,
    )
    assert _marks(desk) == {desk.pid(1): ABSENT, desk.pid(2): ABSENT, desk.pid(3): PRESENT}


def test_attendance_saved_unchanged_moves_nothing(desk: Desk) -> None:
    sid = _new_session(desk)
    marks = [Mark(desk.pid(1), PRESENT)]
    desk.one.run(record_attendance, desk.b.supervisor, sid, marks, TODAY)
    seen = desk.one.read(attendance_sheet, desk.b.supervisor, sid).session.row_version
    result = desk.one.run(
        record_attendance, desk.b.supervisor, sid, marks, TODAY, seen_version=seen
    )
    assert (result.marked, result.removed) == (0, 0)
    assert desk.one.read(get_session, desk.b.supervisor, sid).row_version == seen


def test_an_edit_of_the_session_refuses_attendance_entered_on_the_old_sheet(
    desk: Desk,
) -> None:
    sid = _new_session(desk)
    seen = desk.one.read(attendance_sheet, desk.b.supervisor, sid).session.row_version
    desk.two.run(save_session, desk.b.supervisor, _session_input(hours=2), sid)
    with pytest.raises(Conflict):
        desk.one.run(
            record_attendance,
            desk.b.supervisor,
            sid,
            [Mark(desk.pid(1), PRESENT)],  # credited 4 hours on the sheet seen
            TODAY,
            seen_version=seen,
        )
    assert _marks(desk) == {}


# --- exams ---------------------------------------------------------------------------


def test_two_desktops_editing_one_exam_and_its_scores(desk: Desk) -> None:
    sup = desk.b.supervisor
    exam = desk.one.run(save_exam, sup, ExamInput("年度考试", date(2026, 11, 5)))
    desk.one.run(
        save_exam, sup, ExamInput("第一台", exam.exam_date), exam.id, seen_version=exam.row_version
    )
    with pytest.raises(Conflict):
        desk.two.run(
            save_exam,
            sup,
            ExamInput("第二台", exam.exam_date, 80),
            exam.id,
            seen_version=exam.row_version,
        )
    now = desk.one.read(get_exam, sup, exam.id)
    assert (now.title, now.pass_mark) == ("第一台", 60)

    seen = desk.one.read(exam_sheet, sup, exam.id).exam.row_version
    desk.one.run(record_scores, sup, exam.id, [Score(desk.pid(1), 90)], TODAY, seen_version=seen)
    with pytest.raises(Conflict):
        desk.two.run(
            record_scores,
            sup,
            exam.id,
            [Score(desk.pid(1), 40), Score(desk.pid(2), 70)],
            TODAY,
            seen_version=seen,
        )
    with desk.db.session() as s:
        scores = s.execute(select(ExamResult.person_id, ExamResult.score))
        assert {p: float(v) for p, v in scores} == {desk.pid(1): 90.0}
        assert s.get_one(Exam, exam.id).row_version == seen + 1


# --- certificates --------------------------------------------------------------------


def test_two_desktops_editing_one_certificate(desk: Desk) -> None:
    sup = desk.b.supervisor
    data = CertificateInput(desk.pid(1), CertificateKind.ENFORCEMENT, "A-001")
    cid = desk.one.run(save_certificate, sup, data)
    form = desk.one.read(certificate_form, sup, cid)
    assert form.current == data and form.row_version is not None
    first = CertificateInput(desk.pid(1), CertificateKind.ENFORCEMENT, "A-002")
    second = CertificateInput(desk.pid(1), CertificateKind.ENFORCEMENT, "A-003")
    desk.one.run(save_certificate, sup, first, cid, seen_version=form.row_version)
    with pytest.raises(Conflict):
        desk.two.run(save_certificate, sup, second, cid, seen_version=form.row_version)
    with desk.db.session() as s:
        assert s.get_one(Certificate, cid).number == "A-002"


# --- the yearly requirements ---------------------------------------------------------


def test_two_administrators_saving_the_requirements(desk: Desk) -> None:
    admin = desk.b.admin
    one, two = Workspace(desk.db, admin), Workspace(desk.db, admin)
    shown = one.read(load_training_settings)
    legal80 = TrainingSettings((Requirement(Category.OFFICER, TrainingCategory.LEGAL, 80.0),))
    legal40 = TrainingSettings((Requirement(Category.OFFICER, TrainingCategory.LEGAL, 40.0),))
    one.run(save_training_settings, admin, legal80, seen=shown)
    with pytest.raises(Conflict):
        two.run(save_training_settings, admin, legal40, seen=shown)
    assert one.read(load_training_settings) == legal80
    # Saved again from what is shown now: accepted.
    two.run(save_training_settings, admin, legal40, seen=legal80)
    assert one.read(load_training_settings) == legal40


# --- on strength ---------------------------------------------------------------------


def _deactivate_without_leaving_date(d: Desk, no: int) -> None:
    with d.db.session() as s:
        person = s.get_one(Person, d.pid(no))
        person.status = PersonStatus.LEFT
        person.left_date = None


def test_someone_inactive_without_a_leaving_date_is_not_on_the_sheet(desk: Desk) -> None:
    """The shared rule (console.core.policy): nothing proves they were there."""
    sid = _new_session(desk)
    _deactivate_without_leaving_date(desk, 2)
    sheet = desk.one.read(attendance_sheet, desk.b.supervisor, sid)
    assert desk.pid(2) not in [r.person_id for r in sheet.rows]
    assert desk.pid(1) in [r.person_id for r in sheet.rows]
    with pytest.raises(ValidationError):
        desk.one.run(record_attendance, desk.b.supervisor, sid, [Mark(desk.pid(2), PRESENT)], TODAY)
    assert _marks(desk) == {}


def test_a_mark_recorded_before_they_left_stays_and_can_be_corrected(desk: Desk) -> None:
    sid = _new_session(desk)
    desk.one.run(record_attendance, desk.b.supervisor, sid, [Mark(desk.pid(2), PRESENT)], TODAY)
    _deactivate_without_leaving_date(desk, 2)
    sheet = desk.one.read(attendance_sheet, desk.b.supervisor, sid)
    row = next(r for r in sheet.rows if r.person_id == desk.pid(2))
    assert row.status == PRESENT
    desk.one.run(record_attendance, desk.b.supervisor, sid, [Mark(desk.pid(2), ABSENT)], TODAY)
    assert _marks(desk) == {desk.pid(2): ABSENT}


# --- a squad leader's list -----------------------------------------------------------


def test_a_squad_leader_finds_a_new_session_aimed_at_their_unit(desk: Desk) -> None:
    b = desk.b
    ours = _new_session(desk, title="城东专题", unit_ids=[b.east.id])
    everyone = _new_session(desk, title="全员培训")
    officers = _new_session(desk, title="在编培训", categories=[Category.OFFICER])
    theirs = _new_session(desk, title="城西专题", unit_ids=[b.west.id])
    contractors = _new_session(desk, title="外包培训", categories=[Category.CONTRACTOR])
    leader = Workspace(desk.db, b.leader)
    shown = {r.id for r in leader.read(list_sessions, b.leader, 2026)}
    # East has an officer and an auxiliary, no contractor (tests.factories).
    assert shown == {ours, everyone, officers}
    assert theirs not in shown and contractors not in shown
    # Once one of their people is marked at another unit's session, it is theirs to see.
    desk.one.run(record_attendance, b.supervisor, theirs, [Mark(desk.pid(1), PRESENT)], TODAY)
    rows = {r.id: r for r in leader.read(list_sessions, b.leader, 2026)}
    assert theirs in rows and rows[theirs].present == 1
    # The supervisor sees every session of the year.
    assert len(desk.one.read(list_sessions, b.supervisor, 2026)) == 5


def test_the_leader_ticks_attendance_at_the_new_session(desk: Desk) -> None:
    b = desk.b
    sid = _new_session(desk, title="城东专题", unit_ids=[b.east.id])
    leader = Workspace(desk.db, b.leader)
    sheet = leader.read(attendance_sheet, b.leader, sid)
    intended = [r.person_id for r in sheet.rows if r.intended]
    assert intended == [desk.pid(1), desk.pid(2)]
    leader.run(
        record_attendance,
        b.leader,
        sid,
        [Mark(p, PRESENT) for p in intended],
        TODAY,
        seen_version=sheet.session.row_version,
    )
    with desk.db.session() as s:
        assert s.scalar(select(TrainingSession.row_version).where(TrainingSession.id == sid)) == 2


def test_two_desktops_saving_one_sheet_at_the_same_moment(pg: Database) -> None:
    """PostgreSQL, where two transactions truly overlap: both read the session (and pass
    the version check) before either writes; the session's claimed row_version lets one
    through and refuses the other. (SQLite's BEGIN IMMEDIATE runs them one after the
    other, which the tests above cover.)"""
    with pg.session() as s:
        b = make_bureau(s)
        install_default_rules(s, date(2026, 1, 1))
    d = Desk(pg, b, Workspace(pg, b.supervisor), Workspace(pg, b.supervisor))
    sid = _new_session(d)
    seen = d.one.read(get_session, b.supervisor, sid).row_version
    both_read = threading.Barrier(2, timeout=20)

    def save(session: Session, marks: list[Mark]) -> None:
        session.get_one(TrainingSession, sid)  # read, as the service will, then wait
        both_read.wait()
        record_attendance(session, b.supervisor, sid, marks, TODAY, seen_version=seen)

    outcomes: list[str] = []

    def desktop(ws: Workspace, marks: list[Mark]) -> None:
        try:
            ws.run(save, marks)
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")

    first = [Mark(d.pid(1), PRESENT), Mark(d.pid(2), PRESENT)]
    second = [Mark(d.pid(1), ABSENT), Mark(d.pid(3), ABSENT)]
    threads = [
        threading.Thread(target=desktop, args=(d.one, first)),
        threading.Thread(target=desktop, args=(d.two, second)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["conflict", "saved"]
    marks = _marks(d)
    assert marks in (
        {d.pid(1): PRESENT, d.pid(2): PRESENT},
        {d.pid(1): ABSENT, d.pid(3): ABSENT},
    )
