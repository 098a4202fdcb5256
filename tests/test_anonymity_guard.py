"""The anonymity guard: identity codes, phone numbers and e-mail addresses in anonymous free text are found and
refused, in the forms people type them; dates, kilometres and counts pass."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Store
from app.errors import ValidationError
from app.identity import Author
from app.models import GuidanceSession
from app.privacy.guard import find_identifying
from app.services import records
from tests.conftest import NOW, valid_data
from tests.desktop import click, window_at_a_stop
from ui.i18n import Translations

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def identity_code(birth: str, sign: str, number: str) -> str:
    """A code as the Digital and Population Data Services Agency makes it: DDMMYY, the century sign, the
    individual number and the remainder of the nine digits divided by 31 as the check character."""
    return f"{birth}{sign}{number}{CHECK_CHARACTERS[int(birth + number) % 31]}"


def kinds(text: str) -> list[str]:
    return [finding.kind for finding in find_identifying(text)]


# Every century sign: + (1800s), - Y X W V U (1900s), A B C D E F (2000s).
@pytest.mark.parametrize("sign", ["+", "-", "Y", "X", "W", "V", "U", "A", "B", "C", "D", "E", "F"])
@pytest.mark.parametrize("number", ["308", "002", "900", "999"])  # 900-999: temporary numbers
def test_identity_codes_with_every_century_sign_are_found(sign: str, number: str) -> None:
    code = identity_code("131052" if sign in "+-YXWVU" else "010516", sign, number)
    assert kinds(code) == ["identity_code"]
    text = f"Äiti kertoi tunnuksensa {code} ja lähti."
    [found] = find_identifying(text)
    assert text[found.start : found.end] == code
    assert kinds(code.lower()) == ["identity_code"]  # typed in lower case


def test_the_official_example_and_a_mistyped_check_character_are_found() -> None:
    assert kinds("131052-308T") == ["identity_code"]
    assert kinds("131052-308U") == ["identity_code"]  # one character wrong: still someone's birth date and number


@pytest.mark.parametrize(
    "text",
    [
        "311352-308T",  # no 31st day of the 13th month
        "290223A308T",  # no 29 February in 2023
        "131052G308T",  # G is no century sign
        "131052-000T",  # individual numbers start at 002
        "131052-308",  # too short
        "1310523308T",  # no sign at all
        "X131052-308TX",  # part of a longer code
    ],
)
def test_shapes_that_are_not_identity_codes_pass(text: str) -> None:
    assert "identity_code" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("soita 040 123 4567 iltaisin", "040 123 4567"),
        ("numero +358 50 765 4321", "+358 50 765 4321"),
        ("kotinumero (02) 123 4567", "(02) 123 4567"),
        ("0400-123456", "0400-123456"),
        ("0401234567", "0401234567"),
        ("+358401234567", "+358401234567"),
        ("045-1234567 klo 16 jälkeen", "045-1234567"),
        ("puh. 09 310 1691", "09 310 1691"),
        ("svensk mobil +46 70 123 45 67", "+46 70 123 45 67"),
    ],
)
def test_phone_numbers_as_people_type_them_are_found(text: str, number: str) -> None:
    [found] = find_identifying(text)
    assert (found.kind, text[found.start : found.end]) == ("phone", number)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("matti.meikalainen@example.fi", "matti.meikalainen@example.fi"),
        ("laita viestiä: aino+bussi@posti.example.com.", "aino+bussi@posti.example.com"),
        ("Äiti: sähköposti pää.äiti@esimerkki.fi", "pää.äiti@esimerkki.fi"),
    ],
)
def test_email_addresses_are_found(text: str, address: str) -> None:
    [found] = find_identifying(text)
    assert (found.kind, text[found.start : found.end]) == ("email", address)


@pytest.mark.parametrize(
    "text",
    [
        "2.5.2024",
        "15 km",
        "12345",
        "3 lasta",
        "ajoimme 11 000 km, 11000 km",
        "klo 14.30-15",
        "2024-05-02",
        "1.1.2025 - 31.12.2025 yhteensä 530",
        "kesto 40 min, 2 aikuista ja 5 lasta",
        "Vanhempainpuhelin 0800 92277",  # a service's free number, not a person's
        "Pyydä apua -palvelu @ Akaa",
        "syntynyt 13.10.1952",  # a date alone is not a code
    ],
)
def test_false_friends_pass(text: str) -> None:
    assert find_identifying(text) == []


def test_a_guidance_note_with_a_phone_number_is_refused_and_nothing_is_written(
    session: Session, author: Author, stop_day_id: str
) -> None:
    data = valid_data("guidance", stop_day_id, {}) | {"note": "  Soita 040 123 4567, sovittu"}
    with pytest.raises(ValidationError) as refused:
        records.create(session=session, author=author, type="guidance", data=data, now=NOW)
    [error] = refused.value.errors
    assert (error.field, error.code, dict(error.params)) == (
        "note",
        "identifying",
        {"kind": "phone", "start": 6, "end": 18},
    )
    assert "040" not in str(refused.value)  # the message says where, never what
    assert session.scalar(select(func.count()).select_from(GuidanceSession)) == 0
    records.create(session=session, author=author, type="guidance", data=data | {"note": "Soita, sovittu"}, now=NOW)


@pytest.mark.parametrize(
    ("type_name", "field"),
    [("stop_day", "place"), ("stop_day", "cancel_note"), ("event", "title"), ("event", "place"),
     ("professional_work", "note")],
)  # fmt: skip
def test_every_free_text_field_of_an_anonymous_record_is_guarded(
    session: Session, author: Author, stop_day_id: str, type_name: str, field: str
) -> None:
    data = valid_data(type_name, stop_day_id, {}) | {field: "Matti 131052-308T"}
    with pytest.raises(ValidationError) as refused:
        records.create(session=session, author=author, type=type_name, data=data, now=NOW)
    assert [(e.field, e.code, e.params["kind"]) for e in refused.value.errors] == [
        (field, "identifying", "identity_code")
    ]


def test_a_contact_request_may_carry_its_phone_number(session: Session, author: Author, stop_day_id: str) -> None:
    data = valid_data("contact_request", stop_day_id, {}) | {"phone": "040 123 4567", "preferred_time": "040 iltaisin"}
    made = records.create(session=session, author=author, type="contact_request", data=data, now=NOW)
    assert made.body.phone == "040 123 4567"  # type: ignore[attr-defined]


def test_the_guidance_form_highlights_the_number_and_says_why(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    window.workspace.setCurrentWidget(window.workspace.guidance_view)
    view = window.workspace.guidance_view
    click(qtbot, view.client_type.button("parent"))
    click(qtbot, view.outcome.button("advice"))
    qtbot.keyClicks(view.note_edit, " Soita aidille 0400-123456 huomenna")
    click(qtbot, view.save_button)
    assert view.form.errors.labels["note"].text() == (
        "⚠ Tämä näyttää puhelinnumerolta. Kirjaus on nimetön: poista se, niin voit tallentaa."
    )
    assert view.note_edit.selectedText() == "0400-123456"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(GuidanceSession)) == 0
    view.note_edit.setText("Soita äidille huomenna")  # the worker removes it; the rest of the form is kept
    click(qtbot, view.save_button)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(GuidanceSession)) == 1
