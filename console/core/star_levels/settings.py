"""The star-level setting: starting levels by years of service, the yearly rule's number
of excellent months, and the pay tier of each level. One bureau-wide setting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin
from db.settings import Setting

_t = tr_context("star_levels")

KEY = "star_levels"
AMOUNT, COEFFICIENT = "amount", "coefficient"
LEVELS = (1, 2, 3, 4, 5)
LOWEST, HIGHEST = 1, 5


@dataclass(frozen=True)
class ServiceBand:
    """From ``from_years`` full years of service on, a newcomer starts at ``level``."""

    from_years: int
    level: int


@dataclass(frozen=True)
class StarLevelSettings:
    """Defaults: under 2 years 1★, 2 to under 5 years 2★, 5 to under 10 years 3★, 10
    years and more 4★ (5★ is earned in a review, never given for seniority); +1 needs 6
    excellent months; the pay tier is a monthly allowance of 100 to 500 yuan, or, in
    coefficient mode, 1.00 to 1.20 times the base pay."""

    service_bands: tuple[ServiceBand, ...] = (
        ServiceBand(0, 1),
        ServiceBand(2, 2),
        ServiceBand(5, 3),
        ServiceBand(10, 4),
    )
    excellent_needed: int = 6
    pay_mode: str = AMOUNT
    pay_amounts: tuple[Decimal, ...] = tuple(Decimal(v) for v in (100, 200, 300, 400, 500))
    pay_coefficients: tuple[Decimal, ...] = tuple(
        Decimal(v) for v in ("1.00", "1.05", "1.10", "1.15", "1.20")
    )

    def starting_level(self, years: int) -> int:
        """The level of the highest band whose years ``years`` of service reach."""
        level = LOWEST
        for band in sorted(self.service_bands, key=lambda b: b.from_years):
            if years >= band.from_years:
                level = band.level
        return level

    def pay(self, level: int) -> Decimal:
        """The level's pay tier: an amount (yuan a month) or a coefficient."""
        tiers = self.pay_amounts if self.pay_mode == AMOUNT else self.pay_coefficients
        return tiers[level - 1]


def pay_text(settings: StarLevelSettings, level: int) -> str:
    """A pay tier as people read it: '300 元/月' or '×1.10'."""
    value = settings.pay(level)
    if settings.pay_mode == AMOUNT:
        return _t("{amount} yuan/month").format(amount=f"{value:,.0f}")
    return f"×{value:.2f}"


def _decimals(values: Any, default: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
    try:
        found = tuple(Decimal(str(v)) for v in values)
    except (TypeError, InvalidOperation):
        return default
    return found if len(found) == len(LEVELS) else default


def _from_json(data: dict[str, Any]) -> StarLevelSettings:
    s = StarLevelSettings()
    try:
        bands = tuple(ServiceBand(int(y), int(level)) for y, level in data["service_bands"])
        s = replace(s, service_bands=bands)
    except (KeyError, TypeError, ValueError):
        pass  # a damaged or missing part keeps its default; the rest still applies
    if isinstance(data.get("excellent_needed"), int):
        s = replace(s, excellent_needed=data["excellent_needed"])
    if data.get("pay_mode") in (AMOUNT, COEFFICIENT):
        s = replace(s, pay_mode=data["pay_mode"])
    return replace(
        s,
        pay_amounts=_decimals(data.get("pay_amounts"), s.pay_amounts),
        pay_coefficients=_decimals(data.get("pay_coefficients"), s.pay_coefficients),
    )


def load_star_settings(session: Session) -> StarLevelSettings:
    row = session.get(Setting, KEY)
    if row is None or not isinstance(row.value, dict):
        return StarLevelSettings()
    return _from_json(row.value)


def validate(s: StarLevelSettings) -> list[FieldError]:
    errors = []
    years = [b.from_years for b in s.service_bands]
    if not s.service_bands or min(years) != 0:
        errors.append(FieldError("service_bands", _t("The first service band starts at 0 years.")))
    elif len(set(years)) != len(years) or any(y < 0 or y > 60 for y in years):
        errors.append(
            FieldError("service_bands", _t("Each band starts at a different year, 0 to 60."))
        )
    if any(b.level not in LEVELS for b in s.service_bands):
        errors.append(FieldError("service_bands", _t("A starting level is 1 to 5 stars.")))
    else:
        ordered = [b.level for b in sorted(s.service_bands, key=lambda b: b.from_years)]
        if ordered != sorted(ordered):
            errors.append(
                FieldError(
                    "service_bands",
                    _t("Longer service never starts at a lower level than shorter service."),
                )
            )
    if not 1 <= s.excellent_needed <= 12:
        errors.append(FieldError("excellent_needed", _t("Excellent months needed: 1 to 12.")))
    if s.pay_mode not in (AMOUNT, COEFFICIENT):
        errors.append(FieldError("pay_mode", _t("Choose an amount or a coefficient.")))
    for field, tiers in (("pay_amounts", s.pay_amounts), ("pay_coefficients", s.pay_coefficients)):
        if len(tiers) != len(LEVELS) or any(t < 0 for t in tiers):
            errors.append(FieldError(field, _t("Every level has a pay tier of 0 or more.")))
        elif list(tiers) != sorted(tiers):
            errors.append(FieldError(field, _t("A higher level never pays less than a lower one.")))
    return errors


def save_star_settings(
    session: Session,
    user: User,
    s: StarLevelSettings,
    *,
    seen: StarLevelSettings | None = None,
) -> StarLevelSettings:
    """Store the setting (the 督察队长 only). Invalid settings are refused whole. ``seen``
    is what the form showed: if another desktop changed the settings since, nothing is
    written and the user is told."""
    require_admin(session, user)
    errors = validate(s)
    if errors:
        raise ValidationError(errors)
    # A row lock on PostgreSQL (SQLite's writing transaction excludes other writers), so
    # that two administrators saving at once are compared in turn.
    session.get(Setting, KEY, with_for_update=True)
    if seen is not None and load_star_settings(session) != seen:
        raise Conflict(
            _t(
                "The star-level settings were changed on another desktop since you opened "
                "them. Nothing was saved: reload to see them, then try again."
            )
        )
    value = {
        "service_bands": [[b.from_years, b.level] for b in s.service_bands],
        "excellent_needed": s.excellent_needed,
        "pay_mode": s.pay_mode,
        "pay_amounts": [str(v) for v in s.pay_amounts],
        "pay_coefficients": [str(v) for v in s.pay_coefficients],
    }
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
    return s
