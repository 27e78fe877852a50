"""A roster import states the plan its administrator checked: if the roster or the file
changed in between, it is refused (nothing saved) with the plan as it stands now."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from console.core.database import Database
from console.core.imports import registry
from console.core.imports.roster import MissingUnit, RosterChanged, RosterOptions, RosterSummary
from console.core.people import transfer_person
from console.core.workspace import Workspace
from db.org import Person
from tests.factories import Bureau, add_chief, make_bureau
from tests.unit.test_imports import xlsx

TODAY = date(2026, 11, 22)
HEADER = ["工号", "姓名", "单位", "人员类别"]
ROWS = [
    ["T0001", "张伟", "城东中队", "在编执法"],
    ["T0002", "王芳", "城东中队", "辅助执法"],
    ["T0003", "李娜", "城东中队", "在编执法"],  # a transfer from 城西中队
    ["T0004", "刘洋", "城西中队", "协管"],
    ["T0005", "陈静", "办公室", "外包"],
]


@pytest.fixture
def bureau(any_db: Database) -> Bureau:
    with any_db.session() as session:
        return make_bureau(session)


def _run(db: Database, b: Bureau, path: Path, dry_run: bool, **options: object) -> RosterSummary:
    read, _run = registry.importer("roster")
    summary = registry.import_rows(
        Workspace(db, b.admin),
        "roster",
        read(path),
        TODAY,
        dry_run=dry_run,
        source=path.name,
        options=RosterOptions(**options),  # type: ignore[arg-type]
    )
    assert isinstance(summary, RosterSummary)
    return summary


def _units(db: Database) -> dict[str, int]:
    with db.session() as session:
        return dict(session.execute(select(Person.staff_no, Person.unit_id)).all())  # type: ignore[arg-type]


def test_the_plan_checked_is_applied_when_nothing_changed(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "r.xlsx", [HEADER, *ROWS])
    plan = _run(any_db, bureau, path, dry_run=True)
    done = _run(any_db, bureau, path, dry_run=False, seen=plan)
    assert done.written and done.same_plan(plan) and len(done.transfers) == 1


def test_a_roster_changed_since_the_check_is_refused_naming_who(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "r.xlsx", [HEADER, *ROWS])
    plan = _run(any_db, bureau, path, dry_run=True)
    with any_db.session() as s:
        chief = add_chief(s, bureau, "chief", "督察队长")
        s.commit()
    Workspace(any_db, chief).run(
        transfer_person, chief, bureau.people[0].id, bureau.west.id, date(2026, 11, 20), None, TODAY
    )
    before = _units(any_db)

    with pytest.raises(RosterChanged) as refused:
        _run(any_db, bureau, path, dry_run=False, seen=plan)

    assert "chief" in str(refused.value) and _units(any_db) == before
    # The plan now moves 张伟 back to 城东中队: shown, and applied only once confirmed.
    assert [t.staff_no for t in refused.value.plan.transfers] == ["T0001", "T0003"]
    done = _run(any_db, bureau, path, dry_run=False, seen=refused.value.plan)
    assert done.written and _units(any_db)["T0001"] == bureau.east.id


def test_the_missing_unit_message_speaks_neither_dialog_nor_command_line(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    from console.core.errors import ValidationError

    path = xlsx(tmp_path / "r.xlsx", [HEADER, ["F0001", "孙丽", "法制科", "在编执法"]])
    with pytest.raises(ValidationError) as refused:
        _run(any_db, bureau, path, dry_run=True)
    [error] = refused.value.errors
    assert isinstance(error, MissingUnit) and (error.row, error.field) == (2, "单位")
    assert "--" not in error.message and "command line" not in error.message
