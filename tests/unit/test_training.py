"""Training hours: sessions, attendance and credit, pace through the year, requirements per
category, exams with their deductions, certificates and their expiry windows.

The bureau is tests.factories' five people — east: 张伟 (T0001, officer), 王芳 (T0002,
auxiliary); west: 李娜 (T0003, officer), 刘洋 (T0004, assistant); office: 陈静 (T0005,
contractor) — with the default rule catalogue (PX02 failed exam, PX03 absence).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.default_rules import install_default_rules
from console.core.errors import PermissionDenied, ValidationError
from console.core.scoring.entries import void_entry
from console.core.scoring.locking import finalise_month
from console.core.training.attendance import Mark, attendance_sheet, record_attendance
from console.core.training.certificates import (
    CertificateInput,
    Validity,
    coverage_by_unit,
    expiry_counts,
    list_certificates,
    save_certificate,
    validity,
)
from console.core.training.exams import ExamInput, Score, list_exams, record_scores, save_exam
from console.core.training.progress import hours_by_category, training_overview, year_progress
from console.core.training.requirements import (
    PaceStatus,
    Requirement,
    TrainingSettings,
    expected_hours,
    load_training_settings,
    owed_hours,
    pace_status,
    save_training_settings,
)
from console.core.training.sessions import SessionInput, get_session, save_session
from console.core.workspace import Workspace
from db.org import Person
from db.scoring import PointEvent, Rule
from db.training import Attendance
from glossary import (
    AttendanceStatus,
    Category,
    CertificateKind,
    EventSource,
    EventStatus,
    TrainingCategory,
    YearMonth,
)
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)
PRESENT, ABSENT, EXCUSED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    install_default_rules(session, date(2026, 1, 1))
    session.commit()
    return bureau


def new_session(
    session: Session,
    b: Bureau,
    title: str = "行政处罚法专题",
    day: date = date(2026, 3, 10),
    hours: float = 4,
    category: TrainingCategory = TrainingCategory.LEGAL,
) -> int:
    return save_session(
        session, b.supervisor, SessionInput(title, category, day, hours, "法制科", "三楼会议室")
    ).id


def pid(b: Bureau, no: int) -> int:
    return b.people[no - 1].id


def deductions(session: Session, code: str) -> list[tuple[int | None, EventStatus]]:
    return [
        (e.person_id, e.status)
        for e in session.scalars(
            select(PointEvent)
            .join(Rule, Rule.id == PointEvent.rule_id)
            .where(Rule.code == code, PointEvent.source == EventSource.TRAINING)
            .order_by(PointEvent.id)
        )
    ]


# --- pace -------------------------------------------------------------------------------


def test_pace_is_nothing_on_1_january_and_the_whole_requirement_after_the_year() -> None:
    assert expected_hours(60, 2026, date(2026, 1, 1)) == 0
    assert expected_hours(60, 2026, date(2026, 1, 2)) == pytest.approx(60 / 365)
    # 2 July: 182 days of 365 have passed.
    assert expected_hours(60, 2026, date(2026, 7, 2)) == pytest.approx(60 * 182 / 365)
    assert expected_hours(60, 2026, date(2026, 12, 31)) == pytest.approx(60 * 364 / 365)
    assert expected_hours(60, 2026, date(2027, 1, 1)) == 60
    assert expected_hours(60, 2026, date(2025, 12, 31)) == 0
    # A leap year has 366 days.
    assert expected_hours(60, 2028, date(2028, 7, 2)) == pytest.approx(60 * 183 / 366)


def test_someone_hired_during_the_year_owes_hours_pro_rata_from_the_day_of_hire() -> None:
    hired = date(2026, 7, 2)
    assert owed_hours(60, 2026, hired) == round(60 * 183 / 365, 1)
    assert expected_hours(60, 2026, hired, hired) == 0
    assert expected_hours(60, 2026, date(2026, 8, 1), hired) == pytest.approx(60 * 30 / 365)
    assert owed_hours(60, 2026, date(2020, 1, 1)) == 60


def test_status_done_on_pace_behind() -> None:
    assert pace_status(60, 60, 30) is PaceStatus.DONE
    assert pace_status(60, 30, 30) is PaceStatus.ON_PACE
    assert pace_status(60, 29.9, 30) is PaceStatus.BEHIND
    assert pace_status(0, 0, 0) is PaceStatus.NOT_REQUIRED


def test_pace_statuses_on_1_january_mid_year_and_31_december(session: Session, b: Bureau) -> None:
    s = new_session(session, b, day=date(2026, 1, 1), hours=30)
    record_attendance(session, b.supervisor, s, [Mark(pid(b, 1), PRESENT)], TODAY)

    def status(on: date) -> dict[str, PaceStatus]:
        progress = year_progress(session, b.admin, 2026, on)
        return {p.staff_no: p.status for p in progress.people if p.category == Category.OFFICER}

    # 1 January: nothing is expected yet, so no one is behind.
    assert status(date(2026, 1, 1)) == {"T0001": PaceStatus.ON_PACE, "T0003": PaceStatus.ON_PACE}
    # 2 July: 29.9 hours expected; 张伟 has 30, 李娜 none.
    assert status(date(2026, 7, 2)) == {"T0001": PaceStatus.ON_PACE, "T0003": PaceStatus.BEHIND}
    # 3 July: 30.1 expected, 张伟 falls behind.
    assert status(date(2026, 7, 3))["T0001"] is PaceStatus.BEHIND
    second = new_session(session, b, "年终法律培训", date(2026, 12, 31), 30)
    record_attendance(session, b.supervisor, second, [Mark(pid(b, 1), PRESENT)], date(2027, 1, 5))
    year_end = year_progress(session, b.admin, 2026, date(2026, 12, 31))
    zhang = next(p for p in year_end.people if p.staff_no == "T0001")
    assert (zhang.credited, zhang.required, zhang.status) == (60, 60, PaceStatus.DONE)
    # Non-officers have no requirement by default.
    assert {p.staff_no for p in year_end.people if p.status is PaceStatus.NOT_REQUIRED} == {
        "T0002",
        "T0004",
        "T0005",
    }


# --- attendance and credit ---------------------------------------------------------------


def test_full_and_partial_credit_and_excused_absence(session: Session, b: Bureau) -> None:
    s = new_session(session, b, hours=4)
    result = record_attendance(
        session,
        b.supervisor,
        s,
        [
            Mark(pid(b, 1), PRESENT),  # the session's hours
            Mark(pid(b, 2), PRESENT, 2.5),  # left early
            Mark(pid(b, 3), EXCUSED),
            Mark(pid(b, 4), ABSENT),
        ],
        TODAY,
    )
    assert result.marked == 4
    hours = dict(
        session.execute(
            select(Attendance.person_id, Attendance.hours).where(Attendance.session_id == s)
        ).all()
    )
    assert hours == {pid(b, 1): 4, pid(b, 2): 2.5, pid(b, 3): 0, pid(b, 4): 0}
    progress = {p.staff_no: p for p in year_progress(session, b.admin, 2026, TODAY).people}
    assert progress["T0001"].credited == 4
    assert progress["T0002"].total_hours == 2.5
    assert progress["T0003"].credited == 0
    # The excused absence books nothing; the unexcused one books PX03.
    assert deductions(session, "PX03") == [(pid(b, 4), EventStatus.APPROVED)]
    sheet = attendance_sheet(session, b.supervisor, s)
    assert {r.staff_no: r.status for r in sheet.rows}["T0003"] is EXCUSED


def test_credit_never_exceeds_the_sessions_hours(session: Session, b: Bureau) -> None:
    s = new_session(session, b, hours=4)
    with pytest.raises(ValidationError) as exc:
        record_attendance(
            session,
            b.supervisor,
            s,
            [Mark(pid(b, 1), PRESENT, 4.5), Mark(pid(b, 3), ABSENT, 2)],
            TODAY,
        )
    messages = [e.message for e in exc.value.errors]
    assert any("T0001" in m and "4" in m for m in messages)
    assert any("T0003" in m for m in messages)
    assert session.scalar(select(Attendance.id)) is None


def test_correcting_an_absence_voids_its_deduction(session: Session, b: Bureau) -> None:
    s = new_session(session, b)
    record_attendance(session, b.supervisor, s, [Mark(pid(b, 1), ABSENT)], TODAY)
    record_attendance(session, b.supervisor, s, [Mark(pid(b, 1), EXCUSED)], TODAY)
    assert deductions(session, "PX03") == [(pid(b, 1), EventStatus.VOID)]


def test_a_deduction_voided_by_hand_is_not_booked_again(session: Session, b: Bureau) -> None:
    s = new_session(session, b)
    record_attendance(session, b.supervisor, s, [Mark(pid(b, 1), ABSENT)], TODAY)
    [(event_id,)] = session.execute(select(PointEvent.id)).all()
    void_entry(session, b.admin, event_id, "事后补假", seen=EventStatus.APPROVED)
    # Saving the session again, for someone else's mark, leaves the voided one voided.
    record_attendance(
        session, b.supervisor, s, [Mark(pid(b, 1), ABSENT), Mark(pid(b, 3), ABSENT)], TODAY
    )
    assert sorted(deductions(session, "PX03")) == sorted(
        [(pid(b, 1), EventStatus.VOID), (pid(b, 3), EventStatus.APPROVED)]
    )


def test_a_finalised_month_refuses_a_change_of_its_deductions(
    session: Session, b: Bureau, workspace: Callable[[User], Workspace]
) -> None:
    s = new_session(session, b, day=date(2026, 3, 10))
    finalise_month(session, b.admin, YearMonth(2026, 3), TODAY)
    session.commit()
    # Through the unit of work, as the dialog saves it: the refusal rolls back the marks.
    with pytest.raises(ValidationError):
        workspace(b.supervisor).run(
            record_attendance, b.supervisor, s, [Mark(pid(b, 1), ABSENT)], TODAY
        )
    assert session.scalar(select(Attendance.id)) is None
    # Presence changes no point: it may still be recorded.
    record_attendance(session, b.supervisor, s, [Mark(pid(b, 1), PRESENT)], TODAY)


def test_the_deduction_follows_the_setting(session: Session, b: Bureau) -> None:
    save_training_settings(session, b.admin, TrainingSettings(deduct_absence=False))
    s = new_session(session, b)
    record_attendance(session, b.supervisor, s, [Mark(pid(b, 1), ABSENT)], TODAY)
    assert deductions(session, "PX03") == []


def test_a_squad_leader_records_only_their_own_people(session: Session, b: Bureau) -> None:
    s = new_session(session, b)
    record_attendance(session, b.leader, s, [Mark(pid(b, 1), PRESENT)], TODAY)
    with pytest.raises(PermissionDenied):
        record_attendance(session, b.leader, s, [Mark(pid(b, 3), PRESENT)], TODAY)
    with pytest.raises(PermissionDenied):
        new_session(session, Bureau(**{**b.__dict__, "supervisor": b.leader}))
    sheet = attendance_sheet(session, b.leader, s)
    assert {r.staff_no for r in sheet.rows} == {"T0001", "T0002"}


def test_a_future_session_takes_no_attendance(session: Session, b: Bureau) -> None:
    s = new_session(session, b, day=date(2026, 12, 5))
    with pytest.raises(ValidationError):
        record_attendance(session, b.supervisor, s, [Mark(pid(b, 1), PRESENT)], TODAY)


# --- sessions -----------------------------------------------------------------------------


def test_session_audience_and_edit(session: Session, b: Bureau) -> None:
    created = save_session(
        session,
        b.supervisor,
        SessionInput(
            "辅助执法技能",
            TrainingCategory.SKILLS,
            date(2026, 5, 1),
            "3",
            "",
            "",
            [Category.AUXILIARY],
            [b.east.id],
        ),
    )
    assert (created.categories, created.unit_ids, created.hours) == (
        (Category.AUXILIARY,),
        (b.east.id,),
        3,
    )
    sheet = attendance_sheet(session, b.supervisor, created.id)
    assert [r.staff_no for r in sheet.rows if r.intended] == ["T0002"]
    record_attendance(session, b.supervisor, created.id, [Mark(pid(b, 2), PRESENT)], TODAY)
    # The hours cannot drop below what someone was credited.
    data = SessionInput("辅助执法技能", TrainingCategory.SKILLS, date(2026, 5, 1), 2)
    with pytest.raises(ValidationError) as exc:
        save_session(session, b.supervisor, data, created.id)
    assert exc.value.errors[0].field == "hours"
    data.hours = 3.5
    assert save_session(session, b.supervisor, data, created.id).hours == 3.5
    assert get_session(session, b.viewer, created.id).attendance == 1


def test_session_validation_lists_every_problem(session: Session, b: Bureau) -> None:
    with pytest.raises(ValidationError) as exc:
        save_session(session, b.supervisor, SessionInput(" ", None, None, "2.25"))
    assert {e.field for e in exc.value.errors} == {"title", "category", "date", "hours"}


# --- requirements ------------------------------------------------------------------------


def test_category_specific_requirements(session: Session, b: Bureau) -> None:
    settings = TrainingSettings(
        requirements=(
            Requirement(Category.OFFICER, TrainingCategory.LEGAL, 60),
            Requirement(Category.AUXILIARY, TrainingCategory.LEGAL, 20),
            Requirement(Category.AUXILIARY, TrainingCategory.SKILLS, 10),
        )
    )
    save_training_settings(session, b.admin, settings)
    assert load_training_settings(session) == settings
    legal = new_session(session, b, hours=30)
    skills = new_session(
        session, b, "技能练兵", date(2026, 4, 1), 8, category=TrainingCategory.SKILLS
    )
    for s in (legal, skills):
        record_attendance(
            session, b.supervisor, s, [Mark(pid(b, 1), PRESENT), Mark(pid(b, 2), PRESENT)], TODAY
        )
    progress = {p.staff_no: p for p in year_progress(session, b.admin, 2026, TODAY).people}
    zhang, wang = progress["T0001"], progress["T0002"]
    # Skills hours do not count towards the officer's legal requirement.
    assert (zhang.required, zhang.credited, zhang.total_hours) == (60, 30, 38)
    assert zhang.status is PaceStatus.BEHIND
    # 王芳: legal 30 of 20 (capped at 20) + skills 8 of 10 → 28 of 30, not yet done.
    assert (wang.required, wang.credited) == (30, 28)
    assert wang.status is PaceStatus.ON_PACE
    assert [(line.training_category, line.credited) for line in wang.lines] == [
        (TrainingCategory.LEGAL, 30),
        (TrainingCategory.SKILLS, 8),
    ]


def test_only_an_admin_changes_the_requirements(session: Session, b: Bureau) -> None:
    with pytest.raises(PermissionDenied):
        save_training_settings(session, b.supervisor, TrainingSettings())
    bad = TrainingSettings(
        requirements=(
            Requirement(Category.OFFICER, TrainingCategory.LEGAL, 60),
            Requirement(Category.OFFICER, TrainingCategory.LEGAL, 0),
        )
    )
    with pytest.raises(ValidationError) as exc:
        save_training_settings(session, b.admin, bad)
    assert len(exc.value.errors) == 2


def test_units_and_the_overview(session: Session, b: Bureau) -> None:
    s = new_session(session, b, hours=50)
    record_attendance(
        session, b.supervisor, s, [Mark(pid(b, 1), PRESENT), Mark(pid(b, 2), PRESENT)], TODAY
    )
    progress = year_progress(session, b.admin, 2026, TODAY)
    east = next(u for u in progress.units if u.unit_id == b.east.id)
    assert (east.headcount, east.required_people, east.credited, east.total_hours) == (
        2,
        1,
        50,
        100,
    )
    assert east.on_pace_share == 0  # 50 h < 53.4 expected on 22 November
    assert [p.staff_no for p in progress.behind()] == ["T0003", "T0001"]
    overview = training_overview(session, b.admin, 2026, TODAY)
    assert (overview.sessions_held, overview.person_times, overview.hours_credited) == (1, 2, 100)
    assert overview.average_hours == 20  # 100 hours over five people
    assert overview.on_pace_share == 0
    legal = next(c for c in hours_by_category(session, b.admin, 2026, TODAY) if c.hours)
    assert (legal.category, legal.person_times) == (TrainingCategory.LEGAL, 2)
    lead = year_progress(session, b.leader, 2026, TODAY)
    assert {p.staff_no for p in lead.people} == {"T0001", "T0002"}


# --- exams -------------------------------------------------------------------------------


def test_exam_pass_rate_and_failed_exam_deductions(session: Session, b: Bureau) -> None:
    exam = save_exam(session, b.supervisor, ExamInput("法律知识考试", date(2026, 11, 3), 60))
    record_scores(
        session,
        b.supervisor,
        exam.id,
        [Score(pid(b, 1), 85), Score(pid(b, 2), 59.5), Score(pid(b, 3), 60)],
        TODAY,
    )
    row = list_exams(session, b.viewer, 2026)[0]
    assert (row.takers, row.passed) == (3, 2)
    assert row.pass_rate == pytest.approx(2 / 3)
    assert deductions(session, "PX02") == [(pid(b, 2), EventStatus.APPROVED)]
    # A corrected score takes the deduction back; a higher pass mark books new ones.
    record_scores(session, b.supervisor, exam.id, [Score(pid(b, 2), 61)], TODAY)
    save_exam(session, b.supervisor, ExamInput("法律知识考试", date(2026, 11, 3), 70), exam.id)
    assert deductions(session, "PX02") == [
        (pid(b, 2), EventStatus.VOID),
        (pid(b, 2), EventStatus.APPROVED),
        (pid(b, 3), EventStatus.APPROVED),
    ]
    overview = training_overview(session, b.admin, 2026, TODAY)
    assert (overview.exams_passed, overview.exams_sat) == (1, 3)
    with pytest.raises(ValidationError):
        record_scores(session, b.supervisor, exam.id, [Score(pid(b, 1), 101)], TODAY)


# --- certificates ------------------------------------------------------------------------


def test_certificate_expiry_windows() -> None:
    assert validity(date(2026, 11, 21), TODAY) is Validity.EXPIRED
    assert validity(TODAY, TODAY) is Validity.EXPIRING  # valid through its last day
    assert validity(date(2027, 2, 20), TODAY) is Validity.EXPIRING  # day 90
    assert validity(date(2027, 2, 21), TODAY) is Validity.VALID  # day 91
    assert validity(None, TODAY) is Validity.PERMANENT


def test_certificate_lists_and_coverage(session: Session, b: Bureau) -> None:
    def add(no: int, kind: CertificateKind, number: str, expires: date | None) -> int:
        return save_certificate(
            session,
            b.supervisor,
            CertificateInput(pid(b, no), kind, number, date(2020, 1, 1), expires),
        )

    add(1, CertificateKind.ENFORCEMENT, "ZF001", date(2027, 1, 31))  # expiring
    add(3, CertificateKind.ENFORCEMENT, "ZF003", date(2026, 10, 1))  # expired
    add(2, CertificateKind.AUXILIARY_ENFORCEMENT, "FZ002", date(2029, 1, 1))
    add(3, CertificateKind.LEGAL_QUALIFICATION, "A2019", None)
    expiring = list_certificates(session, b.viewer, TODAY, only=Validity.EXPIRING)
    assert [(c.number, c.days_left) for c in expiring] == [("ZF001", 70)]
    expired = list_certificates(session, b.viewer, TODAY, only=Validity.EXPIRED)
    assert [c.number for c in expired] == ["ZF003"]
    assert expiry_counts(session, b.viewer, TODAY) == (1, 1)
    # 李娜 and 王芳 are legal reviewers; only 李娜 holds the qualification.
    for no in (2, 3):
        session.get_one(Person, pid(b, no)).position = "法制审核员"
    session.commit()
    coverage = {c.unit_name: c for c in coverage_by_unit(session, b.viewer, TODAY)}
    east, west = coverage["城东中队"], coverage["城西中队"]
    assert (east.reviewers, east.reviewers_qualified) == (1, 0)
    assert (west.reviewers, west.reviewers_qualified) == (1, 1)
    assert (east.officers, east.officers_certified) == (1, 1)
    assert (west.officers, west.officers_certified) == (1, 0)  # expired
    assert (east.auxiliaries, east.auxiliaries_certified) == (1, 1)
    with pytest.raises(ValidationError):
        save_certificate(
            session,
            b.supervisor,
            CertificateInput(pid(b, 1), None, " ", date(2026, 1, 1), date(2025, 1, 1)),
        )
    with pytest.raises(PermissionDenied):
        add_as_leader = CertificateInput(pid(b, 3), CertificateKind.OTHER, "X1")
        save_certificate(session, b.leader, add_as_leader)


# --- the early warning ---------------------------------------------------------------------


def test_behind_pace_by_more_than_20_percent_is_an_early_warning(
    session: Session, b: Bureau
) -> None:
    from console.core.integrity.warning_rules import rule
    from console.core.integrity.warnings import evaluate_warnings, list_warnings

    spec = rule("training_behind")
    assert spec is not None and spec.defaults() == {"behind_pct": 20, "min_hours": 8}
    s = new_session(session, b, hours=50)
    # 张伟 50 h, 6% behind the 53.4 expected on 22 November; 李娜 40 h, 25% behind.
    record_attendance(
        session,
        b.supervisor,
        s,
        [Mark(pid(b, 1), PRESENT), Mark(pid(b, 3), PRESENT, 40)],
        TODAY,
    )
    first = evaluate_warnings(session, b.supervisor, TODAY, codes=["training_behind"])
    assert first.fired == {"training_behind": 1}
    warnings = list_warnings(session, b.viewer)
    assert [(w.staff_no, w.rule_code) for w in warnings] == [("T0003", "training_behind")]
    assert "40.0" in warnings[0].summary and "53.4" in warnings[0].summary
    # Once a month while behind.
    again = evaluate_warnings(session, b.supervisor, TODAY, codes=["training_behind"])
    assert again.fired == {}
    december = evaluate_warnings(
        session, b.supervisor, date(2026, 12, 1), codes=["training_behind"]
    )
    # Still open: December's new evidence extends the same warning (one per person and rule).
    assert december.fired == {}
    assert len(list_warnings(session, b.supervisor)) == 1
