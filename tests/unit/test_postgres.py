"""The same models, migrations and audit chain on PostgreSQL (a bureau's shared database).

Runs when DUCHA_TEST_PG_URL points at a server where we may create databases (.ci/run
starts one); skipped otherwise.
"""

from __future__ import annotations

import os

import pytest

from console.core.database import Database, open_database
from console.core.people import list_people
from db.audit import verify_chain
from tests.factories import make_bureau
from tests.scoring_fixtures import recount_rows, tally_rows

PG_URL = os.environ.get("DUCHA_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="DUCHA_TEST_PG_URL not set"),
]


def test_schema_people_and_audit_on_postgres(pg: Database) -> None:
    assert pg.upgrade.created
    with pg.session() as s:
        b = make_bureau(s)
        assert {p.name for p in list_people(s, b.leader)} == {"张伟", "王芳"}
        checked, breaks = verify_chain(s)
        assert checked > 5 and breaks == []


def test_people_can_be_added_after_the_demo_on_postgres(pg: Database) -> None:
    """The demo bulk-loads explicit ids; ordinary inserts must not collide with them."""
    from datetime import date

    from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_workspace, generate_demo
    from console.core.people import PersonInput, add_person
    from console.core.sign_in import sign_in
    from glossary import Category

    demo_workspace(pg).run(generate_demo, today=date(2026, 11, 22), people=80, months=2)
    admin = sign_in(pg, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    with pg.session() as s:
        unit = list_people(s, admin)[0].unit_id
        row = add_person(
            s, admin, PersonInput("PG0001", "测试", unit, Category.OFFICER), date(2026, 11, 22)
        )
        assert row.name == "测试"
        assert verify_chain(s)[1] == []


def test_month_ranking_on_postgres_matches_sqlite(pg: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The ranking's SQL (cap clipping, rounding, window ranks) gives the same totals,
    ranks and grades on both databases for the same bureau."""
    from datetime import date

    from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_workspace, generate_demo
    from console.core.scoring.ranking import month_ranking
    from console.core.sign_in import sign_in
    from glossary import YearMonth

    today, month = date(2026, 11, 22), YearMonth(2026, 10)
    lite = open_database(tmp_path / "same.sqlite3")

    def ranking(database: Database) -> list[tuple[object, ...]]:
        demo_workspace(database).run(generate_demo, today=today, people=120, months=3)
        admin = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
        with database.session() as s:
            # The triggers kept the tally through the demo's bulk load.
            assert tally_rows(s) == recount_rows(s)
            people = month_ranking(s, admin, month).people
            return [
                (p.staff_no, p.awards, p.deductions, p.total, p.rank, p.unit_rank, p.grade, p.stars)
                for p in people
            ]

    try:
        on_pg, on_sqlite = ranking(pg), ranking(lite)
    finally:
        lite.close()
    assert len(on_pg) > 100
    assert on_pg == on_sqlite
