"""Build a small bureau in one line: units, people and a user of every role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User, create_account
from console.core.duties import (
    RoleChange,
    appoint_first_administrator,
    set_account_role,
    set_duties_combined,
)
from db.accounts import UserAccount
from db.org import Person, Unit
from glossary import Category, Duty, Gender, PersonStatus, Role, UnitKind

# Every fixture account's password: it keeps to the password rules (tests/cli.py signs
# the command line in with it).
PASSWORD = "Jiang#Nan2026"


@dataclass
class Bureau:
    bureau: Unit
    east: Unit
    west: Unit
    office: Unit
    admin: User
    supervisor: User
    leader: User  # squad leader of ``east``
    viewer: User
    people: list[Person]
    # The separated administrators (三权分立), one duty each.
    sysadmin: User
    secadmin: User
    auditor: User


def make_bureau(session: Session) -> Bureau:
    bureau = Unit(name="测试市综合行政执法局", kind=UnitKind.BUREAU, sort_order=0)
    session.add(bureau)
    session.flush()
    east = Unit(name="城东中队", kind=UnitKind.SQUAD, parent_id=bureau.id, sort_order=1)
    west = Unit(name="城西中队", kind=UnitKind.SQUAD, parent_id=bureau.id, sort_order=2)
    office = Unit(name="办公室", kind=UnitKind.DEPARTMENT, parent_id=bureau.id, sort_order=3)
    session.add_all([east, west, office])
    session.flush()
    people = []
    for i, (name, unit, cat) in enumerate(
        [
            ("张伟", east, Category.OFFICER),
            ("王芳", east, Category.AUXILIARY),
            ("李娜", west, Category.OFFICER),
            ("刘洋", west, Category.ASSISTANT),
            ("陈静", office, Category.CONTRACTOR),
        ],
        start=1,
    ):
        p = Person(
            staff_no=f"T{i:04d}",
            name=name,
            unit_id=unit.id,
            category=cat,
            gender=Gender.MALE if i % 2 else Gender.FEMALE,
            birth_date=date(1985, 1, i),
            hire_date=date(2010, 3, i),
            status=PersonStatus.ACTIVE,
        )
        people.append(p)
    session.add_all(people)
    session.commit()
    admin = create_account(session, None, "admin", "管理员", PASSWORD, Role.ADMIN)
    # As a bureau does it: the 督察队长 appoints the first system administrator (holding
    # every duty), who adds the accounts and hands the other two duties on.
    sysadmin = appoint_first_administrator(session, admin, "sysadmin", "系统管理员", PASSWORD)
    supervisor = create_account(session, sysadmin, "sup", "督察员", PASSWORD, Role.SUPERVISOR)
    leader = create_account(
        session, sysadmin, "lead", "中队长", PASSWORD, Role.SQUAD_LEADER, unit_id=east.id
    )
    viewer = create_account(session, sysadmin, "view", "局领导", PASSWORD, Role.VIEWER)
    secadmin = create_account(session, sysadmin, "secadmin", "安全管理员", PASSWORD, Role.VIEWER)
    auditor = create_account(session, sysadmin, "auditor", "审计管理员", PASSWORD, Role.VIEWER)
    for account, duty in ((secadmin, Duty.SECURITY), (auditor, Duty.AUDIT)):
        assert account.id is not None
        set_account_role(
            session, sysadmin, account.id, RoleChange(Role.VIEWER, None, frozenset({duty}))
        )
    assert sysadmin.id is not None
    set_account_role(
        session, secadmin, sysadmin.id, RoleChange(Role.VIEWER, None, frozenset({Duty.SYSTEM}))
    )
    set_duties_combined(session, secadmin, False)
    # As if each holder had already chosen their own password at their first sign-in
    # (through the ORM, so that the audit log holds the accounts as they are).
    for account in session.scalars(select(UserAccount)):
        account.must_change_password = False
    session.flush()
    session.commit()  # the bureau is the test's starting point, not part of what it checks
    return Bureau(
        bureau,
        east,
        west,
        office,
        admin,
        supervisor,
        leader,
        viewer,
        people,
        _as(sysadmin, Duty.SYSTEM),
        _as(secadmin, Duty.SECURITY),
        _as(auditor, Duty.AUDIT),
    )


def _as(user: User, duty: Duty) -> User:
    """The account as it signs in now, holding its one duty."""
    return User(user.id, user.username, user.display_name, Role.VIEWER, None, frozenset({duty}))


def add_chief(session: Session, bureau: Bureau, username: str, display_name: str) -> User:
    """Another 督察队长, made as a bureau makes one: the system administrator adds the
    account, the security administrator gives it the role (and its holder has chosen their
    own password)."""
    made = create_account(session, bureau.sysadmin, username, display_name, PASSWORD, Role.VIEWER)
    set_account_role(session, bureau.secadmin, made.id, RoleChange(Role.ADMIN, None, frozenset()))
    account = session.get(UserAccount, made.id)
    assert account is not None
    account.must_change_password = False
    session.flush()
    return User(made.id, made.username, made.display_name, Role.ADMIN, None)
