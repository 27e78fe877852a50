"""The five kinds of import file share one driver: the same permission check, the same
units and finalised months, the same all-or-nothing write, dry run and audit — asserted
here once per kind — and a new kind needs nothing but its spec."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.errors import FieldError, PermissionDenied, ValidationError
from console.core.imports import registry
from console.core.imports.checks import UnitInfo, load_units
from console.core.imports.driver import Cells, ImportSpec, Job
from console.core.imports.findings import FINDINGS_FORMAT
from console.core.imports.rules import RulesImport
from console.core.imports.table import Column, FileFormat, cell_text
from console.core.permissions import require_admin
from console.core.scoring.locking import finalise_month
from console.core.training.sessions import SessionInput, save_session
from console.core.workspace import Workspace
from db.audit import AuditLog
from db.integrity import Finding
from db.org import Person, Unit
from db.scoring import PointEvent, Rule, RuleSet
from db.training import Attendance
from glossary import TrainingCategory, YearMonth
from tests.factories import Bureau, make_bureau
from tests.unit.test_imports import CASE_HEADER, EVENT_HEADER, xlsx

TODAY = date(2026, 11, 22)
OCTOBER = YearMonth(2026, 10)
RULES_HEADER = ["编号", "类别", "内容", "分值", "计量单位"]


@dataclass
class Setup:
    db: Database
    b: Bureau
    rule_set_id: int
    session_id: int  # a training session on 2026-10-10

    def workspace(self, user: User) -> Workspace:
        return Workspace(self.db, user)


@pytest.fixture
def setup(any_db: Database) -> Setup:
    with any_db.session() as session:
        b = make_bureau(session)
        install_default_rules(session, date(2026, 1, 1))
        session.flush()
        data = SessionInput("行政处罚法专题", TrainingCategory.LEGAL, date(2026, 10, 10), 4)
        session_id = save_session(session, b.supervisor, data).id
        rule_set_id = session.scalars(select(RuleSet.id)).one()
        session.commit()
    return Setup(any_db, b, rule_set_id, session_id)


def _file(s: Setup, kind: str, path: Path, staff_no: str = "T0001") -> Path:
    """A valid one-row file of the kind, for ``staff_no``, in October 2026."""
    rows: dict[str, list[list[object]]] = {
        "cases": [CASE_HEADER, [staff_no, "", "2026-10", 2, 0, 0, 0]],
        "events": [EVENT_HEADER, [staff_no, None, "2026-10-05", "XC02", 3, "派单", None]],
        "attendance": [["工号", "培训编号", "状态"], [staff_no, s.session_id, "缺席"]],
        "findings": [
            [c.header for c in FINDINGS_FORMAT.columns],
            ["2026-10-05", staff_no, None, "考勤", "一般", "迟到", None, None, "是"],
        ],
        "rules": [RULES_HEADER, ["XC99", "巡查", "夜间巡查", "0.5", "次"]],
        "roster": [["工号", "姓名", "单位", "人员类别"], ["N0001", "赵磊", "城东中队", "协管"]],
    }
    return xlsx(path, rows[kind])


def _spec(s: Setup, kind: str) -> ImportSpec[Any, Any, Any, Any]:
    return RulesImport(s.rule_set_id) if kind == "rules" else registry.spec(kind)


def _snapshot(db: Database) -> tuple[int, ...]:
    """Everything an import may write, counted (the audit log included)."""
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (PointEvent, Attendance, Finding, Rule, Person, AuditLog)
        )


def _run(s: Setup, kind: str, user: User, path: Path, dry_run: bool = False) -> Any:
    spec = _spec(s, kind)
    rows = spec.read(path)
    return registry.run_rows(
        s.workspace(user), spec, rows, TODAY, dry_run=dry_run, source=path.name
    )


ALL_KINDS = [*registry.KINDS, "rules"]


def test_every_kind_is_a_spec_on_the_one_reader_and_pipeline() -> None:
    """No kind keeps a private reader or pipeline: each reads and runs through the
    driver's own methods, and only declares what is its own."""
    specs = [registry.spec(kind) for kind in registry.KINDS] + [RulesImport(1)]
    assert [s.kind for s in specs] == ALL_KINDS
    for spec in specs:
        assert type(spec).read is ImportSpec.read
        assert type(spec).run is ImportSpec.run


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_viewer_imports_nothing(setup: Setup, tmp_path: Path, kind: str) -> None:
    path = _file(setup, kind, tmp_path / f"{kind}.xlsx")
    before = _snapshot(setup.db)
    with pytest.raises(PermissionDenied):
        _run(setup, kind, setup.b.viewer, path)
    assert _snapshot(setup.db) == before


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_check_tells_what_the_import_will_do_and_writes_nothing(
    setup: Setup, tmp_path: Path, kind: str
) -> None:
    path = _file(setup, kind, tmp_path / f"{kind}.xlsx")
    user = setup.b.admin if kind in ("rules", "roster") else setup.b.supervisor
    before = _snapshot(setup.db)
    checked = _run(setup, kind, user, path, dry_run=True)
    assert _snapshot(setup.db) == before
    done = _run(setup, kind, user, path)
    after = _snapshot(setup.db)
    assert after != before
    if hasattr(checked, "written"):
        assert not checked.written and done.written
        checked = dataclasses.replace(checked, written=True)
    assert checked == done


@pytest.mark.parametrize("kind", ["cases", "events", "attendance", "findings"])
def test_a_finalised_month_is_refused_whole(setup: Setup, tmp_path: Path, kind: str) -> None:
    """Each kind that books points into October is refused once October is finalised."""
    path = _file(setup, kind, tmp_path / f"{kind}.xlsx")
    with setup.db.session() as session:
        finalise_month(session, setup.b.admin, OCTOBER, TODAY)
        session.commit()
    before = _snapshot(setup.db)
    with pytest.raises(ValidationError) as exc:
        _run(setup, kind, setup.b.supervisor, path)
    assert "finalised" in str(exc.value.errors[0].message)
    assert _snapshot(setup.db) == before


