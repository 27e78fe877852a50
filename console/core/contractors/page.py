"""What the 外包考核 page shows, read in one unit of work: the month's assessment, the
companies, their contracts and the contractor staff."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.contractors.month import ContractorMonth, contractor_month
from console.core.contractors.records import (
    CompanyRow,
    ContractRow,
    StaffRow,
    list_companies,
    list_contracts,
    list_staff,
)
from glossary import YearMonth


@dataclass(frozen=True)
class ContractorsPageData:
    month: ContractorMonth
    companies: list[CompanyRow]
    contracts: list[ContractRow]
    staff: list[StaffRow]


def contractors_page(session: Session, user: User, month: YearMonth) -> ContractorsPageData:
    return ContractorsPageData(
        contractor_month(session, user, month),
        list_companies(session, user),
        list_contracts(session, user),
        list_staff(session, user),
    )
