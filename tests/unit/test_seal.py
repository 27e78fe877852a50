"""Sealed months: a finalised month changed outside the app (raw SQL) is reported as
broken, naming what differs, and is never shown as final — by the ranking every view
reads, by ``ducha score`` and on the Performance page's data. Reopening lifts the seal;
finalising again seals the new version. The digests are the same on SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, text

from console.cli import main
from console.core.database import Database
from console.core.scoring.locking import finalise_month, reopen_month
from console.core.scoring.ranking import month_ranking
from console.core.seal import SEAL_SUBJECT, Part, SealState, month_digest, seal_status
from console.core.tamper import check_state
from console.core.workspace import Workspace
from db.audit import AuditLog, verify_chain
from glossary import YearMonth
from tests.cli import ADMIN, main_as
from tests.factories import Bureau
from tests.scoring_fixtures import TODAY, enter, finalised_bureau, scoring_bureau

MONTH = YearMonth(2026, 10)


@pytest.fixture
def bureau(any_db: Database) -> Bureau:
    return finalised_bureau(any_db)


def _status(database: Database) -> tuple[SealState, tuple[Part, ...]]:
    with database.session() as session:
        s = seal_status(session, MONTH)
        return s.state, s.differs


def _raw(database: Database, sql: str, **params: object) -> None:
    with database.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_finalising_seals_the_month_in_the_chain(any_db: Database, bureau: Bureau) -> None:
    assert _status(any_db) == (SealState.SEALED, ())
    with any_db.session() as session:
        ranking = month_ranking(session, bureau.admin, MONTH)
        assert ranking.finalised and ranking.broken == ()
        seals = session.scalars(
            select(AuditLog.after).where(AuditLog.table_name == SEAL_SUBJECT)
        ).all()
        assert len(seals) == 1
        recorded = json.loads(seals[0] or "")
        assert recorded["month"] == "2026-10" and recorded["version"] == 1
        assert recorded["seal"] == month_digest(session, MONTH).seal
        assert verify_chain(session)[1] == []


def test_a_saved_rank_moved_by_raw_sql_breaks_the_seal(any_db: Database, bureau: Bureau) -> None:
    _raw(
        any_db,
        "UPDATE monthly_result SET rank = 1 WHERE rank = (SELECT max(rank) FROM monthly_result)",
    )
    assert _status(any_db) == (SealState.BROKEN, (Part.RESULTS,))
    with any_db.session() as session:
        ranking = month_ranking(session, bureau.admin, MONTH)
    assert not ranking.finalised
    assert ranking.broken == (Part.RESULTS,)


def test_an_entrys_points_edited_by_raw_sql_break_the_seal(
    any_db: Database, bureau: Bureau
) -> None:
    _raw(any_db, "UPDATE point_event SET points = 50 WHERE points = 6")
    assert _status(any_db) == (SealState.BROKEN, (Part.ENTRIES,))


def test_an_entry_added_by_raw_sql_breaks_the_seal(any_db: Database, bureau: Bureau) -> None:
    _raw(
        any_db,
        "INSERT INTO point_event (person_id, unit_id, event_date, rule_id, quantity, points, "
        "source, recorded_at, status, row_version) SELECT person_id, unit_id, event_date, "
        "rule_id, quantity, points, source, recorded_at, status, row_version FROM point_event "
        "WHERE points = 6",
    )
    assert _status(any_db) == (SealState.BROKEN, (Part.ENTRIES,))


def test_the_lock_flag_cleared_by_raw_sql_breaks_the_seal(any_db: Database, bureau: Bureau) -> None:
    _raw(any_db, "UPDATE period_lock SET locked = :f", f=False)
    assert _status(any_db) == (SealState.BROKEN, (Part.LOCK,))
    with any_db.session() as session:
        ranking = month_ranking(session, bureau.admin, MONTH)
    assert not ranking.finalised and ranking.broken == (Part.LOCK,)


def test_a_month_locked_by_raw_sql_has_no_seal(any_db: Database) -> None:
    with any_db.session() as session:
        b = scoring_bureau(session)
        enter(session, b, 0, "AJ02", 1, on=date(2026, 9, 3))
        session.commit()
    _raw(
        any_db,
        "INSERT INTO period_lock (period, version, locked, locked_at) "
        "VALUES (202609, 1, :t, '2026-10-02 09:00:00')",
        t=True,
    )
    with any_db.session() as session:
        status = seal_status(session, YearMonth(2026, 9))
    assert status.state is SealState.BROKEN and status.differs == (Part.SEAL,)


def test_reopening_lifts_the_seal_and_finalising_again_seals_anew(
    any_db: Database, bureau: Bureau
) -> None:
    admin = bureau.admin
    Workspace(any_db, admin).run(reopen_month, admin, MONTH, "a late claim")
    assert _status(any_db) == (SealState.NOT_FINAL, ())
    with any_db.session() as session:
        enter(session, bureau, 3, "AJ02", 1)
        session.commit()
    Workspace(any_db, admin).run(finalise_month, admin, MONTH, TODAY)
    assert _status(any_db) == (SealState.SEALED, ())
    with any_db.session() as session:
        assert seal_status(session, MONTH).version == 2
        assert month_ranking(session, admin, MONTH).finalised


def test_a_month_never_finalised_is_not_final(any_db: Database, bureau: Bureau) -> None:
    with any_db.session() as session:
        assert seal_status(session, YearMonth(2026, 11)).state is SealState.NOT_FINAL


@pytest.mark.postgres
def test_the_digests_are_the_same_on_sqlite_and_postgresql(db: Database, pg: Database) -> None:
    """The canonical serialisation: the same month, stored by either database, gives
    the same results and entries digests (the lock row differs only by its time)."""
    digests = []
    for database in (db, pg):
        finalised_bureau(database)
        with database.session() as session:
            digests.append(month_digest(session, MONTH))
    sqlite_digest, pg_digest = digests
    assert sqlite_digest.results == pg_digest.results
    assert sqlite_digest.entries == pg_digest.entries


def test_ducha_score_reports_a_broken_month(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    finalised_bureau(db)
    path = str(db.url.database)
    assert main_as(ADMIN, "score", "--db", path, "--month", "2026-10", "--json") == 0
    before = json.loads(capsys.readouterr().out)
    assert before["finalised"] is True and before["seal_broken"] == []
    _raw(db, "UPDATE monthly_result SET total = 200 WHERE rank = 2")
    assert main_as(ADMIN, "score", "--db", path, "--month", "2026-10", "--json") == 0
    after = json.loads(capsys.readouterr().out)
    assert after["finalised"] is False and after["seal_broken"] == ["results"]
    assert main_as(ADMIN, "score", "--db", path, "--month", "2026-10", "--lang", "en") == 0
    out = capsys.readouterr()
    assert "SEAL BROKEN" in out.out
    assert "no longer match its seal" in out.err and "saved results" in out.err


def test_the_demo_bureaus_finalised_months_are_sealed(db: Database) -> None:
    from console.core.demo import demo_workspace, generate_demo

    demo_workspace(db).run(generate_demo, seed=7, today=TODAY, people=80, months=3)
    with db.session() as session:
        states = {m: seal_status(session, m).state for m in (YearMonth(2026, 9), MONTH)}
        assert states == {YearMonth(2026, 9): SealState.SEALED, MONTH: SealState.SEALED}
        assert seal_status(session, YearMonth(2026, 11)).state is SealState.NOT_FINAL


def test_ducha_audit_verify_recomputes_every_seal(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    finalised_bureau(db)
    path = str(db.url.database)
    verify = ["--lang", "en", "audit", "verify", "--db", path]
    assert main(verify) == 0
    capsys.readouterr()
    _raw(db, "UPDATE point_event SET points = 50 WHERE points = 6")
    assert main(verify) == 1
    out = capsys.readouterr().out
    assert "2026-10 was finalised, but its data no longer match its seal" in out
    assert "the month's entries" in out
    assert main([*verify, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert report["broken_seals"] == [{"month": "2026-10", "differs": ["entries"]}]


def test_the_upgrade_seals_months_finalised_before_seals_once(
    any_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bureau upgrading from a version without seals: its finalised months are sealed
    by the upgrade as they stand, and are final, not broken; a seal is written by an
    upgrade only once."""
    from alembic import command

    from console.core.database import open_database
    from console.core.scoring import locking
    from db.migrate import alembic_config

    with monkeypatch.context() as older_version:  # finalising wrote no seal then
        older_version.setattr(locking, "seal_month", lambda session, month: None)
        finalised_bureau(any_db)
    assert _status(any_db) == (SealState.BROKEN, (Part.SEAL,))
    command.downgrade(alembic_config(any_db.engine), "0005_row_version")
    upgraded = open_database(any_db.url)  # as the new version opens it
    try:
        assert upgraded.upgrade.from_revision == "0005_row_version"
        assert _status(upgraded) == (SealState.SEALED, ())
        with upgraded.session() as session:
            seals = session.scalars(
                select(AuditLog.after).where(AuditLog.table_name == SEAL_SUBJECT)
            )
            (details,) = [json.loads(after or "{}") for after in seals]
            assert details["sealed_at"] == "upgrade" and details["month"] == str(MONTH)
            assert verify_chain(session)[1] == []
            # Every record has its baseline image: the whole bureau verifies clean.
            assert check_state(session).ok
    finally:
        upgraded.close()
