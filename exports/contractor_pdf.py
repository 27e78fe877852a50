"""The monthly contractor bulletin (服务外包企业考核情况通报): the month's scores of the
service contractors, the payment each earns, the deductions from findings on their staff
and the elimination warnings, on A4 under the bulletin masthead, closed by the issuing
unit and the date. A pure renderer: the month arrives gathered
(console.core.contractors.month), nothing here queries.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from console.core.contractors.month import ContractorMonth
from console.core.i18n import tr_context
from console.core.labels import label
from exports.bulletin_pdf import Masthead
from exports.pdf_common import (
    Column,
    PageFrame,
    Styles,
    build_pdf,
    content_width,
    data_table,
    fit_widths,
    make_styles,
    month_name,
    register_fonts,
    signature_block,
    title_paragraph,
)

_t = tr_context("contractor_report")


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def score_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def render_contractor_bulletin(
    data: ContractorMonth,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    fonts = register_fonts()
    styles = make_styles(fonts)
    width = content_width()
    month = data.month
    title = _t(
        "{bureau}: bulletin on the assessment of service contractors, {month_name} {year}"
    ).format(bureau=bureau_name, month_name=month_name(month.month), year=month.year)
    story: list[Flowable] = [
        Masthead(fonts, bureau_name, issued_on, month, width),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        styles.para(_t("To all service contractors and the departments concerned:"), styles.plain),
        styles.para(
            _t(
                "The service of the contractors in {month_name} {year} has been assessed; "
                "their payment is tied to the result. The results are published as follows."
            ).format(month_name=month_name(month.month), year=month.year)
        ),
        styles.para(_t("1. Overview"), styles.heading),
        *_overview(styles, data),
        styles.para(_t("2. Scores and payment"), styles.heading),
        *_scores(styles, data, width),
        styles.para(_t("3. Deductions from findings"), styles.heading),
        *_findings(styles, data, width),
        styles.para(_t("4. Elimination warnings"), styles.heading),
        *_warnings(styles, data),
        # The method and the signature stay together: a signature alone on a page is
        # no signature of the bulletin.
        KeepTogether(
            [
                styles.para(_t("5. How the score and the payment are formed"), styles.heading),
                *_rules(styles, data),
                Spacer(1, 14 * mm),
                signature_block(styles, bureau_name, issued_on),
            ]
        ),
    ]
    frame = PageFrame(issuer=bureau_name, issued_on=issued_on, running_title=title, fonts=fonts)
    return build_pdf(path, story, frame, title=title, subject=str(month))


def _overview(styles: Styles, data: ContractorMonth) -> list[Flowable]:
    assessed = [c for c in data.companies if c.score is not None]
    scores = [c.score for c in assessed if c.score is not None]
    average = sum(scores, Decimal(0)) / len(scores) if scores else None
    text = _t(
        "{n} companies under contract; {assessed} assessed, with an average score of "
        "{average}. Monthly fees come to {fee} yuan; {payment} yuan is to be paid. "
        "{warnings} companies are under an elimination warning."
    ).format(
        n=len(data.companies),
        assessed=len(assessed),
        average="—" if average is None else score_text(average.quantize(Decimal("0.01"))),
        fee=money(data.fee),
        payment=money(data.payment),
        warnings=len(data.warnings),
    )
    missing = [c.name for c in data.companies if c.score is None]
    out: list[Flowable] = [styles.para(text)]
    if missing:
        out.append(
            styles.para(
                _t("Not yet assessed, and so not yet paid: {names}.").format(
                    names=_t(", ").join(missing)
                )
            )
        )
    return out


def _scores(styles: Styles, data: ContractorMonth, width: float) -> list[Flowable]:
    columns = fit_widths(
        [
            Column(_t("Company"), 150, wrap=True),
            Column(_t("Checklist"), 52, numeric=True),
            Column(_t("Deductions"), 52, numeric=True),
            Column(_t("Score"), 48, numeric=True),
            Column(_t("Coefficient"), 52, numeric=True),
            Column(_t("Monthly fee (yuan)"), 80, numeric=True),
            Column(_t("Payment (yuan)"), 80, numeric=True),
        ],
        width,
    )
    ranked = sorted(data.companies, key=lambda c: (c.score is None, -(c.score or 0), c.name))
    rows = [
        [
            c.name,
            score_text(c.checklist_score),
            score_text(c.deductions) if c.assessed else "",
            score_text(c.score) if c.assessed else _t("Not assessed"),
            percent(c.coefficient),
            money(c.fee),
            money(c.payment),
        ]
        for c in ranked
    ]
    rows.append([_t("Total"), "", "", "", "", money(data.fee), money(data.payment)])
    muted = [i for i, c in enumerate(ranked) if not c.assessed]
    return [data_table(styles, columns, rows, total_row=True, muted=muted)]


def _findings(styles: Styles, data: ContractorMonth, width: float) -> list[Flowable]:
    found = [(c.name, f) for c in data.companies for f in c.findings]
    if not found:
        return [styles.para(_t("No finding on contractor staff this month."))]
    columns = fit_widths(
        [
            Column(_t("Date"), 60, centred=True),
            Column(_t("Company"), 120, wrap=True),
            Column(_t("Person"), 60),
            Column(_t("Problem"), 110, wrap=True),
            Column(_t("Severity"), 45, centred=True),
            Column(_t("Points"), 40, numeric=True),
        ],
        width,
    )
    rows = [
        [
            f.found_date.isoformat(),
            name,
            f.person_name,
            f.topic,
            label(f.severity),
            f"-{f.points:g}",
        ]
        for name, f in found
    ]
    return [data_table(styles, columns, rows)]


def _warnings(styles: Styles, data: ContractorMonth) -> list[Flowable]:
    s = data.settings
    if not data.warnings:
        return [
            styles.para(
                _t("No company scored below {line} in {count} of the last {window} months.").format(
                    line=f"{s.elimination_line:g}",
                    count=s.elimination_count,
                    window=s.elimination_window,
                )
            )
        ]
    return [
        styles.para(
            _t(
                "{name} scored below {line} in {count} of the last {window} months ({months}): "
                "the elimination procedure of its contract applies."
            ).format(
                name=c.name,
                line=f"{s.elimination_line:g}",
                count=len(c.months_below),
                window=s.elimination_window,
                months=_t(", ").join(str(m) for m in c.months_below),
            )
        )
        for c in data.warnings
    ]


def _rules(styles: Styles, data: ContractorMonth) -> list[Flowable]:
    s = data.settings
    ordered = sorted(s.bands, key=lambda b: b.min_score, reverse=True)
    texts = [
        _t("from {low}: {share}").format(low=f"{b.min_score:g}", share=percent(b.coefficient))
        for b in ordered
    ]
    if len(ordered) > 1 and ordered[-1].min_score <= 0:
        # The bottom band reads as what it is, "below 80", not "from 0".
        texts[-1] = _t("below {line}: {share}").format(
            line=f"{ordered[-2].min_score:g}", share=percent(ordered[-1].coefficient)
        )
    bands = _t("; ").join(texts)
    deductions = _t(", ").join(
        _t("{severity} {points}").format(severity=label(sev), points=f"{pts:g}")
        for sev, pts in s.deductions
    )
    return [
        styles.para(
            _t(
                "Score = 100 × the points given on the checklist ÷ its full marks, less the "
                "points for each finding on the company's staff ({deductions}), never below 0. "
                "The payment coefficient follows the score ({bands}); the payment is the "
                "monthly fee × the coefficient, rounded to the fen."
            ).format(deductions=deductions, bands=bands)
        )
    ]
