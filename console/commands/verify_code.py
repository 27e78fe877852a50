"""``ducha audit verify --code CODE``: check a printed bulletin against the database.

A database file is opened read-only (checking never writes, and a mistyped path is an
error, never a new empty database); a server database is read in one read-only unit of
work.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.core.errors import DuchaError
from console.core.i18n import tr_context
from console.core.paper_code import CodeCheck, check_code, describe

_t = tr_context("cli")

EXIT_OK, EXIT_BAD_INPUT = 0, 1


def _fail(message: str) -> int:
    print(f"ducha: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _check_file(path: Path, code: str) -> CodeCheck:
    from db.backup import open_readonly

    engine = open_readonly(path)
    try:
        with Session(engine) as session:
            return check_code(session, code)
    finally:
        engine.dispose()


def run(args: argparse.Namespace, path: Path | None, open_database: Any, user: Any) -> int:
    """``path``: the SQLite file to check read-only; None for a server database, opened
    with ``open_database`` (the command line's own opener)."""
    try:
        if path is not None:
            if not path.is_file():
                return _fail(_t("There is no database file {path}.").format(path=path))
            result = _check_file(path, args.code)
        else:
            from console.core.workspace import Workspace

            database = open_database(args.db)
            try:
                result = Workspace(database, user).read(check_code, args.code)
            finally:
                database.close()
    except DuchaError as exc:
        return _fail(str(exc))
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        return _fail(_t("{path} cannot be read: {error}").format(path=path or args.db, error=exc))
    if args.json:
        print(
            json.dumps(
                {
                    "code": result.code,
                    "ok": result.ok,
                    "found": result.found,
                    "month": str(result.month) if result.month else None,
                    "version": result.version,
                    "final": result.final,
                    "printed_at": result.printed_at.isoformat() if result.printed_at else None,
                    "printed_by": result.printed_by,
                    "problems": result.problems,
                },
                ensure_ascii=False,
            )
        )
    else:
        for line in describe(result):
            print(line)
    return EXIT_OK if result.ok else EXIT_BAD_INPUT
