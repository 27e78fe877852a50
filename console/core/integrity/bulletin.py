"""What the inspection bulletin (督察通报) prints, gathered and permission-checked in one
place; the renderer (exports/inspection_pdf.py) only lays it out.

The bulletin covers every unit, so a squad leader may not print it. Deadlines are judged
on the day of issue, and the open warnings come in the order of the warning rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.integrity.coverage import InspectionCoverage, inspection_coverage
from console.core.integrity.period import PeriodFigures, check_period, period_figures
from console.core.integrity.warning_rules import rules
from console.core.integrity.warnings import WarningRow
from console.core.permissions import current
from glossary import Role

_t = tr_context("inspection_bulletin")

TYPICAL_SHOWN = 10  # typical problems described in the bulletin


@dataclass(frozen=True)
class InspectionBulletinData:
    date_from: date
    date_to: date
    figures: PeriodFigures
    warnings: list[WarningRow]  # awaiting action, in the order of the warning rules
    coverage: InspectionCoverage  # 督察全覆盖: the units inspected in the period


def inspection_bulletin_data(
    session: Session, user: User, date_from: date, date_to: date, issued_on: date
) -> InspectionBulletinData:
    """The period's figures for the bulletin.

    PermissionDenied for a squad leader; ValidationError for a period that ends before
    it starts or starts after the day of issue.
    """
    user = current(session, user)
    if user.role == Role.SQUAD_LEADER:
        raise PermissionDenied(
            _t("The inspection bulletin covers every unit; a squad leader may not print it.")
        )
    check_period(date_from, date_to)
    if date_from > issued_on:
        raise ValidationError(
            [
                FieldError(
                    "date_from",
                    _t("The period starts after the day of issue ({date}).").format(
                        date=issued_on.isoformat()
                    ),
                )
            ]
        )
    fig = period_figures(session, user, date_from, date_to, issued_on, typical_limit=TYPICAL_SHOWN)
    order = {spec.code: i for i, spec in enumerate(rules())}
    warnings = sorted(
        fig.open_warnings,
        key=lambda w: (order.get(w.rule_code, len(order)), w.unit_name, w.staff_no, w.id),
    )
    coverage = inspection_coverage(session, user, date_from, date_to)
    return InspectionBulletinData(date_from, date_to, fig, warnings, coverage)
