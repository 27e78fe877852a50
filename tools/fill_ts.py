"""Fill translations from a small table: ``python -m tools.fill_ts FILE`` where FILE holds
lines ``context<TAB>source<TAB>translation``. Used when a handful of strings are added."""

from __future__ import annotations

import sys
from pathlib import Path

from tools.i18n import extract, read_ts, write_ts


def main(argv: list[str]) -> int:
    table = read_ts()
    for line in Path(argv[0]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            ctx, source, translation = line.split("\t")
            table[(ctx, source)] = translation
    write_ts(extract(), table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
