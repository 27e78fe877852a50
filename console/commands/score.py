"""``ducha score --month YYYY-MM [--json]``: the month's ranking on the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from console.core.i18n import tr_context
from glossary import YearMonth

_t = tr_context("cli")


def _month(text: str) -> YearMonth:
    try:
        return YearMonth.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _t("not a month (YYYY-MM): {text}").format(text=text)
        ) from exc


def add_parser(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("score", parents=[db_parent], help=_t("the month's ranking"))
    p.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    p.add_argument("--json", action="store_true", help=_t("machine-readable output"))


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.labels import label
    from console.core.scoring.ranking import month_ranking
    from console.core.seal import broken_message
    from console.core.workspace import Workspace

    ranking = Workspace(database, user).read(month_ranking, user, args.month)
    if args.json:
        print(
            json.dumps(
                {
                    "month": str(ranking.month),
                    "finalised": ranking.finalised,
                    "version": ranking.version,
                    # A finalised month changed outside the app: what no longer matches.
                    "seal_broken": [part.value for part in ranking.broken],
                    "base": float(ranking.base),
                    "people": [
                        {
                            "staff_no": p.staff_no,
                            "name": p.name,
                            "unit": p.unit_name,
                            "base": float(p.base),
                            "awards": float(p.awards),
                            "deductions": float(p.deductions),
                            "total": float(p.total),
                            "rank": p.rank,
                            "unit_rank": p.unit_rank,
                            "grade": p.grade.value,
                            "stars": [s.value for s in p.stars],
                        }
                        for p in ranking.people
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    if ranking.broken:
        state = _t("SEAL BROKEN, not final")
        print(broken_message(ranking.month, ranking.broken), file=sys.stderr)
    elif ranking.finalised:
        state = _t("finalised, version {v}").format(v=ranking.version)
    else:
        state = _t("provisional (not finalised)")
    print(
        _t("{month}: {n} people ranked, {state}").format(
            month=ranking.month, n=len(ranking.people), state=state
        )
    )
    header = [
        _t("Staff no."),
        _t("Name"),
        _t("Unit"),
        _t("Base"),
        _t("Awards"),
        _t("Deductions"),
        _t("Total"),
        _t("Rank"),
        _t("Unit rank"),
        _t("Grade"),
        _t("Stars"),
    ]
    print("\t".join(header))
    for p in ranking.people:
        print(
            "\t".join(
                [
                    p.staff_no,
                    p.name,
                    p.unit_name,
                    f"{p.base}",
                    f"{p.awards:+}",
                    f"{p.deductions}",
                    f"{p.total}",
                    str(p.rank),
                    str(p.unit_rank),
                    label(p.grade),
                    "、".join(label(s) for s in p.stars),
                ]
            )
        )
    return 0
