"""外包考核: the service contractors' monthly assessment and what it pays.

Three tabs: the month's assessment (each company's checklist score, deductions from
findings, score, payment coefficient, fee and payment, the elimination warnings, the
bulletin and the payment sheet), the companies with their contracts, and the contractor
staff with the company each works for. The month is the console's month. Everything is
read in one unit of work off the GUI thread (console.core.contractors.page).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.contractors.assessments import can_assess
from console.core.contractors.month import CompanyMonth
from console.core.contractors.page import ContractorsPageData, contractors_page
from console.core.contractors.records import CompanyRow, ContractRow, StaffRow, link_staff
from console.core.errors import DuchaError
from console.core.export_log import record_export
from console.core.units import bureau_name
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from console.ui.pages.base import Page
from console.ui.pages.contractor_dialogs import AssessmentDialog, CompanyDialog, ContractDialog
from console.ui.print_preview import preview_pdf
from console.ui.tables import make_table, show_written
from console.ui.tasks import run_in_background
from widgets.table_format import NumberFormat, percent, points
from widgets.table_model import Column, RowTableModel, number_column
from widgets.table_view import DataTable, select_where

MONEY = NumberFormat(2)
WARNING_COLOUR = "#B3261E"


def _selected(table: DataTable, model: RowTableModel[Any]) -> list[Any]:
    return [model.row(i.row()) for i in table.selectionModel().selectedRows()]


class AssessmentTab(QWidget):
    def __init__(self, page: ContractorsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.assess_button = QPushButton(self.tr("Assess…"))
        self.preview_button = QPushButton(self.tr("Bulletin: preview and print…"))
        self.pdf_button = QPushButton(self.tr("Save bulletin PDF…"))
        self.sheet_button = QPushButton(self.tr("Payment sheet for finance…"))
        bar.addWidget(self.summary, 1)
        for b in (self.assess_button, self.preview_button, self.pdf_button, self.sheet_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.model: RowTableModel[CompanyMonth] = RowTableModel(self._columns(), self)
        self.table = make_table(
            self.model,
            "contractor_assessment",
            lambda: self.tr("Contractor assessment {month}").format(month=self.ctx.period),
            (220, 70, 70, 70, 70, 110, 110, 200),
        )
        self.table.doubleClicked.connect(lambda _i: self.assess())
        self.table.mirror_buttons(self.assess_button)
        layout.addWidget(self.table, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("ErrorText")
        layout.addWidget(self.warnings)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        layout.addWidget(self.status)
        self.last_written: Path | None = None
        self.data: ContractorsPageData | None = None
        self.assess_button.setText(
            self.tr("Assess…") if can_assess(self.ctx.user) else self.tr("Open…")
        )
        self.assess_button.clicked.connect(self.assess)
        self.preview_button.clicked.connect(lambda: self.bulletin(preview=True))
        self.pdf_button.clicked.connect(lambda: self.bulletin(preview=False))
        self.sheet_button.clicked.connect(self.payment_sheet)

    def _columns(self) -> list[Column[CompanyMonth]]:
        def warned(c: CompanyMonth) -> str | None:
            return WARNING_COLOUR if c.warning else None

        return [
            Column(self.tr("Company"), lambda c: c.name, colour=warned),
            number_column(self.tr("Checklist"), lambda c: c.checklist_score, points(2)),
            number_column(
                self.tr("Deductions"), lambda c: c.deductions if c.assessed else None, points(1)
            ),
            number_column(self.tr("Score"), lambda c: c.score, points(2), colour=warned),
            number_column(self.tr("Coefficient"), lambda c: c.coefficient, percent(0)),
            number_column(self.tr("Monthly fee (yuan)"), lambda c: c.fee, MONEY),
            number_column(self.tr("Payment (yuan)"), lambda c: c.payment, MONEY),
            Column(self.tr("Remark"), self._remark, colour=warned),
        ]

    def _remark(self, c: CompanyMonth) -> str:
        if c.warning:
            return self.tr("Elimination warning: below {line} in {months}").format(
                line=f"{self.page.settings_line():g}",
                months=", ".join(str(m) for m in c.months_below),
            )
        if not c.assessed:
            return self.tr("Not assessed")
        return ""

    def show_data(self, data: ContractorsPageData) -> None:
        self.data = data
        month = data.month
        self.model.set_rows(list(month.companies))
        assessed = sum(1 for c in month.companies if c.assessed)
        self.summary.setText(
            self.tr(
                "{month}: {assessed} of {n} companies assessed; fees {fee} yuan, "
                "to pay {payment} yuan."
            ).format(
                month=month.month,
                assessed=assessed,
                n=len(month.companies),
                fee=f"{month.fee:,.2f}",
                payment=f"{month.payment:,.2f}",
            )
        )
        s = month.settings
        self.warnings.setText(
            "\n".join(
                self.tr(
                    "Elimination warning (考核淘汰): {name} scored below {line} in {count} of "
                    "the last {window} months ({months})."
                ).format(
                    name=c.name,
                    line=f"{s.elimination_line:g}",
                    count=len(c.months_below),
                    window=s.elimination_window,
                    months=", ".join(str(m) for m in c.months_below),
                )
                for c in month.warnings
            )
        )

    def assess(self) -> None:
        rows = _selected(self.table, self.model)
        if len(rows) != 1 or self.data is None:
            return
        company: CompanyMonth = rows[0]
        dialog = AssessmentDialog(
            self.ctx, self.data.month.month, company, self.data.month.settings, self
        )
        if dialog.exec() and dialog.saved:
            self.ctx.data_changed.emit("contractors")
            self.page.refresh()
            select_where(self.table, lambda c: c.company_id == company.company_id)

    # --- outputs ----------------------------------------------------------------------
    def _target(self, file_name: str, kind: str, pattern: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(self, kind, str(Path(folder) / file_name), pattern)
        if not name:
            return None
        suffix = Path(file_name).suffix
        return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)

    def bulletin(self, preview: bool) -> None:
        from exports.contractor_pdf import render_contractor_bulletin

        if self.data is None:
            return
        month = self.data.month
        file_name = self.tr("contractors-{month}.pdf").format(month=month.month)
        if preview:
            path: Path | None = Path(tempfile.mkdtemp(prefix="ducha-")) / file_name
        else:
            path = self._target(file_name, self.tr("Save PDF"), self.tr("PDF (*.pdf)"))
        if path is None:
            return
        title = self.tr("Contractor bulletin {month}").format(month=month.month)
        read, run, user, today = self.ctx.read, self.ctx.run, self.ctx.user, self.ctx.today
        target = path

        def work() -> Path:
            written = render_contractor_bulletin(
                month, target, bureau_name=read(bureau_name) or "", issued_on=today
            )
            run(record_export, user, title, written)
            return written

        def done(written: Path) -> None:
            self._written(written)
            if preview:
                preview_pdf(self, written, title)
            else:
                show_written(self, written, self.tr("Written to\n{path}").format(path=written))

        self._write(work, done)

    def payment_sheet(self) -> None:
        from exports.contractor_xlsx import payment_sheet_title, write_payment_sheet

        if self.data is None:
            return
        month = self.data.month
        path = self._target(
            self.tr("contractor-payment-{month}.xlsx").format(month=month.month),
            self.tr("Payment sheet"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        run, user = self.ctx.run, self.ctx.user
        rows = sum(len(c.contracts) for c in month.companies)

        def work() -> Path:
            written = write_payment_sheet(month, path)
            run(record_export, user, payment_sheet_title(month), written, rows)
            return written

        def done(written: Path) -> None:
            self._written(written)
            show_written(self, written, self.tr("Written to\n{path}").format(path=written))

        self._write(work, done)

    def _write(self, work: Callable[[], Path], done: Callable[[Path], None]) -> None:
        self._busy(True)
        self.status.setText(self.tr("Writing…"))
        run_in_background(self, work, done, self._failed)

    def _written(self, path: Path) -> None:
        self._busy(False)
        self.last_written = path
        self.status.setText(self.tr("Written: {path}").format(path=path))

    def _busy(self, busy: bool) -> None:
        for b in (self.preview_button, self.pdf_button, self.sheet_button):
            b.setEnabled(not busy)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.status.setText("")
        text = (
            str(exc)
            if isinstance(exc, DuchaError)
            else self.tr("The file could not be written: {error}").format(error=exc)
        )
        QMessageBox.warning(self, self.tr("Contractors"), text)


class CompaniesTab(QWidget):
    def __init__(self, page: ContractorsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.new_company = QPushButton(self.tr("New company…"))
        self.edit_company = QPushButton(self.tr("Edit company…"))
        bar.addWidget(QLabel(self.tr("Companies")), 1)
        bar.addWidget(self.new_company)
        bar.addWidget(self.edit_company)
        layout.addLayout(bar)
        self.companies: RowTableModel[CompanyRow] = RowTableModel(self._company_columns(), self)
        self.company_table = make_table(
            self.companies, "contractor_companies", self.tr("Contractor companies"),
            (240, 90, 120, 70, 60, 60, 200),
        )  # fmt: skip
        self.company_table.doubleClicked.connect(lambda _i: self.edit_selected_company())
        self.company_table.mirror_buttons(self.edit_company)
        layout.addWidget(self.company_table, 1)
        bar2 = QHBoxLayout()
        self.new_contract = QPushButton(self.tr("New contract…"))
        self.edit_contract = QPushButton(self.tr("Edit contract…"))
        bar2.addWidget(QLabel(self.tr("Contracts")), 1)
        bar2.addWidget(self.new_contract)
        bar2.addWidget(self.edit_contract)
        layout.addLayout(bar2)
        self.contracts: RowTableModel[ContractRow] = RowTableModel(self._contract_columns(), self)
        self.contract_table = make_table(
            self.contracts, "contractor_contracts", self.tr("Contractor contracts"),
            (220, 130, 200, 110, 90, 90, 160),
        )  # fmt: skip
        self.contract_table.doubleClicked.connect(lambda _i: self.edit_selected_contract())
        self.contract_table.mirror_buttons(self.edit_contract)
        layout.addWidget(self.contract_table, 1)
        admin = self.ctx.is_admin
        for b in (self.new_company, self.edit_company, self.new_contract, self.edit_contract):
            b.setVisible(admin)
        self.new_company.clicked.connect(self.add_company)
        self.edit_company.clicked.connect(self.edit_selected_company)
        self.new_contract.clicked.connect(self.add_contract)
        self.edit_contract.clicked.connect(self.edit_selected_contract)

    def _company_columns(self) -> list[Column[CompanyRow]]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(self.tr("Company"), lambda c: c.name),
            Column(self.tr("Contact"), lambda c: c.contact),
            Column(self.tr("Phone"), lambda c: c.phone),
            Column(
                self.tr("Under contract"), lambda c: self.tr("Yes") if c.active else self.tr("No")
            ),
            Column(
                self.tr("Staff"), lambda c: str(c.staff), sort_key=lambda c: c.staff, align=right
            ),
            Column(
                self.tr("Contracts"),
                lambda c: str(c.contracts),
                sort_key=lambda c: c.contracts,
                align=right,
            ),
            Column(self.tr("Note"), lambda c: c.note),
        ]

    def _contract_columns(self) -> list[Column[ContractRow]]:
        return [
            Column(self.tr("Company"), lambda k: k.company_name),
            Column(self.tr("Contract no."), lambda k: k.contract_no),
            Column(self.tr("Service"), lambda k: k.service),
            number_column(self.tr("Monthly fee (yuan)"), lambda k: k.monthly_fee, MONEY),
            Column(self.tr("Starts"), lambda k: k.start_date.isoformat()),
            Column(self.tr("Ends"), lambda k: k.end_date.isoformat()),
            Column(self.tr("Note"), lambda k: k.note),
        ]

    def show_data(self, data: ContractorsPageData) -> None:
        self.companies.set_rows(data.companies)
        self.contracts.set_rows(data.contracts)

    def _changed(self) -> None:
        self.ctx.data_changed.emit("contractors")
        self.page.refresh()

    def add_company(self) -> None:
        dialog = CompanyDialog(self.ctx, parent=self)
        if dialog.exec():
            self._changed()

    def edit_selected_company(self) -> None:
        rows = _selected(self.company_table, self.companies)
        if len(rows) == 1 and self.ctx.is_admin and CompanyDialog(self.ctx, rows[0], self).exec():
            self._changed()

    def add_contract(self) -> None:
        companies = self.companies.rows()
        if not companies:
            QMessageBox.information(
                self, self.tr("New contract"), self.tr("Add the company first.")
            )
            return
        chosen = _selected(self.company_table, self.companies)
        company_id = chosen[0].id if len(chosen) == 1 else None
        if ContractDialog(self.ctx, companies, company_id=company_id, parent=self).exec():
            self._changed()

    def edit_selected_contract(self) -> None:
        rows = _selected(self.contract_table, self.contracts)
        if len(rows) != 1 or not self.ctx.is_admin:
            return
        if ContractDialog(self.ctx, self.companies.rows(), rows[0], parent=self).exec():
            self._changed()


class StaffTab(QWidget):
    def __init__(self, page: ContractorsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "People of category contractor and the company each works for: findings on "
                "them count against their company's assessment."
            )
        )
        hint.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Works for…"))
        bar.addWidget(hint, 1)
        bar.addWidget(self.link_button)
        layout.addLayout(bar)
        self.model: RowTableModel[StaffRow] = RowTableModel(self._columns(), self)
        self.table = make_table(
            self.model, "contractor_staff", self.tr("Contractor staff"), (90, 90, 160, 120, 220)
        )
        self.table.mirror_buttons(self.link_button)
        layout.addWidget(self.table, 1)
        self.link_button.setVisible(self.ctx.is_admin)
        self.link_button.clicked.connect(self.link)
        self.companies: list[CompanyRow] = []

    def _columns(self) -> list[Column[StaffRow]]:
        return [
            Column(self.tr("Staff no."), lambda s: s.staff_no),
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Unit"), lambda s: s.unit_name),
            Column(self.tr("Position"), lambda s: s.position),
            Column(self.tr("Company"), lambda s: s.company_name or self.tr("(none)")),
        ]

    def show_data(self, data: ContractorsPageData) -> None:
        self.model.set_rows(data.staff)
        self.companies = data.companies

    def link(self) -> None:
        rows: list[StaffRow] = _selected(self.table, self.model)
        if not rows:
            return
        names = [self.tr("(none)")] + [c.name for c in self.companies]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Works for"),
            self.tr("The company {n} selected people work for:").format(n=len(rows)),
            names,
            0,
            False,
        )
        if not ok:
            return
        company = next((c.id for c in self.companies if c.name == choice), None)
        ctx = self.ctx
        ids = [r.person_id for r in rows]
        if attempt(self, lambda: ctx.run(link_staff, ctx.user, ids, company)) is FAILED:
            return
        ctx.data_changed.emit("contractors")
        self.page.refresh()


class ContractorsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Contractor assessment"))
        self.tabs = QTabWidget()
        self.assessment_tab = AssessmentTab(self)
        self.companies_tab = CompaniesTab(self)
        self.staff_tab = StaffTab(self)
        self.tabs.addTab(self.assessment_tab, self.tr("Monthly assessment"))
        self.tabs.addTab(self.companies_tab, self.tr("Companies and contracts"))
        self.tabs.addTab(self.staff_tab, self.tr("Contractor staff"))
        self.layout_.addWidget(self.tabs, 1)
        self.data: ContractorsPageData | None = None

    def settings_line(self) -> Any:
        return self.data.month.settings.elimination_line if self.data else 80

    def fetch(self) -> Callable[[], ContractorsPageData]:
        read, user, month = self.ctx.read, self.ctx.user, self.ctx.period
        return lambda: read(contractors_page, user, month)

    def show_data(self, data: ContractorsPageData) -> None:
        self.data = data
        self.assessment_tab.show_data(data)
        self.companies_tab.show_data(data)
        self.staff_tab.show_data(data)
