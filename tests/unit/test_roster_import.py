"""The roster import: a new bureau's people from HR's spreadsheet, and the monthly re-import
that adds, edits, transfers and lists who is no longer in the file — the plan first, then
all of it or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from console.core import i18n
from console.core.database import Database
from console.core.errors import PermissionDenied, ValidationError
from console.core.imports import registry
from console.core.imports.roster import (
    FieldChange,
    NotInFile,
    PersonChanges,
    PlannedPerson,
    PlannedTransfer,
    RosterOptions,
    RosterSummary,
)
from console.core.people import list_people
from console.core.workspace import Workspace
from db.audit import AuditLog
from db.org import Person, PersonTransfer, Unit
from exports.roster_xlsx import write_roster
from glossary import Category, Gender, PersonStatus, UnitKind
from tests.factories import Bureau, make_bureau
from tests.unit.test_imports import xlsx

TODAY = date(2026, 11, 22)
EFFECTIVE = date(2026, 11, 1)
HEADER = ["工号", "姓名", "单位", "人员类别", "职务", "性别", "出生日期", "入职日期", "联系电话"]
# The five people of make_bureau as HR lists them: nothing differs from the database.
AS_ON_RECORD = [
    ["T0001", "张伟", "城东中队", "在编执法", None, "男", "1985-01-01", "2010-03-01", None],
    ["T0002", "王芳", "城东中队", "辅助执法", None, "女", "1985-01-02", "2010-03-02", None],
    ["T0003", "李娜", "城西中队", "在编执法", None, "男", "1985-01-03", "2010-03-03", None],
    ["T0004", "刘洋", "城西中队", "协管", None, "女", "1985-01-04", "2010-03-04", None],
    ["T0005", "陈静", "办公室", "外包", None, "男", "1985-01-05", "2010-03-05", None],
]


@pytest.fixture
def bureau(any_db: Database) -> Bureau:
    with any_db.session() as session:
        return make_bureau(session)


def _import(
    db: Database,
    b: Bureau,
    path: Path,
    dry_run: bool = False,
    user: Any = None,
    **options: Any,
) -> RosterSummary:
    read, _run = registry.importer("roster")
    rows = read(path)
    summary = registry.import_rows(
        Workspace(db, user or b.admin),
        "roster",
        rows,
        TODAY,
        dry_run=dry_run,
        source=path.name,
        options=RosterOptions(**options),
    )
    assert isinstance(summary, RosterSummary)
    return summary


def _people(db: Database) -> dict[str, tuple[Any, ...]]:
    with db.session() as session:
        rows = session.execute(
            select(
                Person.staff_no,
                Person.name,
                Unit.name,
                Person.category,
                Person.position,
                Person.status,
                Person.left_date,
            ).join(Unit, Unit.id == Person.unit_id)
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def _count(db: Database, model: Any) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _snapshot(db: Database) -> tuple[Any, ...]:
    return (
        _people(db),
        _count(db, Unit),
        _count(db, PersonTransfer),
        _count(db, AuditLog),
    )


def test_the_re_import_plan_adds_edits_transfers_and_lists_who_is_not_in_the_file(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [list(r) for r in AS_ON_RECORD[:4]]  # 陈静 (T0005) is not in it
    rows[1][4] = "副中队长"  # 王芳 promoted: an edit
    rows[1][8] = "13800000002"
    rows[2][2] = "城东中队"  # 李娜 moves from 城西 to 城东: a transfer
    rows.append(["t0006", "赵磊", "城西中队", "辅助执法", "队员", "男", "1995-06-01", None, None])
    path = xlsx(tmp_path / "十一月花名册.xlsx", [HEADER, *rows])
    before = _snapshot(any_db)

    plan = _import(any_db, bureau, path, dry_run=True, effective=EFFECTIVE)

    assert _snapshot(any_db) == before  # the check writes nothing
    assert plan.new == (PlannedPerson("T0006", "赵磊", "城西中队"),)
    assert plan.changed == (
        PersonChanges(
            "T0002",
            "王芳",
            (FieldChange("职务", "—", "副中队长"), FieldChange("联系电话", "—", "13800000002")),
        ),
    )
    assert plan.transfers == (PlannedTransfer("T0003", "李娜", "城西中队", "城东中队"),)
    assert plan.not_in_file == (NotInFile("T0005", "陈静", "办公室", PersonStatus.LEFT, None),)
    assert plan.unchanged == 2 and plan.units_to_create == () and not plan.written

    done = _import(any_db, bureau, path, effective=EFFECTIVE)
    assert done.written and done.new == plan.new and done.changed == plan.changed
    people = _people(any_db)
    assert people["T0006"] == ("赵磊", "城西中队", Category.AUXILIARY, "队员", "active", None)
    assert people["T0002"][3] == "副中队长"
    assert people["T0003"][1] == "城东中队"
    assert people["T0005"][4] == PersonStatus.ACTIVE  # listed, not deactivated unasked
    with any_db.session() as session:
        moves = session.execute(select(PersonTransfer.transfer_date, PersonTransfer.reason)).all()
        assert [(d, "十一月花名册.xlsx" in (r or "")) for d, r in moves] == [(EFFECTIVE, True)]
        # The edit is audited on the person, with only the fields that changed.
        wang = session.scalars(select(Person.id).where(Person.staff_no == "T0002")).one()
        edits = session.scalars(
            select(AuditLog.after).where(
                AuditLog.table_name == "person",
                AuditLog.row_id == wang,
                AuditLog.action == "update",
            )
        ).all()
    assert len(edits) == 1 and set(json.loads(edits[0] or "{}")) >= {"position", "phone"}
    assert "name" not in json.loads(edits[0] or "{}")

    # The same file again is now a plan with nothing to do but the one not in the file.
    again = _import(any_db, bureau, path, dry_run=True, effective=EFFECTIVE)
    assert (again.new, again.changed, again.transfers) == ((), (), ())
    assert [p.staff_no for p in again.not_in_file] == ["T0005"]


def test_people_not_in_the_file_are_marked_as_left_only_when_asked(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    rows = [list(r) for r in AS_ON_RECORD]
    rows[3] = [*rows[3][:8], None]
    header = [*HEADER, "状态"]
    rows = [[*r, "在岗"] for r in rows]
    rows[3][9] = "调出"  # 刘洋 is listed as transferred out of the bureau
    del rows[4]  # 陈静 is not listed at all
    path = xlsx(tmp_path / "roster.xlsx", [header, *rows])

    plan = _import(any_db, bureau, path, dry_run=True, effective=EFFECTIVE)
    assert [(p.staff_no, p.status, p.row) for p in plan.not_in_file] == [
        ("T0004", PersonStatus.TRANSFERRED, 5),
        ("T0005", PersonStatus.LEFT, None),
    ]
    assert not plan.deactivate_missing
    _import(any_db, bureau, path, effective=EFFECTIVE)
    assert {p[4] for p in _people(any_db).values()} == {PersonStatus.ACTIVE}

    done = _import(any_db, bureau, path, effective=EFFECTIVE, deactivate_missing=True)
    assert done.deactivate_missing and len(done.not_in_file) == 2
    people = _people(any_db)
    assert people["T0004"][4:] == (PersonStatus.TRANSFERRED, EFFECTIVE)
    assert people["T0005"][4:] == (PersonStatus.LEFT, EFFECTIVE)
    assert people["T0001"][4] == PersonStatus.ACTIVE
    # Gone now, and the file still says so: nothing more to do.
    again = _import(any_db, bureau, path, dry_run=True, effective=EFFECTIVE)
    assert again.not_in_file == () and again.unchanged == 4


def test_missing_units_are_created_under_the_bureau_only_when_allowed(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    rows = [
        *AS_ON_RECORD,
        ["F0001", "孙丽", "局机关/法制科", "在编执法", "科长", "女", None, None, None],
        ["F0002", "周强", "局机关/法制科", "在编执法", None, "男", None, None, None],
        ["Z0001", "吴军", "青山镇执法中队", "辅助执法", None, "男", None, None, None],
        ["T0005", "陈静", "测试市综合行政执法局/局机关", "外包", None, "男", None, None, None],
    ]
    rows[4] = rows[-1]
    del rows[-1]
    path = xlsx(tmp_path / "roster.xlsx", [HEADER, *rows])
    before = _snapshot(any_db)

    with pytest.raises(ValidationError) as exc:
        _import(any_db, bureau, path)
    assert [(e.row, e.field) for e in exc.value.errors] == [
        (6, "单位"),
        (7, "单位"),
        (8, "单位"),
        (9, "单位"),
    ]
    assert "局机关/法制科" in exc.value.errors[1].message
    assert "局机关" in exc.value.errors[0].message
    assert _snapshot(any_db) == before

    plan = _import(any_db, bureau, path, dry_run=True, create_units=True)
    assert plan.units_to_create == ("局机关", "局机关/法制科", "青山镇执法中队")
    assert plan.transfers == (PlannedTransfer("T0005", "陈静", "办公室", "局机关"),)
    assert _snapshot(any_db) == before

    done = _import(any_db, bureau, path, create_units=True)
    assert len(done.new) == 3
    with any_db.session() as session:
        units = {
            u.name: (u.kind, u.parent.name if u.parent else None)
            for u in session.scalars(select(Unit))
        }
    assert units["局机关"] == (UnitKind.DEPARTMENT, "测试市综合行政执法局")
    assert units["法制科"] == (UnitKind.DEPARTMENT, "局机关")
    assert units["青山镇执法中队"] == (UnitKind.TOWN_TEAM, "测试市综合行政执法局")
    assert _people(any_db)["F0001"][1] == "法制科"
    # The path, the unit's name alone (unique) or its full path find the same unit now.
    later = [HEADER, *rows]
    later[6] = ["F0001", "孙丽", "法制科", "在编执法", "科长", "女", None, None, None]
    again = _import(any_db, bureau, xlsx(tmp_path / "again.xlsx", later), dry_run=True)
    assert (again.new, again.changed, again.transfers, again.units_to_create) == ((), (), (), ())


def test_every_bad_row_is_listed_by_row_and_column_and_nothing_is_written(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    rows = [
        *AS_ON_RECORD,
        ["T0001", "张伟", "城东中队", "在编执法", None, "男", None, None, None],  # 7: twice
        ["N0001", "新人", "城东中队", "临时工", None, "男", None, None, None],  # 8: category
        ["N0002", "新人", "城东中队", "协管", None, "不详", "1990-13-01", None, None],  # 9
        ["N0003", "新人", "城南中队", "协管", None, None, None, "2027-01-01", None],  # 10
        ["N 4", None, "城东中队", None, None, None, None, None, "电话号码"],  # 11
        ["N0005", "新人", None, "协管", "长" * 41, None, "2020-01-01", None, None],  # 12
    ]
    path = xlsx(tmp_path / "bad.xlsx", [HEADER, *rows])
    before = _snapshot(any_db)
    with pytest.raises(ValidationError) as exc:
        _import(any_db, bureau, path)
    found = [(e.row, e.field) for e in exc.value.errors]
    assert found == [
        (7, "工号"),
        (8, "人员类别"),
        (9, "性别"),
        (9, "出生日期"),
        (10, "入职日期"),
        (10, "单位"),
        (11, "工号"),
        (11, "姓名"),
        (11, "人员类别"),
        (11, "联系电话"),
        (12, "单位"),
        (12, "职务"),
        (12, "出生日期"),
    ]
    messages = {(e.row, e.field): e.message for e in exc.value.errors}
    assert "row 2" in messages[(7, "工号")]
    assert "临时工" in messages[(8, "人员类别")]
    assert "城南中队" in messages[(10, "单位")]
    assert _snapshot(any_db) == before


def test_a_person_on_record_as_gone_is_not_silently_brought_back(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    with any_db.session() as session:
        person = session.scalars(select(Person).where(Person.staff_no == "T0005")).one()
        person.status, person.left_date = PersonStatus.LEFT, date(2026, 6, 30)
        session.commit()
    path = xlsx(tmp_path / "roster.xlsx", [HEADER, *AS_ON_RECORD])
    with pytest.raises(ValidationError) as exc:
        _import(any_db, bureau, path)
    assert [(e.row, e.field) for e in exc.value.errors] == [(6, "工号")]
    assert "2026-06-30" in exc.value.errors[0].message


def test_a_transfer_may_not_predate_the_last_one_nor_lie_in_the_future(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    rows = [list(r) for r in AS_ON_RECORD]
    rows[0][2] = "城西中队"
    path = xlsx(tmp_path / "roster.xlsx", [HEADER, *rows])
    with pytest.raises(ValidationError) as exc:
        _import(any_db, bureau, path, effective=date(2026, 12, 1))
    assert exc.value.errors[0].field == "effective"
    assert "2026-12-01" in exc.value.errors[0].message
    _import(any_db, bureau, path, effective=EFFECTIVE)
    rows[0][2] = "城东中队"
    back = xlsx(tmp_path / "back.xlsx", [HEADER, *rows])
    with pytest.raises(ValidationError) as exc:
        _import(any_db, bureau, back, effective=date(2026, 10, 1))
    assert [(e.row, e.field) for e in exc.value.errors] == [(2, "单位")]
    assert "2026-11-01" in exc.value.errors[0].message


def test_only_an_administrator_imports_the_roster(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "roster.xlsx", [HEADER, *AS_ON_RECORD])
    for user in (bureau.supervisor, bureau.leader, bureau.viewer):
        with pytest.raises(PermissionDenied):
            _import(any_db, bureau, path, dry_run=True, user=user)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_language(request.param)
    try:
        yield request.param
    finally:
        i18n.set_language("en")


def test_the_roster_export_imports_back_unchanged(
    db: Database, tmp_path: Path, language: str
) -> None:
    with db.session() as session:
        b = make_bureau(session)
        # A second 办公室 elsewhere in the tree: the export writes the name alone.
        branch = Unit(name="城北大队", kind=UnitKind.BRANCH, parent_id=b.bureau.id)
        session.add(branch)
        session.flush()
        session.add(Unit(name="办公室", kind=UnitKind.DEPARTMENT, parent_id=branch.id))
        person = session.scalars(select(Person).where(Person.staff_no == "T0002")).one()
        person.position, person.phone, person.legal_qualification = "副中队长", "0571-1234", True
        gone = session.scalars(select(Person).where(Person.staff_no == "T0004")).one()
        gone.status, gone.left_date = PersonStatus.LEFT, date(2026, 5, 31)
        gone.gender = None
        session.commit()
        rows = list_people(session, b.admin)
    path = write_roster(rows, tmp_path / "花名册.xlsx", "人员花名册", TODAY)
    plan = _import(db, b, path, dry_run=True)
    assert (plan.new, plan.changed, plan.transfers, plan.not_in_file) == ((), (), (), ())
    assert (plan.units_to_create, plan.unchanged, plan.rows_read) == ((), 5, 5)


def test_english_labels_and_headers_are_read_too(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    header = ["Staff no.", "Name", "Unit", "Category", "Gender", "Legal qualification"]
    path = xlsx(
        tmp_path / "roster.csv.xlsx",
        [header, ["E0001", "Li Lei", "城东中队", "Auxiliary", "Female", "yes"]],
    )
    plan = _import(any_db, bureau, path, dry_run=True)
    assert plan.new == (PlannedPerson("E0001", "Li Lei", "城东中队"),)
    _import(any_db, bureau, path)
    with any_db.session() as session:
        p = session.scalars(select(Person).where(Person.staff_no == "E0001")).one()
        assert (p.category, p.gender, p.legal_qualification) == (
            Category.AUXILIARY,
            Gender.FEMALE,
            True,
        )


def _statements(db: Database, run: Any) -> int:
    count = 0

    def counted(*_args: Sequence[Any]) -> None:
        nonlocal count
        count += 1

    event.listen(db.engine, "before_cursor_execute", counted)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", counted)
    return count


def test_the_check_costs_the_same_few_queries_for_30_or_600_people(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        b = make_bureau(session)

    def roster(n: int) -> Path:
        rows = [
            [f"R{i:05d}", f"队员{i}", ("城东中队", "城西中队", "局机关/法制科")[i % 3], "协管"]
            for i in range(n)
        ]
        return xlsx(tmp_path / f"r{n}.xlsx", [HEADER[:4], *AS_ON_RECORD_4, *rows])

    small, large = roster(30), roster(600)
    read, _run = registry.importer("roster")
    small_rows, large_rows = read(small), read(large)

    def check(rows: Any) -> None:
        registry.import_rows(
            Workspace(db, b.admin),
            "roster",
            rows,
            TODAY,
            dry_run=True,
            options=RosterOptions(create_units=True),
        )

    few = _statements(db, lambda: check(small_rows))
    many = _statements(db, lambda: check(large_rows))
    assert many == few and few < 20


AS_ON_RECORD_4 = [r[:4] for r in AS_ON_RECORD]
