"""A rule set (考核细则) as an Excel workbook that imports back unchanged.

The header names are the ones ``console.core.imports.rules`` accepts (see
docs/import-formats.md): Chinese on a Chinese desktop, English otherwise. Points are real
numbers with their sign shown, so the sheet sorts and sums in Excel.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.rules import RuleRow, RuleSetRow
from exports.table_xlsx import write_table

_t = tr_context("exports")

MAX_WIDTH = 60  # the rule text wraps within it
SIGNED = "+0.00;-0.00;0"  # an award shows its plus: +2.00, -0.50
PLAIN = "General"


def _columns() -> list[tuple[str, str, Callable[[RuleRow], Any]]]:
    """(key, header, value) per column, in the order of RULE_COLUMNS of the reader."""
    # Built per call, not at import: the headers follow the language chosen at start-up.
    # The Chinese translations must be the reader's Chinese headers: 编号, 类别, 内容, 分值,
    # 计量单位, 月封顶, 需审核, 严重违纪, 启用 (a test holds the two together).
    yes, no = _t("Yes"), _t("No")
    return [
        ("code", _t("Code"), lambda r: r.code),
        ("category", _t("Rule category"), lambda r: label(r.category)),
        ("text", _t("Text"), lambda r: r.text),
        ("points", _t("Points"), lambda r: r.points),
        ("count_unit", _t("Count unit"), lambda r: r.count_unit),
        ("monthly_cap", _t("Monthly cap"), lambda r: r.monthly_cap),
        ("needs_approval", _t("Needs approval"), lambda r: yes if r.needs_approval else no),
        ("serious", _t("Serious violation"), lambda r: yes if r.serious else no),
        ("active", _t("Active"), lambda r: yes if r.active else no),
    ]


def header_names() -> dict[str, str]:
    """Column key → header as this export writes it now (for tests and templates)."""
    return {key: header for key, header, _ in _columns()}


def _title(rule_set: RuleSetRow) -> str:
    if rule_set.effective_to is None:
        span = _t("in force from {start}").format(start=rule_set.effective_from.isoformat())
    else:
        span = _t("in force {start} to {end}").format(
            start=rule_set.effective_from.isoformat(), end=rule_set.effective_to.isoformat()
        )
    return _t("{name} ({span}; base score {base})").format(
        name=rule_set.name, span=span, base=f"{rule_set.base_score:g}"
    )


def write_rules(
    rule_set: RuleSetRow, rules: Sequence[RuleRow], path: str | os.PathLike[str]
) -> Path:
    """Write the rule set's rules to ``path`` (.xlsx) and return it: the rule text wraps,
    points show their sign (OSError for the caller)."""
    columns = _columns()
    keys = [key for key, _, _ in columns]
    formats = {"points": SIGNED, "monthly_cap": PLAIN}
    return write_table(
        path,
        _title(rule_set),
        [header for _, header, _ in columns],
        [formats.get(key) for key in keys],
        ([get(rule) for _, _, get in columns] for rule in rules),
        sheet=_t("Rules"),
        wrap=[keys.index("text")],
        max_width=MAX_WIDTH,
    )
