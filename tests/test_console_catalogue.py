"""The console's service catalogue against a live register, on the task queue's real threads: the services that
need a coordinator first, a contact added that reaches a laptop's handout after its sync, an organisation's general
contact, what the console refuses before sending and what the register refuses after."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.db import Store
from app.models import Organisation, Service
from app.services.referrals import unreachable
from sync.laptop import sync_now
from tests.desktop import click
from tests.models import model_contract
from tests.test_console import choose_row, connect, console_of_a_coordinator, no_letter_twice, rows
from tests.threaded import WAIT_MS
from ui.console import catalogue
from ui.console.catalogue_view import CatalogueView
from ui.i18n import Translations

UNREACHABLE = "kota-nuorten-tuki"  # shipped with no phone, web address or street address


def handout_warns(store: Store, service_id: str) -> bool:
    """The handout's question "no way to reach a service" would name ``service_id``."""
    with store.session() as session:
        found = unreachable(session=session, service_ids=[service_id], language="fi")
    return [service.service_id for service in found] == [service_id]


def retype(qtbot: QtBot, edit: Any, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def saved(qtbot: QtBot, page: CatalogueView) -> None:
    qtbot.waitUntil(page.service_form.save_button.isEnabled, timeout=WAIT_MS)
    qtbot.waitUntil(page.organisation_form.save_button.isEnabled, timeout=WAIT_MS)


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_contact_added_in_the_console_reaches_a_laptops_handout(
    qtbot: QtBot, register: Any, laptop: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert handout_warns(laptop, UNREACHABLE)
    _window, console = console_of_a_coordinator(qtbot, laptop, translations)
    page = console.view.catalogue_view
    console.view.tabs.setCurrentWidget(page)
    with model_contract() as contract:
        contract.watch_all(console.view)
        connect(qtbot, console, register.coordinator_token())
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)

        # Those a family cannot reach first, then those never checked.
        listed = page.model.rows
        order = [(service.reachable, service.contacts_checked) for service in listed]
        assert order == sorted(order) and not order[0][0]
        waiting = sum(service.needs_attention for service in listed)
        lead = "Palveluja, joihin ei saa yhteyttä tai joita ei ole tarkistettu"
        assert page.message.text() == f"{lead}: {waiting} (ensin)"
        at = page.model.find(UNREACHABLE)
        assert at is not None
        assert rows(page.model)[at][1:3] == ["Ei yhtään: ei tavoitettavissa", "Ei tarkistettu"]

        refused_before_sending(qtbot, register, page)

        # Fixed: a phone, a Swedish name, a municipality served, checked.
        form = page.service_form
        name_fi = page.model.rows[at].name_fi
        retype(qtbot, form.names["fi"], name_fi)
        retype(qtbot, form.contacts["phone"], "02 123 4567")
        form.contacts["web"].clear()
        form.names["sv"].setText("Kota ungdomsstöd")  # (typing ö by key events aborts the test run)
        first = form.areas.item(0)
        first.setCheckState(first.checkState().Checked)
        code = first.data(0x0100)
        form.checked.setChecked(True)
        click(qtbot, form.save_button)
        saved(qtbot, page)
        assert page.message.text() == f"Tallennettu: {name_fi}. Kannettavat saavat sen seuraavassa synkronoinnissa."
        assert rows(page.model)[at][1:3] == ["02 123 4567", "Tarkistettu"] and rows(page.model)[at][4] == ""
        with register.store.session() as session:
            service = session.get(Service, UNREACHABLE)
            assert service is not None
            assert (service.phone, service.web, service.name_sv) == ("02 123 4567", None, "Kota ungdomsstöd")
            assert service.contacts_checked and service.areas == [code]
            assert service.name_fi == name_fi and service.revision is not None

        organisation_contact(qtbot, register, page)
        refused_by_the_register(qtbot, page, at, monkeypatch)

        for language in ("sv", "en", "fi"):
            translations.install(language)
            no_letter_twice(console)
        contract.assert_kept()

    # The laptop's next sync brings the contact: its handout no longer asks about the service.
    sync_now(laptop)
    assert not handout_warns(laptop, UNREACHABLE)
    with laptop.session() as session:
        assert session.get(Service, UNREACHABLE).phone == "02 123 4567"  # type: ignore[union-attr]


def refused_before_sending(qtbot: QtBot, register: Any, page: CatalogueView) -> None:
    """Wrong shapes are said under their fields; nothing goes to the register."""
    choose_row(page.model, page, UNREACHABLE)
    form = page.service_form
    service = page.chosen()
    assert service is not None and form.isEnabled() and form.names["fi"].text() == service.name_fi
    retype(qtbot, form.contacts["phone"], "soita meille")
    retype(qtbot, form.contacts["web"], "ei osoitetta")
    retype(qtbot, form.names["fi"], "")
    click(qtbot, form.save_button)
    assert form.form.errors.shown() == {
        "name_fi": "⚠ Pakollinen.",
        "phone": "⚠ Tämä ei ole puhelinnumero.",
        "web": "⚠ Tämä ei ole verkko-osoite.",
    }
    assert form.save_button.isEnabled()  # nothing sent
    with register.store.session() as session:
        assert session.get(Service, UNREACHABLE).phone is None  # type: ignore[union-attr]


def organisation_contact(qtbot: QtBot, register: Any, page: CatalogueView) -> None:
    """The chosen service's organisation's general contact, saved once; the same again sends nothing."""
    organisation_form = page.organisation_form
    service = page.chosen()
    assert service is not None and organisation_form.isEnabled()
    assert organisation_form.row.id == service.organisation_id
    retype(qtbot, organisation_form.contacts["website"], "https://kota.example.fi")
    click(qtbot, organisation_form.save_button)
    saved(qtbot, page)
    with register.store.session() as session:
        organisation = session.get(Organisation, organisation_form.row.id)
        assert organisation is not None and organisation.website == "https://kota.example.fi"
    click(qtbot, organisation_form.save_button)  # again: nothing changed, nothing sent
    assert page.message.text() == "Ei tallennettavaa: rekisterissä on jo sama."


def refused_by_the_register(qtbot: QtBot, page: CatalogueView, at: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """What only the register can refuse: said on the row and under the field, and what was typed stays."""
    form = page.service_form
    monkeypatch.setattr(catalogue, "contact_problems", lambda model, values: [])
    too_long = "0" * 61
    retype(qtbot, form.contacts["phone"], too_long)
    click(qtbot, form.save_button)
    saved(qtbot, page)
    assert rows(page.model)[at][4] == "Rekisteri ei hyväksynyt tätä: phone: longer than 60 characters"
    assert form.form.errors.shown()["phone"] == "⚠ Rekisteri ei hyväksynyt tätä: longer than 60 characters"
    assert form.contacts["phone"].text() == too_long
    assert page.message.text() == "Ei tallennettu: rekisteri ei hyväksynyt sitä. Kirjoittamasi on tallella."
