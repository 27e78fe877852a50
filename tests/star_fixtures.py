"""A year of graded months for the star-level tests (unit, CLI and GUI).

The scoring bureau (tests.scoring_fixtures) with its catalogue in force from 2025, graded
by thresholds so that a month's grade follows from one entry: no entry is 100 points,
excellent (excellent from 100); TS01 (−5) is 95, a pass; JL07 (serious) is a fail.
王芳 (T0002, auxiliary) and 刘洋 (T0004, assistant) are the staff the review concerns.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.scoring.locking import write_snapshot
from console.core.scoring.settings import THRESHOLD, ScoringSettings, save_settings
from db.integrity import Complaint
from db.org import Person
from db.scoring import RuleSet
from glossary import ComplaintKind, ComplaintOutcome, YearMonth
from tests.factories import Bureau
from tests.scoring_fixtures import enter, scoring_bureau

YEAR = 2025
AFTER = date(2026, 1, 20)  # the review's day: the year is over
WANG, LIU = 1, 3  # b.people indexes of 王芳 (auxiliary) and 刘洋 (assistant)


def star_bureau(session: Session, hired: dict[int, date] | None = None) -> Bureau:
    b = scoring_bureau(session)
    for rs in session.scalars(select(RuleSet)):
        rs.effective_from = date(YEAR, 1, 1)
    # Starting levels from service on 1 January 2025: 王芳 2★ (3 years), 刘洋 1★ (1 year).
    for who, day in (hired or {WANG: date(2021, 6, 1), LIU: date(2023, 9, 1)}).items():
        b.people[who].hire_date = day
    session.flush()
    save_settings(
        session,
        b.admin,
        ScoringSettings(
            grade_mode=THRESHOLD,
            excellent_from=Decimal(100),
            good_from=Decimal(100),
            basic_below=Decimal(95),
            fail_below=Decimal(90),
        ),
    )
    session.commit()
    return b


def plain_months(session: Session, b: Bureau, who: int, months: range | list[int]) -> None:
    """Make these months of 2025 a pass (not excellent) for ``b.people[who]``."""
    for m in months:
        enter(session, b, who, "TS01", on=date(YEAR, m, 10))


def fail_month(session: Session, b: Bureau, who: int, month: int) -> None:
    enter(session, b, who, "JL07", on=date(YEAR, month, 12))


def founded_complaint(session: Session, b: Bureau, who: int, closed: date) -> None:
    person: Person = b.people[who]
    session.add(
        Complaint(
            received_date=closed,
            kind=ComplaintKind.COMPLAINT,
            person_id=person.id,
            unit_id=person.unit_id,
            substance="占道经营处置态度生硬",
            outcome=ComplaintOutcome.VERIFIED,
            closed_date=closed,
        )
    )
    session.flush()


def finalise_year(session: Session, b: Bureau, year: int = YEAR) -> None:
    for m in range(1, 13):
        write_snapshot(session, YearMonth(year, m), 1, b.admin.id)
    session.commit()
