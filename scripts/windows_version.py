"""The version information of a Windows program (what Explorer's Properties → Details shows), in PyInstaller's
version-file format, made from pyproject.toml's version when the bundle is built (build.spec).

``python scripts/windows_version.py`` prints the file for the desktop program, to look at;
``python scripts/windows_version.py --check PROGRAM.exe VERSION`` reads a built program's version information back
(PyInstaller's reader, on Windows) and fails unless it is VERSION's (scripts/bundle's smoke test there).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "Pysäkki"
PROGRAMS = {  # file name without .exe: what Windows shows as the file's description
    "pysakki": "Pysäkki, the logbook of a mobile family-services unit",
    "pysakki-cli": "Pysäkki's command-line tools",
}


def project_version(root: Path = ROOT) -> str:
    return str(tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def numeric(version: str) -> tuple[int, int, int, int]:
    """Windows keeps four 16-bit numbers: "1.2" is 1.2.0.0, and a pre-release ("1.3.0rc1", "2.0.0.dev4") counts as
    its release's numbers (the whole version stays in the text fields)."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"{version!r} does not begin with a release number")
    numbers = [int(part) for part in release.group(0).split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"{version!r}: Windows takes numbers up to 65535 in a version")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_file_text(version: str, program: str) -> str:
    """A version file for ``program`` (a key of PROGRAMS), as PyInstaller's EXE(version=...) reads it."""
    fixed = numeric(version)
    strings = {
        "CompanyName": PRODUCT,
        "FileDescription": PROGRAMS[program],
        "FileVersion": version,
        "InternalName": program,
        "LegalCopyright": "EUPL-1.2",
        "OriginalFilename": f"{program}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={fixed},
    prodvers={fixed},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
          {table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_version_file(directory: Path, program: str, version: str) -> Path:
    path = directory / f"version-{program}.txt"
    path.write_text(version_file_text(version, program), encoding="utf-8")
    return path


def strings_of(info: object) -> dict[str, str]:
    """The text fields of a VSVersionInfo (PyInstaller's), by name."""
    found: dict[str, str] = {}
    for kid in getattr(info, "kids", []):
        for table in getattr(kid, "kids", []):
            found.update({entry.name: entry.val for entry in getattr(table, "kids", []) if hasattr(entry, "val")})
    return found


def check_program(program: Path, version: str) -> None:
    from PyInstaller.utils.win32.versioninfo import read_version_info_from_executable  # type: ignore[import-untyped]  # noqa: PLC0415

    info = read_version_info_from_executable(str(program))
    fixed = numeric(version)
    expected = ((fixed[0] << 16) | fixed[1], (fixed[2] << 16) | fixed[3])
    found = strings_of(info)
    if info is None or (info.ffi.fileVersionMS, info.ffi.fileVersionLS) != expected:
        raise SystemExit(f"{program}: no version information, or not {version}'s numbers")
    if found.get("ProductVersion") != version or found.get("OriginalFilename") != program.name:
        raise SystemExit(f"{program}: the version information says {found}")
    print(f"{program.name}: version information {version}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        check_program(Path(sys.argv[2]), sys.argv[3])
    else:
        print(version_file_text(project_version(), "pysakki"), end="")
