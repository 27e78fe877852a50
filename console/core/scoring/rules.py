"""The rule catalogue (考核细则): rule sets in force between dates, and their rules.

Everyone signed in may read the catalogue; only an administrator changes it. A rule is
never deleted — point events refer to it — so a rule that is no longer wanted is
deactivated. Editing a rule is safe for what has been recorded: a point event's points
were fixed at entry (quantity × the rule's points then), and nothing here touches them.

A bureau publishes next year's catalogue by adding a rule set that copies this year's
rules; the set in force until then is closed the day before the new one starts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin, require_user
from db.scoring import PointEvent, Rule, RuleSet
from glossary import RuleCategory

_t = tr_context("rules")

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")
MAX_POINTS = Decimal(1000)
MAX_BASE_SCORE = Decimal(1000)
MAX_TEXT = 500
MAX_UNIT = 20
MAX_NAME = 80
CENT = Decimal("0.01")
DEFAULT_UNIT = "次"

# The order sections are listed in, as published catalogues are laid out.
_CATEGORY_ORDER = {member: i for i, member in enumerate(RuleCategory)}


@dataclass(frozen=True)
class RuleSetRow:
    id: int
    name: str
    effective_from: date
    effective_to: date | None  # None: in force until a later set replaces it
    base_score: Decimal
    note: str | None
    rule_count: int
    row_version: int = 1  # as read: an edit states it, and is refused if it moved on

    def in_force_on(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


@dataclass(frozen=True)
class RuleRow:
    id: int
    rule_set_id: int
    code: str
    category: RuleCategory
    text: str
    points: Decimal  # per unit of count: positive = award, negative = deduction
    count_unit: str
    monthly_cap: Decimal | None  # absolute, per person per month
    needs_approval: bool
    serious: bool
    active: bool
    used: int  # point events recorded under the rule, in any status
    row_version: int = 1  # as read: an edit states it, and is refused if it moved on


@dataclass(frozen=True)
class RuleInput:
    """A rule as the dialog or an import row gives it.

    ``points`` and ``monthly_cap`` may be the text a user typed: they are checked and
    converted here, so that "abc" is reported beside its field like every other problem.
    """

    code: str
    category: RuleCategory | None
    text: str
    points: Decimal | str | None
    count_unit: str = DEFAULT_UNIT
    monthly_cap: Decimal | str | None = None
    needs_approval: bool = False
    serious: bool = False
    active: bool | None = None  # None: leave as it is (a new rule starts active)
    row: int | None = None  # the sheet row of an imported rule, for its messages


@dataclass(frozen=True)
class CleanRule:
    """A RuleInput that passed every check, in the types the database stores."""

    code: str
    category: RuleCategory
    text: str
    points: Decimal
    count_unit: str
    monthly_cap: Decimal | None
    needs_approval: bool
    serious: bool
    active: bool | None


# --- reading -------------------------------------------------------------------------


def _rule_set_rows(session: Session, where: Sequence[ColumnElement[bool]] = ()) -> list[RuleSetRow]:
    counts = (
        select(Rule.rule_set_id, func.count(Rule.id).label("n"))
        .group_by(Rule.rule_set_id)
        .subquery()
    )
    stmt = (
        select(
            RuleSet.id,
            RuleSet.name,
            RuleSet.effective_from,
            RuleSet.effective_to,
            RuleSet.base_score,
            RuleSet.note,
            func.coalesce(counts.c.n, 0),
            RuleSet.row_version,
        )
        .outerjoin(counts, counts.c.rule_set_id == RuleSet.id)
        .where(*where)
        .order_by(RuleSet.effective_from.desc(), RuleSet.id.desc())
    )
    return [
        RuleSetRow(r[0], r[1], r[2], r[3], Decimal(r[4]), r[5], int(r[6]), r[7])
        for r in session.execute(stmt).all()
    ]


def list_rule_sets(session: Session, user: User) -> list[RuleSetRow]:
    """Every rule set, the newest first."""
    require_user(user)
    return _rule_set_rows(session)


def get_rule_set(session: Session, user: User, rule_set_id: int) -> RuleSetRow:
    require_user(user)
    rows = _rule_set_rows(session, [RuleSet.id == rule_set_id])
    if not rows:
        raise NotFound(_t("No such rule set."))
    return rows[0]


def rule_set_in_force(session: Session, on: date) -> RuleSetRow | None:
    """The rule set in force on a day: the latest to have started, unless it has ended."""
    rows = _rule_set_rows(
        session,
        [
            RuleSet.effective_from <= on,
            RuleSet.effective_to.is_(None) | (RuleSet.effective_to >= on),
        ],
    )
    return rows[0] if rows else None


def _rule_rows(session: Session, where: Sequence[ColumnElement[bool]]) -> list[RuleRow]:
    used = (
        select(PointEvent.rule_id, func.count(PointEvent.id).label("n"))
        .group_by(PointEvent.rule_id)
        .subquery()
    )
    stmt = (
        select(
            Rule.id,
            Rule.rule_set_id,
            Rule.code,
            Rule.category,
            Rule.text,
            Rule.points,
            Rule.count_unit,
            Rule.monthly_cap,
            Rule.needs_approval,
            Rule.serious,
            Rule.active,
            func.coalesce(used.c.n, 0),
            Rule.row_version,
        )
        .outerjoin(used, used.c.rule_id == Rule.id)
        .where(*where)
    )
    rows = [
        RuleRow(
            id=r[0],
            rule_set_id=r[1],
            code=r[2],
            category=r[3],
            text=r[4],
            points=Decimal(r[5]),
            count_unit=r[6],
            monthly_cap=None if r[7] is None else Decimal(r[7]),
            needs_approval=bool(r[8]),
            serious=bool(r[9]),
            active=bool(r[10]),
            used=int(r[11]),
            row_version=r[12],
        )
        for r in session.execute(stmt).all()
    ]
    rows.sort(key=lambda r: (_CATEGORY_ORDER.get(r.category, 99), r.code, r.id))
    return rows


def list_rules(session: Session, user: User, rule_set_id: int) -> list[RuleRow]:
    """The rules of a set, section by section (category order), then by code."""
    require_user(user)
    if session.get(RuleSet, rule_set_id) is None:
        raise NotFound(_t("No such rule set."))
    return _rule_rows(session, [Rule.rule_set_id == rule_set_id])


def get_rule(session: Session, user: User, rule_id: int) -> RuleRow:
    require_user(user)
    rows = _rule_rows(session, [Rule.id == rule_id])
    if not rows:
        raise NotFound(_t("No such rule."))
    return rows[0]


# --- checking ------------------------------------------------------------------------


def normalise_code(text: str) -> str:
    """Codes are compared and stored in capitals: aj01 and AJ01 are one rule."""
    return unicodedata.normalize("NFKC", text).strip().upper()


# What Chinese input methods type for a number: full-width digits, point and signs, and
# the typographic minus. Nothing else is folded: NFKC would also make ² a 2, and Python's
# Decimal reads Arabic-Indic or Devanagari digits and 1_000 as numbers.
_NUMBER_WIDTH = str.maketrans("０１２３４５６７８９．－＋ｅＥ\u2212\u3000", "0123456789.-+eE- ")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")
# Fifteen digits before the point: more than any count, hours or points ever written, and
# still exact through a float (Excel's own limit).
NUMBER_DIGITS = 15


def parse_decimal(value: Decimal | str | float | int | None) -> Decimal | None:
    """A number as typed or read from a file; None for blank.

    Raises ValueError, whose message says why, for anything else: text that is not a
    plain number in ASCII or full-width digits (other scripts' digits, 1_000, 1,000),
    NaN and infinity, and numbers of more than fifteen digits before the point.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(_t("Not a number: {value}").format(value=value))
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))  # the shortest text of the float: 0.1, not 0.1000…
    else:
        text = value.translate(_NUMBER_WIDTH).strip()
        if not text:
            return None
        if not _NUMBER.fullmatch(text):
            raise ValueError(_t("Not a number: {value}").format(value=value[:40]))
        number = Decimal(text)
    if not number.is_finite():
        raise ValueError(_t("Not a number: {value}").format(value=value))
    if number and number.adjusted() >= NUMBER_DIGITS:
        raise ValueError(_t("The number is too large: {value}").format(value=str(value)[:40]))
    return number


