"""What the monthly bulletin prints, gathered and permission-checked in one place.

The renderer (exports/bulletin_pdf.py) only lays this out. Gathering it also issues the
bulletin's verification code and records the print in the audit chain
(console.core.paper_code), so it runs in a writing transaction: the print is on record
exactly when the bulletin was produced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.paper_code import issue_code
from console.core.permissions import current
from console.core.scoring.deductions import CategoryDeduction, deductions_by_category
from console.core.scoring.ranking import MonthRanking, month_ranking
from console.core.scoring.snapshots import lock_state
from console.core.scoring.squads import SquadResult, rank_squads
from glossary import Role, YearMonth

_t = tr_context("bulletin")


@dataclass(frozen=True)
class BulletinData:
    month: YearMonth
    ranking: MonthRanking  # finalised only when its seal holds; ``broken`` says otherwise
    squads: list[SquadResult]
    deductions: list[CategoryDeduction]
    finalised_on: date | None  # the reader's local date of finalising, when final
    code: str  # the verification code printed on it (XXXX-XXXX-XXXX)


def bulletin_data(session: Session, user: User, month: YearMonth, issued_on: date) -> BulletinData:
    """The bulletin covers the whole bureau, so a squad leader (who sees only their own
    unit) may not print it: PermissionDenied. A month that has not begun by
    ``issued_on`` has nothing to report: ValidationError."""
    user = current(session, user)
    if user.role == Role.SQUAD_LEADER:
        raise PermissionDenied(
            _t(
                "The bulletin covers every unit; a squad leader may print the scorecards "
                "of their own people."
            )
        )
    if month.first_day > issued_on:
        raise ValidationError(
            [FieldError("month", _t("{month} has not begun yet.").format(month=month))]
        )
    ranking = month_ranking(session, user, month)
    state = lock_state(session, month)
    finalised_on = (
        # Stored in UTC: the reader's date is the local one (UTC+8 is a day ahead at 07:00).
        state.locked_at.replace(tzinfo=UTC).astimezone().date()
        if ranking.finalised and state.locked_at
        else None
    )
    issued = issue_code(session, month, final=ranking.finalised)
    return BulletinData(
        month,
        ranking,
        rank_squads(session, ranking),
        deductions_by_category(session, user, month),
        finalised_on,
        issued.code,
    )
