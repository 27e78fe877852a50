"""Accounts to GB/T 22239-2019 level 3: password rules, forced and expiring passwords,
lockout and unlock, sign-in events, timing parity and the demo's published password."""

from __future__ import annotations

import statistics
import threading
import time
from datetime import date, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from console.core import auth
from console.core.account_policy import AccountPolicy, load_policy, save_policy
from console.core.accounts import list_accounts, reset_password, unlock_account
from console.core.auth import (
    ChangeReason,
    LoginFailed,
    PasswordChangeRequired,
    create_account,
)
from console.core.database import Database
from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_workspace, generate_demo
from console.core.errors import PermissionDenied, ValidationError
from console.core.passwords import common_passwords, password_problems
from console.core.sign_in import change_own_password, sign_in, sign_out
from console.core.workspace import Workspace
from db.accounts import AccountSignIn, UserAccount
from db.audit import AuditLog, verify_chain
from db.base import utcnow
from glossary import Role
from tests.factories import PASSWORD, Bureau, make_bureau


@pytest.fixture
def bureau(db: Database) -> Bureau:
    with db.session() as s:
        return make_bureau(s)


def _events(database: Database, subject: str) -> list[AuditLog]:
    with database.session() as s:
        return list(
            s.scalars(select(AuditLog).where(AuditLog.table_name == subject).order_by(AuditLog.id))
        )


def _row_version(database: Database, account_id: int | None) -> int:
    with database.session() as s:
        acc = s.get(UserAccount, account_id)
        assert acc is not None
        return acc.row_version


# --- password rules ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("password", "username", "rule"),
    [
        ("Ab1!xyz", "someone", "at least 8 characters"),
        ("aaaaaaaaaa", "someone", "3 of these 4 kinds"),
        ("abcdefgh12", "someone", "3 of these 4 kinds"),
        ("      ", "someone", "at least 8 characters"),
        ("Admin2-2026", "admin2", "must not contain the user name"),
        ("xxADMIN2yy#1", "admin2", "must not contain the user name"),
        ("Password1", "someone", "most common"),
        ("P@ssw0rd", "someone", "most common"),
        ("Admin@123", "someone", "most common"),
        ("WOAINI1314", "someone", "3 of these 4 kinds"),
        ("Woaini1314", "someone", "most common"),
        (DEMO_PASSWORD, "someone", "published password"),
    ],
)
def test_each_password_rule_refuses_with_its_own_message(
    password: str, username: str, rule: str
) -> None:
    problems = password_problems(password, username)
    assert any(rule in p.message for p in problems), problems
    assert all(p.field == "password" for p in problems)


def test_a_good_password_passes_and_the_common_list_is_large() -> None:
    assert password_problems("Jiang#Nan2026", "admin") == []
    assert password_problems("qiu-Shui-77", "li") == []  # a short name is not looked for
    common = common_passwords()
    assert len(common) > 19_000
    assert {"123456", "5201314", "woaini", "qwerty", "admin@123"} <= common


def test_every_path_that_sets_a_password_applies_the_rules(
    db: Database, bureau: Bureau, workspace
) -> None:  # type: ignore[no-untyped-def]
    sysadmin = workspace(bureau.sysadmin)
    for weak in ("123456", "aaaaaa", "      ", "admin2"):
        with pytest.raises(ValidationError) as err:
            sysadmin.run(create_account, bureau.sysadmin, "admin2", "副管理员", weak, Role.VIEWER)
        assert "password" in {e.field for e in err.value.errors}
    with pytest.raises(ValidationError):
        workspace(bureau.secadmin).run(
            reset_password, bureau.secadmin, bureau.supervisor.id, "sup12345"
        )
    with pytest.raises(ValidationError) as changed:
        change_own_password(db, "sup", PASSWORD, "qwerty123", "qwerty123")
    assert {e.field for e in changed.value.errors} == {"new"}
    with pytest.raises(ValidationError) as differ:
        change_own_password(db, "sup", PASSWORD, "Jiang#Bei2026", "Jiang#Bei2027")
    assert {e.field for e in differ.value.errors} == {"repeat"}


