"""Sealed months: a finalised month's figures, fixed in the audit chain.

Finalising a month writes its seal into the chain (``record_event``, subject
``month_seal``): one SHA-256 digest of each of the three things that make the month —

- **results**: the saved ranking (``monthly_result`` rows of the finalised version);
- **entries**: every point entry dated in the month, with the fields that decide points;
- **lock**: the month's lock row (who finalised it, when, which version, locked or not);

and the seal, a digest of those three. Reopening records that the seal is lifted; a new
finalising seals the new version. ``seal_status`` recomputes the three digests from the
database and compares them with the seal: a finalised month whose data no longer match
is BROKEN (and says which of the three differ), and is never shown as final.

The serialisation is canonical, so that the same month gives the same digests on SQLite
and PostgreSQL, today and in ten years:

- each part is the SHA-256 of its rows, one line per row, in the order given below;
- a line is the row's values joined by a tab and ended by ``\\n``, in UTF-8;
- integers in decimal; amounts as whole cents (the database rounds ``amount × 100``, so
  "-3.50" is -350 whatever the database's decimal type); a date of entry as its day of
  the month (the month is fixed); enums as their stored value; a missing value as
  ``\\N``; the lock row, one line only, is the JSON array of its values
  (``separators=(",", ":")``), its time the stored UTC time in ISO 8601, its month the
  integer yyyymm;
- results: (person_id, unit_id, base_score, awards, deductions, total, rank, unit_rank,
  grade, stars) of the version's rows, sorted by person_id;
- entries: (id, person_id, unit_id, day, rule_id, quantity, points, status) of every
  point entry dated in the month, whatever its status, sorted by id;
- lock: (id, period, version, locked, locked_by_id, locked_at) of the month's latest
  lock row (no line when there is none);
- the seal: SHA-256 of these six lines joined by ``\\n``: ``ducha-month-seal-1``, the
  month (yyyymm), the version, and the three hex digests (results, entries, lock).

Amounts and days are computed by the database and every value read without the ORM's
type conversion: the entries of a month of a large bureau (tens of thousands) are
digested in a fraction of a second, so the check runs whenever a month is shown.

The digests are always computed from rows read back from the database, never from the
objects in memory, so that what is sealed is what was stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import (
    Integer,
    ScalarResult,
    String,
    cast,
    extract,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from console.core.i18n import tr_context
from db.audit import AuditLog, record_event
from db.scoring import MonthlyResult, PeriodLock, PointEvent
from glossary import EventStatus, YearMonth

_t = tr_context("seal")

SEAL_SUBJECT = "month_seal"
SCHEME = 1
LINES_AT_ONCE = 4000  # lines read and hashed at a time (see _lines_digest)
_CENT = Decimal("0.01")


class SealState(StrEnum):
    SEALED = "sealed"  # finalised, and its data match the seal
    BROKEN = "broken"  # finalised (or sealed) once, and its data no longer match
    NOT_FINAL = "not_final"  # not finalised (never, or reopened with the seal lifted)


class Part(StrEnum):
    """What a broken seal names as differing."""

    RESULTS = "results"  # the saved results
    ENTRIES = "entries"  # the month's point entries
    LOCK = "lock"  # the lock row (cleared, removed, or another version)
    SEAL = "seal"  # no seal recorded for the finalised version


@dataclass(frozen=True)
class MonthDigest:
    month: YearMonth
    version: int | None
    results: str
    entries: str
    lock: str

    @property
    def seal(self) -> str:
        text = "\n".join(
            [
                f"ducha-month-seal-{SCHEME}",
                str(self.month.to_int()),
                "" if self.version is None else str(self.version),
                self.results,
                self.entries,
                self.lock,
            ]
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def differs_from(self, recorded: dict[str, Any]) -> tuple[Part, ...]:
        return tuple(
            part
            for part, mine in (
                (Part.RESULTS, self.results),
                (Part.ENTRIES, self.entries),
                (Part.LOCK, self.lock),
            )
            if recorded.get(part.value) != mine
        )


@dataclass(frozen=True)
class SealStatus:
    month: YearMonth
    state: SealState
    version: int | None  # the finalised version the seal is for
    differs: tuple[Part, ...] = ()  # when BROKEN: what no longer matches

    @property
    def final(self) -> bool:
        return self.state is SealState.SEALED

    @property
    def broken(self) -> bool:
        return self.state is SealState.BROKEN


# --- the canonical serialisation -----------------------------------------------------
def _canonical(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | float):
        amount = Decimal(str(value)).quantize(_CENT)
        return "0.00" if amount == 0 else format(amount, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, YearMonth):
        return value.to_int()
    raise TypeError(f"no canonical form for {type(value).__name__}")


def _digest(rows: Iterable[Sequence[Any]]) -> str:
    """The lock row's digest: one JSON line per row (see the module's notes)."""
    h = hashlib.sha256()
    for row in rows:
        line = json.dumps([_canonical(v) for v in row], ensure_ascii=False, separators=(",", ":"))
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _line(*columns: Any) -> Any:
    """One row as its canonical line, built by the database itself (``||`` on SQLite and
    PostgreSQL alike): values as text joined by tabs, ``\\N`` for a missing one. Tens of
    thousands of entries then cost one short string each to read."""
    parts = [func.coalesce(cast(c, String), literal(r"\N", String)) for c in columns]
    line: Any = parts[0]
    for part in parts[1:]:
        line = line + literal("\t", String) + part
    return line


def _lines_digest(lines: ScalarResult[str]) -> str:
    """The digest of these lines, each ended by a newline.

    Read in parts of a few thousand: the database driver's row building holds Python's
    interpreter lock for as long as it runs, and a month's 70,000 lines at once froze the
    window for a tenth of a second while a page read a finalised month on a worker."""
    h = hashlib.sha256()
    for part in lines.partitions(LINES_AT_ONCE):
        h.update("\n".join(part).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _cents(column: Any) -> Any:
    """An amount as whole cents, computed alike by SQLite and PostgreSQL."""
    return cast(func.round(column * 100), Integer)


def _text(column: Any) -> Any:
    """A stored enum or text read as stored (no conversion to a Python enum)."""
    return type_coerce(column, String)


def _latest_lock(session: Session, month: YearMonth) -> Any:
    return (
        session.connection()
        .execute(
            select(
                PeriodLock.id,
                PeriodLock.period,
                PeriodLock.version,
                PeriodLock.locked,
                PeriodLock.locked_by_id,
                PeriodLock.locked_at,
            )
            .where(PeriodLock.period == month)
            .order_by(PeriodLock.version.desc(), PeriodLock.id.desc())
            .limit(1)
        )
        .first()
    )


def results_digest(session: Session, month: YearMonth, version: int | None) -> str:
    if version is None:
        return hashlib.sha256().hexdigest()  # no lines
    r = MonthlyResult
    line = _line(
        r.person_id,
        r.unit_id,
        _cents(r.base_score),
        _cents(r.awards),
        _cents(r.deductions),
        _cents(r.total),
        r.rank,
        r.unit_rank,
        _text(r.grade),
        _text(r.stars),
    )
    lines = session.connection().scalars(
        select(line).where(r.period == month, r.version == version).order_by(r.person_id, r.id)
    )
    return _lines_digest(lines)


def entries_digest(session: Session, month: YearMonth) -> str:
    e = PointEvent
    line = _line(
        e.id,
        e.person_id,
        e.unit_id,
        cast(extract("day", e.event_date), Integer),
        e.rule_id,
        _cents(e.quantity),
        _cents(e.points),
        _text(e.status),
    )
    lines = session.connection().scalars(
        select(line)
        .where(
            # Every status, named: the ranking index leads with the status, so the
            # month is read as a few index ranges rather than the whole table.
            e.status.in_(list(EventStatus)),
            e.event_date >= month.first_day,
            e.event_date <= month.last_day,
        )
        .order_by(e.id)
    )
    return _lines_digest(lines)


def month_digest(session: Session, month: YearMonth) -> MonthDigest:
    """The month as the database holds it now: its latest lock row, that version's saved
    results, and its entries."""
    lock = _latest_lock(session, month)
    version = None if lock is None else lock.version
    return MonthDigest(
        month,
        version,
        results_digest(session, month, version),
        entries_digest(session, month),
        _digest([] if lock is None else [tuple(lock)]),
    )


# --- sealing and lifting -----------------------------------------------------------------
def seal_month(session: Session, month: YearMonth, *, at_upgrade: bool = False) -> MonthDigest:
    """Write the month's seal into the audit chain (called by finalising, after the lock
    row and the results are flushed; and once by the upgrade, ``seal_unsealed_months``)."""
    session.flush()
    digest = month_digest(session, month)
    details: dict[str, Any] = {
        "month": str(month),
        "version": digest.version,
        "state": "sealed",
        "scheme": SCHEME,
        "results": digest.results,
        "entries": digest.entries,
        "lock": digest.lock,
        "seal": digest.seal,
    }
    if at_upgrade:
        details["sealed_at"] = "upgrade"  # finalised by an earlier version, sealed as found
    record_event(session, SEAL_SUBJECT, details)
    return digest


def seal_unsealed_months(session: Session) -> list[YearMonth]:
    """Seal every finalised month that has never had a seal: only the schema upgrade that
    brought seals calls this (months finalised by earlier versions). A month with any seal
    event, sealed or lifted, is left alone."""
    done = []
    for month in sorted(set(session.scalars(select(PeriodLock.period).distinct()))):
        lock = _latest_lock(session, month)
        if lock is not None and lock.locked and recorded_seal(session, month) is None:
            seal_month(session, month, at_upgrade=True)
            done.append(month)
    return done


def lift_seal(session: Session, month: YearMonth, version: int, reason: str) -> None:
    """Record that the month's seal is lifted: it was reopened, on purpose, by the app."""
    record_event(
        session,
        SEAL_SUBJECT,
        {"month": str(month), "version": version, "state": "lifted", "reason": reason},
    )


