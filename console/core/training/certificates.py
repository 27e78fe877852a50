"""Certificates (证书): 执法证, 辅助执法证, 法律职业资格, drone pilot licences and others —
number, issue and expiry dates; what expires within 90 days and what has expired; and the
coverage ratios reports quote per unit (the share of legal reviewers holding the legal
professional qualification, of officers holding a valid enforcement certificate).

Only the certificates of people on strength count in the lists and ratios. A legal
reviewer (法制审核员) is a person whose position says so; they hold the qualification when
the roster's flag is set or a 法律职业资格 certificate is on record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, Exists, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import N_, tr_context
from console.core.people import PersonRow, list_people
from console.core.permissions import (
    current,
    require_unit_access,
    require_user,
    require_write,
    visible_unit_ids,
)
from console.core.policy import on_strength_on
from db.org import Person, Unit
from db.training import Certificate
from glossary import Category, CertificateKind

_t = tr_context("training")

EXPIRY_WINDOW_DAYS = 90
LEGAL_REVIEWER = "法制审核"  # positions 法制审核员, 法制审核专员 …


class Validity(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"  # within the window
    EXPIRED = "expired"
    PERMANENT = "permanent"  # no expiry date (法律职业资格)


_VALIDITY = {
    Validity.VALID: N_("Valid"),
    Validity.EXPIRING: N_("Expires soon"),
    Validity.EXPIRED: N_("Expired"),
    Validity.PERMANENT: N_("No expiry"),
}


def validity_label(v: Validity) -> str:
    return _t(_VALIDITY[v])


def validity(expires: date | None, today: date, window: int = EXPIRY_WINDOW_DAYS) -> Validity:
    """Expired the day after its expiry date; expiring from ``window`` days before it."""
    if expires is None:
        return Validity.PERMANENT
    if expires < today:
        return Validity.EXPIRED
    if expires <= today + timedelta(days=window):
        return Validity.EXPIRING
    return Validity.VALID


@dataclass(frozen=True)
class CertificateRow:
    id: int
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    kind: CertificateKind
    number: str
    issued: date | None
    expires: date | None
    note: str
    validity: Validity
    days_left: int | None  # negative once expired


@dataclass
class CertificateInput:
    person_id: int | None
    kind: CertificateKind | None
    number: str
    issued: date | None = None
    expires: date | None = None
    note: str = ""


def list_certificates(
    session: Session,
    user: User,
    today: date,
    *,
    kind: CertificateKind | None = None,
    only: Validity | None = None,
    window: int = EXPIRY_WINDOW_DAYS,
) -> list[CertificateRow]:
    """Certificates of people on strength, soonest expiry first (a squad leader: their own).

    ``only`` filters: EXPIRING (today … today + window), EXPIRED (before today).
    """
    require_user(user)
    q = (
        select(
            Certificate.id,
            Person.id,
            Person.staff_no,
            Person.name,
            Unit.id,
            Unit.name,
            Certificate.kind,
            Certificate.number,
            Certificate.issued,
            Certificate.expires,
            Certificate.note,
        )
        .join(Person, Person.id == Certificate.person_id)
        .join(Unit, Unit.id == Person.unit_id)
        .where(on_strength_on(today))
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    if kind is not None:
        q = q.where(Certificate.kind == kind)
    if only is Validity.EXPIRING:
        q = q.where(Certificate.expires >= today, Certificate.expires <= today + timedelta(window))
    elif only is Validity.EXPIRED:
        q = q.where(Certificate.expires < today)
    # Certificates without expiry last; then by unit and staff number.
    q = q.order_by(
        Certificate.expires.is_(None), Certificate.expires, Unit.sort_order, Person.staff_no
    )
    rows = []
    for r in session.execute(q):
        expires = r[9]
        rows.append(
            CertificateRow(
                *r[:10],
                r[10] or "",
                validity(expires, today, window),
                None if expires is None else (expires - today).days,
            )
        )
    return rows


def expiry_counts(session: Session, user: User, today: date) -> tuple[int, int]:
    """(expiring within the window, expired) among people on strength."""
    require_user(user)
    soon = today + timedelta(days=EXPIRY_WINDOW_DAYS)
    q = (
        select(
            func.coalesce(
                func.sum(
                    case(
                        (and_(Certificate.expires >= today, Certificate.expires <= soon), 1),
                        else_=0,
                    )
                ),
                0,
            ),
            func.coalesce(func.sum(case((Certificate.expires < today, 1), else_=0)), 0),
        )
        .join(Person, Person.id == Certificate.person_id)
        .where(on_strength_on(today))
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    expiring, expired = session.execute(q).one()
    return int(expiring), int(expired)


def save_certificate(
    session: Session,
    user: User,
    data: CertificateInput,
    certificate_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> int:
    """Add a certificate, or edit one as the user saw it (``seen_version``, its
    row_version); recorded by supervisors, and by squad leaders for their own people."""
    user = require_write(session, user)
    row = None
    if certificate_id is not None:
        row = session.get(Certificate, certificate_id)
        if row is None:
            raise NotFound(_t("No such certificate."))
        require_seen(session, row, seen_version)
    errors = []
    person = session.get(Person, data.person_id) if data.person_id is not None else None
    if person is None:
        errors.append(FieldError("person", _t("Choose the person.")))
    else:
        require_unit_access(session, user, person.unit_id)
    if data.kind is None:
        errors.append(FieldError("kind", _t("Choose the kind of certificate.")))
    number = (data.number or "").strip()
    if not number:
        errors.append(FieldError("number", _t("Give the certificate number.")))
    elif len(number) > 60:
        errors.append(FieldError("number", _t("At most {n} characters.").format(n=60)))
    if data.issued and data.expires and data.expires <= data.issued:
        errors.append(FieldError("expires", _t("It expires after it was issued.")))
    if errors:
        raise ValidationError(errors)
    assert data.kind is not None and data.person_id is not None
    if row is None:
        row = Certificate(person_id=data.person_id, kind=data.kind, number=number)
        session.add(row)
    row.person_id, row.kind, row.number = data.person_id, data.kind, number
    row.issued, row.expires = data.issued, data.expires
    row.note = (data.note or "").strip() or None
    session.flush()
    return row.id


def get_certificate(session: Session, user: User, certificate_id: int) -> CertificateInput:
    return _certificate(session, user, certificate_id)[0]


def _certificate(session: Session, user: User, certificate_id: int) -> tuple[CertificateInput, int]:
    user = current(session, user)
    row = session.get(Certificate, certificate_id)
    if row is None:
        raise NotFound(_t("No such certificate."))
    person = session.get_one(Person, row.person_id)
    require_unit_access(session, user, person.unit_id)
    data = CertificateInput(
        row.person_id, row.kind, row.number, row.issued, row.expires, row.note or ""
    )
    return data, row.row_version


@dataclass(frozen=True)
class CertificateForm:
    """What the certificate dialog shows: the people it may be for, and the certificate
    being edited (None: a new one) with its row_version as loaded."""

    people: tuple[PersonRow, ...]
    current: CertificateInput | None
    row_version: int | None


def certificate_form(
    session: Session, user: User, certificate_id: int | None = None
) -> CertificateForm:
    people = tuple(list_people(session, user, include_inactive=False))
    if certificate_id is None:
        return CertificateForm(people, None, None)
    data, version = _certificate(session, user, certificate_id)
    return CertificateForm(people, data, version)


# --- coverage -------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    unit_id: int
    unit_name: str
    reviewers: int  # legal reviewers (法制审核员)
    reviewers_qualified: int  # of them, holding 法律职业资格
    officers: int
    officers_certified: int  # holding a valid (unexpired) enforcement certificate
    auxiliaries: int
    auxiliaries_certified: int  # holding a valid auxiliary enforcement certificate


def _holds(kind: CertificateKind, today: date) -> Exists:
    return exists().where(
        Certificate.person_id == Person.id,
        Certificate.kind == kind,
        Certificate.expires.is_(None) | (Certificate.expires >= today),
    )


def coverage_by_unit(session: Session, user: User, today: date) -> list[Coverage]:
    """Per unit (units with anyone concerned), in unit order; one grouped query."""
    require_user(user)
    reviewer = Person.position.contains(LEGAL_REVIEWER)
    qualified = or_(
        Person.legal_qualification.is_(True), _holds(CertificateKind.LEGAL_QUALIFICATION, today)
    )
    officer = Person.category == Category.OFFICER
    auxiliary = Person.category == Category.AUXILIARY

    def count(cond: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    q = (
        select(
            Unit.id,
            Unit.name,
            count(reviewer),
            count(and_(reviewer, qualified)),
            count(officer),
            count(and_(officer, _holds(CertificateKind.ENFORCEMENT, today))),
            count(auxiliary),
            count(and_(auxiliary, _holds(CertificateKind.AUXILIARY_ENFORCEMENT, today))),
        )
        .join(Person, Person.unit_id == Unit.id)
        .where(on_strength_on(today))
        .group_by(Unit.id, Unit.name, Unit.sort_order)
        .order_by(Unit.sort_order, Unit.id)
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        q = q.where(Unit.id.in_(scope))
    return [Coverage(r[0], r[1], *(int(v) for v in r[2:])) for r in session.execute(q)]
