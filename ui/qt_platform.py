"""When Qt cannot open a window: say so in the program's own words, name what is missing and how to install it.

Qt ends the process (qFatal, an abort) when its platform plugin cannot start: on Linux that is a system library
the X11 plugin (xcb) needs and does not find, or no display to open the window on. Its own message names
libxcb-cursor0 whatever is missing. :func:`explained_failure` watches Qt's messages while the application object
is made; on the fatal one it finds the libraries the plugin lacks (``ldd``, which asks the system's loader the way
Qt's loading does) and what else is wrong, writes that to standard error and the log, and ends the process with
exit status 1 instead of an abort. When Qt starts, its messages go on to standard error as before.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QMessageLogContext, QtMsgType, qInstallMessageHandler

EXIT_NO_WINDOW = 1

# The system libraries the Qt xcb platform loads (libqxcb.so, its GLX integration, libQt6XcbQpa, Qt's Gui, Core and
# DBus libraries), by name without the version, and the Debian/Ubuntu package of each. The README's apt-get line
# lists these packages; tests/test_qt_platform.py reads the plugin's ELF files and fails if Qt needs one not here.
XCB_PACKAGES = {
    "libEGL": "libegl1",
    "libGL": "libgl1",
    "libX11": "libx11-6",
    "libX11-xcb": "libx11-xcb1",
    "libdbus-1": "libdbus-1-3",
    "libfontconfig": "libfontconfig1",
    "libfreetype": "libfreetype6",
    "libglib-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libxcb": "libxcb1",
    "libxcb-cursor": "libxcb-cursor0",
    "libxcb-glx": "libxcb-glx0",
    "libxcb-icccm": "libxcb-icccm4",
    "libxcb-image": "libxcb-image0",
    "libxcb-keysyms": "libxcb-keysyms1",
    "libxcb-randr": "libxcb-randr0",
    "libxcb-render": "libxcb-render0",
    "libxcb-render-util": "libxcb-render-util0",
    "libxcb-shape": "libxcb-shape0",
    "libxcb-shm": "libxcb-shm0",
    "libxcb-sync": "libxcb-sync1",
    "libxcb-util": "libxcb-util1",
    "libxcb-xfixes": "libxcb-xfixes0",
    "libxcb-xkb": "libxcb-xkb1",
    "libxkbcommon": "libxkbcommon0",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libz": "zlib1g",
    "libzstd": "libzstd1",
}
# What those libraries load in turn: apt installs them with the packages above, but a damaged system may lack one.
INDIRECT_PACKAGES = {
    "libGLX": "libglx0",
    "libGLdispatch": "libglvnd0",
    "libXau": "libxau6",
    "libXdmcp": "libxdmcp6",
    "libbrotlicommon": "libbrotli1",
    "libbrotlidec": "libbrotli1",
    "libbsd": "libbsd0",
    "libexpat": "libexpat1",
    "libpng16": "libpng16-16",
}
DISPLAY_VARIABLE = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


class Diagnosis:
    """Why Qt's platform could not start, as far as can be told. (A plain class: a dataclass makes its methods with
    exec when the module loads, and this module loads on the window's start-up path.)"""

    def __init__(self, platform: str, missing: list[str] | None = None, no_display: str | None = None) -> None:
        self.platform = platform
        self.missing = missing or []  # libraries by file name, e.g. libxcb-icccm.so.4
        self.no_display = no_display  # the variable that names the display, when it is not set

    def packages(self) -> list[str]:
        found = []
        for library in self.missing:
            package = package_of(library)
            if package is not None and package not in found:
                found.append(package)
        return found


def package_of(library: str) -> str | None:
    """The Debian/Ubuntu package of a library file name (``libxcb-icccm.so.4`` → ``libxcb-icccm4``)."""
    stem = library.split(".so", 1)[0]
    return XCB_PACKAGES.get(stem) or INDIRECT_PACKAGES.get(stem)