def recorded_seal(session: Session, month: YearMonth) -> dict[str, Any] | None:
    """The month's latest seal event (sealed or lifted), as recorded in the chain."""
    found: dict[str, Any] | None = None
    key = str(month)
    rows = session.connection().execute(
        select(AuditLog.after).where(AuditLog.table_name == SEAL_SUBJECT).order_by(AuditLog.id)
    )
    for (after,) in rows:
        try:
            details = json.loads(after or "null")
        except ValueError:
            continue  # not ours to judge here: the chain check names an altered row
        if isinstance(details, dict) and details.get("month") == key:
            found = details
    return found


def seal_status(session: Session, month: YearMonth) -> SealStatus:
    """Recompute the month's digests and compare them with its seal.

    SEALED: locked, and every part matches the seal of its version. NOT_FINAL: not
    locked, and any seal was lifted by a reopening. Anything else is BROKEN: a lock
    cleared or removed behind the app's back, a locked month with no seal, or saved
    results, entries or lock row changed since the seal.
    """
    lock = _latest_lock(session, month)
    seal = recorded_seal(session, month)
    sealed = seal is not None and seal.get("state") == "sealed"
    if lock is None or not lock.locked:
        if sealed:
            assert seal is not None
            return SealStatus(month, SealState.BROKEN, seal.get("version"), (Part.LOCK,))
        return SealStatus(month, SealState.NOT_FINAL, None if lock is None else lock.version)
    if not sealed or seal is None:
        return SealStatus(month, SealState.BROKEN, lock.version, (Part.SEAL,))
    digest = month_digest(session, month)
    differs = digest.differs_from(seal)
    if seal.get("version") != lock.version and Part.LOCK not in differs:
        differs = (*differs, Part.LOCK)
    if differs:
        return SealStatus(month, SealState.BROKEN, lock.version, differs)
    return SealStatus(month, SealState.SEALED, lock.version)


