"""What an upgrade from a version before tamper evidence puts into the audit chain, once.

Versions before this one (schema 0005 and earlier) logged changes made through the forms
but neither sealed finalised months nor kept the images of rows written in bulk. Upgraded
as they were, a bureau's finalised months would all read as broken seals, and most of its
records as "cannot be checked". So the upgrade, in the transaction of its migrations:

- seals every finalised month that has no seal, as it stands (``seal_unsealed_months``);
- writes a baseline image of every audited record, as found (``record_bulk``).

From then on every edit made outside the application is detected. What was changed
outside it before the upgrade cannot be told apart from what was entered: the backup
taken before the upgrade keeps the database as it was.

It runs only when the upgrade starts below ``ANCHORED_FROM``: a database already holding
seals and images is never re-anchored, so a seal or image removed later stays missing.
"""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from console.core.seal import seal_unsealed_months
from db.audit import record_bulk
from db.audit_images import shapes

ANCHORED_FROM = 6  # the first schema (0006) whose databases were anchored from the start
NOTE = "baseline at upgrade"


ONE_WARNING_FROM = 8  # the first schema (0008) that kept one open warning per person and rule


def schema_number(revision: str | None) -> int | None:
    """0007 of "0007_duties"; None for no revision (a new database)."""
    number = (revision or "").split("_", 1)[0]
    return int(number) if number.isdigit() else None


def needs_anchors(from_revision: str | None) -> bool:
    number = schema_number(from_revision)
    return number is not None and number < ANCHORED_FROM


def anchor_after_upgrade(connection: Connection, from_revision: str) -> None:
    """The upgrade's hook (``db.migrate.ensure_schema``): the data steps of an upgrade
    that need the application's rules, run through the ORM so the audit log records them.
    Migrations themselves stay free of the models, which change after them."""
    number = schema_number(from_revision)
    if number is None:
        return
    session = Session(bind=connection)
    try:
        if number < ONE_WARNING_FROM:
            # Warnings the monthly run repeated before it extended the open one.
            from console.core.integrity.warnings import merge_open_duplicates

            merge_open_duplicates(session)
            session.flush()
        if number < ANCHORED_FROM:
            seal_unsealed_months(session)
            for shape in shapes().values():
                column = shape.table.c[shape.key]
                keys = list(session.scalars(select(column).order_by(column)))
                if keys:
                    record_bulk(session, shape.model, keys, note=NOTE)
        session.flush()
    finally:
        session.close()