# --- forced change and expiry ------------------------------------------------------------
def test_an_account_an_admin_created_must_change_its_password_first(
    db: Database, bureau: Bureau, workspace
) -> None:  # type: ignore[no-untyped-def]
    workspace(bureau.sysadmin).run(
        create_account, bureau.sysadmin, "newsup", "新督察员", "Chosen-By-Admin1", Role.VIEWER
    )
    with pytest.raises(PasswordChangeRequired) as forced:
        sign_in(db, "newsup", "Chosen-By-Admin1")
    assert forced.value.reason is ChangeReason.REQUIRED
    assert "administrator set this password" in str(forced.value)
    # The command line cannot ask for a new password: it says where to choose one.
    assert "Sign in to the console once" in forced.value.headless_message()
    with pytest.raises(ValidationError) as wrong_old:
        change_own_password(db, "newsup", "not-it", "Mine-Only-2026", "Mine-Only-2026")
    assert [e.field for e in wrong_old.value.errors] == ["old"]
    change_own_password(db, "newsup", "Chosen-By-Admin1", "Mine-Only-2026", "Mine-Only-2026")
    with pytest.raises(LoginFailed):
        sign_in(db, "newsup", "Chosen-By-Admin1")
    assert sign_in(db, "newsup", "Mine-Only-2026").user.username == "newsup"


