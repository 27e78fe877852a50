"""The training report's section on where the year will end: who will miss their
requirement on 31 December at their current pace, and the remaining sessions each must
attend. Pure rendering of ``console.core.training.projection``'s figures."""

from __future__ import annotations

from reportlab.platypus import Flowable

from console.core.i18n import tr_context
from console.core.training.projection import PersonProjection, YearProjection
from exports.pdf_common import Column, Styles, data_table, fit_widths

_t = tr_context("training_report")


def _hours(value: float) -> str:
    return f"{value:.1f}"


def plan_text(p: PersonProjection) -> str:
    """The sessions to attend, by date (month-day), with their hours; or that they will
    not suffice."""
    dates = _t(", ").join(
        _t("{month}/{day} ({hours} h)").format(
            month=s.session_date.month,
            day=s.session_date.day,
            hours=f"{s.hours:g}",
        )
        for s in p.plan
    )
    if p.reachable:
        return dates
    if not p.plan:
        return _t("No session left this year: arrange make-up training.")
    return _t("All remaining ({hours} h) will not suffice: {dates}").format(
        hours=f"{p.plan_hours:g}", dates=dates
    )


def projection_section(styles: Styles, projection: YearProjection, width: float) -> list[Flowable]:
    rule = _t(
        "Projected hours = hours credited × days from 1 January (or the day of hire) to "
        "31 December ÷ days passed up to the date of the report. Sessions already planned "
        "are not added; those listed are the year's remaining sessions open to the person, "
        "earliest first, until the hours still missing are reached."
    )
    missing = projection.missing()
    if not missing:
        return [
            styles.para(
                _t(
                    "At the current pace, all {n} people with a requirement will reach it "
                    "by 31 December."
                ).format(n=len(projection.people))
            ),
            styles.para(rule, styles.note),
        ]
    lead = _t(
        "At the current pace, {miss} of the {n} people with a requirement will miss it on "
        "31 December. {reach} of them can still reach it by attending the sessions listed; "
        "for {cannot}, even all remaining sessions will not suffice and their units are asked "
        "to arrange make-up training."
    ).format(
        miss=len(missing),
        n=len(projection.people),
        reach=len(missing) - projection.cannot_reach,
        cannot=projection.cannot_reach,
    )
    columns = fit_widths(
        [
            Column(_t("Staff no."), 20, centred=True),
            Column(_t("Name"), 18),
            Column(_t("Unit"), 40, wrap=True),
            Column(_t("Credited"), 16, numeric=True),
            Column(_t("Projected"), 20, numeric=True),
            Column(_t("Required"), 16, numeric=True),
            Column(_t("Sessions to attend"), 66, wrap=True),
        ],
        width,
    )
    rows = [
        [
            p.staff_no,
            p.name,
            p.unit_name,
            _hours(p.credited),
            _hours(p.projected),
            _hours(p.required),
            plan_text(p),
        ]
        for p in missing
    ]
    return [styles.para(lead), data_table(styles, columns, rows), styles.para(rule, styles.note)]
