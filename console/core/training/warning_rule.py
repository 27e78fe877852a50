"""The early-warning rule "training hours behind pace" (学时进度滞后), registered with the
integrity side's rule registry (``console.core.integrity.warning_rules``), which imports
this module when the registry is first read.

A person is flagged when their hours counted towards the yearly requirements fall short
of the pace by more than ``behind_pct`` percent of the hours expected by that day, and by
at least ``min_hours`` hours (so that no one is warned in the first weeks of January over
an hour or two). The evidence is the month: while someone stays behind they are warned
at most once a month.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from console.core.i18n import N_, tr_context
from console.core.integrity.warning_rules import Hit, ParamSpec, Summary, register_rule
from console.core.training.progress import progress_of
from console.core.training.requirements import PaceStatus

_t = tr_context("training")

CODE = "training_behind"


def training_behind(session: Session, as_of: date, params: Mapping[str, Any]) -> list[Hit]:
    share = float(params["behind_pct"]) / 100
    least = float(params["min_hours"])
    progress = progress_of(session, None, as_of.year, as_of)
    month = as_of.year * 100 + as_of.month
    hits = []
    for p in progress.people:
        if p.status != PaceStatus.BEHIND:
            continue
        if p.shortfall_share > share and p.shortfall >= least:
            hits.append(
                Hit(
                    p.person_id,
                    {"training_month": [month]},
                    Summary(
                        N_(
                            "{credited} of the {expected} training hours expected by {date} "
                            "({required} required in {year}): {pct}% behind pace"
                        ),
                        {
                            "credited": f"{p.credited:.1f}",
                            "expected": f"{p.expected:.1f}",
                            "required": f"{p.required:g}",
                            "date": as_of.isoformat(),
                            "year": as_of.year,
                            "pct": f"{100 * p.shortfall_share:.0f}",
                        },
                        "training",
                    ),
                )
            )
    return hits


register_rule(
    CODE,
    N_("Training hours behind pace"),
    training_behind,
    params=(
        ParamSpec("behind_pct", N_("Behind pace by more than (%)"), 20, 1, 100, critical=40),
        ParamSpec("min_hours", N_("And short by at least (hours)"), 8, 0, 1000, decimals=1),
    ),
    context="training",
    description=N_(
        "Hours counted towards the yearly training requirement fall short of the pace "
        "(the requirement × the share of the year passed) by more than the given share."
    ),
    order=70,
)
