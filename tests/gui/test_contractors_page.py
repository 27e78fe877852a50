"""The 外包考核 page: a supervisor assesses a company's month, reopens the assessment and
saves it unchanged; the administrator adds a company and a contract; the settings tab
edits the payment table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from console.core.auth import User
from console.core.contractors.month import contractor_month
from console.core.contractors.records import (
    CompanyInput,
    ContractInput,
    save_company,
    save_contract,
)
from console.core.contractors.settings import load_contractor_settings
from console.core.database import Database
from console.core.workspace import Workspace
from console.ui.context import AppContext
from console.ui.pages.contractor_dialogs import AssessmentDialog, CompanyDialog
from console.ui.pages.contractor_settings import ContractorSettingsPanel
from console.ui.pages.contractors import ContractorsPage
from glossary import YearMonth
from tests.factories import Bureau
from tests.gui.conftest import on_modal
from tests.gui.test_performance_page import click, press_ok

MakeCtx = Callable[[User], AppContext]
OCTOBER = YearMonth(2026, 10)
POINTS = {"C1": "28", "C2": "14", "C3": "13", "C4": "15", "C5": "12", "C6": "9.5"}


@pytest.fixture
def company(db: Database, bureau: Bureau) -> int:
    ws = Workspace(db, bureau.admin)
    cid = ws.run(save_company, bureau.admin, CompanyInput("临江环境服务有限公司"))
    data = ContractInput(
        cid, "HT-01", "道路清扫", "100000.00", date(2026, 1, 1), date(2026, 12, 31)
    )
    ws.run(save_contract, bureau.admin, data)
    return cid


def _page(qtbot: QtBot, make_ctx: MakeCtx, user: User) -> ContractorsPage:
    ctx = make_ctx(user)
    ctx.set_period(OCTOBER)
    page = ContractorsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.assessment_tab.table.selectRow(0)
    return page


def _october(db: Database, bureau: Bureau):  # type: ignore[no-untyped-def]
    return Workspace(db, bureau.admin).read(contractor_month, bureau.admin, OCTOBER).companies[0]


def test_a_supervisor_assesses_then_reopens_and_saves_unchanged(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, company: int
) -> None:
    page = _page(qtbot, make_ctx, bureau.supervisor)
    tab = page.assessment_tab

    def enter(dialog: QDialog) -> None:
        assert isinstance(dialog, AssessmentDialog)
        for code, value in POINTS.items():
            dialog.points[code].setText(value)
        # The outcome is shown before saving: 91.5 → 98% of 100,000.
        assert "91.50" in dialog.outcome.text() and "98,000.00" in dialog.outcome.text()
        press_ok(dialog)

    on_modal(enter)
    click(qtbot, tab.assess_button)
    saved = _october(db, bureau)
    assert saved.score == Decimal("91.50") and saved.payment == Decimal("98000.00")
    assert tab.model.row(0).score == Decimal("91.50")  # the page shows it at once

    # Reopened, the form shows what was saved; saved unchanged, nothing changes.
    tab.table.selectRow(0)
    shown: dict[str, str] = {}

    def unchanged(dialog: QDialog) -> None:
        assert isinstance(dialog, AssessmentDialog)
        shown.update({code: edit.text() for code, edit in dialog.points.items()})
        press_ok(dialog)

    on_modal(unchanged)
    click(qtbot, tab.assess_button)
    assert shown == POINTS
    again = _october(db, bureau)
    assert again.row_version == saved.row_version and again.score == saved.score


def test_points_above_full_marks_stay_in_the_form(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, company: int
) -> None:
    page = _page(qtbot, make_ctx, bureau.supervisor)
    outcome: list[bool] = []

    def too_many(dialog: QDialog) -> None:
        assert isinstance(dialog, AssessmentDialog)
        for code, value in {**POINTS, "C1": "31"}.items():
            dialog.points[code].setText(value)
        outcome.append(dialog.save())
        assert dialog.form is not None
        assert not dialog.form.errors["item:C1"].isHidden()
        dialog.reject()

    on_modal(too_many)
    click(qtbot, page.assessment_tab.assess_button)
    assert outcome == [False]
    assert not _october(db, bureau).assessed


def test_the_administrator_adds_a_company(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, company: int
) -> None:
    page = _page(qtbot, make_ctx, bureau.admin)
    tab = page.companies_tab
    assert not tab.new_company.isHidden()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CompanyDialog)
        dialog.name.setText("临江绿源园林养护有限公司")
        dialog.contact.setText("沈丽萍")
        press_ok(dialog)

    on_modal(fill)
    click(qtbot, tab.new_company)
    assert [c.name for c in tab.companies.rows()] == [
        "临江环境服务有限公司",
        "临江绿源园林养护有限公司",
    ]
    # A supervisor assesses but does not keep the register of companies.
    other = _page(qtbot, make_ctx, bureau.supervisor)
    assert other.companies_tab.new_company.isHidden()


def test_the_payment_table_is_edited_in_settings(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, tmp_path: Path
) -> None:
    panel = ContractorSettingsPanel(make_ctx(bureau.admin))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.bands.rowCount() == 4
    panel.line.setValue(85)
    click(qtbot, panel.save_button)
    assert panel.saved.text() == "Saved."
    saved = Workspace(db, bureau.admin).read(load_contractor_settings)
    assert saved.elimination_line == Decimal(85)
    assert saved.bands[1].coefficient == Decimal("0.98")


def test_a_viewer_reads_the_checklist_without_saving(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, company: int
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    page = _page(qtbot, make_ctx, bureau.viewer)
    seen: list[bool] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AssessmentDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen.append(save.isHidden() and dialog.points["C1"].isReadOnly())
        dialog.reject()

    on_modal(look)
    click(qtbot, page.assessment_tab.assess_button)
    assert seen == [True]
    assert page.companies_tab.new_company.isHidden()