@pytest.mark.parametrize("kind", ["cases", "events", "attendance"])
def test_a_squad_leader_imports_for_their_own_units_only(
    setup: Setup, tmp_path: Path, kind: str
) -> None:
    west = _file(setup, kind, tmp_path / "west.xlsx", staff_no="T0003")
    before = _snapshot(setup.db)
    with pytest.raises(ValidationError) as exc:
        _run(setup, kind, setup.b.leader, west)
    assert [(e.row, e.field) for e in exc.value.errors] == [(2, "工号")]
    assert "not in your units" in exc.value.errors[0].message
    assert _snapshot(setup.db) == before
    east = _file(setup, kind, tmp_path / "east.xlsx", staff_no="T0001")
    assert _run(setup, kind, setup.b.leader, east).written


@pytest.mark.parametrize(
    ("kind", "table"),
    [("cases", "point_event"), ("events", "point_event"), ("attendance", "attendance")],
)
def test_the_bulk_audit_names_the_file(setup: Setup, tmp_path: Path, kind: str, table: str) -> None:
    path = _file(setup, kind, tmp_path / f"十月{kind}.xlsx")
    _run(setup, kind, setup.b.supervisor, path)
    with setup.db.session() as session:
        notes = session.scalars(
            select(AuditLog.after).where(
                AuditLog.table_name == table, AuditLog.after.contains("bulk_rows")
            )
        ).all()
    assert len(notes) == 1 and f"from {path.name}" in (notes[0] or "")


# --- a new kind is one spec -------------------------------------------------------------


SHORT_NAMES_FORMAT = FileFormat(
    kind="short_names",
    title="Unit short names",
    sheet="简称",
    columns=(Column("unit", "单位", "unit"), Column("short_name", "简称", "short_name")),
)


@dataclass(frozen=True)
class ShortNameRow:
    row: int
    unit: str | None
    short_name: str | None
    errors: tuple[FieldError, ...]


@dataclass(frozen=True)
class ShortNamesSummary:
    rows_read: int
    renamed: int
    written: bool


class ShortNamesImport(
    ImportSpec[ShortNameRow, dict[str, UnitInfo], tuple[int, str], ShortNamesSummary]
):
    """Units' short names from a file: the whole kind, declared."""

    def authorise(self, session: Session, user: User) -> User:
        return require_admin(session, user)

    def parse_row(self, cells: Cells) -> ShortNameRow:
        short = cells.read("short_name", cell_text, missing="Give the short name.")
        if short is not None and len(short) > 30:
            cells.add("short_name", "At most 30 characters.")
        return ShortNameRow(cells.row, cells.text("unit"), short, cells.errors)

    def load(self, session: Session, job: Job, rows: Sequence[ShortNameRow]) -> dict[str, UnitInfo]:
        return load_units(session)

    def check_row(
        self, r: ShortNameRow, ctx: dict[str, UnitInfo], job: Job
    ) -> tuple[list[FieldError], list[tuple[int, str]]]:
        unit = ctx.get(r.unit or "")
        if unit is None:
            return [FieldError("单位", f"No unit is named {r.unit}.", r.row)], []
        return [], [] if r.short_name is None else [(unit.id, r.short_name)]

    def write(
        self,
        session: Session,
        job: Job,
        ctx: dict[str, UnitInfo],
        planned: list[tuple[int, str]],
    ) -> ShortNamesSummary:
        for unit_id, short in planned:
            session.get_one(Unit, unit_id).short_name = short
        session.flush()
        return ShortNamesSummary(job.rows_read, len(planned), not job.dry_run)


SPEC = ShortNamesImport(SHORT_NAMES_FORMAT)


def _short_names(db: Database) -> dict[str, str | None]:
    with db.session() as session:
        return {name: short for name, short in session.execute(select(Unit.name, Unit.short_name))}


def test_a_new_kind_needs_only_its_spec(
    setup: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(registry.SPEC_MODULES, "short_names", __name__)
    read, _run_rows = registry.importer("short_names")
    ws: Callable[[User], Workspace] = setup.workspace
    before = _short_names(setup.db)

    bad = read(
        xlsx(
            tmp_path / "bad.xlsx",
            [
                ["简称表"],  # a title above the header, as the reader allows for every kind
                ["单位", "简称"],
                ["城南中队", "城南"],  # row 3: no such unit
                ["城东中队", "东" * 31],  # row 4: too long
                ["城西中队", "城西"],  # fine, but the file goes in whole or not at all
            ],
        )
    )
    with pytest.raises(ValidationError) as exc:
        registry.import_rows(ws(setup.b.admin), "short_names", bad[::-1], TODAY)
    assert [(e.row, e.field) for e in exc.value.errors] == [(3, "单位"), (4, "简称")]
    with pytest.raises(PermissionDenied):
        registry.import_rows(ws(setup.b.supervisor), "short_names", bad, TODAY)

    good = read(xlsx(tmp_path / "good.xlsx", [["单位", "简称"], ["城东中队", "城东"]]))
    checked = registry.import_rows(ws(setup.b.admin), "short_names", good, TODAY, dry_run=True)
    assert checked == ShortNamesSummary(1, 1, False)
    assert _short_names(setup.db) == before
    done = registry.import_rows(ws(setup.b.admin), "short_names", good, TODAY)
    assert done == ShortNamesSummary(1, 1, True)
    assert _short_names(setup.db) == {**before, "城东中队": "城东"}
