"""The bureau's sign-in and password policy: a bureau setting, kept with its data so that
every desktop applies the same one.

Defaults follow GB/T 22239-2019 level 3 as bureaus usually apply it: five failed sign-ins
lock an account for 15 minutes, a password lasts 90 days (with a warning in its last 7),
and an idle console locks after 15 minutes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from console.core.conflicts import Conflict
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_duty
from console.core.user import User
from db.settings import Setting
from glossary import Duty

_t = tr_context("account_policy")

KEY = "account_policy"


@dataclass(frozen=True)
class AccountPolicy:
    max_failures: int = 5  # failed sign-ins in a row that lock the account
    lockout_minutes: int = 15
    expiry_days: int = 90  # a password's life
    warning_days: int = 7  # warn at sign-in in the password's last days
    idle_minutes: int = 15  # an untouched console locks after this


# Each setting's accepted range: a level-3 bureau may tighten the policy, and loosen it
# only so far.
LIMITS: dict[str, tuple[int, int]] = {
    "max_failures": (3, 10),
    "lockout_minutes": (5, 1440),
    "expiry_days": (30, 180),
    "warning_days": (1, 30),
    "idle_minutes": (1, 30),
}


def load_policy(session: Session) -> AccountPolicy:
    """The bureau's policy; the defaults for anything never set (or set out of range by
    hand in the database, which must not weaken it)."""
    row = session.get(Setting, KEY)
    stored = row.value if row is not None and isinstance(row.value, dict) else {}
    values: dict[str, int] = {}
    for f in fields(AccountPolicy):
        value = stored.get(f.name)
        low, high = LIMITS[f.name]
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            values[f.name] = value
    return AccountPolicy(**values)


def _labels() -> dict[str, str]:
    return {
        "max_failures": _t("Failed sign-ins before locking"),
        "lockout_minutes": _t("Lockout (minutes)"),
        "expiry_days": _t("Password life (days)"),
        "warning_days": _t("Warn before expiry (days)"),
        "idle_minutes": _t("Lock when idle (minutes)"),
    }


def validate_policy(policy: AccountPolicy) -> list[FieldError]:
    errors: list[FieldError] = []
    labels = _labels()
    for name, (low, high) in LIMITS.items():
        value = getattr(policy, name)
        if not low <= value <= high:
            errors.append(
                FieldError(
                    name,
                    _t("{setting} must be between {low} and {high}.").format(
                        setting=labels[name], low=low, high=high
                    ),
                )
            )
    if not errors and policy.warning_days >= policy.expiry_days:
        errors.append(
            FieldError(
                "warning_days",
                _t("The warning must start before the password expires."),
            )
        )
    return errors


def save_policy(
    session: Session, user: User, policy: AccountPolicy, *, seen: AccountPolicy | None = None
) -> AccountPolicy:
    """Change the policy (the setting row is audited like any record). ``seen`` is the
    policy the form showed: if it was changed on another desktop since, nothing is
    written."""
    require_duty(session, user, Duty.SECURITY)
    errors = validate_policy(policy)
    if errors:
        raise ValidationError(errors)
    # Under a row lock, so that two administrators saving at once are compared in turn.
    row = session.get(Setting, KEY, with_for_update=True)
    if seen is not None and load_policy(session) != seen:
        raise Conflict(
            _t(
                "The sign-in and password policy was changed on another desktop since you "
                "opened it. Nothing was saved: reload to see it, then try again."
            )
        )
    if row is None:
        session.add(Setting(key=KEY, value=asdict(policy)))
    else:
        row.value = asdict(policy)
    session.flush()
    return policy
