"""The same models, migrations and audit chain on PostgreSQL (a bureau's shared database).

Runs when DUCHA_TEST_PG_URL points at a server where we may create databases (.ci/run
starts one); skipped otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from console.core.database import Database, open_database
from console.core.people import list_people
from db.audit import verify_chain
from tests.factories import make_bureau

PG_URL = os.environ.get("DUCHA_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="DUCHA_TEST_PG_URL not set"),
]


@pytest.fixture
def pg() -> Iterator[Database]:
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


def test_schema_people_and_audit_on_postgres(pg: Database) -> None:
    assert pg.upgrade.created
    with pg.session() as s:
        b = make_bureau(s)
        assert {p.name for p in list_people(s, b.leader)} == {"张伟", "王芳"}
        checked, breaks = verify_chain(s)
        assert checked > 5 and breaks == []
