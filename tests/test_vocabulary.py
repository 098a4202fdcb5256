"""One vocabulary: each term of the domain (the fixed choices of app.vocab and the kinds of record) reads the same on
screen, in the reports and on the handouts, in Finnish, Swedish and English. The words live in ``app.terms``; these
tests fail when a place (a Qt Linguist file, the reports' or the handouts' own words) names a term differently."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from app import handout_text, terms, vocab
from app.reports import text as report_text
from ui.labels import label, record_type_label

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
ENGLISH = terms.LANGUAGES.index("en")


def every_term() -> list[tuple[str, terms.Words]]:
    """(what it is, its words) for every term."""
    found = [(f"{enum.__name__}.{value}", words) for (enum, value), words in terms.TERMS.items()]
    return found + [(f"record type {name}", words) for name, words in terms.RECORD_TYPES.items()]


def test_every_choice_of_the_vocabularies_the_screen_shows_has_its_words() -> None:
    enums = {enum for enum, _value in terms.TERMS}
    assert enums >= {vocab.EventKind, vocab.CancelReason, vocab.TargetGroup, vocab.EncounterGroup, vocab.Sector}
    for enum in enums:
        for member in enum:
            assert all(terms.words(member)), f"{enum.__name__}.{member.name}"
    assert set(terms.RECORD_TYPES) >= {"stop_day", "encounter", "guidance", "event", "referral", "contact_request"}


@pytest.mark.parametrize("language", terms.LANGUAGES)
def test_the_screen_names_each_term_in_the_one_vocabularys_words(translations: Any, language: str) -> None:
    translations.install(language)
    index = terms.LANGUAGES.index(language)
    for (enum, value), words in terms.TERMS.items():
        assert label(enum(value)) == words[index]
    for name, words in terms.RECORD_TYPES.items():
        assert record_type_label(name) == words[index]


@pytest.mark.parametrize("language", terms.LANGUAGES)
def test_reports_and_handouts_name_the_terms_as_the_screen_does(language: str) -> None:
    index = terms.LANGUAGES.index(language)
    members: list[StrEnum] = [*vocab.EventKind, *vocab.CancelReason]
    for member in members:
        assert report_text.word(member.value, language) == terms.words(member)[index]
    for group in ("parents", "children", "youth", "professionals"):
        assert report_text.word(group, language) == terms.words(vocab.TargetGroup(group))[index]
    for group in vocab.TargetGroup:
        assert handout_text.TEXT[language][group.value] == terms.words(group)[index].lower()


def english_sources() -> dict[str, list[terms.Words]]:
    """Each term's English word and the terms that have it ("Other" is a cancel reason, a sector and more)."""
    found: dict[str, list[terms.Words]] = {}
    for _what, words in every_term():
        found.setdefault(words[ENGLISH], []).append(words)
    return found


# The same English word for another thing, rightly said otherwise: (the screen's context, the source) and why.
HOMONYMS = {
    ("ConflictsModel", "Open"): "a conflict not yet resolved (avoin), not a stop day the bus is at (auki)",
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_screen_sentence_translates_a_term_in_words_of_its_own(language: str) -> None:
    """A page that says self.tr("Themed event") itself must say it as the vocabulary does."""
    index = terms.LANGUAGES.index(language)
    sources = english_sources()
    differing = []
    for context in ET.parse(TRANSLATIONS / f"pysakki_{language}.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            if source not in sources or (name, source) in HOMONYMS or translation is None or not translation.text:
                continue
            if translation.get("type") not in ("vanished", "obsolete") and translation.text not in {
                words[index] for words in sources[source]
            }:
                differing.append(f"{name}: {source!r} is {translation.text!r}")
    assert differing == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_report_word_translates_a_term_in_words_of_its_own(language: str) -> None:
    index = terms.LANGUAGES.index(language)
    sources = english_sources()
    differing = [
        f"{key}: {report_text.word(key, language)!r}"
        for key in report_text.WORDS["en"]
        if report_text.word(key, "en") in sources
        and report_text.word(key, language) not in {words[index] for words in sources[report_text.word(key, "en")]}
    ]
    assert differing == []