def sealed_months(session: Session) -> list[YearMonth]:
    """Every month that has been finalised or sealed at some time: a lock row, or a seal
    in the chain (whose lock row may since have been deleted)."""
    months = set(session.scalars(select(PeriodLock.period).distinct()))
    rows = session.execute(select(AuditLog.after).where(AuditLog.table_name == SEAL_SUBJECT))
    for (after,) in rows:
        try:
            months.add(YearMonth.parse(str(json.loads(after or "{}").get("month"))))
        except (ValueError, AttributeError):
            continue
    return sorted(months)


def broken_seals(session: Session) -> list[SealStatus]:
    """The months whose data no longer match their seal (``ducha audit verify``)."""
    found = []
    for month in sealed_months(session):
        status = seal_status(session, month)
        if status.broken:
            found.append(status)
    return found


# --- in words ------------------------------------------------------------------------------
def part_words(differs: Sequence[Part]) -> str:
    """What differs, in the user's language: "the saved results, the month's entries"."""
    words = {
        Part.RESULTS: _t("the saved results"),
        Part.ENTRIES: _t("the month's entries"),
        Part.LOCK: _t("the month's lock"),
        Part.SEAL: _t("no seal was recorded when it was finalised"),
    }
    return _t(", ").join(words[p] for p in differs)


def broken_message(month: YearMonth, differs: Sequence[Part]) -> str:
    return _t(
        "{month} was finalised, but its data no longer match its seal ({what}): they were "
        "changed outside Ducha. Its results are not final; an administrator should "
        "investigate, then reopen and finalise it again."
    ).format(month=month, what=part_words(differs))
