"""The people roster (人员花名册) as an Excel workbook, the way the squad keeps it by hand:
a title, a bold frozen header with filters, real date cells and readable column widths."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.people import PersonRow
from exports.table_xlsx import write_table

_t = tr_context("exports")

DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 40


def _columns() -> list[tuple[str, Callable[[PersonRow], Any]]]:
    """(header, value) per column; date values become real Excel dates."""
    # Built per call, not at import: the headers follow the language chosen at start-up.
    yes, no = _t("Yes"), _t("No")
    return [
        (_t("Staff no."), lambda p: p.staff_no),
        (_t("Name"), lambda p: p.name),
        (_t("Unit"), lambda p: p.unit_name),
        (_t("Category"), lambda p: label(p.category)),
        (_t("Position"), lambda p: p.position or ""),
        (_t("Gender"), lambda p: label(p.gender)),
        (_t("Birth date"), lambda p: p.birth_date),
        (_t("Hire date"), lambda p: p.hire_date),
        (_t("Status"), lambda p: label(p.status)),
        (_t("Legal qualification"), lambda p: yes if p.legal_qualification else no),
        (_t("Phone"), lambda p: p.phone or ""),
    ]


def write_roster(
    rows: Sequence[PersonRow], path: str | os.PathLike[str], title: str, generated_on: date
) -> Path:
    """Write the roster to ``path`` (.xlsx) and return it (OSError for the caller)."""
    columns = _columns()
    heading = _t("{title} (as of {date})").format(title=title, date=generated_on.isoformat())
    return write_table(
        path,
        heading,
        [header for header, _ in columns],
        [DATE_FORMAT] * len(columns),  # only the date cells take it
        ([get(person) for _, get in columns] for person in rows),
        sheet=_t("Roster"),
        max_width=MAX_WIDTH,
    )
