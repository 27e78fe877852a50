"""service contractors: companies, contracts, staff links and monthly assessments

Revision ID: 0010_contractors
Revises: 0009_stars
Create Date: 2026-12-06 03:10:00

New tables only: the roster (``person``) is untouched, a contractor's company is linked in
``contractor_staff``. Money is NUMERIC(12, 2), yuan to the fen.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0010_contractors"
down_revision: Union[str, Sequence[str], None] = "0009_stars"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _versioned() -> list[sa.Column]:
    return [
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "contractor_company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("contact", sa.String(length=40), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractor_company")),
        sa.UniqueConstraint("name", name=op.f("uq_contractor_company_name")),
    )
    op.create_table(
        "contractor_contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("contract_no", sa.String(length=40), nullable=False),
        sa.Column("service", sa.String(length=60), nullable=False),
        sa.Column("monthly_fee", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["contractor_company.id"],
            name=op.f("fk_contractor_contract_company_id_contractor_company"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractor_contract")),
        sa.UniqueConstraint("contract_no", name=op.f("uq_contractor_contract_contract_no")),
    )
    op.create_index(
        op.f("ix_contractor_contract_company_id"), "contractor_contract", ["company_id"]
    )
    op.create_table(
        "contractor_staff",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["contractor_company.id"],
            name=op.f("fk_contractor_staff_company_id_contractor_company"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_contractor_staff_person_id_person")
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_contractor_staff")),
    )
    op.create_index(op.f("ix_contractor_staff_company_id"), "contractor_staff", ["company_id"])
    op.create_table(
        "contractor_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("assessor", sa.String(length=60), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["contractor_company.id"],
            name=op.f("fk_contractor_assessment_company_id_contractor_company"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractor_assessment")),
        sa.UniqueConstraint(
            "company_id", "month", name=op.f("uq_contractor_assessment_company_id_month")
        ),
    )


def downgrade() -> None:
    op.drop_table("contractor_assessment")
    op.drop_index(op.f("ix_contractor_staff_company_id"), table_name="contractor_staff")
    op.drop_table("contractor_staff")
    op.drop_index(op.f("ix_contractor_contract_company_id"), table_name="contractor_contract")
    op.drop_table("contractor_contract")
    op.drop_table("contractor_company")
