"""No control character gets into a record: one check at the door for every form and service.

Text pasted from another program (a web page, a PDF, a terminal) can carry invisible
control characters. They print as nothing, break exports and make two names that look
alike compare unequal. Rather than each service checking each field, the Workspace's
sessions check every text attribute of the records about to be written, just before the
flush, and refuse the whole change with a field error. Tab, line feed and carriage return
are ordinary text (multi-line notes) and pass.

Bulk Core inserts (imports) do not flush ORM objects and are checked by the import reader;
exports strip what slips past both (exports/safe_text.py).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from console.core.errors import FieldError, ValidationError
from console.core.i18n import N_, tr_context

_t = tr_context("text_guard")

# Unicode category Cc but tab, LF and CR: C0 controls, DEL and the C1 controls.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SHOWN_AS = "□"  # where the invisible character sits, in the message
AROUND = 12  # characters shown either side of it

# Attribute keys as the forms call the fields, in the words on the forms.
_FIELDS = {
    "name": N_("Name"),
    "short_name": N_("Short name"),
    "staff_no": N_("Staff no."),
    "position": N_("Position"),
    "phone": N_("Phone"),
    "note": N_("Note"),
    "notes": N_("Notes"),
    "reason": N_("Reason"),
    "title": N_("Title"),
    "topic": N_("Topic"),
    "description": N_("Description"),
    "text": N_("Text"),
    "code": N_("Code"),
    "count_unit": N_("Count unit"),
    "username": N_("User name"),
    "display_name": N_("Display name"),
    "evidence": N_("Evidence"),
    "rectification": N_("Rectification"),
    "review_note": N_("Review note"),
    "void_reason": N_("Reason for voiding"),
    "reopen_reason": N_("Reason for reopening"),
    "substance": N_("Substance of the complaint"),
    "case_no": N_("Case number"),
    "reviewer": N_("Reviewer"),
    "problems": N_("Problems found"),
    "measures": N_("Measures"),
    "owner": N_("Person responsible"),
    "talker": N_("Talk given by"),
    "matter": N_("Matter"),
    "summary": N_("Summary"),
    "action": N_("Action taken"),
    "organiser": N_("Organiser"),
    "place": N_("Place"),
    "number": N_("Certificate no."),
    "inspectors": N_("Inspectors"),
}


# Where one key means different fields: a unit's name is its 名称, a person's their 姓名.
_FIELDS_OF_TABLE = {
    ("unit", "name"): N_("Unit name"),
    ("rule_set", "name"): N_("Rule set name"),
    ("risk_point", "position"): N_("Post"),
    ("risk_point", "description"): N_("Risk described"),
}


def field_label(key: str, table: str = "") -> str:
    """The field as a user knows it; a key no form shows reads as "A text"."""
    known = _FIELDS_OF_TABLE.get((table, key)) or _FIELDS.get(key)
    return _t(known) if known is not None else _t("A text")


def excerpt(text: str, at: int) -> str:
    """The text around position ``at``, control characters shown as □."""
    start, end = max(0, at - AROUND), min(len(text), at + AROUND + 1)
    shown = CONTROL.sub(SHOWN_AS, text[start:end])
    return ("…" if start else "") + shown + ("…" if end < len(text) else "")


def problem(key: str, text: str, table: str = "") -> FieldError | None:
    """The field error for a text holding a control character, or None."""
    found = CONTROL.search(text)
    if found is None:
        return None
    return FieldError(
        key,
        _t(
            "{field} contains an invisible control character (shown here as □): “{text}”. "
            "It usually comes with text copied from another program; delete it and save again."
        ).format(field=field_label(key, table), text=excerpt(text, found.start())),
    )


def _changed_texts(obj: Any, new: bool) -> list[tuple[str, str]]:
    """(attribute key, text) of the record's text values being written: all of a new
    record's, only the changed ones of an edited record (an old value is not the user's
    doing now)."""
    state = inspect(obj)
    out: list[tuple[str, str]] = []
    for attr in state.mapper.column_attrs:
        key = attr.key
        if new:
            value = state.dict.get(key)
            if isinstance(value, str):
                out.append((key, value))
            continue
        out.extend((key, v) for v in state.attrs[key].history.added if isinstance(v, str))
    return out


def refuse_control_characters(session: Session, _context: object, _instances: object) -> None:
    """``before_flush`` listener: a ValidationError naming every field at fault, before
    anything is written."""
    errors: list[FieldError] = []
    for objects, new in ((session.new, True), (session.dirty, False)):
        for obj in objects:
            table = getattr(obj, "__tablename__", "")
            for key, text in _changed_texts(obj, new):
                error = problem(key, text, table)
                if error is not None:
                    errors.append(error)
    if errors:
        raise ValidationError(errors)
