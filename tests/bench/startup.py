"""Start-up to an interactive window on a store of 1,000,000 encounters and 100,000 guidance sessions, beside a
bare PySide6 QMainWindow started the same way (a fresh Python process, same Qt platform).

Three moments are timed from spawning the process: "window", when the main window is shown and its event loop
answers (menus, Language, Quit work; the store is still loading behind it); "pin", when the sign-in screen's PIN field
takes a key (it has the focus and a typed digit lands in it; on a screen where the list has the focus, one Enter
picks the worker first, as a worker would); and "ready", when the sign-in screen lists the workers and nothing is left
running in the background. The bare window has only the first. Each start ends cleanly (no crash notice next time)
and logs into a folder of the benchmark's own.
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
from app import crash_trace
from ui.main import start
app, window = start(Path(sys.argv[1]))
said = set()
def say(moment):
    if moment not in said:
        said.add(moment)
        print(moment, flush=True)
def press(widget, key, text):  # through the event queue, as a key from the keyboard comes
    from PySide6.QtCore import QCoreApplication, QEvent, Qt  # here: Qt's enums are not the window's to build
    from PySide6.QtGui import QKeyEvent
    event = QKeyEvent(QEvent.Type.KeyPress, getattr(Qt.Key, key), Qt.KeyboardModifier.NoModifier, text)
    QCoreApplication.postEvent(widget, event)
def check():
    if window.isVisible():
        say("window")
    if window.stack.currentWidget() is not getattr(window._signin, "view", None):  # (window.signin builds it)
        return
    view = window.signin_view
    if view.pin_edit.text() == "5":
        say("pin")
    elif window.focusWidget() is view.pin_edit and view.pin_edit.isEnabled() and "typed" not in said:
        said.add("typed")
        press(view.pin_edit, "Key_5", "5")
    elif window.focusWidget() is view.worker_list and view.worker_list.count() and "picked" not in said:
        said.add("picked")
        press(view.worker_list, "Key_Return", "\\r")
    if "pin" in said and window.tasks.idle:
        assert view.worker_list.count() > 0, "no workers shown"
        say("ready")
        crash_trace.end()  # a clean exit: the next start has no crash to tell of
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
    logs = Path(tempfile.mkdtemp(prefix="pysakki-bench-logs-"))
    env = os.environ | {
        "XDG_CACHE_HOME": str(cache),
        "PYSAKKI_LOG_DIR": str(logs),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    # An installed program starts from bytecode (pip compiles it); the first run below writes it for ours.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    first = time_start(PYSAKKI, [str(options.data)], env)  # compiles the translations into the empty cache
    small = Path(tempfile.mkdtemp(prefix="pysakki-bench-small-"))
    big_store.build_small(small)
    bare: list[float] = []
    bare_enums: list[float] = []
    window: list[float] = []
    pin: list[float] = []
    ready: list[float] = []
    pin_small: list[float] = []
    for _ in range(options.runs):  # interleaved, so all see the same machine load
        bare.append(time_start(BARE, [], env)["window"])
        bare_enums.append(time_start(BARE_WITH_QT_ENUMS, [], env)["window"])
        moments = time_start(PYSAKKI, [str(options.data)], env)
        window.append(moments["window"])
        pin.append(moments["pin"])
        ready.append(moments["ready"])
        pin_small.append(time_start(PYSAKKI, [str(small)], env)["pin"])
    base = statistics.median(bare)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {options.runs}, medians (min)")
    for name, times in (
        ("bare QMainWindow shown", bare),
        ("bare QMainWindow + Qt enums", bare_enums),
        ("Pysäkki window shown, answering", window),
        ("Pysäkki PIN takes a key, 1M rows", pin),
        ("Pysäkki sign-in idle, 1M rows", ready),
        ("Pysäkki PIN takes a key, empty", pin_small),
    ):
        median = statistics.median(times)
        print(f"{name:34} {median * 1000:6.0f} ms ({min(times) * 1000:4.0f})  ratio {median / base:.2f}x")
    print(
        f"first start (translations compiled): window {first['window'] * 1000:.0f} ms, PIN {first['pin'] * 1000:.0f} ms"
    )
    print("targets: window at most 1.5x the bare QMainWindow; the PIN takes a key within 0.5 s on 1M rows")
    bare_text = f"bare QMainWindow {ms(base)}"
    ratio = statistics.median(window) / base
    to_pin = statistics.median(pin)
    report(
        [
            Figure("start-up", "window shown, 1M-row store", ms(statistics.median(window)), "", None, bare_text),
            Figure("start-up", "  as a ratio to the bare window", f"{ratio:.2f}x", "≤ 1.5x", ratio <= 1.5, bare_text),
            Figure(
                "start-up",
                "PIN field takes a key, 1M-row store",
                ms(to_pin),
                "≤ 500 ms",
                to_pin <= 0.5,
                f"{bare_text} ({to_pin / base:.1f}x); empty store {ms(statistics.median(pin_small))}",
            ),
            Figure("start-up", "sign-in idle, 1M-row store", ms(statistics.median(ready)), "", None),
        ],
        options.json,
    )


if __name__ == "__main__":
    main()
