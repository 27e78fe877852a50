"""Importing inspection findings from a spreadsheet: all or nothing, every bad row named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.default_rules import install_default_rules
from console.core.errors import PermissionDenied, ValidationError
from console.core.imports.findings import FINDINGS_FORMAT, import_findings, read_findings
from console.core.imports.registry import import_rows
from console.core.integrity.findings import list_findings
from console.core.scoring.locking import finalise_month
from console.core.workspace import Workspace
from db.integrity import Finding
from db.scoring import PointEvent
from glossary import EventSource, FindingStatus, Severity, YearMonth
from tests.factories import Bureau, make_bureau
from tests.unit.test_imports import csv_file, problems, xlsx

HEADER = [c.header for c in FINDINGS_FORMAT.columns]  # the template's, in its order
TODAY = date(2026, 11, 22)


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    install_default_rules(session, date(2026, 1, 1))
    session.commit()
    return bureau


def _counts(session: Session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count(Finding.id))) or 0,
        session.scalar(select(func.count(PointEvent.id))) or 0,
    )


def test_a_good_file_records_open_findings_with_linked_deductions(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "good.xlsx",
        [
            ["2026年11月督察问题登记表"],
            HEADER,
            [
                "2026-11-03",
                "T0001",
                None,
                "执法记录仪使用",
                "较重",
                "未全程开启执法记录仪",
                "2026-11-13",
                None,
                "是",
            ],
            [
                date(2026, 11, 4),
                None,
                "城西中队",
                "着装风纪",
                "一般",
                "队员着装不统一",
                None,
                None,
                None,
            ],
            ["2026/11/05", "t0003", None, "attendance", "minor", "迟到", None, None, "否"],
        ],
    )
    summary = import_findings(session, b.supervisor, read_findings(path), TODAY)
    assert (summary.rows_read, summary.findings, summary.deductions) == (3, 3, 1)
    assert summary.points == Decimal(-3)
    rows = list_findings(session, b.supervisor)
    assert [(f.person_name, f.unit_name, f.topic, f.severity) for f in rows] == [
        ("张伟", "城东中队", "执法记录仪使用", Severity.SERIOUS),
        ("", "城西中队", "着装风纪", Severity.MINOR),
        ("李娜", "城西中队", "考勤", Severity.MINOR),
    ]
    assert all(f.status == FindingStatus.OPEN for f in rows)
    first = rows[0]
    assert first.deadline == date(2026, 11, 13) and first.rule_code == "DC02"
    event = session.get_one(PointEvent, first.point_event_id)
    assert (event.source, event.source_ref, event.person_id) == (
        EventSource.INSPECTION_FINDING,
        f"finding-{first.id}",
        b.people[0].id,
    )


def test_a_bad_findings_file_is_rejected_whole_with_every_bad_row(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    finalise_month(session, b.admin, YearMonth(2026, 9), TODAY)
    before = _counts(session)
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            ["2026-11-03", "T0001", None, "考勤", "一般", "迟到", None, None, None],  # good
            ["2026-11-03", "ZZ9999", None, "考勤", "一般", "迟到", None, None, None],  # staff no
            ["2026-11-03", None, "城南中队", "考勤", "一般", "迟到", None, None, None],  # unit
            ["2026-11-03", "T0001", None, "打麻将", "一般", "上班打牌", None, None, None],  # topic
            ["2026-11-03", "T0001", None, "考勤", "特别严重", "迟到", None, None, None],  # severity
            ["2026-13-03", "T0001", None, "考勤", "一般", "迟到", None, None, None],  # bad date
            [
                "2026-11-03",
                "T0001",
                None,
                "考勤",
                "一般",
                "迟到",
                None,
                "第三次",
                None,
            ],  # text/number
            ["2026-11-03", "T0001", None, "考勤", "一般", None, None, None, None],  # no description
            [
                "2026-11-03",
                "T0001",
                None,
                "考勤",
                "一般",
                "迟到",
                "2026-11-01",
                None,
                None,
            ],  # deadline
            ["2026-12-03", "T0001", None, "考勤", "一般", "迟到", None, None, None],  # future
            ["2026-09-10", "T0001", None, "考勤", "一般", "迟到", None, None, "是"],  # finalised
            ["2026-11-03", "T0001", None, "考勤", "一般", "迟到", None, 999, None],  # inspection
            ["2026-11-03", "T0001", None, "考勤", "一般", "迟到", None, None, "也许"],  # deduct
            ["2026-11-03", None, None, "考勤", "一般", "迟到", None, None, None],  # nobody
        ],
    )
    with pytest.raises(ValidationError) as exc:
        import_findings(session, b.supervisor, read_findings(path), TODAY)
    assert problems(exc) == {
        (3, "工号"),
        (4, "责任单位"),
        (5, "检查内容"),
        (6, "严重程度"),
        (7, "发现日期"),
        (8, "检查编号"),
        (9, "问题描述"),
        (10, "整改期限"),
        (11, "发现日期"),
        (12, "扣分"),
        (13, "检查编号"),
        (14, "扣分"),
        (15, "工号"),
    }
    messages = "\n".join(str(e) for e in exc.value.errors)
    assert "ZZ9999" in messages and "城南中队" in messages and "打麻将" in messages
    assert "Not a number: 第三次" in messages and "2026-09 is finalised" in messages
    assert _counts(session) == before


def test_csv_in_gb18030_with_english_headers(
    session: Session, b: Bureau, tmp_path: Path, workspace: Callable[[User], Workspace]
) -> None:
    path = csv_file(
        tmp_path / "f.csv",
        [
            ["found_date", "staff_no", "topic", "severity", "description", "deduct"],
            ["2026-11-03", "T0002", "四先六公开", "严重", "执法中未亮证、未告知", "是"],
        ],
        "gb18030",
    )
    summary = import_rows(
        workspace(b.supervisor), "findings", read_findings(path), TODAY, dry_run=True
    )
    assert (summary.findings, summary.points, summary.written) == (1, Decimal(-10), False)
    assert _counts(session)[0] == 0
    import_findings(session, b.supervisor, read_findings(path), TODAY)
    (row,) = list_findings(session, b.supervisor)
    assert (row.topic, row.severity, row.rule_code) == ("四先六公开", Severity.GRAVE, "DC03")


@pytest.mark.parametrize("role", ["leader", "viewer"])
def test_only_record_keepers_import_findings(
    session: Session, b: Bureau, tmp_path: Path, role: str
) -> None:
    path = xlsx(
        tmp_path / "f.xlsx",
        [HEADER, ["2026-11-03", "T0001", None, "考勤", "一般", "迟到", None, None, None]],
    )
    with pytest.raises(PermissionDenied):
        import_findings(session, getattr(b, role), read_findings(path), TODAY)
