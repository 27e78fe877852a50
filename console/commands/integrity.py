"""``ducha integrity --from DATE --to DATE [--as-of DATE] [--check] [--json]``: the
integrity figures of a period on the terminal.

Counts (inspections, findings by severity and status, complaints), the rectification
rate (verified ÷ findings due), the overdue list and the open warnings. ``--check`` runs
the early-warning rules first (as of the ``--as-of`` day). Exit codes: 0 ok, 1 bad input
(the period ends before it starts), 2 usage error (a bad date, a missing option).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date
from typing import Any

from console.core.i18n import tr_context

_t = tr_context("cli")

EXIT_OK, EXIT_BAD_INPUT = 0, 1


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _t("not a date (YYYY-MM-DD): {text}").format(text=text)
        ) from exc


def add_parser(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "integrity", parents=[db_parent], help=_t("the integrity figures of a period")
    )
    p.add_argument("--from", dest="date_from", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument(
        "--as-of",
        type=_day,
        metavar="YYYY-MM-DD",
        help=_t("the day deadlines are judged on (default: today)"),
    )
    p.add_argument("--check", action="store_true", help=_t("run the early-warning rules first"))
    p.add_argument("--json", action="store_true", help=_t("machine-readable output"))


def _fail(message: str) -> int:
    print(f"ducha: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.errors import DuchaError
    from console.core.integrity.period import check_period, period_figures
    from console.core.integrity.warnings import evaluate_warnings
    from console.core.workspace import Workspace

    as_of = args.as_of or date.today()
    checked = None
    workspace = Workspace(database, user)
    try:
        check_period(args.date_from, args.date_to)  # a bad period fires no warnings
        if args.check:
            # Its own unit of work: the warnings are stored before the figures are read,
            # so the open warnings printed include the ones just fired.
            checked = workspace.run(evaluate_warnings, user, as_of)
        fig = workspace.read(period_figures, user, args.date_from, args.date_to, as_of)
    except DuchaError as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps(_as_json(fig, checked), ensure_ascii=False))
    else:
        _print_text(fig, checked)
    return EXIT_OK


def _as_json(fig: Any, checked: Any) -> dict[str, Any]:
    def finding(f: Any) -> dict[str, Any]:
        return {
            "id": f.id,
            "found_date": f.found_date.isoformat(),
            "deadline": f.deadline.isoformat() if f.deadline else None,
            "days_overdue": (fig.as_of - f.deadline).days if f.deadline else None,
            "unit": f.unit_name,
            "person": f.person_name,
            "staff_no": f.staff_no,
            "topic": f.topic,
            "severity": f.severity.value,
            "status": f.status.value,
            "description": f.description,
        }

    data: dict[str, Any] = {
        "from": fig.date_from.isoformat(),
        "to": fig.date_to.isoformat(),
        "as_of": fig.as_of.isoformat(),
        "inspections": fig.inspections,
        "inspections_by_kind": {k.value: n for k, n in fig.inspections_by_kind.items()},
        "findings": {
            "total": fig.findings,
            "by_severity": {k.value: n for k, n in fig.by_severity.items()},
            "by_status": {k.value: n for k, n in fig.by_status.items()},
        },
        "complaints": {
            "total": fig.complaints,
            "by_outcome": {k.value: n for k, n in fig.complaints_by_outcome.items()},
        },
        "talks": fig.talks,
        "due": fig.due,
        "verified_due": fig.verified_due,
        "rectification_rate": fig.rectification_rate,
        "overdue": [finding(f) for f in fig.overdue],
        "by_unit": [
            {
                "unit": u.unit_name,
                "findings": u.findings,
                "minor": u.minor,
                "serious": u.serious,
                "grave": u.grave,
                "verified": u.verified,
                "overdue": u.overdue,
            }
            for u in fig.by_unit
        ],
        "by_topic": [
            {"topic": t.topic, "findings": t.findings, "serious_or_grave": t.serious_or_grave}
            for t in fig.by_topic
        ],
        "by_month": [{"month": str(m.month), "findings": m.findings} for m in fig.by_month],
        "warnings_fired": fig.warnings_fired,
        "open_warnings": [
            {
                "id": w.id,
                "staff_no": w.staff_no,
                "name": w.person_name,
                "unit": w.unit_name,
                "rule": w.rule_code,
                "rule_title": w.rule_title,
                "level": w.level.value,
                "raised_at": (w.raised_at.isoformat(timespec="seconds") if w.raised_at else None),
                "fired_at": w.fired_at.isoformat(timespec="seconds"),
                "summary": w.summary,
                "evidence": {t: list(ids) for t, ids in w.evidence.items()},
            }
            for w in fig.open_warnings
        ],
    }
    if checked is not None:
        data["check"] = {
            "rules": list(checked.rules_run),
            "fired": dict(checked.fired),
            "critical": checked.critical,
            "raised": dict(checked.raised),
        }
    return data


def _print_text(fig: Any, checked: Any) -> None:
    from console.core.labels import label
    from glossary import Severity

    if checked is not None:
        print(
            _t(
                "Early-warning rules checked as of {date}: {n} new warnings ({critical} "
                "critical), {raised} raised to critical."
            ).format(
                date=fig.as_of.isoformat(),
                n=checked.total,
                critical=checked.critical,
                raised=checked.raised_total,
            )
        )
    print(
        _t("Integrity figures {start} to {end} (deadlines judged on {as_of})").format(
            start=fig.date_from.isoformat(),
            end=fig.date_to.isoformat(),
            as_of=fig.as_of.isoformat(),
        )
    )
    print(_t("Inspections held: {n}").format(n=fig.inspections))
    severities = _t(", ").join(f"{label(s)} {fig.by_severity.get(s, 0)}" for s in Severity)
    print(_t("Findings: {n} ({severities})").format(n=fig.findings, severities=severities))
    statuses = _t(", ").join(f"{label(s)} {n}" for s, n in fig.by_status.items())
    if statuses:
        print(_t("By status: {statuses}").format(statuses=statuses))
    outcomes = _t(", ").join(f"{label(o)} {n}" for o, n in fig.complaints_by_outcome.items())
    print(_t("Complaints: {n}").format(n=fig.complaints) + (f" ({outcomes})" if outcomes else ""))
    print(
        _t("Rectification rate: {rate} ({verified} of {due} findings due verified)").format(
            rate=_percent(fig.rectification_rate), verified=fig.verified_due, due=fig.due
        )
    )
    print(_t("Overdue findings: {n}").format(n=len(fig.overdue)))
    if fig.overdue:
        print(
            "\t".join(
                [
                    _t("Deadline"),
                    _t("Days overdue"),
                    _t("Unit"),
                    _t("Person"),
                    _t("Topic"),
                    _t("Severity"),
                    _t("Status"),
                    _t("Description"),
                ]
            )
        )
        for f in fig.overdue:
            print(
                "\t".join(
                    [
                        f.deadline.isoformat() if f.deadline else "",
                        str((fig.as_of - f.deadline).days) if f.deadline else "",
                        f.unit_name,
                        f.person_name,
                        f.topic,
                        label(f.severity),
                        label(f.status),
                        f.description,
                    ]
                )
            )
    print(_t("Open warnings: {n}").format(n=len(fig.open_warnings)))
    for w in fig.open_warnings:
        print(
            "\t".join(
                [
                    w.fired_at.replace(tzinfo=UTC).astimezone().date().isoformat(),
                    w.staff_no,
                    w.person_name,
                    w.unit_name,
                    w.rule_title,
                    label(w.level),
                    w.summary,
                ]
            )
        )
