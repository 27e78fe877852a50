"""The roster (人员花名册) from HR's spreadsheet: a new bureau's people in one go, and then
each month's sync with HR.

Each row is a person, found by staff number. A new staff number is added; a changed unit
is a transfer dated by the file's effective date (kept in the transfer history, as a
manual transfer is); any other changed field is an edit of that field only. People on
strength whom the file does not list — or lists as 离职 / 调出 — are "not in the file":
listed, and marked as gone on the effective date only when the administrator asks for it.
Units the file names but the bureau lacks are created under the bureau, as the path says,
only when the administrator asks for that too; otherwise each row names the missing unit.

The check (dry run) tells the whole plan without writing. Every row is checked with the
person dialog's own field rules (``people.person_field_errors``) against people, units
and transfer history loaded once, so that 3,000 rows cost a handful of queries.

The 状态 column of the roster export is read so that the export imports back unchanged:
a row marked 离职 or 调出 is someone who has gone (nothing is added or edited for them),
any other status, or none, is someone on strength.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.conflicts import _local as local_time  # audit times in the user's clock
from console.core.errors import FieldError
from console.core.i18n import N_, lookup, tr_context
from console.core.imports.cases import STAFF_NO_ALIASES
from console.core.imports.checks import staff_key
from console.core.imports.driver import Cells, HeadedRow, ImportSpec, Job
from console.core.imports.table import (
    Cell,
    CellError,
    Column,
    ColumnKind,
    FileFormat,
    cell_date,
    cell_text,
)
from console.core.labels import every_label, label
from console.core.people import (
    PersonInput,
    clean_text,
    departure_date_errors,
    new_person,
    person_field_errors,
    record_departure,
    record_transfer,
    transfer_date_errors,
)
from console.core.permissions import require_admin
from console.core.units import add_unit
from db.audit import AuditLog
from db.org import Person, PersonTransfer, Unit
from glossary import Category, Gender, PersonStatus, UnitKind

_t = tr_context("imports")

E = TypeVar("E", bound=Enum)

ROSTER_FORMAT = FileFormat(
    kind="roster",
    title=N_("Roster"),
    sheet="人员花名册",
    columns=(
        Column(
            "staff_no",
            "工号",
            "staff_no",
            aliases=STAFF_NO_ALIASES,
            description=N_("The person's staff number: letters, digits and hyphens."),
            example="ZF0001",
        ),
        Column(
            "name",
            "姓名",
            "name",
            description=N_("The person's name (at most 40 characters)."),
            example="张伟",
        ),
        Column(
            "unit",
            "单位",
            "unit",
            aliases=("所在单位", "部门", "所在部门"),
            description=N_(
                "The unit: a path from the bureau such as 局机关/法制科, or the name or short "
                "name of a unit when no other unit has it. A unit the bureau lacks is created "
                "under the bureau, as the path says, only when you allow it."
            ),
            example="城东中队",
        ),
        Column(
            "category",
            "人员类别",
            "category",
            aliases=("类别", "人员性质"),
            description=N_("在编执法, 辅助执法, 协管 or 外包 (or officer, auxiliary, …)."),
            example="在编执法",
        ),
        Column(
            "position",
            "职务",
            "position",
            required=False,
            aliases=("岗位", "职位"),
            description=N_("The position (at most 40 characters)."),
            example="中队长",
        ),
        Column(
            "gender",
            "性别",
            "gender",
            required=False,
            aliases=("sex",),
            description=N_("男 or 女."),
            example="男",
        ),
        Column(
            "birth_date",
            "出生日期",
            "birth date",
            ColumnKind.DATE,
            required=False,
            aliases=("出生年月日", "date of birth"),
            description=N_("2026-10-05 or a date cell; age 16 to 75."),
            example="1988-04-12",
        ),
        Column(
            "hire_date",
            "入职日期",
            "hire date",
            ColumnKind.DATE,
            required=False,
            aliases=("入职时间", "参加工作时间"),
            description=N_("2026-10-05 or a date cell; not in the future."),
            example="2012-07-01",
        ),
        Column(
            "phone",
            "联系电话",
            "phone",
            required=False,
            aliases=("电话", "手机", "手机号码", "联系方式", "mobile"),
            description=N_("Digits, +, - and spaces."),
            example="13800000000",
        ),
        Column(
            "legal_qualification",
            "法律职业资格",
            "legal qualification",
            required=False,
            aliases=("法律资格",),
            description=N_("是 or 否 (blank is 否)."),
            example="否",
        ),
        Column(
            "status",
            "状态",
            "status",
            required=False,
            aliases=("人员状态", "在岗状态"),
            description=N_(
                "Optional, as in the roster export: 离职 or 调出 marks someone who has gone; "
                "anything else, or blank, is someone on strength."
            ),
            example="在岗",
        ),
    ),
    notes=(
        N_("One row per person; the staff number finds the person."),
        N_(
            "A new staff number is added; a changed unit is a transfer dated by the effective "
            "date; any other changed cell is an edit. A column the file does not have is left "
            "as it is."
        ),
        N_(
            "People on strength whom the file does not list are reported as not in the file, "
            "and marked as left on the effective date only if you ask for it."
        ),
        N_(
            "A file with any invalid row is rejected whole, every problem listed by row and "
            "column; nothing is saved. Only an administrator imports the roster."
        ),
    ),
)

# The fields an edit may change, in the order a plan lists them.
EDITED = (
    "name",
    "category",
    "position",
    "gender",
    "birth_date",
    "hire_date",
    "phone",
    "legal_qualification",
)
GONE = (PersonStatus.LEFT, PersonStatus.TRANSFERRED)
YES = frozenset({"是", "有", "具备", "y", "yes", "true", "1", "√", "✓"})
NO = frozenset({"否", "无", "不具备", "n", "no", "false", "0", "×"})


@dataclass(frozen=True)
class RosterOptions:
    """What the administrator chose: the date transfers and departures take effect
    (default: today), whether missing units may be created, and whether people not in the
    file are marked as left."""

    effective: date | None = None
    create_units: bool = False
    deactivate_missing: bool = False
    # The plan the administrator checked and saw (the check's summary). An import that
    # would now do anything else (the roster or the file changed since) is refused with
    # the plan as it stands (RosterChanged): nobody applies a plan they did not see.
    seen: RosterSummary | None = None


@dataclass(frozen=True)
class MissingUnit(FieldError):
    """A row naming a unit the bureau lacks, which "create missing units" would add: the
    dialog offers that as a tick box, the command line as a flag, each saying so itself."""


# --- the plan, as the check shows it and the import did it -------------------------------


@dataclass(frozen=True)
class FieldChange:
    column: str  # the header as the file writes it
    before: str
    after: str


@dataclass(frozen=True)
class PersonChanges:
    staff_no: str
    name: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class PlannedPerson:
    staff_no: str
    name: str
    unit: str  # the unit's path below the bureau


@dataclass(frozen=True)
class PlannedTransfer:
    staff_no: str
    name: str
    from_unit: str
    to_unit: str


@dataclass(frozen=True)
class NotInFile:
    staff_no: str
    name: str
    unit: str
    status: PersonStatus  # what they become if marked as gone
    row: int | None  # the row marking them 离职 / 调出, or None: not listed at all


@dataclass(frozen=True)
class RosterSummary:
    kind: str
    rows_read: int
    effective: date
    new: tuple[PlannedPerson, ...]
    changed: tuple[PersonChanges, ...]
    transfers: tuple[PlannedTransfer, ...]
    not_in_file: tuple[NotInFile, ...]
    units_to_create: tuple[str, ...]
    unchanged: int
    ignored: int  # rows of people marked as gone who are not in the database: not added
    deactivate_missing: bool  # the people not in the file are (to be) marked as gone
    written: bool
    audit_head: int = 0  # the newest audit row when the plan was made

    def same_plan(self, other: RosterSummary) -> bool:
        """Whether the two plans do the same, whenever they were made."""
        return replace(self, written=False, audit_head=0) == replace(
            other, written=False, audit_head=0
        )


class RosterChanged(Conflict):
    """The roster (or the file) changed between the check and the import: nothing was
    saved, and ``plan`` is the import as it stands now, for the administrator to look at
    and confirm again."""

    def __init__(self, message: str, plan: RosterSummary) -> None:
        super().__init__(message)
        self.plan = plan


# --- reading a row ------------------------------------------------------------------------


def _words(value: Cell) -> str:
    return unicodedata.normalize("NFKC", cell_text(value) or "").strip().casefold()


def _choice(enum_cls: type[E], extra: Mapping[str, E] = {}) -> tuple[dict[str, E], str]:
    table: dict[str, E] = {}
    for member in enum_cls:
        for name in every_label(member):
            table[unicodedata.normalize("NFKC", name)] = member
    table.update(extra)
    return table, "、".join(label(m) for m in enum_cls)


_CATEGORIES = _choice(
    Category,
    {
        "在编": Category.OFFICER,
        "在编人员": Category.OFFICER,
        "执法人员": Category.OFFICER,
        "辅助执法人员": Category.AUXILIARY,
        "协管员": Category.ASSISTANT,
        "外包人员": Category.CONTRACTOR,
    },
)
_GENDERS = _choice(Gender, {"m": Gender.MALE, "f": Gender.FEMALE, "男性": Gender.MALE})
_STATUSES = _choice(PersonStatus, {"在职": PersonStatus.ACTIVE, "已离职": PersonStatus.LEFT})


class _Parse(Generic[E]):
    """Reads a cell as one of an enumeration's members, by any of its names."""

    def __init__(self, choice: tuple[Mapping[str, E], str]) -> None:
        self.table, self.allowed = choice

    def __call__(self, value: Cell) -> E:
        found = self.table.get(_words(value))
        if found is None:
            raise CellError(
                _t("Unknown value {value}: write one of {allowed}.").format(
                    value=cell_text(value), allowed=self.allowed
                )
            )
        return found


