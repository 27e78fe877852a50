"""A bureau going live early in January still brings in December's figures: the default
catalogue set up by ``ducha init`` (and the first-run dialog) is in force in last month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from console.core.scoring.rules import rule_set_in_force
from console.core.setup import NewBureau, set_up_bureau
from console.core.workspace import Workspace


@pytest.mark.parametrize(
    ("going_live", "last_month_end"),
    [(date(2027, 1, 5), date(2026, 12, 31)), (date(2026, 11, 22), date(2026, 10, 31))],
)
def test_the_default_catalogue_covers_last_month(
    workspace: Callable[[object], Workspace], going_live: date, last_month_end: date
) -> None:
    new = NewBureau("临江市综合行政执法局", "admin", "张督察", "Strong-Pass-2026")
    ready = workspace(None).run(set_up_bureau, new, going_live)
    assert ready.rule_set is not None
    in_force = workspace(None).read(rule_set_in_force, last_month_end)
    assert in_force is not None and in_force.name == ready.rule_set
    assert workspace(None).read(rule_set_in_force, going_live) == in_force
