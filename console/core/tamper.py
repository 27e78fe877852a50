"""Is every record as the audit log says it is? The state check of ``ducha audit verify``.

The chain (``db.audit.verify_chain``) proves the log itself was not edited; this proves
the records were not edited past it. Folding the log gives each audited record's last
image: the flush hook's insert snapshot or a bulk batch's image, updated field by field by
later changes, a delete meaning the record must be gone. Each record as stored now is read
with the reader that made the bulk images (``db.audit_images``) and compared with it: a
difference is a change made outside the application, a record without an image one added
outside it, an image without a record one deleted outside it.

Derived data is recomputed instead of logged: ``point_tally`` (the per month, person and
rule sums the triggers keep, which the ranking reads) must equal the sums of the approved
entries. The association tables (inspected units and people, case-file handlers) are
compared as their owners' member lists, which the owners' images hold.

Speed: most records of a large bureau (point entries, attendance, monthly results) were
written in bulk and never touched again. Their images are kept only as a 64-bit hash in
an array indexed by id while the log is folded; the record read back is hashed the same
way, and only a mismatch is looked at field by field, in a second pass over the log.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Literal

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Numeric, func, select, text
from sqlalchemy.orm import Session

from db.audit import AuditLog, ChainBreak, verify_chain
from db.audit_images import Shape, read_batches, read_images, shapes
from glossary import AuditAction

Kind = Literal["changed", "added", "deleted"]

# The differences kept with their details; beyond it they are only counted.
KEPT = 1000

_DELETED: dict[str, Any] = {}  # the folded image of a record the log deleted (by identity)


@dataclass(frozen=True)
class Difference:
    """One record found otherwise than the log says: ``field`` (with the value the log
    expects and the value found) for a changed record, None for one added or deleted."""

    table: str
    key: Any
    kind: Kind
    field: str | None = None
    expected: Any = None
    found: Any = None


@dataclass
class StateCheck:
    records: int = 0  # records compared
    logged: int = 0  # audit rows holding images or changes of records
    differences: list[Difference] = field(default_factory=list)
    total: int = 0  # all differences, kept or only counted
    # Records per table that exist without any image in the log: all of them when the
    # log was emptied.
    unlogged: dict[str, int] = field(default_factory=dict)
    # Records per table loaded in bulk by an earlier version, whose log rows hold only a
    # count: they cannot be compared, and are not taken for tampering (up to that count).
    unverifiable: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.total == 0

    @property
    def log_missing(self) -> bool:
        """Records exist, yet the log holds nothing about any record."""
        return self.logged == 0 and self.records > 0

    def add(self, difference: Difference) -> None:
        self.total += 1
        if len(self.differences) < KEPT:
            self.differences.append(difference)

    def count(self, n: int) -> None:
        """Differences beyond those kept: counted only."""
        self.total += n


def one_snapshot(session: Session) -> None:
    """Read the log and the records as of one moment: another desktop saving meanwhile
    must not look like a record changed past its log. (SQLite's reading transaction is
    a snapshot already; PostgreSQL's default gives each statement its own.)"""
    if session.get_bind().dialect.name == "postgresql" and not session.in_transaction():
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def check_state(session: Session) -> StateCheck:
    """Compare every audited record, and the derived tallies, with the audit log."""
    one_snapshot(session)
    result = StateCheck()
    for shape in shapes().values():
        _check_table(session, shape, result)
    _check_tally(session, result)
    return result


# --- folding the log ----------------------------------------------------------------------


def _hashable(shape: Shape) -> bool:
    """Records whose image hashes as a tuple: no member lists, no JSON values."""
    return not shape.memberships and not any(
        isinstance(shape.table.c[name].type, JSON) for name in shape.columns
    )


class _Hashes:
    """Bulk images as (column set, hash) by integer key, in two flat arrays up to ``cap``;
    keys outside it (a negative id, or one set far above the others behind the app's back)
    go to a dictionary, so that no id can make the check allocate beyond the table's size."""

    def __init__(self, size: int, cap: int) -> None:
        self.cap = cap
        size = min(size, cap)
        self.hash = array("q", bytes(8 * size))
        self.colset = array("h", bytes(2 * size))  # 0: no image; else column set + 1
        self.over: dict[int, tuple[int, int]] = {}
        self.count = 0

    def _grow(self, key: int) -> None:
        more = key + 1 - len(self.hash)
        if more > 0:
            more = min(max(more, len(self.hash) // 2), self.cap - len(self.hash))
            self.hash.extend(array("q", bytes(8 * more)))
            self.colset.extend(array("h", bytes(2 * more)))

    def _in_arrays(self, key: int) -> bool:
        return 0 <= key < self.cap

    def put(self, key: int, colset: int, digest: int) -> None:
        if not self._in_arrays(key):
            if key not in self.over:
                self.count += 1
            self.over[key] = (colset, digest)
            return
        self._grow(key)
        if not self.colset[key]:
            self.count += 1
        self.colset[key] = colset + 1
        self.hash[key] = digest

    def take(self, key: int) -> tuple[int, int] | None:
        if not self._in_arrays(key):
            taken = self.over.pop(key, None)
            if taken is not None:
                self.count -= 1
            return taken
        if key >= len(self.colset) or not self.colset[key]:
            return None
        colset = self.colset[key] - 1
        self.colset[key] = 0
        self.count -= 1
        return colset, self.hash[key]

    def remaining(self) -> Iterator[int]:
        if self.count:
            for key, colset in enumerate(self.colset):
                if colset:
                    yield key
            yield from self.over


@dataclass
class _Fold:
    full: dict[Any, dict[str, Any]] = field(default_factory=dict)
    hashes: _Hashes | None = None
    colsets: list[tuple[str, ...]] = field(default_factory=list)
    logged: int = 0
    legacy: int = 0  # records loaded in bulk by an earlier version (only counted)


def _log_rows(session: Session, table: str) -> Iterator[Any]:
    """The table's audit rows in order, streamed a few at a time: a bulk row holds ten
    thousand images (about 1.5 MB)."""
    query = (
        select(AuditLog.id, AuditLog.action, AuditLog.row_id, AuditLog.before, AuditLog.after)
        .where(AuditLog.table_name == table)
        .order_by(AuditLog.id)
        .execution_options(yield_per=16)
    )
    yield from session.execute(query)


def _is_bulk(after: dict[str, Any] | None) -> bool:
    return bool(after) and "rows" in after and "columns" in after  # type: ignore[operator]


def _row_key(shape: Shape, row_id: int | None, before: Any, after: Any) -> Any:
    if row_id is not None:
        return row_id
    for image in (after, before):
        if isinstance(image, dict) and shape.key in image:
            return image[shape.key]
    return None


def _fold(session: Session, shape: Shape, wanted: set[Any] | None = None) -> _Fold:
    """The log's last image of each record. ``wanted``: only those keys, all in full (the
    second pass, for the records whose hash differed)."""
    fold = _Fold()
    hashing = wanted is None and _hashable(shape)
    if hashing:
        # Records the flush hook ever wrote (row_id set) are kept in full: their changes
        # apply field by field to the image. The rest only ever had bulk images.
        touched = set(
            session.scalars(
                select(AuditLog.row_id)
                .where(AuditLog.table_name == shape.name, AuditLog.row_id.is_not(None))
                .distinct()
            )
        )
        top = session.scalar(select(func.max(shape.table.c[shape.key]))) or 0
        rows = session.scalar(select(func.count()).select_from(shape.table)) or 0
        fold.hashes = _Hashes(int(top) + 1, cap=2 * int(rows) + (1 << 16))
    for _id, action, row_id, before_text, after_text in _log_rows(session, shape.name):
        after = json.loads(after_text) if after_text else None
        if _is_bulk(after):
            assert after is not None
            fold.logged += 1
            columns = tuple(after["columns"])
            for values in after["rows"]:
                key = values[0]
                if wanted is not None:
                    if key in wanted:
                        fold.full[key] = dict(zip(columns, values, strict=False))
                elif hashing and key not in touched:
                    assert fold.hashes is not None
                    if columns not in fold.colsets:
                        fold.colsets.append(columns)
                    fold.hashes.put(key, fold.colsets.index(columns), hash(tuple(values)))
                else:
                    fold.full[key] = dict(zip(columns, values, strict=False))
            continue
        if after is not None and "bulk_rows" in after:
            # A bulk row of an earlier version: a count, no images to fold.
            fold.legacy += int(after["bulk_rows"] or 0)
            continue
        before = json.loads(before_text) if before_text else None
        key = _row_key(shape, row_id, before, after)
        if key is None or (wanted is not None and key not in wanted):
            continue
        fold.logged += 1
        if action == AuditAction.INSERT.value:
            fold.full[key] = dict(after or {})
        elif action == AuditAction.UPDATE.value:
            image = fold.full.get(key)
            if image is None or image is _DELETED:
                image = fold.full[key] = {}
            image.update(after or {})
        elif action == AuditAction.DELETE.value:
            fold.full[key] = _DELETED
    return fold


# --- comparing ----------------------------------------------------------------------------


def _check_table(session: Session, shape: Shape, result: StateCheck) -> None:
    fold = _fold(session, shape)
    result.logged += fold.logged
    fields = shape.fields
    index = {name: i for i, name in enumerate(fields)}
    # How to pick a column set's fields from a record read now (None: the same fields).
    projections = [
        None if cols == fields else [index.get(name) for name in cols] for cols in fold.colsets
    ]
    suspects: list[Any] = []
    unlogged: list[Any] = []  # the first KEPT keys of records without an image
    unlogged_count = 0
    full, hashes = fold.full, fold.hashes
    for images in read_batches(session, shape):
        result.records += len(images)
        for values in images:
            key = values[0]
            image = full.pop(key, None) if full else None
            if image is not None:
                if image is _DELETED:
                    result.add(Difference(shape.name, key, "added"))
                else:
                    _compare(shape, key, image, values, index, result)
                continue
            taken = hashes.take(key) if hashes is not None else None
            if taken is not None:
                pick = projections[taken[0]]
                if pick is not None:
                    values = tuple(None if i is None else values[i] for i in pick)
                if hash(values) != taken[1]:
                    suspects.append(key)
                continue
            unlogged_count += 1
            if len(unlogged) < KEPT:
                unlogged.append(key)
    if unlogged_count and unlogged_count <= fold.legacy:
        result.unverifiable[shape.name] = unlogged_count
    elif unlogged_count:
        result.unlogged[shape.name] = unlogged_count
        for key in unlogged:
            result.add(Difference(shape.name, key, "added"))
        result.count(unlogged_count - len(unlogged))
    for key, image in full.items():
        if image is not _DELETED:
            result.add(Difference(shape.name, key, "deleted"))
    if hashes is not None:
        for key in hashes.remaining():
            result.add(Difference(shape.name, key, "deleted"))
    if suspects:
        _explain(session, shape, suspects, index, result)


def _explain(
    session: Session, shape: Shape, suspects: list[Any], index: dict[str, int], result: StateCheck
) -> None:
    """The fields of records whose hash differed: their images folded again in full."""
    detailed = set(suspects[:KEPT])
    fold = _fold(session, shape, wanted=detailed)
    for values in read_images(session, shape, detailed):
        _compare(shape, values[0], fold.full.get(values[0], {}), values, index, result)
    result.count(len(suspects) - len(detailed))


def _compare(
    shape: Shape,
    key: Any,
    image: dict[str, Any],
    values: tuple[Any, ...],
    index: dict[str, int],
    result: StateCheck,
) -> None:
    for name, i in index.items():
        if name in image:
            expected = image[name]
        elif any(m.field == name for m in shape.memberships):
            expected = []  # an image lists members only when there are some
        else:
            continue  # a column the log never recorded (added by a later version)
        if name == "row_version":
            # Bookkeeping for two desktops, not part of the record: earlier versions did not
            # log its changes, and a change of it alone moves no figure.
            continue
        found = values[i]
        if not _same(shape, name, expected, found):
            result.add(Difference(shape.name, key, "changed", name, expected, found))


def _same(shape: Shape, name: str, expected: Any, found: Any) -> bool:
    """Equal as stored: the log keeps what the application assigned (2 points), the
    database what it stored (2.00); a numeric column stores its scale, a timestamp its
    own spelling."""
    if expected == found:
        return True
    if expected is None or found is None:
        return False
    col = shape.column(name)
    kind = None if col is None else col.type
    try:
        if isinstance(kind, Numeric):
            places = Decimal(1).scaleb(-(kind.scale or 0))
            a = Decimal(str(expected)).quantize(places, ROUND_HALF_UP)
            return a == Decimal(str(found)).quantize(places, ROUND_HALF_UP)
        if isinstance(kind, DateTime):
            return _moment(expected) == _moment(found)
        if isinstance(kind, Date):
            return date.fromisoformat(str(expected)[:10]) == date.fromisoformat(str(found)[:10])
        if isinstance(kind, Boolean | Integer):
            # Exactly: SQLite stores 7.25 in an integer column as it is given, and int()
            # would hide it (a person_id of 7.25 moves points away from person 7).
            return _whole(expected) == _whole(found)
    except (ValueError, TypeError, InvalidOperation):
        return False
    return False


def _whole(value: Any) -> int:
    """An integer column's value as an int; ValueError if it is not a whole number."""
    if isinstance(value, bool | int):
        return int(value)
    number = Decimal(str(value))
    if number != number.to_integral_value():
        raise ValueError(value)
    return int(number)


def _moment(value: Any) -> datetime:
    return datetime.fromisoformat(str(value))


# --- derived data ---------------------------------------------------------------------------

# The tally as the triggers of migration 0004 keep it, recomputed from the entries: the
# same period and cents expressions, in each dialect.
_TALLY_SQL = {
    "sqlite": (
        "CAST(strftime('%Y%m', e.event_date) AS INTEGER)",
        "CAST(ROUND(e.points * 100) AS INTEGER)",
    ),
    "postgresql": (
        "(EXTRACT(YEAR FROM e.event_date)::int * 100 + EXTRACT(MONTH FROM e.event_date)::int)",
        "ROUND(e.points * 100)::bigint",
    ),
}

_TALLY_DIFF = """
WITH recomputed AS (
  SELECT {period} AS period, e.person_id AS person_id, e.rule_id AS rule_id,
         SUM({cents}) AS cents
  FROM point_event e WHERE e.status = 'approved' AND e.person_id IS NOT NULL
  GROUP BY 1, 2, 3
), kept AS (
  SELECT period, person_id, rule_id, cents FROM point_tally WHERE cents <> 0
), differing AS (
  SELECT r.period, r.person_id, r.rule_id, r.cents AS expected, k.cents AS found
  FROM recomputed r LEFT JOIN kept k
    ON k.period = r.period AND k.person_id = r.person_id AND k.rule_id = r.rule_id
  WHERE r.cents <> 0 AND (k.cents IS NULL OR k.cents <> r.cents)
  UNION ALL
  SELECT k.period, k.person_id, k.rule_id, 0, k.cents
  FROM kept k LEFT JOIN recomputed r
    ON k.period = r.period AND k.person_id = r.person_id AND k.rule_id = r.rule_id
  WHERE r.period IS NULL
)
SELECT period, person_id, rule_id, expected, found FROM differing
ORDER BY period, person_id, rule_id
"""


def _check_tally(session: Session, result: StateCheck) -> None:
    """point_tally is derived, so it is recomputed rather than logged: an edit to it would
    move the ranking without touching a single entry."""
    dialect = session.get_bind().dialect.name
    period, cents = _TALLY_SQL.get(dialect, _TALLY_SQL["sqlite"])
    rows = session.execute(text(_TALLY_DIFF.format(period=period, cents=cents)))
    for month, person_id, rule_id, expected, found in rows:
        key = f"{month}/{person_id}/{rule_id}"
        found_points = None if found is None else Decimal(int(found)).scaleb(-2)
        points = Decimal(int(expected)).scaleb(-2)
        result.add(Difference("point_tally", key, "changed", "cents", points, found_points))


# --- the whole verdict --------------------------------------------------------------------


@dataclass(frozen=True)
class AuditVerdict:
    """The chain walked and the records compared, in one read."""

    chain_rows: int
    breaks: list[ChainBreak]
    state: StateCheck

    @property
    def ok(self) -> bool:
        return not self.breaks and self.state.ok


def verify_audit(session: Session) -> AuditVerdict:
    one_snapshot(session)
    rows, breaks = verify_chain(session)
    return AuditVerdict(rows, breaks, check_state(session))
