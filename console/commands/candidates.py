"""``ducha candidates --year YYYY [--kind commendation|rotation] [--as-of DATE] [--json]``:
the year's candidates for commendation (评优) and rotation (轮岗), each with the reasons it
is listed, and which months were counted (docs/decisions.md). Without ``--kind`` both
lists are printed. Exit codes: 0 listed, 1 refused (e.g. not signed in), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from console.core.i18n import N_, tr_context

_t = tr_context("cli")

_TITLES = {
    "commendation": N_("Commendation candidates {year}"),
    "rotation": N_("Rotation candidates {year}"),
}


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 1900 <= int(text) <= 9999:
        raise argparse.ArgumentTypeError(_t("not a year (YYYY): {text}").format(text=text))
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _t("not a date (YYYY-MM-DD): {text}").format(text=text)
        ) from exc


def add_parser(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "candidates",
        parents=[db_parent],
        help=_t("the year's candidates for commendation and rotation, with reasons"),
    )
    p.add_argument("--year", type=_year, required=True, help="YYYY")
    p.add_argument("--kind", choices=["commendation", "rotation"], help=_t("one list only"))
    p.add_argument(
        "--as-of",
        type=_day,
        metavar="YYYY-MM-DD",
        help=_t("the day the list is drawn up (default: today)"),
    )
    p.add_argument("--json", action="store_true", help=_t("machine-readable output"))


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.decisions.candidates import CandidateKind, CandidateList, candidates
    from console.core.errors import DuchaError
    from console.core.labels import label
    from console.core.workspace import Workspace

    today = args.as_of or date.today()
    kinds = [CandidateKind(args.kind)] if args.kind else list(CandidateKind)
    read = Workspace(database, user).read
    try:
        lists: list[CandidateList] = [read(candidates, user, args.year, k, today) for k in kinds]
    except DuchaError as exc:
        print(f"ducha: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(
                {
                    "year": args.year,
                    "lists": [
                        {
                            "kind": c.kind.value,
                            "reference_day": c.reference_day.isoformat(),
                            "months_finalised": [str(m) for m in c.months.finalised],
                            "months_live_counted": [str(m) for m in c.months.live],
                            "months_not_counted": [str(m) for m in c.months.not_counted],
                            "criteria": {
                                "commend_excellent": c.settings.commend_excellent,
                                "commend_fails": c.settings.commend_fails,
                                "rotate_weak": c.settings.rotate_weak,
                                "rotate_years": c.settings.rotate_years,
                                "count_live": c.settings.count_live,
                            },
                            "people": [
                                {
                                    "staff_no": p.staff_no,
                                    "name": p.name,
                                    "unit": p.unit_name,
                                    "category": p.category.value,
                                    "months": p.months,
                                    "excellent": p.excellent,
                                    "fails": p.fails,
                                    "basic_or_fail": p.weak,
                                    "in_unit_since": p.in_unit_since.isoformat()
                                    if p.in_unit_since
                                    else None,
                                    "years_in_unit": p.years_in_unit,
                                    "reasons": list(p.reasons),
                                }
                                for p in c.people
                            ],
                        }
                        for c in lists
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    for i, c in enumerate(lists):
        if i:
            print()
        title = _t(_TITLES[c.kind.value]).format(year=c.year)
        print(_t("{title}: {n} people").format(title=title, n=len(c.people)))
        print(c.counting_note())
        print("\t".join([_t("Staff no."), _t("Name"), _t("Unit"), _t("Category"), _t("Why")]))
        for p in c.people:
            print(
                "\t".join(
                    [p.staff_no, p.name, p.unit_name, label(p.category), _t("; ").join(p.reasons)]
                )
            )
    return 0