def test_a_reset_forces_a_change_and_lifts_a_lockout(
    db: Database, bureau: Bureau, workspace
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        with pytest.raises(LoginFailed):
            sign_in(db, "sup", "guess-again")
    with pytest.raises(PermissionDenied):
        workspace(bureau.supervisor).run(
            reset_password, bureau.supervisor, bureau.supervisor.id, "Temporary-Pass9"
        )
    row = workspace(bureau.secadmin).run(
        reset_password, bureau.secadmin, bureau.supervisor.id, "Temporary-Pass9"
    )
    assert row.must_change_password and not row.locked(utcnow())
    with pytest.raises(PasswordChangeRequired):
        sign_in(db, "sup", "Temporary-Pass9")


def test_a_password_expires_after_the_policy_period_with_a_warning_before(
    db: Database, bureau: Bureau
) -> None:
    with db.session() as s:
        changed = s.get(UserAccount, bureau.supervisor.id).password_changed_at  # type: ignore[union-attr]
    assert changed is not None
    early = sign_in(db, "sup", PASSWORD, now=changed + timedelta(days=30))
    assert early.expires_in_days is None
    soon = sign_in(db, "sup", PASSWORD, now=changed + timedelta(days=85))
    assert soon.expires_in_days == 5
    with pytest.raises(PasswordChangeRequired) as expired:
        sign_in(db, "sup", PASSWORD, now=changed + timedelta(days=90, minutes=1))
    assert expired.value.reason is ChangeReason.EXPIRED
    change_own_password(db, "sup", PASSWORD, "Fresh#Start-26", "Fresh#Start-26")
    assert sign_in(db, "sup", "Fresh#Start-26").expires_in_days is None


def test_the_policy_is_a_bureau_setting_with_limits(
    db: Database, bureau: Bureau, workspace
) -> None:  # type: ignore[no-untyped-def]
    admin = workspace(bureau.secadmin)
    assert admin.read(load_policy) == AccountPolicy()
    with pytest.raises(ValidationError) as err:
        admin.run(save_policy, bureau.secadmin, AccountPolicy(max_failures=50, expiry_days=400))
    assert {e.field for e in err.value.errors} == {"max_failures", "expiry_days"}
    with pytest.raises(PermissionDenied):
        workspace(bureau.supervisor).run(save_policy, bureau.supervisor, AccountPolicy())
    admin.run(save_policy, bureau.secadmin, AccountPolicy(max_failures=3, expiry_days=30))
    assert admin.read(load_policy).max_failures == 3
    with db.session() as s:
        changed = s.get(UserAccount, bureau.supervisor.id).password_changed_at  # type: ignore[union-attr]
    with pytest.raises(PasswordChangeRequired):
        sign_in(db, "sup", PASSWORD, now=changed + timedelta(days=31))  # type: ignore[operator]


# --- lockout, unlock and the sign-in events ------------------------------------------------
def test_five_failures_lock_the_account_for_fifteen_minutes(db: Database, bureau: Bureau) -> None:
    version = _row_version(db, bureau.supervisor.id)
    now = utcnow()
    for i in range(5):
        with pytest.raises(LoginFailed, match="Wrong user name or password"):
            sign_in(db, "sup", f"wrong-{i}", now=now)
    # Locked: a guesser still reads the answer an unknown name gets …
    with pytest.raises(LoginFailed) as guessed:
        sign_in(db, "sup", "wrong-6", now=now)
    with pytest.raises(LoginFailed) as unknown:
        sign_in(db, "nobody", "wrong-6", now=now)
    assert str(guessed.value) == str(unknown.value)
    # … and the right password no longer opens it, but is told why, until the lock runs out.
    with pytest.raises(LoginFailed, match="locked for 15 minutes"):
        sign_in(db, "sup", PASSWORD, now=now + timedelta(minutes=14))
    assert sign_in(db, "sup", PASSWORD, now=now + timedelta(minutes=16)).user.username == "sup"
    failures = [e for e in _events(db, "sign_in") if '"wrong_password"' in (e.after or "")]
    assert len(failures) == 5 and {e.username for e in failures} == {"sup"}
    (lockout,) = _events(db, "account_lockout")
    assert '"user": "sup"' in (lockout.after or "") and '"locked"' in (lockout.after or "")
    assert any('"refused_locked"' in (e.after or "") for e in _events(db, "sign_in"))
    assert any('"success"' in (e.after or "") for e in _events(db, "sign_in"))
    # Signing in and failing to are bookkeeping, not a change to the account's record.
    assert _row_version(db, bureau.supervisor.id) == version
    with db.session() as s:
        assert verify_chain(s)[1] == []


def test_an_administrator_unlocks_and_the_unlock_is_audited(
    db: Database, bureau: Bureau, workspace
) -> None:  # type: ignore[no-untyped-def]
    admin = workspace(bureau.secadmin)
    with pytest.raises(ValidationError, match="not locked"):
        admin.run(unlock_account, bureau.secadmin, bureau.supervisor.id)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            sign_in(db, "sup", "not-the-password")
    listed = {a.username: a for a in admin.read(list_accounts, bureau.secadmin)}
    assert listed["sup"].locked(utcnow())
    with pytest.raises(PermissionDenied):
        workspace(bureau.supervisor).run(unlock_account, bureau.supervisor, bureau.supervisor.id)
    row = admin.run(unlock_account, bureau.secadmin, bureau.supervisor.id)
    assert not row.locked(utcnow())
    (unlock,) = _events(db, "account_unlock")
    assert unlock.username == "secadmin" and '"user": "sup"' in (unlock.after or "")
    assert sign_in(db, "sup", PASSWORD).user.username == "sup"


def test_unknown_and_disabled_users_get_the_same_answer_and_are_recorded(
    db: Database, bureau: Bureau
) -> None:
    with pytest.raises(LoginFailed) as unknown:
        sign_in(db, "nobody", PASSWORD)
    with pytest.raises(LoginFailed) as wrong:
        sign_in(db, "sup", "not-the-password")
    assert str(unknown.value) == str(wrong.value)
    results = [e.after or "" for e in _events(db, "sign_in")]
    assert '"unknown_user"' in results[0] and '"nobody"' in results[0]


def test_sign_out_is_recorded(db: Database, bureau: Bureau) -> None:
    user = sign_in(db, "sup", PASSWORD).user
    sign_out(db, user)
    (event,) = _events(db, "sign_out")
    assert event.username == "sup" and event.user_id == user.id


def test_failures_on_two_desktops_at_once_are_both_counted(any_db: Database) -> None:
    with any_db.session() as s:
        make_bureau(s)
    errors: list[BaseException] = []

    def fail() -> None:
        try:
            sign_in(any_db, "sup", "two-desktops")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=fail) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [type(e) for e in errors] == [LoginFailed, LoginFailed]
    with any_db.session() as s:
        acc = s.scalar(select(UserAccount).where(UserAccount.username == "sup"))
        assert acc is not None
        assert s.get(AccountSignIn, acc.id).failures == 2  # type: ignore[union-attr]


