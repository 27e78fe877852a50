"""The contractor assessment's settings: the checklist, the deduction per finding, the
payment table and the elimination rule. One bureau-wide setting (``setting`` row
``contractors``, audited), edited by the 督察队长 in Settings → Contractors.

The default checklist is that of a street-cleaning and greenery contract (环卫保洁、绿化
养护) as bureaus assess it, including what Huancui's report names: the staff's tracks
(轨迹管理), the service delivered (服务内容) and how fast assigned problems are solved
(解决效率).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin
from db.settings import Setting
from glossary import Severity

_t = tr_context("contractors")

KEY = "contractors"
MAX_ITEM_POINTS = Decimal(100)
MAX_DEDUCTION = Decimal(100)


@dataclass(frozen=True)
class ChecklistItem:
    code: str  # stable key of the item within the checklist (C1, C2 …)
    name: str  # what is assessed, in the bureau's words
    max_points: Decimal  # 满分 of the item


@dataclass(frozen=True)
class PaymentBand:
    """A score of at least ``min_score`` is paid ``coefficient`` (0.98 = 98%) of the fee."""

    min_score: Decimal
    coefficient: Decimal


DEFAULT_CHECKLIST = (
    ChecklistItem("C1", "道路清扫保洁质量", Decimal(30)),
    ChecklistItem("C2", "垃圾清运及时率", Decimal(15)),
    ChecklistItem("C3", "绿化养护质量", Decimal(15)),
    ChecklistItem("C4", "人员在岗与轨迹管理", Decimal(15)),
    ChecklistItem("C5", "交办问题处置效率", Decimal(15)),
    ChecklistItem("C6", "安全生产与文明作业", Decimal(10)),
)

DEFAULT_BANDS = (
    PaymentBand(Decimal(95), Decimal("1.00")),
    PaymentBand(Decimal(90), Decimal("0.98")),
    PaymentBand(Decimal(80), Decimal("0.95")),
    PaymentBand(Decimal(0), Decimal("0.90")),
)

DEFAULT_DEDUCTIONS = {
    Severity.MINOR: Decimal(1),
    Severity.SERIOUS: Decimal(3),
    Severity.GRAVE: Decimal(5),
}


@dataclass(frozen=True)
class ContractorSettings:
    checklist: tuple[ChecklistItem, ...] = DEFAULT_CHECKLIST
    # Points off the month's score per finding on the company's staff, by severity.
    deductions: tuple[tuple[Severity, Decimal], ...] = tuple(DEFAULT_DEDUCTIONS.items())
    bands: tuple[PaymentBand, ...] = DEFAULT_BANDS
    # 考核淘汰: a warning once ``elimination_count`` months scored below
    # ``elimination_line`` within ``elimination_window`` consecutive months.
    elimination_line: Decimal = Decimal(80)
    elimination_count: int = 3
    elimination_window: int = 12

    def deduction_for(self, severity: Severity) -> Decimal:
        return dict(self.deductions).get(severity, Decimal(0))


def decimal_of(value: object) -> Decimal | None:
    """A finite Decimal from what a form or a file holds, or None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


# --- stored form ---------------------------------------------------------------------


def _as_json(s: ContractorSettings) -> dict[str, Any]:
    return {
        "checklist": [
            {"code": i.code, "name": i.name, "max": str(i.max_points)} for i in s.checklist
        ],
        "deductions": {sev.value: str(points) for sev, points in s.deductions},
        "bands": [{"min": str(b.min_score), "coefficient": str(b.coefficient)} for b in s.bands],
        "elimination": {
            "line": str(s.elimination_line),
            "count": s.elimination_count,
            "window": s.elimination_window,
        },
    }


def _from_json(value: Any) -> ContractorSettings:
    """The stored setting; a damaged part falls back to its default, never fails."""
    default = ContractorSettings()
    if not isinstance(value, dict):
        return default
    checklist = []
    for raw in value.get("checklist") or []:
        if isinstance(raw, dict):
            points = decimal_of(raw.get("max"))
            if points is not None and raw.get("code") and raw.get("name"):
                checklist.append(ChecklistItem(str(raw["code"]), str(raw["name"]), points))
    deductions = dict(DEFAULT_DEDUCTIONS)
    raw_deductions = value.get("deductions")
    if isinstance(raw_deductions, dict):
        for sev in Severity:
            points = decimal_of(raw_deductions.get(sev.value))
            if points is not None:
                deductions[sev] = points
    bands = []
    for raw in value.get("bands") or []:
        if isinstance(raw, dict):
            low, coefficient = decimal_of(raw.get("min")), decimal_of(raw.get("coefficient"))
            if low is not None and coefficient is not None:
                bands.append(PaymentBand(low, coefficient))
    elimination = value.get("elimination")
    elimination = elimination if isinstance(elimination, dict) else {}
    line = decimal_of(elimination.get("line"))
    try:
        count = int(elimination.get("count", default.elimination_count))
        window = int(elimination.get("window", default.elimination_window))
    except (TypeError, ValueError):
        count, window = default.elimination_count, default.elimination_window
    return ContractorSettings(
        checklist=tuple(checklist) or default.checklist,
        deductions=tuple(deductions.items()),
        bands=tuple(sorted(bands, key=lambda b: b.min_score, reverse=True)) or default.bands,
        elimination_line=default.elimination_line if line is None else line,
        elimination_count=count,
        elimination_window=window,
    )


