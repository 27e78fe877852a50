"""The schema is created by the migrations, matches the models, and upgrades with a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from console.core.database import DatabaseError, open_database
from db.engine import make_engine, resolve_url
from db.migrate import MIGRATIONS, ensure_schema, head_revision
from db.models import Base


def test_new_database_gets_every_table(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite3")
    tables = set(inspect(database.engine).get_table_names())
    assert database.upgrade.created
    for name in (
        "unit",
        "person",
        "user_account",
        "rule_set",
        "rule",
        "point_event",
        "monthly_result",
        "period_lock",
        "inspection",
        "finding",
        "complaint",
        "case_review",
        "risk_point",
        "pledge",
        "integrity_talk",
        "major_matter_report",
        "warning",
        "training_session",
        "attendance",
        "exam",
        "exam_result",
        "certificate",
        "audit_log",
    ):
        assert name in tables
    database.close()


def test_migrations_match_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "m.sqlite3")
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    database.close()


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path / "p.sqlite3")
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10000
    database.close()


NEXT_REVISION = """
revision = "0099_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("test_extra", sa.String(10)))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("test_extra")
"""


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(path)  # made by "this release": at the current head
    old_head = head_revision(database.engine)
    with database.session() as s:
        s.execute(
            text(
                "INSERT INTO unit (name, kind, sort_order, active, created_at) "
                "VALUES ('局', 'bureau', 0, 1, '2026-01-01')"
            )
        )
        s.commit()
    database.close()
    # "The next release" ships one more migration.
    newer = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "0099_test_next.py").write_text(NEXT_REVISION.format(head=old_head))

    engine = make_engine(resolve_url(path))
    report = ensure_schema(engine, newer)
    assert (report.from_revision, report.to_revision) == (old_head, "0099_test_next")
    assert report.backup is not None and report.backup.exists()
    columns = {c["name"] for c in inspect(engine).get_columns("person")}
    assert "test_extra" in columns
    with engine.connect() as conn:  # the data survived the table rebuild
        assert conn.execute(text("SELECT name FROM unit")).scalar() == "局"
    engine.dispose()
    with sqlite3.connect(report.backup) as backup:
        version = backup.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (old_head,)
        assert backup.execute("SELECT name FROM unit").fetchone() == ("局",)


def test_foreign_file_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE spreadsheet (a INTEGER)")
    with pytest.raises(DatabaseError, match="did not create"):
        open_database(path)
