"""Two desktops, one integrity record: whoever acts on what is no longer there is told who
changed it, and nothing of theirs is written. On SQLite and on PostgreSQL.

Each desktop is a Workspace of its own (its own sessions), as two supervisors at two
computers are. "Seen" is what the desktop's list showed when its user clicked.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from console.core.conflicts import Conflict
from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.integrity.case_reviews import CaseReviewInput, save_case_review
from console.core.integrity.complaints import (
    ComplaintInput,
    add_complaint,
    book_complaint_deduction,
    close_complaint,
    get_complaint,
    update_complaint,
    void_complaint,
)
from console.core.integrity.findings import get_finding
from console.core.integrity.inspections import InspectionInput, get_inspection, save_inspection
from console.core.integrity.rectification import (
    FindingInput,
    add_finding,
    assign_finding,
    book_deduction,
    rectify_finding,
    send_back_finding,
    update_finding,
    verify_finding,
    void_finding,
)
from console.core.integrity.registers import (
    MajorMatterInput,
    RiskPointInput,
    TalkInput,
    list_major_matters,
    list_risk_points,
    list_talks,
    pledge_coverage,
    record_pledge,
    save_major_matter,
    save_risk_point,
    save_talk,
)
from console.core.integrity.warnings import (
    acknowledge_warning,
    dismiss_warning,
    evaluate_warnings,
    get_warning,
    resolve_warning,
)
from console.core.scoring.entries import void_entry
from console.core.workspace import Workspace
from db.integrity import Finding
from db.scoring import PointEvent
from glossary import (
    ComplaintChannel,
    ComplaintOutcome,
    EventSource,
    EventStatus,
    FindingStatus,
    InspectionKind,
    RiskLevel,
    Severity,
    TalkKind,
    WarningStatus,
)
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)
FOUND = date(2026, 11, 3)


@dataclass
class Desks:
    b: Bureau
    one: Workspace  # the supervisor's desktop
    two: Workspace  # the administrator's desktop
    database: Database


@pytest.fixture
def desks(any_db: Database) -> Desks:
    with any_db.session() as s:
        b = make_bureau(s)
        install_default_rules(s, date(2026, 1, 1))
    return Desks(b, Workspace(any_db, b.supervisor), Workspace(any_db, b.admin), any_db)


def _finding(d: Desks, severity: Severity = Severity.SERIOUS) -> int:
    data = FindingInput(
        FOUND,
        "执法记录仪使用",
        severity,
        "执法过程中未全程开启执法记录仪",
        person_id=d.b.people[0].id,
        deadline=date(2026, 11, 13),
    )
    return d.one.run(add_finding, d.b.supervisor, data, TODAY).id


def _live_events(d: Desks, ref: str) -> list[PointEvent]:
    with d.database.session() as s:
        return list(
            s.scalars(
                select(PointEvent).where(
                    PointEvent.source_ref == ref,
                    PointEvent.status.in_([EventStatus.PENDING, EventStatus.APPROVED]),
                )
            )
        )


# --- finding steps -------------------------------------------------------------------

Step = Callable[[Workspace, Any, int, FindingStatus], Any]


def _assign(ws: Workspace, user: Any, fid: int, seen: FindingStatus) -> Any:
    return ws.run(assign_finding, user, fid, date(2026, 11, 4), None, TODAY, seen=seen)


def _void(ws: Workspace, user: Any, fid: int, seen: FindingStatus) -> Any:
    return ws.run(void_finding, user, fid, "录入错误", seen=seen)


def _deduct(ws: Workspace, user: Any, fid: int, seen: FindingStatus) -> Any:
    return ws.run(book_deduction, user, fid, TODAY, seen=seen)


def _rectify(ws: Workspace, user: Any, fid: int, seen: FindingStatus) -> Any:
    return ws.run(rectify_finding, user, fid, date(2026, 11, 10), "已组织学习", TODAY, seen=seen)


def _verify(ws: Workspace, user: Any, fid: int, seen: FindingStatus) -> Any:
    return ws.run(verify_finding, user, fid, date(2026, 11, 12), TODAY, "复核通过", seen=seen)


def _send_back(ws: Workspace, user: Any, fid: int, seen: FindingStatus) -> Any:
    return ws.run(send_back_finding, user, fid, "整改材料不全", TODAY, seen=seen)


@pytest.mark.parametrize(
    ("before", "first", "second", "after"),
    [
        ([], _assign, _void, FindingStatus.ASSIGNED),
        ([], _void, _assign, FindingStatus.VOID),
        ([], _assign, _assign, FindingStatus.ASSIGNED),
        ([_assign], _rectify, _void, FindingStatus.RECTIFIED),
        ([_assign, _rectify], _verify, _send_back, FindingStatus.VERIFIED),
        ([_assign, _rectify], _send_back, _verify, FindingStatus.SENT_BACK),
        ([], _void, _deduct, FindingStatus.VOID),
    ],
    ids=[
        "assign/void",
        "void/assign",
        "assign/assign",
        "rectify/void",
        "verify/send",
        "send/verify",
        "void/deduct",
    ],
)
def test_two_desktops_stepping_the_same_finding(
    desks: Desks, before: list[Step], first: Step, second: Step, after: FindingStatus
) -> None:
    d = desks
    fid = _finding(d)
    for step in before:
        step(d.one, d.b.supervisor, fid, d.one.read(get_finding, d.b.supervisor, fid).status)
    seen = d.one.read(get_finding, d.b.supervisor, fid).status  # both lists show this
    first(d.one, d.b.supervisor, fid, seen)
    won = d.two.read(get_finding, d.b.admin, fid)
    with pytest.raises(Conflict, match="sup changed"):  # who changed it: the supervisor
        second(d.two, d.b.admin, fid, seen)
    now = d.two.read(get_finding, d.b.admin, fid)
    assert now.status == after
    assert now == won  # nothing of the refused step was written
    assert not _live_events(d, f"finding-{fid}")  # the void/deduct pair booked nothing


def test_a_deduction_is_booked_once_from_two_desktops(desks: Desks) -> None:
    d = desks
    fid = _finding(d)
    _deduct(d.one, d.b.supervisor, fid, FindingStatus.OPEN)
    with pytest.raises(Conflict):
        _deduct(d.two, d.b.admin, fid, FindingStatus.OPEN)
    assert len(_live_events(d, f"finding-{fid}")) == 1


def test_racing_steps_on_the_same_finding_one_wins(desks: Desks) -> None:
    """Both desktops read the finding as open before either writes: the version carried by
    the UPDATE (or SQLite's queue of writers) lets exactly one through."""
    d = desks
    fid = _finding(d)
    barrier = threading.Barrier(2, timeout=2)

    def after_the_read(step: Callable[..., Any]) -> Callable[..., Any]:
        def service(session: Any, *args: Any, **kw: Any) -> Any:
            session.get(Finding, fid)  # read what the list showed
            # PostgreSQL: both have read before either writes. SQLite queues the writers
            # (BEGIN IMMEDIATE), so the first waits out the timeout alone.
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait()
            return step(session, *args, **kw)

        return service

    outcomes: dict[str, object] = {}

    def desk(name: str, ws: Workspace, work: Callable[[], Any]) -> None:
        try:
            outcomes[name] = work()
        except Exception as exc:
            outcomes[name] = exc

    sup, admin, seen = d.b.supervisor, d.b.admin, FindingStatus.OPEN
    threads = [
        threading.Thread(
            target=desk,
            args=(
                "assign",
                d.one,
                lambda: d.one.run(
                    after_the_read(assign_finding),
                    sup,
                    fid,
                    date(2026, 11, 4),
                    None,
                    TODAY,
                    seen=seen,
                ),
            ),
        ),
        threading.Thread(
            target=desk,
            args=(
                "void",
                d.two,
                lambda: d.two.run(after_the_read(void_finding), admin, fid, "录入错误", seen=seen),
            ),
        ),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    conflicts = [k for k, v in outcomes.items() if isinstance(v, Conflict)]
    wins = [k for k, v in outcomes.items() if not isinstance(v, Exception)]
    assert len(conflicts) == 1 and len(wins) == 1, outcomes
    now = d.one.read(get_finding, sup, fid)
    if wins == ["assign"]:
        assert (now.status, now.void_reason) == (FindingStatus.ASSIGNED, None)
    else:
        assert (now.status, now.assigned_date) == (FindingStatus.VOID, None)


# --- both directions of the finding ↔ entry link, through the workspace -------------


def test_voiding_the_entry_voids_the_finding_and_back(desks: Desks) -> None:
    d = desks
    fid = _finding(d, Severity.GRAVE)
    row = _deduct(d.one, d.b.supervisor, fid, FindingStatus.OPEN)
    d.two.run(void_entry, d.b.admin, row.point_event_id, "申诉成立", seen=EventStatus.APPROVED)
    now = d.one.read(get_finding, d.b.supervisor, fid)
    assert (now.status, now.void_reason, now.event_status) == (
        FindingStatus.VOID,
        "申诉成立",
        EventStatus.VOID,
    )
    other = _finding(d)
    row = _deduct(d.one, d.b.supervisor, other, FindingStatus.OPEN)
    _void(d.two, d.b.admin, other, FindingStatus.OPEN)
    assert d.one.read(get_finding, d.b.supervisor, other).event_status == EventStatus.VOID


# --- warnings -------------------------------------------------------------------------


def _warning(d: Desks) -> int:
    with d.database.session() as s:
        s.add(
            Finding(
                found_date=date(2026, 10, 1),
                person_id=d.b.people[0].id,
                unit_id=d.b.people[0].unit_id,
                topic="着装仪容",
                severity=Severity.GRAVE,
                description="未按规定着装",
                status=FindingStatus.ASSIGNED,
            )
        )
    result = d.one.run(evaluate_warnings, d.b.supervisor, TODAY, codes=["grave_finding"])
    (wid,) = result.warning_ids
    return wid


Handle = Callable[[Workspace, Any, int, WarningStatus], Any]


def _ack(ws: Workspace, user: Any, wid: int, seen: WarningStatus) -> Any:
    return ws.run(acknowledge_warning, user, wid, "已开展廉政谈话", seen=seen)


def _dismiss(ws: Workspace, user: Any, wid: int, seen: WarningStatus) -> Any:
    return ws.run(dismiss_warning, user, wid, "误报", seen=seen)


def _resolve(ws: Workspace, user: Any, wid: int, seen: WarningStatus) -> Any:
    return ws.run(resolve_warning, user, wid, "已整改", seen=seen)


@pytest.mark.parametrize(
    ("first", "second", "after"),
    [
        (_ack, _dismiss, WarningStatus.ACKNOWLEDGED),
        (_dismiss, _ack, WarningStatus.DISMISSED),
        (_resolve, _ack, WarningStatus.RESOLVED),
        (_ack, _resolve, WarningStatus.ACKNOWLEDGED),  # resolving needs to see it acknowledged
    ],
    ids=["ack/dismiss", "dismiss/ack", "resolve/ack", "ack/resolve"],
)
def test_two_desktops_handling_the_same_warning(
    desks: Desks, first: Handle, second: Handle, after: WarningStatus
) -> None:
    d = desks
    wid = _warning(d)
    first(d.one, d.b.supervisor, wid, WarningStatus.OPEN)
    won = d.two.read(get_warning, d.b.admin, wid)
    with pytest.raises(Conflict, match="sup changed"):
        second(d.two, d.b.admin, wid, WarningStatus.OPEN)
    now = d.two.read(get_warning, d.b.admin, wid)
    assert now.status == after
    assert now == won


# --- edits carry the version the form showed -----------------------------------------


def test_a_finding_edited_on_two_desktops(desks: Desks) -> None:
    d = desks
    fid = _finding(d)
    shown = d.one.read(get_finding, d.b.supervisor, fid)
    first = FindingInput(FOUND, "考勤", Severity.MINOR, "迟到", person_id=d.b.people[0].id)
    second = FindingInput(FOUND, "着装风纪", Severity.GRAVE, "未着制服", person_id=d.b.people[1].id)
    d.one.run(update_finding, d.b.supervisor, fid, first, TODAY, seen_version=shown.row_version)
    with pytest.raises(Conflict, match="sup changed"):
        d.two.run(update_finding, d.b.admin, fid, second, TODAY, seen_version=shown.row_version)
    now = d.one.read(get_finding, d.b.supervisor, fid)
    assert (now.topic, now.severity, now.person_id) == ("考勤", Severity.MINOR, d.b.people[0].id)


def test_an_inspection_edited_on_two_desktops_even_only_its_units(desks: Desks) -> None:
    d = desks
    data = InspectionInput(
        date(2026, 11, 3),
        InspectionKind.ROUTINE,
        "例行检查",
        unit_ids=[d.b.east.id],
        topics=["考勤"],
    )
    shown = d.one.run(save_inspection, d.b.supervisor, data, TODAY)
    data.unit_ids = [d.b.east.id, d.b.west.id]  # only the link table changes
    d.one.run(
        save_inspection, d.b.supervisor, data, TODAY, shown.id, seen_version=shown.row_version
    )
    data.unit_ids = [d.b.west.id]
    with pytest.raises(Conflict):
        d.two.run(save_inspection, d.b.admin, data, TODAY, shown.id, seen_version=shown.row_version)
    assert d.one.read(get_inspection, d.b.supervisor, shown.id).unit_ids == (
        d.b.east.id,
        d.b.west.id,
    )


def test_a_complaint_decided_or_edited_on_two_desktops(desks: Desks) -> None:
    d = desks
    data = ComplaintInput(
        date(2026, 11, 2),
        "市民反映执法人员态度粗暴",
        channel=ComplaintChannel.HOTLINE_12345,
        person_id=d.b.people[2].id,
    )
    shown = d.one.run(add_complaint, d.b.supervisor, data, TODAY)
    pending = ComplaintOutcome.PENDING
    d.one.run(
        close_complaint,
        d.b.supervisor,
        shown.id,
        ComplaintOutcome.VERIFIED,
        date(2026, 11, 12),
        TODAY,
        seen=pending,
    )
    with pytest.raises(Conflict):
        d.two.run(void_complaint, d.b.admin, shown.id, "重复登记", seen=pending)
    with pytest.raises(Conflict):
        d.two.run(
            close_complaint,
            d.b.admin,
            shown.id,
            ComplaintOutcome.UNFOUNDED,
            date(2026, 11, 12),
            TODAY,
            seen=pending,
        )
    data.substance = "改写"
    with pytest.raises(Conflict):
        d.two.run(
            update_complaint, d.b.admin, shown.id, data, TODAY, seen_version=shown.row_version
        )
    with pytest.raises(Conflict):  # the founded complaint's deduction is already booked
        d.two.run(
            book_complaint_deduction, d.b.admin, shown.id, TODAY, seen=ComplaintOutcome.VERIFIED
        )
    now = d.one.read(get_complaint, d.b.supervisor, shown.id)
    assert (now.outcome, now.substance) == (ComplaintOutcome.VERIFIED, "市民反映执法人员态度粗暴")
    assert len(_live_events(d, f"complaint-{shown.id}")) == 1
    assert all(e.source == EventSource.COMPLAINT for e in _live_events(d, f"complaint-{shown.id}"))


def test_a_case_review_edited_on_two_desktops(desks: Desks) -> None:
    d = desks
    handlers = [d.b.people[0].id]
    data = CaseReviewInput(
        "城执罚〔2026〕0007号", d.b.east.id, date(2026, 11, 5), "法制科", "95", handlers
    )
    shown = d.one.run(save_case_review, d.b.supervisor, data, TODAY)
    data.score = "55"
    d.one.run(
        save_case_review, d.b.supervisor, data, TODAY, shown.id, seen_version=shown.row_version
    )
    data.score = "85"
    with pytest.raises(Conflict):
        d.two.run(
            save_case_review, d.b.admin, data, TODAY, shown.id, seen_version=shown.row_version
        )
    assert len(_live_events(d, f"case_review-{shown.id}")) == 1  # the fail's, not two


def test_the_registers_edited_on_two_desktops(desks: Desks) -> None:
    d = desks
    sup, admin = d.b.supervisor, d.b.admin

    point = d.one.run(save_risk_point, sup, RiskPointInput("窗口收费", "收费环节", RiskLevel.HIGH))
    d.one.run(
        save_risk_point,
        sup,
        RiskPointInput("窗口收费", "改一", RiskLevel.HIGH),
        point.id,
        seen_version=point.row_version,
    )
    with pytest.raises(Conflict):
        d.two.run(
            save_risk_point,
            admin,
            RiskPointInput("窗口收费", "改二", RiskLevel.LOW),
            point.id,
            seen_version=point.row_version,
        )
    assert d.one.read(list_risk_points, sup, point.id)[0].description == "改一"

    talk_data = TalkInput(date(2026, 11, 2), TalkKind.REMINDER, "政委", person_id=d.b.people[0].id)
    talk = d.one.run(save_talk, sup, talk_data, TODAY)
    talk_data.notes = "一"
    d.one.run(save_talk, sup, talk_data, TODAY, talk.id, seen_version=talk.row_version)
    talk_data.notes = "二"
    with pytest.raises(Conflict):
        d.two.run(save_talk, admin, talk_data, TODAY, talk.id, seen_version=talk.row_version)
    assert d.one.read(list_talks, sup, talk_id=talk.id)[0].notes == "一"

    matter = MajorMatterInput(d.b.people[0].id, date(2026, 11, 2), "子女婚嫁")
    report = d.one.run(save_major_matter, sup, matter, TODAY)
    matter.notes = "一"
    d.one.run(save_major_matter, sup, matter, TODAY, report.id, seen_version=report.row_version)
    matter.notes = "二"
    with pytest.raises(Conflict):
        d.two.run(
            save_major_matter, admin, matter, TODAY, report.id, seen_version=report.row_version
        )
    assert d.one.read(list_major_matters, sup, report.id)[0].notes == "一"

    person = d.b.people[0].id
    signed = d.one.run(record_pledge, sup, person, 2026, date(2026, 1, 8), TODAY)
    d.one.run(
        record_pledge,
        sup,
        person,
        2026,
        date(2026, 1, 9),
        TODAY,
        seen_version=signed.pledge_version,
    )
    with pytest.raises(Conflict):
        d.two.run(
            record_pledge,
            admin,
            person,
            2026,
            date(2026, 1, 10),
            TODAY,
            seen_version=signed.pledge_version,
        )
    rows = d.one.read(pledge_coverage, sup, 2026).rows
    assert [r.signed_date for r in rows if r.person_id == person] == [date(2026, 1, 9)]
