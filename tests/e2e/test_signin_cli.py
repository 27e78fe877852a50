"""The command line acts as a signed-in user: ``--user NAME`` and the account's password.

Holding the database file is not a sign-in. A command that reads or changes the bureau's
records signs an account in as the console does; its role and unit apply, and the audit
log names it.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from contextlib import closing, redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from console.commands.signin import PASSWORD_ENV
from console.core.database import open_database
from console.core.default_rules import install_default_rules
from glossary import YearMonth
from tests.cli import (
    ADMIN,
    ENV,
    LEADER,
    SUPERVISOR,
    SYSADMIN,
    VIEWER,
    Account,
    ducha,
    main_as,
    signed_in,
)
from tests.factories import make_bureau

SQUAD = "新设督察中队"
CHIEF = Account("chief", "Head#Office-2026")
LAST_MONTH = YearMonth.of(date.today()).prev()


@pytest.fixture
def bureau_db(tmp_path: Path) -> Path:
    path = tmp_path / "bureau.sqlite3"
    database = open_database(path)
    try:
        with database.session() as session:
            make_bureau(session)
            install_default_rules(session, LAST_MONTH.shift(-12).first_day)
            session.commit()
    finally:
        database.close()
    return path


def _query(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchall()


def _units(db: Path) -> list[str]:
    return [str(name) for (name,) in _query(db, "SELECT name FROM unit ORDER BY id")]


def _add_squad(db: Path, user: Account | None) -> subprocess.CompletedProcess[str]:
    parent = _units(db)[0]
    args = ("--db", str(db), "unit", "add", SQUAD, "--kind", "squad", "--parent", parent)
    return ducha(*args, user=user)


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_a_command_that_changes_data_is_refused_without_user(bureau_db: Path) -> None:
    done = _add_squad(bureau_db, None)
    assert done.returncode == 1
    line = _one_line(done.stderr)
    assert "--user NAME" in line and PASSWORD_ENV in line
    assert SQUAD not in _units(bureau_db)


def test_a_refusal_for_want_of_user_creates_no_database(tmp_path: Path) -> None:
    typo = tmp_path / "bureua.sqlite3"
    done = ducha("--db", str(typo), "score", "--month", str(LAST_MONTH), user=None)
    assert done.returncode == 1 and "--user NAME" in _one_line(done.stderr)
    assert list(tmp_path.iterdir()) == []


def test_a_wrong_password_is_refused_like_a_failed_sign_in(bureau_db: Path) -> None:
    wrong = Account(ADMIN.username, "not-the-password")
    done = _add_squad(bureau_db, wrong)
    assert done.returncode == 1
    assert _one_line(done.stderr) == "ducha: Wrong user name or password."
    assert wrong.password not in done.stdout + done.stderr  # never echoed
    assert SQUAD not in _units(bureau_db)
    # An unknown account reads the same: the command does not tell which names exist.
    nobody = _add_squad(bureau_db, Account("nobody", ADMIN.password))
    assert (nobody.returncode, nobody.stderr) == (1, done.stderr)


def test_the_right_password_acts_as_that_account_and_the_audit_log_names_it(
    bureau_db: Path,
) -> None:
    done = _add_squad(bureau_db, ADMIN)  # the password from DUCHA_PASSWORD
    assert done.returncode == 0, done.stderr
    assert SQUAD in _units(bureau_db)
    [(admin_id,)] = _query(bureau_db, "SELECT id FROM user_account WHERE username = 'admin'")
    authors = _query(
        bureau_db,
        "SELECT a.user_id, a.username FROM audit_log a JOIN unit u ON u.id = a.row_id"
        " WHERE a.table_name = 'unit' AND u.name = ?",
        SQUAD,
    )
    assert authors == [(admin_id, "admin")]
    # The sign-in itself is recorded as the console's is: the account's last sign-in, and
    # an event in the audit log.
    [(last_sign_in,)] = _query(
        bureau_db,
        "SELECT s.last_sign_in_at FROM account_sign_in s JOIN user_account u"
        " ON u.id = s.account_id WHERE u.username = 'admin'",
    )
    assert last_sign_in is not None
    assert _query(
        bureau_db,
        "SELECT count(*) FROM audit_log WHERE table_name = 'sign_in' AND username = 'admin'",
    ) == [(1,)]


def test_the_account_may_follow_or_precede_the_command(bureau_db: Path) -> None:
    extra, password = signed_in(ADMIN)
    parent = _units(bureau_db)[0]
    add = ["unit", "add", SQUAD, "--kind", "squad", "--parent", parent]
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", "--lang", "en", *extra, "--db", str(bureau_db), *add],
        capture_output=True,
        text=True,
        env={**ENV, **password},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert SQUAD in _units(bureau_db)


def _case_file(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "姓名", "月份", "简易程序", "一般程序", "非现场", "重大案件"])
    ws.append(["T0001", "张伟", str(LAST_MONTH), 5, 0, 0, 0])
    wb.save(path)
    return path


def test_the_accounts_role_applies(bureau_db: Path, tmp_path: Path) -> None:
    cases = _case_file(tmp_path / "cases.xlsx")
    as_viewer = ducha("--db", str(bureau_db), "import", "cases", str(cases), user=VIEWER)
    assert as_viewer.returncode == 1
    assert "viewer" in _one_line(as_viewer.stderr)
    assert _query(bureau_db, "SELECT count(*) FROM point_event") == [(0,)]
    as_supervisor = _add_squad(bureau_db, SUPERVISOR)  # units are for administrators
    assert as_supervisor.returncode == 1 and "administrator" in as_supervisor.stderr
    assert SQUAD not in _units(bureau_db)
    done = ducha("--db", str(bureau_db), "import", "cases", str(cases), user=SUPERVISOR)
    assert done.returncode == 0, done.stderr


def test_the_accounts_unit_applies_to_what_it_reads(bureau_db: Path) -> None:
    args = ("--db", str(bureau_db), "score", "--month", str(LAST_MONTH), "--json")
    everyone = json.loads(ducha(*args, user=VIEWER).stdout)["people"]
    own_squad = json.loads(ducha(*args, user=LEADER).stdout)["people"]
    assert {p["unit"] for p in everyone} >= {"城东中队", "城西中队"}
    assert own_squad and {p["unit"] for p in own_squad} == {"城东中队"}


def test_reading_peoples_records_needs_a_sign_in_too(bureau_db: Path, tmp_path: Path) -> None:
    for command in (
        ("score", "--month", str(LAST_MONTH)),
        ("training", "--year", str(LAST_MONTH.year)),
        ("report", "monthly", "--month", str(LAST_MONTH), "-o", str(tmp_path / "b.pdf")),
        ("user", "list"),
    ):
        done = ducha("--db", str(bureau_db), *command, user=None)
        assert done.returncode == 1, command
        assert "--user NAME" in _one_line(done.stderr)
    assert not (tmp_path / "b.pdf").exists()
    # What holds no personal data needs none: the audit check, a blank template.
    assert ducha("--db", str(bureau_db), "audit", "verify", user=None).returncode == 0
    template = ("template", "cases", "-o", str(tmp_path / "t.xlsx"))
    assert ducha(*template, user=None).returncode == 0


def test_user_add_needs_the_system_administrators_sign_in(bureau_db: Path) -> None:
    args = ("--db", str(bureau_db), "user", "add", "newview", "--name", "新领导")
    add = (*args, "--role", "viewer", "--password-stdin")
    refusals = (
        (None, "--user NAME"),
        (SUPERVISOR, "system administrator"),
        (ADMIN, "system administrator"),  # the 督察队长 does not make accounts
    )
    for user, says in refusals:
        done = ducha(*add, stdin="Jiang#Bei-2026\n", user=user)
        assert done.returncode == 1 and says in done.stderr
    assert _query(bureau_db, "SELECT count(*) FROM user_account WHERE username = 'newview'") == [
        (0,)
    ]
    done = ducha(*add, stdin="Jiang#Bei-2026\n", user=SYSADMIN)
    assert done.returncode == 0, done.stderr
    [(author,)] = _query(
        bureau_db,
        "SELECT a.username FROM audit_log a JOIN user_account u ON u.id = a.row_id"
        " WHERE a.table_name = 'user_account' AND u.username = 'newview'",
    )
    assert author == "sysadmin"


def test_an_empty_database_points_to_init(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    add = ("--db", str(db), "user", "add", "chief", "--name", "队长", "--role", "admin")
    done = ducha(*add, "--password-stdin", stdin="Head#Office-2026\n", user=CHIEF)
    assert done.returncode == 1
    assert "ducha init" in _one_line(done.stderr) and str(db) in done.stderr
    assert _query(db, "SELECT count(*) FROM user_account") == [(0,)]


def test_without_a_terminal_or_ducha_password_the_password_is_not_read_from_stdin(
    bureau_db: Path,
) -> None:
    parent = _units(bureau_db)[0]
    command = ["--db", str(bureau_db), "unit", "add", SQUAD, "--kind", "squad", "--parent", parent]
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", "--lang", "en", *command, "--user", ADMIN.username],
        input=ADMIN.password + "\n",
        capture_output=True,
        text=True,
        env=ENV,  # no DUCHA_PASSWORD
        start_new_session=True,  # and no terminal to ask on
        timeout=300,
    )
    assert done.returncode == 1
    assert PASSWORD_ENV in _one_line(done.stderr)
    assert ADMIN.password not in done.stdout + done.stderr
    assert SQUAD not in _units(bureau_db)


def test_the_password_is_asked_without_echo_when_ducha_password_is_unset(
    bureau_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass

    prompts: list[str] = []

    def ask(prompt: str = "Password: ", stream: object = None) -> str:
        prompts.append(prompt)
        return ADMIN.password

    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr(getpass, "getpass", ask)
    parent = _units(bureau_db)[0]
    args = ("--lang", "en", "--db", str(bureau_db), "unit", "add", SQUAD, "--kind", "squad")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main_as(None, *args, "--parent", parent, "--user", ADMIN.username)
    assert code == 0, err.getvalue()
    assert prompts == [f"Password for {ADMIN.username}: "]
    assert SQUAD in _units(bureau_db)
