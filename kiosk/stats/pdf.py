"""The report as a PDF an office manager reads at a glance: the key figures, then one
chart per figure (reportlab's own chart module), in the terminal's language.

Completed and abandoned sessions (pie), where abandoned sessions stopped (bars), the
seconds per step of each service (median and 90th percentile), the satisfaction
answers by face, the identification and payment methods and the languages (pies and
bars). Services are named by their titles; step and method names are the kiosk's
ids, as in the JSON.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any, Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable

from forms.display import MEGABYTES
from forms.loader import shipped_forms
from forms.pdf import FONT, FONT_BOLD, FONT_DIR
from kiosk.base.catalogue import text
from kiosk.base.i18n import N_, Message
from kiosk.stats.feedback import FACES

TITLE = N_("StatsReport", "Terminal figures")
PERIOD = N_("StatsReport", "Sessions from {first} to {last}, terminal {terminal}")
NO_SESSIONS = N_("StatsReport", "No sessions in this period.")
SESSIONS = N_("StatsReport", "Sessions")
COMPLETED = N_("StatsReport", "Completed")
ABANDONED = N_("StatsReport", "Abandoned")
RATE = N_("StatsReport", "Completion rate")
SATISFACTION_MEAN = N_("StatsReport", "Satisfaction (mean of {count} answers, 1 to 5)")
DURATION = N_("StatsReport", "Median minutes of a completed session")
SYNC = N_("StatsReport", "Median seconds until the office confirmed")
STOPPED = N_("StatsReport", "Where abandoned sessions stopped")
STEPS = N_("StatsReport", "Seconds per step: {service}")
MEDIAN = N_("StatsReport", "Median")
P90 = N_("StatsReport", "90th percentile")
SATISFACTION = N_("StatsReport", "Satisfaction: answers per face")
IDENTIFICATION = N_("StatsReport", "Identification methods (completed sessions)")
PAYMENT = N_("StatsReport", "Payment methods (completed sessions)")
LANGUAGES = N_("StatsReport", "Languages")
PRIVACY = N_("StatsReport", "No personal data: no names, answers or reference numbers, "
             "times only to the hour.")

INK: Final = colors.HexColor("#1d2b3a")
PALETTE: Final = [colors.HexColor(c) for c in ("#1f6fb2", "#e07b00", "#2e9d5b", "#b8336a",
                                               "#6b5bb5", "#8c8c8c", "#c9a100", "#00838f")]
# From very dissatisfied (red) to very satisfied (green).
SCALE: Final = [colors.HexColor(c) for c in ("#c0392b", "#e67e22", "#b7950b", "#58a55c",
                                             "#1e8449")]
WIDTH: Final = 170 * mm


def _fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def _style(size: float, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle(f"s{size}{bold}", fontName=FONT_BOLD if bold else FONT,
                          fontSize=size, leading=size * 1.3, textColor=INK, spaceAfter=2 * mm)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bars(labels: Sequence[str], series: Sequence[Sequence[float]], *,
          horizontal: bool, names: Sequence[str] = (),
          each: Sequence[Any] = (), counts: bool = False) -> Drawing:
    """Bars of one or more series (``names``: a legend); ``each``: a colour per bar."""
    rows = max(1, len(labels))
    height = (24 + rows * 9 * max(1, len(series)) + 24) if horizontal else 70 * mm
    drawing = Drawing(WIDTH, height + (18 if names else 0))
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (40 * mm, 16) if horizontal else (14 * mm, 36)
    chart.width = WIDTH - chart.x - 10 * mm
    chart.height = height - chart.y - 6
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    if counts:  # whole numbers on the axis
        top = max((v for s in series for v in s), default=0)
        chart.valueAxis.valueMax = top + max(1, math.ceil(top / 5))  # room for the labels
        chart.valueAxis.valueStep = max(1, math.ceil(top / 5))
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.reverseDirection = True
    else:
        chart.categoryAxis.labels.angle = 20 if len(labels) > 5 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 5 else "n"
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 7
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    for index, colour in enumerate(each):
        chart.bars[(0, index)].fillColor = colour
    drawing.add(chart)
    if names:
        legend = Legend()
        legend.x, legend.y = chart.x, height + 4
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = FONT
        legend.fontSize = 8
        legend.dx = legend.dy = 7
        legend.deltax = 90
        legend.colorNamePairs = [(PALETTE[i], n) for i, n in enumerate(names)]
        legend.boxAnchor = "sw"
        legend.dxTextSpace = 4
        drawing.add(legend)
    return drawing


def _pie(shares: dict[str, Any]) -> Drawing:
    drawing = Drawing(WIDTH, 52 * mm)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 8 * mm, 4 * mm, 44 * mm, 44 * mm
    keys = list(shares)
    pie.data = [float(shares[k]["count"]) for k in keys]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for index in range(len(keys)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = 64 * mm, 46 * mm
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = 9
    legend.dx = legend.dy = 8
    legend.boxAnchor = "nw"
    legend.columnMaximum = 8
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)],
                              f"{key}: {shares[key]['count']} "
                              f"({round(100 * shares[key]['share'])} %)")
                             for i, key in enumerate(keys)]
    drawing.add(legend)
    return drawing


def _figure(title: str, picture: Flowable | Drawing) -> KeepTogether:
    return KeepTogether([Spacer(1, 4 * mm), Paragraph(_escape(title), _style(11.5, True)),
                         picture])


def _number(value: float | None, language: str, digits: int = 1) -> str:
    """As the language writes a decimal: its separator from the catalogue's number
    pattern (``forms.display.MEGABYTES``, "{whole}.{tenth} MB": 1,2 MB in German)."""
    if value is None:
        return "–"
    sample = text(MEGABYTES.format(whole=1, tenth=2), language)
    separator = sample.partition("1")[2].partition("2")[0] or "."
    return f"{value:.{digits}f}".replace(".", separator)


def render_report_pdf(report: dict[str, Any], *, language: str, terminal: str) -> bytes:
    """The report (``kiosk.stats.report.build_report``) as PDF bytes."""
    _fonts()

    def t(message: Message) -> str:
        return text(message, language)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title=t(TITLE),
                            author=terminal, lang=language)
    story: list[Any] = [Paragraph(_escape(t(TITLE)), _style(18, True)),
                        Paragraph(_escape(t(PERIOD.format(first=report["from"] or "–",
                                                          last=report["to"] or "–",
                                                          terminal=terminal))), _style(10)),
                        Paragraph(_escape(t(PRIVACY)), _style(8.5))]
    if not report["sessions"]:
        story.append(Paragraph(_escape(t(NO_SESSIONS)), _style(12, True)))
        doc.build(story)
        return buffer.getvalue()
    satisfaction = report["satisfaction"]
    duration = report["duration_completed"]
    latency = report["sync_latency"]
    rate = report["completion_rate"]
    key = [[t(SESSIONS), str(report["sessions"])],
           [t(COMPLETED), str(report["completed"])],
           [t(RATE), f"{round(100 * rate)} %" if rate is not None else "–"],
           [t(SATISFACTION_MEAN.format(count=satisfaction["answers"])),
            _number(satisfaction["mean"], language, 2)],
           [t(DURATION), _number(duration["median_s"] / 60 if duration else None, language)],
           [t(SYNC), _number(latency["median_s"] if latency else None, language)]]
    table = Table(key, colWidths=[120 * mm, 40 * mm], hAlign="LEFT")
    table.setStyle([("FONT", (0, 0), (-1, -1), FONT, 10.5), ("FONT", (1, 0), (1, -1), FONT_BOLD),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8d0d8"))])
    story += [Spacer(1, 3 * mm), table]
    outcome = {t(COMPLETED): {"count": report["completed"],
                              "share": report["completed"] / report["sessions"]},
               t(ABANDONED): {"count": report["abandoned"],
                              "share": report["abandoned"] / report["sessions"]}}
    story.append(_figure(f"{t(COMPLETED)} / {t(ABANDONED)}", _pie(outcome)))
    stopped = report["abandoned_by_step"]
    if stopped:
        story.append(_figure(t(STOPPED), _bars(list(stopped), [list(stopped.values())],
                                               horizontal=True, counts=True)))
    faces = [t(face.name) for face in FACES]
    story.append(_figure(t(SATISFACTION), _bars(
        faces, [[satisfaction["distribution"][str(face.score)] for face in FACES]],
        horizontal=False, each=SCALE, counts=True)))
    forms = shipped_forms()
    for service, steps in report["steps"].items():
        names = list(steps)
        form = forms.get(service)  # its title, as the tile says it (the JSON keeps the id)
        story.append(_figure(t(STEPS.format(
            service=t(form.title) if form is not None else service)), _bars(
            names, [[steps[n]["median_s"] for n in names], [steps[n]["p90_s"] for n in names]],
            horizontal=True, names=[t(MEDIAN), t(P90)], counts=True)))  # whole seconds
    for title, shares in ((IDENTIFICATION, report["identification"]),
                          (PAYMENT, report["payment"]), (LANGUAGES, report["languages"])):
        if shares:
            story.append(_figure(t(title), _pie(shares)))
    doc.build(story)
    return buffer.getvalue()

