"""The integrity figures of a period: rectification rate and overdue list on given days,
breakdowns by unit, topic and month, and a squad leader's narrower view."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from console.core.errors import ValidationError
from console.core.integrity.period import period_figures
from db.integrity import Complaint, Finding, Inspection, IntegrityTalk
from db.org import Person
from glossary import (
    ComplaintChannel,
    ComplaintOutcome,
    FindingStatus,
    InspectionKind,
    Severity,
    TalkKind,
    YearMonth,
)
from tests.factories import Bureau, make_bureau

Q3 = (date(2026, 7, 1), date(2026, 9, 30))


@pytest.fixture
def b(session: Session) -> Bureau:
    return make_bureau(session)


def add_finding(
    session: Session,
    person: Person,
    found: date,
    deadline: date | None,
    status: FindingStatus,
    severity: Severity = Severity.MINOR,
    topic: str = "着装风纪",
    text: str = "未按规定着装",
) -> int:
    f = Finding(
        found_date=found,
        person_id=person.id,
        unit_id=person.unit_id,
        topic=topic,
        severity=severity,
        description=text,
        deadline=deadline,
        status=status,
    )
    session.add(f)
    session.commit()
    return f.id


@pytest.fixture
def quarter(session: Session, b: Bureau) -> dict[str, int]:
    zhang, wang, li = b.people[0], b.people[1], b.people[2]
    inspection = Inspection(
        inspection_date=date(2026, 7, 3), kind=InspectionKind.ROUTINE, title="城东中队例行督察"
    )
    inspection.units = [b.east]
    inspection.people = [zhang, wang]
    session.add(inspection)
    session.add(
        Inspection(inspection_date=date(2026, 8, 3), kind=InspectionKind.UNANNOUNCED, title="暗访")
    )
    session.add(
        Inspection(inspection_date=date(2026, 10, 3), kind=InspectionKind.ROUTINE, title="x")
    )
    session.add_all(
        [
            Complaint(
                received_date=date(2026, 8, 1),
                channel=ComplaintChannel.HOTLINE_12345,
                person_id=zhang.id,
                unit_id=b.east.id,
                substance="态度粗暴",
                outcome=ComplaintOutcome.VERIFIED,
            ),
            Complaint(
                received_date=date(2026, 9, 1),
                channel=ComplaintChannel.MEDIA,
                unit_id=b.west.id,
                substance="占道经营处置不力",
            ),
            IntegrityTalk(
                talk_date=date(2026, 8, 8), kind=TalkKind.REMINDER, talker="队长", person_id=li.id
            ),
        ]
    )
    session.commit()
    ids = {
        # East: verified in time; overdue since 20 July; rectified awaiting the check.
        "verified": add_finding(
            session, zhang, date(2026, 7, 3), date(2026, 7, 10), FindingStatus.VERIFIED
        ),
        "east_late": add_finding(
            session,
            wang,
            date(2026, 7, 3),
            date(2026, 7, 20),
            FindingStatus.ASSIGNED,
            Severity.SERIOUS,
            "执法记录仪使用",
            "未全程开启执法记录仪",
        ),
        "rectified": add_finding(
            session, zhang, date(2026, 8, 5), date(2026, 8, 20), FindingStatus.RECTIFIED
        ),
        # West: sent back, overdue since 15 September; a grave one due in October.
        "west_late": add_finding(
            session,
            li,
            date(2026, 9, 1),
            date(2026, 9, 15),
            FindingStatus.SENT_BACK,
            Severity.GRAVE,
            "廉洁自律",
            "接受管理对象宴请",
        ),
        "west_open": add_finding(
            session, li, date(2026, 9, 20), date(2026, 10, 20), FindingStatus.OPEN, Severity.GRAVE
        ),
        # Before the period but still overdue: in the overdue list, not in the counts.
        "old_late": add_finding(
            session, wang, date(2026, 5, 1), date(2026, 5, 31), FindingStatus.OPEN
        ),
        # Void and after the period: counted nowhere.
        "void": add_finding(session, li, date(2026, 8, 1), date(2026, 8, 2), FindingStatus.VOID),
        "later": add_finding(session, li, date(2026, 10, 2), date(2026, 10, 5), FindingStatus.OPEN),
    }
    return ids


def test_counts_and_breakdowns(session: Session, b: Bureau, quarter: dict[str, int]) -> None:
    fig = period_figures(session, b.supervisor, *Q3, as_of=date(2026, 9, 30))
    assert fig.inspections == 2
    assert fig.inspections_by_kind == {InspectionKind.ROUTINE: 1, InspectionKind.UNANNOUNCED: 1}
    assert (fig.units_inspected, fig.people_inspected) == (1, 2)
    assert fig.findings == 5
    assert fig.by_severity == {Severity.MINOR: 2, Severity.SERIOUS: 1, Severity.GRAVE: 2}
    assert fig.by_status[FindingStatus.VERIFIED] == 1
    assert (fig.verified, fig.rectified_awaiting_check, fig.in_progress) == (1, 1, 3)
    assert [(u.unit_name, u.findings, u.grave, u.overdue) for u in fig.by_unit] == [
        ("城东中队", 3, 0, 1),
        ("城西中队", 2, 2, 1),
    ]
    topics = {t.topic: (t.findings, t.serious_or_grave) for t in fig.by_topic}
    assert topics == {"着装风纪": (3, 1), "执法记录仪使用": (1, 1), "廉洁自律": (1, 1)}
    assert [(m.month, m.findings) for m in fig.by_month] == [
        (YearMonth(2026, 7), 2),
        (YearMonth(2026, 8), 1),
        (YearMonth(2026, 9), 2),
    ]
    assert [f.id for f in fig.typical] == [
        quarter["west_late"],
        quarter["west_open"],
        quarter["east_late"],
    ]
    assert fig.complaints == 2
    assert fig.complaints_by_outcome == {ComplaintOutcome.VERIFIED: 1, ComplaintOutcome.PENDING: 1}
    assert fig.talks == 1


def test_rectification_rate_and_overdue_on_given_days(
    session: Session, b: Bureau, quarter: dict[str, int]
) -> None:
    # 30 September: due are the four with deadlines before it; one verified.
    fig = period_figures(session, b.supervisor, *Q3, as_of=date(2026, 9, 30))
    assert (fig.due, fig.verified_due) == (4, 1)
    assert fig.rectification_rate == pytest.approx(0.25)
    assert [f.id for f in fig.overdue] == [
        quarter["old_late"],
        quarter["east_late"],
        quarter["west_late"],
    ]
    # 15 July: only the first deadline has passed, and it was met.
    fig = period_figures(session, b.supervisor, *Q3, as_of=date(2026, 7, 15))
    assert (fig.due, fig.verified_due, fig.rectification_rate) == (1, 1, 1.0)
    assert [f.id for f in fig.overdue] == [quarter["old_late"]]
    # Before any deadline: no rate at all, rather than 0% or 100%.
    fig = period_figures(session, b.supervisor, *Q3, as_of=date(2026, 7, 1))
    assert fig.rectification_rate is None
    # 1 November: the grave one missed October too; a finding found after the period
    # stays out of the period's overdue list.
    fig = period_figures(session, b.supervisor, *Q3, as_of=date(2026, 11, 1))
    assert quarter["west_open"] in [f.id for f in fig.overdue]
    assert quarter["later"] not in [f.id for f in fig.overdue]
    assert fig.rectification_rate == pytest.approx(1 / 5)


def test_a_squad_leader_sees_their_squad(
    session: Session, b: Bureau, quarter: dict[str, int]
) -> None:
    fig = period_figures(session, b.leader, *Q3, as_of=date(2026, 9, 30))
    assert fig.findings == 3
    assert [u.unit_name for u in fig.by_unit] == ["城东中队"]
    assert [f.id for f in fig.overdue] == [quarter["old_late"], quarter["east_late"]]
    assert fig.inspections == 1
    assert fig.complaints == 1
    assert fig.talks == 0


def test_a_period_must_not_end_before_it_starts(session: Session, b: Bureau) -> None:
    with pytest.raises(ValidationError):
        period_figures(session, b.supervisor, date(2026, 9, 1), date(2026, 8, 1), date(2026, 9, 1))
