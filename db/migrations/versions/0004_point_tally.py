"""point tally: approved points per (month, person, rule), kept by triggers

Revision ID: 0004_point_tally
Revises: 0003_integrity
Create Date: 2026-11-23 01:30:00

The month's ranking reads this table instead of grouping the month's entries: its rows
come out of the primary key already grouped by person, so no sort is needed. Triggers on
point_event keep it exact whatever writes the entries (ORM, bulk import, plain SQL);
amounts are whole cents, so adding and taking away never drifts.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_point_tally"
down_revision: str | Sequence[str] | None = "0003_integrity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# One entry's contribution, in each dialect: (period YYYYMM, cents).
_SQLITE_PERIOD = "CAST(strftime('%Y%m', {row}.event_date) AS INTEGER)"
_SQLITE_CENTS = "CAST(ROUND({row}.points * 100) AS INTEGER)"
_PG_PERIOD = "(EXTRACT(YEAR FROM {row}.event_date)::int * 100 + EXTRACT(MONTH FROM {row}.event_date)::int)"
_PG_CENTS = "ROUND({row}.points * 100)::bigint"
_APPROVED = "{row}.status = 'approved' AND {row}.person_id IS NOT NULL"


def _sqlite_add(row: str) -> str:
    return (
        "INSERT INTO point_tally (period, person_id, rule_id, cents) "
        f"SELECT {_SQLITE_PERIOD.format(row=row)}, {row}.person_id, {row}.rule_id, "
        f"{_SQLITE_CENTS.format(row=row)} WHERE {_APPROVED.format(row=row)} "
        "ON CONFLICT (period, person_id, rule_id) DO UPDATE SET cents = cents + excluded.cents;"
    )


def _sqlite_take(row: str) -> str:
    return (
        f"UPDATE point_tally SET cents = cents - {_SQLITE_CENTS.format(row=row)} "
        f"WHERE {_APPROVED.format(row=row)} "
        f"AND period = {_SQLITE_PERIOD.format(row=row)} "
        f"AND person_id = {row}.person_id AND rule_id = {row}.rule_id;"
    )


SQLITE_TRIGGERS = [
    "CREATE TRIGGER point_tally_insert AFTER INSERT ON point_event "
    f"BEGIN {_sqlite_add('NEW')} END",
    "CREATE TRIGGER point_tally_update "
    "AFTER UPDATE OF status, event_date, person_id, rule_id, points ON point_event "
    f"BEGIN {_sqlite_take('OLD')} {_sqlite_add('NEW')} END",
    f"CREATE TRIGGER point_tally_delete AFTER DELETE ON point_event BEGIN {_sqlite_take('OLD')} END",
]

PG_FUNCTION = f"""
CREATE FUNCTION point_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND {_APPROVED.format(row="OLD")} THEN
    UPDATE point_tally SET cents = cents - {_PG_CENTS.format(row="OLD")}
     WHERE period = {_PG_PERIOD.format(row="OLD")}
       AND person_id = OLD.person_id AND rule_id = OLD.rule_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND {_APPROVED.format(row="NEW")} THEN
    INSERT INTO point_tally (period, person_id, rule_id, cents)
    VALUES ({_PG_PERIOD.format(row="NEW")}, NEW.person_id, NEW.rule_id, {_PG_CENTS.format(row="NEW")})
    ON CONFLICT (period, person_id, rule_id)
    DO UPDATE SET cents = point_tally.cents + EXCLUDED.cents;
  END IF;
  RETURN NULL;
END
$$
"""
PG_TRIGGER = (
    "CREATE TRIGGER point_tally_apply AFTER INSERT OR UPDATE OR DELETE ON point_event "
    "FOR EACH ROW EXECUTE FUNCTION point_tally_apply()"
)


def upgrade() -> None:
    op.create_table(
        "point_tally",
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("period", "person_id", "rule_id", name=op.f("pk_point_tally")),
        sqlite_with_rowid=False,
    )
    if op.get_context().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(PG_TRIGGER)
        period, cents = _PG_PERIOD, _PG_CENTS
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        period, cents = _SQLITE_PERIOD, _SQLITE_CENTS
    # The entries already recorded.
    op.execute(
        "INSERT INTO point_tally (period, person_id, rule_id, cents) "
        f"SELECT {period.format(row='e')}, e.person_id, e.rule_id, SUM({cents.format(row='e')}) "
        f"FROM point_event e WHERE {_APPROVED.format(row='e')} "
        "GROUP BY 1, 2, 3"
    )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER point_tally_apply ON point_event")
        op.execute("DROP FUNCTION point_tally_apply()")
    else:
        for name in ("point_tally_insert", "point_tally_update", "point_tally_delete"):
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("point_tally")
