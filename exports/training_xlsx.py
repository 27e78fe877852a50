"""People's training progress (学时进度) as an Excel workbook: a title, a bold frozen header
with filters, hours as real numbers — for the list of people behind pace that squads are
sent, or for everyone with a requirement."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.training.progress import PersonProgress
from console.core.training.requirements import status_label
from exports.table_xlsx import write_table

_t = tr_context("exports")

HOURS, PERCENT = "0.0", "0.0%"


def _columns() -> list[tuple[str, Callable[[PersonProgress], Any], str | None]]:
    return [
        (_t("Staff no."), lambda p: p.staff_no, None),
        (_t("Name"), lambda p: p.name, None),
        (_t("Unit"), lambda p: p.unit_name, None),
        (_t("Category"), lambda p: label(p.category), None),
        (_t("Hours credited"), lambda p: round(p.credited, 1), HOURS),
        (_t("Hours expected by now"), lambda p: round(p.expected, 1), HOURS),
        (_t("Hours required"), lambda p: round(p.required, 1), HOURS),
        (_t("Short of pace"), lambda p: round(p.shortfall, 1), HOURS),
        (_t("Behind by"), lambda p: round(p.shortfall_share, 3), PERCENT),
        (_t("All hours"), lambda p: round(p.total_hours, 1), HOURS),
        (_t("Status"), lambda p: status_label(p.status), None),
    ]


def write_progress(
    people: Sequence[PersonProgress], path: str | os.PathLike[str], title: str
) -> Path:
    """Write the people's progress to ``path`` (.xlsx) and return it (OSError for the
    caller)."""
    columns = _columns()
    return write_table(
        path,
        title,
        [header for header, _, _ in columns],
        [number_format for _, _, number_format in columns],
        ([get(person) for _, get, _ in columns] for person in people),
        sheet=_t("Training progress"),
        max_width=40,
    )
