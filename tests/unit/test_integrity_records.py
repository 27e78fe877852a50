"""Recording the integrity records: inspections, the findings' rectification loop and their
deductions, complaints, case-file reviews, the registers, and who may see and do what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.default_rules import install_default_rules
from console.core.errors import PermissionDenied, ValidationError
from console.core.integrity.case_reviews import CaseReviewInput, save_case_review
from console.core.integrity.complaints import (
    ComplaintInput,
    add_complaint,
    close_complaint,
    list_complaints,
    void_complaint,
)
from console.core.integrity.findings import get_finding, integrity_kpis, is_overdue, list_findings
from console.core.integrity.inspections import InspectionInput, list_inspections, save_inspection
from console.core.integrity.rectification import (
    ASSIGN,
    DEDUCT,
    RECTIFY,
    SEND_BACK,
    VERIFY,
    FindingInput,
    add_finding,
    allowed_actions,
    assign_finding,
    book_deduction,
    rectify_finding,
    send_back_finding,
    update_finding,
    verify_finding,
    void_finding,
)
from console.core.integrity.registers import (
    TalkInput,
    list_talks,
    pledge_coverage,
    record_pledge,
    save_talk,
    unsigned_people,
)
from console.core.scoring.entries import void_entry
from console.core.scoring.locking import finalise_month
from console.core.workspace import Workspace
from db.integrity import Finding
from db.scoring import PointEvent
from glossary import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintOutcome,
    EventSource,
    EventStatus,
    FindingStatus,
    Grade,
    InspectionKind,
    Severity,
    TalkKind,
    YearMonth,
)
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)
FOUND = date(2026, 11, 3)


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    install_default_rules(session, date(2026, 1, 1))
    session.commit()
    return bureau


@pytest.fixture
def ws(session: Session, b: Bureau, workspace: Callable[[User | None], Workspace]) -> Workspace:
    """The supervisor's desktop: each call is one unit of work, written whole or not at all
    (as the services are used). Set-up written on ``session`` is committed first."""
    session.commit()
    return workspace(b.supervisor)


def _finding(session: Session, b: Bureau, who: int = 0, **kw: object) -> int:
    data = FindingInput(
        found_date=kw.pop("found_date", FOUND),  # type: ignore[arg-type]
        topic=kw.pop("topic", "执法记录仪使用"),  # type: ignore[arg-type]
        severity=kw.pop("severity", Severity.SERIOUS),  # type: ignore[arg-type]
        description="执法过程中未全程开启执法记录仪",
        person_id=b.people[who].id,
        deadline=kw.pop("deadline", date(2026, 11, 13)),  # type: ignore[arg-type]
    )
    return add_finding(session, b.supervisor, data, TODAY).id


def _status(session: Session, finding_id: int) -> FindingStatus:
    session.commit()  # end the read snapshot: see what the workspace wrote since
    session.expire_all()
    return session.get(Finding, finding_id).status  # type: ignore[union-attr]


# --- the loop ------------------------------------------------------------------------


def test_a_finding_goes_round_the_loop_and_back(session: Session, b: Bureau) -> None:
    fid = _finding(session, b)
    row = get_finding(session, b.supervisor, fid)
    assert (row.status, row.unit_id, row.person_name) == (FindingStatus.OPEN, b.east.id, "张伟")
    assert allowed_actions(row) >= {ASSIGN, DEDUCT}
    assert RECTIFY not in allowed_actions(row)

    row = assign_finding(session, b.supervisor, fid, date(2026, 11, 4), None, TODAY)
    assert (row.status, row.assigned_date) == (FindingStatus.ASSIGNED, date(2026, 11, 4))
    assert row.deadline == date(2026, 11, 13)

    row = rectify_finding(session, b.supervisor, fid, date(2026, 11, 10), "已组织学习", TODAY)
    assert (row.status, row.rectification) == (FindingStatus.RECTIFIED, "已组织学习")
    assert allowed_actions(row) >= {VERIFY, SEND_BACK}

    row = send_back_finding(
        session, b.supervisor, fid, "整改材料不全", TODAY, deadline=date(2026, 11, 30)
    )
    assert (row.status, row.review_note, row.deadline) == (
        FindingStatus.SENT_BACK,
        "整改材料不全",
        date(2026, 11, 30),
    )
    row = rectify_finding(session, b.supervisor, fid, date(2026, 11, 20), "补齐台账", TODAY)
    assert row.status == FindingStatus.RECTIFIED

    row = verify_finding(session, b.supervisor, fid, date(2026, 11, 21), TODAY, "复核通过")
    assert (row.status, row.verified_date) == (FindingStatus.VERIFIED, date(2026, 11, 21))
    assert session.get(Finding, fid).verified_by_id == b.supervisor.id  # type: ignore[union-attr]
    assert allowed_actions(row) == {"void", DEDUCT}


@pytest.mark.parametrize(
    ("setup", "step", "message"),
    [
        ([], "rectify", "Only an assigned or sent-back finding can be rectified; this one is Open"),
        ([], "verify", "Only a rectified finding can be verified; this one is Open"),
        ([], "send_back", "Only a rectified finding can be sent back; this one is Open"),
        (["assign"], "assign", "Only an open finding can be assigned; this one is Assigned"),
        (["assign"], "verify", "Only a rectified finding can be verified; this one is Assigned"),
        (["assign", "rectify"], "rectify", "this one is Rectified"),
        (["assign", "rectify", "verify"], "send_back", "this one is Verified"),
        (["assign", "rectify", "verify"], "edit", "A Verified finding can no longer be edited"),
        (["void"], "assign", "this one is Void"),
        (["void"], "void", "This finding is already void"),
        (["void"], "deduct", "A void finding cannot be given a deduction"),
    ],
)
def test_steps_out_of_order_are_refused_and_change_nothing(
    session: Session, b: Bureau, ws: Workspace, setup: list[str], step: str, message: str
) -> None:
    fid = _finding(session, b)
    session.commit()
    sup = b.supervisor
    steps = {
        "assign": lambda: ws.run(assign_finding, sup, fid, date(2026, 11, 4), None, TODAY),
        "rectify": lambda: ws.run(rectify_finding, sup, fid, date(2026, 11, 5), "改了", TODAY),
        "verify": lambda: ws.run(verify_finding, sup, fid, date(2026, 11, 6), TODAY),
        "send_back": lambda: ws.run(send_back_finding, sup, fid, "不行", TODAY),
        "void": lambda: ws.run(void_finding, sup, fid, "录入错误"),
        "deduct": lambda: ws.run(book_deduction, sup, fid, TODAY),
        "edit": lambda: ws.run(
            update_finding,
            sup,
            fid,
            FindingInput(FOUND, "考勤", Severity.MINOR, "迟到", person_id=b.people[0].id),
            TODAY,
        ),
    }
    for name in setup:
        steps[name]()
    before = _status(session, fid)
    with pytest.raises(ValidationError, match=message):
        steps[step]()
    assert _status(session, fid) == before


def test_steps_check_their_dates_and_texts(session: Session, b: Bureau) -> None:
    fid = _finding(session, b, deadline=None)
    with pytest.raises(ValidationError) as exc:
        assign_finding(session, b.supervisor, fid, date(2026, 11, 1), None, TODAY)
    assert {e.field for e in exc.value.errors} == {"date", "deadline"}
    assign_finding(session, b.supervisor, fid, FOUND, date(2026, 11, 30), TODAY)
    with pytest.raises(ValidationError) as exc:
        rectify_finding(session, b.supervisor, fid, date(2026, 12, 1), " ", TODAY)
    assert {e.field for e in exc.value.errors} == {"date", "rectification"}


def test_new_findings_are_validated_field_by_field(session: Session, b: Bureau) -> None:
    bad = FindingInput(date(2026, 12, 1), "打牌", None, " ", deadline=date(2026, 11, 1))
    with pytest.raises(ValidationError) as exc:
        add_finding(session, b.supervisor, bad, TODAY)
    assert {e.field for e in exc.value.errors} == {
        "found_date",
        "topic",
        "severity",
        "description",
        "deadline",
        "unit",
    }
    assert session.scalars(select(Finding)).first() is None


def test_overdue_on_given_dates(session: Session, b: Bureau) -> None:
    deadline = date(2026, 11, 13)
    assert not is_overdue(FindingStatus.OPEN, deadline, deadline)  # due that day: not yet
    assert is_overdue(FindingStatus.OPEN, deadline, date(2026, 11, 14))
    assert is_overdue(FindingStatus.ASSIGNED, deadline, date(2026, 11, 14))
    assert is_overdue(FindingStatus.SENT_BACK, deadline, date(2026, 11, 14))
    assert not is_overdue(FindingStatus.RECTIFIED, deadline, date(2026, 11, 14))
    assert not is_overdue(FindingStatus.VERIFIED, deadline, date(2026, 11, 14))
    assert not is_overdue(FindingStatus.VOID, deadline, date(2026, 11, 14))
    assert not is_overdue(FindingStatus.OPEN, None, date(2030, 1, 1))

    fid = _finding(session, b)
    assign_finding(session, b.supervisor, fid, FOUND, None, TODAY)
    row = get_finding(session, b.supervisor, fid)
    assert not row.overdue_on(date(2026, 11, 13)) and row.overdue_on(date(2026, 11, 14))
    kpis = integrity_kpis(session, b.supervisor, YearMonth(2026, 11), date(2026, 11, 14))
    assert kpis.overdue_findings == 1
    rectify_finding(session, b.supervisor, fid, date(2026, 11, 14), "已整改", TODAY)
    kpis = integrity_kpis(session, b.supervisor, YearMonth(2026, 11), date(2026, 11, 14))
    assert kpis.overdue_findings == 0


def test_rectification_rate_is_verified_over_due(session: Session, b: Bureau) -> None:
    sup = b.supervisor
    due = [_finding(session, b, deadline=date(2026, 11, 10)) for _ in range(4)]
    _finding(session, b, deadline=date(2026, 12, 10))  # not due yet: left out
    void_me = _finding(session, b, deadline=date(2026, 11, 10))
    void_finding(session, sup, void_me, "重复录入")  # void: counts nowhere
    for fid in due[:3]:
        assign_finding(session, sup, fid, FOUND, None, TODAY)
        rectify_finding(session, sup, fid, date(2026, 11, 8), "已整改", TODAY)
    for fid in due[:2]:
        verify_finding(session, sup, fid, date(2026, 11, 9), TODAY)
    kpis = integrity_kpis(session, sup, YearMonth(2026, 11), TODAY)
    assert (kpis.verified_due, kpis.due_findings) == (2, 4)
    assert kpis.rectification_rate == 0.5
    assert kpis.findings_raised == 5
    assert kpis.open_findings == 3
    assert kpis.overdue_findings == 1  # the one never rectified


# --- deductions ----------------------------------------------------------------------


def _event(session: Session, event_id: int | None) -> PointEvent:
    session.commit()  # end the read snapshot: see what the workspace wrote since
    session.expire_all()
    assert event_id is not None
    event = session.get(PointEvent, event_id)
    assert event is not None
    return event


def test_a_finding_books_its_deduction_and_voiding_it_voids_the_deduction(
    session: Session, b: Bureau, ws: Workspace
) -> None:
    fid = _finding(session, b, severity=Severity.SERIOUS)
    session.commit()
    row = ws.run(book_deduction, b.supervisor, fid, TODAY)
    event = _event(session, row.point_event_id)
    assert (event.person_id, event.event_date, event.points) == (
        b.people[0].id,
        FOUND,
        Decimal("-3"),
    )
    assert (event.source, event.source_ref) == (EventSource.INSPECTION_FINDING, f"finding-{fid}")
    assert row.rule_code == "DC02" and row.has_live_deduction
    assert DEDUCT not in allowed_actions(row)
    with pytest.raises(ValidationError, match="already has its deduction"):
        ws.run(book_deduction, b.supervisor, fid, TODAY)

    row = ws.run(void_finding, b.supervisor, fid, "检查对象认定错误")
    event = _event(session, row.point_event_id)
    assert (row.status, row.void_reason) == (FindingStatus.VOID, "检查对象认定错误")
    assert (event.status, event.reason) == (EventStatus.VOID, "检查对象认定错误")


def test_voiding_the_deduction_voids_the_finding(session: Session, b: Bureau) -> None:
    fid = _finding(session, b, severity=Severity.GRAVE)
    row = book_deduction(session, b.supervisor, fid, TODAY)
    assert row.event_points == Decimal("-10")
    assert row.point_event_id is not None
    void_entry(session, b.supervisor, row.point_event_id, "申诉成立", seen=EventStatus.APPROVED)
    row = get_finding(session, b.supervisor, fid)
    assert (row.status, row.void_reason) == (FindingStatus.VOID, "申诉成立")
    assert row.event_status == EventStatus.VOID


def test_a_unit_finding_is_deducted_from_the_unit(session: Session, b: Bureau) -> None:
    data = FindingInput(FOUND, "着装风纪", Severity.MINOR, "队员着装不统一", unit_id=b.west.id)
    fid = add_finding(session, b.supervisor, data, TODAY).id
    row = book_deduction(session, b.supervisor, fid, TODAY)
    event = _event(session, row.point_event_id)
    assert (event.person_id, event.unit_id, event.points) == (None, b.west.id, Decimal(-1))


def test_finalised_months_refuse_the_deduction_and_its_void(
    session: Session, b: Bureau, ws: Workspace
) -> None:
    october = date(2026, 10, 20)
    early = _finding(session, b, found_date=october, deadline=date(2026, 10, 30))
    late = _finding(session, b, found_date=october, deadline=date(2026, 10, 30))
    booked = book_deduction(session, b.supervisor, late, TODAY)
    finalise_month(session, b.admin, YearMonth(2026, 10), TODAY)
    session.commit()
    with pytest.raises(ValidationError, match="finalised"):
        ws.run(book_deduction, b.supervisor, early, TODAY)
    assert ws.read(get_finding, b.supervisor, early).point_event_id is None
    with pytest.raises(ValidationError, match="finalised"):
        ws.run(void_finding, b.supervisor, late, "录入错误")
    assert _status(session, late) == FindingStatus.OPEN
    assert _event(session, booked.point_event_id).status == EventStatus.APPROVED


# --- complaints ----------------------------------------------------------------------


def test_a_founded_complaint_books_its_deduction_and_the_void_cascades(
    session: Session, b: Bureau, ws: Workspace
) -> None:
    data = ComplaintInput(
        date(2026, 11, 2),
        "市民反映执法人员态度粗暴",
        channel=ComplaintChannel.HOTLINE_12345,
        person_id=b.people[2].id,
    )
    cid = add_complaint(session, b.supervisor, data, TODAY).id
    row = close_complaint(
        session, b.supervisor, cid, ComplaintOutcome.VERIFIED, date(2026, 11, 12), TODAY
    )
    event = _event(session, row.point_event_id)
    assert (row.outcome, row.unit_id) == (ComplaintOutcome.VERIFIED, b.west.id)
    assert (event.person_id, event.event_date, event.points, event.source) == (
        b.people[2].id,
        date(2026, 11, 12),
        Decimal(-5),
        EventSource.COMPLAINT,
    )
    session.commit()
    with pytest.raises(ValidationError, match="Only a pending complaint"):
        ws.run(
            close_complaint,
            b.supervisor,
            cid,
            ComplaintOutcome.UNFOUNDED,
            date(2026, 11, 13),
            TODAY,
        )

    assert row.point_event_id is not None
    void_entry(session, b.supervisor, row.point_event_id, "复查不属实", seen=EventStatus.APPROVED)
    (row,) = list_complaints(session, b.supervisor, complaint_id=cid)
    assert (row.outcome, row.void_reason) == (ComplaintOutcome.VOID, "复查不属实")

    other = add_complaint(session, b.supervisor, data, TODAY).id
    row = close_complaint(
        session, b.supervisor, other, ComplaintOutcome.VERIFIED, date(2026, 11, 12), TODAY
    )
    void_complaint(session, b.supervisor, other, "重复登记")
    assert _event(session, row.point_event_id).status == EventStatus.VOID


def test_an_unfounded_complaint_costs_nothing(session: Session, b: Bureau) -> None:
    data = ComplaintInput(
        date(2026, 11, 2), "反映乱收费", channel=ComplaintChannel.MEDIA, person_id=b.people[0].id
    )
    cid = add_complaint(session, b.supervisor, data, TODAY).id
    row = close_complaint(
        session, b.supervisor, cid, ComplaintOutcome.UNFOUNDED, date(2026, 11, 5), TODAY
    )
    assert row.point_event_id is None and row.outcome == ComplaintOutcome.UNFOUNDED


def test_reconsideration_and_litigation_are_recorded_against_the_handler(
    session: Session, b: Bureau
) -> None:
    missing = ComplaintInput(date(2026, 11, 2), "复议决定撤销处罚", ComplaintKind.RECONSIDERATION)
    with pytest.raises(ValidationError) as exc:
        add_complaint(session, b.supervisor, missing, TODAY)
    assert {e.field for e in exc.value.errors} == {"case_no", "person", "unit"}
    for kind, points in ((ComplaintKind.RECONSIDERATION, -3), (ComplaintKind.LITIGATION, -5)):
        data = ComplaintInput(
            date(2026, 11, 2),
            "处罚决定被撤销",
            kind,
            case_no="城执罚〔2026〕0101号",
            person_id=b.people[0].id,
        )
        cid = add_complaint(session, b.supervisor, data, TODAY).id
        row = close_complaint(
            session, b.supervisor, cid, ComplaintOutcome.VERIFIED, date(2026, 11, 9), TODAY
        )
        assert row.channel is None and row.kind == kind
        assert _event(session, row.point_event_id).points == Decimal(points)


# --- case reviews --------------------------------------------------------------------


def test_excellent_and_failing_case_files_feed_points(session: Session, b: Bureau) -> None:
    handlers = [b.people[0].id, b.people[1].id]
    data = CaseReviewInput(
        "城执罚〔2026〕0007号", b.east.id, date(2026, 11, 5), "法制科", "95.5", handlers
    )
    row = save_case_review(session, b.supervisor, data, TODAY)
    assert (row.grade, row.points) == (Grade.EXCELLENT, Decimal(4))  # AP01 +2 each
    data.score = 55
    data.problems = "证据不充分"
    row = save_case_review(session, b.supervisor, data, TODAY, row.id)
    assert (row.grade, row.points) == (Grade.FAIL, Decimal(-6))  # the +2s voided, -3 each
    events = session.scalars(select(PointEvent).where(PointEvent.source == EventSource.CASE_REVIEW))
    assert sorted((e.status, e.points) for e in events) == [
        (EventStatus.APPROVED, Decimal(-3)),
        (EventStatus.APPROVED, Decimal(-3)),
        (EventStatus.VOID, Decimal(2)),
        (EventStatus.VOID, Decimal(2)),
    ]
    data.score = 82
    row = save_case_review(session, b.supervisor, data, TODAY, row.id)
    assert (row.grade, row.points) == (Grade.GOOD, Decimal(0))
    data.score = "八十"
    with pytest.raises(ValidationError, match="0 to 100"):
        save_case_review(session, b.supervisor, data, TODAY, row.id)


# --- inspections and registers -------------------------------------------------------


def test_inspections_are_recorded_and_edited(session: Session, b: Bureau, ws: Workspace) -> None:
    data = InspectionInput(
        date(2026, 11, 3),
        InspectionKind.UNANNOUNCED,
        "城东中队夜间执勤突击检查",
        unit_ids=[b.east.id],
        person_ids=[b.people[0].id],
        inspectors="督察员甲、督察员乙",
        topics=["考勤", "着装风纪"],
    )
    row = ws.run(save_inspection, b.supervisor, data, TODAY)
    assert row.topics == ("着装风纪", "考勤")  # checklist order
    assert (row.unit_names, row.person_names) == ("城东中队", "张伟")
    data.unit_ids = [b.east.id, b.west.id]
    data.topics = ["考勤", "十不准"]
    with pytest.raises(ValidationError, match="Unknown checklist topic"):
        ws.run(save_inspection, b.supervisor, data, TODAY, row.id, seen_version=row.row_version)
    data.topics = ["考勤"]
    edited = ws.run(
        save_inspection, b.supervisor, data, TODAY, row.id, seen_version=row.row_version
    )
    assert edited.unit_names == "城东中队、城西中队" and edited.topics == ("考勤",)
    assert edited.row_version > row.row_version
    assert [r.id for r in ws.read(list_inspections, b.leader)] == [row.id]


def test_pledge_coverage_names_who_has_not_signed(session: Session, b: Bureau) -> None:
    for who in (0, 2, 4):
        record_pledge(session, b.supervisor, b.people[who].id, 2026, date(2026, 1, 8), TODAY)
    record_pledge(session, b.supervisor, b.people[1].id, 2025, date(2025, 1, 8), TODAY)
    coverage = pledge_coverage(session, b.supervisor, 2026)
    assert (coverage.people, coverage.signed, coverage.rate) == (5, 3, 0.6)
    assert [r.name for r in unsigned_people(session, b.supervisor, 2026)] == ["王芳", "刘洋"]
    assert [r.name for r in unsigned_people(session, b.leader, 2026)] == ["王芳"]
    # Signing again corrects the date; it does not add a second pledge.
    record_pledge(session, b.supervisor, b.people[0].id, 2026, date(2026, 1, 9), TODAY)
    assert pledge_coverage(session, b.supervisor, 2026).signed == 3


def test_talks_need_the_person_or_for_a_collective_talk_the_unit(
    session: Session, b: Bureau
) -> None:
    with pytest.raises(ValidationError) as exc:
        save_talk(
            session,
            b.supervisor,
            TalkInput(date(2026, 11, 2), TalkKind.ADMONITION, "纪检组长"),
            TODAY,
        )
    assert [e.field for e in exc.value.errors] == ["person"]
    session.rollback()
    save_talk(
        session,
        b.supervisor,
        TalkInput(date(2026, 11, 2), TalkKind.COLLECTIVE, "政委", unit_id=b.west.id),
        TODAY,
    )
    row = save_talk(
        session,
        b.supervisor,
        TalkInput(date(2026, 11, 3), TalkKind.REMINDER, "纪检组长", person_id=b.people[0].id),
        TODAY,
    )
    assert row.unit_id == b.east.id
    assert [t.kind for t in list_talks(session, b.leader)] == [TalkKind.REMINDER]


# --- who may do what -----------------------------------------------------------------


def test_a_squad_leader_sees_only_their_own_units_records(session: Session, b: Bureau) -> None:
    east = _finding(session, b, who=0)
    _finding(session, b, who=2)  # west
    _finding(session, b, who=4)  # office
    assert [f.id for f in list_findings(session, b.leader)] == [east]
    assert len(list_findings(session, b.supervisor)) == 3
    assert len(list_findings(session, b.viewer)) == 3
    for who in (0, 2):
        add_complaint(
            session,
            b.supervisor,
            ComplaintInput(
                date(2026, 11, 2),
                "投诉",
                channel=ComplaintChannel.INSPECTION,
                person_id=b.people[who].id,
            ),
            TODAY,
        )
    assert [c.person_name for c in list_complaints(session, b.leader)] == ["张伟"]
    kpis = integrity_kpis(session, b.leader, YearMonth(2026, 11), TODAY)
    assert kpis.findings_raised == 1


@pytest.mark.parametrize("role", ["leader", "viewer"])
def test_only_supervisors_and_administrators_keep_the_records(
    session: Session, b: Bureau, role: str
) -> None:
    user = getattr(b, role)
    fid = _finding(session, b)
    with pytest.raises(PermissionDenied, match="supervisors and administrators"):
        assign_finding(session, user, fid, FOUND, None, TODAY)
    with pytest.raises(PermissionDenied):
        add_finding(
            session,
            user,
            FindingInput(FOUND, "考勤", Severity.MINOR, "迟到", person_id=b.people[0].id),
            TODAY,
        )
    with pytest.raises(PermissionDenied):
        record_pledge(session, user, b.people[0].id, 2026, date(2026, 1, 8), TODAY)
    assert _status(session, fid) == FindingStatus.OPEN
    # The administrator may, as the supervisor may.
    assign_finding(session, b.admin, fid, FOUND, None, TODAY)
