"""Separation of duties (三权分立): each administrator's refusals, and the combined setting."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.accounts import set_account_active
from console.core.audit_log import AuditFilter, audit_page
from console.core.auth import attempt_sign_in, create_account
from console.core.bureau import save_bureau_language
from console.core.default_rules import install_default_rules
from console.core.duties import (
    RoleChange,
    appoint_first_administrator,
    duties_combined,
    needs_first_administrator,
    set_account_role,
    set_duties_combined,
)
from console.core.errors import PermissionDenied, ValidationError
from console.core.people import PersonInput, add_person
from console.core.scoring.entries import EntryInput, record_entries
from console.core.scoring.locking import finalise_month
from console.core.units import add_unit
from db.accounts import UserAccount
from db.audit import AuditLog
from glossary import Category, Duty, Role, UnitKind, YearMonth
from tests.factories import PASSWORD, Bureau, make_bureau

TODAY = date(2026, 11, 20)


@pytest.fixture
def b(session: Session) -> Bureau:
    return make_bureau(session)


def _account(session: Session, username: str) -> UserAccount:
    acc = session.scalar(select(UserAccount).where(UserAccount.username == username))
    assert acc is not None
    return acc


# --- the audit administrator ------------------------------------------------------------
@pytest.mark.parametrize("who", ["auditor", "sysadmin", "secadmin"])
def test_no_administrator_changes_points_people_or_months(
    session: Session, b: Bureau, who: str
) -> None:
    acting = getattr(b, who)
    rule = install_default_rules(session, date(2026, 1, 1)).rules[0]
    entry = EntryInput(rule.id, TODAY, Decimal("1"), person_ids=[b.people[0].id])
    with pytest.raises(PermissionDenied):
        record_entries(session, acting, entry, TODAY)
    with pytest.raises(PermissionDenied):
        add_person(session, acting, PersonInput("A1", "某某", b.east.id, Category.OFFICER), TODAY)
    with pytest.raises(PermissionDenied):
        finalise_month(session, acting, YearMonth(2026, 10), TODAY)
    # The 督察队长 keeps these powers.
    assert record_entries(session, b.admin, entry, TODAY)


def test_audit_administrator_cannot_manage_accounts_or_roles(session: Session, b: Bureau) -> None:
    with pytest.raises(PermissionDenied):
        create_account(session, b.auditor, "new1", "新人", PASSWORD, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        set_account_active(session, b.auditor, b.supervisor.id, False)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        set_account_role(
            session,
            b.auditor,
            b.viewer.id,
            RoleChange(Role.SUPERVISOR, None, frozenset()),  # type: ignore[arg-type]
        )


def test_the_audit_log_is_the_audit_administrators_alone(session: Session, b: Bureau) -> None:
    assert audit_page(session, b.auditor, AuditFilter()).entries
    for other in (b.admin, b.supervisor, b.leader, b.viewer, b.sysadmin, b.secadmin):
        with pytest.raises(PermissionDenied, match="audit"):
            audit_page(session, other, AuditFilter())


# --- the system administrator -----------------------------------------------------------
def test_system_administrator_adds_accounts_but_gives_no_roles(session: Session, b: Bureau) -> None:
    made = create_account(session, b.sysadmin, "newbie", "新人", PASSWORD, Role.VIEWER)
    assert made.role == Role.VIEWER
    with pytest.raises(PermissionDenied, match="security administrator"):
        create_account(session, b.sysadmin, "boss2", "新队长", PASSWORD, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        set_account_role(
            session,
            b.sysadmin,
            made.id,
            RoleChange(Role.SUPERVISOR, None, frozenset()),  # type: ignore[arg-type]
        )
    assert _account(session, "newbie").role == Role.VIEWER


def test_system_administrator_changes_no_points_and_reads_no_log(
    session: Session, b: Bureau
) -> None:
    with pytest.raises(PermissionDenied):
        add_person(
            session, b.sysadmin, PersonInput("S1", "某某", b.east.id, Category.OFFICER), TODAY
        )
    with pytest.raises(PermissionDenied):
        audit_page(session, b.sysadmin, AuditFilter())
    # Units and the bureau's settings are theirs.
    add_unit(session, b.sysadmin, "城南中队", UnitKind.SQUAD, b.bureau.id)
    save_bureau_language(session, b.sysadmin, "en")
    with pytest.raises(PermissionDenied):
        save_bureau_language(session, b.admin, "zh_CN")


def test_administrator_account_acts_as_a_viewer_whatever_its_stored_role(
    session: Session, b: Bureau
) -> None:
    # Even a role set to 督察队长 behind the application's back gives an administrator
    # account no business power: holding a duty makes it a reader.
    _account(session, "sysadmin").role = Role.ADMIN
    session.flush()
    signed_in = attempt_sign_in(session, "sysadmin", PASSWORD).user
    assert signed_in is not None
    assert signed_in.role == Role.VIEWER and signed_in.duties == {Duty.SYSTEM}
    with pytest.raises(PermissionDenied):
        add_person(
            session, b.sysadmin, PersonInput("S2", "某某", b.east.id, Category.OFFICER), TODAY
        )


# --- the security administrator ---------------------------------------------------------
def test_security_administrator_gives_roles_but_creates_no_accounts(
    session: Session, b: Bureau
) -> None:
    with pytest.raises(PermissionDenied, match="system administrator"):
        create_account(session, b.secadmin, "newbie", "新人", PASSWORD, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        set_account_active(session, b.secadmin, b.viewer.id, False)  # type: ignore[arg-type]
    set_account_role(
        session,
        b.secadmin,
        b.viewer.id,
        RoleChange(Role.SUPERVISOR, None, frozenset()),  # type: ignore[arg-type]
    )
    assert _account(session, "view").role == Role.SUPERVISOR
    with pytest.raises(PermissionDenied):
        add_person(
            session, b.secadmin, PersonInput("X1", "某某", b.east.id, Category.OFFICER), TODAY
        )


def test_nobody_changes_their_own_role_or_duties(session: Session, b: Bureau) -> None:
    with pytest.raises(ValidationError, match="own role"):
        set_account_role(
            session,
            b.secadmin,
            b.secadmin.id,  # type: ignore[arg-type]
            RoleChange(Role.VIEWER, None, frozenset({Duty.SECURITY, Duty.AUDIT})),
        )


def test_an_administrator_account_holds_no_business_role(session: Session, b: Bureau) -> None:
    with pytest.raises(ValidationError, match="viewer role"):
        set_account_role(
            session,
            b.secadmin,
            b.supervisor.id,  # type: ignore[arg-type]
            RoleChange(Role.SUPERVISOR, None, frozenset({Duty.AUDIT})),
        )


def test_a_duty_keeps_its_last_holder(session: Session, b: Bureau) -> None:
    with pytest.raises(ValidationError, match="last"):
        set_account_role(
            session,
            b.secadmin,
            b.auditor.id,
            RoleChange(Role.VIEWER, None, frozenset()),  # type: ignore[arg-type]
        )
    with pytest.raises(ValidationError, match="last active holder"):
        set_account_active(session, b.sysadmin, b.auditor.id, False)  # type: ignore[arg-type]
    assert _account(session, "auditor").duties == "audit"


# --- combining two duties ---------------------------------------------------------------
def test_two_duties_need_the_combined_setting(session: Session, b: Bureau) -> None:
    two = RoleChange(Role.VIEWER, None, frozenset({Duty.SYSTEM, Duty.AUDIT}))
    assert not duties_combined(session)
    with pytest.raises(ValidationError, match="only one administrator duty"):
        set_account_role(session, b.secadmin, b.sysadmin.id, two)  # type: ignore[arg-type]
    assert _account(session, "sysadmin").duties == "system"

    set_duties_combined(session, b.sysadmin, True)
    set_account_role(session, b.secadmin, b.sysadmin.id, two)  # type: ignore[arg-type]
    assert _account(session, "sysadmin").duties == "audit,system"
    # Turning it off again is refused while someone holds two.
    with pytest.raises(ValidationError, match="sysadmin"):
        set_duties_combined(session, b.secadmin, False)
    assert duties_combined(session)


def test_the_combined_setting_is_changed_by_system_or_security_only(
    session: Session, b: Bureau
) -> None:
    for other in (b.admin, b.auditor, b.supervisor, b.viewer):
        with pytest.raises(PermissionDenied):
            set_duties_combined(session, other, True)
    assert not duties_combined(session)


def test_changing_the_combined_setting_is_in_the_audit_chain(session: Session, b: Bureau) -> None:
    session.info["actor"] = b.secadmin.actor
    set_duties_combined(session, b.secadmin, True)
    row = session.scalars(
        select(AuditLog).where(AuditLog.table_name == "setting").order_by(AuditLog.id.desc())
    ).first()
    assert row is not None and row.username == "secadmin"
    assert json.loads(row.after or "{}")["value"] == {"combined": True}
    # The audit administrator sees it in the viewer, under the setting's label.
    page = audit_page(session, b.auditor, AuditFilter(table="setting", username="secadmin"))
    assert page.entries[0].changes[-1].after == '{"combined": true}'


# --- the first administrator --------------------------------------------------------------
def test_first_administrator_is_appointed_once_by_the_chief(session: Session) -> None:
    chief = create_account(session, None, "chief", "队长", PASSWORD, Role.ADMIN)
    assert needs_first_administrator(session)
    with pytest.raises(PermissionDenied):  # accounts are not the 督察队长's job
        create_account(session, chief, "sup", "督察员", PASSWORD, Role.SUPERVISOR)
    admin = appoint_first_administrator(session, chief, "it", "信息员", PASSWORD)
    assert admin.duties == {Duty.SYSTEM, Duty.SECURITY} and duties_combined(session)
    with pytest.raises(ValidationError, match="has a system administrator"):
        appoint_first_administrator(session, chief, "it2", "信息员二", PASSWORD)
    # Holding every duty for now, the administrator adds the squad's accounts.
    made = create_account(session, admin, "sup", "督察员", PASSWORD, Role.SUPERVISOR)
    assert made.role == Role.SUPERVISOR


def test_nobody_holds_all_three_duties_even_when_combining_is_allowed(
    session: Session, b: Bureau
) -> None:
    set_duties_combined(session, b.secadmin, True)
    assert b.auditor.id is not None and b.sysadmin.id is not None
    two = RoleChange(Role.VIEWER, None, frozenset({Duty.AUDIT, Duty.SYSTEM}))
    set_account_role(session, b.secadmin, b.auditor.id, two)  # two, as the setting allows
    three = RoleChange(Role.VIEWER, None, frozenset(Duty))
    with pytest.raises(ValidationError, match="Nobody holds all three"):
        set_account_role(session, b.secadmin, b.sysadmin.id, three)
