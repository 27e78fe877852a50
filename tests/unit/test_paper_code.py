"""The verification code on a printed bulletin: it verifies against the database it was
printed from; after a raw edit to that month (an entry's points, a saved rank) or a
rewritten audit chain it fails, saying what failed; an unknown code says so."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from console.cli import main
from console.core.database import Database
from console.core.errors import ValidationError
from console.core.paper_code import PRINT_SUBJECT, CodeCheck, check_code, normalise_code
from console.core.scoring.locking import finalise_month
from console.core.workspace import Workspace
from db.audit import AuditLog, _hashed_fields, row_digest, verify_chain
from exports.bulletin_pdf import write_monthly_bulletin
from glossary import YearMonth
from tests.factories import Bureau
from tests.scoring_fixtures import TODAY, enter, scoring_bureau

MONTH = YearMonth(2026, 10)
BUREAU = "测试市综合行政执法局"


@pytest.fixture
def bureau(any_db: Database) -> Bureau:
    with any_db.session() as session:
        b = scoring_bureau(session)
        enter(session, b, 0, "AJ02", 3)
        enter(session, b, 1, "FW01", 2)
        enter(session, b, 2, "TS01", 1)
        enter(session, b, 3, "AJ02", 1, on=TODAY)  # November: left provisional
        session.commit()
    Workspace(any_db, b.admin).run(finalise_month, b.admin, MONTH, TODAY)
    return b


def _print(database: Database, b: Bureau, path: Path, month: YearMonth = MONTH) -> str:
    """Print the bulletin as the GUI and the CLI do (a writing unit of work); its code."""
    Workspace(database, b.supervisor).run(
        write_monthly_bulletin, b.supervisor, month, path, bureau_name=BUREAU, issued_on=TODAY
    )
    with database.session() as session:
        after = session.scalars(
            select(AuditLog.after)
            .where(AuditLog.table_name == PRINT_SUBJECT)
            .order_by(AuditLog.id.desc())
            .limit(1)
        ).one()
    return str(json.loads(after or "{}")["code"])


def _check(database: Database, code: str) -> CodeCheck:
    with database.session() as session:
        return check_code(session, code)


def _raw(database: Database, sql: str) -> None:
    with database.engine.begin() as conn:
        conn.execute(text(sql))


def test_a_printed_bulletins_code_verifies(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    code = _print(any_db, bureau, tmp_path / "b.pdf")
    assert normalise_code(code) == code and len(code) == 14
    result = _check(any_db, code)
    assert result.ok, result.problems
    assert result.month == MONTH and result.final and result.version == 1
    assert result.printed_by == bureau.supervisor.username
    # Typed from paper: lower case, no dashes, an O read as a zero.
    typed = code.replace("-", "").lower().replace("o", "0")
    assert _check(any_db, typed).ok


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler)")
def test_the_code_is_printed_on_the_bulletin(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        b = scoring_bureau(session)
        enter(session, b, 0, "AJ02", 3)
        session.commit()
    Workspace(db, b.admin).run(finalise_month, b.admin, MONTH, TODAY)
    path = tmp_path / "b.pdf"
    code = _print(db, b, path)
    printed = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert printed.count(code) >= 2  # at the foot of the page and under the signature


def test_an_entrys_points_edited_after_printing_fail_the_code(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    code = _print(any_db, bureau, tmp_path / "b.pdf")
    _raw(any_db, "UPDATE point_event SET points = 50 WHERE points = 6")
    result = _check(any_db, code)
    assert result.found and not result.ok
    words = " ".join(result.problems)
    assert "entries of 2026-10 have changed" in words
    assert "no longer match its seal" in words


def test_a_saved_rank_edited_after_printing_fails_the_code(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    code = _print(any_db, bureau, tmp_path / "b.pdf")
    _raw(any_db, "UPDATE monthly_result SET rank = 1")
    result = _check(any_db, code)
    assert not result.ok
    assert any("saved results of 2026-10 have changed" in p for p in result.problems)


def test_a_chain_rewritten_after_printing_cannot_match_the_code(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    """Someone edits an early audit row and recomputes every later hash (the chain
    verifies again): the head the paper was anchored to no longer has its hash."""
    code = _print(any_db, bureau, tmp_path / "b.pdf")
    with any_db.session() as session:
        rows = session.execute(select(AuditLog).order_by(AuditLog.id)).scalars().all()
        rows[0].username = "someone-else"
        prev = "0" * 64
        for row in rows:
            fields = {c: getattr(row, c) for c in ("at", "user_id", "username", "action")}
            fields |= {c: getattr(row, c) for c in ("table_name", "row_id", "before", "after")}
            digest = row_digest(prev, _hashed_fields(fields))
            session.execute(
                update(AuditLog)
                .where(AuditLog.id == row.id)
                .values(username=row.username, prev_hash=prev, hash=digest)
            )
            prev = digest
        session.expunge_all()
        session.commit()
        assert verify_chain(session)[1] == []  # the rewrite is invisible to the chain alone
    result = _check(any_db, code)
    assert not result.ok
    assert any("rewritten since this bulletin was printed" in p for p in result.problems)


def test_an_unknown_code_says_so(any_db: Database, bureau: Bureau) -> None:
    result = _check(any_db, "ABCD-EFGH-JKLM")
    assert not result.found and not result.ok
    assert "No bulletin with the code ABCD-EFGH-JKLM was printed" in result.problems[0]


def test_a_malformed_code_is_refused_with_the_format(any_db: Database, bureau: Bureau) -> None:
    for typed in ("", "ABCD-EFGH", "ABCD-EFGH-JK9!"):
        with pytest.raises(ValidationError) as caught:
            _check(any_db, typed)
        assert "XXXX-XXXX-XXXX" in str(caught.value)


def test_a_provisional_bulletin_verifies_until_its_month_changes(
    any_db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    november = YearMonth(2026, 11)
    code = _print(any_db, bureau, tmp_path / "draft.pdf", november)
    result = _check(any_db, code)
    assert result.ok and not result.final
    with any_db.session() as session:
        enter(session, bureau, 4, "FW01", 1, on=TODAY)
        session.commit()
    assert any("entries of 2026-11 have changed" in p for p in _check(any_db, code).problems)


def test_ducha_audit_verify_code(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as session:
        b = scoring_bureau(session)
        enter(session, b, 0, "AJ02", 3)
        session.commit()
    Workspace(db, b.admin).run(finalise_month, b.admin, MONTH, TODAY)
    code = _print(db, b, tmp_path / "b.pdf")
    path = str(db.url.database)
    verify = ["--lang", "en", "audit", "verify", "--db", path, "--code"]
    assert main([*verify, code]) == 0
    assert "Verified" in capsys.readouterr().out
    assert main([*verify, "ABCD-EFGH-JKLM"]) == 1
    assert "No bulletin with the code" in capsys.readouterr().out
    assert main([*verify, "nonsense"]) == 1
    assert "XXXX-XXXX-XXXX" in capsys.readouterr().err
    assert main(["audit", "verify", "--db", str(tmp_path / "none.db"), "--code", code]) == 1
    assert not (tmp_path / "none.db").exists()
    _raw(db, "UPDATE monthly_result SET total = 999")
    assert main([*verify, code, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["month"] == "2026-10" and report["problems"]
