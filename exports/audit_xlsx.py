"""The audit log as an Excel workbook: the rows the core selected, one line each, the
changed fields in the users' words. Streamed (write-only), so a long log is written in
constant memory; every cell goes through ``xlsx_cells`` (a stored text never becomes a
formula)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from console.core.audit_log import AuditEntry, local_time
from console.core.i18n import tr_context
from exports.xlsx_cells import streamed

_t = tr_context("exports")

WIDTHS = (19, 14, 10, 22, 10, 10, 80)


def changes_text(entry: AuditEntry) -> str:
    """One line per field: 'label: before → after', or just the value for an addition or
    an event."""
    lines = []
    for c in entry.changes:
        if c.before and c.after and c.before != c.after:
            lines.append(f"{c.label}: {c.before} → {c.after}")
        else:
            lines.append(f"{c.label}: {c.after or c.before}")
    return "\n".join(lines)


def write_audit_log(
    entries: Iterable[AuditEntry], path: str | os.PathLike[str], title: str
) -> tuple[Path, int]:
    """Write the entries; returns the file and how many rows it holds."""
    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_t("Audit log"))
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A3"
    heading = streamed(ws, title)
    heading.font = Font(bold=True, size=14)
    ws.append([heading])
    header = [
        _t("Time"),
        _t("User"),
        _t("Action"),
        _t("Object"),
        _t("Record"),
        _t("Result"),
        _t("Changes"),
    ]
    cells = []
    for text in header:
        cell = streamed(ws, text)
        cell.font = Font(bold=True)
        cells.append(cell)
    ws.append(cells)
    count = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
    try:
        count = _write_rows(ws, entries)
    except BaseException:
        wb.save(partial)  # closes the streamed sheet; the half-written file goes
        partial.unlink(missing_ok=True)
        raise
    # Written beside the target and renamed: a failed export leaves no half file.
    wb.save(partial)
    os.replace(partial, target)
    return target, count


def _write_rows(ws: Any, entries: Iterable[AuditEntry]) -> int:
    count = 0
    for e in entries:
        time_cell = streamed(ws, local_time(e.at))
        time_cell.number_format = "yyyy-mm-dd hh:mm:ss"
        ws.append(
            [
                time_cell,
                streamed(ws, e.username),
                streamed(ws, e.action_label),
                streamed(ws, e.object_label),
                streamed(ws, e.row_id),
                streamed(ws, e.result),
                streamed(ws, changes_text(e)),
            ]
        )
        count += 1
    return count
