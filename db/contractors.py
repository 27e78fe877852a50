"""Service contractors (服务外包企业): companies, their contracts, the staff they employ and
the monthly assessment that sets their payment (服务水平与付款挂钩)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Audited, Base, CreatedAt, Versioned
from db.types import YearMonthType
from glossary import YearMonth


class ContractorCompany(Audited, Versioned, CreatedAt, Base):
    """服务外包企业: a company the bureau buys a service from (street cleaning, greenery …)."""

    __tablename__ = "contractor_company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    contact: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class ContractorContract(Audited, Versioned, CreatedAt, Base):
    """A service contract: the service bought, the monthly fee (yuan) and its term."""

    __tablename__ = "contractor_contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("contractor_company.id"), index=True)
    contract_no: Mapped[str] = mapped_column(String(40), unique=True)
    service: Mapped[str] = mapped_column(String(60))
    # Money is never a float: yuan to the fen.
    monthly_fee: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ContractorStaff(Audited, Base):
    """Which company a person of category contractor works for. A table of its own, so
    that the roster (and its import) stays as it is: the link is kept here."""

    __tablename__ = "contractor_staff"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("contractor_company.id"), index=True)


class ContractorAssessment(Audited, Versioned, CreatedAt, Base):
    """A company's assessment for a month: the checklist as it stood, with the points
    the supervisors gave each item (a later change of the checklist leaves it as it was)."""

    __tablename__ = "contractor_assessment"
    __table_args__ = (UniqueConstraint("company_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("contractor_company.id"))
    month: Mapped[YearMonth] = mapped_column(YearMonthType)
    # [{"code", "name", "max", "points"}]: points given out of max, per checklist item.
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    assessor: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
