"""The password rules of GB/T 22239-2019 level 3, written once for every path that sets a
password: creating an account, an administrator's reset, changing one's own, ``ducha
init``, the first-run dialog and the demo.

A password needs at least 8 characters using 3 of the 4 kinds (capital letters, small
letters, digits, other signs), must not contain the user name, and must not be one of
the common passwords Ducha ships (``resources/passwords``), compared without case: a
"Password1" is as guessable as "password1".
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context

_t = tr_context("passwords")

MIN_LENGTH = 8
MIN_KINDS = 3
# A user name shorter than this is not looked for inside the password: a name such as
# "a" would forbid every password with that letter in it.
MIN_NAME_IN_PASSWORD = 3

# The demo bureau's accounts share this password, printed on screen and in the user
# guide. It is known to everyone, so it is refused everywhere except for the demo itself
# (``published_ok``), and a sign-in with it outside demo mode must change it.
DEMO_PASSWORD = "Ducha@2026"

LISTS = Path(__file__).resolve().parents[2] / "resources" / "passwords"


@cache
def common_passwords() -> frozenset[str]:
    """Every shipped common password, lower-cased (read once, on first use)."""
    with gzip.open(LISTS / "common-passwords.txt.gz", "rt", encoding="utf-8") as f:
        words = {line.strip().lower() for line in f}
    for line in (LISTS / "chinese-common.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.add(line.strip().lower())
    words.discard("")
    return frozenset(words)


def is_common(password: str) -> bool:
    return password.strip().lower() in common_passwords()


def _kinds(password: str) -> int:
    return sum(
        (
            any(c.isupper() for c in password),
            any(c.islower() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def password_problems(
    password: str, username: str, field: str = "password", *, published_ok: bool = False
) -> list[FieldError]:
    """Every rule the password breaks, each as a translated message on ``field``."""
    problems: list[FieldError] = []
    if len(password) < MIN_LENGTH:
        problems.append(
            FieldError(
                field,
                _t("The password needs at least {n} characters.").format(n=MIN_LENGTH),
            )
        )
    if _kinds(password) < MIN_KINDS:
        problems.append(
            FieldError(
                field,
                _t(
                    "The password needs 3 of these 4 kinds of character: capital letters, "
                    "small letters, digits and other signs (such as @ # ! -)."
                ),
            )
        )
    name = username.strip().lower()
    if len(name) >= MIN_NAME_IN_PASSWORD and name in password.lower():
        problems.append(FieldError(field, _t("The password must not contain the user name.")))
    if password == DEMO_PASSWORD and not published_ok:
        problems.append(
            FieldError(
                field,
                _t("This is the demo bureau's published password: choose your own."),
            )
        )
    elif is_common(password):
        problems.append(
            FieldError(
                field,
                _t(
                    "This password is among the most common ones, which are tried first "
                    "when guessing: choose another."
                ),
            )
        )
    return problems


def require_good_password(
    password: str, username: str, field: str = "password", *, published_ok: bool = False
) -> None:
    """Raise ValidationError naming every rule the password breaks."""
    problems = password_problems(password, username, field, published_ok=published_ok)
    if problems:
        raise ValidationError(problems)
