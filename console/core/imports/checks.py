"""Set-based look-ups shared by the point imports: everything an import checks row by row
is loaded once (people, rules, locks, scope), so that thousands of rows cost a handful of
queries rather than a handful per row."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.people import normalise_staff_no
from console.core.permissions import visible_unit_ids
from console.core.policy import was_on_strength
from console.core.scoring.locking import refuse_if_locked
from console.core.scoring.rules import normalise_code
from db.org import Person, Unit
from db.scoring import Rule, RuleSet
from glossary import PersonStatus, YearMonth

_t = tr_context("imports")

CENT = Decimal("0.01")


@dataclass(frozen=True)
class PersonInfo:
    id: int
    staff_no: str
    unit_id: int
    status: PersonStatus
    hire_date: date | None
    left_date: date | None

    def strength_problem(self, first: date, last: date, span: str) -> str | None:
        """Why the person was not on strength at any time from ``first`` to ``last``.

        Whether they were is the shared rule (``policy.was_on_strength``), so that an
        import, a manual entry and the ranking agree on who counts; this only says why not.
        """
        if was_on_strength(self.hire_date, self.status, self.left_date, first, last):
            return None
        if self.hire_date is not None and self.hire_date > last:
            return _t("{no} was hired on {date}, after {span}.").format(
                no=self.staff_no, date=self.hire_date, span=span
            )
        if self.left_date is None:
            # Not active, leaving date unknown: counted as gone (docs/policy.md).
            return _t("{no} is no longer on strength (leaving date not recorded).").format(
                no=self.staff_no
            )
        return _t("{no} left on {date}, before {span}.").format(
            no=self.staff_no, date=self.left_date.isoformat(), span=span
        )


# The key of the transaction-scoped lock that imports take on PostgreSQL ("IMPT").
IMPORT_LOCK = 0x494D5054


def one_import_at_a_time(session: Session) -> None:
    """Wait for any other desktop's import to finish before checking this one.

    An import decides from what is already there: a month's earlier case figures to
    replace, a file's fingerprint already imported, the marks to replace. Two imports of
    the same figures at once would each see nothing yet and both write: the month doubled.
    On SQLite the writing transaction already holds the database's write lock (BEGIN
    IMMEDIATE); on PostgreSQL a transaction-scoped advisory lock queues the imports.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})


def load_people(session: Session) -> dict[str, PersonInfo]:
    """Everyone by staff number (capitals: lj0001 and LJ0001 are one person)."""
    rows = session.execute(
        select(
            Person.id,
            Person.staff_no,
            Person.unit_id,
            Person.status,
            Person.hire_date,
            Person.left_date,
        )
    ).all()
    return {normalise_staff_no(r.staff_no): PersonInfo(*r) for r in rows}


def staff_key(text: str) -> str:
    return normalise_staff_no(text)


def find_person(
    staff_no: str | None,
    people: Mapping[str, PersonInfo],
    scope: Scope,
    error: Callable[[str, str], FieldError],
) -> tuple[list[FieldError], PersonInfo | None]:
    """The person a row names by staff number, with what is wrong: none given, no such
    person, or not in the user's units (then the person is still returned, so that the
    row's other checks run and every problem is listed at once)."""
    if not staff_no:
        return [error("staff_no", _t("Give the staff number."))], None
    person = people.get(staff_key(staff_no))
    if person is None:
        message = _t("No person has staff number {no}.").format(no=staff_no)
        return [error("staff_no", message)], None
    if not scope.allows(person.unit_id):
        message = _t("{no} is not in your units: a squad leader imports for their own.")
        return [error("staff_no", message.format(no=person.staff_no))], person
    return [], person


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    active: bool


def load_units(session: Session) -> dict[str, UnitInfo]:
    """Units by full and by short name (a file may use either)."""
    found: dict[str, UnitInfo] = {}
    rows = session.execute(select(Unit.id, Unit.name, Unit.short_name, Unit.active)).all()
    for r in rows:
        info = UnitInfo(r.id, r.name, r.active)
        if r.short_name:
            found.setdefault(r.short_name.strip(), info)
    for r in rows:  # a full name wins over another unit's short name
        found[r.name.strip()] = UnitInfo(r.id, r.name, r.active)
    return found


def find_unit(
    name: str | None, units: Mapping[str, UnitInfo], error: Callable[[str, str], FieldError]
) -> tuple[list[FieldError], UnitInfo | None]:
    """The unit a row names (by full or short name), if it names one."""
    if not name:
        return [], None
    unit = units.get(name.strip())
    if unit is None:
        return [error("unit", _t("No unit is named {name}.").format(name=name))], None
    return [], unit


class Scope:
    """The units the acting user may record for (a squad leader: their own subtree)."""

    def __init__(self, session: Session, user: User) -> None:
        self.units = visible_unit_ids(session, user)

    def allows(self, unit_id: int) -> bool:
        return self.units is None or unit_id in self.units


def lock_problems(session: Session, months: Iterable[YearMonth]) -> dict[YearMonth, str]:
    """The finalised months among these, with the message that says so.

    Each month goes through ``refuse_if_locked``, the month guard of the scoring engine:
    the import writes into these months in this same transaction, so whatever that guard
    holds against a concurrent finalising holds for the import too.
    """
    found = {}
    for month in sorted(set(months)):
        try:
            refuse_if_locked(session, month.first_day)
        except ValidationError as exc:
            found[month] = exc.errors[0].message
    return found


@dataclass(frozen=True)
class RuleInfo:
    id: int
    code: str
    points: Decimal
    needs_approval: bool
    active: bool
    effective_from: date
    effective_to: date | None

    def in_force(self, on: date) -> bool:
        return (
            self.active
            and self.effective_from <= on
            and (self.effective_to is None or self.effective_to >= on)
        )


class RuleIndex:
    """Every rule of every rule set with the given codes, to pick the one in force."""

    def __init__(self, session: Session, codes: Iterable[str]) -> None:
        wanted = {normalise_code(c) for c in codes if c}
        self.by_code: dict[str, list[RuleInfo]] = {}
        if not wanted:
            return
        rows = session.execute(
            select(
                Rule.id,
                Rule.code,
                Rule.points,
                Rule.needs_approval,
                Rule.active,
                RuleSet.effective_from,
                RuleSet.effective_to,
            ).join(RuleSet, RuleSet.id == Rule.rule_set_id)
        ).all()
        for r in rows:
            code = normalise_code(r.code)
            if code in wanted:
                self.by_code.setdefault(code, []).append(
                    RuleInfo(
                        r.id,
                        code,
                        Decimal(r.points),
                        r.needs_approval,
                        r.active,
                        r.effective_from,
                        r.effective_to,
                    )
                )

    def known(self, code: str) -> bool:
        return normalise_code(code) in self.by_code

    def in_force(self, code: str, on: date) -> RuleInfo | None:
        """The active rule with this code in the rule set in force on that day."""
        candidates = self.by_code.get(normalise_code(code), [])
        # Rule sets do not overlap; should they, the one that started last is in force.
        matching = [r for r in candidates if r.in_force(on)]
        return max(matching, key=lambda r: r.effective_from, default=None)


def points_for(quantity: Decimal, rule: RuleInfo) -> Decimal:
    """Fixed at entry, as for a manual entry: quantity × the rule's points now."""
    return (quantity * rule.points).quantize(CENT)
