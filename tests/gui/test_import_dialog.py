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
