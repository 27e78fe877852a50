"""Bring a database to the current schema: create it, or back it up and upgrade it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from db.backup import backup_sqlite

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine, script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine, script_location: Path | None = None) -> str:
    script = ScriptDirectory.from_config(alembic_config(engine, script_location))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class SchemaStanding:
    """Where a database's schema stands against this build, without changing it:
    ``position`` counts from 1 along the chain of migrations (None when this build does
    not know the revision: a newer Ducha made it), out of ``latest``."""

    revision: str | None
    position: int | None
    latest: int

    @property
    def newer(self) -> bool:
        return self.revision is not None and self.position is None

    @property
    def older(self) -> bool:
        return self.position is not None and self.position < self.latest


def schema_standing(engine: Engine, script_location: Path | None = None) -> SchemaStanding:
    """Read the schema revision of ``engine``'s database and place it; writes nothing
    (a backup is checked on a read-only engine)."""
    script = ScriptDirectory.from_config(alembic_config(engine, script_location))
    chain = [rev.revision for rev in script.walk_revisions()][::-1]  # oldest first
    current = current_revision(engine)
    position = chain.index(current) + 1 if current in chain else None
    return SchemaStanding(current, position, len(chain))


@dataclass(frozen=True)
class UpgradeReport:
    created: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None


class UnknownSchema(Exception):
    """The file holds tables that Ducha did not create (``newer`` False), or a newer schema
    than this build knows (``newer`` True, with that ``revision``)."""

    def __init__(self, message: str, newer: bool = False, revision: str | None = None):
        super().__init__(message)
        self.newer = newer
        self.revision = revision


def ensure_schema(
    engine: Engine,
    script_location: Path | None = None,
    after_upgrade: Callable[[Connection, str], None] | None = None,
) -> UpgradeReport:
    """Create a new database, or upgrade an older one after taking a backup.

    ``after_upgrade(connection, from_revision)`` runs after the migrations of an upgrade
    (not of a new database), in their transaction, with the models at head.
    """
    head = head_revision(engine, script_location)
    current = current_revision(engine)
    if current == head:
        return UpgradeReport(False, current, head, None)
    cfg = alembic_config(engine, script_location)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise UnknownSchema(
                "the database holds tables but no Ducha schema version; refusing to touch it"
            )
        command.upgrade(cfg, "head")
        return UpgradeReport(True, None, head, None)
    script = ScriptDirectory.from_config(cfg)
    if script.get_revision(current) is None:
        raise UnknownSchema(
            f"the database is at schema {current}, newer than this version of Ducha knows",
            newer=True,
            revision=current,
        )
    backup = None
    if engine.url.get_backend_name() == "sqlite":
        # The copy keeps what was there, even an audit chain that verify would fault.
        backup = backup_sqlite(
            engine.url, label=f"before-upgrade-{current}", check_chain=False
        ).path
    if after_upgrade is not None:
        start = current
        cfg.attributes["after_upgrade"] = lambda connection: after_upgrade(connection, start)
    command.upgrade(cfg, "head")
    return UpgradeReport(False, current, head, backup)
