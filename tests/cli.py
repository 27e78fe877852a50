"""Running ``ducha`` in tests, signed in as a user does it: ``--user`` and ``DUCHA_PASSWORD``.

Every command that touches a bureau's records acts as an account, so every call says
which one (``user=``), or ``user=None`` for the commands that need none (``init``,
``demo``, ``template``, ``audit verify``) and for the tests of a refusal.

    done = ducha("--db", str(db), "import", "cases", str(path), user=ADMIN)
    code = main_as(ADMIN, "--db", str(db), "import", "cases", str(path))
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from unittest import mock

from console.commands.signin import PASSWORD_ENV
from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.factories import PASSWORD

# The machine's locale is English and plain; the bureau's language decides unless --lang.
ENV = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
ENV.pop(PASSWORD_ENV, None)  # a password of the developer's shell must not sign tests in


@dataclass(frozen=True)
class Account:
    username: str
    password: str


# make_bureau's accounts (tests/factories.py) and the demo bureau's administrators.
ADMIN = Account("admin", PASSWORD)
SUPERVISOR = Account("sup", PASSWORD)
LEADER = Account("lead", PASSWORD)
VIEWER = Account("view", PASSWORD)
SYSADMIN = Account("sysadmin", PASSWORD)  # the three separated administrators
SECADMIN = Account("secadmin", PASSWORD)
AUDITOR = Account("auditor", PASSWORD)
DEMO_ADMIN = Account(DEMO_USERNAME, DEMO_PASSWORD)
DEMO_SYSADMIN = Account("xitong", DEMO_PASSWORD)


def signed_in(user: Account | None) -> tuple[list[str], dict[str, str]]:
    """The arguments and environment that sign ``user`` in (nothing for None)."""
    if user is None:
        return [], {}
    return ["--user", user.username], {PASSWORD_ENV: user.password}


def ducha(
    *args: str,
    user: Account | None,
    stdin: str | None = None,
    lang: str | None = "en",
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``ducha ARGS`` as a subprocess; in English unless ``lang`` says otherwise."""
    extra, password = signed_in(user)
    language = ["--lang", lang] if lang else []
    return subprocess.run(
        [sys.executable, "-m", "console.cli", *language, *args, *extra],
        input=stdin,
        capture_output=True,
        text=True,
        env={**ENV, **(env or {}), **password},
        timeout=300,
    )


def main_as(user: Account | None, *args: str) -> int:
    """``console.cli.main`` in this process (its output goes to sys.stdout/stderr)."""
    from console import cli

    extra, password = signed_in(user)
    with mock.patch.dict(os.environ, password):  # restores the environment after
        if user is None:
            os.environ.pop(PASSWORD_ENV, None)
        return cli.main([*args, *extra])
