"""``ducha report``: the printable PDFs, headless.

    ducha report monthly --month YYYY-MM -o FILE.pdf [--bureau NAME]
    ducha report scorecard --staff-no N --year YYYY -o FILE.pdf [--bureau NAME]
    ducha report training --year YYYY [--as-of DATE] -o FILE.pdf [--bureau NAME]
    ducha report inspection --from DATE --to DATE -o FILE.pdf [--bureau NAME]
    ducha report honour-roll (--month YYYY-MM | --quarter YYYY-Qn) -o FILE.pdf
    ducha report quarterly --quarter YYYY-Qn -o FILE.pdf
    ducha report annual --year YYYY -o FILE.pdf

The bureau's name defaults to the name of the root unit. Exit codes: 0 written,
1 bad input (unknown staff number, no bureau, a period ending before it starts, file
not writable), 2 usage error (a bad month, year or date, a missing option).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from console.core.i18n import N_, tr_context
from glossary import YearMonth

_t = tr_context("cli")

# What the audit log calls each report the command writes (in the bureau's language).
_DOCUMENTS = {
    "training": N_("Training hours report"),
    "inspection": N_("Inspection bulletin"),
    "scorecard": N_("Score card"),
    "honour-roll": N_("Red and black lists"),
    "quarterly": N_("Quarterly publication"),
    "annual": N_("Annual ranking"),
}

EXIT_OK, EXIT_BAD_INPUT = 0, 1


def _month(text: str) -> YearMonth:
    try:
        return YearMonth.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _t("not a month (YYYY-MM): {text}").format(text=text)
        ) from exc


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


def _quarter(text: str) -> tuple[int, int]:
    """2026-Q3 (or 2026Q3) → (2026, 3)."""
    head, _, tail = text.strip().upper().replace("-", "").partition("Q")
    if not (head.isdigit() and len(head) == 4 and tail in ("1", "2", "3", "4")):
        raise argparse.ArgumentTypeError(_t("not a quarter (YYYY-Qn): {text}").format(text=text))
    return int(head), int(tail)


def add_parser(sub: Any, db_parent: argparse.ArgumentParser, parser_class: type) -> None:
    r = sub.add_parser("report", parents=[db_parent], help=_t("write a report as PDF"))
    rsub = r.add_subparsers(dest="report_command", required=True, parser_class=parser_class)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help=_t("the PDF file")
    )
    common.add_argument("--bureau", help=_t("bureau name (default: the root unit's name)"))
    common.add_argument(
        "--issued-on", type=_day, metavar="YYYY-MM-DD", help=_t("date of issue (default: today)")
    )
    m = rsub.add_parser(
        "monthly", parents=[db_parent, common], help=_t("the monthly bulletin (考核通报)")
    )
    m.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    s = rsub.add_parser(
        "scorecard", parents=[db_parent, common], help=_t("one person's year (积分考核卡)")
    )
    s.add_argument("--staff-no", required=True, help=_t("staff number"))
    s.add_argument("--year", type=_year, required=True, help="YYYY")
    tr = rsub.add_parser(
        "training", parents=[db_parent, common], help=_t("the year's training hours (学时通报)")
    )
    tr.add_argument("--year", type=_year, required=True, help="YYYY")
    tr.add_argument(
        "--as-of",
        type=_day,
        metavar="YYYY-MM-DD",
        help=_t("the date of the pace (default: the date of issue)"),
    )
    i = rsub.add_parser(
        "inspection",
        parents=[db_parent, common],
        help=_t("the inspection bulletin of a period (督察通报)"),
    )
    i.add_argument("--from", dest="date_from", type=_day, required=True, metavar="YYYY-MM-DD")
    i.add_argument("--to", dest="date_to", type=_day, required=True, metavar="YYYY-MM-DD")
    h = rsub.add_parser(
        "honour-roll",
        parents=[db_parent, common],
        help=_t("the red and black lists of a month or a quarter (红黑榜)"),
    )
    period = h.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", type=_month, help="YYYY-MM")
    period.add_argument("--quarter", type=_quarter, help="YYYY-Qn")
    q = rsub.add_parser(
        "quarterly", parents=[db_parent, common], help=_t("the quarterly publication (季度晾晒)")
    )
    q.add_argument("--quarter", type=_quarter, required=True, help="YYYY-Qn")
    a = rsub.add_parser(
        "annual",
        parents=[db_parent, common],
        help=_t("the yearly ranking with the year's stars (年度排名)"),
    )
    a.add_argument("--year", type=_year, required=True, help="YYYY")


def _fail(message: str) -> int:
    print(f"ducha: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.errors import DuchaError
    from console.core.units import bureau_name
    from console.core.workspace import Workspace

    issued_on = args.issued_on or date.today()
    # Reports only read: each is one read-only call through the Workspace.
    read = Workspace(database, user).read
    try:
        bureau = args.bureau or read(bureau_name)
        if not bureau:
            return _fail(_t("no bureau is set up yet: give its name with --bureau"))
        if args.report_command == "training":
            from exports.training_pdf import write_training_report

            path = read(
                write_training_report,
                user,
                args.year,
                args.output,
                bureau_name=bureau,
                issued_on=issued_on,
                as_of=args.as_of,
            )
        elif args.report_command == "monthly":
            from exports.bulletin_pdf import write_monthly_bulletin

            # Printing the bulletin records its verification code: a writing unit of work.
            path = Workspace(database, user).run(
                write_monthly_bulletin,
                user,
                args.month,
                args.output,
                bureau_name=bureau,
                issued_on=issued_on,
            )
        elif args.report_command == "inspection":
            from exports.inspection_pdf import write_inspection_bulletin

            path = read(
                write_inspection_bulletin,
                user,
                args.date_from,
                args.date_to,
                args.output,
                bureau_name=bureau,
                issued_on=issued_on,
            )
        elif args.report_command == "honour-roll":
            from exports.honour_roll_pdf import write_honour_roll

            year, month, quarter = (
                (args.month.year, args.month.month, None)
                if args.month
                else (args.quarter[0], None, args.quarter[1])
            )
            path = read(
                write_honour_roll,
                user,
                year,
                args.output,
                month=month,
                quarter=quarter,
                bureau_name=bureau,
                issued_on=issued_on,
            )
        elif args.report_command in ("quarterly", "annual"):
            from exports.period_pdf import write_period_report

            quarterly = args.report_command == "quarterly"
            year, quarter = args.quarter if quarterly else (args.year, None)
            path = read(
                write_period_report,
                user,
                year,
                quarter,
                args.output,
                bureau_name=bureau,
                issued_on=issued_on,
            )
        else:
            from exports.scorecard_pdf import write_scorecard

            path = read(
                write_scorecard,
                user,
                args.staff_no,
                args.year,
                args.output,
                bureau_name=bureau,
                issued_on=issued_on,
            )
        if args.report_command != "monthly":  # the bulletin records its own print event
            from console.core.export_log import record_export

            Workspace(database, user).run(
                record_export, user, _t(_DOCUMENTS[args.report_command]), Path(path)
            )
    except DuchaError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(
            _t("cannot write {path}: {reason}").format(path=args.output, reason=exc.strerror or exc)
        )
    print(_t("Report written to {path}").format(path=path))
    return EXIT_OK
