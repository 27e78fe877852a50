"""The payment sheet for finance (外包服务费支付表): one row per contract running in the
month — the company, the contract, its monthly fee, the month's score, the payment
coefficient and the amount to pay, to the fen — and a total. Written by the shared sheet
writer (exports/table_xlsx.py); the figures arrive gathered (console.core.contractors.month).
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from console.core.contractors.month import ContractorMonth
from console.core.i18n import tr_context
from exports.table_xlsx import write_table

_t = tr_context("contractor_report")

MONEY, SCORE, SHARE = "#,##0.00", "0.00", "0%"


def payment_sheet_title(month: ContractorMonth) -> str:
    return _t("Contractor payment sheet, {month}").format(month=month.month)


def _money(value: Decimal | None) -> float | None:
    # Excel holds numbers as doubles; two decimals survive the trip exactly as shown.
    return None if value is None else float(value)


def payment_rows(month: ContractorMonth) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for c in month.companies:
        if not c.assessed:
            remark = _t("Not assessed: no payment yet")
        elif c.warning:
            remark = _t("Elimination warning")
        else:
            remark = ""
        for k in c.contracts:
            rows.append(
                [
                    c.name,
                    k.contract_no,
                    k.service,
                    _money(k.monthly_fee),
                    _money(c.score),
                    _money(c.coefficient),
                    _money(k.payment),
                    remark,
                ]
            )
    rows.append([_t("Total"), "", "", _money(month.fee), None, None, _money(month.payment), ""])
    return rows


def write_payment_sheet(month: ContractorMonth, path: str | os.PathLike[str]) -> Path:
    headers = [
        _t("Company"),
        _t("Contract no."),
        _t("Service"),
        _t("Monthly fee (yuan)"),
        _t("Score"),
        _t("Coefficient"),
        _t("Payment (yuan)"),
        _t("Remark"),
    ]
    formats = [None, None, None, MONEY, SCORE, SHARE, MONEY, None]
    return write_table(
        path,
        payment_sheet_title(month),
        headers,
        formats,
        payment_rows(month),
        sheet=_t("Payment {month}").format(month=month.month),
    )
