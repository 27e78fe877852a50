"""One month of the contractor assessment: every company's checklist, deductions, score,
payment coefficient and payment, and the elimination warnings — gathered once, for the
page, ``ducha contractors``, the bulletin (PDF) and the payment sheet (xlsx).

The rules are console.core.contractors.rules; this module only reads and applies them.
A finding counts against a company when the person it names is linked to the company now
(``contractor_staff``), it was found in the month and it is not void.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.contractors import rules
from console.core.contractors.settings import (
    ContractorSettings,
    decimal_of,
    load_contractor_settings,
)
from console.core.permissions import current
from db.contractors import (
    ContractorAssessment,
    ContractorCompany,
    ContractorContract,
    ContractorStaff,
)
from db.integrity import Finding
from db.org import Person
from glossary import FindingStatus, Severity, YearMonth


@dataclass(frozen=True)
class ItemScore:
    code: str
    name: str
    max_points: Decimal
    points: Decimal | None  # None: not yet assessed


@dataclass(frozen=True)
class FindingDeduction:
    finding_id: int
    found_date: date
    staff_no: str
    person_name: str
    topic: str
    severity: Severity
    points: Decimal


@dataclass(frozen=True)
class ContractPayment:
    contract_id: int
    contract_no: str
    service: str
    monthly_fee: Decimal
    payment: Decimal | None  # None while the month is not assessed


@dataclass(frozen=True)
class CompanyMonth:
    company_id: int
    name: str
    assessment_id: int | None
    row_version: int | None  # of the assessment, as read: an edit states it
    assessor: str
    note: str
    items: tuple[ItemScore, ...]
    checklist_score: Decimal | None
    findings: tuple[FindingDeduction, ...]
    deductions: Decimal
    score: Decimal | None
    coefficient: Decimal | None
    contracts: tuple[ContractPayment, ...]
    staff: int
    # The assessed months of the elimination window and their scores, oldest first.
    history: tuple[tuple[YearMonth, Decimal], ...]
    months_below: tuple[YearMonth, ...]
    warning: bool

    @property
    def assessed(self) -> bool:
        return self.assessment_id is not None

    @property
    def fee(self) -> Decimal:
        return sum((c.monthly_fee for c in self.contracts), Decimal("0.00"))

    @property
    def payment(self) -> Decimal | None:
        if self.coefficient is None:
            return None
        return sum((c.payment or Decimal(0) for c in self.contracts), Decimal("0.00"))


@dataclass(frozen=True)
class ContractorMonth:
    month: YearMonth
    settings: ContractorSettings
    companies: tuple[CompanyMonth, ...]

    @property
    def warnings(self) -> tuple[CompanyMonth, ...]:
        return tuple(c for c in self.companies if c.warning)

    @property
    def fee(self) -> Decimal:
        return sum((c.fee for c in self.companies), Decimal("0.00"))

    @property
    def payment(self) -> Decimal:
        return sum((c.payment or Decimal(0) for c in self.companies), Decimal("0.00"))

    def company(self, company_id: int) -> CompanyMonth | None:
        return next((c for c in self.companies if c.company_id == company_id), None)


def stored_items(raw: Any) -> list[ItemScore]:
    """The checklist as an assessment stored it (a damaged entry is skipped)."""
    items = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict):
            continue
        most = decimal_of(entry.get("max"))
        if most is None or not entry.get("code"):
            continue
        items.append(
            ItemScore(
                str(entry["code"]),
                str(entry.get("name", "")),
                most,
                decimal_of(entry.get("points")),
            )
        )
    return items


def _checklist(items: Iterable[ItemScore]) -> Decimal:
    items = list(items)
    return rules.checklist_score(
        (i.points or Decimal(0) for i in items), (i.max_points for i in items)
    )


def _findings(
    session: Session, first: date, last: date, settings: ContractorSettings
) -> dict[int, list[FindingDeduction]]:
    """Live findings on linked contractor staff found between ``first`` and ``last``."""
    rows = session.execute(
        select(
            ContractorStaff.company_id,
            Finding.id,
            Finding.found_date,
            Person.staff_no,
            Person.name,
            Finding.topic,
            Finding.severity,
        )
        .join(Finding, Finding.person_id == ContractorStaff.person_id)
        .join(Person, Person.id == ContractorStaff.person_id)
        .where(
            Finding.status != FindingStatus.VOID,
            Finding.found_date >= first,
            Finding.found_date <= last,
        )
        .order_by(Finding.found_date, Finding.id)
    ).all()
    found: dict[int, list[FindingDeduction]] = defaultdict(list)
    for company_id, fid, day, staff_no, name, topic, severity in rows:
        found[company_id].append(
            FindingDeduction(
                fid, day, staff_no, name, topic, severity, settings.deduction_for(severity)
            )
        )
    return found


def contractor_month(session: Session, user: User, month: YearMonth) -> ContractorMonth:
    """Every company with a contract running in the month, an assessment of it, or still
    active, with its score, payment and elimination state."""
    current(session, user)
    settings = load_contractor_settings(session)
    window_start = month.shift(1 - settings.elimination_window)
    assessments = session.scalars(
        select(ContractorAssessment).where(
            ContractorAssessment.month >= window_start, ContractorAssessment.month <= month
        )
    ).all()
    findings = _findings(session, window_start.first_day, month.last_day, settings)
    # Scores of every assessed month of the window, per company.
    scores: dict[int, dict[YearMonth, Decimal]] = defaultdict(dict)
    this_month: dict[int, ContractorAssessment] = {}
    for a in assessments:
        found = findings.get(a.company_id, [])
        deducted = sum(
            (f.points for f in found if YearMonth.of(f.found_date) == a.month), Decimal(0)
        )
        checklist = _checklist(stored_items(a.items))
        scores[a.company_id][a.month] = rules.month_score(checklist, deducted)
        if a.month == month:
            this_month[a.company_id] = a
    contracts: dict[int, list[ContractorContract]] = defaultdict(list)
    for k in session.scalars(
        select(ContractorContract)
        .where(
            ContractorContract.start_date <= month.last_day,
            ContractorContract.end_date >= month.first_day,
        )
        .order_by(ContractorContract.start_date, ContractorContract.id)
    ):
        contracts[k.company_id].append(k)
    staff: dict[int, int] = defaultdict(int)
    for (company_id,) in session.execute(select(ContractorStaff.company_id)).all():
        staff[company_id] += 1
    companies = session.scalars(
        select(ContractorCompany)
        .where(
            or_(
                ContractorCompany.active.is_(True),
                ContractorCompany.id.in_(list(contracts) + list(this_month)),
            )
        )
        .order_by(ContractorCompany.name)
    ).all()
    rows = [
        _company_month(
            c,
            month,
            settings,
            this_month.get(c.id),
            [f for f in findings.get(c.id, []) if YearMonth.of(f.found_date) == month],
            contracts.get(c.id, []),
            staff[c.id],
            scores.get(c.id, {}),
        )
        for c in companies
    ]
    return ContractorMonth(month, settings, tuple(rows))


def _company_month(
    company: ContractorCompany,
    month: YearMonth,
    settings: ContractorSettings,
    assessment: ContractorAssessment | None,
    findings: list[FindingDeduction],
    contracts: list[ContractorContract],
    staff: int,
    scores: dict[YearMonth, Decimal],
) -> CompanyMonth:
    deductions = sum((f.points for f in findings), Decimal(0))
    if assessment is None:
        items = tuple(ItemScore(i.code, i.name, i.max_points, None) for i in settings.checklist)
        checklist = score = coefficient = None
    else:
        items = tuple(stored_items(assessment.items))
        checklist = _checklist(items)
        score = rules.month_score(checklist, deductions)
        coefficient = rules.coefficient_for(score, settings.bands)
    below = rules.months_below(scores, month, settings)
    return CompanyMonth(
        company_id=company.id,
        name=company.name,
        assessment_id=None if assessment is None else assessment.id,
        row_version=None if assessment is None else assessment.row_version,
        assessor="" if assessment is None else assessment.assessor or "",
        note="" if assessment is None else assessment.note or "",
        items=items,
        checklist_score=checklist,
        findings=tuple(findings),
        deductions=deductions,
        score=score,
        coefficient=coefficient,
        contracts=tuple(
            ContractPayment(
                k.id,
                k.contract_no,
                k.service,
                Decimal(k.monthly_fee),
                None if coefficient is None else rules.payment(Decimal(k.monthly_fee), coefficient),
            )
            for k in contracts
        ),
        staff=staff,
        history=tuple(sorted(scores.items())),
        months_below=tuple(below),
        warning=len(below) >= settings.elimination_count,
    )
