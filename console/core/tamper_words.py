"""What ``audit verify`` found, in words a supervisor reads: the record's name as the
pages call it, the field's label, the value the log expects and the value found."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import Enum as SAEnum

from console.core.i18n import N_, tr_context
from console.core.labels import label
from console.core.tamper import AuditVerdict, Difference, StateCheck
from db.audit_images import shapes

_t = tr_context("tamper")

TABLES: dict[str, str] = {
    "attendance": N_("Attendance record"),
    "case_review": N_("Case-file review"),
    "certificate": N_("Certificate"),
    "complaint": N_("Complaint"),
    "exam": N_("Exam"),
    "exam_result": N_("Exam result"),
    "finding": N_("Finding"),
    "inspection": N_("Inspection"),
    "integrity_talk": N_("Integrity talk"),
    "major_matter_report": N_("Major-matter report"),
    "monthly_result": N_("Finalised monthly result"),
    "period_lock": N_("Month lock"),
    "person": N_("Person"),
    "person_transfer": N_("Transfer"),
    "pledge": N_("Integrity pledge"),
    "point_event": N_("Point entry"),
    "point_tally": N_("Monthly points sum"),
    "risk_point": N_("Risk point"),
    "rule": N_("Rule"),
    "rule_set": N_("Rule catalogue"),
    "setting": N_("Setting"),
    "training_session": N_("Training session"),
    "unit": N_("Unit"),
    "user_account": N_("Account"),
    "warning": N_("Early warning"),
}

FIELDS: dict[str, str] = {
    "action": N_("Action taken"),
    "active": N_("In use"),
    "assigned_date": N_("Assigned on"),
    "audience": N_("Audience"),
    "awards": N_("Awards"),
    "base_score": N_("Base score"),
    "birth_date": N_("Date of birth"),
    "case_no": N_("Case no."),
    "category": N_("Category"),
    "cents": N_("Points"),
    "channel": N_("Channel"),
    "closed_date": N_("Closed on"),
    "code": N_("Code"),
    "count_unit": N_("Counted in"),
    "created_at": N_("Created at"),
    "deadline": N_("Deadline"),
    "decided_at": N_("Decided at"),
    "decided_by_id": N_("Decided by"),
    "deductions": N_("Deductions"),
    "description": N_("Description"),
    "display_name": N_("Display name"),
    "effective_from": N_("In force from"),
    "effective_to": N_("In force until"),
    "event_date": N_("Date"),
    "evidence": N_("Evidence"),
    "exam_date": N_("Exam date"),
    "exam_id": N_("Exam"),
    "expires": N_("Expires"),
    "fired_at": N_("Raised at"),
    "found_date": N_("Found on"),
    "from_unit_id": N_("From unit"),
    "gender": N_("Gender"),
    "grade": N_("Grade"),
    "handled_at": N_("Handled at"),
    "handled_by_id": N_("Handled by"),
    "handlers_ids": N_("Case handlers"),
    "hire_date": N_("Hired on"),
    "hours": N_("Hours"),
    "inspection_date": N_("Inspection date"),
    "inspection_id": N_("Inspection"),
    "inspectors": N_("Inspectors"),
    "issued": N_("Issued on"),
    "key": N_("Setting"),
    "kind": N_("Kind"),
    "last_login_at": N_("Last sign-in"),
    "left_date": N_("Left on"),
    "legal_qualification": N_("Legal qualification"),
    "level": N_("Risk level"),
    "locked": N_("Finalised"),
    "locked_at": N_("Finalised at"),
    "locked_by_id": N_("Finalised by"),
    "matter": N_("Matter"),
    "measures": N_("Measures"),
    "monthly_cap": N_("Monthly cap"),
    "name": N_("Name"),
    "needs_approval": N_("Needs approval"),
    "note": N_("Note"),
    "notes": N_("Notes"),
    "number": N_("Number"),
    "organiser": N_("Organiser"),
    "outcome": N_("Outcome"),
    "owner": N_("Owner"),
    "parent_id": N_("Parent unit"),
    "pass_mark": N_("Pass mark"),
    "password_sha256": N_("Password"),
    "people_ids": N_("People inspected"),
    "period": N_("Month"),
    "person_id": N_("Person"),
    "phone": N_("Phone"),
    "place": N_("Place"),
    "point_event_id": N_("Point entry"),
    "points": N_("Points"),
    "position": N_("Position"),
    "problems": N_("Problems"),
    "quantity": N_("Quantity"),
    "rank": N_("Rank"),
    "reason": N_("Reason"),
    "received_date": N_("Received on"),
    "recorded_at": N_("Recorded at"),
    "recorded_by_id": N_("Recorded by"),
    "rectification": N_("Rectification"),
    "rectified_date": N_("Rectified on"),
    "reopen_reason": N_("Reason for reopening"),
    "reopened_at": N_("Reopened at"),
    "reopened_by_id": N_("Reopened by"),
    "report_date": N_("Report date"),
    "review_date": N_("Review date"),
    "review_note": N_("Review note"),
    "reviewer": N_("Reviewer"),
    "role": N_("Role"),
    "row_version": N_("Edit count"),
    "rule_code": N_("Warning rule"),
    "rule_id": N_("Rule"),
    "rule_set_id": N_("Rule catalogue"),
    "score": N_("Score"),
    "serious": N_("Serious"),
    "session_date": N_("Session date"),
    "session_id": N_("Training session"),
    "severity": N_("Severity"),
    "short_name": N_("Short name"),
    "signed_date": N_("Signed on"),
    "sort_order": N_("Order"),
    "source": N_("Source"),
    "source_ref": N_("Source reference"),
    "staff_no": N_("Staff no."),
    "stars": N_("Stars"),
    "status": N_("Status"),
    "substance": N_("Substance"),
    "summary": N_("Summary"),
    "talk_date": N_("Talk date"),
    "talker": N_("Talk held by"),
    "text": N_("Rule text"),
    "title": N_("Title"),
    "to_unit_id": N_("To unit"),
    "topic": N_("Topic"),
    "topics": N_("Topics"),
    "total": N_("Total"),
    "transfer_date": N_("Transfer date"),
    "unit_id": N_("Unit"),
    "unit_rank": N_("Rank in unit"),
    "units_ids": N_("Units inspected"),
    "updated_at": N_("Changed at"),
    "username": N_("Username"),
    "value": N_("Value"),
    "verified_by_id": N_("Checked by"),
    "verified_date": N_("Checked on"),
    "version": N_("Version"),
    "void_reason": N_("Reason for voiding"),
    "year": N_("Year"),
}

# Where a table calls a field otherwise than the others do.
FIELDS_BY_TABLE: dict[tuple[str, str], str] = {
    ("person", "name"): N_("Full name"),
    ("user_account", "person_id"): N_("Linked person"),
    ("inspection", "notes"): N_("Inspection notes"),
    ("integrity_talk", "notes"): N_("Talk notes"),
}

# A secret's digest says only that it changed, never what it is.
_SECRET_FIELDS = frozenset({"password_sha256"})


def table_label(table: str) -> str:
    return _t(TABLES[table]) if table in TABLES else table


def field_label(field: str, table: str | None = None) -> str:
    if (table, field) in FIELDS_BY_TABLE:
        return _t(FIELDS_BY_TABLE[(table, field)])  # type: ignore[index]
    return _t(FIELDS[field]) if field in FIELDS else field


def _enum(table: str, field: str) -> type[Enum] | None:
    shape = shapes().get(table)
    col = None if shape is None else shape.column(field)
    kind = None if col is None else col.type
    return kind.enum_class if isinstance(kind, SAEnum) else None


def _value(value: Any, enum_cls: type[Enum] | None = None) -> str:
    if value is None:
        return _t("(empty)")
    if enum_cls is not None:
        try:
            return label(enum_cls(value))
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, list):
        return ", ".join(map(str, value)) or _t("(none)")
    return str(value)


def _record(d: Difference) -> str:
    if d.table == "point_tally":  # keyed by month, person and rule
        month, person, rule = str(d.key).split("/")
        return _t("The points of person #{person} under rule #{rule} in {month}").format(
            person=person, rule=rule, month=f"{month[:4]}-{month[4:]}"
        )
    return _t("{table} #{key}").format(table=table_label(d.table), key=d.key)


def describe(d: Difference) -> str:
    """One line: "Point entry #1234: Points changed outside the application: the log
    says 2.00, the record holds 5.00"."""
    record = _record(d)
    if d.kind == "added":
        return _t(
            "{record} was added outside the application (the audit log has no record of it)."
        ).format(record=record)
    if d.kind == "deleted":
        return _t("{record} was deleted outside the application.").format(record=record)
    if d.field is None:
        return _t("{record} was changed outside the application.").format(record=record)
    if d.field in _SECRET_FIELDS:
        return _t("{record}: {field} was replaced outside the application.").format(
            record=record, field=field_label(d.field, d.table)
        )
    return _t(
        "{record}: {field} was changed outside the application: "
        "recorded as {expected}, now {found}."
    ).format(
        record=record,
        field=field_label(d.field, d.table),
        expected=_value(d.expected, _enum(d.table, d.field)),
        found=_value(d.found, _enum(d.table, d.field)),
    )


