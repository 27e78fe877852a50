"""The Performance page's charts: the month's score distribution, the squads side by side,
and a 12-month trend of the average, a squad or a person.

The distribution and the squads come with the page's one ranking of the month. The trend
reads twelve months, so it is computed off the GUI thread, and only while the tab shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from console.core.indicators import ranking_drill
from console.core.people_search import search_key
from console.core.scoring.dashboard import Bin, TrendPoint, average_trend, score_histogram
from console.core.scoring.results import MonthRanking, PersonResult
from console.core.scoring.squads import SquadResult
from console.ui.context import AppContext
from console.ui.dialogs.person_picker import when_ready
from console.ui.errors import in_words
from console.ui.scoring_format import plain
from console.ui.tasks import run_in_background
from glossary import Role, YearMonth
from widgets.chart_box import chart_box, put_chart
from widgets.person_picker import ComboPersonCompleter, fill_person_combo, set_combo_keys
from widgets.screen_fit import scrolling_body

if TYPE_CHECKING:
    from widgets.charts import BarChart, LineChart

AVERAGE, SQUAD, PERSON = "average", "squad", "person"
TREND_MONTHS = 12
SQUAD_ROW_HEIGHT = 22  # pixels per squad's bar and label


def _section(title: str) -> QLabel:
    heading = QLabel(title)
    heading.setObjectName("SectionTitle")
    return heading


def _fit_left_axis(chart: BarChart | LineChart, labels: list[str]) -> None:
    """Make room for the left axis's labels at once: pyqtgraph widens the axis only after
    a first paint, so long squad names or 105.5-style values would be cut off until then."""
    metrics = QFontMetrics(chart.font())
    widest = max((metrics.horizontalAdvance(t) for t in labels), default=0)
    chart.getAxis("left").setWidth(max(40, widest + 14))


def month_ticks(months: list[YearMonth]) -> list[str]:
    """Month numbers along the axis, with the year at the start and where it turns."""
    return [str(m) if i == 0 or m.month == 1 else str(m.month) for i, m in enumerate(months)]


class ChartsTab(QWidget):
    histogram: BarChart  # made with the others when the tab is first shown
    squad_chart: BarChart
    trend_chart: LineChart

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wanted = False  # the tab is showing: the trend may be computed
        self.busy = False
        self.month: YearMonth | None = None
        self.trend: list[TrendPoint] = []
        self._people: list[PersonResult] = []
        self._shown_for: tuple[YearMonth, str, int | None] | None = None
        # The month's ranking and squads until the tab is shown and they are drawn.
        self._undrawn: tuple[MonthRanking, list[SquadResult]] | None = None
        self._follow: int | None = None  # the person chosen in the ranking meanwhile
        self._generation = 0

        # The three charts are made when the tab is first shown (_build_charts): a
        # tenth of a second of the page's first show, for a tab most visits never open.
        self._histogram_box, self._squad_box, self._trend_box = (
            chart_box(),
            chart_box(),
            chart_box(),
        )
        self.histogram_heading = _section(self.tr("Score distribution"))
        self.squad_heading = _section(self.tr("Squad scores"))
        self._bins: list[Bin] = []
        self._squads: list[SquadResult] = []

        self.subject = QComboBox()
        self.subject.setMinimumContentsLength(12)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumContentsLength(16)
        # An editable combo box always has its line edit and completer.
        line_edit = self.person.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Name, staff number or pinyin initials"))
        ComboPersonCompleter(self.person)
        self._initials: dict[int, str] = {}
        self._initials_asked = False
        # The initials are read when the user first types here, not when the page is
        # built (the page is among the first shown).
        line_edit.textEdited.connect(self._want_initials)
        self.trend_heading = _section("")
        self.trend_status = QLabel("")
        self.trend_status.setObjectName("Hint")

        grid = QGridLayout(scrolling_body(self))
        grid.addWidget(self.histogram_heading, 0, 0)
        grid.addWidget(self.squad_heading, 0, 1)
        grid.addWidget(self._histogram_box, 1, 0)
        grid.addWidget(self._squad_box, 1, 1)
        trend_bar = QHBoxLayout()
        trend_bar.addWidget(self.trend_heading)
        trend_bar.addStretch(1)
        trend_bar.addWidget(self.trend_status)
        trend_bar.addWidget(QLabel(self.tr("Show:")))
        trend_bar.addWidget(self.subject)
        trend_bar.addWidget(self.person)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 8, 0, 0)
        inner.addLayout(trend_bar)
        inner.addWidget(self._trend_box, 1)
        grid.addWidget(box, 2, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.subject.currentIndexChanged.connect(lambda _i: self._subject_changed())
        self.person.activated.connect(lambda _i: self.request_trend())
        line_edit.editingFinished.connect(self.request_trend)

    # --- the month -------------------------------------------------------------
    def show_month(self, ranking: MonthRanking, squads: list[SquadResult]) -> None:
        """The month's charts: drawn now if the tab is showing, else when it is next
        shown. Drawing them, and filling the person box with thousands of names, is GUI
        work nobody needs while another tab is in front."""
        self.month = ranking.month
        self._shown_for = None
        self._undrawn = (ranking, squads)
        if self.isVisible():
            self._draw_month()

    def showEvent(self, event: QShowEvent) -> None:
        self._draw_month()
        super().showEvent(event)

    def _build_charts(self) -> None:
        if hasattr(self, "histogram"):
            return
        from widgets.charts import BarChart, LineChart  # pyqtgraph: when first drawn

        self.histogram = BarChart()
        self.histogram.setMinimumHeight(200)
        # Scores to the cent, all alike (99.25, 101.50), as the squad ranking shows them.
        self.squad_chart = BarChart(horizontal=True, fmt=lambda v: f"{v:.2f}")
        self.squad_chart.setMinimumHeight(200)
        self.trend_chart = LineChart()
        self.trend_chart.setMinimumHeight(200)
        self.histogram.clicked.connect(self._drill_bin)
        self.squad_chart.clicked.connect(self._drill_squad)
        self.trend_chart.clicked.connect(self._drill_point)
        for box, chart in (
            (self._histogram_box, self.histogram),
            (self._squad_box, self.squad_chart),
            (self._trend_box, self.trend_chart),
        ):
            put_chart(box, chart)

    def _draw_month(self) -> None:
        self._build_charts()
        if self._undrawn is None:
            return
        ranking, squads = self._undrawn
        self._undrawn = None
        bins = score_histogram(ranking)
        self._bins, self._squads = bins, list(squads)
        self.histogram.set_data(
            [f"{plain(b.lower)}–{plain(b.upper)}" for b in bins], [b.count for b in bins]
        )
        _fit_left_axis(self.histogram, [str(max((b.count for b in bins), default=0))])
        self.histogram_heading.setText(
            self.tr("Score distribution, {month}: people per 5 points").format(month=ranking.month)
        )
        self.squad_chart.set_data([s.unit_name for s in squads], [float(s.score) for s in squads])
        # A readable row per squad, however many squads the bureau has.
        self.squad_chart.setMinimumHeight(max(200, SQUAD_ROW_HEIGHT * len(squads) + 40))
        _fit_left_axis(self.squad_chart, [s.unit_name for s in squads])
        # The bars start at zero, as every bar chart does: squads close to the base
        # score then look alike, as they are; the value labels give the differences.
        self.squad_heading.setText(self.tr("Squad scores, {month}").format(month=ranking.month))
        self._fill_subjects(squads)
        self._fill_people(ranking.people)

    def _fill_subjects(self, squads: list[SquadResult]) -> None:
        current = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        if self.ctx.user.role == Role.SQUAD_LEADER:
            self.subject.addItem(self.tr("Average of your units"), (AVERAGE, None))
        else:
            self.subject.addItem(self.tr("Bureau average"), (AVERAGE, None))
        for s in squads:
            self.subject.addItem(s.unit_name, (SQUAD, s.unit_id))
        self.subject.addItem(self.tr("One person…"), (PERSON, None))
        index = self.subject.findData(current) if current is not None else 0
        self.subject.setCurrentIndex(max(0, index))
        self.subject.blockSignals(False)
        self.person.setVisible(self.subject.currentData()[0] == PERSON)

    def _fill_people(self, people: list[PersonResult]) -> None:
        chosen = self._follow if self._follow is not None else self.chosen_person()
        self._follow = None
        self._people = sorted(people, key=lambda p: p.staff_no)
        self.person.blockSignals(True)
        fill_person_combo(
            self.person,
            ((f"{p.name}　{p.staff_no}", p.person_id, self._search_key(p)) for p in self._people),
        )
        self.person.setCurrentIndex(self.person.findData(chosen) if chosen is not None else -1)
        self.person.blockSignals(False)

    def _search_key(self, p: PersonResult) -> str:
        return search_key(p.name, p.staff_no, self._initials.get(p.person_id, ""), p.unit_name)

    def _key_people(self) -> None:
        set_combo_keys(self.person, (self._search_key(p) for p in self._people))

    def _want_initials(self, _text: str) -> None:
        if self._initials_asked:
            return
        self._initials_asked = True
        line_edit = self.person.lineEdit()

        def got(initials: dict[int, str]) -> None:
            self._initials = initials
            self._key_people()
            if line_edit is not None and line_edit.hasFocus() and line_edit.text():
                completer = self.person.completer()
                if completer is not None:  # what is typed may find people now
                    completer.setCompletionPrefix(line_edit.text())
                    completer.complete()

        when_ready(self.ctx, self, got)

    def set_person(self, result: PersonResult | None) -> None:
        """The person selected in the ranking becomes the one the trend can show."""
        if result is None:
            return
        if self._undrawn is not None:  # the person box is filled when the tab shows
            self._follow = result.person_id
            return
        index = self.person.findData(result.person_id)
        if index >= 0 and index != self.person.currentIndex():
            self.person.setCurrentIndex(index)
            if self.subject.currentData()[0] == PERSON and self.wanted:
                self.request_trend()

    def show_person(self, person_id: int) -> None:
        """Switch the trend to one person."""
        self._draw_month()
        self.person.setCurrentIndex(self.person.findData(person_id))
        self.subject.setCurrentIndex(self.subject.findData((PERSON, None)))

    def chosen_person(self) -> int | None:
        index = self.person.findText(self.person.currentText())
        return self.person.itemData(index) if index >= 0 else None

    def _subject_changed(self) -> None:
        is_person = self.subject.currentData()[0] == PERSON
        self.person.setVisible(is_person)
        if is_person and self.chosen_person() is None:
            self.person.setFocus()
        self.request_trend()

    # --- the trend -------------------------------------------------------------
    def _trend_subject(self) -> tuple[str, int | None, str] | None:
        kind, unit_id = self.subject.currentData()
        if kind == AVERAGE:
            return AVERAGE, None, self.subject.currentText()
        if kind == SQUAD:
            return SQUAD, unit_id, self.subject.currentText()
        person_id = self.chosen_person()
        if person_id is None:
            return None
        name = next((p.name for p in self._people if p.person_id == person_id), "")
        return PERSON, person_id, name

    def request_trend(self) -> None:
        if not self.wanted or self.month is None:
            return
        self._draw_month()  # the subject and person boxes say what to compute
        subject = self._trend_subject()
        if subject is None:
            self.trend_heading.setText(self.tr("Choose the person to follow"))
            self.trend_chart.set_data([], [])
            self.trend = []
            return
        kind, subject_id, name = subject
        key = (self.month, kind, subject_id)
        if key == self._shown_for:
            return
        self._shown_for = key
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.trend_status.setText(self.tr("Computing…"))
        if kind == AVERAGE:
            title = self.tr("{subject}, last 12 months").format(subject=name)
        elif kind == SQUAD:
            title = self.tr("{squad}'s score, last 12 months").format(squad=name)
        else:
            title = self.tr("{name}'s total, last 12 months").format(name=name)
        workspace, user, month = self.ctx.workspace, self.ctx.user, self.month

        def work() -> list[TrendPoint]:
            # Off the GUI thread: the workspace opens this thread's own session.
            return workspace.read(
                average_trend,
                user,
                month,
                TREND_MONTHS,
                person_id=subject_id if kind == PERSON else None,
                unit_id=subject_id if kind == SQUAD else None,
            )

        run_in_background(
            self,
            work,
            lambda points: self._trend_done(generation, title, points),
            lambda exc: self._trend_failed(generation, exc),
        )

    def _trend_done(self, generation: int, title: str, points: list[TrendPoint]) -> None:
        if generation != self._generation:
            return  # the user has asked for another one meanwhile
        self._build_charts()
        self.busy = False
        self.trend = points
        self.trend_status.setText("")
        self.trend_heading.setText(title)
        values = [float(p.value) if p.value is not None else None for p in points]
        self.trend_chart.set_data(
            month_ticks([p.month for p in points]), values, self.partial_note(points)
        )
        _fit_left_axis(self.trend_chart, [f"{v:.1f}" for v in values if v is not None])

    def partial_note(self, points: list[TrendPoint]) -> str:
        """The running month is drawn apart, "as of day N": its entries are still coming
        in, so its total is not a whole month's and must not read as a fall. It is shown
        as it stands, not pro-rated: points arrive in batches (a month's case statistics
        at its end), so a pro-rated figure would be a guess nobody could check by hand."""
        today = self.ctx.today
        if points and points[-1].month == YearMonth.of(today):
            return self.tr("as of day {day}").format(day=today.day)
        return ""

    # --- drill-downs: each bar or point opens the ranking rows it stands for ---------
    def _drill_bin(self, index: int) -> None:
        if self.month is not None and index < len(self._bins):
            b = self._bins[index]
            self.ctx.drill.emit(ranking_drill(self.month, low=b.lower, high=b.upper))

    def _drill_squad(self, index: int) -> None:
        if self.month is not None and index < len(self._squads):
            self.ctx.drill.emit(ranking_drill(self.month, self._squads[index].unit_id))

    def _drill_point(self, index: int) -> None:
        if index >= len(self.trend):
            return
        kind, subject_id = self.subject.currentData()
        unit_id = subject_id if kind == SQUAD else None
        self.ctx.drill.emit(ranking_drill(self.trend[index].month, unit_id))

    def _trend_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self._shown_for = None
        self.trend_status.setText(
            self.tr("Could not compute the trend: {error}").format(error=in_words(exc))
        )
