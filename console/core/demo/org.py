"""The demo bureau's organisation: units, people, internal transfers, accounts and rules.

These go through the ORM so that each row lands in the audit log like any other record.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from console.core.auth import hash_password
from console.core.default_rules import install_default_rules
from console.core.demo import data
from console.core.demo.context import Demo, Member, add_years
from console.core.demo_mark import mark_demo_bureau
from console.core.passwords import DEMO_PASSWORD, require_good_password
from db.accounts import UserAccount
from db.org import Person, PersonTransfer, Unit
from db.scoring import RuleSet
from glossary import Category, Duty, Gender, PersonStatus, Role, UnitKind, format_duties

DEMO_USERNAME = "admin"
MIN_PEOPLE = 3 * len(data.UNITS)


def create_units(session: Session, d: Demo) -> None:
    for i, spec in enumerate(data.UNITS, start=1):
        session.add(
            Unit(
                id=i,
                parent_id=d.unit_of(spec.parent) if spec.parent else None,
                name=spec.name,
                short_name=spec.short_name,
                kind=spec.kind,
                sort_order=i * 10,
                active=True,
                created_at=d.opened,
            )
        )
        d.units[spec.key] = (i, spec)
    session.flush()


def _head_counts(total: int) -> list[int]:
    """People per unit: the spec weights scaled to ``total`` (largest remainder, min 3)."""
    weights = [s.weight for s in data.UNITS]
    exact = [w * total / sum(weights) for w in weights]
    counts = [max(3, int(x)) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: int(exact[i]) - exact[i])
    i = 0
    while sum(counts) < total:
        counts[by_remainder[i % len(counts)]] += 1
        i += 1
    while sum(counts) > total:
        counts[counts.index(max(counts))] -= 1
    return counts


_SURNAMES = [s for s, _ in data.SURNAMES]
_SURNAME_WEIGHTS = [w for _, w in data.SURNAMES]


def _name(d: Demo, gender: Gender, taken: set[str]) -> str:
    pool = (data.MALE_CHARS if gender is Gender.MALE else data.FEMALE_CHARS) + data.NEUTRAL_CHARS
    name = ""
    for _ in range(50):
        surname = d.rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]
        given = d.rng.sample(pool, 2 if d.chance(0.7) else 1)
        if d.chance(0.06):
            given[-1] = d.pick(data.RARE_CHARS)
        name = surname + "".join(given)
        if name not in taken:
            break
    # Real rosters have namesakes too; after 50 tries one more is harmless.
    taken.add(name)
    return name


def _position(d: Demo, spec: data.UnitSpec, category: Category) -> str:
    if category is Category.OFFICER:
        return spec.staff
    if category is Category.AUXILIARY:
        return data.AUXILIARY_POSITION
    if category is Category.ASSISTANT:
        return d.pick(data.ASSISTANT_POSITIONS)
    return d.pick(data.CONTRACTOR_POSITIONS)


def _draft(
    d: Demo, unit_id: int, spec: data.UnitSpec, k: int, heads: int, taken: set[str]
) -> Member:
    head = k < heads
    category = Category.OFFICER if head else d.weighted(data.CATEGORY_MIX[spec.kind])
    gender = Gender.MALE if d.chance(data.MALE_SHARE[category]) else Gender.FEMALE
    youngest = 1988 if head else data.YOUNGEST.get(category, 2000)
    born = date(d.rng.randint(1965, youngest), d.rng.randint(1, 12), d.rng.randint(1, 28))
    hired = add_years(born, d.rng.randint(22, 30)) + timedelta(days=d.rng.randint(0, 200))
    position = spec.heads[k] if head else _position(d, spec, category)
    street = category in (Category.OFFICER, Category.AUXILIARY)
    return Member(
        name=_name(d, gender, taken),
        unit_id=unit_id,
        category=category,
        position=position,
        gender=gender,
        born=born,
        hire=min(hired, d.start - timedelta(days=d.rng.randint(30, 400))),
        field=spec.kind in (UnitKind.SQUAD, UnitKind.TOWN_TEAM),
        head=head,
        drive=d.rng.lognormvariate(0, 0.45),
        slack=d.weighted(data.SLACK),
        # About one in eight officers and auxiliaries skips training and falls behind pace.
        diligence=0.5 if street and d.chance(0.13) else d.rng.uniform(0.9, 0.98),
        legal_qualification=category is Category.OFFICER
        and d.chance(0.7 if position == "法制审核员" else 0.12),
    )


def _churn(d: Demo, m: Member, street_units: list[int]) -> None:
    """New hires, leavers and internal moves within the demo period (never a unit's head)."""
    period = (d.today - d.start).days
    r = d.rng.random()
    if r < 0.04 and period > 60:
        m.born = date(d.rng.randint(1995, 2002), d.rng.randint(1, 12), d.rng.randint(1, 28))
        m.hire = d.start + timedelta(days=d.rng.randint(0, period - 30))
    elif r < 0.08 and period > 60:
        m.status = PersonStatus.LEFT if r < 0.07 else PersonStatus.TRANSFERRED
        m.end = d.start + timedelta(days=d.rng.randint(30, period))
    if m.field and len(street_units) > 1 and d.chance(0.05):
        first = max(m.hire, d.start) + timedelta(days=30)
        last = (m.end or d.today) - timedelta(days=30)
        if first < last:
            others = [u for u in street_units if u != m.unit_id]
            m.moved = (d.between(first, last), d.pick(others))


def create_people(session: Session, d: Demo, people: int) -> None:
    taken: set[str] = set()
    drafts: list[Member] = []
    for (unit_id, spec), count in zip(d.units.values(), _head_counts(people), strict=True):
        heads = min(len(spec.heads), max(1, count // data.HEADS_PER[spec.kind]))
        drafts.extend(_draft(d, unit_id, spec, k, heads, taken) for k in range(count))
    street_units = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for m in drafts:
        if not m.head:
            _churn(d, m, street_units)
    # Staff numbers follow seniority: the roll as it stood, then newcomers by hire date.
    drafts.sort(key=lambda m: (m.hire >= d.start, m.hire if m.hire >= d.start else d.start))
    for i, m in enumerate(drafts, start=1):
        m.id = i
        session.add(_person_row(d, m))
        if m.moved is not None:
            session.add(
                PersonTransfer(
                    person_id=m.id,
                    from_unit_id=m.moved[1],
                    to_unit_id=m.unit_id,
                    transfer_date=m.moved[0],
                    reason=d.pick(("工作需要调整", "轮岗交流", "充实一线执法力量")),
                    created_at=d.stamp(m.moved[0]),
                )
            )
    d.members = drafts
    session.flush()


def _person_row(d: Demo, m: Member) -> Person:
    return Person(
        id=m.id,
        staff_no=f"{data.STAFF_PREFIX}{m.id:04d}",
        name=m.name,
        unit_id=m.unit_id,
        category=m.category,
        position=m.position,
        gender=m.gender,
        birth_date=m.born,
        hire_date=m.hire,
        status=m.status,
        legal_qualification=m.legal_qualification,
        phone=f"1{d.pick('3589')}{d.rng.randrange(10**9):09d}",
        left_date=m.end,
        note=None,
        created_at=d.stamp(m.hire) if m.hire >= d.start else d.opened,
    )


def by_position(d: Demo, unit_key: str, position: str | None = None) -> Member:
    """The first member of a unit in a position (or the first non-head officer)."""
    unit_id = d.unit_of(unit_key)
    crew = [m for m in d.members if m.unit_id == unit_id and m.end is None]
    for m in crew:
        if (
            (m.position == position)
            if position
            else (not m.head and m.category is Category.OFFICER)
        ):
            return m
    return crew[-1]


def head_of(d: Demo, unit_key: str) -> Member:
    unit_id = d.unit_of(unit_key)
    return next(m for m in d.members if m.unit_id == unit_id and m.head)


def create_accounts(session: Session, d: Demo) -> None:
    # One argon2 computation per account: a handful, never one per person.
    accounts = (
        (DEMO_USERNAME, Role.ADMIN, by_position(d, "ducha", "督察队队长"), None),
        ("duchayuan", Role.SUPERVISOR, by_position(d, "ducha"), None),
        ("zhongduizhang", Role.SQUAD_LEADER, by_position(d, "east", "中队长"), "east"),
        ("lingdao", Role.VIEWER, by_position(d, "bureau", "局长"), None),
        # The three separated administrators (三权分立), one duty each: the command
        # centre's IT officer runs the system, the office keeps security, and the
        # discipline inspection leader reads the audit log.
        ("xitong", Role.VIEWER, by_position(d, "command"), None),
        ("anquan", Role.VIEWER, by_position(d, "office"), None),
        ("shenji", Role.VIEWER, by_position(d, "bureau", "纪检组长"), None),
    )
    # The demo's password is published (the user guide, the sign-in dialog), so it keeps
    # to every rule but that one; the database is marked as the demo, the only place
    # where it opens the console, and its passwords never expire.
    mark_demo_bureau(session, d.opened)
    duties = {"xitong": Duty.SYSTEM, "anquan": Duty.SECURITY, "shenji": Duty.AUDIT}
    for i, (username, role, person, unit_key) in enumerate(accounts, start=1):
        require_good_password(DEMO_PASSWORD, username, published_ok=True)
        duty = duties.get(username)
        session.add(
            UserAccount(
                id=i,
                username=username,
                display_name=person.name,
                password_hash=hash_password(DEMO_PASSWORD),
                role=role,
                duties=format_duties({duty} if duty else set()),
                unit_id=d.unit_of(unit_key) if unit_key else None,
                person_id=person.id,
                active=True,
                created_at=d.opened,
            )
        )
    d.admin_id, d.supervisor_id = 1, 2
    session.flush()


def install_rules(session: Session, d: Demo) -> None:
    rule_set: RuleSet = install_default_rules(session, d.start, created_at=d.opened)
    d.rules = {r.code: (r.id, r.points, r.needs_approval) for r in rule_set.rules}
