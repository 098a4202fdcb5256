"""Referral handouts: the PDF's words in each language, embedded fonts, nothing about the family, and referrals."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.handout_text import TEXT
from app.handouts import render_handout
from app.identity import Author
from app.models import Organisation, Referral
from app.services import records, referrals
from tests.conftest import NOW, valid_data

DAY = date(2026, 11, 20)
SERVICES = ["mll-vanhempainpuhelin", "etk-vakivaltatyo"]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def fonts(pdf: bytes) -> list[dict[str, Any]]:
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            found.append(font.get_object())
    return found


@pytest.mark.parametrize(
    ("language", "name", "free_line"),
    [
        ("fi", "Vanhempainpuhelin ja -netti", "Palvelu on maksuton ja vapaaehtoinen."),
        ("sv", "Föräldratelefonen", "Tjänsten är avgiftsfri och frivillig."),
        ("en", "Parents' Helpline", "The service is free of charge and voluntary."),
    ],
)
def test_the_handout_says_what_where_and_free_in_the_chosen_language(
    session: Session, author: Author, language: str, name: str, free_line: str
) -> None:
    pdf = referrals.handout_pdf(session=session, author=author, service_ids=SERVICES, language=language, day=DAY)
    text = " ".join(pdf_text(pdf).split())
    assert name in text
    assert "0800 92277" in text
    assert free_line in text
    assert "20.11.2026" in text
    assert TEXT[language]["footer"] in text
    assert "https://www.mll.fi" in text
    assert len(pdf) < 100_000


def test_fonts_are_embedded_with_nordic_characters(session: Session, author: Author) -> None:
    pdf = referrals.handout_pdf(session=session, author=author, service_ids=SERVICES, language="sv", day=DAY)
    used = fonts(pdf)
    assert used, "no fonts in the PDF"
    for font in used:
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert "Föräldratelefonen" in pdf_text(pdf) and "Åbo" in pdf_text(pdf)  # ö and Å survive the round trip


def test_no_field_of_the_session_or_client_reaches_the_handout(
    session: Session, author: Author, stop_day_id: str
) -> None:
    guidance = valid_data("guidance", stop_day_id, {}) | {
        "note": "Tapaaminen Virtasen perheen kanssa, äiti 34 v",
        "client_type": "family",
        "age_band": "30-64",
    }
    session_id = records.create(session=session, author=author, type="guidance", data=guidance, now=NOW).id
    referrals.refer(
        session=session,
        author=author,
        service_ids=SERVICES,
        language="fi",
        stop_day_id=stop_day_id,
        session_id=session_id,
        theme_key="divorce",
        now=NOW,
    )
    (handout,) = referrals.recent_handouts(session=session, language="fi")
    pdf = referrals.handout_pdf(
        session=session, author=author, service_ids=handout.service_ids, language=handout.language, day=DAY
    )
    text = pdf_text(pdf)
    for leaked in ("Virtasen", "34 v", "30-64", "family", "perhe ", session_id, stop_day_id, "Laitilan tori"):
        assert leaked not in text
    assert "Vanhempainpuhelin" in text


def test_refer_records_one_referral_per_service_all_or_nothing(
    session: Session, author: Author, stop_day_id: str
) -> None:
    created = referrals.refer(
        session=session,
        author=author,
        service_ids=[*SERVICES, SERVICES[0]],  # the same service twice is one referral
        language="sv",
        stop_day_id=stop_day_id,
        now=NOW,
    )
    assert len(created) == 2
    rows = session.scalars(select(Referral).order_by(Referral.service_id)).all()
    assert [(r.service_id, r.organisation_id, r.handout_language) for r in rows] == [
        ("etk-vakivaltatyo", "turun-ensi-ja-turvakoti", "sv"),
        ("mll-vanhempainpuhelin", "mll-varsinais-suomi", "sv"),
    ]
    assert all(r.version > r.synced_version for r in rows)  # waiting for the register
    with pytest.raises(NotFoundError):
        referrals.refer(
            session=session, author=author, service_ids=["mll-perhekahvilat", "no-such"], language="fi",
            stop_day_id=stop_day_id, now=NOW,
        )  # fmt: skip
    with pytest.raises(ValidationError):
        referrals.refer(session=session, author=author, service_ids=[], language="fi", stop_day_id=stop_day_id)


def test_recent_handouts_group_referrals_made_together(session: Session, author: Author, stop_day_id: str) -> None:
    referrals.refer(session=session, author=author, service_ids=SERVICES, language="fi", stop_day_id=stop_day_id,
                    now=NOW)  # fmt: skip
    later = NOW.replace(hour=11)
    referrals.refer(session=session, author=author, service_ids=["folkhalsan-familjestod"], language="sv",
                    stop_day_id=stop_day_id, now=later)  # fmt: skip
    newest, older = referrals.recent_handouts(session=session, language="fi")
    assert (newest.language, newest.service_ids) == ("sv", ["folkhalsan-familjestod"])
    assert (older.language, sorted(older.service_ids)) == ("fi", sorted(SERVICES))


def test_a5_and_bad_arguments(session: Session, author: Author) -> None:
    pdf = referrals.handout_pdf(
        session=session, author=author, service_ids=SERVICES[:1], language="en", day=DAY, page_size="A5"
    )
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)
    with pytest.raises(ValueError, match="at least one"):
        render_handout([], language="fi", unit_name="x", day=DAY)
    with pytest.raises(ValueError, match="no handout text"):
        referrals.handout_pdf(session=session, author=author, service_ids=SERVICES, language="de", day=DAY)


def test_every_language_has_every_handout_word() -> None:
    keys = set(TEXT["fi"])
    assert all(set(words) == keys for words in TEXT.values())


def test_a_service_with_no_contact_is_found_before_printing_and_the_sheet_says_so(
    session: Session, author: Author
) -> None:
    """The shipped catalogue makes up no contact: the shelter's services have none, nor has the shelter."""
    found = referrals.unreachable(session=session, service_ids=SERVICES, language="en")
    assert [(item.service_id, item.organisation_contact) for item in found] == [("etk-vakivaltatyo", None)]
    pdf = referrals.handout_pdf(session=session, author=author, service_ids=SERVICES, language="en", day=DAY)
    text = " ".join(pdf_text(pdf).split())
    assert text.count(TEXT["en"]["to_check"]) == 1  # only under the shelter's service, printed anyway

    mll = referrals.unreachable(session=session, service_ids=["mll-perhekahvilat"], language="fi")
    assert mll == []  # the league's web site, from the shipped data, reaches it
    add_shelter_site = "https://example.invalid/etk"
    shelter = session.get(Organisation, "turun-ensi-ja-turvakoti")
    assert shelter is not None
    shelter.website = add_shelter_site
    (offered,) = referrals.unreachable(session=session, service_ids=SERVICES, language="fi")
    assert offered.organisation_contact == add_shelter_site
    plain = pdf_text(referrals.handout_pdf(session=session, author=author, service_ids=SERVICES, language="fi",
                                           day=DAY))  # fmt: skip
    assert add_shelter_site not in plain  # only when the worker chose it
    chosen = " ".join(pdf_text(referrals.handout_pdf(session=session, author=author, service_ids=SERVICES,
                                                     language="fi", day=DAY,
                                                     organisation_contact=["etk-vakivaltatyo"])).split())  # fmt: skip
    assert add_shelter_site in chosen and TEXT["fi"]["via_organisation"] in chosen
    assert TEXT["fi"]["to_check"] not in chosen
