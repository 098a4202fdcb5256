"""Starting the program leaves the libraries' chatter out: Alembic's INFO lines (one per migration step, and two
about the SQLite context) reach neither the console nor the log, which keeps the program's own lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.migrate import head_revision


def start(data: Path, logs: Path) -> subprocess.CompletedProcess[str]:
    """``pysakki gui --check``: the start path up to the sign-in screen, offscreen, in a process of its own."""
    env = {**os.environ, "PYSAKKI_LOG_DIR": str(logs), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--data-dir", str(data), "gui", "--check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_a_first_and_a_second_start_print_and_log_no_alembic_lines(tmp_path: Path) -> None:
    data, logs = tmp_path / "data", tmp_path / "logs"
    for _ in range(2):
        done = start(data, logs)
        assert done.returncode == 0, done.stderr
        assert "window ready" in done.stdout
        assert "alembic" not in done.stdout.lower() + done.stderr.lower()
    lines = (logs / "pysakki.log").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if "alembic" in line.lower()] == []
    opened = [line.rsplit(" (", 1)[1] for line in lines if "store opened: " in line]
    assert opened == ["schema new)", f"schema {head_revision()})"]  # made, then found current
