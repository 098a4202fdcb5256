"""The figures of a benchmark, each beside its target and the baseline measured in the same run, as one table."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    benchmark: str  # which benchmark ("start-up")
    name: str  # what was measured ("window shown, 1M rows")
    value: str  # the figure as printed ("251 ms")
    target: str  # the target it is held to ("≤ 1.5x bare"), or "" for a figure shown for information
    met: bool | None  # None: no target
    baseline: str = ""  # what it is compared with in the same run ("bare QMainWindow 160 ms")


def verdict(figure: Figure) -> str:
    return {True: "met", False: "MISSED", None: ""}[figure.met]


def render(figures: list[Figure]) -> str:
    """A plain-text table, one line a figure."""
    headers = ("benchmark", "figure", "value", "target", "", "baseline (same run)")
    rows = [(f.benchmark, f.name, f.value, f.target, verdict(f), f.baseline) for f in figures]
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in [headers, *rows]]  # fmt: skip
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def report(figures: list[Figure], json_path: Path | None) -> None:
    """Print the table; with ``json_path`` also write the figures there (for ``python -m tests.bench``)."""
    print()
    print(render(figures))
    if json_path is not None:
        json_path.write_text(json.dumps([asdict(f) for f in figures], ensure_ascii=False), "utf-8")


def load(json_path: Path) -> list[Figure]:
    return [Figure(**item) for item in json.loads(json_path.read_text("utf-8"))]


def ms(seconds: float, digits: int = 0) -> str:
    return f"{seconds * 1000:.{digits}f} ms"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]
