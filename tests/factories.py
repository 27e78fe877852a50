"""Build a small bureau in one line: units, people and a user of every role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from console.core.auth import User, create_account
from db.org import Person, Unit
from glossary import Category, Gender, PersonStatus, Role, UnitKind

PASSWORD = "secret1"  # every account's (tests/cli.py signs the command line in with it)


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
    supervisor = create_account(session, admin, "sup", "督察员", PASSWORD, Role.SUPERVISOR)
    leader = create_account(
        session, admin, "lead", "中队长", PASSWORD, Role.SQUAD_LEADER, unit_id=east.id
    )
    viewer = create_account(session, admin, "view", "局领导", PASSWORD, Role.VIEWER)
    session.commit()  # the bureau is the test's starting point, not part of what it checks
    return Bureau(bureau, east, west, office, admin, supervisor, leader, viewer, people)
