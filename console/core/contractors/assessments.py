"""Entering a contractor's monthly assessment: the points given for each checklist item.

Supervisors (督察员) and the 督察队长 assess; everyone else reads. A new assessment takes
the checklist of the settings as it is; an assessment already made keeps the checklist it
was made with, so changing the checklist never rewrites a past month. Deductions from
findings are not entered here: they follow the findings (console.core.contractors.month).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import describe_change, require_seen
from console.core.contractors.month import stored_items
from console.core.contractors.settings import decimal_of, load_contractor_settings
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import current
from db.contractors import ContractorAssessment, ContractorCompany
from glossary import Role, YearMonth

_t = tr_context("contractors")


def can_assess(user: User) -> bool:
    return user.role in (Role.ADMIN, Role.SUPERVISOR)


def require_assessor(session: Session, user: User | None) -> User:
    user = current(session, user)
    if not can_assess(user):
        raise PermissionDenied(
            _t("Contractors are assessed by supervisors and the supervision chief.")
        )
    return user


@dataclass(frozen=True)
class AssessmentInput:
    company_id: int
    month: YearMonth
    points: Mapping[str, object]  # item code → points as typed
    assessor: str = ""
    note: str = ""


def save_assessment(
    session: Session,
    user: User,
    data: AssessmentInput,
    *,
    seen_version: int | None,
    today: date | None = None,
) -> int:
    """Record (or change) the company's assessment of the month; returns its id.

    ``seen_version`` is the row_version of the assessment the form showed, None when it
    showed none: an assessment made or changed since on another desktop is reported and
    nothing is written.
    """
    require_assessor(session, user)
    if session.get(ContractorCompany, data.company_id) is None:
        raise NotFound(_t("The company is no longer on record."))
    if data.month > YearMonth.of(today or date.today()):
        raise ValidationError(
            [FieldError("month", _t("{month} has not begun yet.").format(month=data.month))]
        )
    existing = session.scalars(
        select(ContractorAssessment).where(
            ContractorAssessment.company_id == data.company_id,
            ContractorAssessment.month == data.month,
        )
    ).first()
    if existing is None and seen_version is not None:
        raise describe_change(session, ContractorAssessment.__tablename__, None)
    if existing is not None:
        if seen_version is None:
            raise describe_change(session, existing.__tablename__, existing.id)
        require_seen(session, existing, seen_version)
        checklist = [(i.code, i.name, i.max_points) for i in stored_items(existing.items)]
    else:
        checklist = [
            (i.code, i.name, i.max_points) for i in load_contractor_settings(session).checklist
        ]
    items, errors = [], []
    for code, name, most in checklist:
        given = decimal_of(data.points.get(code))
        if given is None or not 0 <= given <= most:
            errors.append(
                FieldError(
                    f"item:{code}",
                    _t("{item}: give between 0 and {max} points.").format(item=name, max=most),
                )
            )
            continue
        items.append({"code": code, "name": name, "max": str(most), "points": str(given)})
    assessor, note = data.assessor.strip(), data.note.strip()
    if len(assessor) > 60:
        errors.append(FieldError("assessor", _t("At most {n} characters.").format(n=60)))
    if errors:
        raise ValidationError(errors)
    if existing is None:
        existing = ContractorAssessment(company_id=data.company_id, month=data.month)
        session.add(existing)
    # Only what differs is assigned: saving an unchanged form writes nothing.
    if _normal(existing.items) != _normal(items):
        existing.items = items
    if (existing.assessor or "") != assessor:
        existing.assessor = assessor or None
    if (existing.note or "") != note:
        existing.note = note or None
    session.flush()
    return existing.id


def _normal(items: object) -> list[tuple[str, Decimal | None]]:
    return [(i.code, i.points) for i in stored_items(items)]