def _has_more_than_two_places(value: Decimal) -> bool:
    return value != value.quantize(CENT)


def _check_points(value: Decimal | str | None) -> tuple[Decimal | None, str | None]:
    try:
        points = parse_decimal(value)
    except ValueError:
        return None, _t("Points must be a number, e.g. 2 or -0.5.")
    if points is None:
        return None, _t("Points are required (negative for a deduction).")
    if points == 0:
        return None, _t("Points must not be zero: positive for an award, negative for a deduction.")
    if abs(points) > MAX_POINTS:
        return None, _t("Points must be between -1000 and 1000.")
    if _has_more_than_two_places(points):
        return None, _t("Points may have at most two decimal places.")
    return points.quantize(CENT), None


def _check_cap(value: Decimal | str | None) -> tuple[Decimal | None, str | None]:
    try:
        cap = parse_decimal(value)
    except ValueError:
        return None, _t("The monthly cap must be a number, or left blank for no cap.")
    if cap is None:
        return None, None
    if cap <= 0:
        return None, _t("The monthly cap must be greater than zero (blank: no cap).")
    if cap > MAX_POINTS:
        return None, _t("The monthly cap must be at most 1000.")
    if _has_more_than_two_places(cap):
        return None, _t("The monthly cap may have at most two decimal places.")
    return cap.quantize(CENT), None


