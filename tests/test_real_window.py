"""Each test of tests/real_window.py in a child process of its own: a native crash there fails the test here, with
the signal's name and faulthandler's trace (the program's own, in its log folder), instead of ending the whole run.
One process per test also keeps each test's program alone in it, as it is on the laptop."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.crash_trace import TRACE_FILENAME

ROOT = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).with_name("real_window.py")
NAMES = [
    node.name
    for node in ast.parse(CHILD.read_text(encoding="utf-8")).body
    if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
]


def ended(code: int) -> str:
    if code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit status {code}"


@pytest.fixture(scope="session")
def child_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for every child, so the translations are compiled once."""
    return tmp_path_factory.mktemp("child-cache")


CHILD_PYTEST_OPTIONS = ("-q", "-p", "no:randomly", "-p", "no:cacheprovider")


@pytest.mark.parametrize("name", NAMES)
def test_in_a_child_process(name: str, tmp_path: Path, child_cache: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYSAKKI_LOG_DIR": str(tmp_path / "log"),
        "XDG_CACHE_HOME": str(child_cache),
        "PYTHONPATH": str(ROOT),
    }
    # A folder of its own for the child's temporary files: a child pytest with the default one would clean up the
    # older numbered folders, this run's own among them (its PostgreSQL cluster lives there).
    child = [*CHILD_PYTEST_OPTIONS, "--basetemp", str(tmp_path / "child")]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", f"{CHILD}::{name}", *child],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    trace = tmp_path / "log" / TRACE_FILENAME  # the program's own crash trace (faulthandler), once it started
    native = trace.read_text(encoding="utf-8") if trace.exists() else ""
    assert done.returncode == 0, (
        f"{name}: {ended(done.returncode)}\n{done.stdout[-8000:]}\n{done.stderr[-4000:]}\n{native[-8000:]}"
    )
