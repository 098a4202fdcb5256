"""The push's read-ahead reads the outbox a page at a time, each page in a read transaction of its own
(sync.outbox.pending_pages): the same records, in the same order, as one long read, ties in creation time included."""

from __future__ import annotations

from app.db import Store
from app.identity import current_author
from app.services import encounters, records, stop_days
from sync.outbox import pending_pages, pending_records
from tests.conftest import NOW


def test_pages_hold_the_same_records_in_the_same_order(store: Store) -> None:
    with store.session() as session:
        author = current_author(session)
        day = stop_days.open_stop_day(session=session, author=author, day=NOW.date(), municipality_code="400",
                                      place="Tori", now=NOW)  # fmt: skip
        for _ in range(7):  # the same creation time: the id orders them
            encounters.count_encounter(session=session, author=author, group="child", stop_day_id=day.id, now=NOW)
        for _ in range(4):
            records.create(session=session, author=author, type="guidance", now=NOW, data={
                "occurred_at": NOW, "stop_day_id": day.id, "client_type": "parent", "themes": ["coping"],
                "duration_min": 15, "outcome": "advice",
            })  # fmt: skip
    with store.reading() as session:
        whole = [(record.type, record.id, record.version) for record in pending_records(session)]
    assert len(whole) == 12
    for size in (1, 3, 7, 500):
        pages = list(pending_pages(store, size))
        assert all(0 < len(page) <= size for page in pages)
        assert [(record.type, record.id, record.version) for page in pages for record in page] == whole