def platforms(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The platform plugins Qt will try, in order: ``QT_QPA_PLATFORM`` (a list with ';'), else the default."""
    named = [name.split(":", 1)[0] for name in environ.get("QT_QPA_PLATFORM", "").split(";") if name.strip()]
    if named:
        return named
    if sys.platform.startswith("linux"):
        wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
        return ["wayland", "xcb"] if wayland else ["xcb"]
    return []


def plugin_file(platform: str, plugins: Path | None = None) -> Path:
    folder = plugins or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return folder / "platforms" / f"libq{platform}.so"


def missing_libraries(plugin: Path, qt_libraries: Path | None = None) -> list[str]:
    """The libraries ``plugin`` needs, directly or through another, that the system's loader does not find.

    Qt's own libraries are looked for where Qt keeps them (they are loaded already when Qt loads the plugin).
    """
    if not plugin.exists():
        return []
    import subprocess  # noqa: PLC0415 (only when Qt has failed: the window does not wait for it)

    folder = qt_libraries or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    environ = {
        **os.environ,
        "LD_LIBRARY_PATH": os.pathsep.join(filter(None, [str(folder), os.environ.get("LD_LIBRARY_PATH")])),
    }
    try:
        done = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, env=environ, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return _first_missing(plugin)
    return list(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))


def _first_missing(plugin: Path) -> list[str]:
    """Without ``ldd``: load the plugin; the loader names the first library it lacks."""
    import ctypes  # noqa: PLC0415 (only when Qt has already failed)

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        named = re.match(r"([^:\s]+\.so[.\d]*): cannot open shared object file", str(error))
        return [named.group(1)] if named else []
    return []


def diagnose(environ: Mapping[str, str] = os.environ, plugins: Path | None = None) -> Diagnosis:
    tried = platforms(environ)
    platform = next((name for name in tried if name in DISPLAY_VARIABLE), tried[0] if tried else "")
    diagnosis = Diagnosis(platform)
    if platform and sys.platform.startswith("linux"):
        diagnosis.missing = missing_libraries(plugin_file(platform, plugins))
    variable = DISPLAY_VARIABLE.get(platform)
    if variable and not environ.get(variable):
        diagnosis.no_display = variable
    return diagnosis


def explanation(diagnosis: Diagnosis, qt_said: list[str]) -> str:
    """What the worker (or whoever installs the laptop) reads: what is wrong and what to do, then Qt's own words."""
    lines = [f"pysakki: the window cannot open: Qt's {diagnosis.platform or 'window system'} platform did not start."]
    if diagnosis.missing:
        lines += [
            "It needs these system libraries, which are not installed:",
            "  " + ", ".join(diagnosis.missing),
        ]
        packages = diagnosis.packages()
        if packages:
            lines += [
                "Install them (Debian, Ubuntu) and start Pysäkki again:",
                "  sudo apt-get install " + " ".join(packages),
            ]
        unknown = [library for library in diagnosis.missing if package_of(library) is None]
        if unknown:
            lines.append("Install the packages that provide " + ", ".join(unknown) + " too.")
    if diagnosis.no_display:
        lines.append(
            f"There is no display to open it on ({diagnosis.no_display} is not set): start Pysäkki from the desktop "
            "session. The commands (pysakki doctor, backup, sync …) work without one."
        )
    if not diagnosis.missing and not diagnosis.no_display:
        lines.append("Qt's own words are below; README.md lists what its platform needs.")
    lines.append("The data folder was not touched.")
    lines += ["", "Qt said:", *(f"  {line}" for said in qt_said for line in said.splitlines() if line.strip())]
    return "\n".join(lines)


@contextmanager
def explained_failure(before_exit: Callable[[], object] | None = None) -> Iterator[None]:
    """Around making the QApplication: a fatal message from Qt ends the process with :func:`explanation` instead of
    Qt's abort. ``before_exit`` runs first (the crash trace's clean end: this is no crash)."""
    said: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        category = context.category or ""
        said.append(text if category in ("", "default") else f"{category}: {text}")
        if kind != QtMsgType.QtFatalMsg:
            return
        message = explanation(diagnose(), said)
        print(message, file=sys.stderr, flush=True)
        _log(message)
        if before_exit is not None:
            before_exit()
        os._exit(EXIT_NO_WINDOW)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for line in said:  # Qt started after all: its messages go where they would have gone
            print(line, file=sys.stderr)


def _log(message: str) -> None:
    """The same words in the log file, for a program started from a desktop menu, where nobody sees stderr."""
    import logging  # noqa: PLC0415 (only when Qt has failed)

    from app.logs import start_logging  # noqa: PLC0415

    start_logging()
    logging.getLogger("pysakki.window").error("%s", message)
    for handler in logging.getLogger().handlers:
        handler.flush()
