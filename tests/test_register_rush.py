"""Laptops syncing a day's records with the register at the same moment, over SQLite and over PostgreSQL.

The end of the day is when every bus syncs; a register that answers some of them 500 (even if the laptop's retry
then gets through), stops answering its health check, or loses or doubles a record under that load fails here.
The register is the real ``pysakki-register serve`` process (tests/rush.py); the run is bounded in time, so a
register that wedges fails the test instead of hanging it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rush import DAY_RECORDS, rush

# Twenty laptops; thirty on PostgreSQL, whose register keeps a pool of connections that twenty syncs at once can
# leave unexhausted where thirty use it all up. A day of thirty laptops still takes seconds when the register copes.
LAPTOPS = {"SQLite": 20, "PostgreSQL": 30}
DEADLINE = 30.0  # seconds


@pytest.mark.parametrize("backend", ["SQLite", "PostgreSQL"])
def test_laptops_sync_a_day_at_once(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if backend == "PostgreSQL":
        from tests.postgres import fresh_database  # noqa: PLC0415

        template = request.getfixturevalue("postgres_register_template")
        database = fresh_database(request.getfixturevalue("postgres_cluster"), template)
    else:
        database = f"sqlite:///{tmp_path / 'register.db'}"
    laptops = LAPTOPS[backend]
    result = rush(database, tmp_path / "register", laptops=laptops, backend=backend, deadline=DEADLINE, grace=10)
    summary = result.summary()
    finished, wedged, failed = result.finished, result.wedged, result.failed
    assert finished and not wedged, summary
    server_errors = result.server_error_answers  # none at all: the ones the laptops retried count too
    assert server_errors == 0, summary
    syncs = len(result.outcomes)
    assert failed == 0 and syncs == laptops, summary
    health = result.health_throughout
    assert health, summary
    exact, held, pull_missed = result.exact, result.records_held, result.pull_missed
    assert exact and held == laptops * DAY_RECORDS, summary
    assert pull_missed == 0, summary  # each laptop's pull brought its own day back
