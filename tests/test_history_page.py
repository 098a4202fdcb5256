"""History as a worker reads it: rows in the order things happened, referrals by service and organisation, and a
count that says how many of the listed records the search keeps."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store
from app.happened import happened_at
from app.identity import Author, current_author
from app.models import Organisation, Service
from app.services import encounters, history, records, referrals, stop_days
from tests.conftest import NOW
from tests.desktop import window_at_a_stop
from tests.models import model_contract
from ui.i18n import Translations


def a_service(session: Session) -> tuple[Service, Organisation]:
    service = session.scalars(select(Service).where(Service.active).order_by(Service.id)).first()
    assert service is not None
    organisation = session.get(Organisation, service.organisation_id)
    assert organisation is not None
    return service, organisation


def test_rows_come_newest_first_by_when_each_happened_whatever_the_kind(session: Session, author: Author) -> None:
    day = stop_days.open_stop_day(
        session=session, author=author, day=NOW.date(), municipality_code="400", place="Tori", now=NOW
    )
    # Written last, but the event started two hours before the encounter and the referral.
    encounter = encounters.count_encounter(
        session=session, author=author, group="child", stop_day_id=day.id, now=NOW + timedelta(hours=1)
    )
    service, _organisation = a_service(session)
    (referral,) = referrals.refer(
        session=session, author=author, service_ids=[service.id], language="fi", now=NOW + timedelta(hours=2)
    )
    event = records.create(
        session=session,
        author=author,
        type="event",
        now=NOW + timedelta(hours=3),
        data={
            "kind": "themed_event",
            "title": "Satutuokio",
            "starts_at": NOW - timedelta(hours=1),
            "municipality_code": "400",
        },
    )
    listed = history.recent(session=session, author=author)
    assert [r.id for r in listed] == [referral, encounter.id, day.id, event.id]
    assert [happened_at(r) for r in listed] == sorted((happened_at(r) for r in listed), reverse=True)
    assert [r.id for r in history.recent(session=session, author=author, limit=1)] == [referral]


def test_a_referral_is_named_by_its_service_and_organisation(session: Session, author: Author) -> None:
    service, organisation = a_service(session)
    (referral,) = referrals.refer(session=session, author=author, service_ids=[service.id], language="fi", now=NOW)
    listed = history.recent(session=session, author=author, types=["referral"])
    named = history.referral_names(session=session, records=listed, language="sv")
    assert named == {referral: f"{service.name('sv')} · {organisation.name('sv')}"}


def test_the_page_names_referrals_and_counts_what_the_search_keeps(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    with store.session() as session:
        service, organisation = a_service(session)
        names = service.name("fi"), organisation.name("fi")
        author = current_author(session)
        day_id = window.context.day.id if window.context.day else None
        referrals.refer(session=session, author=author, service_ids=[service.id], language="fi", stop_day_id=day_id)
        for _ in range(3):
            encounters.count_encounter(session=session, author=author, group="child", stop_day_id=day_id, now=NOW)
        session.commit()
    view = window.workspace.history_view
    with model_contract() as contract:
        contract.watch(view.model)
        contract.watch(view.proxy)
        window.workspace.setCurrentWidget(view)
        qtbot.waitUntil(lambda: view.proxy.rowCount() == 5)
        assert view.status.text() == "5 kirjausta"
        referral_row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 1).data() == "Ohjaus")
        details = view.proxy.index(referral_row, 2).data()
        assert names[0] in details and names[1] in details
        qtbot.keyClicks(view.search_edit, names[1])
        assert view.proxy.rowCount() == 1
        assert view.status.text() == "1 / 5 kirjausta"
        view.search_edit.clear()
        assert view.status.text() == "5 kirjausta"
    contract.assert_kept()
