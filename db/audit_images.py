"""Records as the audit log keeps them: one image per record, in plain JSON values.

The flush hook (``db.audit``) writes the image of every record the ORM inserts and the
changed fields of every update. Rows written in bulk past the ORM (imports, the demo,
finalising a month) are read back here after the insert and their images kept in the
chain, a batch per audit row. ``audit verify`` reads the current records with the same
reader, so a record nobody touched outside the application reads back exactly as logged.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, Enum, Numeric, String, Table, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from db.base import Base

# A batch of bulk images per chained audit row: small enough that reading one back never
# holds much in memory, large enough that a 100,000-row import adds only ten rows.
IMAGES_PER_ROW = 10_000
# How many keys go into one ``IN (...)`` (SQLite's default limit of bound parameters is 999
# on old builds).
_KEYS_PER_QUERY = 900


def digest_field(column: str) -> str:
    """The image field holding the digest of a column kept out of the log: named after
    what it stands for (password_hash → password_sha256), never after the secret."""
    return f"{column.removesuffix('_hash')}_sha256"


def hash_digest(value: str | None) -> str | None:
    """What the log keeps of a secret (a password hash): its SHA-256, so that swapping it
    for another shows as a difference, while the log never holds anything to crack."""
    return None if value is None else hashlib.sha256(value.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Membership:
    """A many-to-many collection kept as the sorted member ids on its owner's image."""

    field: str  # e.g. "units_ids"
    table: Table
    owner: Column[Any]
    member: Column[Any]


@dataclass(frozen=True)
class Shape:
    """How one audited model's records are read and logged."""

    model: type
    table: Table
    key: str  # the primary key's attribute
    columns: tuple[str, ...]  # audited columns, the key first
    digests: tuple[tuple[str, str], ...]  # (column, field holding its digest)
    memberships: tuple[Membership, ...]

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def fields(self) -> tuple[str, ...]:
        return (
            *self.columns,
            *(field for _, field in self.digests),
            *(m.field for m in self.memberships),
        )

    def column(self, field: str) -> Column[Any] | None:
        return self.table.c.get(field)


def _shape(model: type) -> Shape:
    mapper = model.__mapper__  # type: ignore[attr-defined]
    excluded: frozenset[str] = getattr(model, "__audit_exclude__", frozenset())
    key = mapper.primary_key[0].key
    columns = [key] + [c.key for c in mapper.column_attrs if c.key not in excluded and c.key != key]
    # A column kept out of the log (a password hash) is logged by its digest instead.
    digested = {c.key: digest_field(c.key) for c in mapper.column_attrs if c.key in excluded}
    memberships = []
    for rel in mapper.relationships:
        if rel.secondary is None:
            continue
        (owner_pair,) = rel.synchronize_pairs
        (member_pair,) = rel.secondary_synchronize_pairs
        memberships.append(
            Membership(f"{rel.key}_ids", rel.secondary, owner_pair[1], member_pair[1])
        )
    return Shape(
        model,
        mapper.local_table,
        key,
        tuple(columns),
        tuple(digested.items()),
        tuple(sorted(memberships, key=lambda m: m.field)),
    )


@cache
def shapes() -> dict[str, Shape]:
    """Every audited model's shape, by table name."""
    import db.models  # noqa: F401  (every model mapped, whoever asks first)

    found: dict[str, Shape] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if getattr(model, "__audited__", False):
            found[model.__tablename__] = _shape(model)
    return dict(sorted(found.items()))


def shape_of(model_or_table: type | str) -> Shape:
    name = model_or_table if isinstance(model_or_table, str) else model_or_table.__tablename__  # type: ignore[attr-defined]
    return shapes()[name]


def _selected(shape: Shape) -> list[Any]:
    cols = []
    for name in shape.columns:
        col: Any = shape.table.c[name]
        # An enum is kept by its value: read the stored text as it is.
        if isinstance(col.type, Enum):
            col = type_coerce(col, String)
        elif isinstance(col.type, TypeDecorator):  # a month: kept as its integer yyyymm
            col = type_coerce(col, col.type.impl_instance)
        cols.append(col)
    cols.extend(shape.table.c[name] for name, _ in shape.digests)
    return cols


