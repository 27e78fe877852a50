"""Autogenerate the next Alembic revision from the models: ``python -m tools.new_migration MSG``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from db.engine import make_engine, resolve_url
from db.migrate import alembic_config, ensure_schema


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(resolve_url(Path(tmp) / "scratch.sqlite3"))
        ensure_schema(engine)
        command.revision(alembic_config(engine), message=" ".join(argv), autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