def _yes_no(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    words = _words(value)
    if words in YES or words == _words(lookup("exports", "Yes", "zh_CN") or "是"):
        return True
    if words in NO or words == _words(lookup("exports", "No", "zh_CN") or "否"):
        return False
    raise CellError(_t("Write 是 or 否, not {value}.").format(value=cell_text(value)))


@dataclass(frozen=True, kw_only=True)
class RosterRow(HeadedRow):
    staff_no: str | None
    name: str | None
    unit: str | None
    category: Category | None
    position: str | None = None
    gender: Gender | None = None
    birth_date: date | None = None
    hire_date: date | None = None
    phone: str | None = None
    legal_qualification: bool = False
    status: PersonStatus | None = None
    present: frozenset[str] = frozenset()  # the columns the file has

    @property
    def gone(self) -> bool:
        return self.status in GONE

    def bad(self, key: str) -> bool:
        """Whether the cell already had a problem of its own."""
        header = self.headers.get(key, key)
        return any(e.field == header for e in self.errors)


# --- the bureau's units, by path ----------------------------------------------------------


@dataclass(frozen=True)
class _UnitNode:
    id: int
    parent_id: int | None
    name: str
    short_name: str | None
    active: bool


@dataclass(frozen=True)
class _UnitRef:
    """What a row's unit cell names: a unit, several, or a path still to create."""

    unit_id: int | None = None
    candidates: tuple[int, ...] = ()  # the name is shared by these units
    missing: tuple[str, ...] = ()  # the path to create, from the bureau
    problem: str | None = None


class _Units:
    """The unit tree, loaded once, and the paths a file names resolved in it."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(Unit.id, Unit.parent_id, Unit.name, Unit.short_name, Unit.active).order_by(
                Unit.id
            )
        ).all()
        self.by_id = {r.id: _UnitNode(*r) for r in rows}
        self.bureau = next((u for u in self.by_id.values() if u.parent_id is None), None)
        self.by_name: dict[str, list[_UnitNode]] = {}
        self.children: dict[tuple[int | None, str], _UnitNode] = {}
        for u in self.by_id.values():
            for name in {u.name.strip(), (u.short_name or "").strip()} - {""}:
                self.by_name.setdefault(name, []).append(u)
                self.children.setdefault((u.parent_id, name), u)

    def path(self, unit_id: int) -> str:
        """'局机关/法制科': the unit's path below the bureau (the bureau's own name for it)."""
        names: list[str] = []
        node = self.by_id.get(unit_id)
        while node is not None and node.parent_id is not None:
            names.append(node.name)
            node = self.by_id.get(node.parent_id)
        return "/".join(reversed(names)) if names else (node.name if node else "")

    def resolve(self, text: str) -> _UnitRef:
        parts = [p.strip() for p in unicodedata.normalize("NFKC", text).split("/")]
        if any(not p for p in parts):
            return _UnitRef(problem=_t("The unit path {path} has an empty part.").format(path=text))
        if any(len(p) > 80 for p in parts):
            return _UnitRef(problem=_t("A unit name has at most 80 characters."))
        bureau = self.bureau
        if bureau is None:
            return _UnitRef(problem=_t("The bureau is not set up yet."))
        if parts[0] in {bureau.name, bureau.short_name}:
            parts = parts[1:]  # the export's full path starts with the bureau
            if not parts:
                return _UnitRef(unit_id=bureau.id)
        start = self.children.get((bureau.id, parts[0]))
        if start is None:
            same = self.by_name.get(parts[0], [])
            if len(same) > 1 and len(parts) == 1:
                return _UnitRef(candidates=tuple(u.id for u in same))
            start = same[0] if len(same) == 1 else None
        if start is None:
            return _UnitRef(missing=tuple(parts))
        node = start
        for i, part in enumerate(parts[1:], start=1):
            child = self.children.get((node.id, part))
            if child is None:
                return _UnitRef(missing=(*self.path(node.id).split("/"), *parts[i:]))
            node = child
        return _UnitRef(unit_id=node.id)


def unit_kind_for(name: str) -> UnitKind:
    """A created unit's kind, from its name as Chinese bureaus write them; an
    administrator may correct it on the People & Units page."""
    if any(word in name for word in ("镇", "乡", "街道")):
        return UnitKind.TOWN_TEAM
    if name.endswith("中队"):
        return UnitKind.SQUAD
    if name.endswith(("大队", "分局", "支队")):
        return UnitKind.BRANCH
    return UnitKind.DEPARTMENT


# --- the check ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Known:
    id: int
    staff_no: str
    name: str
    unit_id: int
    category: Category
    position: str | None
    gender: Gender | None
    birth_date: date | None
    hire_date: date | None
    phone: str | None
    legal_qualification: bool
    status: PersonStatus
    left_date: date | None


@dataclass(frozen=True)
class _New:
    row: int
    data: PersonInput
    missing_unit: tuple[str, ...]  # empty: data.unit_id is the unit


@dataclass(frozen=True)
class _Update:
    row: int
    person: _Known
    changes: dict[str, object]  # field → new value
    to_unit: int | None
    missing_unit: tuple[str, ...]


@dataclass(frozen=True)
class _Gone:
    row: int
    person: _Known
    status: PersonStatus


@dataclass(frozen=True)
class _Ignored:
    """A row that changes nothing: someone gone, on record as gone or never on record."""

    row: int
    on_record: bool


_Plan = _New | _Update | _Gone | _Ignored


@dataclass
class _Context:
    options: RosterOptions
    effective: date
    people: dict[str, _Known]
    units: _Units
    last_moves: dict[int, date]
    refs: dict[str, _UnitRef]
    audit_head: int  # the newest audit row before this import: what its plan was made from
    seen: dict[str, int] = field(default_factory=dict)  # staff number → its first row


def _options(job: Job) -> RosterOptions:
    return job.options if isinstance(job.options, RosterOptions) else RosterOptions()


def _row_input(r: RosterRow, known: _Known | None) -> PersonInput:
    """The person as the row would leave them: the file's cells, and what is on record for
    the columns the file lacks."""

    def value(key: str) -> object:
        if key in r.present or known is None:
            return getattr(r, key)
        return getattr(known, key)

    return PersonInput(
        staff_no=r.staff_no or "",
        name=str(value("name") or ""),
        unit_id=None,
        category=value("category"),  # type: ignore[arg-type]
        position=value("position"),  # type: ignore[arg-type]
        gender=value("gender"),  # type: ignore[arg-type]
        birth_date=value("birth_date"),  # type: ignore[arg-type]
        hire_date=value("hire_date"),  # type: ignore[arg-type]
        legal_qualification=bool(value("legal_qualification")),
        phone=value("phone"),  # type: ignore[arg-type]
    )


def _stored(key: str, data: PersonInput) -> object:
    """A field's value as it would be stored (trimmed, blank as None)."""
    value = getattr(data, key)
    if key == "name":
        return str(value).strip()
    if key in ("position", "phone"):
        return clean_text(value)
    return value


