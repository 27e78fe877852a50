"""The month's ranking (月度考核排名) as an Excel workbook: a title, a bold frozen header with
filters, and scores as real numbers, so that the sheet sorts, sums and charts in Excel."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.ranking import MonthRanking, PersonResult
from exports.table_xlsx import write_table

_t = tr_context("exports")

MAX_WIDTH = 40
SCORE = "0.00"
SIGNED = "+0.00;-0.00;0.00"


def _columns() -> list[tuple[str, Callable[[PersonResult], Any], str | None]]:
    """(header, value, number format) per column."""
    # Built per call, not at import: the headers follow the language chosen at start-up.
    return [
        (_t("Rank"), lambda p: p.rank, None),
        (_t("Staff no."), lambda p: p.staff_no, None),
        (_t("Name"), lambda p: p.name, None),
        (_t("Unit"), lambda p: p.unit_name, None),
        (_t("Category"), lambda p: label(p.category), None),
        (_t("Base score"), lambda p: p.base, SCORE),
        (_t("Awards"), lambda p: p.awards, SIGNED),
        (_t("Deductions"), lambda p: p.deductions, SIGNED),
        (_t("Total"), lambda p: p.total, SCORE),
        (_t("Unit rank"), lambda p: p.unit_rank, None),
        (_t("Grade"), lambda p: label(p.grade), None),
        (_t("Stars"), lambda p: "、".join(label(s) for s in p.stars), None),
    ]


def write_ranking(ranking: MonthRanking, path: str | os.PathLike[str], title: str) -> Path:
    """Write the ranking to ``path`` (.xlsx) and return it (OSError for the caller)."""
    columns = _columns()
    return write_table(
        path,
        title,
        [header for header, _, _ in columns],
        [number_format for _, _, number_format in columns],
        ([get(person) for _, get, _ in columns] for person in ranking.people),
        sheet=str(ranking.month),
        max_width=MAX_WIDTH,
    )
