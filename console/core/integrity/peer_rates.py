"""Early warnings on rates against peers (同类比较): a person is flagged for how often
something happens *per unit of work*, compared with the people of their own unit, so
that a busy handler is not flagged for volume alone.

Two rules, one computation:

- complaints per 100 cases handled (``complaint_rate``): complaints received against
  the person (any outcome but void: a warning is a prompt to look, and the founded ones
  have a rule of their own), per 100 cases the enforcement platform's case statistics
  credit them with (the case import's entries, approved or awaiting approval);
- findings per inspection (``finding_rate``): findings against the person (not void),
  per inspection they were inspected in — listed among the people inspected, or named
  in one of its findings.

Over the window (the ``months`` months ending with the check's month, up to the check
day), for each active person of a unit with at least ``min_volume`` cases (inspections)
— the *peers* — the rate is counted; the unit's median is the median of the peers'
rates (themselves included). A peer is flagged when they have at least ``count``
complaints (findings) and a rate of at least ``multiple`` × the reference, the reference
being the median, or ``floor`` when the median is lower (in a unit where most people
have none, a median of 0 would flag anyone with a few complaints however many cases
they handle). The multiple is the rule's threshold: one value per level (2× warning,
3× critical by default).

Rates are compared exactly (fractions), so that exactly twice the median flags.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from sqlalchemy import and_, func, select, union
from sqlalchemy.orm import Session

from console.core.i18n import N_, tr_context
from console.core.integrity.warning_rules import Hit, ParamSpec, Summary, register_rule
from db.integrity import Complaint, Finding, Inspection, inspection_person
from db.org import Person
from db.scoring import PointEvent
from glossary import (
    ComplaintKind,
    ComplaintOutcome,
    EventSource,
    EventStatus,
    FindingStatus,
    PersonStatus,
    YearMonth,
)

_t = tr_context("warnings")

COMPLAINT_RATE = "complaint_rate"
FINDING_RATE = "finding_rate"

# The case import's entries that count as cases handled: approved, or awaiting approval
# (the platform's figures are the record; approval only concerns the points).
CASE_STATUSES = (EventStatus.APPROVED, EventStatus.PENDING)


def window(as_of: date, months: int) -> tuple[date, date]:
    """The ``months`` months ending with the month of ``as_of``, up to ``as_of``."""
    return YearMonth.of(as_of).shift(-(max(1, int(months)) - 1)).first_day, as_of


@dataclass(frozen=True)
class PeerRate:
    """One person's rate and the unit's median it was compared with."""

    person_id: int
    unit_id: int
    events: tuple[int, ...]  # ids of the complaints (findings) counted
    volume: int  # cases handled (inspections)
    rate: Fraction  # events per ``per`` of volume
    median: Fraction
    reference: Fraction  # the median, or the floor when the median is lower
    peers: int  # people of the unit whose rates made the median


def peer_rates(
    session: Session,
    events: Mapping[int, list[int]],
    volume: Mapping[int, int],
    *,
    min_volume: int,
    per: int,
    floor: Fraction,
) -> list[PeerRate]:
    """Every peer's rate against their unit's median: the active people with at least
    ``min_volume`` of volume, grouped by their unit."""
    units = dict(
        session.execute(
            select(Person.id, Person.unit_id).where(Person.status == PersonStatus.ACTIVE)
        ).all()
    )
    by_unit: dict[int, dict[int, Fraction]] = {}
    for person_id, n in volume.items():
        if n >= min_volume and n > 0 and person_id in units:
            rate = Fraction(len(events.get(person_id, ())) * per, n)
            by_unit.setdefault(units[person_id], {})[person_id] = rate
    found = []
    for unit_id, rates in sorted(by_unit.items()):
        median = Fraction(statistics.median(rates.values()))
        reference = max(median, floor)
        for person_id, rate in sorted(rates.items()):
            found.append(
                PeerRate(
                    person_id,
                    unit_id,
                    tuple(sorted(events.get(person_id, ()))),
                    volume[person_id],
                    rate,
                    median,
                    reference,
                    len(rates),
                )
            )
    return found


def flagged(rates: list[PeerRate], count: int, multiple: Fraction) -> list[PeerRate]:
    """The peers with at least ``count`` events and a rate of ``multiple`` × the reference
    or more (never a rate of 0)."""
    return [
        r
        for r in rates
        if len(r.events) >= count and r.rate > 0 and r.rate >= multiple * r.reference
    ]


def _fraction(value: Any) -> Fraction:
    return Fraction(str(value))


def _figure(value: Fraction) -> str:
    """A rate as a supervisor writes it: two decimals, no trailing zeros."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text or "0"


