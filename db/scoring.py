"""Points-based performance review: rule catalogue, point events, monthly results, locks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Audited, Base, CreatedAt, Versioned, str_enum, utcnow
from db.types import YearMonthType
from glossary import EventSource, EventStatus, Grade, RuleCategory, YearMonth

# Points are decimals with two places: 0.5 per simple case must add up exactly.
Points = Numeric(8, 2, asdecimal=True)


class RuleSet(Audited, Versioned, CreatedAt, Base):
    """A published rule catalogue (考核细则), in force from a date."""

    __tablename__ = "rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    base_score: Mapped[Decimal] = mapped_column(Points, default=100)
    note: Mapped[str | None] = mapped_column(Text)

    rules: Mapped[list[Rule]] = relationship(back_populates="rule_set")


class Rule(Audited, Versioned, CreatedAt, Base):
    __tablename__ = "rule"
    __table_args__ = (UniqueConstraint("rule_set_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id"))
    code: Mapped[str] = mapped_column(String(20))
    category: Mapped[RuleCategory] = mapped_column(str_enum(RuleCategory, 30))
    text: Mapped[str] = mapped_column(Text)
    points: Mapped[Decimal] = mapped_column(Points)  # per unit of count; negative = deduction
    count_unit: Mapped[str] = mapped_column(String(20), default="次")
    monthly_cap: Mapped[Decimal | None] = mapped_column(Points)  # absolute, per person
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    serious: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    rule_set: Mapped[RuleSet] = relationship(back_populates="rules")


class PointEvent(Audited, Versioned, Base):
    """One award or deduction. Never deleted: rejected or voided entries keep their reason."""

    __tablename__ = "point_event"
    __table_args__ = (
        # Covering index for the month's ranking: filter by status and date, group by person.
        Index("ix_point_event_rank", "status", "event_date", "person_id", "rule_id", "points"),
        Index("ix_point_event_person_date", "person_id", "event_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    event_date: Mapped[date] = mapped_column(Date)
    rule_id: Mapped[int] = mapped_column(ForeignKey("rule.id"))
    quantity: Mapped[Decimal] = mapped_column(Points, default=1)
    # Fixed at entry (quantity × the rule's points then): a later rule edit changes nothing.
    points: Mapped[Decimal] = mapped_column(Points)
    note: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[EventSource] = mapped_column(
        str_enum(EventSource, 30), default=EventSource.MANUAL
    )
    source_ref: Mapped[str | None] = mapped_column(String(60), index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[EventStatus] = mapped_column(str_enum(EventStatus), default=EventStatus.APPROVED)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(Text)


class PeriodLock(Audited, Base):
    """A finalised month. Reopening keeps the row and its reason; finalising again adds a
    version."""

    __tablename__ = "period_lock"
    __table_args__ = (UniqueConstraint("period", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[YearMonth] = mapped_column(YearMonthType)
    version: Mapped[int] = mapped_column(Integer, default=1)
    locked: Mapped[bool] = mapped_column(Boolean, default=True)
    locked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    locked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reopened_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    reopened_at: Mapped[datetime | None] = mapped_column(DateTime)
    reopen_reason: Mapped[str | None] = mapped_column(Text)


class PointTally(Base):
    """The approved points of each (month, person, rule), in cents, kept by database
    triggers on point_event (migration 0004) so that every way of writing an entry —
    the ORM, a bulk import, plain SQL — keeps it right.

    Derived data, so not audited: the entries it sums are. The month's ranking reads it
    in primary-key order, which hands the per-person sums their rows already grouped:
    no sort of the month's entries at all."""

    __tablename__ = "point_tally"
    __table_args__ = ({"sqlite_with_rowid": False},)

    period: Mapped[YearMonth] = mapped_column(YearMonthType, primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cents: Mapped[int] = mapped_column(BigInteger)


class MonthlyResult(Audited, Base):
    """Snapshot of a person's month as finalised (one row per person per lock version)."""

    __tablename__ = "monthly_result"
    __table_args__ = (UniqueConstraint("period", "version", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[YearMonth] = mapped_column(YearMonthType, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    base_score: Mapped[Decimal] = mapped_column(Points)
    awards: Mapped[Decimal] = mapped_column(Points)
    deductions: Mapped[Decimal] = mapped_column(Points)
    total: Mapped[Decimal] = mapped_column(Points)
    rank: Mapped[int] = mapped_column(Integer)
    unit_rank: Mapped[int] = mapped_column(Integer)
    grade: Mapped[Grade] = mapped_column(str_enum(Grade))
    stars: Mapped[str | None] = mapped_column(String(80))  # comma-separated star kinds
