"""Record or correct a finding, and take it a step along the rectification loop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from console.core.integrity.findings import FindingRow
from console.core.integrity.inspections import InspectionRow
from console.core.integrity.rectification import (
    ASSIGN,
    RECTIFY,
    SEND_BACK,
    VERIFY,
    FindingInput,
    add_finding,
    assign_finding,
    rectify_finding,
    send_back_finding,
    update_finding,
    verify_finding,
)
from console.core.integrity.topics import TOPICS
from console.core.labels import choices, label
from console.core.people import PersonRow
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import OptionalDateEdit
from console.ui.dialogs.person_picker import PersonPicker
from console.ui.dialogs.record_form import (
    DateField,
    RecordDialog,
    UnitCombo,
    required,
    text_box,
)
from glossary import Severity

DEFAULT_DAYS_TO_RECTIFY = 10


class FindingDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        units: Sequence[UnitRow],
        inspections: Sequence[InspectionRow],
        finding: FindingRow | None = None,
        inspection_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.finding = finding
        self.setWindowTitle(self.tr("Edit finding") if finding else self.tr("Add finding"))
        f = finding
        self.inspection = QComboBox()
        self.inspection.addItem(self.tr("(not from a recorded inspection)"), None)
        for i in inspections:
            self.inspection.addItem(f"{i.inspection_date}  {i.title}", i.id)
        chosen = f.inspection_id if f else inspection_id
        if f and f.inspection_id is not None and self.inspection.findData(f.inspection_id) < 0:
            # An older inspection than those offered: kept, not silently unlinked.
            self.inspection.addItem(f.inspection_title, f.inspection_id)
        self.inspection.setCurrentIndex(max(0, self.inspection.findData(chosen)))
        self.found = DateField(f.found_date if f else ctx.today)
        self.person = PersonPicker(
            self.ctx, people, f.person_id if f else None, f.person_name if f else ""
        )
        self.unit = UnitCombo(units, f.unit_id if f and f.person_id is None else None)
        self.topic = QComboBox()
        self.topic.addItem("", "")
        for topic in TOPICS:
            self.topic.addItem(topic, topic)
        self.topic.setCurrentIndex(max(0, self.topic.findData(f.topic if f else "")))
        self.severity = QComboBox()
        for member, text in choices(Severity):
            self.severity.addItem(text, member)
        if f:
            self.severity.setCurrentIndex(self.severity.findData(f.severity))
        self.description = text_box(f.description if f else "", 90)
        self.deadline = OptionalDateEdit(
            f.deadline if f else ctx.today + timedelta(days=DEFAULT_DAYS_TO_RECTIFY)
        )
        hint = QLabel(
            self.tr("Name the person responsible, or only the unit for a unit's finding.")
        )
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        self.build(
            [
                ("inspection", self.tr("Inspection"), self.inspection),
                ("found_date", required(self.tr("Found on")), self.found),
                ("person", self.tr("Person responsible"), self.person),
                ("unit", self.tr("Unit responsible"), self.unit),
                ("hint", "", hint),
                ("topic", required(self.tr("Checklist topic")), self.topic),
                ("severity", required(self.tr("Severity")), self.severity),
                ("description", required(self.tr("Description")), self.description),
                ("deadline", self.tr("Deadline"), self.deadline),
            ]
        )

    def data(self) -> FindingInput:
        return FindingInput(
            found_date=self.found.value(),
            topic=self.topic.currentData() or "",
            severity=self.severity.currentData(),
            description=self.description.toPlainText(),
            unit_id=self.unit.unit_id(),
            person_id=self.person.person_id(),
            deadline=self.deadline.value(),
            inspection_id=self.inspection.currentData(),
        )

    def submit(self) -> Any:
        if self.finding is None:
            return self.ctx.run(add_finding, self.ctx.user, self.data(), self.ctx.today)
        return self.ctx.run(
            update_finding,
            self.ctx.user,
            self.finding.id,
            self.data(),
            self.ctx.today,
            seen_version=self.finding.row_version,
        )


class FindingStepDialog(RecordDialog):
    """One step of the loop: assign (交办), rectify (整改), verify (复核), send back (退回)."""

    def __init__(
        self, ctx: AppContext, finding: FindingRow, step: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.finding = finding
        self.step = step
        today = ctx.today
        titles = {
            ASSIGN: self.tr("Assign for rectification"),
            RECTIFY: self.tr("Record the rectification"),
            VERIFY: self.tr("Verify the rectification"),
            SEND_BACK: self.tr("Send back for rectification"),
        }
        buttons = {
            ASSIGN: self.tr("Assign"),
            RECTIFY: self.tr("Record"),
            VERIFY: self.tr("Verified"),
            SEND_BACK: self.tr("Send back"),
        }
        self.setWindowTitle(titles[step])
        who = finding.person_name or finding.unit_name
        about = QLabel(
            self.tr("{who} — {topic} ({severity}), found {date}: {text}").format(
                who=who,
                topic=finding.topic,
                severity=label(finding.severity),
                date=finding.found_date,
                text=finding.description,
            )
        )
        about.setWordWrap(True)
        self.layout_.addWidget(about)
        self.on = DateField(today)
        self.deadline = OptionalDateEdit(
            finding.deadline
            if step == ASSIGN and finding.deadline
            else (today + timedelta(days=DEFAULT_DAYS_TO_RECTIFY) if step == ASSIGN else None)
        )
        self.text = text_box("", 90)
        rows: list[tuple[str, str, QWidget]] = []
        if step == ASSIGN:
            rows = [
                ("date", required(self.tr("Assigned on")), self.on),
                ("deadline", required(self.tr("Deadline")), self.deadline),
            ]
        elif step == RECTIFY:
            if finding.review_note and finding.status.value == "sent_back":
                sent = QLabel(self.tr("Sent back: {reason}").format(reason=finding.review_note))
                sent.setObjectName("ErrorText")
                sent.setWordWrap(True)
                self.layout_.addWidget(sent)
            rows = [
                ("date", required(self.tr("Rectified on")), self.on),
                ("rectification", required(self.tr("What was done")), self.text),
            ]
        elif step == VERIFY:
            done = QLabel(
                self.tr("Rectified {date}: {text}").format(
                    date=finding.rectified_date, text=finding.rectification or ""
                )
            )
            done.setWordWrap(True)
            self.layout_.addWidget(done)
            rows = [
                ("date", required(self.tr("Checked on")), self.on),
                ("note", self.tr("Note"), self.text),
            ]
        else:
            rows = [
                ("reason", required(self.tr("Why it is not accepted")), self.text),
                ("deadline", self.tr("New deadline"), self.deadline),
            ]
        self.build(rows, buttons[step])

    def submit(self) -> Any:
        user, today, fid = self.ctx.user, self.ctx.today, self.finding.id
        # The status the user saw: a step taken meanwhile on another desktop is reported.
        seen = self.finding.status
        text = self.text.toPlainText()
        run = self.ctx.run
        if self.step == ASSIGN:
            deadline = self.deadline.value()
            return run(assign_finding, user, fid, self.on.value(), deadline, today, seen=seen)
        if self.step == RECTIFY:
            return run(rectify_finding, user, fid, self.on.value(), text, today, seen=seen)
        if self.step == VERIFY:
            return run(verify_finding, user, fid, self.on.value(), today, text, seen=seen)
        deadline = self.deadline.value()
        return run(send_back_finding, user, fid, text, today, deadline, seen=seen)
