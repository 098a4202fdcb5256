"""The embedded fonts of every PDF Pysäkki makes (DejaVu Sans: å, ä and ö print on any printer)."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.errors import FontMissingError

FONT, BOLD = "PysakkiSans", "PysakkiSans-Bold"
FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_problems() -> list[str]:
    """The font files that cannot be used, each with why ('' when all are fine); reads, registers nothing."""
    problems = []
    for filename in FILES.values():
        with as_file(files("resources").joinpath("fonts", filename)) as path:
            try:
                TTFont("check", str(path))
            except (OSError, TTFError) as exc:
                problems.append(f"{path}: {exc}")
    return problems


@cache
def register_fonts() -> None:
    for name, filename in FILES.items():
        with as_file(files("resources").joinpath("fonts", filename)) as path:
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise FontMissingError(f"font {path} cannot be read: {exc}", path=str(path)) from exc
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
