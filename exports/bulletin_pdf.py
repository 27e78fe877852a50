"""The monthly bulletin (全员目标积分制考核情况通报): the document a bureau leader signs.

A4 portrait in the shape of an internal bulletin: a red masthead with the issue number
and the issuing unit, the title, an overview of the month, the squad ranking with its
chart, the month's stars, the grades, where points were lost, and the full individual
ranking (its header repeated on every page), closed by the issuing unit and the date.
A month that is not finalised is marked provisional (未定稿) in the title and on every
page; a finalised month whose data no longer match its seal is marked as broken. Every
bulletin carries its verification code (核验码, console.core.paper_code), on every page
and under the signature.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.bulletin import BulletinData, bulletin_data
from console.core.scoring.deductions import CategoryDeduction
from console.core.scoring.ranking import TWO_PLACES, MonthRanking, PersonResult
from console.core.scoring.squads import SquadResult
from console.core.seal import broken_message
from exports.pdf_common import (
    PAD_SIDE,
    RED,
    Column,
    Fonts,
    PageFrame,
    Styles,
    build_pdf,
    chart_label,
    content_width,
    data_table,
    face_for,
    fit_widths,
    is_cjk_text,
    long_date,
    make_styles,
    month_name,
    one_line,
    points,
    register_fonts,
    share,
    signature_block,
    star_label,
    stars_text,
    title_paragraph,
)
from glossary import Grade, Star, YearMonth

_t = tr_context("bulletin")

MAX_NAMED = 3  # people named for the highest and lowest score before "and others"
BAR = colors.HexColor("#3A6EA5")


def write_monthly_bulletin(
    session: Session,
    user: User,
    month: YearMonth,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Write the month's bulletin to ``path`` (PDF) and return it.

    Run it as a writing unit of work (``Workspace.run``): gathering the bulletin records
    its printing and verification code (console.core.scoring.bulletin), and a failure to
    write the file rolls that record back. PermissionDenied for a squad leader,
    ValidationError for a month that has not begun.
    """
    data = bulletin_data(session, user, month, issued_on)
    return render_monthly_bulletin(data, path, bureau_name=bureau_name, issued_on=issued_on)


