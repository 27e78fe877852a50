"""``ducha contractors --month YYYY-MM [--json] [--pdf FILE] [--xlsx FILE]``: the month's
contractor assessment — each company's checklist score, deductions from findings, score,
payment coefficient, fee and payment, and the elimination warnings; optionally the
bulletin (PDF) and the payment sheet for finance (xlsx), each an audited export.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from console.commands.score import _month
from console.core.i18n import tr_context
from glossary import YearMonth

_t = tr_context("cli")

EXIT_OK, EXIT_BAD_INPUT = 0, 1


def add_parser(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "contractors",
        parents=[db_parent],
        help=_t("the month's contractor assessment and payment"),
    )
    p.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    p.add_argument("--json", action="store_true", help=_t("machine-readable output"))
    p.add_argument("--pdf", metavar="FILE", help=_t("also write the bulletin (PDF)"))
    p.add_argument("--xlsx", metavar="FILE", help=_t("also write the payment sheet (xlsx)"))


def _money(value: Decimal | None) -> str | None:
    """Money in JSON as a string of yuan to the fen: exact, as finance needs it."""
    return None if value is None else f"{value:.2f}"


def _as_json(month: Any) -> dict[str, Any]:
    s = month.settings
    return {
        "month": str(month.month),
        "rules": {
            "bands": [
                {"min_score": str(b.min_score), "coefficient": str(b.coefficient)} for b in s.bands
            ],
            "deductions": {sev.value: str(points) for sev, points in s.deductions},
            "elimination": {
                "line": str(s.elimination_line),
                "count": s.elimination_count,
                "window": s.elimination_window,
            },
        },
        "companies": [
            {
                "name": c.name,
                "assessed": c.assessed,
                "items": [
                    {
                        "code": i.code,
                        "name": i.name,
                        "max": str(i.max_points),
                        "points": None if i.points is None else str(i.points),
                    }
                    for i in c.items
                ],
                "checklist_score": _money(c.checklist_score),
                "findings": [
                    {
                        "date": f.found_date.isoformat(),
                        "staff_no": f.staff_no,
                        "name": f.person_name,
                        "topic": f.topic,
                        "severity": f.severity.value,
                        "points": str(f.points),
                    }
                    for f in c.findings
                ],
                "deductions": str(c.deductions),
                "score": _money(c.score),
                "coefficient": None if c.coefficient is None else str(c.coefficient),
                "contracts": [
                    {
                        "contract_no": k.contract_no,
                        "service": k.service,
                        "monthly_fee": _money(k.monthly_fee),
                        "payment": _money(k.payment),
                    }
                    for k in c.contracts
                ],
                "fee": _money(c.fee),
                "payment": _money(c.payment),
                "months_below": [str(m) for m in c.months_below],
                "elimination_warning": c.warning,
            }
            for c in month.companies
        ],
        "fee": _money(month.fee),
        "payment": _money(month.payment),
    }


def _print_text(month: Any) -> None:
    print(
        _t(
            "{month}: {n} companies, {assessed} assessed; fees {fee} yuan, payment {pay} yuan"
        ).format(
            month=month.month,
            n=len(month.companies),
            assessed=sum(1 for c in month.companies if c.assessed),
            fee=f"{month.fee:,.2f}",
            pay=f"{month.payment:,.2f}",
        )
    )
    print(
        "\t".join(
            [
                _t("Company"),
                _t("Checklist"),
                _t("Deductions"),
                _t("Score"),
                _t("Coefficient"),
                _t("Fee"),
                _t("Payment"),
            ]
        )
    )
    for c in month.companies:
        print(
            "\t".join(
                [
                    c.name,
                    "" if c.checklist_score is None else f"{c.checklist_score:.2f}",
                    f"{c.deductions:g}",
                    _t("not assessed") if c.score is None else f"{c.score:.2f}",
                    "" if c.coefficient is None else f"{c.coefficient * 100:.0f}%",
                    f"{c.fee:,.2f}",
                    "" if c.payment is None else f"{c.payment:,.2f}",
                ]
            )
        )
    for c in month.warnings:
        print(
            _t("Elimination warning: {name}, below {line} in {months}").format(
                name=c.name,
                line=f"{month.settings.elimination_line:g}",
                months=", ".join(str(m) for m in c.months_below),
            )
        )


def _fail(message: str) -> int:
    print(f"ducha: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.contractors.month import contractor_month
    from console.core.errors import DuchaError
    from console.core.export_log import record_export
    from console.core.units import bureau_name
    from console.core.workspace import Workspace

    workspace = Workspace(database, user)
    if args.month > YearMonth.of(date.today()):
        # Nothing to assess or pay yet: a payment sheet for it would only mislead.
        return _fail(_t("{month} has not begun yet.").format(month=args.month))
    try:
        month = workspace.read(contractor_month, user, args.month)
        written: list[Path] = []
        if args.pdf:
            from exports.contractor_pdf import render_contractor_bulletin

            bureau = workspace.read(bureau_name) or ""
            path = render_contractor_bulletin(
                month, args.pdf, bureau_name=bureau, issued_on=date.today()
            )
            workspace.run(
                record_export,
                user,
                _t("Contractor bulletin {month}").format(month=month.month),
                path,
            )
            written.append(path)
        if args.xlsx:
            from exports.contractor_xlsx import payment_sheet_title, write_payment_sheet

            path = write_payment_sheet(month, args.xlsx)
            rows = sum(len(c.contracts) for c in month.companies)
            workspace.run(record_export, user, payment_sheet_title(month), path, rows)
            written.append(path)
    except DuchaError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(_t("cannot write the file: {reason}").format(reason=exc.strerror or exc))
    if args.json:
        print(json.dumps(_as_json(month), ensure_ascii=False))
    else:
        _print_text(month)
    for path in written:
        print(
            _t("Written to {path}").format(path=path), file=sys.stderr if args.json else sys.stdout
        )
    return EXIT_OK
