"""The criteria of the candidate lists and the red and black lists: one bureau-wide
setting, changed by an administrator (docs/decisions.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin
from db.settings import Setting

_t = tr_context("decisions")

KEY = "decisions"


@dataclass(frozen=True)
class DecisionSettings:
    """Commendation (评优): at least ``commend_excellent`` excellent months in the year and
    at most ``commend_fails`` fails. Rotation (轮岗): at least ``rotate_weak`` months graded
    basic pass or fail in the year, or at least ``rotate_years`` years in the same squad
    (0 turns that criterion off). The red and black lists name the top and bottom
    ``roll_size`` people. ``count_live`` counts the months not yet finalised too, at their
    live grades; otherwise only finalised months count."""

    commend_excellent: int = 8
    commend_fails: int = 0
    rotate_weak: int = 2
    rotate_years: int = 3
    roll_size: int = 10
    count_live: bool = False


def _from_json(data: dict[str, Any]) -> DecisionSettings:
    known = {f.name for f in fields(DecisionSettings)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue  # a setting of a newer version: ignored, not fatal
        values[name] = bool(value) if name == "count_live" else int(value)
    return DecisionSettings(**values)


def load_decision_settings(session: Session) -> DecisionSettings:
    row = session.get(Setting, KEY)
    if row is None or not isinstance(row.value, dict):
        return DecisionSettings()
    try:
        return _from_json(row.value)
    except (TypeError, ValueError):
        return DecisionSettings()  # a hand-edited value that is not a number: the defaults


def validate(s: DecisionSettings) -> list[FieldError]:
    errors = []
    if not 1 <= s.commend_excellent <= 12:
        errors.append(FieldError("commend_excellent", _t("Excellent months are between 1 and 12.")))
    if not 0 <= s.commend_fails <= 12:
        errors.append(FieldError("commend_fails", _t("Fails allowed are between 0 and 12.")))
    if not 1 <= s.rotate_weak <= 12:
        errors.append(
            FieldError("rotate_weak", _t("Basic-pass or fail months are between 1 and 12."))
        )
    if not 0 <= s.rotate_years <= 40:
        errors.append(FieldError("rotate_years", _t("Years in a squad are between 0 and 40.")))
    if not 1 <= s.roll_size <= 500:
        errors.append(FieldError("roll_size", _t("The lists name between 1 and 500 people.")))
    return errors


def save_decision_settings(
    session: Session,
    user: User,
    s: DecisionSettings,
    *,
    seen: DecisionSettings | None = None,
) -> DecisionSettings:
    """Store the criteria (the 督察队长 only). ``seen`` is what the form showed: if another
    desktop changed them since, nothing is written and the user is told."""
    require_admin(session, user)
    errors = validate(s)
    if errors:
        raise ValidationError(errors)
    # A row lock on PostgreSQL, so two administrators saving at once are compared in turn.
    session.get(Setting, KEY, with_for_update=True)
    if seen is not None and load_decision_settings(session) != seen:
        raise Conflict(
            _t(
                "The commendation and rotation settings were changed on another desktop "
                "since you opened them. Nothing was saved: reload to see them, then try again."
            )
        )
    value = asdict(s)
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
    return s
