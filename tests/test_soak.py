"""A short soak in the test suite: 400 random actions on the real window, its real threads and a live register, in a
child process (tests/soak.py). The seed is new each run and printed with any failure; ``PYSAKKI_SOAK_SEED`` runs
a given one again. The long run is ``python -m tests.soak``."""

from __future__ import annotations

import os
import random
from pathlib import Path

from tests.soak import run_part

ACTIONS = 400


def test_four_hundred_random_actions_leave_no_crash_no_wrong_count_and_no_error(tmp_path: Path) -> None:
    seed = int(os.environ.get("PYSAKKI_SOAK_SEED", random.randrange(1_000_000)))
    part = run_part(ACTIONS, seed, tmp_path / "part", tmp_path / "cache")
    assert part.run.code == 0, (
        f"seed {seed}, {part.done} actions, the last {part.last}; again: {part.again}\n{part.run.describe()}"
    )
    assert part.done == ACTIONS
