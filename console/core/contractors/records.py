"""Contractor companies, their contracts, and which company a contractor person works for.

Everyone signed in reads them; the 督察队长 (admin) maintains them, since a contract sets
what the bureau pays. An edit states the row_version the form was loaded with: a change
made on another desktop since is reported (console.core.conflicts), never overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.contractors.settings import decimal_of
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import current, require_admin
from db.contractors import ContractorCompany, ContractorContract, ContractorStaff
from db.org import Person, Unit
from glossary import Category, PersonStatus, YearMonth

_t = tr_context("contractors")

MAX_FEE = Decimal("9999999999.99")  # NUMERIC(12, 2)


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name: str
    contact: str
    phone: str
    active: bool
    note: str
    staff: int  # contractor people linked to it
    contracts: int
    row_version: int


@dataclass(frozen=True)
class CompanyInput:
    name: str
    contact: str = ""
    phone: str = ""
    active: bool = True
    note: str = ""


@dataclass(frozen=True)
class ContractRow:
    id: int
    company_id: int
    company_name: str
    contract_no: str
    service: str
    monthly_fee: Decimal
    start_date: date
    end_date: date
    note: str
    row_version: int

    def runs_in(self, month: YearMonth) -> bool:
        return self.start_date <= month.last_day and self.end_date >= month.first_day


@dataclass(frozen=True)
class ContractInput:
    company_id: int
    contract_no: str
    service: str
    monthly_fee: object  # as typed: checked and made a Decimal here
    start_date: date
    end_date: date
    note: str = ""


@dataclass(frozen=True)
class StaffRow:
    person_id: int
    staff_no: str
    name: str
    unit_name: str
    position: str
    company_id: int | None
    company_name: str


# --- reading -------------------------------------------------------------------------


def list_companies(session: Session, user: User) -> list[CompanyRow]:
    current(session, user)
    staff = dict(
        session.execute(
            select(ContractorStaff.company_id, func.count()).group_by(ContractorStaff.company_id)
        ).all()
    )
    contracts = dict(
        session.execute(
            select(ContractorContract.company_id, func.count()).group_by(
                ContractorContract.company_id
            )
        ).all()
    )
    return [
        CompanyRow(
            c.id,
            c.name,
            c.contact or "",
            c.phone or "",
            c.active,
            c.note or "",
            int(staff.get(c.id, 0)),
            int(contracts.get(c.id, 0)),
            c.row_version,
        )
        for c in session.scalars(select(ContractorCompany).order_by(ContractorCompany.name))
    ]


def list_contracts(
    session: Session, user: User, company_id: int | None = None
) -> list[ContractRow]:
    current(session, user)
    query = (
        select(ContractorContract, ContractorCompany.name)
        .join(ContractorCompany, ContractorCompany.id == ContractorContract.company_id)
        .order_by(ContractorCompany.name, ContractorContract.start_date, ContractorContract.id)
    )
    if company_id is not None:
        query = query.where(ContractorContract.company_id == company_id)
    return [_contract_row(k, name) for k, name in session.execute(query).all()]


def _contract_row(k: ContractorContract, company_name: str) -> ContractRow:
    return ContractRow(
        k.id,
        k.company_id,
        company_name,
        k.contract_no,
        k.service,
        Decimal(k.monthly_fee),
        k.start_date,
        k.end_date,
        k.note or "",
        k.row_version,
    )


def list_staff(session: Session, user: User) -> list[StaffRow]:
    """Every active person of category contractor, with the company they work for."""
    current(session, user)
    rows = session.execute(
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Unit.name,
            Person.position,
            ContractorStaff.company_id,
            ContractorCompany.name,
        )
        .join(Unit, Unit.id == Person.unit_id)
        .outerjoin(ContractorStaff, ContractorStaff.person_id == Person.id)
        .outerjoin(ContractorCompany, ContractorCompany.id == ContractorStaff.company_id)
        .where(Person.category == Category.CONTRACTOR, Person.status == PersonStatus.ACTIVE)
        .order_by(Person.staff_no)
    ).all()
    return [StaffRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6] or "") for r in rows]


# --- companies -------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    return (text or "").strip()


def save_company(
    session: Session,
    user: User,
    data: CompanyInput,
    company_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> int:
    """Add a company (``company_id`` None) or change one; returns its id."""
    require_admin(session, user)
    name = _clean(data.name)
    errors = []
    if not name:
        errors.append(FieldError("name", _t("Enter the company's name.")))
    elif len(name) > 80:
        errors.append(FieldError("name", _t("The company's name is at most 80 characters.")))
    for key, value, most in (("contact", data.contact, 40), ("phone", data.phone, 30)):
        if len(_clean(value)) > most:
            errors.append(FieldError(key, _t("At most {n} characters.").format(n=most)))
    clash = session.scalar(
        select(ContractorCompany.id).where(
            ContractorCompany.name == name, ContractorCompany.id != (company_id or 0)
        )
    )
    if name and clash is not None:
        errors.append(FieldError("name", _t("A company of this name is already on record.")))
    if errors:
        raise ValidationError(errors)
    if company_id is None:
        company = ContractorCompany(name=name)
        session.add(company)
    else:
        found = session.get(ContractorCompany, company_id)
        if found is None:
            raise NotFound(_t("The company is no longer on record."))
        require_seen(session, found, seen_version)
        company = found
    company.name = name
    company.contact = _clean(data.contact) or None
    company.phone = _clean(data.phone) or None
    company.active = data.active
    company.note = _clean(data.note) or None
    session.flush()
    return company.id


# --- contracts -------------------------------------------------------------------------


def save_contract(
    session: Session,
    user: User,
    data: ContractInput,
    contract_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> int:
    """Add a contract (``contract_id`` None) or change one; returns its id."""
    require_admin(session, user)
    errors = []
    number, service = _clean(data.contract_no), _clean(data.service)
    if not number:
        errors.append(FieldError("contract_no", _t("Enter the contract number.")))
    elif len(number) > 40:
        errors.append(FieldError("contract_no", _t("At most {n} characters.").format(n=40)))
    elif session.scalar(
        select(ContractorContract.id).where(
            ContractorContract.contract_no == number, ContractorContract.id != (contract_id or 0)
        )
    ):
        errors.append(FieldError("contract_no", _t("A contract with this number is on record.")))
    if not service:
        errors.append(FieldError("service", _t("Enter the service the contract buys.")))
    elif len(service) > 60:
        errors.append(FieldError("service", _t("At most {n} characters.").format(n=60)))
    fee = decimal_of(data.monthly_fee)
    if fee is None or fee <= 0 or fee > MAX_FEE:
        errors.append(
            FieldError("monthly_fee", _t("The monthly fee is an amount in yuan above 0."))
        )
    elif fee != fee.quantize(Decimal("0.01")):
        errors.append(FieldError("monthly_fee", _t("The monthly fee is given to the fen at most.")))
    if data.end_date < data.start_date:
        errors.append(FieldError("end_date", _t("The contract ends before it starts.")))
    if session.get(ContractorCompany, data.company_id) is None:
        errors.append(FieldError("company_id", _t("Choose the company.")))
    if errors:
        raise ValidationError(errors)
    assert fee is not None
    if contract_id is None:
        contract = ContractorContract(company_id=data.company_id)
        session.add(contract)
    else:
        found = session.get(ContractorContract, contract_id)
        if found is None:
            raise NotFound(_t("The contract is no longer on record."))
        require_seen(session, found, seen_version)
        contract = found
    contract.company_id = data.company_id
    contract.contract_no = number
    contract.service = service
    # Compared as stored: an unchanged fee is no change (and writes no audit row).
    if contract.monthly_fee is None or Decimal(contract.monthly_fee) != fee:
        contract.monthly_fee = fee
    contract.start_date = data.start_date
    contract.end_date = data.end_date
    contract.note = _clean(data.note) or None
    session.flush()
    return contract.id


# --- staff ------------------------------------------------------------------------------


def link_staff(
    session: Session, user: User, person_ids: Sequence[int], company_id: int | None
) -> int:
    """Record that the people work for ``company_id`` (None: for no company). Only people
    of category contractor may be linked. Returns how many links changed."""
    require_admin(session, user)
    if company_id is not None and session.get(ContractorCompany, company_id) is None:
        raise ValidationError([FieldError("company_id", _t("Choose the company."))])
    people = session.execute(
        select(Person.id, Person.name, Person.category).where(Person.id.in_(person_ids))
    ).all()
    wrong = [name for _id, name, category in people if category != Category.CONTRACTOR]
    if wrong or len(people) != len(set(person_ids)):
        raise ValidationError(
            [
                FieldError(
                    "people",
                    _t("Only people of category contractor work for a company: {names}.").format(
                        names=_t(", ").join(wrong) or "?"
                    ),
                )
            ]
        )
    changed = 0
    for person_id in sorted(set(person_ids)):
        link = session.get(ContractorStaff, person_id)
        if company_id is None:
            if link is not None:
                session.delete(link)
                changed += 1
        elif link is None:
            session.add(ContractorStaff(person_id=person_id, company_id=company_id))
            changed += 1
        elif link.company_id != company_id:
            link.company_id = company_id
            changed += 1
    session.flush()
    return changed
