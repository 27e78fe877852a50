"""``ducha stars review --year YYYY [--json] [--pdf FILE] [--xlsx FILE] [--confirm]``: the
year's star-level review of auxiliary and assistant staff (辅助人员星级评定) — each
person's level, the level the rule proposes and why — printed, as JSON, or written as
PDF and Excel; ``--confirm`` confirms every row not yet confirmed (the 督察队长 only,
once the year is over and its months finalised; audited like the GUI's confirmation).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from console.core.i18n import tr_context

_t = tr_context("cli")

EXIT_OK, EXIT_BAD_INPUT = 0, 1


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 1900 <= int(text) <= 9999:
        raise argparse.ArgumentTypeError(_t("not a year (YYYY): {text}").format(text=text))
    return int(text)


def add_parser(sub: Any, db_parent: argparse.ArgumentParser, parser_class: type) -> None:
    s = sub.add_parser("stars", help=_t("star levels of auxiliary staff"))
    ssub = s.add_subparsers(dest="stars_command", required=True, parser_class=parser_class)
    r = ssub.add_parser(
        "review", parents=[db_parent], help=_t("the year's star-level review (星级评定)")
    )
    r.add_argument("--year", type=_year, required=True, help="YYYY")
    r.add_argument("--json", action="store_true", help=_t("machine-readable output"))
    r.add_argument("--pdf", type=Path, metavar="FILE.pdf", help=_t("also write it as PDF"))
    r.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help=_t("also write it as Excel"))
    r.add_argument("--bureau", help=_t("bureau name (default: the root unit's name)"))
    r.add_argument(
        "--confirm",
        action="store_true",
        help=_t("confirm every proposal not yet confirmed (administrator)"),
    )


def _fail(message: str) -> int:
    print(f"ducha: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.errors import DuchaError
    from console.core.export_log import record_export
    from console.core.star_levels.review import SeenRow, confirm_review, year_review
    from console.core.units import bureau_name
    from console.core.workspace import Workspace
    from exports.star_review_pdf import render_star_review, review_title
    from exports.star_review_xlsx import write_star_review

    today = date.today()
    workspace = Workspace(database, user)
    target: Path | None = None
    try:
        review = workspace.read(year_review, user, args.year, today)
        if args.confirm:
            seen = [SeenRow.of(r) for r in review.open_rows]
            done = workspace.run(confirm_review, user, args.year, seen, today)
            if not args.json:
                print(
                    _t("Confirmed {n} people for {year}, {changed} of them changed level.").format(
                        n=done.people, year=done.year, changed=done.changed
                    )
                )
            review = workspace.read(year_review, user, args.year, today)
        bureau = args.bureau or workspace.read(bureau_name) or ""
        title = review_title(bureau, args.year)
        if args.pdf:
            target = args.pdf
            path = render_star_review(review, args.pdf, bureau_name=bureau, issued_on=today)
            workspace.run(record_export, user, title, path, len(review.rows))
        if args.xlsx:
            target = args.xlsx
            path = write_star_review(review, args.xlsx, title)
            workspace.run(record_export, user, title, path, len(review.rows))
    except DuchaError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(
            _t("cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc)
        )
    if args.json:
        print(json.dumps(_as_json(review), ensure_ascii=False))
        return EXIT_OK
    _print(review)
    return EXIT_OK


def _as_json(review: Any) -> dict[str, Any]:
    s = review.settings
    return {
        "year": review.year,
        "as_of": review.as_of.isoformat(),
        "year_over": review.year_over,
        "provisional_months": [str(m) for m in review.provisional],
        "rule": {
            "excellent_needed": s.excellent_needed,
            "service_bands": [[b.from_years, b.level] for b in s.service_bands],
            "pay_mode": s.pay_mode,
            "pay": [str(s.pay(level)) for level in range(1, 6)],
        },
        "people": [
            {
                "staff_no": r.staff_no,
                "name": r.name,
                "unit": r.unit_name,
                "category": r.category.value,
                "service_years": r.service_years,
                "starting": r.starting,
                "level": r.level,
                "proposed": r.proposed,
                "change": r.change,
                "grades": [g.value if g else None for g in r.grades],
                "excellent": r.excellent,
                "fails": r.fails,
                "founded_complaints": r.founded_complaints,
                "training_met": r.training_met,
                "training_required": r.training_owed,
                "pay": str(s.pay(r.proposed)),
                "reasons": [reason.words() for reason in r.reasons],
                "state": r.state,
                "confirmed_by": r.confirmed_by or None,
            }
            for r in review.rows
        ],
    }


def _print(review: Any) -> None:
    print(
        _t("{year}: {n} people reviewed — {up} up, {down} down, {kept} kept").format(
            year=review.year,
            n=len(review.rows),
            up=review.count(1),
            down=review.count(-1),
            kept=review.count(0),
        )
    )
    if review.provisional:
        print(
            _t("Not final: months not finalised: {months}").format(
                months=", ".join(str(m) for m in review.provisional)
            )
        )
    for r in review.rows:
        print(
            f"{r.staff_no}\t{r.name}\t{r.unit_name}\t{r.level} → {r.proposed}\t"
            f"{r.pay_proposed}\t{r.reason_text}"
        )
