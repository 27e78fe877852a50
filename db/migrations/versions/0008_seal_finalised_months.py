"""seal the months finalised before seals existed

Revision ID: 0008_seal_finalised_months
Revises: 0007_duties
Create Date: 2026-12-06 01:00:00

From this version, finalising a month writes its seal into the audit chain, and a
finalised month without a seal is reported as broken. A bureau upgrading from an earlier
version has months finalised without one: they are sealed here, once, as they stand at
the upgrade (the seal's details say so). This is the only place a seal is written other
than by finalising: a seal removed later is never rewritten, so its loss stays visible.

It calls the application's own sealing (``console.core.seal``), which records the scheme
it used, rather than a frozen copy: two ways of computing the same digest would drift.
No schema change, so nothing to undo on downgrade (the seal events stay in the chain, as
every audit row does).
"""
from typing import Sequence, Union

from alembic import op
from sqlalchemy.orm import Session

revision: str = "0008_seal_finalised_months"
down_revision: Union[str, Sequence[str], None] = "0007_duties"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    from console.core.seal import seal_unsealed_months

    session = Session(bind=op.get_bind())
    try:
        seal_unsealed_months(session)
        session.flush()
    finally:
        session.close()


def downgrade() -> None:
    pass