def _converter(col: Column[Any]) -> Any:
    """How a column's values become the log's (a whole column at once: a list
    comprehension per batch costs a fraction of a function call per value)."""
    kind = col.type
    if isinstance(kind, Numeric) and kind.asdecimal:
        return lambda vs: [None if v is None else str(v) for v in vs]
    if isinstance(kind, Date | DateTime):
        return lambda vs: [None if v is None else v.isoformat() for v in vs]
    return None


def _batch_converter(shape: Shape) -> Any:
    """A function from selected rows to images (tuples in ``shape.fields`` order, without
    the memberships), converting column by column only where the type needs it."""
    convert = [
        (i, f) for i, name in enumerate(shape.columns) if (f := _converter(shape.table.c[name]))
    ]
    n = len(shape.columns)
    secrets = range(n, n + len(shape.digests))
    if not convert and not secrets:
        return lambda rows: [tuple(r) for r in rows]

    def images(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
        if not rows:
            return []
        cols: list[Any] = list(zip(*rows, strict=True))
        for i, f in convert:
            cols[i] = f(cols[i])
        for j in secrets:
            cols[j] = [hash_digest(v) for v in cols[j]]
        return list(zip(*cols, strict=True))

    return images


def _members(session: Session, m: Membership, lo: Any, hi: Any) -> dict[Any, list[Any]]:
    query = select(m.owner, m.member).where(m.owner.between(lo, hi))
    found: dict[Any, list[Any]] = defaultdict(list)
    for owner, member in session.execute(query):
        found[owner].append(member)
    for members in found.values():
        members.sort()
    return found


def read_images(
    session: Session, shape: Shape, keys: Iterable[Any] | None = None, batch: int = 20_000
) -> Iterator[tuple[Any, ...]]:
    """The current records of ``shape`` as images (tuples in ``shape.fields`` order), in
    key order; all of them, or those with the given keys."""
    for images in read_batches(session, shape, keys, batch):
        yield from images


def read_batches(
    session: Session, shape: Shape, keys: Iterable[Any] | None = None, batch: int = 20_000
) -> Iterator[list[tuple[Any, ...]]]:
    """``read_images`` a batch at a time."""
    convert = _batch_converter(shape)
    key_col = shape.table.c[shape.key]
    cols = _selected(shape)
    if keys is not None:
        wanted = sorted(keys)
        for i in range(0, len(wanted), _KEYS_PER_QUERY):
            chunk = wanted[i : i + _KEYS_PER_QUERY]
            query = select(*cols).where(key_col.in_(chunk)).order_by(key_col)
            yield _with_members(session, shape, convert(session.execute(query).all()))
        return
    last: Any = None
    while True:
        query = select(*cols).order_by(key_col).limit(batch)
        if last is not None:
            query = query.where(key_col > last)
        images = convert(session.execute(query).all())
        if not images:
            return
        last = images[-1][0]
        yield _with_members(session, shape, images)


def _with_members(
    session: Session, shape: Shape, images: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    if not shape.memberships or not images:
        return images
    lo, hi = images[0][0], images[-1][0]
    found = [_members(session, m, lo, hi) for m in shape.memberships]
    return [(*image, *(f.get(image[0], []) for f in found)) for image in images]


def bulk_images(session: Session, shape: Shape, keys: Sequence[Any]) -> Iterator[dict[str, Any]]:
    """The audit details of rows just written in bulk: ``columns`` and one ``rows`` list per
    record, in batches of IMAGES_PER_ROW (one chained audit row each)."""
    rows: list[tuple[Any, ...]] = []
    for image in read_images(session, shape, keys):
        rows.append(image)
        if len(rows) == IMAGES_PER_ROW:
            yield {"columns": list(shape.fields), "rows": rows}
            rows = []
    if rows:
        yield {"columns": list(shape.fields), "rows": rows}
