"""What a supervisor sees of the seal: a finalised month edited outside the app shows
"Seal broken" on the Performance page instead of 已定稿, and the Help menu's dialog checks
a printed bulletin's code, saying in words whether it matches."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from console.core.database import Database
from console.core.workspace import Workspace
from console.ui.dialogs.verify_code import VerifyCodeDialog
from console.ui.pages.performance import PerformancePage
from db.audit import AuditLog
from exports.bulletin_pdf import write_monthly_bulletin
from glossary import YearMonth
from tests.scoring_fixtures import TODAY, finalised_bureau

MONTH = YearMonth(2026, 10)


def test_the_performance_page_shows_a_broken_seal_not_final(
    qtbot: QtBot, db: Database, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    b = finalised_bureau(db)
    ctx = make_ctx(b.admin)
    ctx.set_period(MONTH)
    page = PerformancePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.state_tile.value_text() == "Finalised (version 1)"
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE monthly_result SET rank = 1"))
    page.reload()
    assert page.state_tile.value_text() == "Seal broken"
    assert "no longer match its seal" in page.state_label.text()
    assert "saved results" in page.state_label.text()
    assert page.ranking is not None and not page.ranking.finalised
    assert "seal broken" in page.ranking_tab.export_title(page.ranking)


def test_the_dialog_verifies_a_printed_code_then_fails_it(
    qtbot: QtBot, db: Database, make_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    b = finalised_bureau(db)
    Workspace(db, b.admin).run(
        write_monthly_bulletin,
        b.admin,
        MONTH,
        tmp_path / "b.pdf",
        bureau_name="测试局",
        issued_on=TODAY,
    )
    with db.session() as s:
        after = s.scalars(select(AuditLog.after).where(AuditLog.table_name == "bulletin_print"))
        code = json.loads(after.one() or "{}")["code"]
    dialog = VerifyCodeDialog(make_ctx(b.viewer))
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10_000)
    assert dialog.verdict.text() == "Verified: this bulletin matches the database."
    assert "2026-10" in dialog.details.text()

    with db.engine.begin() as conn:
        conn.execute(text("UPDATE point_event SET points = 40 WHERE points = 6"))
    dialog.checked = None
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10_000)
    assert dialog.verdict.text() == "NOT verified: this bulletin does not match."
    assert "entries of 2026-10 have changed" in dialog.details.text()

    dialog.code.setText("not a code")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "XXXX-XXXX-XXXX" in dialog.verdict.text(), timeout=10_000)
    assert dialog.check_button.isEnabled()