def render_monthly_bulletin(
    data: BulletinData,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Lay the gathered bulletin out as a PDF (no queries here)."""
    month, ranking, squads, deductions = data.month, data.ranking, data.squads, data.deductions
    finalised_on = data.finalised_on
    fonts = register_fonts()
    styles = make_styles(fonts)
    title = _t(
        "{bureau}: bulletin on the all-staff points-based performance review, {month_name} {year}"
    ).format(bureau=bureau_name, month_name=month_name(month.month), year=month.year)
    provisional = not ranking.finalised
    # A finalised month changed outside the app since: printed as such, never as final.
    if ranking.broken:
        status_words, mark = _t(" (seal broken, not final)"), _t("Seal broken")
    elif provisional:
        status_words, mark = _t(" (provisional)"), _t("Provisional")
    else:
        status_words, mark = "", ""
    heading_title = title + status_words
    width = content_width()

    story: list[Flowable] = [
        Masthead(fonts, bureau_name, issued_on, month, width),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        *([styles.para(status_words.strip(), styles.provisional)] if provisional else []),
        styles.para(_t("To all squads, town teams and departments:"), styles.plain),
        styles.para(
            _t(
                "The results of the all-staff points-based performance review for "
                "{month_name} {year} are hereby published as follows."
            ).format(month_name=month_name(month.month), year=month.year)
        ),
        styles.para(_t("1. Overview"), styles.heading),
        *_overview(styles, ranking, finalised_on),
        styles.para(_t("2. Squad ranking"), styles.heading),
        *_squads(styles, squads, width),
        # Short sections stay whole, heading included (a KeepTogether cannot be kept
        # with the heading before it by keepWithNext).
        KeepTogether(
            [
                styles.para(_t("3. Stars of the month"), styles.heading),
                *_stars(styles, ranking.people, width),
            ]
        ),
        KeepTogether(
            [
                styles.para(_t("4. Grades"), styles.heading),
                *_grades(styles, ranking.people, width),
            ]
        ),
        KeepTogether(
            [
                styles.para(_t("5. Main deductions"), styles.heading),
                *_deductions(styles, deductions, width),
            ]
        ),
        styles.para(_t("6. Individual ranking"), styles.heading),
        *_individuals(styles, ranking.people, width),
        Spacer(1, 14 * mm),
        signature_block(styles, bureau_name, issued_on),
        Spacer(1, 6 * mm),
        styles.para(
            _t(
                "Verification code: {code}. Check this bulletin against the database in "
                "Ducha (Help, Verify a printed bulletin) or with the command: "
                "ducha audit verify --code {code}"
            ).format(code=data.code),
            styles.plain,
        ),
    ]
    frame = PageFrame(
        # The code on every page: a single page can be checked on its own.
        issuer=_t("{issuer}   Code {code}").format(issuer=bureau_name, code=data.code),
        issued_on=issued_on,
        running_title=heading_title,
        mark=mark,
        fonts=fonts,
    )
    return build_pdf(path, story, frame, title=heading_title, subject=str(month))


class Masthead(Flowable):
    """The red masthead of an internal bulletin: its name, the issue, the issuing unit
    and date, and a double red rule."""

    def __init__(
        self,
        fonts: Fonts,
        issuer: str,
        issued_on: date,
        month: YearMonth,
        width: float,
        *,
        issue: str | None = None,  # the line under the name; default: the month's issue
    ) -> None:
        super().__init__()
        self.fonts = fonts
        self.issuer = one_line(issuer)  # drawn straight on the canvas, not as markup
        self.issued_on = issued_on
        self.month = month
        self.width = width
        self.issue = issue
        self.height = 36 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        fonts = self.fonts
        name = _t("Supervision Bulletin")
        size = 30
        face = face_for(name, fonts.heading, fonts)
        # Chinese mastheads are spaced out; English words are not.
        spacing = size * 0.35 if is_cjk_text(name) else 0
        text_width = stringWidth(name, face, size) + spacing * (len(name) - 1)
        c.setFillColor(RED)
        t = c.beginText((self.width - text_width) / 2, self.height - size)
        t.setFont(face, size)
        t.setCharSpace(spacing)
        t.textOut(name)
        t.setCharSpace(0)  # the text state outlives the text object
        c.drawText(t)
        c.setFillColor(colors.black)
        issue = self.issue or _t("{year}, issue {issue}").format(
            year=self.month.year, issue=self.month.month
        )
        c.setFont(face_for(issue, fonts.body, fonts), 11)
        c.drawCentredString(self.width / 2, self.height - size - 20, issue)
        y = 5 * mm
        c.setFont(face_for(self.issuer, fonts.body, fonts), 11)
        c.drawString(2 * mm, y + 4, self.issuer)
        day = long_date(self.issued_on)
        c.setFont(face_for(day, fonts.body, fonts), 11)
        c.drawRightString(self.width - 2 * mm, y + 4, day)
        c.setStrokeColor(RED)
        c.setLineWidth(2)
        c.line(0, y, self.width, y)
        c.setLineWidth(0.6)
        c.line(0, y - 3, self.width, y - 3)


# ---------------------------------------------------------------------------- sections


def _named(people: Sequence[PersonResult]) -> str:
    names = _t(", ").join(
        _t("{name} ({unit})").format(name=p.name, unit=p.unit_name) for p in people[:MAX_NAMED]
    )
    if len(people) > MAX_NAMED:
        return _t("{names} and others ({count} people)").format(names=names, count=len(people))
    return names


def _overview(styles: Styles, ranking: MonthRanking, finalised_on: date | None) -> list[Flowable]:
    people = ranking.people
    if not people:
        return [styles.para(_t("No one was ranked this month."))]
    totals = [p.total for p in people]
    average = (sum(totals, Decimal(0)) / len(totals)).quantize(TWO_PLACES)
    highest, lowest = totals[0], totals[-1]
    grades = Counter(p.grade for p in people)
    text = _t(
        "{people} people were ranked this month (base score {base}). The average score was "
        "{average}; the highest was {highest}, scored by {top}; the lowest was {lowest}, "
        "scored by {bottom}."
    ).format(
        people=len(people),
        base=points(ranking.base),
        average=points(average),
        highest=points(highest),
        top=_named([p for p in people if p.total == highest]),
        lowest=points(lowest),
        bottom=_named([p for p in people if p.total == lowest]),
    )
    grades_text = _t(
        "{excellent} were graded excellent, {good} good, {passed} pass, {basic} basic pass "
        "and {fail} fail."
    ).format(
        excellent=grades[Grade.EXCELLENT],
        good=grades[Grade.GOOD],
        passed=grades[Grade.PASS],
        basic=grades[Grade.BASIC],
        fail=grades[Grade.FAIL],
    )
    if ranking.broken:
        status = broken_message(ranking.month, ranking.broken)
    elif ranking.finalised:
        status = _t("These results were finalised (version {version}) on {date}.").format(
            version=ranking.version, date=long_date(finalised_on) if finalised_on else ""
        )
    else:
        status = _t(
            "This month has not been finalised: the results are provisional and may still change."
        )
    return [styles.para(text), styles.para(grades_text), styles.para(status)]


def _squads(styles: Styles, squads: list[SquadResult], width: float) -> list[Flowable]:
    if not squads:
        return [styles.para(_t("No squad was ranked this month."))]
    columns = fit_widths(
        [
            Column(_t("Rank"), 14, centred=True),
            Column(_t("Unit"), 60),
            Column(_t("Members"), 18, numeric=True),
            Column(_t("Member average"), 26, numeric=True),
            Column(_t("Squad points"), 26, numeric=True),
            Column(_t("Score"), 24, numeric=True),
        ],
        width,
    )
    rows = [
        [
            str(s.rank),
            s.unit_name,
            str(s.members),
            points(s.member_average),
            points(s.unit_points),
            points(s.score),
        ]
        for s in squads
    ]
    return [
        styles.para(
            _t(
                "Squads and town teams are ranked by the average score of their members plus "
                "the points awarded to or deducted from the squad as a whole."
            )
        ),
        Spacer(1, 2 * mm),
        data_table(styles, columns, rows),
        Spacer(1, 4 * mm),
        squad_chart(styles.fonts, squads, width),
    ]


def squad_chart(fonts: Fonts, squads: Sequence[SquadResult], width: float) -> Drawing:
    """Horizontal bars of the squads' scores, best at the top (vector graphics)."""
    row = 15
    names = [chart_label(s.unit_name) for s in squads]
    label_width = max(stringWidth(name, fonts.fallback, 8.5) for name in names) + 8
    plot_height = row * len(squads)
    height = plot_height + 52
    # Its own initial font: the default would put Helvetica (not embedded) in the file.
    drawing = Drawing(width, height, initialFontName=fonts.body)
    scores = [float(s.score) for s in squads]
    low = math.floor(min(scores)) - 1
    high = math.ceil(max(scores)) + 1
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 30
    chart.width = width - label_width - 40
    chart.height = plot_height
    chart.data = [scores]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1  # the first squad at the top
    chart.categoryAxis.labels.fontName = _one_face(fonts, names)
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.black
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high
    chart.valueAxis.valueStep = _step(high - low)
    chart.valueAxis.labels.fontName = fonts.body
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#D5DAE0")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = colors.black
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = 9
    chart.groupSpacing = row - 9
    chart.barLabelFormat = "%.2f"
    chart.barLabels.fontName = fonts.body
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    caption = _t("Squad scores (the axis starts at {low})").format(low=low)
    drawing.add(
        String(
            width / 2,
            4,
            caption,
            fontName=fonts.body,
            fontSize=8.5,
            textAnchor="middle",
            fillColor=colors.HexColor("#555555"),
        )
    )
    return drawing


def _one_face(fonts: Fonts, texts: Sequence[str]) -> str:
    """A chart's labels share one face: the body face if it draws them all."""
    return (
        fonts.body
        if all(face_for(t, fonts.body, fonts) == fonts.body for t in texts)
        else (fonts.fallback)
    )


def _step(span: int) -> int:
    for step in (1, 2, 5, 10, 20, 50):
        if span / step <= 10:
            return step
    return 100


def _stars(styles: Styles, people: Sequence[PersonResult], width: float) -> list[Flowable]:
    rows = [
        [star_label(star), p.name, p.unit_name, p.staff_no, points(p.total)]
        for star in Star
        for p in people
        if star in p.stars
    ]
    if not rows:
        return [styles.para(_t("No stars were awarded this month."))]
    columns = fit_widths(
        [
            Column(_t("Star"), 26),
            Column(_t("Name"), 20),
            Column(_t("Unit"), 44),
            Column(_t("Staff no."), 18, centred=True),
            Column(_t("Total"), 16, numeric=True),
        ],
        width,
    )
    return [data_table(styles, columns, rows, zebra=False)]


def _grades(styles: Styles, people: Sequence[PersonResult], width: float) -> list[Flowable]:
    counts = Counter(p.grade for p in people)
    n = len(people)
    rows = [[label(g), str(counts[g]), share(counts[g], n)] for g in Grade]
    rows.append([_t("Total"), str(n), share(n, n)])
    columns = fit_widths(
        [
            Column(_t("Grade"), 40),
            Column(_t("People"), 30, numeric=True),
            Column(_t("Share"), 30, numeric=True),
        ],
        width * 0.6,
    )
    return [data_table(styles, columns, rows, zebra=False, total_row=True)]


def _deductions(
    styles: Styles, deductions: Sequence[CategoryDeduction], width: float
) -> list[Flowable]:
    if not deductions:
        return [styles.para(_t("No deductions were recorded this month."))]
    rows = [[label(d.category), str(d.count), points(d.points)] for d in deductions]
    rows.append(
        [
            _t("Total"),
            str(sum(d.count for d in deductions)),
            points(sum((d.points for d in deductions), Decimal(0))),
        ]
    )
    columns = fit_widths(
        [
            Column(_t("Rule category"), 40),
            Column(_t("Entries"), 30, numeric=True),
            Column(_t("Points"), 30, numeric=True),
        ],
        width * 0.6,
    )
    return [
        styles.para(
            _t(
                "Approved deductions of the month by rule category, as recorded (before the "
                "monthly caps of the rules)."
            )
        ),
        Spacer(1, 2 * mm),
        data_table(styles, columns, rows, zebra=False, total_row=True),
    ]


def _individuals(styles: Styles, people: Sequence[PersonResult], width: float) -> list[Flowable]:
    if not people:
        return [styles.para(_t("No one was ranked this month."))]
    size = 8
    face = styles.cell.fontName

    def fit(texts: Sequence[str], least: float, most: float) -> float:
        """A column as wide as its longest text (within bounds), so that names stay on
        one line."""
        longest = max((stringWidth(t, face, size) for t in set(texts)), default=0)
        return min(most, max(least, longest + 2 * PAD_SIDE + 1))

    heading_face = styles.header_cell.fontName

    def room_for(header: str, planned: float) -> float:
        """At least as wide as the heading's longest word, set a little small (7 pt)."""
        words = header.split() if not is_cjk_text(header) else [header[:2]]
        longest = max((stringWidth(w, heading_face, 7) for w in words), default=0)
        return max(planned, longest + 2 * PAD_SIDE + 1)

    planned = [
        Column(_t("Rank"), 24, centred=True),
        Column(_t("Staff no."), fit([p.staff_no for p in people], 36, 72), centred=True),
        Column(_t("Name"), fit([p.name for p in people], 36, 64)),
        Column(_t("Unit"), fit([p.unit_name for p in people], 56, 112)),
        Column(_t("Base"), 33, numeric=True),
        Column(_t("Awards"), 32, numeric=True),
        Column(_t("Deductions"), 34, numeric=True),
        Column(_t("Total"), 34, numeric=True),
        Column(_t("Unit rank"), 28, centred=True),
        Column(_t("Grade"), fit([label(g) for g in Grade], 30, 60), centred=True),
    ]
    planned = [replace(c, width=room_for(c.header, c.width)) for c in planned]
    stars_w = max(56, width - sum(c.width for c in planned))
    columns = fit_widths([*planned, Column(_t("Stars"), stars_w, wrap=True)], width)
    rows = [
        [
            str(p.rank),
            p.staff_no,
            p.name,
            p.unit_name,
            points(p.base),
            points(p.awards),
            points(p.deductions),
            points(p.total),
            str(p.unit_rank),
            label(p.grade),
            stars_text(p.stars),
        ]
        for p in people
    ]
    return [
        styles.para(
            _t(
                "Ties share a rank. The rank is bureau-wide; the unit rank is within the "
                "person's unit."
            ),
            styles.note,
        ),
        data_table(styles, columns, rows, font_size=size),
    ]
