"""Kill a writing process with SIGKILL at random moments: every write that returned survives, the file is intact."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 25


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_never_loses_a_committed_record(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    confirmed: dict[str, int] = {}  # record id -> highest version whose write returned
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the store is open and writing (start-up time varies with the machine)
        time.sleep(rng.uniform(0.0, 0.8))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        out = first + out
        assert child.returncode == -signal.SIGKILL, err.decode()
        for line in out.decode().splitlines():
            parts = line.split()
            if len(parts) == 3:  # a line cut short by the kill was not confirmed
                confirmed[parts[1]] = max(confirmed.get(parts[1], 0), int(parts[2]))

    assert len(confirmed) > ROUNDS  # the writer made real progress between kills
    conn = sqlite3.connect(data / "pysakki.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute("SELECT id, version FROM encounters UNION ALL SELECT id, version FROM stop_days"))
    finally:
        conn.close()
    lost = {rid: v for rid, v in confirmed.items() if stored.get(rid, 0) < v}
    assert lost == {}