class RosterImport(ImportSpec[RosterRow, _Context, _Plan, RosterSummary]):
    """The roster: people added, edited, transferred and (if asked) marked as gone."""

    def authorise(self, session: Session, user: User) -> User:
        return require_admin(session, user)

    def parse_row(self, cells: Cells) -> RosterRow:
        present = cells.table.present
        return RosterRow(
            staff_no=cells.text("staff_no"),
            name=cells.text("name"),
            unit=cells.read("unit", cell_text, missing=_t("Give the unit.")),
            category=cells.read("category", _Parse(_CATEGORIES)),
            position=cells.text("position"),
            gender=cells.read("gender", _Parse(_GENDERS)),
            birth_date=cells.read("birth_date", cell_date),
            hire_date=cells.read("hire_date", cell_date),
            phone=cells.text("phone"),
            legal_qualification=bool(cells.read("legal_qualification", _yes_no)),
            status=cells.read("status", _Parse(_STATUSES)),
            present=frozenset(present),
            row=cells.row,
            errors=cells.errors,
            headers=cells.headers,
        )

    def load(self, session: Session, job: Job, rows: Sequence[RosterRow]) -> _Context:
        options = _options(job)
        people = {
            staff_key(r.staff_no): _Known(**r._mapping)
            for r in session.execute(
                select(
                    Person.id,
                    Person.staff_no,
                    Person.name,
                    Person.unit_id,
                    Person.category,
                    Person.position,
                    Person.gender,
                    Person.birth_date,
                    Person.hire_date,
                    Person.phone,
                    Person.legal_qualification,
                    Person.status,
                    Person.left_date,
                )
            ).all()
        }
        last_moves = dict(
            session.execute(
                select(PersonTransfer.person_id, func.max(PersonTransfer.transfer_date)).group_by(
                    PersonTransfer.person_id
                )
            ).all()
        )
        units = _Units(session)
        refs = {r.unit: units.resolve(r.unit) for r in rows if r.unit}
        head = session.scalar(select(func.max(AuditLog.id))) or 0
        return _Context(
            options, options.effective or job.today, people, units, last_moves, refs, head
        )

    def check_row(
        self, r: RosterRow, ctx: _Context, job: Job
    ) -> tuple[list[FieldError], list[_Plan]]:
        errors: list[FieldError] = []
        key = staff_key(r.staff_no) if r.staff_no else ""
        if key in ctx.seen:
            message = _t("Staff number {no} is also on row {row}: one row per person.")
            errors.append(r.error("staff_no", message.format(no=key, row=ctx.seen[key])))
        elif key:
            ctx.seen[key] = r.row
        known = ctx.people.get(key)
        data = _row_input(r, known)
        for e in person_field_errors(data, job.today):
            if e.field in r.headers and not r.bad(e.field):
                errors.append(r.error(e.field, e.message))
        if known is None and r.gone:
            return errors, [] if errors else [_Ignored(r.row, False)]
        if known is not None and known.status in GONE:
            if not r.gone:
                message = _t(
                    "{no} is marked as {status} since {date}: reactivate them on the People "
                    "page first, or mark the row 离职."
                )
                errors.append(
                    r.error(
                        "staff_no",
                        message.format(
                            no=known.staff_no,
                            status=label(known.status),
                            date=known.left_date.isoformat() if known.left_date else "—",
                        ),
                    )
                )
            return errors, [] if errors else [_Ignored(r.row, True)]
        unit_id, missing = self._unit(r, ctx, known, errors)
        if errors or r.errors:
            return errors, []
        if known is None:
            data.unit_id = unit_id
            return errors, [_New(r.row, data, missing)]
        if r.gone:
            assert r.status is not None
            for e in departure_date_errors(ctx.effective, job.today, known.hire_date):
                if ctx.effective <= job.today:  # a future effective date is told once
                    errors.append(r.error("status", e.message))
            return errors, [] if errors else [_Gone(r.row, known, r.status)]
        changes = {
            k: _stored(k, data)
            for k in EDITED
            if k in r.present and _stored(k, data) != getattr(known, k)
        }
        moves = bool(missing) or unit_id != known.unit_id
        if moves and ctx.effective <= job.today:
            for e in transfer_date_errors(
                ctx.effective, job.today, known.hire_date, ctx.last_moves.get(known.id)
            ):
                errors.append(r.error("unit", e.message))
        if errors:
            return errors, []
        return errors, [
            _Update(r.row, known, changes, unit_id if moves and not missing else None, missing)
        ]

    def _unit(
        self, r: RosterRow, ctx: _Context, known: _Known | None, errors: list[FieldError]
    ) -> tuple[int | None, tuple[str, ...]]:
        """The unit the row puts the person in: (its id, or the path to create)."""
        if not r.unit:
            return None, ()
        ref = ctx.refs[r.unit]
        if ref.problem:
            errors.append(r.error("unit", ref.problem))
            return None, ()
        if ref.candidates:
            if known is not None and known.unit_id in ref.candidates:
                return known.unit_id, ()  # the export writes the name: their own unit
            paths = "、".join(ctx.units.path(u) for u in ref.candidates)
            message = _t("Several units are named {name} ({paths}): write the unit's path.")
            errors.append(r.error("unit", message.format(name=r.unit, paths=paths)))
            return None, ()
        if ref.missing:
            if not ctx.options.create_units:
                path = "/".join(ref.missing)
                # Worded for the dialog and the command line alike; each says how it
                # offers the choice (the CLI adds its flag, see MissingUnit).
                message = _t(
                    "The bureau has no unit {path}: choose to create missing units to add it "
                    "under the bureau."
                )
                header = r.headers.get("unit", "unit")
                errors.append(MissingUnit(header, message.format(path=path), r.row))
            return None, ref.missing
        assert ref.unit_id is not None
        node = ctx.units.by_id[ref.unit_id]
        if not node.active and (known is None or known.unit_id != node.id):
            message = _t("{name} is no longer an active unit.")
            errors.append(r.error("unit", message.format(name=node.name)))
        return ref.unit_id, ()

    def check_all(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Plan]
    ) -> list[FieldError]:
        if ctx.effective > job.today:
            message = _t("The effective date {date} is in the future.")
            return [FieldError("effective", message.format(date=ctx.effective.isoformat()))]
        errors: list[FieldError] = []
        if ctx.options.deactivate_missing:
            for p in self._absent(ctx):
                for e in departure_date_errors(ctx.effective, job.today, p.hire_date):
                    message = _t("{no} ({name}) cannot be marked as left: {reason}")
                    errors.append(
                        FieldError(
                            "staff_no", message.format(no=p.staff_no, name=p.name, reason=e.message)
                        )
                    )
        return errors

    def _absent(self, ctx: _Context) -> list[_Known]:
        """People on strength whom the file does not list."""
        return sorted(
            (
                p
                for key, p in ctx.people.items()
                if p.status == PersonStatus.ACTIVE and key not in ctx.seen
            ),
            key=lambda p: p.staff_no,
        )

    def _summary(self, job: Job, ctx: _Context, planned: list[_Plan]) -> RosterSummary:
        units = ctx.units

        def unit_text(unit_id: int | None, missing: tuple[str, ...]) -> str:
            return "/".join(missing) if missing else units.path(unit_id or 0)

        new = [p for p in planned if isinstance(p, _New)]
        updates = [p for p in planned if isinstance(p, _Update)]
        gone = [p for p in planned if isinstance(p, _Gone)]
        to_create: set[tuple[str, ...]] = set()
        for p in planned:
            missing = p.missing_unit if isinstance(p, _New | _Update) else ()
            to_create.update(missing[:i] for i in range(1, len(missing) + 1))
        existing = {units.path(u) for u in units.by_id}
        not_in_file = [
            NotInFile(
                p.person.staff_no, p.person.name, units.path(p.person.unit_id), p.status, p.row
            )
            for p in gone
        ] + [
            NotInFile(p.staff_no, p.name, units.path(p.unit_id), PersonStatus.LEFT, None)
            for p in self._absent(ctx)
        ]
        headers = ROSTER_FORMAT.default_headers()
        return RosterSummary(
            kind=self.kind,
            rows_read=job.rows_read,
            effective=ctx.effective,
            new=tuple(
                PlannedPerson(
                    p.data.staff_no.strip().upper(),
                    p.data.name.strip(),
                    unit_text(p.data.unit_id, p.missing_unit),
                )
                for p in new
            ),
            changed=tuple(
                PersonChanges(
                    p.person.staff_no,
                    p.person.name,
                    tuple(
                        FieldChange(headers[k], _show(getattr(p.person, k)), _show(v))
                        for k, v in p.changes.items()
                    ),
                )
                for p in updates
                if p.changes
            ),
            transfers=tuple(
                PlannedTransfer(
                    p.person.staff_no,
                    p.person.name,
                    units.path(p.person.unit_id),
                    unit_text(p.to_unit, p.missing_unit),
                )
                for p in updates
                if p.to_unit is not None or p.missing_unit
            ),
            not_in_file=tuple(not_in_file),
            units_to_create=tuple(
                path for path in sorted("/".join(t) for t in to_create) if path not in existing
            ),
            unchanged=sum(
                1 for p in updates if not p.changes and p.to_unit is None and not p.missing_unit
            )
            + sum(1 for p in planned if isinstance(p, _Ignored) and p.on_record),
            ignored=sum(1 for p in planned if isinstance(p, _Ignored) and not p.on_record),
            deactivate_missing=ctx.options.deactivate_missing,
            written=not job.dry_run,
            audit_head=ctx.audit_head,
        )

    def write(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Plan]
    ) -> RosterSummary:
        summary = self._summary(job, ctx, planned)
        if job.dry_run:
            return summary  # the plan is told without writing
        seen = ctx.options.seen
        if seen is not None and not summary.same_plan(seen):
            # Made in this transaction, from what is on record now: the plan to show.
            raise _changed_since(session, seen, summary)
        created = self._create_units(session, job, ctx, summary.units_to_create)
        reason = _t("Roster import ({file})").format(file=job.source or "—")
        for p in planned:
            if isinstance(p, _New):
                if p.missing_unit:
                    p.data.unit_id = created["/".join(p.missing_unit)]
                session.add(new_person(p.data))
        changed = [p for p in planned if isinstance(p, _Update | _Gone)]
        absent = self._absent(ctx) if ctx.options.deactivate_missing else []
        records = _records(session, [p.person.id for p in changed] + [p.id for p in absent])
        for p in changed:
            person = records[p.person.id]
            if isinstance(p, _Gone):
                if ctx.options.deactivate_missing:
                    record_departure(person, p.status, ctx.effective, reason)
                continue
            for key, value in p.changes.items():
                setattr(person, key, value)  # only what changed: the audit shows just that
            if p.missing_unit:
                record_transfer(
                    session, person, created["/".join(p.missing_unit)], ctx.effective, reason
                )
            elif p.to_unit is not None:
                record_transfer(session, person, p.to_unit, ctx.effective, reason)
        for a in absent:
            record_departure(records[a.id], PersonStatus.LEFT, ctx.effective, reason)
        session.flush()
        return summary

    def _create_units(
        self, session: Session, job: Job, ctx: _Context, paths: Iterable[str]
    ) -> dict[str, int]:
        """The missing units, parents first, each through the unit service."""
        created: dict[str, int] = {}
        for path in sorted(paths, key=lambda p: (p.count("/"), p)):
            parent_path, _, name = path.rpartition("/")
            if parent_path in created:
                parent_id = created[parent_path]
            elif parent_path:
                ref = ctx.units.resolve(parent_path)
                assert ref.unit_id is not None
                parent_id = ref.unit_id
            else:
                assert ctx.units.bureau is not None
                parent_id = ctx.units.bureau.id
            created[path] = add_unit(session, job.user, name, unit_kind_for(name), parent_id).id
        return created


