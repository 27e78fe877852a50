"""Whether this database is the generated demo bureau.

The demo's accounts share a password printed on screen and in the user guide; it may be
used only on a database the generator marked, and only by a console started as the demo
(see ``console.core.auth``). The mark is a bureau setting like any other (audited).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from db.settings import Setting

KEY = "demo_bureau"


def mark_demo_bureau(session: Session, at: datetime) -> None:
    """``at``: the demo's own clock, so that the same seed gives the same rows."""
    session.add(Setting(key=KEY, value={"demo": True}, updated_at=at))
    session.flush()


def is_demo_bureau(session: Session) -> bool:
    row = session.get(Setting, KEY)
    return row is not None and isinstance(row.value, dict) and row.value.get("demo") is True
