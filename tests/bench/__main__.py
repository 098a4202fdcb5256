"""Every benchmark, one after the other, and one table of their figures: each with its target and the baseline it is
compared with in the same run (a bare QMainWindow, raw SQL, a raw executemany insert).

Each benchmark runs in a process of its own (a fresh Qt application, its own memory); its full printout goes to
bench-logs/NAME.txt in the working folder, and its figures into the table. The large stores are built on the first
run and kept in the temporary folder for later runs.
Run: python -m tests.bench [--only NAME ...] [--no-postgres]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.table import Figure, load, render

ROOT = Path(__file__).resolve().parents[2]
# name: the module's arguments (their defaults are the issues' sizes).
BENCHMARKS: dict[str, list[str]] = {
    "startup": ["--runs", "11"],
    "counter_click": [],
    "catalogue": [],
    "reports": [],
    "sync": [],
    "rush": [],
    "soak": [],
    "timetable": [],
}


def run_one(name: str, args: list[str], logs: Path) -> tuple[list[Figure], float, int]:
    figures_file = Path(tempfile.mkstemp(prefix=f"bench-{name}-", suffix=".json")[1])
    env = os.environ | {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    began = time.perf_counter()
    with (logs / f"{name}.txt").open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", f"tests.bench.{name}", *args, "--json", str(figures_file)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False,
        )  # fmt: skip
    seconds = time.perf_counter() - began
    figures = load(figures_file) if figures_file.stat().st_size else []
    figures_file.unlink()
    return figures, seconds, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="run only these")
    parser.add_argument("--no-postgres", action="store_true", help="sync: the register on SQLite only")
    parser.add_argument("--logs", type=Path, default=Path("bench-logs"), help="where each benchmark's printout goes")
    options = parser.parse_args()
    options.logs.mkdir(parents=True, exist_ok=True)
    figures: list[Figure] = []
    failed: list[str] = []
    began = time.perf_counter()
    for name, args in BENCHMARKS.items():
        if options.only and name not in options.only:
            continue
        extra = ["--no-postgres"] if name in ("sync", "rush") and options.no_postgres else []
        print(f"running {name} …", end=" ", flush=True)
        found, seconds, code = run_one(name, [*args, *extra], options.logs)
        print(f"{seconds:.0f} s" + ("" if code == 0 else f", FAILED (exit {code}, see {options.logs / name}.txt)"))
        figures += found
        if code != 0:
            failed.append(name)
    total = time.perf_counter() - began
    print()
    print(render(figures))
    missed = [f for f in figures if f.met is False]
    print()
    print(
        f"{len(figures)} figures, {sum(f.met is True for f in figures)} targets met, {len(missed)} missed; "
        f"{total / 60:.1f} min in all on {os.cpu_count()} CPUs; printouts in {options.logs}/"
    )
    if failed:
        print(f"failed to run: {', '.join(failed)}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