def check_rule(data: RuleInput) -> tuple[CleanRule | None, list[FieldError]]:
    """Every problem of one rule on its own (not yet against the other rules of the set).

    Field keys are those of RuleInput; ``row`` is passed through for imports.
    """
    errors: list[FieldError] = []

    def fail(field: str, message: str) -> None:
        errors.append(FieldError(field, message, data.row))

    code = normalise_code(data.code or "")
    if not code:
        fail("code", _t("Code is required."))
    elif not CODE.match(code):
        fail("code", _t("Use letters, digits and hyphens (at most 20)."))
    if data.category is None:
        fail("category", _t("Choose a category."))
    text = (data.text or "").strip()
    if not text:
        fail("text", _t("The rule text is required."))
    elif len(text) > MAX_TEXT:
        fail("text", _t("The rule text is too long (at most 500 characters)."))
    points, message = _check_points(data.points)
    if message:
        fail("points", message)
    unit = (data.count_unit or "").strip()
    if not unit:
        fail("count_unit", _t("The unit of count is required (e.g. 次, 件)."))
    elif len(unit) > MAX_UNIT:
        fail("count_unit", _t("The unit of count is too long (at most 20 characters)."))
    cap, message = _check_cap(data.monthly_cap)
    if message:
        fail("monthly_cap", message)
    if errors or data.category is None or points is None:
        return None, errors
    clean = CleanRule(
        code=code,
        category=data.category,
        text=text,
        points=points,
        count_unit=unit,
        monthly_cap=cap,
        needs_approval=bool(data.needs_approval),
        serious=bool(data.serious),
        active=data.active,
    )
    return clean, []


def _code_taken(session: Session, rule_set_id: int, code: str, rule_id: int | None) -> bool:
    clash = session.scalar(
        select(Rule.id).where(Rule.rule_set_id == rule_set_id, func.upper(Rule.code) == code)
    )
    return clash is not None and clash != rule_id


def _taken_message(code: str) -> str:
    return _t("This rule set already has a rule {code}.").format(code=code)


def validate_rule(
    session: Session, rule_set_id: int, data: RuleInput, rule_id: int | None = None
) -> tuple[CleanRule | None, list[FieldError]]:
    clean, errors = check_rule(data)
    code = normalise_code(data.code or "")
    if CODE.match(code) and _code_taken(session, rule_set_id, code, rule_id):
        errors.append(FieldError("code", _taken_message(code), data.row))
    return (None, errors) if errors else (clean, [])


# --- writing rules -------------------------------------------------------------------


