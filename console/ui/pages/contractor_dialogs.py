"""The 外包考核 page's forms: a company, a contract, and a company's monthly assessment.

Each form states the row_version it was opened with; a change made on another desktop
meanwhile is reported by the core and nothing is saved. Field errors show under their
fields (widgets/field_form.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.contractors import rules
from console.core.contractors.assessments import AssessmentInput, can_assess, save_assessment
from console.core.contractors.month import CompanyMonth
from console.core.contractors.records import (
    CompanyInput,
    CompanyRow,
    ContractInput,
    ContractRow,
    save_company,
    save_contract,
)
from console.core.contractors.settings import ContractorSettings, decimal_of
from console.core.errors import FieldError
from console.core.labels import label
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from glossary import YearMonth
from widgets.field_form import FieldForm


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class _Form(QDialog):
    """A dialog of one FieldForm with OK and Cancel; ``save`` returns True when saved."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form: FieldForm | None = None

    def finish(self, form: FieldForm, *extra: QWidget) -> None:
        self.form = form
        self.layout_.addWidget(form)
        for widget in extra:
            self.layout_.addWidget(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.layout_.addWidget(buttons)

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        assert self.form is not None
        self.form.show_errors((e.field, e.message) for e in errors)

    def save(self) -> bool:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def _save(self) -> None:
        if self.save():
            self.accept()


class CompanyDialog(_Form):
    def __init__(
        self, ctx: AppContext, row: CompanyRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("Edit company") if row else self.tr("New contractor company"), parent
        )
        self.row = row
        self.name = QLineEdit(row.name if row else "")
        self.contact = QLineEdit(row.contact if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.active = QCheckBox(self.tr("Under contract (assessed every month)"))
        self.active.setChecked(row.active if row else True)
        self.note = QLineEdit(row.note if row else "")
        self.saved_id: int | None = None
        self.finish(
            FieldForm(
                [
                    ("name", self.tr("Company"), self.name),
                    ("contact", self.tr("Contact"), self.contact),
                    ("phone", self.tr("Phone"), self.phone),
                    ("active", "", self.active),
                    ("note", self.tr("Note"), self.note),
                ]
            )
        )

    def save(self) -> bool:
        data = CompanyInput(
            self.name.text(),
            self.contact.text(),
            self.phone.text(),
            self.active.isChecked(),
            self.note.text(),
        )
        row, ctx = self.row, self.ctx
        saved = attempt(
            self,
            lambda: ctx.run(
                save_company,
                ctx.user,
                data,
                None if row is None else row.id,
                seen_version=None if row is None else row.row_version,
            ),
            self.show_errors,
        )
        if saved is FAILED:
            return False
        self.saved_id = saved
        return True


class ContractDialog(_Form):
    def __init__(
        self,
        ctx: AppContext,
        companies: list[CompanyRow],
        row: ContractRow | None = None,
        company_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Edit contract") if row else self.tr("New contract"), parent)
        self.row = row
        self.company = QComboBox()
        for c in companies:
            self.company.addItem(c.name, c.id)
        chosen = row.company_id if row else company_id
        if chosen is not None:
            self.company.setCurrentIndex(max(0, self.company.findData(chosen)))
        self.number = QLineEdit(row.contract_no if row else "")
        self.service = QLineEdit(row.service if row else "")
        self.fee = QLineEdit(f"{row.monthly_fee:.2f}" if row else "")
        self.fee.setPlaceholderText(self.tr("yuan a month, e.g. 128000.00"))
        year = ctx.today.year
        self.start = QDateEdit(_qdate(row.start_date if row else date(year, 1, 1)))
        self.end = QDateEdit(_qdate(row.end_date if row else date(year, 12, 31)))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(row.note if row else "")
        self.saved_id: int | None = None
        self.finish(
            FieldForm(
                [
                    ("company_id", self.tr("Company"), self.company),
                    ("contract_no", self.tr("Contract no."), self.number),
                    ("service", self.tr("Service"), self.service),
                    ("monthly_fee", self.tr("Monthly fee (yuan)"), self.fee),
                    ("start_date", self.tr("Starts"), self.start),
                    ("end_date", self.tr("Ends"), self.end),
                    ("note", self.tr("Note"), self.note),
                ]
            )
        )

    def save(self) -> bool:
        company = self.company.currentData()
        data = ContractInput(
            company if company is not None else 0,
            self.number.text(),
            self.service.text(),
            self.fee.text(),
            _date(self.start),
            _date(self.end),
            self.note.text(),
        )
        row, ctx = self.row, self.ctx
        saved = attempt(
            self,
            lambda: ctx.run(
                save_contract,
                ctx.user,
                data,
                None if row is None else row.id,
                seen_version=None if row is None else row.row_version,
            ),
            self.show_errors,
        )
        if saved is FAILED:
            return False
        self.saved_id = saved
        return True


class AssessmentDialog(_Form):
    """The month's checklist of one company: the points for each item, the deductions
    from findings (shown, not entered), and the score, coefficient and payment as they
    come out — recomputed as the points are typed."""

    def __init__(
        self,
        ctx: AppContext,
        month: YearMonth,
        company: CompanyMonth,
        settings: ContractorSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Assessment of {company}, {month}").format(company=company.name, month=month),
            parent,
        )
        self.month, self.company, self.settings = month, company, settings
        self.points: dict[str, QLineEdit] = {}
        rows: list[tuple[str, str, QWidget]] = []
        for item in company.items:
            # Shown as typed: 23, 11.5 (never 23.0 or 3E+1).
            edit = QLineEdit("" if item.points is None else format(item.points.normalize(), "f"))
            edit.setPlaceholderText(self.tr("0 to {max}").format(max=f"{item.max_points:g}"))
            edit.textChanged.connect(lambda _t: self._recompute())
            self.points[item.code] = edit
            rows.append(
                (
                    f"item:{item.code}",
                    self.tr("{item} ({max} points)").format(
                        item=item.name, max=f"{item.max_points:g}"
                    ),
                    edit,
                )
            )
        self.assessor = QLineEdit(company.assessor)
        self.note = QLineEdit(company.note)
        rows += [
            ("assessor", self.tr("Assessed by"), self.assessor),
            ("note", self.tr("Note"), self.note),
        ]
        found = [
            self.tr("{date} {person}: {topic} ({severity}) −{points}").format(
                date=f.found_date.isoformat(),
                person=f.person_name,
                topic=f.topic,
                severity=label(f.severity),
                points=f"{f.points:g}",
            )
            for f in company.findings
        ]
        self.findings = QLabel(
            self.tr("Deductions from findings on the company's staff this month:")
            + "\n"
            + ("\n".join(found) if found else self.tr("none"))
        )
        self.findings.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("Hint")
        self.finish(FieldForm(rows), self.findings, self.outcome)
        self.saved = False
        # Others read the month's checklist; the core refuses their saving anyway.
        editable = can_assess(ctx.user)
        for edit in (*self.points.values(), self.assessor, self.note):
            edit.setReadOnly(not editable)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(editable)
        self._recompute()

    def _recompute(self) -> None:
        given = [decimal_of(e.text()) for e in self.points.values()]
        if any(g is None for g in given):
            self.outcome.setText(self.tr("Give every item its points to see the score."))
            return
        checklist = rules.checklist_score(
            (g for g in given if g is not None), (i.max_points for i in self.company.items)
        )
        score = rules.month_score(checklist, self.company.deductions)
        coefficient = rules.coefficient_for(score, self.settings.bands)
        pay = sum(
            (rules.payment(k.monthly_fee, coefficient) for k in self.company.contracts),
            Decimal("0.00"),
        )
        self.outcome.setText(
            self.tr(
                "Checklist {checklist} − deductions {deductions} = score {score}; "
                "paid {share} of the fee: {payment} yuan."
            ).format(
                checklist=f"{checklist:.2f}",
                deductions=f"{self.company.deductions:g}",
                score=f"{score:.2f}",
                share=f"{coefficient * 100:.0f}%",
                payment=f"{pay:,.2f}",
            )
        )

    def save(self) -> bool:
        data = AssessmentInput(
            self.company.company_id,
            self.month,
            {code: edit.text() for code, edit in self.points.items()},
            self.assessor.text(),
            self.note.text(),
        )
        ctx, seen = self.ctx, self.company.row_version
        done = attempt(
            self,
            lambda: ctx.run(save_assessment, ctx.user, data, seen_version=seen, today=ctx.today),
            self.show_errors,
        )
        if done is FAILED:
            return False
        self.saved = True
        return True