def cases_handled(session: Session, start: date, end: date) -> dict[int, int]:
    """Person → cases the case statistics credit them with between the two days."""
    rows = session.execute(
        select(PointEvent.person_id, func.sum(PointEvent.quantity))
        .where(
            PointEvent.source == EventSource.CASE_IMPORT,
            PointEvent.status.in_(CASE_STATUSES),
            PointEvent.person_id.is_not(None),
            PointEvent.event_date >= start,
            PointEvent.event_date <= end,
        )
        .group_by(PointEvent.person_id)
    ).all()
    return {pid: int(n or 0) for pid, n in rows if pid is not None}


def _ids_by_person(rows: Any) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for person_id, row_id in rows:
        if person_id is not None:
            found.setdefault(person_id, []).append(row_id)
    return found


def complaints_received(session: Session, start: date, end: date) -> dict[int, list[int]]:
    """Person → the complaints received against them between the two days (not void)."""
    return _ids_by_person(
        session.execute(
            select(Complaint.person_id, Complaint.id)
            .where(
                Complaint.kind == ComplaintKind.COMPLAINT,
                Complaint.outcome != ComplaintOutcome.VOID,
                Complaint.person_id.is_not(None),
                Complaint.received_date >= start,
                Complaint.received_date <= end,
            )
            .order_by(Complaint.person_id, Complaint.id)
        ).all()
    )


def findings_against(session: Session, start: date, end: date) -> dict[int, list[int]]:
    """Person → the findings against them found between the two days (not void)."""
    return _ids_by_person(
        session.execute(
            select(Finding.person_id, Finding.id)
            .where(
                Finding.status != FindingStatus.VOID,
                Finding.person_id.is_not(None),
                Finding.found_date >= start,
                Finding.found_date <= end,
            )
            .order_by(Finding.person_id, Finding.id)
        ).all()
    )


def inspections_of(session: Session, start: date, end: date) -> dict[int, int]:
    """Person → the inspections held between the two days that they were inspected in:
    listed among the people inspected, or named in one of its findings (not void)."""
    held = and_(Inspection.inspection_date >= start, Inspection.inspection_date <= end)
    listed = (
        select(
            inspection_person.c.person_id.label("person_id"),
            inspection_person.c.inspection_id.label("inspection_id"),
        )
        .join(Inspection, Inspection.id == inspection_person.c.inspection_id)
        .where(held)
    )
    named = (
        select(Finding.person_id.label("person_id"), Finding.inspection_id.label("inspection_id"))
        .join(Inspection, Inspection.id == Finding.inspection_id)
        .where(held, Finding.person_id.is_not(None), Finding.status != FindingStatus.VOID)
    )
    both = union(listed, named).subquery()  # a union: each inspection once per person
    rows = session.execute(select(both.c.person_id, func.count()).group_by(both.c.person_id)).all()
    return {pid: int(n) for pid, n in rows if pid is not None}


def _summary(r: PeerRate, text: str, floored: str, **args: Any) -> Summary:
    values = {
        "rate": _figure(r.rate),
        "n": len(r.events),
        "volume": r.volume,
        "median": _figure(r.median),
        "reference": _figure(r.reference),
        "multiple": _figure(r.rate / r.reference) if r.reference else "—",
        "peers": r.peers,
        **args,
    }
    return Summary(floored if r.reference > r.median else text, values, "warnings")


