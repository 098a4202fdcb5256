"""Workers on this laptop: adding oneself, a first PIN, signing in, and the pause after wrong PINs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.identity import Author
from app.models import Worker, WorkerPin
from app.services import workers
from tests.conftest import NOW


def add(session: Session, author: Author, name: str = "Aino Auttaja", pin: str = "1234") -> str:
    return workers.add_worker(
        session=session, author=author, display_name=name, organisation_id=None, pin=pin, pin_again=pin
    ).id


def test_added_worker_is_listed_with_a_hashed_pin(session: Session, author: Author) -> None:
    worker_id = add(session, author)
    (listed,) = workers.list_workers(session=session, unit_id=author.unit_id)
    assert (listed.id, listed.display_name, listed.has_pin) == (worker_id, "Aino Auttaja", True)
    pin = session.get(WorkerPin, worker_id)
    assert pin is not None and pin.pin_hash.startswith("$argon2id$")
    assert workers.last_worker_id(session=session) == worker_id


@pytest.mark.parametrize(
    ("name", "pin", "again", "fields"),
    [
        ("", "1234", "1234", ["display_name"]),
        ("Aino", "12", "12", ["pin"]),
        ("Aino", "12a4", "12a4", ["pin"]),
        ("Aino", "1234", "1243", ["pin_again"]),
        ("   ", "1", "1", ["display_name", "pin"]),
    ],
)
def test_adding_a_worker_names_every_wrong_field(
    session: Session, author: Author, name: str, pin: str, again: str, fields: list[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        workers.add_worker(
            session=session, author=author, display_name=name, organisation_id=None, pin=pin, pin_again=again
        )
    assert caught.value.fields == fields


def test_sign_in_with_the_right_and_a_wrong_pin(session: Session, author: Author) -> None:
    worker_id = add(session, author)
    wrong = workers.sign_in(session=session, worker_id=worker_id, pin="9999", now=NOW)
    assert wrong.worker is None and wrong.error is not None
    assert (wrong.error.code, wrong.error.params) == ("wrong_pin", {"attempts_left": 4})
    right = workers.sign_in(session=session, worker_id=worker_id, pin="1234", now=NOW)
    assert right.error is None and right.worker is not None and right.worker.id == worker_id
    assert session.get(WorkerPin, worker_id).failed_attempts == 0  # type: ignore[union-attr]


def test_five_wrong_pins_pause_sign_in_and_the_pause_doubles(session: Session, author: Author) -> None:
    worker_id = add(session, author)
    outcomes = [workers.sign_in(session=session, worker_id=worker_id, pin="0000", now=NOW) for _ in range(5)]
    last = outcomes[-1].error
    assert last is not None and (last.code, last.params["seconds"]) == ("locked_out", 31)
    # Even the right PIN waits out the pause.
    paused = workers.sign_in(session=session, worker_id=worker_id, pin="1234", now=NOW + timedelta(seconds=10))
    assert paused.error is not None and paused.error.code == "locked_out"
    later = NOW + timedelta(seconds=31)
    again = workers.sign_in(session=session, worker_id=worker_id, pin="0000", now=later)
    assert again.error is not None and again.error.params["seconds"] == 61
    ok = workers.sign_in(session=session, worker_id=worker_id, pin="1234", now=later + timedelta(seconds=61))
    assert ok.worker is not None


def test_a_reference_worker_chooses_a_pin_once(session: Session, author: Author) -> None:
    session.add(Worker(id="w-1", unit_id=author.unit_id, display_name="Bertil Berg", active=True))
    session.flush()
    first = workers.sign_in(session=session, worker_id="w-1", pin="1234", now=NOW)
    assert first.error is not None and first.error.code == "pin_not_set"
    workers.set_first_pin(session=session, worker_id="w-1", pin="4321", pin_again="4321", now=NOW)
    with pytest.raises(ValidationError) as caught:
        workers.set_first_pin(session=session, worker_id="w-1", pin="1111", pin_again="1111", now=NOW)
    assert caught.value.errors[0].code == "pin_already_set"
    assert workers.sign_in(session=session, worker_id="w-1", pin="4321", now=NOW).worker is not None
