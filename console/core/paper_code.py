"""The verification code printed on a bulletin (核验码): the signed paper as an anchor.

Printing a monthly bulletin records a ``bulletin_print`` event in the audit chain with a
short code, ``XXXX-XXXX-XXXX`` (12 base32 characters, 60 bits):

    code = SHA-256("ducha-paper-code-1\\n{month digest}\\n{head id}\\n{head hash}")

where the month digest is the month as printed (its seal when finalised:
console.core.seal) and the head is the audit chain's newest row when the bulletin was
printed. The event keeps what is needed to check the code later: the month, its
digests and the head.

Checking a code (``check_code``) finds its print event, checks that the head it was
anchored to is still in the chain with the same hash, recomputes the month's digest
from the database, and recomputes the code from the two. A chain rewritten after
printing changes the head's hash, and an edited month changes its digest: either way
the recomputed code is not the one on the paper the leader signed, and finding another
month or chain that gives the same code takes about 2^60 tries.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.seal import MonthDigest, Part, broken_message, month_digest, seal_status
from db.audit import GENESIS, AuditLog, chain_head, record_event
from glossary import YearMonth

_t = tr_context("paper_code")

PRINT_SUBJECT = "bulletin_print"
SCHEME = 1
LENGTH = 12
_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
# What is misread from paper: base32 has no 0, 1 or 8.
_MISREAD = str.maketrans({"0": "O", "1": "I", "8": "B"})


def make_code(month_seal: str, head_id: int, head_hash: str) -> str:
    text = f"ducha-paper-code-{SCHEME}\n{month_seal}\n{head_id}\n{head_hash}"
    raw = hashlib.sha256(text.encode("utf-8")).digest()
    letters = base64.b32encode(raw[:10]).decode("ascii")[:LENGTH]
    return "-".join(letters[i : i + 4] for i in range(0, LENGTH, 4))


def normalise_code(text: str) -> str:
    """The code as typed (any case, with or without dashes or spaces) in its printed
    form; ValidationError when it cannot be a code."""
    letters = "".join(ch for ch in text.upper() if ch not in " -\t").translate(_MISREAD)
    if len(letters) != LENGTH or not set(letters) <= _ALPHABET:
        raise ValidationError(
            [
                FieldError(
                    "code",
                    _t(
                        "A verification code has 12 letters and digits, printed as "
                        "XXXX-XXXX-XXXX (digits 2 to 7 only)."
                    ),
                )
            ]
        )
    return "-".join(letters[i : i + 4] for i in range(0, LENGTH, 4))


@dataclass(frozen=True)
class IssuedCode:
    code: str
    month: YearMonth
    final: bool
    head: tuple[int, str]


def issue_code(session: Session, month: YearMonth, *, final: bool) -> IssuedCode:
    """The code for a bulletin of ``month`` printed now, recorded in the chain (this is
    also the audited print event). ``final``: printed as finalised (its seal held)."""
    digest = month_digest(session, month)
    head = chain_head(session) or (0, GENESIS)
    code = make_code(digest.seal, *head)
    record_event(
        session,
        PRINT_SUBJECT,
        {
            "document": "monthly_bulletin",
            "scheme": SCHEME,
            "code": code,
            "month": str(month),
            "version": digest.version,
            "final": final,
            "head": f"{head[0]}:{head[1]}",
            "seal": digest.seal,
            "results": digest.results,
            "entries": digest.entries,
            "lock": digest.lock,
        },
    )
    return IssuedCode(code, month, final, head)


@dataclass(frozen=True)
class CodeCheck:
    """What checking a paper code found. ``problems`` are sentences for the user."""

    code: str
    found: bool
    month: YearMonth | None = None
    version: int | None = None
    final: bool = False
    printed_at: datetime | None = None  # UTC, as the audit log stores it
    printed_by: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.found and not self.problems


def _print_event(session: Session, code: str) -> tuple[Any, dict[str, Any]] | None:
    rows = session.execute(
        select(AuditLog.id, AuditLog.at, AuditLog.username, AuditLog.after)
        .where(AuditLog.table_name == PRINT_SUBJECT)
        .order_by(AuditLog.id)
    ).all()
    for row in rows:
        try:
            details = json.loads(row.after or "null")
        except ValueError:
            continue
        if isinstance(details, dict) and details.get("code") == code:
            return row, details
    return None


def _head(details: dict[str, Any]) -> tuple[int, str] | None:
    audit_id, _, digest = str(details.get("head", "")).partition(":")
    return (int(audit_id), digest) if audit_id.isdigit() and len(digest) == 64 else None


def _current_hash(session: Session, audit_id: int) -> str | None:
    if audit_id == 0:
        return GENESIS
    return session.scalar(select(AuditLog.hash).where(AuditLog.id == audit_id))


def check_code(session: Session, text: str) -> CodeCheck:
    """Check a printed bulletin's code against the database (reads only)."""
    code = normalise_code(text)
    found = _print_event(session, code)
    if found is None:
        return CodeCheck(
            code,
            False,
            problems=[
                _t(
                    "No bulletin with the code {code} was printed from this database. Either "
                    "the code is mistyped, the bulletin came from another database, or the "
                    "record of its printing has been removed."
                ).format(code=code)
            ],
        )
    row, details = found
    problems: list[str] = []
    try:
        month = YearMonth.parse(str(details.get("month")))
    except ValueError:
        month = None
    head = _head(details)
    if (
        month is None
        or head is None
        or details.get("code") != make_code(str(details.get("seal")), *head)
    ):
        problems.append(_t("The record of this bulletin's printing has been altered."))
        return CodeCheck(code, True, month, printed_at=row.at, problems=problems)
    version = details.get("version")
    final = bool(details.get("final"))
    current = _current_hash(session, head[0])
    if current is None:
        problems.append(
            _t(
                "The audit log has been cut since this bulletin was printed: the entry it "
                "was anchored to (no. {id}) is gone."
            ).format(id=head[0])
        )
    elif current != head[1]:
        problems.append(
            _t(
                "The audit log has been rewritten since this bulletin was printed: the "
                "entry it was anchored to (no. {id}) no longer has the same content."
            ).format(id=head[0])
        )
    now = month_digest(session, month)
    if make_code(now.seal, head[0], current or "") != code:
        problems.extend(_changed_parts(now, details, month))
    if final:
        status = seal_status(session, month)
        if status.broken:
            problems.append(broken_message(month, status.differs))
    return CodeCheck(
        code,
        True,
        month,
        version if isinstance(version, int) else None,
        final,
        row.at,
        row.username,
        _dedupe(problems),
    )


