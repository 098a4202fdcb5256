"""When Qt cannot open a window, the program says why in its own words: the libraries missing (with the apt-get line)
and a missing display; the README lists every system library Qt's xcb platform needs."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from ui.qt_platform import XCB_PACKAGES, Diagnosis, explanation, missing_libraries, package_of, platforms, plugin_file

ROOT = Path(__file__).resolve().parents[1]
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform is Linux's")
# Part of every Linux system, never missing from a desktop (the C and C++ runtimes and the loader).
BASE = {"ld-linux-x86-64", "ld-linux-aarch64", "libc", "libm", "libgcc_s", "libstdc++", "libpthread", "libdl", "librt"}


def needed(path: Path) -> list[str]:
    """The libraries an ELF file names as DT_NEEDED (64-bit little-endian, as Qt's wheels for Linux are)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, f"not a 64-bit little-endian ELF file: {path}"
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], (0, 0)
    for number in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from("<IIQQQQ", data, phoff + number * phentsize)
        if kind == 1:  # PT_LOAD
            loads.append((vaddr, offset, filesz))
        elif kind == 2:  # PT_DYNAMIC
            dynamic = (offset, filesz)
    entries = [struct.unpack_from("<qQ", data, dynamic[0] + at) for at in range(0, dynamic[1], 16)]
    strtab = next(value for tag, value in entries if tag == 5)  # DT_STRTAB, an address in memory
    base = next(offset + strtab - vaddr for vaddr, offset, size in loads if vaddr <= strtab < vaddr + size)
    return [data[base + value : data.index(b"\0", base + value)].decode() for tag, value in entries if tag == 1]


def qt_file(*parts: str) -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PrefixPath)).joinpath(*parts)


@LINUX
def test_the_readme_lists_every_system_library_the_xcb_platform_needs() -> None:
    loaded = [
        plugin_file("xcb"),
        *sorted(qt_file("plugins", "xcbglintegrations").glob("*.so")),
        *(qt_file("lib", f"libQt6{name}.so.6") for name in ("XcbQpa", "Gui", "Core", "DBus", "Widgets")),
    ]
    system = {
        name
        for path in loaded
        for name in needed(path)
        if not name.startswith(("libQt6", "libicu")) and name.split(".so", 1)[0] not in BASE
    }
    assert len(system) > 20
    assert sorted(name for name in system if package_of(name) is None) == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("sudo apt-get install libegl1"))
    listed = set(line.split()[3:])
    assert {package_of(name) for name in system} <= listed
    assert listed == set(XCB_PACKAGES.values())


@LINUX
@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs the system's ldd")
def test_a_missing_library_is_named_with_its_package(tmp_path: Path) -> None:
    """A copy of the real xcb plugin that needs libxcb-cursor.so.9, which no system has: the loader is asked, and
    the library and its package are named."""
    plugin = tmp_path / "platforms" / "libqxcb.so"
    plugin.parent.mkdir()
    data = plugin_file("xcb").read_bytes()
    assert data.count(b"libxcb-cursor.so.0\0") == 1
    plugin.write_bytes(data.replace(b"libxcb-cursor.so.0\0", b"libxcb-cursor.so.9\0"))
    missing = missing_libraries(plugin)
    assert "libxcb-cursor.so.9" in missing and all(".so" in name for name in missing)
    said = explanation(Diagnosis("xcb", missing), ["This application failed to start"])
    assert "libxcb-cursor.so.9" in said
    assert re.search(r"^  sudo apt-get install .*\blibxcb-cursor0\b", said, re.MULTILINE)
    assert said.endswith("Qt said:\n  This application failed to start")


def test_the_platforms_qt_will_try() -> None:
    assert platforms({"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    assert platforms({"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    if sys.platform.startswith("linux"):
        assert platforms({}) == ["xcb"]
        assert platforms({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]


@LINUX
def test_without_a_display_the_window_check_says_so_in_words_and_exits_1(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env |= {
        "QT_QPA_PLATFORM": "xcb",
        "PYSAKKI_LOG_DIR": str(tmp_path / "log"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    data = tmp_path / "data"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from app.cli import main; sys.exit(main())",
            "--data-dir",
            str(data),
            "gui",
            "--check",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # not Qt's abort
    said = done.stderr
    assert said.startswith("pysakki: the window cannot open: Qt's xcb platform did not start.")
    assert "There is no display to open it on (DISPLAY is not set)" in said
    missing = missing_libraries(plugin_file("xcb"))  # on a laptop with every library, none
    for library in missing:
        assert library in said
    assert ("sudo apt-get install" in said) == bool(missing)
    assert "Qt said:" in said and "no Qt platform plugin could be initialized" in said
    assert "pysakki: the window cannot open" in (tmp_path / "log" / "pysakki.log").read_text(encoding="utf-8")
    assert not data.exists()
    assert list((tmp_path / "log").glob("session-*")) == []  # an exit explained is no crash for the next start
