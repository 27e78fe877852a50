"""A person's grades over the years, as a table for the score card: one row a year, one
column a month, then the count of each grade (finalised months only)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from console.core.decisions.history import GradeHistory
from console.core.i18n import tr_context
from console.core.labels import label
from exports.pdf_common import Column, Styles, data_table, fit_widths
from glossary import Grade

_t = tr_context("decisions")


def grade_history_section(
    styles: Styles, history: GradeHistory | None, width: float
) -> list[Flowable]:
    if history is None:
        return []
    heading = styles.para(_t("Grades by year"), styles.subheading)
    if not history.years:
        return [heading, styles.para(_t("No finalised month ranks this person yet."))]
    columns = fit_widths(
        [
            Column(_t("Year"), 14, centred=True),
            *(Column(str(m), 12, centred=True) for m in range(1, 13)),
            *(Column(label(g), 13, numeric=True) for g in Grade),
        ],
        width,
    )
    rows = [
        [
            str(y.year),
            *(label(y.grade(m)) for m in range(1, 13)),
            *(str(y.counts.get(g, 0)) for g in Grade),
        ]
        for y in history.years
    ]
    note = _t(
        "The grade of every finalised month; a blank month was not finalised or the person "
        "was not ranked in it. The last columns count the months of each grade."
    )
    table = data_table(styles, columns, rows, font_size=7.5)
    return [KeepTogether([heading, table, styles.para(note, styles.note)])]
