"""Child process of the crash test: write records forever, printing each id only after its commit returned."""

from __future__ import annotations

import sys
from pathlib import Path

from app.db import open_store
from app.identity import current_author
from app.services import encounters, records
from tests.conftest import stop_day_data


def main() -> None:
    store = open_store(Path(sys.argv[1]))
    with store.session() as session:
        author = current_author(session)
        day = records.create(session=session, author=author, type="stop_day", data=stop_day_data())
    n = 0
    while True:
        n += 1
        with store.session() as session:
            if n % 7 == 0:  # every now and then an edit, which rewrites a row
                made = records.update(
                    session=session, author=author, type="stop_day", id=day.id, changes={"km": float(n)}
                )
            else:
                made = encounters.count_encounter(session=session, author=author, group="parent", stop_day_id=day.id)
        sys.stdout.write(f"{made.type} {made.id} {made.version}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
