"""Units (a tree: bureau → squads, departments, town teams, branches) and people."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Audited, Base, CreatedAt, Versioned, str_enum
from glossary import Category, Gender, PersonStatus, UnitKind


class Unit(Audited, Versioned, CreatedAt, Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    short_name: Mapped[str | None] = mapped_column(String(30))
    kind: Mapped[UnitKind] = mapped_column(str_enum(UnitKind))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[Unit | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")


class Person(Audited, Versioned, CreatedAt, Base):
    __tablename__ = "person"
    __table_args__ = (
        # The people page filters by unit and status and sorts by staff number.
        Index("ix_person_unit_status", "unit_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    category: Mapped[Category] = mapped_column(str_enum(Category))
    position: Mapped[str | None] = mapped_column(String(40))
    gender: Mapped[Gender | None] = mapped_column(str_enum(Gender))
    birth_date: Mapped[date | None] = mapped_column(Date)
    hire_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PersonStatus] = mapped_column(
        str_enum(PersonStatus), default=PersonStatus.ACTIVE
    )
    # 法律职业资格: reports quote the share of legal reviewers who hold it.
    legal_qualification: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(30))
    left_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[Unit] = relationship()


class PersonTransfer(Audited, CreatedAt, Base):
    """History of a person's moves between units, so that past records stay explainable."""

    __tablename__ = "person_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    from_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    to_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    transfer_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
