"""The Integrity page's Warnings and Figures tabs, the warning settings and the inspection
bulletin on the Reports page, driven through the real widgets."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.core.database import Database
from console.core.integrity.warnings import evaluate_warnings
from console.ui.dialogs.reason import ReasonDialog
from console.ui.dialogs.warning import AcknowledgeWarningDialog
from console.ui.pages.integrity import IntegrityPage
from console.ui.pages.reports import ReportsPage
from console.ui.pages.warning_settings import WarningSettingsPanel
from db.audit import AuditLog
from db.integrity import EarlyWarning, Finding
from glossary import FindingStatus, Severity, WarningStatus
from tests.factories import Bureau
from tests.gui.conftest import on_modal


@pytest.fixture
def warned(db: Database, bureau: Bureau) -> int:
    """A grave finding against 张伟 and the warning it raised."""
    with db.session() as s:
        s.add(
            Finding(
                found_date=date(2026, 11, 2),
                person_id=bureau.people[0].id,
                unit_id=bureau.east.id,
                topic="廉洁自律",
                severity=Severity.GRAVE,
                description="接受管理对象宴请",
                deadline=date(2026, 11, 30),
                status=FindingStatus.ASSIGNED,
            )
        )
        s.commit()
        [warning_id] = evaluate_warnings(
            s, bureau.supervisor, date(2026, 11, 22), codes=["grave_finding"]
        ).warning_ids
    return warning_id


def warnings_tab(qtbot: QtBot, make_ctx, user) -> IntegrityPage:  # type: ignore[no-untyped-def]
    page = IntegrityPage(make_ctx(user))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.warnings)
    page.refresh()
    return page


def test_acknowledging_a_warning_through_the_dialog(
    qtbot: QtBot, db: Database, bureau: Bureau, warned: int, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    page = warnings_tab(qtbot, make_ctx, bureau.supervisor)
    tab = page.warnings
    assert tab.model.rowCount() == 1
    assert tab.select_warning(warned)
    assert "接受管理对象宴请" in tab.evidence.item(0).text()
    assert tab.acknowledge_button.isEnabled()
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AcknowledgeWarningDialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()  # nothing said yet: refused, the dialog stays open
        seen.append(dialog.error.text())
        dialog.action.setEditText("已进行廉政谈话，责令书面检查")
        ok.click()

    on_modal(fill)
    tab.acknowledge()
    assert seen and seen[0]
    with db.session() as s:
        w = s.get_one(EarlyWarning, warned)
        assert (w.status, w.action) == (WarningStatus.ACKNOWLEDGED, "已进行廉政谈话，责令书面检查")
        assert w.handled_by_id == bureau.supervisor.id
        audit = s.scalars(
            select(AuditLog).where(AuditLog.table_name == "warning", AuditLog.action == "update")
        ).all()
        assert json.loads(audit[-1].after or "{}")["status"] == "acknowledged"
    # Awaiting action is the default filter: the handled warning has left the list.
    assert tab.model.rowCount() == 0
    tab.status.setCurrentIndex(tab.status.findData("all"))
    assert tab.model.row(0).status == WarningStatus.ACKNOWLEDGED


def test_dismissing_needs_a_reason(
    qtbot: QtBot, db: Database, bureau: Bureau, warned: int, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    tab = warnings_tab(qtbot, make_ctx, bureau.supervisor).warnings
    tab.select_warning(warned)
    errors: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.save()
        errors.append(dialog.error.text())
        dialog.reason.setPlainText("系统录入有误")
        dialog.save()

    on_modal(fill)
    tab.dismiss()
    assert errors[0]
    with db.session() as s:
        w = s.get_one(EarlyWarning, warned)
        assert (w.status, w.reason) == (WarningStatus.DISMISSED, "系统录入有误")


def test_check_now_and_a_viewer_who_only_reads(
    qtbot: QtBot, db: Database, bureau: Bureau, warned: int, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    page = warnings_tab(qtbot, make_ctx, bureau.supervisor)
    tab = page.warnings
    tab.check_now()
    qtbot.waitUntil(lambda: tab.last_check is not None, timeout=20_000)
    # No pledges in the small bureau: everyone active is warned; the grave one not again.
    assert tab.last_check is not None and "grave_finding" not in tab.last_check.fired
    assert tab.last_check.fired["no_pledge"] == len(bureau.people)
    assert tab.model.rowCount() == 1 + tab.last_check.total

    viewer = warnings_tab(qtbot, make_ctx, bureau.viewer).warnings
    assert viewer.model.rowCount() == 1 + tab.last_check.total
    assert not viewer.check_button.isVisibleTo(viewer)
    assert not viewer.acknowledge_button.isVisibleTo(viewer)


def test_figures_tab(qtbot: QtBot, bureau: Bureau, warned: int, make_ctx) -> None:  # type: ignore[no-untyped-def]
    page = IntegrityPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.charts)
    page.refresh()
    fig = page.charts.figures
    assert fig is not None and fig.findings == 1
    assert page.charts.findings_tile.value_text() == "1"
    assert page.charts.warnings_tile.value_text() == "1"
    page.charts.span.setCurrentIndex(page.charts.span.findData("month"))
    assert page.charts.figures is not None
    assert page.charts.figures.date_from == date(2026, 11, 1)


def test_warning_settings(qtbot: QtBot, db: Database, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    panel = WarningSettingsPanel(make_ctx(bureau.admin))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.params[("repeated_findings", "count")].value() == 3
    panel.params[("repeated_findings", "count")].setValue(4)
    panel.enabled["no_pledge"].setChecked(False)
    panel.save()
    reread = WarningSettingsPanel(make_ctx(bureau.admin))
    qtbot.addWidget(reread)
    reread.reload()
    assert reread.params[("repeated_findings", "count")].value() == 4
    assert not reread.enabled["no_pledge"].isChecked()
    viewer = WarningSettingsPanel(make_ctx(bureau.viewer))
    qtbot.addWidget(viewer)
    assert not viewer.enabled["no_pledge"].isEnabled()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_inspection_bulletin_preview(
    qtbot: QtBot, bureau: Bureau, warned: int, make_ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    previewed: list[Path] = []
    monkeypatch.setattr(
        "console.ui.pages.report_panels.preview_pdf",
        lambda parent, path, title: previewed.append(path),
    )
    page = ReportsPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    page.pdf.inspection(preview=True)
    qtbot.waitUntil(lambda: bool(previewed), timeout=20_000)
    text = subprocess.run(
        ["pdftotext", str(previewed[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1 November to 30 November 2026" in text
    assert "接受管理对象宴请" in text


def test_several_warnings_dismissed_together(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        for person in bureau.people[:3]:
            s.add(
                Finding(
                    found_date=date(2026, 11, 2),
                    person_id=person.id,
                    unit_id=person.unit_id,
                    topic="廉洁自律",
                    severity=Severity.GRAVE,
                    description="接受管理对象宴请",
                    status=FindingStatus.ASSIGNED,
                )
            )
        s.commit()
        ids = evaluate_warnings(
            s, bureau.supervisor, date(2026, 11, 22), codes=["grave_finding"]
        ).warning_ids
        s.commit()
    assert len(ids) == 3
    tab = warnings_tab(qtbot, make_ctx, bureau.supervisor).warnings
    tab.table.selectAll()
    assert len(tab.selected()) == 3 and tab.dismiss_button.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setPlainText("同一事项重复预警")
        dialog.save()

    on_modal(fill)
    tab.dismiss()
    with db.session() as s:
        rows = [s.get_one(EarlyWarning, i) for i in ids]
        assert {(w.status, w.reason) for w in rows} == {
            (WarningStatus.DISMISSED, "同一事项重复预警")
        }
