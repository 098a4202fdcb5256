"""Languages of the user interface: the program's own translations and Qt's (dialog buttons, context menus).

The ``.ts`` files in ``resources/translations`` are the source; the ``.qm`` files Qt loads are built from them by
``lrelease`` (shipped with PySide6), once, into the cache folder, and rebuilt whenever a ``.ts`` file changes.
"""

from __future__ import annotations

import logging
import sys
import zlib
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
# Beside the ``ui`` package wherever the program is (a checkout, site-packages, a PyInstaller folder); read as plain
# files because importlib.resources would pull zipfile and tempfile onto the window's start-up path.
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` without translating it yet (PySide6's own returns object)."""
    del context
    return text


LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
# Each language named in itself, so a user can find their own whatever language is showing.
NATIVE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def lrelease_command() -> list[str]:
    import shutil  # noqa: PLC0415 (only the first start compiles; the window should not wait for these imports)

    here = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (here / name).exists():
            return [str(here / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    return [str(Path(sys.executable).parent / "pyside6-lrelease")]


def qm_name(source: Path) -> str:
    """The compiled file's name: the language file's, with its size and CRC-32 (a changed .ts, a new name). A cache
    key, not a seal: CRC-32 needs no OpenSSL loaded before the window is up."""
    data = source.read_bytes()
    return f"{source.stem}-{len(data):x}-{zlib.crc32(data):08x}.qm"


def compiled_translation(language: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` file for ``language``: shipped beside its ``.ts`` (a bundle), else built from the ``.ts`` into the
    cache if not built already. None if it cannot be."""
    source = TRANSLATIONS_DIR / f"pysakki_{language}.ts"
    if not source.is_file():
        return None
    name = qm_name(source)
    shipped, target = TRANSLATIONS_DIR / name, cache_dir / name
    for ready in (shipped, target):
        if ready.exists():
            return ready
    cache_dir.mkdir(parents=True, exist_ok=True)
    import subprocess  # noqa: PLC0415 (see lrelease_command)

    partial = target.with_suffix(".partial")
    result = subprocess.run(
        [*lrelease_command(), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.exists():
        log.error("lrelease failed for %s: %s", language, result.stderr.strip())
        return None
    partial.replace(target)  # atomic: a crash never leaves half a .qm that would be loaded next time
    return target


_current = {"language": "en"}  # what the screen speaks: the source language until a translation is installed


def current_language() -> str:
    """The language the screen speaks now, for the words that come from ``app.terms`` rather than Qt Linguist."""
    return _current["language"]


class Translations:
    """Installs one language at a time on the application; switching sends LanguageChange to every widget."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.language = ""
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> str:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        assert app is not None
        _current["language"] = language  # before the translators change: their LanguageChange redraws the terms
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own = QTranslator(app)
        qm = compiled_translation(language, self.cache_dir)
        if qm is not None and own.load(str(qm)):
            self._installed.append(own)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}[language]))
        self.language = language
        return language
