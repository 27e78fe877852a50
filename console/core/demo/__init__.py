"""A deterministic demo bureau: units, people, accounts and two years of activity.

``generate_demo`` fills an empty database with the fictional 临江市综合行政执法局; see
``console.core.demo.generator``. The package is split by area:

- ``generator``: ``generate_demo`` (the order of the steps) and the bulk load;
- ``context``: the shared generation state, id allocation and random helpers;
- ``org``: units, people, transfers, accounts and the rule catalogue;
- ``points``: monthly point events and recent corrections;
- ``integrity``: inspections, findings, complaints, case reviews and registers;
- ``training``: sessions, attendance, exams and certificates;
- ``data``: the names, texts and proportions the demo is tuned with.
"""

from __future__ import annotations

from console.core.demo.generator import DEMO_ACTOR, DemoSummary, demo_workspace, generate_demo
from console.core.demo.org import DEMO_PASSWORD, DEMO_USERNAME, MIN_PEOPLE

__all__ = [
    "DEMO_ACTOR",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "MIN_PEOPLE",
    "DemoSummary",
    "demo_workspace",
    "generate_demo",
]
