"""How the month's results are graded and stars awarded: one bureau-wide setting."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin
from db.settings import Setting

_t = tr_context("scoring")

KEY = "scoring"
QUOTA, THRESHOLD = "quota", "threshold"
BUREAU, UNIT = "bureau", "unit"


@dataclass(frozen=True)
class ScoringSettings:
    """Grade scheme and star scope.

    quota: at most ``excellent_share`` of the ranked people are excellent and at most
    ``good_share`` more are good; a tie that would break a quota stays out of it.
    threshold: excellent from ``excellent_from`` points, good from ``good_from``.
    In both schemes a total below ``basic_below`` is basic pass, below ``fail_below`` a
    fail, and any approved serious-violation entry in the month is a fail.
    """

    grade_mode: str = QUOTA
    excellent_share: Decimal = Decimal("0.20")
    good_share: Decimal = Decimal("0.30")
    excellent_from: Decimal = Decimal(110)
    good_from: Decimal = Decimal(105)
    basic_below: Decimal = Decimal(95)
    fail_below: Decimal = Decimal(90)
    star_scope: str = BUREAU  # one star of each kind bureau-wide, or one per unit


def _from_json(data: dict[str, Any]) -> ScoringSettings:
    known = {f.name: f for f in fields(ScoringSettings)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue  # a setting of a newer version: ignored, not fatal
        values[name] = Decimal(str(value)) if known[name].type == "Decimal" else value
    return ScoringSettings(**values)


def load_settings(session: Session) -> ScoringSettings:
    row = session.get(Setting, KEY)
    return (
        _from_json(row.value)
        if row is not None and isinstance(row.value, dict)
        else (ScoringSettings())
    )


def validate(s: ScoringSettings) -> list[FieldError]:
    errors = []
    if s.grade_mode not in (QUOTA, THRESHOLD):
        errors.append(FieldError("grade_mode", _t("Choose quotas or thresholds.")))
    if not (0 <= s.excellent_share <= 1 and 0 <= s.good_share <= 1):
        errors.append(FieldError("excellent_share", _t("Shares are between 0% and 100%.")))
    elif s.excellent_share + s.good_share > 1:
        errors.append(FieldError("good_share", _t("Excellent and good together exceed 100%.")))
    if not s.excellent_from >= s.good_from >= s.basic_below >= s.fail_below:
        errors.append(
            FieldError(
                "thresholds",
                _t("Thresholds must fall: excellent ≥ good ≥ basic-pass line ≥ fail line."),
            )
        )
    if s.star_scope not in (BUREAU, UNIT):
        errors.append(FieldError("star_scope", _t("Stars are per bureau or per unit.")))
    return errors


def save_settings(session: Session, user: User, s: ScoringSettings) -> ScoringSettings:
    user = require_admin(session, user)
    errors = validate(s)
    if errors:
        raise ValidationError(errors)
    value = {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(s).items()}
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
    return s