def complaint_rate(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    start, end = window(as_of, int(params["months"]))
    least = int(params["min_cases"])
    rates = peer_rates(
        session,
        complaints_received(session, start, end),
        cases_handled(session, start, end),
        min_volume=least,
        per=100,
        floor=_fraction(params["floor"]),
    )
    return [
        Hit(
            r.person_id,
            {"complaint": list(r.events)},
            _summary(
                r,
                N_(
                    "{rate} complaints per 100 cases ({n} complaints, {volume} cases, {start} "
                    "to {end}); the median of the {peers} people of the unit with at least "
                    "{least} cases is {median}: {multiple}× the median"
                ),
                N_(
                    "{rate} complaints per 100 cases ({n} complaints, {volume} cases, {start} "
                    "to {end}); the median of the {peers} people of the unit with at least "
                    "{least} cases is {median}, counted as the floor of {reference}: "
                    "{multiple}× that"
                ),
                start=start.isoformat(),
                end=end.isoformat(),
                least=least,
            ),
        )
        for r in flagged(rates, int(params["count"]), _fraction(params["multiple"]))
    ]


def finding_rate(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    start, end = window(as_of, int(params["months"]))
    least = int(params["min_inspections"])
    rates = peer_rates(
        session,
        findings_against(session, start, end),
        inspections_of(session, start, end),
        min_volume=least,
        per=1,
        floor=_fraction(params["floor"]),
    )
    return [
        Hit(
            r.person_id,
            {"finding": list(r.events)},
            _summary(
                r,
                N_(
                    "{rate} findings per inspection ({n} findings, {volume} inspections, "
                    "{start} to {end}); the median of the {peers} people of the unit "
                    "inspected at least {least} times is {median}: {multiple}× the median"
                ),
                N_(
                    "{rate} findings per inspection ({n} findings, {volume} inspections, "
                    "{start} to {end}); the median of the {peers} people of the unit "
                    "inspected at least {least} times is {median}, counted as the floor of "
                    "{reference}: {multiple}× that"
                ),
                start=start.isoformat(),
                end=end.isoformat(),
                least=least,
            ),
        )
        for r in flagged(rates, int(params["count"]), _fraction(params["multiple"]))
    ]


register_rule(
    COMPLAINT_RATE,
    N_("Complaints per 100 cases"),
    complaint_rate,
    params=(
        ParamSpec("multiple", N_("Times the unit's median"), 2, 1, 20, decimals=1, critical=3),
        ParamSpec("count", N_("And at least (complaints)"), 3, 1, 100),
        ParamSpec("min_cases", N_("Peers: at least (cases)"), 10, 1, 100_000),
        ParamSpec("floor", N_("Floor of the median (per 100 cases)"), 0.5, 0, 100, decimals=2),
        ParamSpec("months", N_("Over (months)"), 12, 1, 60),
    ),
    description=N_(
        "Complaints received per 100 cases handled, against the median of the people of "
        "the same unit who handled at least the given number of cases."
    ),
    order=80,
)
register_rule(
    FINDING_RATE,
    N_("Findings per inspection"),
    finding_rate,
    params=(
        ParamSpec("multiple", N_("Times the unit's median"), 2, 1, 20, decimals=1, critical=3),
        ParamSpec("count", N_("And at least (findings)"), 3, 1, 100),
        ParamSpec("min_inspections", N_("Peers: inspected at least (times)"), 3, 1, 1000),
        ParamSpec("floor", N_("Floor of the median (per inspection)"), 0.2, 0, 100, decimals=2),
        ParamSpec("months", N_("Over (months)"), 12, 1, 60),
    ),
    description=N_(
        "Findings per inspection a person was inspected in, against the median of the "
        "people of the same unit inspected at least the given number of times."
    ),
    order=90,
)
