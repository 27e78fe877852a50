"""Rules that several areas share, written once. docs/policy.md states each decision.

- **On strength** (在岗): hired by the day (or the span's last day), and either still
  active, or gone on or after the day (the span's first day). Someone no longer active
  whose leaving date is unknown counts as gone: nothing proves they were there, and
  deactivating always records the date, so only old or imported records lack it.
- **Needs approval**: an entry waits for a supervisor's approval when its rule says so,
  or when a squad leader recorded it (they answer for their own people).
- **Open finding** (未办结问题): not yet verified, and not void. A void finding was
  recorded in error; it is neither open nor rectified.
- **The month's average**: the mean total of the people in the month's ranking (those on
  strength at some time in the month, in the user's scope), as the Performance page and
  the bulletin show it. The Overview reads the same number.

Each comes both as a SQL condition, for queries that count thousands of rows, and as a
plain predicate, for a record already in hand. Both say the same thing; the tests check
that they agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, or_

from db.integrity import Finding
from db.org import Person
from glossary import FindingStatus, PersonStatus, Role

# --- On strength ---------------------------------------------------------------------


def on_strength_during(first: date, last: date) -> ColumnElement[bool]:
    """SQL: the person was on strength at some time from ``first`` to ``last``."""
    return and_(
        or_(Person.hire_date.is_(None), Person.hire_date <= last),
        or_(
            Person.status == PersonStatus.ACTIVE,
            and_(Person.left_date.is_not(None), Person.left_date >= first),
        ),
    )


def on_strength_on(day: date) -> ColumnElement[bool]:
    """SQL: the person was on strength on ``day``."""
    return on_strength_during(day, day)


def was_on_strength(
    hire_date: date | None,
    status: PersonStatus,
    left_date: date | None,
    first: date,
    last: date | None = None,
) -> bool:
    """The same rule for one person in hand (``last`` defaults to ``first``)."""
    last = first if last is None else last
    hired = hire_date is None or hire_date <= last
    present = status == PersonStatus.ACTIVE or (left_date is not None and left_date >= first)
    return hired and present


# --- Needs approval ------------------------------------------------------------------


def needs_approval(rule_needs_approval: bool, recorder_role: Role) -> bool:
    """Does an entry under this rule, recorded by this role, wait for approval?"""
    return rule_needs_approval or recorder_role == Role.SQUAD_LEADER


# --- Open findings -------------------------------------------------------------------

CLOSED_FINDING = (FindingStatus.VERIFIED, FindingStatus.VOID)
OWED_FINDING = (FindingStatus.OPEN, FindingStatus.ASSIGNED, FindingStatus.SENT_BACK)
"""Open findings whose rectification is still owed (may be overdue); a rectified one
waits for the supervisor's verification instead."""


def finding_open() -> ColumnElement[bool]:
    """SQL: the finding is open (neither verified nor void)."""
    return Finding.status.not_in(CLOSED_FINDING)


def is_finding_open(status: FindingStatus) -> bool:
    return status not in CLOSED_FINDING


def finding_overdue(on: date) -> ColumnElement[bool]:
    """SQL: the rectification is still owed and its deadline passed before ``on``."""
    return and_(Finding.status.in_(OWED_FINDING), Finding.deadline < on)


# --- The month's average -------------------------------------------------------------


def month_average(totals: Sequence[Decimal]) -> Decimal | None:
    """The mean of the ranked people's totals, to the cent; None when nobody is ranked."""
    if not totals:
        return None
    return (sum(totals, Decimal(0)) / len(totals)).quantize(Decimal("0.01"))
