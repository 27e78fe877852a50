"""Shared fixtures: a migrated bureau database in a temp file, users of every role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English messages unless they ask for Chinese.
os.environ["LANGUAGE"] = "en"

from argon2 import PasswordHasher

from console.core import auth, i18n
from console.core.database import Database, open_database

i18n.set_language("en")
# Production hashing is deliberately slow; tests create dozens of accounts.
auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


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
