"""The rule catalogue: checks on every field, rule-set dates, copying a set, admin-only
writes, recorded points that never move, and the xlsx/csv import and export."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core import i18n
from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.database import Database
from console.core.default_rules import DEFAULT_RULES, install_default_rules
from console.core.errors import FieldError, PermissionDenied, ValidationError
from console.core.imports.rules import RULE_COLUMNS, ImportSummary, import_rules, read_rules
from console.core.scoring.rules import (
    RuleInput,
    RuleRow,
    add_rule,
    add_rule_set,
    get_rule,
    get_rule_set,
    list_rule_sets,
    list_rules,
    rule_set_in_force,
    set_rule_active,
    update_rule,
    update_rule_set,
)
from console.core.workspace import Workspace
from db.scoring import PointEvent, Rule, RuleSet
from exports.rules_xlsx import header_names, write_rules
from glossary import EventStatus, RuleCategory
from tests.factories import Bureau, make_bureau

JAN_2026 = date(2026, 1, 1)


@pytest.fixture
def bureau(session: Session) -> Bureau:
    return make_bureau(session)


@pytest.fixture
def rule_set_id(session: Session) -> int:
    rule_set = install_default_rules(session, JAN_2026)
    session.commit()
    return rule_set.id


def _rule(**changes: object) -> RuleInput:
    good = RuleInput(
        code="AJ06",
        category=RuleCategory.CASEWORK,
        text="办理跨区域协作案件",
        points="1.5",
        count_unit="件",
        monthly_cap="6",
    )
    return replace(good, **changes)  # type: ignore[arg-type]


def _rule_count(session: Session) -> int:
    return session.scalar(select(func.count(Rule.id))) or 0


def _by_code(session: Session, user: User, rule_set_id: int) -> dict[str, RuleRow]:
    return {r.code: r for r in list_rules(session, user, rule_set_id)}


# --- reading -------------------------------------------------------------------------


def test_anyone_signed_in_reads_the_catalogue(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    sets = list_rule_sets(session, bureau.viewer)
    assert [(s.id, s.rule_count, s.base_score) for s in sets] == [
        (rule_set_id, len(DEFAULT_RULES), Decimal(100))
    ]
    rules = list_rules(session, bureau.leader, rule_set_id)
    assert len(rules) == len(DEFAULT_RULES)
    first = rules[0]
    assert (first.code, first.category, first.points, first.count_unit) == (
        "AJ01",
        RuleCategory.CASEWORK,
        Decimal("0.5"),
        "件",
    )
    assert (first.monthly_cap, first.used, first.active) == (Decimal(10), 0, True)
    # Section by section, in the order of the categories.
    order = list(RuleCategory)
    assert [order.index(r.category) for r in rules] == sorted(
        order.index(r.category) for r in rules
    )


# --- validation ----------------------------------------------------------------------

BAD_RULES: list[tuple[str, dict[str, object]]] = [
    ("code", {"code": "  "}),
    ("code", {"code": "AJ 06"}),
    ("code", {"code": "规则1"}),
    ("code", {"code": "-AJ06"}),
    ("code", {"code": "A" * 21}),
    ("code", {"code": "aj01"}),  # AJ01 exists: codes are one whatever the case
    ("category", {"category": None}),
    ("text", {"text": " \n "}),
    ("text", {"text": "长" * 501}),
    ("points", {"points": ""}),
    ("points", {"points": None}),
    ("points", {"points": "two"}),
    ("points", {"points": "0"}),
    ("points", {"points": "-0.00"}),
    ("points", {"points": "1000.01"}),
    ("points", {"points": "-1001"}),
    ("points", {"points": "0.125"}),
    ("points", {"points": "NaN"}),
    ("points", {"points": "Infinity"}),
    ("count_unit", {"count_unit": ""}),
    ("count_unit", {"count_unit": "单" * 21}),
    ("monthly_cap", {"monthly_cap": "0"}),
    ("monthly_cap", {"monthly_cap": "-5"}),
    ("monthly_cap", {"monthly_cap": "ten"}),
    ("monthly_cap", {"monthly_cap": "0.001"}),
    ("monthly_cap", {"monthly_cap": "1000.5"}),
]


@pytest.mark.parametrize(("field", "changes"), BAD_RULES)
def test_each_bad_field_is_refused(
    session: Session,
    bureau: Bureau,
    rule_set_id: int,
    field: str,
    changes: dict[str, object],
) -> None:
    before = _rule_count(session)
    with pytest.raises(ValidationError) as err:
        add_rule(session, bureau.admin, rule_set_id, _rule(**changes))
    assert [e.field for e in err.value.errors] == [field]
    assert err.value.errors[0].message
    session.rollback()
    assert _rule_count(session) == before


def test_every_problem_is_listed_at_once_and_nothing_written(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    before = _rule_count(session)
    bad = RuleInput(code="", category=None, text="", points="x", count_unit="", monthly_cap="0")
    with pytest.raises(ValidationError) as err:
        add_rule(session, bureau.admin, rule_set_id, bad)
    assert {e.field for e in err.value.errors} == {
        "code",
        "category",
        "text",
        "points",
        "count_unit",
        "monthly_cap",
    }
    assert _rule_count(session) == before


def test_a_good_rule_is_stored_normalised(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    saved = add_rule(
        session,
        bureau.admin,
        rule_set_id,
        # What a Chinese input method types: full-width digits and sign, spaces around.
        _rule(code=" aj06 ", points="－０.５", monthly_cap="", text="  跨区域协作  "),
    )
    assert (saved.code, saved.points, saved.monthly_cap, saved.text) == (
        "AJ06",
        Decimal("-0.5"),
        None,
        "跨区域协作",
    )
    assert saved.active and saved.used == 0
    assert "AJ06" in _by_code(session, bureau.viewer, rule_set_id)


def test_edge_values_are_accepted(session: Session, bureau: Bureau, rule_set_id: int) -> None:
    saved = add_rule(
        session,
        bureau.admin,
        rule_set_id,
        _rule(code="A-" + "9" * 18, points="-1000", monthly_cap="1000", count_unit="单" * 20),
    )
    assert saved.points == Decimal(-1000) and saved.monthly_cap == Decimal(1000)
    saved = add_rule(session, bureau.admin, rule_set_id, _rule(code="X1", points=Decimal("0.01")))
    assert saved.points == Decimal("0.01")


def test_a_rule_may_keep_its_own_code(session: Session, bureau: Bureau, rule_set_id: int) -> None:
    rule = _by_code(session, bureau.admin, rule_set_id)["AJ02"]
    saved = update_rule(
        session,
        bureau.admin,
        rule.id,
        _rule(code="aj02", text="办理一般程序案件（修订）"),
        seen_version=None,
    )
    assert (saved.code, saved.text) == ("AJ02", "办理一般程序案件（修订）")
    with pytest.raises(ValidationError) as err:
        update_rule(session, bureau.admin, rule.id, _rule(code="AJ01"), seen_version=None)
    assert [e.field for e in err.value.errors] == ["code"]


def test_the_same_code_may_be_in_another_set(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    other = add_rule_set(session, bureau.admin, "2027 细则", date(2027, 1, 1), "100")
    saved = add_rule(session, bureau.admin, other.id, _rule(code="AJ01"))
    assert saved.rule_set_id == other.id


# --- permissions ---------------------------------------------------------------------


def test_only_an_administrator_changes_the_catalogue(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    rule = _by_code(session, bureau.admin, rule_set_id)["AJ01"]
    writes: list[Callable[[User], object]] = [
        lambda u: add_rule(session, u, rule_set_id, _rule()),
        lambda u: update_rule(session, u, rule.id, _rule(code="AJ01"), seen_version=None),
        lambda u: set_rule_active(session, u, rule.id, False),
        lambda u: add_rule_set(session, u, "2027", date(2027, 1, 1), "100", rule_set_id),
        lambda u: update_rule_set(session, u, rule_set_id, "改名", JAN_2026, None, "100"),
        lambda u: import_rules(session, u, rule_set_id, [_rule()]),
    ]
    before = (_rule_count(session), session.scalar(select(func.count(RuleSet.id))))
    for user in (bureau.supervisor, bureau.leader, bureau.viewer):
        for write in writes:
            with pytest.raises(PermissionDenied):
                write(user)
    after = (_rule_count(session), session.scalar(select(func.count(RuleSet.id))))
    assert after == before
    assert get_rule(session, bureau.viewer, rule.id) == rule


# --- rule sets -----------------------------------------------------------------------


def test_a_new_set_copies_the_rules_and_closes_the_old_one(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    old_rules = _by_code(session, bureau.admin, rule_set_id)
    set_rule_active(session, bureau.admin, old_rules["QT03"].id, False)
    new = add_rule_set(
        session, bureau.admin, "2027年考核细则", date(2027, 1, 1), "90", copy_from=rule_set_id
    )
    assert (new.effective_from, new.effective_to, new.base_score) == (
        date(2027, 1, 1),
        None,
        Decimal(90),
    )
    assert new.rule_count == len(DEFAULT_RULES)
    sets = {s.id: s for s in list_rule_sets(session, bureau.viewer)}
    assert sets[rule_set_id].effective_to == date(2026, 12, 31)

    copied = _by_code(session, bureau.admin, new.id)
    assert set(copied) == set(old_rules)
    for code, rule in copied.items():
        old = old_rules[code]
        assert rule.id != old.id
        assert (rule.category, rule.text, rule.points, rule.count_unit, rule.monthly_cap) == (
            old.category,
            old.text,
            old.points,
            old.count_unit,
            old.monthly_cap,
        )
        assert (rule.needs_approval, rule.serious) == (old.needs_approval, old.serious)
    assert not copied["QT03"].active  # a deactivated rule stays so in the copy

    # Next year's edits leave this year's catalogue alone.
    update_rule(
        session, bureau.admin, copied["AJ02"].id, _rule(code="AJ02", points="3"), seen_version=None
    )
    assert _by_code(session, bureau.admin, rule_set_id)["AJ02"].points == Decimal(2)

    in_2026 = rule_set_in_force(session, date(2026, 12, 31))
    in_2027 = rule_set_in_force(session, date(2027, 1, 1))
    assert in_2026 is not None and in_2026.id == rule_set_id
    assert in_2027 is not None and in_2027.id == new.id
    assert rule_set_in_force(session, date(2025, 12, 31)) is None


def test_a_new_set_without_copy_is_empty(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    new = add_rule_set(session, bureau.admin, "空白细则", date(2027, 1, 1), Decimal(100))
    assert new.rule_count == 0 and list_rules(session, bureau.admin, new.id) == []


def test_rule_sets_never_overlap(session: Session, bureau: Bureau, rule_set_id: int) -> None:
    # The open-ended 2026 set cannot be closed before it starts.
    with pytest.raises(ValidationError) as err:
        add_rule_set(session, bureau.admin, "同日", JAN_2026, "100")
    assert [e.field for e in err.value.errors] == ["effective_from"]
    assert "2026年全员目标积分制考核细则" in err.value.errors[0].message
    add_rule_set(session, bureau.admin, "2027", date(2027, 1, 1), "100", rule_set_id)
    session.commit()  # services leave committing to the caller; the rollback below must keep it

    # A historical set fits only into a gap: before 2026 it must end by 2025-12-31.
    with pytest.raises(ValidationError) as err:
        add_rule_set(
            session, bureau.admin, "2025", date(2025, 1, 1), "100", effective_to=date(2026, 3, 1)
        )
    assert [e.field for e in err.value.errors] == ["effective_from"]
    old = add_rule_set(
        session, bureau.admin, "2025", date(2025, 1, 1), "100", effective_to=date(2025, 12, 31)
    )
    assert old.effective_to == date(2025, 12, 31)
    session.commit()

    # Moving a set's dates onto its neighbour is refused, and nothing moves.
    with pytest.raises(ValidationError) as err:
        update_rule_set(
            session, bureau.admin, rule_set_id, "2026", date(2026, 1, 1), date(2027, 1, 1), "100"
        )
    assert [e.field for e in err.value.errors] == ["effective_from"]
    session.rollback()
    sets = {s.id: s for s in list_rule_sets(session, bureau.admin)}
    assert sets[rule_set_id].effective_to == date(2026, 12, 31)
    assert len(sets) == 3


def test_rule_set_fields_are_checked(session: Session, bureau: Bureau, rule_set_id: int) -> None:
    with pytest.raises(ValidationError) as err:
        update_rule_set(
            session, bureau.admin, rule_set_id, " ", date(2026, 6, 1), date(2026, 5, 31), "abc"
        )
    assert {e.field for e in err.value.errors} == {"name", "base_score", "effective_to"}
    for score in ("0", "-10", "1000.01", "99.999", ""):
        with pytest.raises(ValidationError) as err:
            add_rule_set(session, bureau.admin, "2027", date(2027, 1, 1), score)
        assert [e.field for e in err.value.errors] == ["base_score"]
    with pytest.raises(ValidationError) as err:
        add_rule_set(session, bureau.admin, "名" * 81, date(2027, 1, 1), "100", copy_from=9999)
    assert {e.field for e in err.value.errors} == {"name", "copy_from"}
    session.rollback()
    assert len(list_rule_sets(session, bureau.admin)) == 1

    saved = update_rule_set(
        session, bureau.admin, rule_set_id, "2026 细则（修订）", JAN_2026, None, "95.5", "说明"
    )
    assert (saved.name, saved.base_score, saved.note) == (
        "2026 细则（修订）",
        Decimal("95.5"),
        "说明",
    )


# --- recorded points never move ------------------------------------------------------


def _record(session: Session, b: Bureau, rule_id: int, quantity: str, points: str) -> int:
    event = PointEvent(
        person_id=b.people[0].id,
        unit_id=b.east.id,
        event_date=date(2026, 11, 3),
        rule_id=rule_id,
        quantity=Decimal(quantity),
        points=Decimal(points),
        status=EventStatus.APPROVED,
    )
    session.add(event)
    session.commit()
    return event.id


def _points(session: Session, event_id: int) -> Decimal:
    session.expire_all()
    return session.get_one(PointEvent, event_id).points


def test_editing_a_rule_leaves_recorded_points_alone(
    session: Session, bureau: Bureau, rule_set_id: int
) -> None:
    rule = _by_code(session, bureau.admin, rule_set_id)["AJ02"]  # +2 per case
    event_id = _record(session, bureau, rule.id, "3", "6")
    assert get_rule(session, bureau.admin, rule.id).used == 1

    same_arithmetic = {
        "category": rule.category,
        "monthly_cap": "" if rule.monthly_cap is None else str(rule.monthly_cap),
    }
    with pytest.raises(ValidationError, match="already has entries"):
        update_rule(  # its cap and category are part of past months' arithmetic
            session,
            bureau.admin,
            rule.id,
            _rule(code="AJ02", points="5", monthly_cap="", category=RuleCategory.SERVICE),
            seen_version=None,
        )
    changed = update_rule(
        session,
        bureau.admin,
        rule.id,
        _rule(code="AJ02", points="5", **same_arithmetic),
        seen_version=None,
    )
    assert changed.points == Decimal(5) and changed.used == 1
    assert _points(session, event_id) == Decimal(6)

    set_rule_active(session, bureau.admin, rule.id, False)
    assert _points(session, event_id) == Decimal(6)
    assert session.get(Rule, rule.id) is not None  # deactivated, never deleted
    assert not get_rule(session, bureau.admin, rule.id).active

    summary = import_rules(
        session,
        bureau.admin,
        rule_set_id,
        [_rule(code="AJ02", points="-4", active=True, **same_arithmetic)],
    )
    assert summary == ImportSummary(added=0, updated=1, unchanged=0)
    assert _points(session, event_id) == Decimal(6)
    assert get_rule(session, bureau.admin, rule.id).active


# --- import --------------------------------------------------------------------------


def _sheet(path: Path, header: list[str], rows: list[list[object]], title: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    if title:
        ws.append(["2027年考核细则（导入）"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


ZH_HEADER = ["编号", "类别", "内容", "分值", "计量单位", "月封顶", "需审核", "严重违纪", "启用"]


def test_a_file_with_bad_rows_is_refused_whole(
    session: Session, bureau: Bureau, rule_set_id: int, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "rules.xlsx",
        ZH_HEADER,
        [
            ["AJ01", "办案", "办理简易程序案件", 0.8, "件", 10, "否", "否", "是"],  # row 3: fine
            ["AJ 9", "办案", "编号有空格", 1, "件", None, "否", "否", "是"],  # row 4
            ["XC09", "巡查", "分值写成文字", "两分", "次", None, "否", "否", "是"],  # row 5
            ["ST01", "食堂", "类别不存在", 1, "次", None, "否", "否", "是"],  # row 6
            [None, None, None, None, None, None, None, None, None],  # blank: skipped
            ["aj01", "办案", "编号与第3行重复", 1, "件", None, "否", "否", "是"],  # row 8
            ["FW09", "服务", "审核写错", 1, "次", None, "也许", "否", "是"],  # row 9
            ["FW10", "service", "", 1, "次", 0, "no", "no", "yes"],  # row 10: two problems
        ],
    )
    before = {r.code: r for r in list_rules(session, bureau.admin, rule_set_id)}
    with pytest.raises(ValidationError) as err:
        read_rules(path)
    found = [(e.row, e.field) for e in err.value.errors]
    assert found == [
        (4, "编号"),
        (5, "分值"),
        (6, "类别"),
        (8, "编号"),
        (9, "需审核"),
        (10, "内容"),
        (10, "月封顶"),
    ]
    messages = {(e.row, e.field): e.message for e in err.value.errors}
    assert "食堂" in messages[(6, "类别")]
    assert "row 3" in messages[(8, "编号")]
    assert str(err.value).startswith("Row 4: ")

    # The same rows given to the import directly are refused too, and nothing changes.
    rows = [
        _rule(code="AJ01", points="0.8", row=3),
        _rule(code="AJ 9", row=4),
        _rule(code="XC09", points="两分", row=5),
        _rule(code="aj01", row=8),
    ]
    with pytest.raises(ValidationError) as err:
        import_rules(session, bureau.admin, rule_set_id, rows)
    assert [(e.row, e.field) for e in err.value.errors] == [
        (4, "code"),
        (5, "points"),
        (8, "code"),
    ]
    session.rollback()
    assert {r.code: r for r in list_rules(session, bureau.admin, rule_set_id)} == before


def test_a_good_file_upserts_by_code(
    session: Session, bureau: Bureau, rule_set_id: int, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "rules.xlsx",
        ["code", "category", "text", "points", "count unit", "Monthly cap", "needs_approval"],
        [
            ["aj01", "casework", "办理简易程序案件", 0.8, "件", 10, "no"],  # changed points
            ["AJ02", "Casework", "办理一般程序案件", 2, "件", 30, "no"],  # as it is
            ["AJ06", "案卷评查", "案卷被评为示范案卷", "+3", "卷", None, "是"],  # new
        ],
        title=False,
    )
    rows = read_rules(path)
    assert [r.row for r in rows] == [2, 3, 4]
    assert rows[2].category == RuleCategory.CASE_REVIEW and rows[2].needs_approval
    summary = import_rules(session, bureau.admin, rule_set_id, rows)
    assert summary == ImportSummary(added=1, updated=1, unchanged=1)
    rules = _by_code(session, bureau.admin, rule_set_id)
    assert rules["AJ01"].points == Decimal("0.8")
    assert rules["AJ06"].active and rules["AJ06"].count_unit == "卷"
    assert len(rules) == len(DEFAULT_RULES) + 1  # nothing removed


def test_missing_columns_and_wrong_files_are_reported(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "a.xlsx", ["编号", "内容", "备注"], [["AJ01", "x", ""]])
    with pytest.raises(ValidationError) as err:
        read_rules(path)
    # The same header check as every import: one message naming what the header lacks.
    [missing] = err.value.errors
    assert (missing.row, missing.field) == (2, "header")
    assert "类别" in missing.message and "分值" in missing.message
    assert "编号" not in missing.message.split("Expected")[0]

    path = _sheet(tmp_path / "b.xlsx", ["姓名", "工号"], [["张伟", "T0001"]])
    with pytest.raises(ValidationError, match="header"):
        read_rules(path)

    (tmp_path / "c.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ValidationError, match="not a readable Excel"):
        read_rules(tmp_path / "c.xlsx")

    (tmp_path / "d.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        read_rules(tmp_path / "d.xls")

    path = _sheet(tmp_path / "e.xlsx", ZH_HEADER, [])
    with pytest.raises(ValidationError, match="no rules"):
        read_rules(path)


def _write_csv(path: Path, encoding: str, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


CSV_ROWS = [
    ["XC01", "巡查", "巡查发现问题并上报处置", "0.1", "件", "3", "否", "否", "是"],
    ["JL07", "纪律作风", "违反廉洁自律规定（经查实）", "-10", "次", "", "是", "是", "是"],
    ["TS01", "投诉信访", "被投诉经查属实", "－5", "件", "", "否", "否", "否"],
]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_the_encodings_excel_writes(tmp_path: Path, encoding: str) -> None:
    path = _write_csv(tmp_path / "rules.csv", encoding, ZH_HEADER, CSV_ROWS)
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")  # really not UTF-8
    rows = read_rules(path)
    assert [(r.code, r.category, r.points, r.monthly_cap) for r in rows] == [
        ("XC01", RuleCategory.PATROL, Decimal("0.1"), Decimal(3)),
        ("JL07", RuleCategory.DISCIPLINE, Decimal(-10), None),
        ("TS01", RuleCategory.COMPLAINT, Decimal(-5), None),
    ]
    assert [(r.needs_approval, r.serious, r.active) for r in rows] == [
        (False, False, True),
        (True, True, True),
        (False, False, False),
    ]
    assert [r.row for r in rows] == [2, 3, 4]


def test_csv_row_errors_name_the_line(tmp_path: Path) -> None:
    rows = [*CSV_ROWS, ["XC01", "巡查", "重复", "1", "次", "", "", "", ""]]
    path = _write_csv(tmp_path / "rules.csv", "gb18030", ZH_HEADER, rows)
    with pytest.raises(ValidationError) as err:
        read_rules(path)
    assert [(e.row, e.field) for e in err.value.errors] == [(5, "编号")]


# --- export --------------------------------------------------------------------------


def _as_input(rule: RuleRow) -> tuple[object, ...]:
    return (
        rule.code,
        rule.category,
        rule.text,
        rule.points,
        rule.count_unit,
        rule.monthly_cap,
        rule.needs_approval,
        rule.serious,
        rule.active,
    )


def _read_back(rows: list[RuleInput]) -> list[tuple[object, ...]]:
    return [
        (
            r.code,
            r.category,
            r.text,
            r.points,
            r.count_unit,
            r.monthly_cap,
            r.needs_approval,
            r.serious,
            r.active,
        )
        for r in rows
    ]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_export_reads_back_unchanged(
    session: Session, bureau: Bureau, rule_set_id: int, tmp_path: Path, language: str
) -> None:
    rule = _by_code(session, bureau.admin, rule_set_id)["QT03"]
    set_rule_active(session, bureau.admin, rule.id, False)
    rule_set = list_rule_sets(session, bureau.admin)[0]
    rules = list_rules(session, bureau.admin, rule_set_id)
    try:
        i18n.set_language(language)
        path = write_rules(rule_set, rules, tmp_path / "细则.xlsx")
        read = read_rules(path)
    finally:
        i18n.set_language("en")
    assert _read_back(read) == [_as_input(r) for r in rules]

    ws = load_workbook(path).active
    assert ws is not None
    assert rule_set.name in str(ws["A1"].value)
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == f"A2:I{2 + len(rules)}"
    assert all(ws.cell(row=2, column=c).font.bold for c in range(1, 10))
    points = ws.cell(row=3, column=4)
    assert isinstance(points.value, int | float) and points.value == 0.5
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width

    # Importing the export into its own set changes nothing.
    assert import_rules(session, bureau.admin, rule_set_id, read) == ImportSummary(0, 0, len(rules))


def test_export_headers_are_the_ones_the_import_accepts() -> None:
    written = header_names()
    assert list(written) == [c.key for c in RULE_COLUMNS]
    for column in RULE_COLUMNS:
        assert written[column.key] == column.english
        # Translated headers must be the documented Chinese ones, or the file would not
        # import on another desk.
        chinese = i18n.lookup("exports", column.english, "zh_CN")
        assert chinese in (None, column.header), column.key


def test_import_headers_are_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "import-formats.md").read_text(
        encoding="utf-8"
    )
    section = doc.split("## Rule catalogue (考核细则)", 1)[1].split("\n## ", 1)[0]
    for column in RULE_COLUMNS:
        assert f"| {column.header} | {column.key} |" in section


def test_field_errors_read_as_rows() -> None:
    assert (
        str(FieldError("分值", "Points must be a number.", 5)) == "Row 5: Points must be a number."
    )


# --- two desktops, one rule ----------------------------------------------------------


def test_an_edit_of_a_rule_changed_meanwhile_is_refused(any_db: Database) -> None:
    """Both administrators opened the rule at the same version; the second save would
    overwrite the first with its older copy, so it is refused and names who changed it."""
    with any_db.session() as session:
        b = make_bureau(session)
        rule_set = install_default_rules(session, JAN_2026)
        rule = _by_code(session, b.admin, rule_set.id)["AJ02"]
    first, second = Workspace(any_db, b.admin), Workspace(any_db, b.admin)
    saved = first.run(
        update_rule,
        b.admin,
        rule.id,
        _rule(code="AJ02", text="第一位的修改"),
        seen_version=rule.row_version,
    )
    assert saved.row_version == rule.row_version + 1
    with pytest.raises(Conflict, match="changed this record"):
        second.run(
            update_rule,
            b.admin,
            rule.id,
            _rule(code="AJ02", text="第二位的修改"),
            seen_version=rule.row_version,
        )
    with pytest.raises(Conflict):
        second.run(set_rule_active, b.admin, rule.id, False, seen_version=rule.row_version)
    now = first.read(get_rule, b.admin, rule.id)
    assert (now.text, now.active) == ("第一位的修改", True)
    # Saved again unchanged from what is shown now: accepted.
    again = second.run(
        update_rule,
        b.admin,
        rule.id,
        _rule(code="AJ02", text=now.text),
        seen_version=now.row_version,
    )
    assert again.text == "第一位的修改"


def test_an_edit_of_a_rule_set_changed_meanwhile_is_refused(any_db: Database) -> None:
    with any_db.session() as session:
        b = make_bureau(session)
        rule_set = install_default_rules(session, JAN_2026)
    seen = Workspace(any_db, b.admin).read(get_rule_set, b.admin, rule_set.id)
    Workspace(any_db, b.admin).run(
        update_rule_set,
        b.admin,
        seen.id,
        "改名一",
        JAN_2026,
        None,
        "100",
        seen_version=seen.row_version,
    )
    with pytest.raises(Conflict):
        Workspace(any_db, b.admin).run(
            update_rule_set,
            b.admin,
            seen.id,
            "改名二",
            JAN_2026,
            None,
            "100",
            seen_version=seen.row_version,
        )
    assert Workspace(any_db, b.admin).read(get_rule_set, b.admin, seen.id).name == "改名一"
