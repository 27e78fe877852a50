"""Integrity checks: inspections, findings and their rectification, complaints, case-file
reviews, the integrity registers and early warnings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.ext.mutable import MutableDict, MutableList
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Audited, Base, CreatedAt, Versioned, str_enum
from glossary import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintOutcome,
    FindingStatus,
    Grade,
    InspectionKind,
    RiskLevel,
    Severity,
    TalkKind,
    WarningLevel,
    WarningStatus,
)

inspection_unit = Table(
    "inspection_unit",
    Base.metadata,
    Column("inspection_id", ForeignKey("inspection.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id"), primary_key=True),
)

inspection_person = Table(
    "inspection_person",
    Base.metadata,
    Column("inspection_id", ForeignKey("inspection.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id"), primary_key=True),
)

case_review_handler = Table(
    "case_review_handler",
    Base.metadata,
    Column("case_review_id", ForeignKey("case_review.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id"), primary_key=True),
)


class Inspection(Audited, Versioned, CreatedAt, Base):
    """督察检查: who was inspected, by whom, on which checklist topics."""

    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[InspectionKind] = mapped_column(str_enum(InspectionKind))
    title: Mapped[str] = mapped_column(String(120))
    inspectors: Mapped[str | None] = mapped_column(String(200))
    # Mutable: a topic appended in place is saved and audited too, though the log then
    # knows only the new list; services assign a new list to keep before and after.
    topics: Mapped[list[str]] = mapped_column(MutableList.as_mutable(JSON), default=list)
    notes: Mapped[str | None] = mapped_column(Text)

    units = relationship("Unit", secondary=inspection_unit)
    people = relationship("Person", secondary=inspection_person)
    findings: Mapped[list[Finding]] = relationship(back_populates="inspection")


class Finding(Audited, Versioned, CreatedAt, Base):
    """问题: open → assigned (交办) → rectified (整改) → verified (复核) or sent back."""

    __tablename__ = "finding"
    __table_args__ = (Index("ix_finding_status_deadline", "status", "deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    found_date: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(40))
    severity: Mapped[Severity] = mapped_column(str_enum(Severity))
    description: Mapped[str] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[FindingStatus] = mapped_column(
        str_enum(FindingStatus), default=FindingStatus.OPEN
    )
    assigned_date: Mapped[date | None] = mapped_column(Date)
    rectified_date: Mapped[date | None] = mapped_column(Date)
    rectification: Mapped[str | None] = mapped_column(Text)
    verified_date: Mapped[date | None] = mapped_column(Date)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # The checker's word: why it was sent back, or what the check found.
    review_note: Mapped[str | None] = mapped_column(Text)
    point_event_id: Mapped[int | None] = mapped_column(ForeignKey("point_event.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)

    inspection: Mapped[Inspection | None] = relationship(back_populates="findings")


class Complaint(Audited, Versioned, CreatedAt, Base):
    """投诉 / 信访 and, with ``kind``, reconsideration or litigation outcomes of cases."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[ComplaintKind] = mapped_column(
        str_enum(ComplaintKind), default=ComplaintKind.COMPLAINT, server_default="complaint"
    )
    # How a complaint arrived; a reconsideration or a lawsuit has no channel.
    channel: Mapped[ComplaintChannel | None] = mapped_column(str_enum(ComplaintChannel))
    case_no: Mapped[str | None] = mapped_column(String(60))  # the case challenged
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    substance: Mapped[str] = mapped_column(Text)
    outcome: Mapped[ComplaintOutcome] = mapped_column(
        str_enum(ComplaintOutcome), default=ComplaintOutcome.PENDING
    )
    closed_date: Mapped[date | None] = mapped_column(Date)
    point_event_id: Mapped[int | None] = mapped_column(ForeignKey("point_event.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)


class CaseReview(Audited, Versioned, CreatedAt, Base):
    """案卷评查: a reviewed case file, scored 0–100."""

    __tablename__ = "case_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    review_date: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(60))
    score: Mapped[float] = mapped_column(Numeric(5, 1, asdecimal=False))
    grade: Mapped[Grade | None] = mapped_column(str_enum(Grade))
    problems: Mapped[str | None] = mapped_column(Text)

    handlers = relationship("Person", secondary=case_review_handler)


class RiskPoint(Audited, Versioned, CreatedAt, Base):
    """廉政风险点 of a position."""

    __tablename__ = "risk_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    position: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text)
    level: Mapped[RiskLevel] = mapped_column(str_enum(RiskLevel))
    measures: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(60))
    review_date: Mapped[date | None] = mapped_column(Date)


class Pledge(Audited, Versioned, CreatedAt, Base):
    """廉洁自律承诺书: one per person per year."""

    __tablename__ = "pledge"
    __table_args__ = (UniqueConstraint("person_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    year: Mapped[int] = mapped_column(Integer)
    signed_date: Mapped[date] = mapped_column(Date)


class IntegrityTalk(Audited, Versioned, CreatedAt, Base):
    """廉政谈话."""

    __tablename__ = "integrity_talk"

    id: Mapped[int] = mapped_column(primary_key=True)
    talk_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[TalkKind] = mapped_column(str_enum(TalkKind))
    talker: Mapped[str] = mapped_column(String(60))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class MajorMatterReport(Audited, Versioned, CreatedAt, Base):
    """重大事项报告 filed by a person."""

    __tablename__ = "major_matter_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    report_date: Mapped[date] = mapped_column(Date)
    matter: Mapped[str] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)


class EarlyWarning(Audited, Versioned, Base):
    """预警: a rule fired for a person. Ends acknowledged, resolved or dismissed (with reason)."""

    __tablename__ = "warning"
    __table_args__ = (Index("ix_warning_status_rule", "status", "rule_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    rule_code: Mapped[str] = mapped_column(String(40))
    fired_at: Mapped[datetime] = mapped_column(DateTime)
    # The records behind the warning (table and ids): it fires again only on new evidence.
    evidence: Mapped[dict[str, list[int]]] = mapped_column(
        MutableDict.as_mutable(JSON), default=dict
    )
    summary: Mapped[str] = mapped_column(Text)
    status: Mapped[WarningStatus] = mapped_column(
        str_enum(WarningStatus), default=WarningStatus.OPEN
    )
    action: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    handled_at: Mapped[datetime | None] = mapped_column(DateTime)
    # One open warning per person and rule: a later run with newer evidence extends it
    # (last seen, and in how many months) instead of adding another each month.
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    months_seen: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # 预警 or 严重预警: an open warning whose records come to meet the rule's critical
    # threshold is raised (when: raised_at); it is never lowered while open.
    level: Mapped[WarningLevel] = mapped_column(
        str_enum(WarningLevel), default=WarningLevel.WARNING, server_default="warning"
    )
    raised_at: Mapped[datetime | None] = mapped_column(DateTime)
