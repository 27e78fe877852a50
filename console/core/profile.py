"""A person's profile: their records across the three domains, for the profile window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from console.core.integrity.warnings import WarningRow, list_warnings
from console.core.people import PersonRow, get_person
from console.core.scoring.totals import base_score, month_points
from console.core.units import unit_path
from console.core.user import User
from db.integrity import Complaint, Finding, IntegrityTalk, Pledge
from db.org import PersonTransfer, Unit
from db.scoring import PointEvent, Rule
from db.training import Attendance, Certificate, Exam, ExamResult, TrainingSession
from glossary import (
    AttendanceStatus,
    CertificateKind,
    ComplaintOutcome,
    EventStatus,
    FindingStatus,
    Severity,
    TalkKind,
    TrainingCategory,
    YearMonth,
)


@dataclass(frozen=True)
class PointEntry:
    id: int
    event_date: date
    rule_code: str
    rule_text: str
    quantity: Decimal
    points: Decimal
    status: EventStatus
    note: str | None


@dataclass(frozen=True)
class MonthTotal:
    month: YearMonth
    base: Decimal
    awards: Decimal
    deductions: Decimal
    total: Decimal


@dataclass(frozen=True)
class FindingEntry:
    id: int
    found_date: date
    topic: str
    severity: Severity
    status: FindingStatus
    deadline: date | None
    description: str


@dataclass(frozen=True)
class ComplaintEntry:
    received_date: date
    substance: str
    outcome: ComplaintOutcome


@dataclass(frozen=True)
class TalkEntry:
    talk_date: date
    kind: TalkKind
    talker: str
    notes: str | None


@dataclass(frozen=True)
class TrainingEntry:
    session_date: date
    title: str
    category: TrainingCategory
    status: AttendanceStatus
    hours: float


@dataclass(frozen=True)
class ExamEntry:
    exam_date: date
    title: str
    score: float
    passed: bool


@dataclass(frozen=True)
class CertificateEntry:
    kind: CertificateKind
    number: str
    issued: date | None
    expires: date | None


@dataclass(frozen=True)
class TransferEntry:
    transfer_date: date
    from_unit: str
    to_unit: str
    reason: str | None


@dataclass(frozen=True)
class Profile:
    person: PersonRow
    unit_path: str  # '临江市综合行政执法局 / 城东中队'
    months: list[MonthTotal]
    points: list[PointEntry]
    findings: list[FindingEntry]
    complaints: list[ComplaintEntry]
    talks: list[TalkEntry]
    pledge_years: list[int]
    training: list[TrainingEntry]
    training_hours_year: float
    exams: list[ExamEntry]
    certificates: list[CertificateEntry]
    transfers: list[TransferEntry]
    # Early warnings about the person, newest first, each with its level.
    warnings: list[WarningRow] = field(default_factory=list)


def build_profile(
    session: Session, user: User, person_id: int, month: YearMonth, points_limit: int = 500
) -> Profile:
    """Everything on record about one person (the caller's scope is checked first)."""
    person = get_person(session, user, person_id)
    months = []
    for m in (month.shift(-i) for i in range(11, -1, -1)):
        pts = month_points(session, m, {person_id}).get(person_id)
        awards = pts.awards if pts else Decimal(0)
        deductions = pts.deductions if pts else Decimal(0)
        base = base_score(session, m)
        months.append(MonthTotal(m, base, awards, deductions, base + awards + deductions))
    points = [
        PointEntry(*r)
        for r in session.execute(
            select(
                PointEvent.id,
                PointEvent.event_date,
                Rule.code,
                Rule.text,
                PointEvent.quantity,
                PointEvent.points,
                PointEvent.status,
                PointEvent.note,
            )
            .join(Rule, Rule.id == PointEvent.rule_id)
            .where(
                PointEvent.person_id == person_id,
                # The same twelve months as the totals above them.
                PointEvent.event_date >= month.shift(-11).first_day,
                PointEvent.event_date <= month.last_day,
            )
            .order_by(PointEvent.event_date.desc(), PointEvent.id.desc())
            .limit(points_limit)
        ).all()
    ]
    findings = [
        FindingEntry(*r)
        for r in session.execute(
            select(
                Finding.id,
                Finding.found_date,
                Finding.topic,
                Finding.severity,
                Finding.status,
                Finding.deadline,
                Finding.description,
            )
            .where(Finding.person_id == person_id)
            .order_by(Finding.found_date.desc())
        ).all()
    ]
    complaints = [
        ComplaintEntry(*r)
        for r in session.execute(
            select(Complaint.received_date, Complaint.substance, Complaint.outcome)
            .where(Complaint.person_id == person_id)
            .order_by(Complaint.received_date.desc())
        ).all()
    ]
    talks = [
        TalkEntry(*r)
        for r in session.execute(
            select(
                IntegrityTalk.talk_date,
                IntegrityTalk.kind,
                IntegrityTalk.talker,
                IntegrityTalk.notes,
            )
            .where(IntegrityTalk.person_id == person_id)
            .order_by(IntegrityTalk.talk_date.desc())
        ).all()
    ]
    pledge_years = list(
        session.scalars(
            select(Pledge.year).where(Pledge.person_id == person_id).order_by(Pledge.year)
        )
    )
    training = [
        TrainingEntry(r[0], r[1], r[2], r[3], float(r[4] or 0))
        for r in session.execute(
            select(
                TrainingSession.session_date,
                TrainingSession.title,
                TrainingSession.category,
                Attendance.status,
                Attendance.hours,
            )
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(
                Attendance.person_id == person_id,
                TrainingSession.session_date >= date(month.year, 1, 1),
                TrainingSession.session_date <= date(month.year, 12, 31),
            )
            .order_by(TrainingSession.session_date.desc())
        ).all()
    ]
    hours = sum(t.hours for t in training if t.status == AttendanceStatus.PRESENT)
    exams = [
        ExamEntry(r[0], r[1], float(r[2]), float(r[2]) >= float(r[3]))
        for r in session.execute(
            select(Exam.exam_date, Exam.title, ExamResult.score, Exam.pass_mark)
            .join(Exam, Exam.id == ExamResult.exam_id)
            .where(ExamResult.person_id == person_id)
            .order_by(Exam.exam_date.desc())
        ).all()
    ]
    certificates = [
        CertificateEntry(*r)
        for r in session.execute(
            select(Certificate.kind, Certificate.number, Certificate.issued, Certificate.expires)
            .where(Certificate.person_id == person_id)
            .order_by(Certificate.kind)
        ).all()
    ]
    src, dst = aliased(Unit), aliased(Unit)
    transfers = [
        TransferEntry(*r)
        for r in session.execute(
            select(PersonTransfer.transfer_date, src.name, dst.name, PersonTransfer.reason)
            .join(src, src.id == PersonTransfer.from_unit_id)
            .join(dst, dst.id == PersonTransfer.to_unit_id)
            .where(PersonTransfer.person_id == person_id)
            .order_by(PersonTransfer.transfer_date.desc())
        ).all()
    ]
    return Profile(
        person,
        unit_path(session, person.unit_id),
        months,
        points,
        findings,
        complaints,
        talks,
        pledge_years,
        training,
        hours,
        exams,
        certificates,
        transfers,
        warnings=list_warnings(session, user, person_id=person_id),
    )
