"""Dialogs for inspections, complaints (and reconsideration/litigation outcomes) and
case-file reviews."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from console.core.integrity.case_reviews import (
    CaseReviewInput,
    CaseReviewRow,
    grade_for,
    parse_score,
    save_case_review,
)
from console.core.integrity.complaints import (
    ComplaintInput,
    ComplaintRow,
    add_complaint,
    close_complaint,
    update_complaint,
)
from console.core.integrity.inspections import InspectionInput, InspectionRow, save_inspection
from console.core.integrity.topics import TOPICS
from console.core.labels import choices, label
from console.core.people import PersonRow
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import unit_depths, unit_label
from console.ui.dialogs.person_picker import PersonPicker
from console.ui.dialogs.record_form import (
    CheckList,
    DateField,
    RecordDialog,
    TopicBoxes,
    UnitCombo,
    findable,
    person_text,
    required,
    text_box,
)
from glossary import Category, ComplaintChannel, ComplaintKind, ComplaintOutcome, InspectionKind


def _unit_items(units: Sequence[UnitRow]) -> list[tuple[int, str]]:
    depths = unit_depths(list(units))
    return [(u.id, unit_label(u, depths[u.id])) for u in units if u.active]


class InspectionDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        units: Sequence[UnitRow],
        inspection: InspectionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.inspection = inspection
        i = inspection
        self.setWindowTitle(self.tr("Edit inspection") if i else self.tr("Add inspection"))
        self.date = DateField(i.inspection_date if i else ctx.today)
        self.kind = QComboBox()
        for member, text in choices(InspectionKind):
            self.kind.addItem(text, member)
        if i:
            self.kind.setCurrentIndex(self.kind.findData(i.kind))
        self.title = QLineEdit(i.title if i else "")
        self.title.setMaxLength(120)
        self.title.setPlaceholderText(self.tr("e.g. 城东中队夜间执勤突击检查"))
        self.units = CheckList(_unit_items(units), i.unit_ids if i else ())
        self.people = CheckList(
            [(p.id, person_text(p)) for p in people], i.person_ids if i else (), 130
        )
        self.inspectors = QLineEdit(i.inspectors if i else ctx.user.display_name)
        self.inspectors.setMaxLength(200)
        self.topics = TopicBoxes(TOPICS, i.topics if i else ())
        self.notes = text_box(i.notes if i else "")
        self.build(
            [
                ("date", required(self.tr("Date")), self.date),
                ("kind", required(self.tr("Kind")), self.kind),
                ("title", required(self.tr("Title")), self.title),
                ("units", self.tr("Units inspected"), self.units),
                ("people", self.tr("People checked"), findable(ctx, self.people)),
                ("inspectors", self.tr("Inspectors"), self.inspectors),
                ("topics", required(self.tr("Checklist")), self.topics),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )

    def data(self) -> InspectionInput:
        return InspectionInput(
            inspection_date=self.date.value(),
            kind=self.kind.currentData(),
            title=self.title.text(),
            unit_ids=self.units.values(),
            person_ids=self.people.values(),
            inspectors=self.inspectors.text(),
            topics=self.topics.values(),
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> Any:
        i = self.inspection
        return self.ctx.run(
            save_inspection,
            self.ctx.user,
            self.data(),
            self.ctx.today,
            i.id if i else None,
            seen_version=i.row_version if i else None,
        )


class ComplaintDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        units: Sequence[UnitRow],
        complaint: ComplaintRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.complaint = complaint
        c = complaint
        self.setWindowTitle(self.tr("Edit complaint") if c else self.tr("Add complaint"))
        self.kind = QComboBox()
        for member, text in choices(ComplaintKind):
            self.kind.addItem(text, member)
        if c:
            self.kind.setCurrentIndex(self.kind.findData(c.kind))
        self.received = DateField(c.received_date if c else ctx.today)
        self.channel = QComboBox()
        for member, text in choices(ComplaintChannel):
            self.channel.addItem(text, member)
        if c and c.channel:
            self.channel.setCurrentIndex(self.channel.findData(c.channel))
        self.case_no = QLineEdit(c.case_no if c else "")
        self.case_no.setMaxLength(60)
        self.person = PersonPicker(
            self.ctx, people, c.person_id if c else None, c.person_name if c else ""
        )
        self.unit = UnitCombo(units, c.unit_id if c and c.person_id is None else None)
        self.substance = text_box(c.substance if c else "", 90)
        self.build(
            [
                ("kind", required(self.tr("Kind")), self.kind),
                ("received_date", required(self.tr("Received on")), self.received),
                ("channel", self.tr("Channel"), self.channel),
                ("case_no", self.tr("Case number"), self.case_no),
                ("person", self.tr("Person (case handler)"), self.person),
                ("unit", self.tr("Unit"), self.unit),
                ("substance", required(self.tr("Substance")), self.substance),
            ]
        )
        self.kind.currentIndexChanged.connect(lambda _i: self._follow_kind())
        self._follow_kind()

    def _follow_kind(self) -> None:
        # A complaint comes by a channel; a reconsideration or a lawsuit is about a case.
        is_complaint = self.kind.currentData() == ComplaintKind.COMPLAINT
        self.channel.setEnabled(is_complaint)
        self.case_no.setEnabled(not is_complaint)

    def data(self) -> ComplaintInput:
        kind = self.kind.currentData()
        return ComplaintInput(
            received_date=self.received.value(),
            substance=self.substance.toPlainText(),
            kind=kind,
            channel=self.channel.currentData() if kind == ComplaintKind.COMPLAINT else None,
            person_id=self.person.person_id(),
            unit_id=self.unit.unit_id(),
            case_no=self.case_no.text() if kind != ComplaintKind.COMPLAINT else None,
        )

    def submit(self) -> Any:
        if self.complaint is None:
            return self.ctx.run(add_complaint, self.ctx.user, self.data(), self.ctx.today)
        return self.ctx.run(
            update_complaint,
            self.ctx.user,
            self.complaint.id,
            self.data(),
            self.ctx.today,
            seen_version=self.complaint.row_version,
        )


class CloseComplaintDialog(RecordDialog):
    """Close a pending complaint as founded (booking its deduction) or unfounded."""

    def __init__(
        self, ctx: AppContext, complaint: ComplaintRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.complaint = complaint
        self.setWindowTitle(self.tr("Close complaint"))
        about = QLabel(
            f"{label(complaint.kind)} · {complaint.received_date} · "
            f"{complaint.person_name or complaint.unit_name}\n{complaint.substance}"
        )
        about.setWordWrap(True)
        self.layout_.addWidget(about)
        self.outcome = QComboBox()
        self.outcome.addItem(label(ComplaintOutcome.VERIFIED), ComplaintOutcome.VERIFIED)
        self.outcome.addItem(label(ComplaintOutcome.UNFOUNDED), ComplaintOutcome.UNFOUNDED)
        self.closed = DateField(ctx.today)
        hint = QLabel(
            self.tr(
                "Founded: the deduction of the catalogue's rule for it is booked on the "
                "closing date, against the person (or the unit)."
            )
        )
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        self.build(
            [
                ("outcome", required(self.tr("Outcome")), self.outcome),
                ("closed_date", required(self.tr("Closed on")), self.closed),
                ("hint", "", hint),
            ],
            self.tr("Close"),
        )

    def submit(self) -> Any:
        return self.ctx.run(
            close_complaint,
            self.ctx.user,
            self.complaint.id,
            self.outcome.currentData(),
            self.closed.value(),
            self.ctx.today,
            seen=self.complaint.outcome,
        )


class CaseReviewDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        units: Sequence[UnitRow],
        review: CaseReviewRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.review = review
        r = review
        self.setWindowTitle(
            self.tr("Edit case-file review") if r else self.tr("Add case-file review")
        )
        self.case_no = QLineEdit(r.case_no if r else "")
        self.case_no.setMaxLength(60)
        self.case_no.setPlaceholderText("城执罚〔2026〕0001号")
        self.unit = UnitCombo(units, r.unit_id if r else None)
        self.date = DateField(r.review_date if r else ctx.today)
        self.reviewer = QLineEdit(r.reviewer if r else "")
        self.reviewer.setMaxLength(60)
        self.score = QLineEdit(f"{r.score:g}" if r else "")
        self.score.setPlaceholderText("0–100")
        self.grade = QLabel("")
        self.grade.setObjectName("Hint")
        officers = [p for p in people if p.category == Category.OFFICER] or list(people)
        self.handlers = CheckList(
            [(p.id, person_text(p)) for p in officers], r.handler_ids if r else (), 130
        )
        self.problems = text_box(r.problems if r else "")
        self.build(
            [
                ("case_no", required(self.tr("Case number")), self.case_no),
                ("unit", required(self.tr("Unit")), self.unit),
                ("review_date", required(self.tr("Reviewed on")), self.date),
                ("reviewer", required(self.tr("Reviewer")), self.reviewer),
                ("score", required(self.tr("Score")), self.score),
                ("grade", self.tr("Grade"), self.grade),
                ("handlers", required(self.tr("Case handlers")), findable(ctx, self.handlers)),
                ("problems", self.tr("Problems"), self.problems),
            ]
        )
        self.score.textChanged.connect(lambda _t: self._show_grade())
        self._show_grade()

    def _show_grade(self) -> None:
        score = parse_score(self.score.text())
        if score is None:
            self.grade.setText("")
            return
        grade = grade_for(score)
        points = {
            "excellent": self.tr("each handler earns the excellent file's points"),
            "fail": self.tr("each handler loses the failing file's points"),
        }.get(grade.value, self.tr("no points"))
        self.grade.setText(f"{label(grade)} — {points}")

    def submit(self) -> Any:
        data = CaseReviewInput(
            case_no=self.case_no.text(),
            unit_id=self.unit.unit_id(),
            review_date=self.date.value(),
            reviewer=self.reviewer.text(),
            score=self.score.text(),
            handler_ids=self.handlers.values(),
            problems=self.problems.toPlainText(),
        )
        r = self.review
        return self.ctx.run(
            save_case_review,
            self.ctx.user,
            data,
            self.ctx.today,
            r.id if r else None,
            seen_version=r.row_version if r else None,
        )
