"""``ducha training [projection] --year YYYY [--as-of DATE] [--json]``: training hours against
the yearly requirements (with ``projection``: where the year will end, in
``training_projection``) — per person required, credited, expected by the date and status (on pace,
behind, done), and per unit a summary. Only people with a requirement are listed.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from console.core.i18n import tr_context

_t = tr_context("cli")


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
        "training", parents=[db_parent], help=_t("training hours against the yearly requirements")
    )
    p.add_argument(
        "view",
        nargs="?",
        choices=["projection"],
        help=_t("projection: hours on 31 December at the current pace, and who will miss"),
    )
    p.add_argument("--year", type=_year, required=True, help="YYYY")
    p.add_argument(
        "--as-of", type=_day, metavar="YYYY-MM-DD", help=_t("the date of the pace (default: today)")
    )
    p.add_argument("--json", action="store_true", help=_t("machine-readable output"))


def _h(value: float) -> float:
    return round(value, 1)


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.labels import label
    from console.core.training.progress import progress_report
    from console.core.training.requirements import status_label
    from console.core.workspace import Workspace

    if args.view == "projection":
        from console.commands import training_projection

        return training_projection.run(args, database, user)
    as_of = args.as_of or date.today()
    report = Workspace(database, user).read(progress_report, user, args.year, as_of)
    progress, settings = report.progress, report.settings
    people = progress.required_people
    units = [u for u in progress.units if u.required_people]
    if args.json:
        print(
            json.dumps(
                {
                    "year": progress.year,
                    "as_of": as_of.isoformat(),
                    "requirements": [
                        {
                            "person_category": r.person_category.value,
                            "training_category": r.training_category.value,
                            "hours": r.hours,
                        }
                        for r in settings.requirements
                    ],
                    "people": [
                        {
                            "staff_no": p.staff_no,
                            "name": p.name,
                            "unit": p.unit_name,
                            "category": p.category.value,
                            "required": _h(p.required),
                            "credited": _h(p.credited),
                            "expected": _h(p.expected),
                            "total_hours": _h(p.total_hours),
                            "status": p.status.value,
                            "lines": [
                                {
                                    "training_category": line.training_category.value,
                                    "required": _h(line.required),
                                    "credited": _h(line.credited),
                                    "expected": _h(line.expected),
                                }
                                for line in p.lines
                            ],
                        }
                        for p in people
                    ],
                    "units": [
                        {
                            "unit": u.unit_name,
                            "people": u.required_people,
                            "done": u.done,
                            "on_pace": u.on_pace,
                            "behind": u.behind,
                            "required": _h(u.required),
                            "credited": _h(u.credited),
                            "expected": _h(u.expected),
                            "completion": round(u.completion, 4),
                        }
                        for u in units
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(
        _t(
            "{year} as of {date}: {n} people with a requirement — {done} done, {on} on pace, "
            "{behind} behind"
        ).format(
            year=progress.year,
            date=as_of.isoformat(),
            n=len(people),
            done=sum(1 for p in people if p.status.value == "done"),
            on=sum(1 for p in people if p.status.value == "on_pace"),
            behind=sum(1 for p in people if p.status.value == "behind"),
        )
    )
    print()
    print(
        "\t".join(
            [
                _t("Unit"),
                _t("People"),
                _t("Done"),
                _t("On pace"),
                _t("Behind"),
                _t("Credited"),
                _t("Required"),
                _t("Completion"),
            ]
        )
    )
    for u in units:
        print(
            "\t".join(
                [
                    u.unit_name,
                    str(u.required_people),
                    str(u.done),
                    str(u.on_pace),
                    str(u.behind),
                    f"{u.credited:.1f}",
                    f"{u.required:.1f}",
                    f"{100 * u.completion:.1f}%",
                ]
            )
        )
    print()
    print(
        "\t".join(
            [
                _t("Staff no."),
                _t("Name"),
                _t("Unit"),
                _t("Category"),
                _t("Required"),
                _t("Credited"),
                _t("Expected"),
                _t("Status"),
            ]
        )
    )
    for p in people:
        print(
            "\t".join(
                [
                    p.staff_no,
                    p.name,
                    p.unit_name,
                    label(p.category),
                    f"{p.required:.1f}",
                    f"{p.credited:.1f}",
                    f"{p.expected:.1f}",
                    status_label(p.status),
                ]
            )
        )
    return 0
