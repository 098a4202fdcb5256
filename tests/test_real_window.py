"""Each test of tests/real_window.py in a child process of its own: a native crash there fails the test here, with
the signal's name and faulthandler's trace (the program's own, in its log folder), instead of ending the whole run.
One process per test also keeps each test's program alone in it, as it is on the laptop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.child_process import run_child_pytest

CHILD = Path(__file__).with_name("real_window.py")
NAMES = [
    node.name
    for node in ast.parse(CHILD.read_text(encoding="utf-8")).body
    if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
]


@pytest.fixture(scope="session")
def child_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for every child, so the translations are compiled once."""
    return tmp_path_factory.mktemp("child-cache")


@pytest.mark.parametrize("name", NAMES)
def test_in_a_child_process(name: str, tmp_path: Path, child_cache: Path) -> None:
    done = run_child_pytest(f"{CHILD}::{name}", tmp_path, child_cache)
    assert done.code == 0, f"{name}: {done.describe()}"
