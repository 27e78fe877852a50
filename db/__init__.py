"""Persistence: SQLAlchemy models, engine and sessions, Alembic migrations, backup.

Nothing here imports Qt; ``console.core`` builds on this package.
"""