def _changed_parts(now: MonthDigest, printed: dict[str, Any], month: YearMonth) -> list[str]:
    words = {
        Part.RESULTS: _t("The saved results of {month} have changed since it was printed."),
        Part.ENTRIES: _t("The entries of {month} have changed since it was printed."),
        Part.LOCK: _t(
            "The finalisation of {month} has changed since it was printed (reopened, "
            "finalised again, or its lock altered)."
        ),
    }
    differs = now.differs_from(printed)
    if not differs:
        return []
    return [words[p].format(month=month) for p in differs]


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def describe(result: CodeCheck) -> list[str]:
    """The outcome in sentences: what was printed, then what holds or what failed."""
    lines: list[str] = []
    if result.found and result.month is not None:
        kind = _t("finalised") if result.final else _t("provisional")
        lines.append(
            _t("Code {code}: the {kind} bulletin of {month}, printed {at} by {who}.").format(
                code=result.code,
                kind=kind,
                month=result.month,
                at=result.printed_at.strftime("%Y-%m-%d %H:%M UTC") if result.printed_at else "",
                who=result.printed_by or "",
            )
        )
    lines.extend(result.problems)
    if result.ok:
        lines.append(
            _t(
                "Verified: the month's figures and the audit log are as they were when this "
                "bulletin was printed."
            )
        )
    else:
        lines.append(_t("NOT verified: the printed bulletin does not match the database."))
    return lines
