"""Importing case statistics from the Performance page: check, see every problem, import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.ui.dialogs.import_file import ImportDialog
from db.scoring import PointEvent
from tests.factories import Bureau

HEADER = "工号,月份,简易程序,一般程序,非现场,重大案件\n"


def _events(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(PointEvent.id))) or 0


def test_check_lists_problems_then_a_clean_file_imports(
    qtbot: QtBot,
    db: Database,
    bureau: Bureau,
    make_ctx,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    with db.session() as s:
        install_default_rules(s, date(2026, 1, 1))
        s.commit()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + "T0001,2026-10,12,1,0,0\nNOBODY,2026-10,1,0,0,0\nT0002,2026-10,x,0,0,0\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(make_ctx(bureau.supervisor))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.run(dry_run=True)
    qtbot.waitUntil(lambda: dialog.problems.rowCount() > 0, timeout=10_000)
    rows = {(e.row, e.field) for e in dialog.problems.rows()}
    assert (3, "工号") in rows and (4, "简易程序") in rows
    assert not dialog.import_button.isEnabled()
    assert _events(db) == 0

    good = tmp_path / "good.csv"
    good.write_text(HEADER + "T0001,2026-10,12,1,0,0\n", encoding="utf-8")
    dialog.path.setText(str(good))
    dialog.run(dry_run=True)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert _events(db) == 0  # a check writes nothing
    dialog.run(dry_run=False)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    assert dialog.summary.created == 2 and _events(db) == 2


def test_problems_are_a_sortable_table_that_saves_to_excel(
    qtbot: QtBot,
    db: Database,
    bureau: Bureau,
    make_ctx,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "T0001,2026-10,١٢,1,0,0\nT0002,2026-10,1_000,0,0,0\n=HYPERLINK(1),2026-10,1,0,0,0\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(make_ctx(bureau.supervisor))
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    dialog.path.setText(str(bad))
    dialog.run(dry_run=True)
    qtbot.waitUntil(lambda: dialog.problems.rowCount() >= 3, timeout=10_000)
    assert dialog.export_button.isEnabled()

    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert dialog.problems.rows()[0].row == 4

    target = tmp_path / "problems.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_problems()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: str(target) in dialog.outcome.text(), timeout=10_000)
    ws = load_workbook(target).active
    assert ws is not None
    rows = [tuple(c.value for c in r) for r in ws.iter_rows(min_row=3)]
    assert [r[0] for r in rows] == [e.row for e in dialog.problems.rows()]
    assert (3, "简易程序") in {r[:2] for r in rows}
    assert not [c for r in ws.iter_rows() for c in r if c.data_type == "f"]


def test_a_damaged_file_is_one_line_and_no_table(
    qtbot: QtBot,
    bureau: Bureau,
    make_ctx,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = ImportDialog(make_ctx(bureau.supervisor))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(broken))
    dialog.run(dry_run=True)
    qtbot.waitUntil(lambda: "坏.xlsx" in dialog.outcome.text(), timeout=10_000)
    assert dialog.problems.rowCount() == 0 and not dialog.export_button.isEnabled()
    assert dialog.check_button.isEnabled()
