"""The referral handout: a printed sheet, in the family's language, saying what each service is and how to reach it.

It is built only from catalogue data, the unit's name and the date: nothing about the family or the session can
reach it, because nothing about them is passed in. Fonts are embedded (DejaVu Sans, subset by reportlab), so
å, ä and ö print on any printer; the web address is also a QR code.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from app.handout_text import TEXT
from app.pdf_fonts import BOLD, FONT, register_fonts

PAGE_SIZES = {"A4": A4, "A5": A5}
BRAND = colors.HexColor("#00577a")


@dataclass(frozen=True, slots=True)
class HandoutService:
    """What the sheet says of one service, already in the handout's language."""

    name: str
    organisation: str
    description: str
    target_groups: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    free: bool = True
    phone: str | None = None
    web: str | None = None
    email: str | None = None
    address: str | None = None
    hours: str | None = None
    organisation_contact: bool = False  # the contact rows are the organisation's general ones

    @property
    def reachable(self) -> bool:
        """A family can reach it from the sheet alone: a phone, a web address or a street address is given."""
        return bool(self.phone or self.web or self.address)


def render_handout(
    services: list[HandoutService],
    *,
    language: str,
    unit_name: str,
    day: date,
    page_size: str = "A4",
) -> bytes:
    """The PDF of one sheet (more pages only if the services do not fit) for ``services`` in ``language``."""
    if not services:
        raise ValueError("a handout needs at least one service")
    if language not in TEXT:
        raise ValueError(f"no handout text in {language!r}")
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}")
    register_fonts()
    words = TEXT[language]
    size = PAGE_SIZES[page_size]
    scale = 1.0 if page_size == "A4" else 0.82
    margin = 16 * mm * scale
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 8 * mm,
        title=words["title"],
        author=unit_name,
        lang=language,
        invariant=True,  # the same sheet gives the same bytes: cacheable and testable
        initialFontName=FONT,  # not Helvetica, which would be referenced without being embedded
    )
    styles = _styles(scale)
    story: list[Flowable] = [_header(unit_name, words["title"], document.width, scale)]
    story += [Spacer(1, 4 * mm * scale), Paragraph(escape(words["lead"]), styles["lead"]), Spacer(1, 3 * mm)]
    for service in services:
        story.append(CondPageBreak(60 * mm * scale))
        story.append(KeepTogether(_service_block(service, words, styles, document.width, scale)))
    footer = f"{words['date']} {day.strftime('%d.%m.%Y')} · {unit_name} · {words['footer']}"

    def draw_footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        del doc
        canvas.saveState()
        canvas.setFont(FONT, 8 * scale)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(margin, margin * 0.7, footer)
        canvas.restoreState()

    document.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buffer.getvalue()


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10.5 * scale, leading=14 * scale)
    return {
        "lead": ParagraphStyle("lead", parent=base, fontSize=11.5 * scale, leading=15 * scale),
        "name": ParagraphStyle("name", parent=base, fontName=BOLD, fontSize=15 * scale, leading=19 * scale,
                               textColor=BRAND, spaceAfter=1 * mm),
        "organisation": ParagraphStyle("organisation", parent=base, textColor=colors.HexColor("#333333")),
        "body": base,
        "free": ParagraphStyle("free", parent=base, fontName=BOLD),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=9.5 * scale),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5 * scale, leading=9 * scale,
                                alignment=1),
    }  # fmt: skip


def _header(unit_name: str, title: str, width: float, scale: float) -> Table:
    logo = Logo(18 * mm * scale)
    heading = Paragraph(
        f'<font name="{BOLD}" size="{20 * scale:.1f}" color="#00577a">{escape(title)}</font><br/>'
        f'<font size="{11 * scale:.1f}">{escape(unit_name)}</font>',
        ParagraphStyle("heading", fontName=FONT, leading=24 * scale),
    )
    table = Table([[logo, heading]], colWidths=[22 * mm * scale, width - 22 * mm * scale])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, BRAND),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm * scale),
            ]
        )
    )
    return table


