"""The demo bureau's training plan for the rest of its year: legal sessions already
scheduled after today, with no attendance yet, so that the Training page's year-end
projection has sessions to propose to those who will miss their hours.

A fixed calendar rather than random draws: twice a month (the first weekday from the 8th
and from the 22nd) a 4-hour legal session for officers and auxiliaries of every unit, and
in December an 8-hour year-end course for officers. It takes nothing from the demo's
random sequence, so the rest of the bureau stays as it was.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from console.core.demo import data
from console.core.demo.context import Demo
from glossary import Category, TrainingCategory, YearMonth

_STREET = [Category.OFFICER.value, Category.AUXILIARY.value]


def _weekday_from(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def planned_sessions(d: Demo) -> None:
    month = YearMonth.of(d.today)
    plans: list[tuple[date, str, float, list[str]]] = []
    while month.year == d.today.year:
        for n, start in enumerate((8, 22)):
            day = _weekday_from(date(month.year, month.month, start))
            title = data.LEGAL_TITLES[(month.month * 2 + n) % len(data.LEGAL_TITLES)]
            plans.append((day, title, 4.0, _STREET))
        if month.month == 12:
            day = _weekday_from(date(month.year, 12, 15))
            plans.append((day, f"{month.year}年度行政执法人员法律知识集中轮训", 8.0, ["officer"]))
        month = month.next()
    for index, (day, title, hours, categories) in enumerate(sorted(plans)):
        if day <= d.today or day.year != d.today.year:
            continue
        d.add(
            "training_session",
            title=title,
            category=TrainingCategory.LEGAL,
            session_date=day,
            hours=hours,
            organiser=data.ORGANISER.get(TrainingCategory.LEGAL, "法制科"),
            place=data.PLACES[index % len(data.PLACES)],
            audience={"categories": categories, "units": []},
            created_at=datetime.combine(d.today, time(9, index % 60)),  # no random draw
        )
