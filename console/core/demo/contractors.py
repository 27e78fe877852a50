"""The demo bureau's service contractors: three companies with their yearly contracts,
the bureau's contractor staff linked to them, and a year of monthly assessments — one
company slipping below 80 three times, so that the elimination warning (考核淘汰) shows.

Its own random stream (from the seed), so that adding it changed no other demo figure.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from sqlalchemy.orm import Session

from console.core.contractors.settings import DEFAULT_CHECKLIST
from console.core.demo.context import Demo
from db.contractors import (
    ContractorAssessment,
    ContractorCompany,
    ContractorContract,
    ContractorStaff,
)
from glossary import Category, YearMonth

HALF = Decimal("0.5")

# (name, contact, phone, service, monthly fee, usual quality of its work)
COMPANIES = (
    (
        "临江市洁城环境服务有限公司",
        "周建国",
        "0571-8861 2301",
        "城区道路清扫保洁及垃圾清运",
        "386500.00",
        0.95,
    ),
    (
        "临江绿源园林养护有限公司",
        "沈丽萍",
        "0571-8862 7716",
        "城区绿地及行道树养护",
        "128000.00",
        0.91,
    ),
    (
        "临江安达市政服务有限公司",
        "韩志强",
        "0571-8865 0932",
        "背街小巷保洁及公厕管理",
        "96800.00",
        0.86,
    ),
)
# The months (counted back from the last assessed one) in which the third company's
# work fell short: three within twelve, the elimination warning.
SHORTFALLS = (1, 5, 9)


def _points(rng: Random, most: Decimal, quality: float) -> Decimal:
    """Points out of ``most`` for work of ``quality``, in half points as assessors give."""
    share = min(1.0, max(0.4, rng.gauss(quality, 0.03)))
    return (Decimal(str(share)) * most / HALF).quantize(Decimal(1), ROUND_HALF_UP) * HALF


def contractors(session: Session, d: Demo) -> None:
    rng = Random(d.seed * 31 + 15)
    opened = d.opened
    companies = []
    for name, contact, phone, _service, _fee, _quality in COMPANIES:
        company = ContractorCompany(name=name, contact=contact, phone=phone, created_at=opened)
        session.add(company)
        companies.append(company)
    session.flush()
    first_year, last_year = d.months[0].year, d.months[-1].year
    for (_n, _c, _p, service, fee, _q), company in zip(COMPANIES, companies, strict=True):
        for year in range(first_year, last_year + 1):
            session.add(
                ContractorContract(
                    company_id=company.id,
                    contract_no=f"LJZF-{year}-WB{company.id:02d}",
                    service=service,
                    monthly_fee=Decimal(fee),
                    start_date=date(year, 1, 1),
                    end_date=date(year, 12, 31),
                    created_at=datetime.combine(date(year, 1, 1), time(9, 0))
                    if year > first_year
                    else opened,
                )
            )
    staff = [m for m in d.members if m.category is Category.CONTRACTOR and m.end is None]
    for i, member in enumerate(staff):
        session.add(ContractorStaff(person_id=member.id, company_id=companies[i % 3].id))
    # A year of assessments: the twelve months before the running one.
    assessed = [m for m in d.months if m < YearMonth.of(d.today)][-12:]
    for back, month in enumerate(reversed(assessed), start=1):
        for (_n, _c, _p, _s, _f, quality), company in zip(COMPANIES, companies, strict=True):
            if company is companies[2] and back in SHORTFALLS:
                quality = 0.74
            items = [
                {
                    "code": item.code,
                    "name": item.name,
                    "max": str(item.max_points),
                    "points": format(_points(rng, item.max_points, quality).normalize(), "f"),
                }
                for item in DEFAULT_CHECKLIST
            ]
            day = min(month.next().first_day.replace(day=3), d.today)
            session.add(
                ContractorAssessment(
                    company_id=company.id,
                    month=month,
                    items=items,
                    assessor="督察一组",
                    created_at=datetime.combine(day, time(10, rng.randrange(60))),
                )
            )
    session.flush()
