"""A count in a sentence takes the form its number asks for ("1 participant", "2 participants") in every language:
Qt's numerus forms (``%n``), filled in the Finnish, Swedish and English translations alike."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest

from app.catalogue.ptv import ImportReport
from app.errors import FieldError
from app.identity import Author
from app.records import Record
from app.services import records
from sync.receipt import ReceiptCheck
from tests.conftest import NOW
from ui.i18n import Translations
from ui.messages import field_message
from ui.pages.history_model import describe
from ui.pages.services_view import ServicesView
from ui.pages.sync_view import SyncView

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
# "%1 records": a number put before a plural noun, whatever the number is. Verbs after a name are not counts.
COUNTED_NOUN = re.compile(r"%[1-9] (?:new )?([a-z]+s)\b")
VERBS = {"is", "was", "has", "does", "belongs", "makes"}


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS / f"pysakki_{language}.ts").getroot().iter("message"))


def test_no_sentence_puts_a_number_before_a_plural_noun_without_numerus_forms() -> None:
    sources = [message.findtext("source") or "" for message in messages("en")]
    counted = [s for s in sources if any(word not in VERBS for word in COUNTED_NOUN.findall(s))]
    assert counted == []


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_numerus_sentence_has_its_forms_in_each_language(language: str) -> None:
    numerus = [m for m in messages(language) if m.get("numerus") == "yes"]
    assert len(numerus) > 10
    for message in numerus:
        forms = [form.text or "" for form in message.iter("numerusform")]
        source = message.findtext("source")
        assert forms and all("%n" in form for form in forms), f"{language}: {source}: {forms}"
        assert not any("(s)" in form for form in forms), f"{language}: {source}: {forms}"


def event_with(participants: int, author: Author) -> Record:
    body = {"kind": "themed_event", "title": "Satutuokio", "starts_at": NOW - timedelta(hours=1)}
    body |= {"municipality_code": "400", "participants_parents": participants}
    rtype = records.record_type("event")
    return Record("event", "e1", author.unit_id, author.device_id, NOW, NOW, 1, None, False, rtype.body(**body))


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 participant", "2 participants"),
        ("fi", "1 osallistuja", "2 osallistujaa"),
        ("sv", "1 deltagare", "2 deltagare"),
    ],
)
def test_counts_read_right_for_one_and_for_more(
    translations: Translations, author: Author, language: str, one: str, two: str
) -> None:
    translations.install(language)
    assert describe(event_with(1, author), {}).endswith(f"· {one}")
    assert describe(event_with(2, author), {}).endswith(f"· {two}")


def test_english_says_one_try_one_second_one_new_service_and_one_record(translations: Translations) -> None:
    translations.install("en")
    assert (
        field_message(FieldError("pin", "wrong_pin", {"attempts_left": 1})) == "Wrong PIN. 1 try left before a pause."
    )
    assert (
        field_message(FieldError("pin", "locked_out", {"seconds": 1})) == "Too many wrong PINs. Try again in 1 second."
    )
    assert (
        field_message(FieldError("pin", "wrong_pin", {"attempts_left": 3})) == "Wrong PIN. 3 tries left before a pause."
    )
    services = ServicesView()
    report = ImportReport(services_created=1, services_updated=2, services_unchanged=0)
    assert services.describe_import(report) == "Imported: 1 new service, 2 updated, 0 unchanged."
    services.deleteLater()
    sync = SyncView()
    receipt = ReceiptCheck(at=NOW, mine=1, held=0, differing=("encounter",))
    assert sync.receipt_text(receipt).startswith("Headquarters holds 0 of this laptop's 1 record (checked ")
    sync.deleteLater()