def headline(check: StateCheck) -> str | None:
    """The one sentence that sums the state check up, or None when all is well."""
    if check.log_missing:
        return _t(
            "The audit log holds nothing about the {n} records in the database: it was "
            "emptied or replaced outside the application."
        ).format(n=check.records)
    if check.total:
        return _t(
            "{n} differences from the audit log: records were changed outside the application."
        ).format(n=check.total)
    return None


def lines(check: StateCheck, limit: int) -> list[str]:
    """The headline, the first ``limit`` differences, and how many more there are."""
    first = headline(check)
    if first is None:
        return []
    out = [first]
    if check.log_missing and check.unlogged:
        counts = "; ".join(
            _t("{table}: {n}").format(table=table_label(t), n=n) for t, n in check.unlogged.items()
        )
        out.append(_t("Records with no trace in the audit log: {counts}.").format(counts=counts))
    shown = check.differences[:limit]
    out.extend(describe(d) for d in shown)
    more = check.total - len(shown)
    if more > 0:
        out.append(_t("… and {n} more.").format(n=more))
    return out


def notes(check: StateCheck) -> list[str]:
    """What the check could not look at, said even when all else is well."""
    return [
        _t(
            "{n} records ({table}) were loaded in bulk by an earlier version of Ducha, "
            "which kept no copy of them in the audit log: they cannot be checked."
        ).format(n=n, table=table_label(t))
        for t, n in check.unverifiable.items()
    ]


def verdict_lines(verdict: AuditVerdict, limit: int) -> list[str]:
    """What the start-up check found: the chain's breaks first, then the records."""
    out: list[str] = []
    if verdict.breaks:
        first = verdict.breaks[0].audit_id
        out.append(
            _t(
                "The audit log itself was altered: {n} of its rows fail their hash check, "
                "the first at row {first}."
            ).format(n=len(verdict.breaks), first=first)
        )
    out.extend(lines(verdict.state, limit))
    return out
