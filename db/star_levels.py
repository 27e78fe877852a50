"""Star levels of auxiliary and assistant staff (辅助人员星级): the level each holds now and
the history of how it came to be (a starting level from years of service, then one
confirmed yearly review after another).

Not the month's stars (之星, ``glossary.Star``): a star level is a standing grade of 1 to
5 that sets a pay tier, decided once a year.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Audited, Base, Versioned, utcnow

START, REVIEW = "start", "review"  # how a history record came about


class StarLevel(Audited, Versioned, Base):
    """The level a person holds now, in force from ``effective_year``. Versioned: a review
    confirmed on two desktops at once changes it only once."""

    __tablename__ = "star_level"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    level: Mapped[int] = mapped_column(Integer)
    effective_year: Mapped[int] = mapped_column(Integer)


class StarLevelRecord(Audited, Base):
    """One step of a person's star history: the starting level, or a year's confirmed
    review (``review_year``'s grades deciding the level of ``effective_year``)."""

    __tablename__ = "star_level_record"
    __table_args__ = (
        UniqueConstraint("person_id", "kind", "effective_year"),
        CheckConstraint("level BETWEEN 1 AND 5", name="record_level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # START or REVIEW
    review_year: Mapped[int] = mapped_column(Integer)
    effective_year: Mapped[int] = mapped_column(Integer)
    previous_level: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    confirmed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
