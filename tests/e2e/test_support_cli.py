"""What support asks first, and a console started where no window can open."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.cli import PASSWORD_ENV, Account, signed_in
from tests.cli import ducha as signed_ducha

ROOT = Path(__file__).resolve().parents[2]


def ducha(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console.cli", *args],
        capture_output=True,
        text=True,
        env={**env, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )


def _plain_env() -> dict[str, str]:
    env = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8"}
    env.pop(PASSWORD_ENV, None)
    return env


def test_version_is_the_packaged_one() -> None:
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    done = ducha("--version", env=_plain_env())
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Ducha {expected}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is a Linux matter")
def test_no_display_is_one_line_and_builds_nothing(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in _plain_env().items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["XDG_DATA_HOME"] = str(tmp_path)  # where ``--demo`` would build its bureau
    done = ducha("--demo", env=env)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "ducha demo" in lines[0]
    assert not list(tmp_path.rglob("*.sqlite3"))  # no demo built for a window that cannot open


def test_lang_and_user_are_accepted_after_the_command(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    chief = Account("chief", "Head#Office-2026")
    made = signed_ducha(
        "--db", str(db), "init", "--bureau", "示范局", "--admin", chief.username,
        "--language", "en", "--no-defaults", "--password-stdin",
        stdin=chief.password + "\n", user=None,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    extra, password = signed_in(chief)
    env = {**_plain_env(), **password}
    after = ducha("unit", "list", "--db", str(db), "--lang", "zh_CN", *extra, env=env)
    before = ducha("--lang", "zh_CN", *extra, "unit", "list", "--db", str(db), env=env)
    assert after.returncode == before.returncode == 0, after.stderr
    assert after.stdout == before.stdout and "示范局\t局" in after.stdout
