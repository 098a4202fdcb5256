"""Numbers as typed in the user's locale ("12,5" in Finnish). An empty field is None; what cannot be read as a
number is refused with the field's name, so the message appears next to it."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.errors import ValidationError


def optional_int(text: str, field: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toInt(text)
    if not ok:
        raise ValidationError.single(field, "invalid")
    return value


def optional_float(text: str, field: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text.replace(",", "."))
    if not ok:
        raise ValidationError.single(field, "invalid")
    return value
