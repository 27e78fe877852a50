"""The inspection bulletin's section on coverage (督察全覆盖): how many of the units to
cover were inspected at least once in the period, and which were not. Pure rendering of
``console.core.integrity.coverage``'s figures."""

from __future__ import annotations

from reportlab.platypus import Flowable

from console.core.i18n import tr_context
from console.core.integrity.coverage import InspectionCoverage
from exports.pdf_common import Styles

_t = tr_context("inspection_bulletin")


def coverage_section(styles: Styles, coverage: InspectionCoverage, period: str) -> list[Flowable]:
    rule = _t(
        "A unit counts as inspected when an inspection held in the period names it; the "
        "units to cover are the active units, the bureau itself excepted."
    )
    if not coverage.total:
        return [styles.para(_t("There is no unit to cover."))]
    share = f"{100 * (coverage.share or 0):.1f}%"
    if not coverage.uninspected:
        text = _t(
            "In {period} every one of the {total} units was inspected at least once: "
            "coverage {share}."
        ).format(period=period, total=coverage.total, share=share)
        return [styles.para(text), styles.para(rule, styles.note)]
    text = _t(
        "In {period}, {covered} of the {total} units were inspected at least once: coverage "
        "{share}. Not yet inspected ({n}): {units}. They are to be inspected first in the "
        "coming period."
    ).format(
        period=period,
        covered=coverage.covered,
        total=coverage.total,
        share=share,
        n=len(coverage.uninspected),
        units=_t(", ").join(u.unit_name for u in coverage.uninspected),
    )
    return [styles.para(text), styles.para(rule, styles.note)]
