"""`ducha rules export` and `ducha rules import` on a real database file, as a subprocess:
the rule catalogue window's xlsx format, round trip without change, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import load_workbook

from console.core.auth import SIGN_IN
from console.core.database import open_database
from console.core.default_rules import DEFAULT_RULES
from tests.cli import ADMIN, ducha
from tests.e2e.test_import_cli import bureau_db
from tests.factories import make_bureau
from tests.unit.test_imports import xlsx

__all__ = ["bureau_db"]  # the fixture: a bureau with the default catalogue

HEADER = ["编号", "类别", "内容", "分值"]


def _rules(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT r.code, r.category, r.text, r.points, r.count_unit, r.monthly_cap,"
            " r.needs_approval, r.serious, r.active, r.row_version, s.name"
            " FROM rule r JOIN rule_set s ON s.id = r.rule_set_id ORDER BY s.id, r.code"
        ).fetchall()


def _audit_rows(db: Path) -> int:
    """The audit log's rows but the commands' own sign-ins: each is recorded, and the
    first may renew the account's password hash (the tests' fixtures hash cheaply)."""
    with sqlite3.connect(db) as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM audit_log WHERE table_name NOT IN (?, 'user_account')",
                (SIGN_IN,),
            ).fetchone()[0]
        )


def test_export_then_import_changes_nothing(bureau_db: Path, tmp_path: Path) -> None:
    before, audited = _rules(bureau_db), _audit_rows(bureau_db)
    target = tmp_path / "细则.xlsx"

    exported = ducha("--db", str(bureau_db), "rules", "export", str(target), user=ADMIN)

    assert exported.returncode == 0, exported.stderr
    assert f"{len(DEFAULT_RULES)} rules" in exported.stdout
    ws = load_workbook(target).active
    assert ws is not None and ws.max_row == 2 + len(DEFAULT_RULES)  # title, header, rules

    imported = ducha("--db", str(bureau_db), "rules", "import", str(target), user=ADMIN)

    assert imported.returncode == 0, imported.stderr
    assert f"0 added, 0 updated, {len(DEFAULT_RULES)} unchanged" in imported.stdout
    assert _rules(bureau_db) == before and _audit_rows(bureau_db) == audited


def test_a_chinese_export_imports_back_unchanged_too(bureau_db: Path, tmp_path: Path) -> None:
    before = _rules(bureau_db)
    target = tmp_path / "细则.xlsx"
    done = ducha("--db", str(bureau_db), "rules", "export", str(target), lang="zh_CN", user=ADMIN)
    assert done.returncode == 0, done.stderr
    ws = load_workbook(target).active
    assert ws is not None and [c.value for c in ws[2]][:4] == HEADER
    again = ducha("--db", str(bureau_db), "rules", "import", str(target), user=ADMIN)
    assert again.returncode == 0, again.stderr
    assert f"{len(DEFAULT_RULES)} unchanged" in again.stdout and _rules(bureau_db) == before


def test_a_dry_run_tells_and_saves_nothing_then_the_import_saves(
    bureau_db: Path, tmp_path: Path
) -> None:
    before = _rules(bureau_db)
    first = DEFAULT_RULES[0]
    path = xlsx(
        tmp_path / "new.xlsx",
        [HEADER, ["ZZ01", "办案", "新规则：协助兄弟中队完成专项整治", "+1"]],
    )
    checked = ducha("--db", str(bureau_db), "rules", "import", str(path), "--dry-run", user=ADMIN)
    assert checked.returncode == 0, checked.stderr
    assert "1 added, 0 updated, 0 unchanged" in checked.stdout and "Dry run" in checked.stdout
    assert _rules(bureau_db) == before

    done = ducha("--db", str(bureau_db), "rules", "import", str(path), user=ADMIN)
    assert done.returncode == 0, done.stderr
    after = _rules(bureau_db)
    assert len(after) == len(before) + 1 and ("ZZ01" in {r[0] for r in after})
    assert first.code in {r[0] for r in after}  # an import removes nothing


def test_a_bad_file_lists_the_first_200_problems_and_writes_nothing(
    bureau_db: Path, tmp_path: Path
) -> None:
    before = _rules(bureau_db)
    rows = [[f"B{i:04d}", "办案", "某项工作", "两分"] for i in range(250)]
    path = xlsx(tmp_path / "坏细则.xlsx", [HEADER, *rows])

    refused = ducha("--db", str(bureau_db), "rules", "import", str(path), user=ADMIN)

    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert lines[0].startswith("row 2, column 分值:")
    assert len([line for line in lines if line.startswith("row ")]) == 200
    assert "… and 50 more" in refused.stderr and "250 problems" in lines[-1]
    assert _rules(bureau_db) == before


def test_a_bureau_without_a_catalogue_imports_its_own_into_a_new_set(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    database = open_database(db)
    try:
        with database.session() as session:
            make_bureau(session)
    finally:
        database.close()
    path = xlsx(
        tmp_path / "本局细则.xlsx",
        [HEADER, ["A01", "办案", "办结简易程序案件", "+0.5"], ["D01", "纪律作风", "迟到", "-1"]],
    )

    nothing = ducha("--db", str(db), "rules", "export", str(tmp_path / "out.xlsx"), user=ADMIN)
    assert nothing.returncode == 1 and "--new-set" in nothing.stderr
    refused = ducha("--db", str(db), "rules", "import", str(path), user=ADMIN)
    assert refused.returncode == 1 and "--new-set" in refused.stderr
    usage = ducha("--db", str(db), "rules", "import", str(path), "--base-score", "90", user=ADMIN)
    assert usage.returncode == 2

    args = ["--new-set", "2026年考核细则", "--from", "2026-01-01", "--base-score", "90"]
    checked = ducha("--db", str(db), "rules", "import", str(path), *args, "--dry-run", user=ADMIN)
    assert checked.returncode == 0, checked.stderr
    assert "2 added" in checked.stdout and _rules(db) == []  # not even the set is kept

    done = ducha("--db", str(db), "rules", "import", str(path), *args, user=ADMIN)
    assert done.returncode == 0, done.stderr
    assert [(r[0], r[10]) for r in _rules(db)] == [
        ("A01", "2026年考核细则"),
        ("D01", "2026年考核细则"),
    ]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT base_score, effective_from FROM rule_set").fetchall() == [
            (90, "2026-01-01")
        ]
