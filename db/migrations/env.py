"""Alembic environment: run with the engine Ducha hands over, or a URL for the CLI."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from db.engine import make_engine, resolve_url
from db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
            render_as_batch=True,
            compare_type=True,
        )
        context.run_migrations()
        # Work the application does once after an upgrade (console.core.upgrade_anchors),
        # in the same transaction: the schema and it land together or not at all.
        after_upgrade = config.attributes.get("after_upgrade")
        if after_upgrade is not None:
            after_upgrade(connection)


run_migrations_online()
