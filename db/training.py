"""Training hours: sessions, attendance, exams, certificates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Audited, Base, CreatedAt, Versioned, str_enum
from glossary import AttendanceStatus, CertificateKind, TrainingCategory

Hours = Numeric(5, 1, asdecimal=False)


class TrainingSession(Audited, Versioned, CreatedAt, Base):
    """培训: one session; ``audience`` holds the intended categories and units (empty = all)."""

    __tablename__ = "training_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    category: Mapped[TrainingCategory] = mapped_column(str_enum(TrainingCategory))
    session_date: Mapped[date] = mapped_column(Date, index=True)
    hours: Mapped[float] = mapped_column(Hours)
    organiser: Mapped[str | None] = mapped_column(String(80))
    place: Mapped[str | None] = mapped_column(String(80))
    audience: Mapped[dict[str, list[str]]] = mapped_column(
        MutableDict.as_mutable(JSON), default=dict
    )


class Attendance(Audited, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        Index("ix_attendance_person", "person_id", "status", "hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    status: Mapped[AttendanceStatus] = mapped_column(str_enum(AttendanceStatus))
    hours: Mapped[float] = mapped_column(Hours, default=0)  # credited; partial allowed


class Exam(Audited, Versioned, CreatedAt, Base):
    __tablename__ = "exam"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    exam_date: Mapped[date] = mapped_column(Date)
    pass_mark: Mapped[float] = mapped_column(Hours, default=60)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("training_session.id"))


class ExamResult(Audited, Base):
    __tablename__ = "exam_result"
    __table_args__ = (UniqueConstraint("exam_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exam_id: Mapped[int] = mapped_column(ForeignKey("exam.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    score: Mapped[float] = mapped_column(Hours)


class Certificate(Audited, Versioned, CreatedAt, Base):
    """执法证, 辅助执法证, 法律职业资格, drone licence …"""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[CertificateKind] = mapped_column(str_enum(CertificateKind, 30))
    number: Mapped[str] = mapped_column(String(60))
    issued: Mapped[date | None] = mapped_column(Date)
    expires: Mapped[date | None] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)