def _table_style(commands: list[Any]) -> TableStyle:
    """A table style whose cells use the embedded font (reportlab's default, Helvetica, is never embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


class Logo(Flowable):
    """The unit's mark: a bus-stop sign with a small bus, drawn as vectors so it prints sharp at any size."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(size * 0.06)
        canvas.line(size * 0.5, 0, size * 0.5, size * 0.4)
        canvas.setFillColor(BRAND)
        canvas.circle(size * 0.5, size * 0.66, size * 0.33, stroke=0, fill=1)
        bus_w, bus_h = size * 0.36, size * 0.2
        left, bottom = size * 0.5 - bus_w / 2, size * 0.56
        canvas.setFillColor(colors.white)
        canvas.roundRect(left, bottom, bus_w, bus_h, size * 0.03, stroke=0, fill=1)
        for x in (left + bus_w * 0.22, left + bus_w * 0.78):
            canvas.circle(x, bottom, size * 0.035, stroke=0, fill=1)
        canvas.setFillColor(BRAND)
        canvas.rect(left + bus_w * 0.1, bottom + bus_h * 0.5, bus_w * 0.8, bus_h * 0.32, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, size * 0.13)
        canvas.drawCentredString(size * 0.5, size * 0.83, "P")


@lru_cache(maxsize=256)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of ``text`` (error correction M); cached, as the same few addresses recur all day."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


class QrCode(Flowable):
    """A QR code drawn straight onto the page: one filled rectangle per run of dark modules."""

    QUIET = 2  # modules of white border (the sheet's margin adds more)

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_modules(self.text)
        box = self.size / (len(modules) + 2 * self.QUIET)
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for r, row in enumerate(modules):
            y = self.size - (r + 1 + self.QUIET) * box
            c = 0
            for dark, run in groupby(row):
                count = len(list(run))
                if dark:
                    canvas.rect((c + self.QUIET) * box, y, count * box, box, stroke=0, fill=1)
                c += count


def _service_block(
    service: HandoutService,
    words: dict[str, str],
    styles: dict[str, ParagraphStyle],
    width: float,
    scale: float,
) -> list[Flowable]:
    block: list[Flowable] = [
        HRFlowable(
            width="100%", thickness=0.4, color=colors.HexColor("#bbbbbb"), spaceBefore=2 * mm, spaceAfter=3 * mm
        ),
        Paragraph(escape(service.name), styles["name"]),
        Paragraph(f"{escape(words['offered_by'])}: {escape(service.organisation)}", styles["organisation"]),
        Spacer(1, 2 * mm * scale),
    ]
    if service.description:
        for part in service.description.split("\n"):
            block.append(Paragraph(escape(part), styles["body"]))
    groups = [words[group] for group in service.target_groups if group in words]
    if groups:
        block.append(Paragraph(f"<b>{escape(words['for'])}:</b> {escape(', '.join(groups))}", styles["body"]))
    languages = [words[f"lang_{code}"] for code in service.languages if f"lang_{code}" in words]
    if languages:
        block.append(Paragraph(f"<b>{escape(words['languages'])}:</b> {escape(', '.join(languages))}", styles["body"]))
    block += [Spacer(1, 1.5 * mm), Paragraph(escape(words["free" if service.free else "not_free"]), styles["free"])]
    rows = [
        (words[key], value)
        for key, value in (
            ("phone", service.phone),
            ("web", service.web),
            ("email", service.email),
            ("address", service.address),
            ("hours", service.hours),
        )
        if value
    ]
    if not service.reachable:  # printed anyway, as the worker chose: the family asks the bus for the contact
        block += [Spacer(1, 1.5 * mm), Paragraph(escape(words["to_check"]), styles["free"])]
    if not rows:
        return block
    if service.organisation_contact:
        block += [Spacer(1, 1.5 * mm), Paragraph(escape(words["via_organisation"]), styles["label"])]
    label_width = 30 * mm * scale
    qr_width = 28 * mm * scale if service.web else 0
    contacts = Table(
        [
            [Paragraph(escape(label), styles["label"]), Paragraph(escape(value), styles["body"])]
            for label, value in rows
        ],
        colWidths=[label_width, width - label_width - qr_width - 2 * mm],
    )
    contacts.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    if service.web:
        qr = Table(
            [[QrCode(service.web, qr_width - 4 * mm)], [Paragraph(escape(words["scan"]), styles["small"])]],
            colWidths=[qr_width],
        )
        qr.setStyle(_table_style([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        body = Table([[contacts, qr]], colWidths=[width - qr_width, qr_width])
        body.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    else:
        body = contacts
    block += [Spacer(1, 2 * mm), body]
    return block
