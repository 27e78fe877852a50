"""Imports every model module so that ``Base.metadata`` knows all tables."""

from db import (
    accounts,
    audit,
    contractors,
    integrity,
    org,
    scoring,
    settings,
    star_levels,
    training,
)
from db.base import Base

__all__ = [
    "Base",
    "accounts",
    "audit",
    "contractors",
    "integrity",
    "org",
    "scoring",
    "settings",
    "star_levels",
    "training",
]
