"""Refresh the Qt Linguist sources from the code: ``python scripts/translations.py``.

Runs ``lupdate`` over ``ui/`` and updates ``resources/translations/pysakki_{fi,sv,en}.ts`` in place, keeping every
existing translation. Translate new strings with Qt Linguist (``pyside6-linguist``). The ``.qm`` files are built
from these sources by the program itself (``ui/i18n.py``), never edited or committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv", "en")


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def lupdate_command() -> list[str]:
    import PySide6  # noqa: PLC0415 (only this tool needs the Qt tools' location)

    here = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe"):
        if (here / name).exists():
            return [str(here / name)]
    return [str(Path(sys.executable).parent / "pyside6-lupdate")]


def update(target_dir: Path = TRANSLATIONS, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        target = target_dir / f"pysakki_{language}.ts"
        subprocess.run(
            [
                *lupdate_command(),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(target),
            ],
            cwd=ROOT,
            check=True,
        )
        written.append(target)
    return written


if __name__ == "__main__":
    for path in update():
        print(path.relative_to(ROOT))
