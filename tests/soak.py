"""The soak: the real window on its real threads, syncing by itself with a live register in the background, driven
by thousands of random, seeded actions (tests/soak_actions.py), each few thousand in a child process of their own
so that a native crash is caught as a signal with its faulthandler trace and the run goes on with the next part.

Run: python -m tests.soak [--actions 20000] [--seed N] [--part 2500]
It prints the actions done, each crash (signal and trace) and each broken invariant, and the crashes per 20,000
actions; a part that failed is printed with the command that runs its seed again. tests/test_soak.py runs a short
part in the test suite; tests/bench/soak.py puts the long run's figure in the benchmark table.

The child side is :func:`test_soak`, run by pytest in the child (this file's name keeps it out of the suite).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import open_store
from app.identity import current_author
from app.models import StopDay
from app.services import records
from sync.laptop import enroll
from sync.server import auth
from sync.server.store import open_register
from tests.child_process import ChildRun, run_child_pytest
from tests.conftest import valid_data
from tests.contact_data import recorded
from tests.models import model_contract
from tests.rush_setup import register_process
from tests.soak_actions import Soak
from tests.threaded import seeded_data, settled, sign_in, started, unexpected_errors

ACTIONS, SEED, PROGRESS = "PYSAKKI_SOAK_ACTIONS", "PYSAKKI_SOAK_SEED", "PYSAKKI_SOAK_PROGRESS"
AUTO_SYNC_MS = 1500  # the laptop looks for the register this often (5 minutes in the program)
PER = 20_000  # the figure is crashes per this many actions
CHILD_OPTIONS = ("--show-capture=no", "--tb=short")  # the log is in the part's folder; the failure is what counts


# The child: one part of the run, in a process of its own --------------------------------------------------------


def soak_data(directory: Path, register_url: str, code: str) -> Path:
    """The usual workers and stop day with encounters, guidance sessions to edit, a contact request to follow up,
    and the laptop enrolled with the register."""
    seeded_data(directory, encounters=5)
    store = open_store(directory)
    try:
        with store.session() as session:
            author = current_author(session)
            day_id = session.scalars(select(StopDay.id)).one()
            for _ in range(3):
                records.create(session=session, author=author, type="guidance",
                               data=valid_data("guidance", day_id, {}))  # fmt: skip
            recorded(session, "mll-varsinais-suomi")
        enroll(store, register_url, code, "Bussi 1")
    finally:
        store.close()
    return directory


def enrollment_code(database: str, key: Path) -> str:
    register = open_register(database, key)
    try:
        with register.session() as session:
            return auth.create_enrollment_code(session=session, unit_id="perhelinja")
    finally:
        register.close()


def test_soak(qtbot: QtBot, tmp_path: Path) -> None:
    """The child: $PYSAKKI_SOAK_ACTIONS actions drawn from $PYSAKKI_SOAK_SEED, each noted in $PYSAKKI_SOAK_PROGRESS as
    it begins; then every queued result is awaited and the invariants checked."""
    actions, seed = int(os.environ.get(ACTIONS, "200")), int(os.environ.get(SEED, "1"))
    progress = Path(os.environ.get(PROGRESS, tmp_path / "progress"))
    with register_process(f"sqlite:///{tmp_path / 'register.db'}", tmp_path / "register") as register:
        data = soak_data(tmp_path / "data", register.address, enrollment_code(register.database, register.key))
        window = started(qtbot, data)
        shown: list[str] = []
        assert window.unexpected is not None
        window.unexpected.shown.connect(shown.append)
        sign_in(qtbot, window)
        window.workspace.sync.timer.setInterval(AUTO_SYNC_MS)
        with model_contract() as contract, progress.open("w", encoding="utf-8") as noted:
            contract.watch_all(window)
            soak = Soak(qtbot, window, data / "pysakki.db", random.Random(seed), contract)
            begun = 0

            def note(name: str) -> None:
                noted.write(f"{begun} {name}\n")
                noted.flush()

            while begun < actions:
                begun += 1
                soak.step(note)
            if window.stack.currentWidget() is not window.workspace:
                soak.sign_in()
            soak.check()
            soak.synced_whole(tmp_path / "register.db")
            contract.watch_all(window)
            print(f"soak: seed {seed}, {actions} actions: {dict(sorted(soak.done.items()))}")
        window.workspace.sync.timer.stop()
        settled(qtbot, window)
        soak.watchdog.stop()
    assert soak.problems == [], "\n".join(soak.problems[:20])
    contract.assert_kept()
    assert soak.dialogs == [] and shown == [], (soak.dialogs, shown)
    errors = unexpected_errors()
    assert errors == [], f"{len(errors)} errors logged, the first: {errors[0] if errors else ''}"


# The parent: parts in child processes, crashes counted ------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    seed: int
    actions: int
    done: int  # actions begun before the child ended
    last: str  # the last action begun
    run: ChildRun
    seconds: float

    @property
    def again(self) -> str:
        return f"python -m tests.soak --actions {self.actions} --seed {self.seed}"


def run_part(actions: int, seed: int, work: Path, cache: Path) -> Part:
    """One child: ``actions`` actions from ``seed``, its files under ``work``."""
    work.mkdir(parents=True, exist_ok=True)
    progress = work / "progress"
    env = {ACTIONS: str(actions), SEED: str(seed), PROGRESS: str(progress)}
    began = time.perf_counter()
    run = run_child_pytest(f"{Path(__file__)}::test_soak", work, cache, env=env, options=CHILD_OPTIONS,
                           timeout=120 + actions)  # fmt: skip
    lines = progress.read_text(encoding="utf-8").split() if progress.exists() else []
    done, last = (int(lines[-2]), lines[-1]) if len(lines) >= 2 else (0, "")
    return Part(seed, actions, done, last, run, time.perf_counter() - began)


def soak(actions: int, seed: int, part: int, work: Path) -> list[Part]:
    """``actions`` actions in parts of ``part``, the k-th part's seed ``seed + k``; each part printed as it ends."""
    parts: list[Part] = []
    cache = work / "cache"
    for index in range((actions + part - 1) // part):
        size = min(part, actions - index * part)
        done = run_part(size, seed + index, work / f"part-{index}", cache)
        parts.append(done)
        verdict = "ok" if done.run.code == 0 else ("CRASHED" if done.run.crashed else "FAILED")
        print(f"part {index}: seed {done.seed}, {done.done}/{size} actions, {done.seconds:.0f} s: {verdict}",
              flush=True)  # fmt: skip
        if done.run.code != 0:
            print(f"  last action: {done.last}; again: {done.again}\n{done.run.describe(4000)}", flush=True)
    return parts


def per_run(count: int, actions: int) -> float:
    return count * PER / actions if actions else float("nan")


def summary(parts: list[Part]) -> str:
    done = sum(p.done for p in parts)
    crashes = sum(p.run.crashed for p in parts)
    failed = sum(p.run.code > 0 for p in parts)
    return (f"{done} actions in {len(parts)} parts, {sum(p.seconds for p in parts) / 60:.1f} min: "
            f"{crashes} native crashes ({per_run(crashes, done):.1f} per {PER:,}), "
            f"{failed} parts failed an invariant or an error")  # fmt: skip


def arguments(description: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actions", type=int, default=PER)
    parser.add_argument("--seed", type=int, default=None, help="the first part's seed (default: from the clock)")
    parser.add_argument("--part", type=int, default=2500, help="actions per child process")
    return parser


def long_run(actions: int, seed: int | None, part: int) -> tuple[list[Part], int]:
    """The whole run, printed as it goes; the parts and the first seed. The files of a run that failed are kept."""
    seed = seed if seed is not None else int(time.time()) % 1_000_000
    print(f"soak: {actions} actions from seed {seed}, {part} per child", flush=True)
    work = Path(tempfile.mkdtemp(prefix="pysakki-soak-"))
    parts = soak(actions, seed, part, work)
    print(summary(parts))
    if all(p.run.code == 0 for p in parts):
        shutil.rmtree(work)
    else:
        print(f"each part's log and files: {work}/part-N")
    return parts, seed


def main() -> None:
    options = arguments(__doc__).parse_args()
    parts, _seed = long_run(options.actions, options.seed, options.part)
    sys.exit(0 if all(p.run.code == 0 for p in parts) else 1)


if __name__ == "__main__":
    main()
