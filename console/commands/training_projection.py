"""``ducha training projection --year YYYY [--as-of DATE] [--json]``: each person's hours
on 31 December at their current pace, who will miss their requirement, and for each of
them the remaining sessions to attend (earliest first) — or that even all of them will
not suffice. The rule is console/core/training/projection.py's (docs/training.md).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from console.core.i18n import tr_context

_t = tr_context("cli")


def _h(value: float) -> float:
    return round(value, 1)


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.labels import label
    from console.core.training.projection import PersonProjection, year_projection
    from console.core.workspace import Workspace

    as_of = args.as_of or date.today()
    projection = Workspace(database, user).read(year_projection, user, args.year, as_of)

    def sessions(p: PersonProjection) -> list[dict[str, Any]]:
        return [
            {
                "date": s.session_date.isoformat(),
                "title": s.title,
                "training_category": s.category.value,
                "hours": _h(s.hours),
            }
            for s in p.plan
        ]

    if args.json:
        print(
            json.dumps(
                {
                    "year": projection.year,
                    "as_of": as_of.isoformat(),
                    "people": len(projection.people),
                    "will_miss": projection.will_miss,
                    "cannot_reach": projection.cannot_reach,
                    "remaining_sessions": len(projection.remaining),
                    "projection": [
                        {
                            "staff_no": p.staff_no,
                            "name": p.name,
                            "unit": p.unit_name,
                            "category": p.category.value,
                            "counted_from": p.counted_from.isoformat(),
                            "days_elapsed": p.elapsed_days,
                            "days_in_year": p.window_days,
                            "required": _h(p.required),
                            "credited": _h(p.credited),
                            "projected": _h(p.projected),
                            "will_miss": p.will_miss,
                            "missing": _h(p.missing),
                            "sessions": sessions(p),
                            "sessions_hours": _h(p.plan_hours),
                            "reachable": p.reachable if p.will_miss else None,
                        }
                        for p in projection.people
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(
        _t(
            "{year} as of {date}: of {n} people with a requirement, {miss} will miss it at "
            "their current pace; for {cannot} of them even all remaining sessions will not "
            "suffice."
        ).format(
            year=projection.year,
            date=as_of.isoformat(),
            n=len(projection.people),
            miss=projection.will_miss,
            cannot=projection.cannot_reach,
        )
    )
    print(
        _t(
            "Projected = hours credited × days from 1 January (or the hire date) to "
            "31 December ÷ days passed up to the date."
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
                _t("Credited"),
                _t("Projected"),
                _t("Required"),
                _t("Sessions to attend"),
            ]
        )
    )
    for p in projection.missing():
        if p.reachable:
            plan = _t("; ").join(
                _t("{date} {title} ({hours} h)").format(
                    date=s.session_date.isoformat(), title=s.title, hours=f"{s.hours:g}"
                )
                for s in p.plan
            )
        else:
            plan = _t("even all remaining sessions ({hours} h) will not suffice").format(
                hours=f"{p.plan_hours:g}"
            )
        print(
            "\t".join(
                [
                    p.staff_no,
                    p.name,
                    p.unit_name,
                    label(p.category),
                    f"{p.credited:.1f}",
                    f"{p.projected:.1f}",
                    f"{p.required:.1f}",
                    plan,
                ]
            )
        )
    return 0
