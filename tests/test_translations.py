"""Every string the user can see is in the Finnish and Swedish translations, and the .ts files match the code."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n import compiled_translation

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[name, message.findtext("source") or ""] = message
    return found


@pytest.fixture(scope="module")
def from_code(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in ui/ today, written fresh (no earlier translations to hide anything)."""
    fresh = tmp_path_factory.mktemp("lupdate")
    (path,) = tool.update(fresh, ("fi",))
    return messages(path)


def test_the_code_has_user_visible_strings(from_code: dict[tuple[str, str], ET.Element]) -> None:
    contexts = {context for context, _ in from_code}
    expected = {"MainWindow", "SignInView", "TodayView", "CounterView", "GuidanceView", "EventView", "HistoryView"}
    assert expected <= contexts
    assert ("EventView", "&Title:") in from_code and len(from_code) > 200
    # The domain's terms are the one vocabulary's (app.terms, shared with reports and handouts), not Qt Linguist's.
    assert not any(context == "Vocab" for context, _ in from_code)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_string_is_translated(language: str, from_code: dict[tuple[str, str], ET.Element]) -> None:
    committed = messages(ROOT / "resources" / "translations" / f"pysakki_{language}.ts")
    missing = sorted(key for key in from_code if key not in committed)
    assert not missing, f"run scripts/translations.py and translate: {missing}"
    unfinished = []
    for key in from_code:
        translation = committed[key].find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            unfinished.append(key)
    assert not unfinished, f"{language}: not translated: {unfinished}"


def test_no_stale_strings_are_kept(from_code: dict[tuple[str, str], ET.Element]) -> None:
    for language in ("fi", "sv", "en"):
        committed = messages(ROOT / "resources" / "translations" / f"pysakki_{language}.ts")
        assert set(committed) == set(from_code), f"pysakki_{language}.ts is out of date: run scripts/translations.py"


def test_translations_are_built_once_and_rebuilt_when_the_source_changes(tmp_path: Path) -> None:
    first = compiled_translation("sv", tmp_path)
    assert first is not None and first.stat().st_size > 1000
    stamp = first.stat().st_mtime_ns
    assert compiled_translation("sv", tmp_path) == first and first.stat().st_mtime_ns == stamp
    assert compiled_translation("xx", tmp_path) is None


# The program's own words that are not the domain's terms (those are in app/terms.py and tests/test_vocabulary.py):
# each said with one word in each language, on every screen. A stem, so that Finnish and Swedish may inflect it.
GLOSSARY = {
    "laptop": {"fi": "kannettav", "sv": "dator"},
    "register": {"fi": "rekister", "sv": "regist"},
    "headquarters": {"fi": "keskustoimist", "sv": "huvudkontor"},
    "contact request": {"fi": "yhteydenottopyyn", "sv": "kontaktbegär"},
    "referral": {"fi": "ohjau", "sv": "hänvisning"},
}
# Words once used beside the glossary's for the same thing ("en bärbar dator" is the Swedish term in full).
SYNONYMS: dict[str, tuple[str, ...]] = {"fi": ("kone", "läppär"), "sv": ()}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_each_of_the_programs_words_has_one_translation(language: str) -> None:
    """ "This laptop" was "tämä kone" on the Sync page, "kannettava" in the console and "läppärit" in a message."""
    differing = []
    for (context, source), message in messages(ROOT / "resources" / "translations" / f"pysakki_{language}.ts").items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        said = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        plain = source.replace("&", "").lower()
        for text in (form.replace("&", "").lower() for form in said):
            for term, stems in GLOSSARY.items():
                if term in plain and stems[language] not in text:
                    differing.append(f"{context}: {source!r} says {term!r} as {text!r}")
            differing += [
                f"{context}: {text!r} says {word!r}" for word in SYNONYMS[language] if re.search(rf"\b{word}", text)
            ]  # a word that begins so ("koneella"), not one that holds it ("pesukone")
    assert differing == []
