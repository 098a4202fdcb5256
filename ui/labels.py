"""Words for the program's fixed choices (app.vocab) and kinds of record, in the screen's language at the moment they
are shown. The words themselves are ``app.terms``, shared with the reports and the handouts."""

from __future__ import annotations

from enum import StrEnum

from app import terms
from ui.i18n import current_language

RECORD_TYPES = terms.RECORD_TYPES  # the kinds of record that have a name


def label(value: StrEnum) -> str:
    """The word for one choice in the screen's language (the one vocabulary, ``app.terms``)."""
    return terms.term(value, current_language())


def record_type_label(name: str) -> str:
    return terms.record_type(name, current_language())


def options(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """Every member of ``enum`` as (value, translated label), in declaration order."""
    return [(member.value, label(member)) for member in enum]
