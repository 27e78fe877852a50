"""Open the bureau's database: resolve where it is, bring its schema up to date."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from db.engine import describe, make_engine, make_session_factory, resolve_url
from db.migrate import UpgradeReport, ensure_schema


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    upgrade: UpgradeReport

    @property
    def description(self) -> str:
        return describe(self.url)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | os.PathLike[str] | URL | None = None) -> Database:
    url = db if isinstance(db, URL) else resolve_url(db)
    engine = make_engine(url)
    report = ensure_schema(engine)
    return Database(url, engine, make_session_factory(engine), report)
