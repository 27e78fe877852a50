"""A hand-built month on the small bureau of tests.factories: November 2026, today the 22nd.

Used by the tests of the Performance, Integrity and Training services and pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from db.integrity import Finding, Inspection, Pledge
from db.org import Person, Unit
from db.scoring import PointEvent, Rule, RuleSet
from db.training import Attendance, TrainingSession
from glossary import (
    AttendanceStatus,
    EventSource,
    EventStatus,
    FindingStatus,
    InspectionKind,
    PersonStatus,
    RuleCategory,
    Severity,
    TrainingCategory,
    YearMonth,
)
from tests.factories import Bureau

NOV = YearMonth(2026, 11)
TODAY = date(2026, 11, 22)


@dataclass
class Records:
    """Ids of what ``populate`` made, by the names the tests use."""

    findings: dict[str, int]
    sessions: dict[str, int]


def populate(session: Session, b: Bureau) -> Records:
    """The month's records behind every figure asserted below (and in the GUI tests)."""
    # Fetched again: ``b`` may come from a session that is closed by now.
    zhang, wang, li, liu, chen = (session.get_one(Person, p.id) for p in b.people)
    rules = RuleSet(name="2026 细则", effective_from=date(2026, 1, 1), base_score=Decimal(100))
    session.add(rules)
    session.flush()
    award = Rule(
        rule_set_id=rules.id,
        code="A01",
        category=RuleCategory.CASEWORK,
        text="办结一般程序案件",
        points=Decimal(2),
    )
    deduct = Rule(
        rule_set_id=rules.id,
        code="D01",
        category=RuleCategory.DISCIPLINE,
        text="着装不规范",
        points=Decimal(-1),
    )
    session.add_all([award, deduct])
    session.flush()

    def event(
        person: Person | None,
        rule: Rule,
        day: date,
        qty: int = 1,
        status: EventStatus = EventStatus.APPROVED,
        unit_id: int | None = None,
    ) -> PointEvent:
        return PointEvent(
            person_id=person.id if person else None,
            unit_id=unit_id,
            event_date=day,
            rule_id=rule.id,
            quantity=Decimal(qty),
            points=rule.points * qty,
            status=status,
            source=EventSource.MANUAL,
            recorded_by_id=b.supervisor.id,
        )

    session.add_all(
        [
            event(zhang, award, date(2026, 11, 3)),
            event(wang, deduct, date(2026, 11, 4), status=EventStatus.PENDING),
            event(li, award, date(2026, 11, 5), qty=2),
            event(None, deduct, date(2026, 11, 6), qty=3, unit_id=b.west.id),
            event(None, award, date(2026, 11, 7), unit_id=b.east.id),
            event(liu, award, date(2026, 11, 8), status=EventStatus.REJECTED),
            event(zhang, award, date(2026, 10, 31)),  # last month: never listed
        ]
    )

    def finding(
        unit_id: int, found: date, deadline: date, status: FindingStatus, person: Person | None
    ) -> Finding:
        return Finding(
            unit_id=unit_id,
            person_id=person.id if person else None,
            found_date=found,
            topic="执法记录仪",
            severity=Severity.MINOR,
            description=f"问题 {found.isoformat()}",
            deadline=deadline,
            status=status,
        )

    findings = {
        "F1": finding(
            b.east.id, date(2026, 11, 5), date(2026, 11, 15), FindingStatus.ASSIGNED, zhang
        ),
        "F2": finding(b.east.id, date(2026, 11, 10), date(2026, 11, 30), FindingStatus.OPEN, wang),
        "F3": finding(b.west.id, date(2026, 3, 1), date(2026, 3, 31), FindingStatus.VERIFIED, li),
        "F4": finding(b.west.id, date(2026, 6, 1), date(2026, 6, 30), FindingStatus.RECTIFIED, li),
        "F5": finding(b.west.id, date(2026, 9, 1), TODAY, FindingStatus.SENT_BACK, None),
        "F6": finding(
            b.east.id, date(2025, 12, 1), date(2025, 12, 31), FindingStatus.SENT_BACK, None
        ),
    }
    session.add_all(findings.values())

    def inspection(day: date, units: list[int], people: list[Person]) -> Inspection:
        insp = Inspection(inspection_date=day, kind=InspectionKind.ROUTINE, title="例行督察")
        insp.units = [session.get(Unit, u) for u in units]
        insp.people = people
        return insp

    session.add_all(
        [
            inspection(date(2026, 11, 5), [b.east.id], []),
            inspection(date(2026, 11, 12), [b.west.id], [zhang]),  # checked an east officer
            inspection(date(2026, 11, 20), [b.office.id], []),
            inspection(date(2026, 10, 1), [b.east.id], []),  # last month
        ]
    )

    # 刘洋 has left: his pledge must not count towards coverage of the active people.
    liu.status = PersonStatus.LEFT
    session.add_all(
        [
            Pledge(person_id=p.id, year=year, signed_date=date(year, 2, 1))
            for p, year in ((zhang, 2026), (li, 2026), (chen, 2026), (wang, 2025), (liu, 2026))
        ]
    )

    def training(title: str, day: date, cat: TrainingCategory, hours: float) -> TrainingSession:
        return TrainingSession(title=title, category=cat, session_date=day, hours=hours)

    sessions = {
        "S1": training("行政处罚法专题", date(2026, 3, 10), TrainingCategory.LEGAL, 4),
        "S2": training("执法技能练兵", date(2026, 6, 15), TrainingCategory.SKILLS, 3),
        "S3": training("年终法律培训", date(2026, 12, 5), TrainingCategory.LEGAL, 8),  # planned
        "S4": training("2025 法律培训", date(2025, 5, 1), TrainingCategory.LEGAL, 8),
    }
    session.add_all(sessions.values())
    session.flush()
    present, absent, excused = (
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.EXCUSED,
    )
    session.add_all(
        [
            Attendance(session_id=sessions[s].id, person_id=p.id, status=st, hours=h)
            for s, p, st, h in (
                ("S1", zhang, present, 4),
                ("S1", wang, present, 4),
                ("S1", li, absent, 0),
                ("S1", liu, excused, 0),
                ("S2", zhang, present, 3),
                ("S2", li, present, 3),
                ("S4", zhang, present, 8),
            )
        ]
    )
    session.commit()
    return Records(
        findings={k: f.id for k, f in findings.items()},
        sessions={k: s.id for k, s in sessions.items()},
    )