def _flush_rule(session: Session, code: str) -> None:
    """Write the rule now: another desk may have added the same code since we checked.
    The refusal rolls the whole unit of work back (the Workspace does)."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise ValidationError([FieldError("code", _taken_message(code))]) from exc


def apply_rule(rule: Rule, clean: CleanRule) -> None:
    # A rule's points can change freely: recorded events keep the points fixed at entry.
    rule.code = clean.code
    rule.category = clean.category
    rule.text = clean.text
    rule.points = clean.points
    rule.count_unit = clean.count_unit
    rule.monthly_cap = clean.monthly_cap
    rule.needs_approval = clean.needs_approval
    rule.serious = clean.serious
    if clean.active is not None:
        rule.active = clean.active


def add_rule(session: Session, user: User, rule_set_id: int, data: RuleInput) -> RuleRow:
    user = require_admin(session, user)
    if session.get(RuleSet, rule_set_id) is None:
        raise NotFound(_t("No such rule set."))
    clean, errors = validate_rule(session, rule_set_id, data)
    if errors or clean is None:
        raise ValidationError(errors)
    rule = Rule(rule_set_id=rule_set_id, active=True)
    apply_rule(rule, clean)
    session.add(rule)
    _flush_rule(session, clean.code)
    return get_rule(session, user, rule.id)


def frozen_once_used(
    session: Session, rule: Rule, clean: CleanRule, row: int | None = None
) -> list[FieldError]:
    """A rule with entries keeps its cap, category and serious flag.

    Entries fix their points at entry, but the month's arithmetic reads these three from
    the rule: changing them would rewrite past months' totals, grades and bulletins. A
    changed rule of that kind is a new rule (or a new rule set from a date).
    """
    used = session.scalar(select(PointEvent.id).where(PointEvent.rule_id == rule.id).limit(1))
    if used is None:
        return []
    cap = None if rule.monthly_cap is None else Decimal(rule.monthly_cap)
    changed = (
        cap != clean.monthly_cap
        or rule.category != clean.category
        or bool(rule.serious) != clean.serious
    )
    if not changed:
        return []
    message = _t(
        "Rule {code} already has entries: its monthly cap, category and serious-violation "
        "flag cannot change, or past months would change with them. Deactivate it and add a "
        "new rule, or start a new rule set."
    ).format(code=rule.code)
    return [FieldError("monthly_cap", message, row)]


def update_rule(
    session: Session,
    user: User,
    rule_id: int,
    data: RuleInput,
    *,
    seen_version: int | None,
) -> RuleRow:
    """Change a rule. Entries already recorded under it keep their points.
    ``seen_version``: the rule's row_version the form showed (None: a command states none);
    a rule changed on another desktop since is refused."""
    user = require_admin(session, user)
    rule = session.get(Rule, rule_id)
    if rule is None:
        raise NotFound(_t("No such rule."))
    require_seen(session, rule, seen_version)
    clean, errors = validate_rule(session, rule.rule_set_id, data, rule_id)
    if clean is not None:
        errors += frozen_once_used(session, rule, clean)
    if errors or clean is None:
        raise ValidationError(errors)
    apply_rule(rule, clean)
    _flush_rule(session, clean.code)
    return get_rule(session, user, rule_id)


def set_rule_active(
    session: Session,
    user: User,
    rule_id: int,
    active: bool,
    *,
    seen_version: int | None = None,
) -> RuleRow:
    """Deactivate a rule (no new entries under it) or bring it back. Nothing is deleted."""
    user = require_admin(session, user)
    rule = session.get(Rule, rule_id)
    if rule is None:
        raise NotFound(_t("No such rule."))
    require_seen(session, rule, seen_version)
    if rule.active != active:
        rule.active = active
        session.flush()
    return get_rule(session, user, rule_id)


# --- writing rule sets ---------------------------------------------------------------


def _check_base_score(value: Decimal | str | None) -> tuple[Decimal | None, str | None]:
    try:
        score = parse_decimal(value)
    except ValueError:
        return None, _t("The base score must be a number, e.g. 100.")
    if score is None:
        return None, _t("The base score is required.")
    if not 0 < score <= MAX_BASE_SCORE:
        return None, _t("The base score must be greater than 0 and at most 1000.")
    if _has_more_than_two_places(score):
        return None, _t("The base score may have at most two decimal places.")
    return score.quantize(CENT), None


def _span(start: date, end: date | None) -> str:
    if end is None:
        return _t("from {start}").format(start=start.isoformat())
    return _t("{start} to {end}").format(start=start.isoformat(), end=end.isoformat())


def _overlaps(start: date, end: date | None, other_start: date, other_end: date | None) -> bool:
    return (other_end is None or start <= other_end) and (end is None or other_start <= end)


def _check_rule_set(
    session: Session,
    name: str,
    effective_from: date | None,
    effective_to: date | None,
    base_score: Decimal | str | None,
    rule_set_id: int | None,
    closing: RuleSet | None = None,
) -> tuple[Decimal | None, list[FieldError]]:
    """Problems of a rule set's fields and dates. ``closing`` is the open-ended set that
    will end the day before ``effective_from``: its new end counts for the overlap."""
    errors: list[FieldError] = []
    if not name:
        errors.append(FieldError("name", _t("The name is required.")))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("name", _t("The name is too long (at most 80 characters).")))
    score, message = _check_base_score(base_score)
    if message:
        errors.append(FieldError("base_score", message))
    if effective_from is None:
        errors.append(FieldError("effective_from", _t("The start date is required.")))
        return score, errors
    if effective_to is not None and effective_to < effective_from:
        errors.append(
            FieldError("effective_to", _t("The end date must not be before the start date."))
        )
        return score, errors
    for other in session.scalars(select(RuleSet).order_by(RuleSet.effective_from)):
        if other.id == rule_set_id:
            continue
        other_end = other.effective_to
        if closing is not None and other.id == closing.id:
            other_end = effective_from - timedelta(days=1)
        if _overlaps(effective_from, effective_to, other.effective_from, other_end):
            errors.append(
                FieldError(
                    "effective_from",
                    _t("The dates overlap the rule set {name} ({span}).").format(
                        name=other.name, span=_span(other.effective_from, other.effective_to)
                    ),
                )
            )
            break
    return score, errors


def add_rule_set(
    session: Session,
    user: User,
    name: str,
    effective_from: date,
    base_score: Decimal | str | None,
    copy_from: int | None = None,
    *,
    effective_to: date | None = None,
    note: str | None = None,
) -> RuleSetRow:
    """A new rule set in force from ``effective_from``, optionally with a copy of every rule
    of ``copy_from`` (how a bureau publishes next year's catalogue).

    The open-ended set that started earlier ends the day before: there is always one
    catalogue in force, never two.
    """
    user = require_admin(session, user)
    name = (name or "").strip()
    errors: list[FieldError] = []
    source = None
    if copy_from is not None:
        source = session.get(RuleSet, copy_from)
        if source is None:
            errors.append(FieldError("copy_from", _t("No such rule set to copy from.")))
    closing = None
    if effective_from is not None:
        closing = session.scalar(
            select(RuleSet)
            .where(RuleSet.effective_to.is_(None), RuleSet.effective_from < effective_from)
            .order_by(RuleSet.effective_from.desc())
            .limit(1)
        )
    score, more = _check_rule_set(
        session, name, effective_from, effective_to, base_score, None, closing
    )
    errors += more
    if errors or score is None:
        raise ValidationError(errors)
    if closing is not None:
        closing.effective_to = effective_from - timedelta(days=1)
    rule_set = RuleSet(
        name=name,
        effective_from=effective_from,
        effective_to=effective_to,
        base_score=score,
        note=(note or "").strip() or None,
    )
    session.add(rule_set)
    if source is not None:
        for old in session.scalars(select(Rule).where(Rule.rule_set_id == source.id)):
            session.add(
                Rule(
                    rule_set=rule_set,
                    code=old.code,
                    category=old.category,
                    text=old.text,
                    points=old.points,
                    count_unit=old.count_unit,
                    monthly_cap=old.monthly_cap,
                    needs_approval=old.needs_approval,
                    serious=old.serious,
                    active=old.active,
                )
            )
    session.flush()
    return get_rule_set(session, user, rule_set.id)


def update_rule_set(
    session: Session,
    user: User,
    rule_set_id: int,
    name: str,
    effective_from: date,
    effective_to: date | None,
    base_score: Decimal | str | None,
    note: str | None = None,
    *,
    seen_version: int | None = None,
) -> RuleSetRow:
    """Rename a rule set, move its dates or change its base score; no overlap allowed."""
    user = require_admin(session, user)
    rule_set = session.get(RuleSet, rule_set_id)
    if rule_set is None:
        raise NotFound(_t("No such rule set."))
    require_seen(session, rule_set, seen_version)
    name = (name or "").strip()
    score, errors = _check_rule_set(
        session, name, effective_from, effective_to, base_score, rule_set_id
    )
    if errors or score is None:
        raise ValidationError(errors)
    rule_set.name = name
    rule_set.effective_from = effective_from
    rule_set.effective_to = effective_to
    rule_set.base_score = score
    rule_set.note = (note or "").strip() or None
    session.flush()
    return get_rule_set(session, user, rule_set_id)