# --- timing parity -------------------------------------------------------------------------
def test_an_unknown_user_costs_as_much_as_a_wrong_password(
    db: Database, bureau: Bureau, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real argon2 parameters (the tests' own are cheap), for the accounts' hashes
    # and for the dummy hash an unknown user name is checked against.
    monkeypatch.setattr(auth, "_hasher", PasswordHasher())
    auth._dummy_hash.cache_clear()
    with db.session() as s:
        for acc in s.scalars(select(UserAccount)):
            acc.password_hash = auth.hash_password(PASSWORD)

    def cost(username: str) -> float:
        start = time.perf_counter()
        with pytest.raises(LoginFailed):
            sign_in(db, username, "not-the-password")
        return time.perf_counter() - start

    cost("sup")  # warm-up: the common-password list and the dummy hash are made once
    cost("nobody")
    known: list[float] = []
    unknown: list[float] = []
    for i in range(7):  # interleaved, so that a busy moment of the machine hits both
        known.append(cost(["sup", "lead", "view"][i % 3]))
        unknown.append(cost(f"nobody{i}"))
    a, b = statistics.median(known), statistics.median(unknown)
    auth._dummy_hash.cache_clear()  # not to be kept for the tests' cheap hasher
    assert abs(a - b) / max(a, b) < 0.2, (a, b)


# --- the demo's published password ----------------------------------------------------------
def test_the_demo_password_opens_only_the_demo_started_as_the_demo(db: Database) -> None:
    demo_workspace(db).run(generate_demo, today=date(2026, 11, 22), people=80, months=1)
    assert sign_in(db, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user.role is Role.ADMIN
    with pytest.raises(PasswordChangeRequired) as outside:
        sign_in(db, DEMO_USERNAME, DEMO_PASSWORD)
    assert outside.value.reason is ChangeReason.DEMO


def test_the_demo_password_outside_the_demo_database_must_be_changed(
    db: Database, bureau: Bureau
) -> None:
    # An account given the demo's password by hand (raw SQL, or an older version)
    # on a bureau that is not the demo: even a console started as the demo refuses it.
    from console.core.auth import hash_password

    with db.session() as s:
        acc = s.get(UserAccount, bureau.viewer.id)
        assert acc is not None
        acc.password_hash = hash_password(DEMO_PASSWORD)
    with pytest.raises(PasswordChangeRequired) as refused:
        sign_in(db, "view", DEMO_PASSWORD, demo=True)
    assert refused.value.reason is ChangeReason.DEMO
    change_own_password(db, "view", DEMO_PASSWORD, "Bureau-Look-2026", "Bureau-Look-2026")
    assert sign_in(db, "view", "Bureau-Look-2026").user.username == "view"


def test_a_weak_password_from_before_the_rules_must_be_changed(
    db: Database, bureau: Bureau
) -> None:
    from console.core.auth import hash_password

    with db.session() as s:
        acc = s.get(UserAccount, bureau.leader.id)
        assert acc is not None
        acc.password_hash = hash_password("secret1")
    with pytest.raises(PasswordChangeRequired) as weak:
        sign_in(db, "lead", "secret1")
    assert weak.value.reason is ChangeReason.WEAK


def test_the_first_administrator_chooses_their_own_password(db: Database) -> None:
    from console.core.setup import NewBureau, set_up_bureau
    from console.core.user import own_actor

    Workspace(db, None, actor=own_actor("chief")).run(
        set_up_bureau,
        NewBureau(
            "江南区综合行政执法局", "chief", "队长", "Head#Office-2026", install_defaults=False
        ),
        date(2026, 11, 22),
    )
    assert sign_in(db, "chief", "Head#Office-2026").user.role is Role.ADMIN
    assert isinstance(utcnow(), datetime)


# --- the upgrade -------------------------------------------------------------------------
def test_the_upgrade_moves_the_last_sign_in_and_starts_password_life(any_db: Database) -> None:
    from alembic import command
    from sqlalchemy import text

    from db.migrate import alembic_config

    cfg = alembic_config(any_db.engine)
    command.downgrade(cfg, "0005_row_version")
    with any_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO user_account (id, username, display_name, password_hash, role, "
                "active, created_at, last_login_at) VALUES (7, 'old', '老账号', 'x', 'viewer', "
                ":yes, :created, :seen)"
            ),
            {"yes": True, "created": datetime(2024, 1, 1), "seen": datetime(2026, 11, 1, 8)},
        )
    command.upgrade(cfg, "head")
    with any_db.session() as s:
        book = s.get(AccountSignIn, 7)
        acc = s.get(UserAccount, 7)
        assert book is not None and book.last_sign_in_at == datetime(2026, 11, 1, 8)
        assert book.failures == 0 and book.locked_until is None
        assert acc is not None and not acc.must_change_password
        assert acc.password_changed_at is not None  # expiry runs from the upgrade
    command.downgrade(cfg, "0005_row_version")
    with any_db.engine.connect() as conn:
        seen = conn.execute(text("SELECT last_login_at FROM user_account WHERE id = 7")).scalar()
    assert seen is not None and str(seen).startswith("2026-11-01 08:00")
    command.upgrade(cfg, "head")