def load_contractor_settings(session: Session) -> ContractorSettings:
    row = session.get(Setting, KEY)
    return ContractorSettings() if row is None else _from_json(row.value)


# --- checking and saving --------------------------------------------------------------


def validate_contractor_settings(s: ContractorSettings) -> list[FieldError]:
    errors: list[FieldError] = []
    if not s.checklist:
        errors.append(FieldError("checklist", _t("The checklist needs at least one item.")))
    codes: set[str] = set()
    for n, item in enumerate(s.checklist, start=1):
        if not item.name.strip():
            errors.append(
                FieldError(
                    "checklist", _t("Checklist line {n}: the item needs a name.").format(n=n)
                )
            )
        if not 0 < item.max_points <= MAX_ITEM_POINTS:
            errors.append(
                FieldError(
                    "checklist",
                    _t("Checklist line {n}: full marks are more than 0 and at most {max}.").format(
                        n=n, max=MAX_ITEM_POINTS
                    ),
                )
            )
        if item.code in codes:
            errors.append(
                FieldError(
                    "checklist",
                    _t("Checklist line {n}: the code {code} is used twice.").format(
                        n=n, code=item.code
                    ),
                )
            )
        codes.add(item.code)
    for _sev, points in s.deductions:
        if not 0 <= points <= MAX_DEDUCTION:
            errors.append(
                FieldError(
                    "deductions",
                    _t("A deduction per finding is between 0 and {max} points.").format(
                        max=MAX_DEDUCTION
                    ),
                )
            )
            break
    errors.extend(_band_errors(s.bands))
    if not 0 < s.elimination_line <= 100:
        errors.append(
            FieldError("elimination_line", _t("The elimination line is between 0 and 100."))
        )
    if not 1 <= s.elimination_window <= 60:
        errors.append(
            FieldError("elimination_window", _t("The window is between 1 and 60 months."))
        )
    if not 1 <= s.elimination_count <= s.elimination_window:
        errors.append(
            FieldError(
                "elimination_count",
                _t("The number of months is at least 1 and at most the window."),
            )
        )
    return errors


def _band_errors(bands: tuple[PaymentBand, ...]) -> list[FieldError]:
    errors: list[FieldError] = []
    lows = [b.min_score for b in bands]
    if not bands or min(lows) != 0:
        errors.append(
            FieldError(
                "bands",
                _t("The payment table needs a line from score 0, so that every score is paid."),
            )
        )
    if len(set(lows)) != len(lows):
        errors.append(FieldError("bands", _t("Two lines of the payment table start at one score.")))
    for n, b in enumerate(bands, start=1):
        if not 0 <= b.min_score <= 100:
            errors.append(
                FieldError(
                    "bands",
                    _t("Payment line {n}: the lowest score is between 0 and 100.").format(n=n),
                )
            )
        if not 0 <= b.coefficient <= Decimal("1.5"):
            errors.append(
                FieldError(
                    "bands",
                    _t("Payment line {n}: the share paid is between 0% and 150%.").format(n=n),
                )
            )
    ordered = sorted(bands, key=lambda b: b.min_score)
    if any(a.coefficient > b.coefficient for a, b in pairwise(ordered)):
        errors.append(
            FieldError("bands", _t("A higher score may not be paid a smaller share of the fee."))
        )
    return errors


def save_contractor_settings(
    session: Session,
    user: User,
    s: ContractorSettings,
    *,
    seen: ContractorSettings | None = None,
) -> ContractorSettings:
    """Save the settings. ``seen`` is what the form showed when loaded: if they changed
    since (on another desktop), nothing is written and the user is told."""
    require_admin(session, user)
    errors = validate_contractor_settings(s)
    if errors:
        raise ValidationError(errors)
    s = ContractorSettings(
        checklist=s.checklist,
        deductions=s.deductions,
        bands=tuple(sorted(s.bands, key=lambda b: b.min_score, reverse=True)),
        elimination_line=s.elimination_line,
        elimination_count=s.elimination_count,
        elimination_window=s.elimination_window,
    )
    # A row lock on PostgreSQL (SQLite's writing transaction excludes other writers) so
    # that two administrators saving at once are compared in turn.
    row = session.get(Setting, KEY, with_for_update=True)
    if seen is not None and load_contractor_settings(session) != _from_json(_as_json(seen)):
        raise Conflict(
            _t(
                "The contractor settings were changed on another desktop since you opened "
                "them. Nothing was saved: reload to see them, then try again."
            )
        )
    value = _as_json(s)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
    return s