# What a roster plan is made from, besides the file.
ROSTER_TABLES = (Person.__tablename__, PersonTransfer.__tablename__, Unit.__tablename__)


def _changed_since(session: Session, seen: RosterSummary, now: RosterSummary) -> RosterChanged:
    """Why the plan is no longer the one checked: who changed people or units since (from
    the audit log), or else the file itself."""
    last = session.scalars(
        select(AuditLog)
        .where(AuditLog.id > seen.audit_head, AuditLog.table_name.in_(ROSTER_TABLES))
        .order_by(AuditLog.id.desc())
        .limit(1)
    ).first()
    if last is not None:
        why = _t("{who} changed people or units at {when}, after your check.").format(
            who=last.username or _t("Someone"), when=local_time(last.at)
        )
    else:
        why = _t("The file is no longer the one you checked.")
    return RosterChanged(
        why
        + " "
        + _t(
            "Nothing was saved. The plan shown now is what the import would do: look at it, "
            "then import again."
        ),
        now,
    )


def _records(session: Session, ids: list[int]) -> dict[int, Person]:
    """The people to change, loaded in a few queries rather than one each."""
    found: dict[int, Person] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update({p.id: p for p in session.scalars(select(Person).where(Person.id.in_(chunk)))})
    return found


def _show(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _t("Yes") if value else _t("No")
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


SPEC = RosterImport(ROSTER_FORMAT)
read_roster = SPEC.read
import_roster = SPEC.run
