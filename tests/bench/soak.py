"""The soak's figure (tests/soak.py): native crashes per 20,000 random actions on the real window, its real threads
and a live register it syncs with in the background; and beside it the parts that broke an invariant (a painted
count that is not the stored one or went back, an error logged or shown, the model contract).
Run: python -m tests.bench.soak [--actions N] [--seed N] [--part N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.bench.table import Figure, report
from tests.soak import PER, arguments, long_run, per_run


def main() -> None:
    parser = arguments(__doc__)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # for python -m tests.bench
    options = parser.parse_args()
    parts, seed = long_run(options.actions, options.seed, options.part)
    done = sum(p.done for p in parts)
    crashes = sum(p.run.crashed for p in parts)
    failed = sum(p.run.code > 0 for p in parts)
    rate = f"{per_run(crashes, done):.1f} ({crashes} in {done:,})"
    broke = f"{failed} of {len(parts)}"
    report(
        [
            Figure("soak", f"native crashes per {PER:,} actions", rate, "0", crashes == 0, f"seed {seed}"),
            Figure("soak", "  parts that broke an invariant", broke, "0", failed == 0, f"{options.part:,} a part"),
        ],
        options.json,
    )


if __name__ == "__main__":
    main()
