"""What the Integrity page reads when it opens or the month changes, in one read: the
month's key figures and what its dialogs choose from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.integrity.findings import IntegrityKpis, integrity_kpis
from console.core.integrity.inspections import InspectionRow, list_inspections
from console.core.people import PersonRow, list_people
from console.core.units import UnitRow, list_units
from glossary import YearMonth


@dataclass(frozen=True)
class IntegrityPageData:
    kpis: IntegrityKpis
    people: list[PersonRow]  # active, in the user's scope
    units: list[UnitRow]
    inspections: list[InspectionRow]  # held since ``since``, newest first


def integrity_page_data(
    session: Session, user: User, month: YearMonth, today: date, since: date
) -> IntegrityPageData:
    return IntegrityPageData(
        kpis=integrity_kpis(session, user, month, today),
        people=list_people(session, user, include_inactive=False),
        units=list_units(session, user),
        inspections=list_inspections(session, user, since),
    )
