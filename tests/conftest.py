"""Shared fixtures: a migrated bureau database in a temp file, users of every role."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English messages unless they ask for Chinese.
os.environ["LANGUAGE"] = "en"

from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from console.core import auth, i18n
from console.core.auth import User
from console.core.database import Database, open_database
from console.core.workspace import Workspace
from db import audit

i18n.set_language("en")


class _CommitOnExit(Session):
    """Tests set up and check their data in ``with db.session()`` blocks: such a block
    commits when it ends without an error. (The product changes data only through the
    Workspace; ``Database.session`` there is a bare session.)"""

    def __exit__(self, type_: object, value: object, traceback: object) -> None:
        transaction = self.get_transaction()
        if type_ is None and transaction is not None and transaction.is_active:
            self.commit()
        super().__exit__(type_, value, traceback)


audit.install(_CommitOnExit)


def _test_session(self: Database) -> Session:
    return _CommitOnExit(bind=self.engine, expire_on_commit=False)


Database.session = _test_session  # type: ignore[method-assign]
# Production hashing is deliberately slow; tests create dozens of accounts.
auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


PG_URL = os.environ.get("DUCHA_TEST_PG_URL")


def _pg_database() -> Iterator[Database]:
    """A new, empty database on the test server, dropped afterwards."""
    assert PG_URL
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"ducha_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(make_url(PG_URL).set(database=name))
    try:
        yield database
    finally:
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg() -> Iterator[Database]:
    """PostgreSQL, for tests marked ``postgres`` (skipped without DUCHA_TEST_PG_URL)."""
    if not PG_URL:
        pytest.skip("DUCHA_TEST_PG_URL not set")
    yield from _pg_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The test runs twice: on a SQLite file and on PostgreSQL (where a server is given)."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "ducha.sqlite3")
        yield database
        database.close()
    elif not PG_URL:
        pytest.skip("DUCHA_TEST_PG_URL not set")
    else:
        yield from _pg_database()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "ducha.sqlite3")
    yield database
    database.close()


@pytest.fixture
def session(db: Database):  # type: ignore[no-untyped-def]
    with db.session() as s:
        yield s


@pytest.fixture
def today() -> date:
    return date(2026, 11, 22)


@pytest.fixture
def workspace(db: Database) -> Callable[[User | None], Workspace]:
    """The unit of work as the UI and the CLI use it: ``workspace(user).run(service, …)``."""

    def build(user: User | None) -> Workspace:
        return Workspace(db, user)

    return build
