"""Start-up to an interactive window on a store of 1,000,000 encounters and 100,000 guidance sessions, beside a
bare PySide6 QMainWindow started the same way (a fresh Python process, same Qt platform).

Two moments are timed from spawning the process: "window", when the main window is shown and its event loop answers
(menus, Language, Quit work; the store is still loading behind it), and "sign-in", when the sign-in screen lists
the workers and nothing is left running in the background. The bare window has only the first.
Run: python -m tests.bench.startup [--runs N] [--data DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import big_store
from tests.bench.table import Figure, ms, report

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
window.show()
def check():
    if window.isVisible():
        print("window", flush=True)
        app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(1)
app.exec()
"""

# The same bare window after one use of a Qt.* enum: PySide6 builds every enum of the Qt namespace on first access
# (about 20 ms), which any real program pays before its first window. Printed for context, not the target's baseline.
BARE_WITH_QT_ENUMS = BARE.replace(
    "window = QMainWindow()",
    "from PySide6.QtCore import Qt\nwindow = QMainWindow()\nwindow.setWindowFlags(Qt.WindowType.Window)",
)

PYSAKKI = """
import sys
from pathlib import Path
import app.cli  # the pysakki command's own module, as the installed command starts
from PySide6.QtCore import QTimer
from ui.main import start
app, window = start(Path(sys.argv[1]))
shown = []
def check():
    if not shown and window.isVisible():
        shown.append(True)
        print("window", flush=True)
    if window.stack.currentWidget() is window.signin_view and window.tasks.idle:
        assert window.signin_view.worker_list.count() > 0, "no workers shown"
        print("ready", flush=True)
        app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(1)
sys.exit(app.exec())
"""


def time_start(script: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to each moment it reports ("window", "ready")."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    moments = {line.strip(): time.perf_counter() - started for line in process.stdout}
    process.wait(timeout=60)
    if process.returncode != 0 or "window" not in moments:
        raise SystemExit(f"the window never came up (exit {process.returncode})")
    return moments


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "pysakki-bench-big")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # for python -m tests.bench
    options = parser.parse_args()

    built = time.perf_counter()
    database = big_store.build(options.data)
    print(
        f"store: {database} ({database.stat().st_size / 1e6:.0f} MB, built or reused in "
        f"{time.perf_counter() - built:.1f} s)"
    )
    cache = Path(tempfile.mkdtemp(prefix="pysakki-bench-cache-"))
    env = os.environ | {"XDG_CACHE_HOME": str(cache), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed program starts from bytecode (pip compiles it); the first run below writes it for ours.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    first = time_start(PYSAKKI, [str(options.data)], env)  # compiles the translations into the empty cache
    small = Path(tempfile.mkdtemp(prefix="pysakki-bench-small-"))
    big_store.build_small(small)
    bare: list[float] = []
    bare_enums: list[float] = []
    window: list[float] = []
    ready: list[float] = []
    ready_small: list[float] = []
    for _ in range(options.runs):  # interleaved, so all see the same machine load
        bare.append(time_start(BARE, [], env)["window"])
        bare_enums.append(time_start(BARE_WITH_QT_ENUMS, [], env)["window"])
        moments = time_start(PYSAKKI, [str(options.data)], env)
        window.append(moments["window"])
        ready.append(moments["ready"])
        ready_small.append(time_start(PYSAKKI, [str(small)], env)["ready"])
    base = statistics.median(bare)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {options.runs}, medians (min)")
    for name, times in (
        ("bare QMainWindow shown", bare),
        ("bare QMainWindow + Qt enums", bare_enums),
        ("Pysäkki window shown, answering", window),
        ("Pysäkki sign-in ready, 1M rows", ready),
        ("Pysäkki sign-in ready, empty store", ready_small),
    ):
        median = statistics.median(times)
        print(f"{name:34} {median * 1000:6.0f} ms ({min(times) * 1000:4.0f})  ratio {median / base:.2f}x")
    print(
        f"first start (translations compiled): window {first['window'] * 1000:.0f} ms, "
        f"sign-in {first['ready'] * 1000:.0f} ms"
    )
    print("target: window at most 1.5x the bare QMainWindow")
    bare_text = f"bare QMainWindow {ms(base)}"
    ratio = statistics.median(window) / base
    report(
        [
            Figure("start-up", "window shown, 1M-row store", ms(statistics.median(window)), "", None, bare_text),
            Figure("start-up", "  as a ratio to the bare window", f"{ratio:.2f}x", "≤ 1.5x", ratio <= 1.5, bare_text),
            Figure(
                "start-up",
                "sign-in ready, 1M-row store",
                ms(statistics.median(ready)),
                "",
                None,
                f"empty store {ms(statistics.median(ready_small))}",
            ),
        ],
        options.json,
    )


if __name__ == "__main__":
    main()
