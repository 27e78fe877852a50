"""The yearly training requirements (学时要求) and the pace they set through the year.

A requirement is so many hours of one training category a year for one person category
(default: officers, 60 hours of legal training — "每名行政执法人员每年接受不少于60学时的
法律法规知识培训", in the bureaus' own reports). The administrator edits the list in
Settings → Training; it is one bureau-wide setting stored as JSON.

Pace: the hours expected by a date are the requirement × the share of the year that has
*passed before* that date — 0 on 1 January, 182/365 on 2 July, 364/365 on 31 December,
and the whole requirement from 1 January of the next year, when the year is over and a
shortfall final. Someone hired during the year owes the requirement pro rata from the
day of hire, and their pace counts from that day. docs/training.md states it with a
worked example.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.errors import FieldError, ValidationError
from console.core.i18n import N_, tr_context
from console.core.labels import label
from console.core.permissions import require_admin
from db.settings import Setting
from glossary import Category, TrainingCategory

_t = tr_context("training")

KEY = "training"
LEGAL_HOURS_REQUIRED = 60
MAX_REQUIRED_HOURS = 1000


@dataclass(frozen=True)
class Requirement:
    person_category: Category
    training_category: TrainingCategory
    hours: float


DEFAULT_REQUIREMENTS = (Requirement(Category.OFFICER, TrainingCategory.LEGAL, 60.0),)


@dataclass(frozen=True)
class TrainingSettings:
    requirements: tuple[Requirement, ...] = DEFAULT_REQUIREMENTS
    # Whether an unexcused absence books the catalogue's PX03, a failed exam its PX02.
    deduct_absence: bool = True
    deduct_failed_exam: bool = True

    def for_category(self, category: Category) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.person_category == category)


class PaceStatus(StrEnum):
    DONE = "done"
    ON_PACE = "on_pace"
    BEHIND = "behind"
    NOT_REQUIRED = "not_required"


_STATUS_LABELS = {
    PaceStatus.DONE: N_("Done"),
    PaceStatus.ON_PACE: N_("On pace"),
    PaceStatus.BEHIND: N_("Behind pace"),
    PaceStatus.NOT_REQUIRED: N_("No requirement"),
}


def status_label(status: PaceStatus) -> str:
    return _t(_STATUS_LABELS[status])


# --- pace ---------------------------------------------------------------------------


def year_days(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def counted_from(year: int, hired: date | None) -> date:
    """The first day of a person's training year: 1 January, or the day of hire if later."""
    first = date(year, 1, 1)
    return hired if hired is not None and hired > first else first


def owed_hours(required: float, year: int, hired: date | None = None) -> float:
    """The year's requirement, pro rata for someone hired during the year (one decimal)."""
    start = counted_from(year, hired)
    if start.year > year:
        return 0.0
    days = (date(year, 12, 31) - start).days + 1
    return round(required * days / year_days(year), 1)


def expected_hours(required: float, year: int, on: date, hired: date | None = None) -> float:
    """Hours that should have been done by ``on``: the requirement × the share of the year
    passed before that day (0 on 1 January; the whole of it once the year is over)."""
    start = counted_from(year, hired)
    if on > date(year, 12, 31):
        return owed_hours(required, year, hired)
    if on <= start:
        return 0.0
    return required * (on - start).days / year_days(year)


def pace_status(required: float, credited: float, expected: float) -> PaceStatus:
    """Done once the requirement is met; behind while short of the hours expected."""
    if required <= 0:
        return PaceStatus.NOT_REQUIRED
    if credited >= required - 1e-9:
        return PaceStatus.DONE
    if credited < expected - 1e-9:
        return PaceStatus.BEHIND
    return PaceStatus.ON_PACE


def shortfall_share(credited: float, expected: float) -> float:
    """How far behind pace, as a share of the hours expected (0 when not behind)."""
    if expected <= 0 or credited >= expected:
        return 0.0
    return (expected - credited) / expected


# --- the setting --------------------------------------------------------------------


def _requirement(data: Any) -> Requirement | None:
    try:
        return Requirement(
            Category(data["person_category"]),
            TrainingCategory(data["training_category"]),
            float(data["hours"]),
        )
    except (KeyError, TypeError, ValueError):
        return None  # a damaged entry is dropped, not fatal


def load_training_settings(session: Session) -> TrainingSettings:
    row = session.get(Setting, KEY)
    if row is None or not isinstance(row.value, dict):
        return TrainingSettings()
    value = row.value
    found = [_requirement(r) for r in value.get("requirements", [])]
    defaults = TrainingSettings()
    return TrainingSettings(
        requirements=tuple(r for r in found if r is not None),
        deduct_absence=bool(value.get("deduct_absence", defaults.deduct_absence)),
        deduct_failed_exam=bool(value.get("deduct_failed_exam", defaults.deduct_failed_exam)),
    )


def validate_training_settings(s: TrainingSettings) -> list[FieldError]:
    errors = []
    seen: set[tuple[Category, TrainingCategory]] = set()
    for index, r in enumerate(s.requirements, start=1):
        if not 0 < r.hours <= MAX_REQUIRED_HOURS:
            errors.append(
                FieldError(
                    "requirements",
                    _t("Line {n}: the hours are more than 0 and at most {max}.").format(
                        n=index, max=MAX_REQUIRED_HOURS
                    ),
                )
            )
        key = (r.person_category, r.training_category)
        if key in seen:
            errors.append(
                FieldError(
                    "requirements",
                    _t("Line {n}: {people} already have a requirement for {training}.").format(
                        n=index,
                        people=label(r.person_category),
                        training=label(r.training_category),
                    ),
                )
            )
        seen.add(key)
    return errors


def save_training_settings(
    session: Session, user: User, s: TrainingSettings, *, seen: TrainingSettings | None = None
) -> TrainingSettings:
    """Save the requirements and deduction switches. ``seen`` is what the form showed when
    it was loaded: if they were changed since (on another desktop), nothing is written."""
    user = require_admin(session, user)
    errors = validate_training_settings(s)
    if errors:
        raise ValidationError(errors)
    # Read under a row lock (PostgreSQL; SQLite's writing transaction already excludes
    # other writers) so that two administrators saving at once are compared in turn.
    session.get(Setting, KEY, with_for_update=True)
    if seen is not None and load_training_settings(session) != seen:
        raise Conflict(
            _t(
                "The training requirements were changed on another desktop since you "
                "opened them. Nothing was saved: reload to see them, then try again."
            )
        )
    value = {
        "requirements": [
            {
                "person_category": r.person_category.value,
                "training_category": r.training_category.value,
                "hours": r.hours,
            }
            for r in s.requirements
        ],
        "deduct_absence": s.deduct_absence,
        "deduct_failed_exam": s.deduct_failed_exam,
    }
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
    return s
