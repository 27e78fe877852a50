"""The Commendation & rotation tab lists the year's candidates with their reasons; the
Reports page prints the red and black lists; Settings changes the criteria."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from console.core.database import Database
from console.core.decisions.settings import load_decision_settings
from console.ui.dialogs.grade_history import GradeHistoryView
from console.ui.dialogs.profile import ProfileDialog
from console.ui.pages.decision_settings import DecisionSettingsPanel
from console.ui.pages.decisions_report_panel import DecisionsReportPanel
from console.ui.pages.decisions_tab import DecisionsTab
from db.scoring import MonthlyResult, PeriodLock
from glossary import Grade, YearMonth
from tests.factories import Bureau


def _finalise_year(db: Database, bureau: Bureau, year: int) -> None:
    """Everyone excellent every month of ``year``, except the last person: good."""
    from console.core.seal import seal_month

    with db.session() as s:
        for m in range(1, 13):
            month = YearMonth(year, m)
            s.add(PeriodLock(period=month, version=1, locked=True))
            for i, p in enumerate(bureau.people):
                grade = Grade.GOOD if i == len(bureau.people) - 1 else Grade.EXCELLENT
                total = Decimal(110 - i)
                s.add(
                    MonthlyResult(
                        period=month,
                        version=1,
                        person_id=p.id,
                        unit_id=p.unit_id,
                        base_score=Decimal(100),
                        awards=total - 100,
                        deductions=Decimal(0),
                        total=total,
                        rank=i + 1,
                        unit_rank=1,
                        grade=grade,
                    )
                )
            s.flush()
            seal_month(s, month)
        s.commit()


def test_the_tab_lists_candidates_with_reasons(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    _finalise_year(db, bureau, 2025)
    tab = DecisionsTab(make_ctx(bureau.admin))
    qtbot.addWidget(tab)
    tab.year.setValue(2025)
    tab.show()
    qtbot.waitUntil(lambda: tab.result is not None and tab.result.year == 2025, timeout=10_000)
    assert tab.model.rowCount() == len(bureau.people) - 1  # the one graded good is not
    reasons = tab.model.index(0, tab.model.columnCount() - 1).data()
    assert reasons == "12 excellent months of 12 counted, no fail"
    assert "12 finalised months counted" in tab.summary.text()
    tab.kind.setCurrentIndex(1)  # rotation: everyone in a squad since 2010
    qtbot.waitUntil(lambda: tab.result is not None and tab.result.kind == "rotation")
    assert tab.model.rowCount() == 4  # the office is a department, not a squad
    assert "full years by 2025-12-31" in tab.model.index(0, 8).data()


def test_the_profile_shows_grades_by_year(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    _finalise_year(db, bureau, 2025)
    dialog = ProfileDialog(make_ctx(bureau.admin), bureau.people[-1].id)
    qtbot.addWidget(dialog)
    view = dialog.findChild(GradeHistoryView)
    assert view is not None
    model = view.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "2025"
    assert model.index(0, 1).data() == "Good"
    assert model.index(0, 13 + 1).data() == "12"  # months graded good


def test_settings_save_the_criteria(
    qtbot: QtBot, session: Session, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    panel = DecisionSettingsPanel(make_ctx(bureau.admin))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.commend_excellent.value() == 8
    panel.commend_excellent.setValue(9)
    panel.roll_size.setValue(5)
    panel.save()
    assert panel.saved.text() == "Saved."
    session.expire_all()
    saved = load_decision_settings(session)
    assert saved.commend_excellent == 9 and saved.roll_size == 5
    viewer = DecisionSettingsPanel(make_ctx(bureau.viewer))
    qtbot.addWidget(viewer)
    assert not viewer.commend_excellent.isEnabled() and viewer.save_button.isHidden()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_reports_page_prints_the_red_and_black_lists(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _finalise_year(db, bureau, 2026)
    previewed: list[Path] = []
    monkeypatch.setattr(
        "console.ui.pages.decisions_report_panel.preview_pdf",
        lambda parent, path, title: previewed.append(path),
    )
    panel = DecisionsReportPanel(make_ctx(bureau.admin))
    qtbot.addWidget(panel)
    panel.year.setValue(2026)
    panel.period.setCurrentIndex(12 + 2)  # the third quarter
    panel.honour_roll(preview=True)
    qtbot.waitUntil(lambda: bool(previewed), timeout=20_000)
    text = subprocess.run(
        ["pdftotext", str(previewed[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "red and black lists, Q3 2026" in text
    for person in bureau.people:
        assert person.name in text
    assert panel.roll_preview.isEnabled()
