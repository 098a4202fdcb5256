"""Date editors in the format of the language in use: Qt sets an editor's format once, from the locale it was made
in, and keeps it through a language switch unless told again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit


def follow_locale(edit: QDateTimeEdit) -> None:
    """The editor's format, and its calendar's names of months and days, from the locale now in use."""
    locale = QLocale()
    edit.setLocale(locale)
    short = QLocale.FormatType.ShortFormat
    edit.setDisplayFormat(locale.dateFormat(short) if isinstance(edit, QDateEdit) else locale.dateTimeFormat(short))


def short_date(day: date) -> str:
    """``day`` written as the date editors write it in the language in use (1.12.2026, 01/12/2026)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
