"""The year's star-level review as an Excel sheet, through the one sheet writer
(exports.table_xlsx): one row per person, numbers as numbers, the reasons in words."""

from __future__ import annotations

import os
from pathlib import Path

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.star_levels.review import CONFIRMED, StarReview
from exports.star_review_pdf import change_text, training_text
from exports.table_xlsx import write_table

_t = tr_context("star_levels")


def write_star_review(review: StarReview, path: str | os.PathLike[str], title: str) -> Path:
    headers = [
        _t("Staff no."),
        _t("Name"),
        _t("Unit"),
        _t("Category"),
        _t("Years of service"),
        _t("Excellent"),
        _t("Fail"),
        _t("Complaints"),
        _t("Training"),
        _t("Level"),
        _t("New level"),
        _t("Change"),
        _t("Pay tier"),
        _t("Reason"),
        _t("Confirmed"),
    ]
    formats = [None, None, None, None, "0", "0", "0", "0", None, "0", "0", None, None, None, None]
    rows = [
        [
            r.staff_no,
            r.name,
            r.unit_name,
            label(r.category),
            r.service_years,
            r.excellent,
            r.fails,
            r.founded_complaints,
            training_text(r),
            r.level,
            r.proposed,
            change_text(r),
            r.pay_proposed,
            r.reason_text,
            r.confirmed_by if r.state == CONFIRMED else "",
        ]
        for r in review.rows
    ]
    return write_table(path, title, headers, formats, rows, sheet=str(review.year))
