"""The printable report: the unit's header, each table with a bar chart beside its figures, the legend.

An exported (protected) report never draws a bar for a hidden cell: a bar's height would give the number away.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from app.pdf_fonts import BOLD, FONT, register_fonts
from app.reports.table import Report, Table, count_axis, display
from app.reports.text import word

BRAND = colors.HexColor("#00577a")
SERIES_COLOURS = [colors.HexColor(c) for c in ("#00577a", "#e07b00", "#5b8c2a", "#8e3b8e")]
WIDE = 7  # tables with more columns than this are printed on a landscape page
HEAD_PADDING = 2.0  # points each side of a column heading
SMALLEST_HEADING = 4.5  # points: a heading shrinks this far before a word of it would be cut
# Where the longest heading words may be hyphenated when a column is too narrow for them: at the boundary of their
# compound, which is correct in Finnish and Swedish (a word is otherwise never cut: the heading's type shrinks).
COMPOUNDS = {
    "Yhteydenottopyynnöt": ("Yhteydenotto", "pyynnöt"),
    "Pysäkkipäivät": ("Pysäkki", "päivät"),
    "Kontaktbegäranden": ("Kontakt", "begäranden"),
    "Hållplatsdagar": ("Hållplats", "dagar"),
    "popup-handledning": ("popup", "handledning"),
}


def render_pdf(report: Report) -> bytes:
    register_fonts()
    wide = any(len(table.columns) > WIDE for table in report.tables)
    size = landscape(A4) if wide else A4
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=size,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=24 * mm,
        bottomMargin=16 * mm,
        title=f"{report.title} {report.start:%d.%m.%Y}–{report.end:%d.%m.%Y}",
        author=report.unit,
        creator="Pysäkki",
        initialFontName=FONT,
    )
    styles = _styles()
    language = report.language
    story: list[Any] = [
        Paragraph(escape(report.title), styles["title"]),
        Paragraph(
            escape(
                f"{word('period', language)}: {report.start:%d.%m.%Y} – {report.end:%d.%m.%Y} · "
                f"{word('unit', language)}: {report.unit} · {word('municipality', language)}: {report.municipality}"
            ),
            styles["meta"],
        ),
        Paragraph(
            escape(
                word("legend", language).format(threshold=report.threshold)
                if report.threshold
                else word("exact", language)
            ),
            styles["meta"],
        ),
        Spacer(1, 4 * mm),
    ]
    width = size[0] - 30 * mm
    exported = report.threshold > 0
    for table in report.tables:
        block: list[Any] = [Paragraph(escape(table.title), styles["heading"]), _grid(table, exported, width, styles)]
        if table.note:
            block.append(Paragraph(escape(table.note), styles["note"]))
        story.append(CondPageBreak(60 * mm))
        story.append(KeepTogether(block))
        chart = _chart(table, exported, width)
        if chart is not None:
            story.append(Spacer(1, 3 * mm))
            story.append(chart)
        story.append(Spacer(1, 6 * mm))

    def header(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(BRAND)
        canvas.rect(0, size[1] - 14 * mm, size[0], 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 12)
        canvas.drawString(15 * mm, size[1] - 9 * mm, report.unit)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(size[0] - 15 * mm, size[1] - 9 * mm, report.title)
        canvas.setFillColor(colors.grey)
        canvas.setFont(FONT, 8)
        made = f"{word('made', language)} {report.made_on:%d.%m.%Y} · " if report.made_on else ""
        canvas.drawString(15 * mm, 9 * mm, f"{made}Pysäkki")
        canvas.drawRightString(size[0] - 15 * mm, 9 * mm, f"{word('page', language)} {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=header, onLaterPages=header)
    return out.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, textColor=BRAND, spaceAfter=4),
        "meta": ParagraphStyle("meta", fontName=FONT, fontSize=9, leading=12, textColor=colors.HexColor("#333333")),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=12, leading=15, spaceAfter=3, textColor=BRAND),
        "note": ParagraphStyle("note", fontName=FONT, fontSize=8, leading=10, textColor=colors.grey, spaceBefore=2),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=6.5, leading=8, alignment=2),
    }


def _grid(table: Table, exported: bool, width: float, styles: dict[str, ParagraphStyle]) -> PdfTable:
    first = min(70 * mm, width * 0.34) if len(table.columns) <= WIDE else 40 * mm
    column_width = min((width - first) / max(1, len(table.columns)), 32 * mm)
    head = [Paragraph("", styles["cell"])] + [_heading(c.label, column_width, styles["head"]) for c in table.columns]
    body = [
        [Paragraph(escape(row.label), styles["cell"])]
        + [display(table.shown(r, c) if exported else table.cells[r][c]) for c in range(len(table.columns))]
        for r, row in enumerate(table.rows)
    ]
    grid = PdfTable([head, *body], colWidths=[first] + [column_width] * len(table.columns), repeatRows=1)
    style: list[Any] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BRAND),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f7")]),
        ("LEFTPADDING", (1, 0), (-1, 0), HEAD_PADDING),
        ("RIGHTPADDING", (1, 0), (-1, 0), HEAD_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if table.total_row:
        style += [("FONT", (1, -1), (-1, -1), BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.6, BRAND)]
    grid.setStyle(TableStyle(style))
    return grid


def _chart(table: Table, exported: bool, width: float) -> Drawing | None:
    columns = [c for c, column in enumerate(table.columns) if column.key in table.chart]
    rows = [r for r, row in enumerate(table.rows) if row.key != "total"]
    if not columns or not rows:
        return None
    data = []
    for c in columns:
        series = []
        for r in rows:
            shown = table.shown(r, c) if exported else table.cells[r][c]
            series.append(float(shown) if isinstance(shown, int | float) else 0.0)
        data.append(series)
    if not any(any(series) for series in data):
        return None
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = round(12 * mm), round(16 * mm)
    chart.width, chart.height = round(width - 60 * mm), round(height - 22 * mm)
    chart.data = data
    chart.categoryAxis.categoryNames = [_short(table.rows[r].label) for r in rows]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30 if len(rows) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    step, end = count_axis(max(max(series) for series in data))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = end
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index in range(len(columns)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = round(width - 45 * mm), round(height - 8 * mm)
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"
    legend.colorNamePairs = [
        (SERIES_COLOURS[i % len(SERIES_COLOURS)], _short(table.columns[c].label, 30)) for i, c in enumerate(columns)
    ]
    drawing.add(legend)
    drawing.add(String(0, 2, "", fontName=FONT))
    return drawing


def _heading(label: str, column_width: float, style: ParagraphStyle) -> Paragraph:
    """A column heading that wraps between words, never inside one ("Tilaisuud|et"): a word too wide for the column
    is hyphenated at its compound boundary where it has one, and the type shrinks until the widest piece fits."""
    room = column_width - 2 * HEAD_PADDING
    pieces: list[str] = []
    for text in label.split():
        if text in COMPOUNDS and stringWidth(text, BOLD, style.fontSize) > room:
            head, tail = COMPOUNDS[text]
            pieces += [f"{head}-", tail]
        else:
            pieces.append(text)
    widest = max((stringWidth(piece, BOLD, 1) for piece in pieces), default=0.0)
    size = max(SMALLEST_HEADING, min(style.fontSize, room / widest)) if widest else style.fontSize
    fitted = ParagraphStyle(f"head-{size:.2f}", parent=style, fontSize=size, leading=size * 1.25, splitLongWords=0)
    return Paragraph(escape(" ".join(pieces)), fitted)


def _short(text: str, limit: int = 18) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
