"""The Windows recipe, read here since it cannot run on these machines: the icon, the programs' version information
(by PyInstaller's own reader), the Inno Setup script and the GitHub Actions workflow; and the doctor check that the
bundle's smoke test uses to find the system's keyring backend in the frozen program."""

from __future__ import annotations

import re
import struct
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QImageReader

from app import checks
from app.privacy import keys
from scripts.windows_version import numeric, project_version, strings_of, version_file_text, write_version_file
from ui.main import ICON as ICON_PNG

ROOT = Path(__file__).resolve().parents[1]
ICON = ROOT / "resources" / "icons" / "pysakki.ico"
ISS = ROOT / "deploy" / "windows" / "pysakki.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def test_the_icon_holds_16_32_48_and_256_pixel_images(qapp: object) -> None:
    data = ICON.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)  # an icon, not a cursor
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        side = width or 256
        assert (width, height, planes, bits) == (side % 256, side % 256, 1, 32)
        image = data[offset : offset + length]
        assert len(image) == length
        if side == 256:
            assert image.startswith(b"\x89PNG\r\n\x1a\n")  # as Windows expects its largest image
        else:  # a 32-bit DIB: its header says the size, twice the height for the AND mask
            assert struct.unpack_from("<IiiHH", image) == (40, side, side * 2, 1, 32)
            assert length == 40 + side * side * 4 + ((side + 31) // 32) * 4 * side
        sizes.append(side)
    assert sorted(sizes) == [16, 32, 48, 256]

    # Qt's own reader agrees: every image decodes at its size, and none is empty.
    reader = QImageReader(str(ICON))
    decoded = []
    for _ in range(reader.imageCount()):
        read = reader.read()
        assert not read.isNull()
        assert read.pixelColor(read.width() // 2, read.height() // 5).alpha() == 255  # the tile, not a hole
        decoded.append(read.width())
        reader.jumpToNextImage()
    assert sorted(decoded) == [16, 32, 48, 256]
    png = QImage(str(ICON_PNG))
    assert (png.width(), png.height(), png.hasAlphaChannel()) == (256, 256, True)
    assert QIcon(str(ICON_PNG)).availableSizes() == [QSize(256, 256)]  # what the window shows


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("2.0", (2, 0, 0, 0)), ("1.3.0rc1", (1, 3, 0, 0)), ("1.0.0.dev4", (1, 0, 0, 0))],
)
def test_a_version_becomes_windows_four_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert numeric(version) == numbers


def test_a_version_windows_cannot_hold_is_refused() -> None:
    with pytest.raises(ValueError, match="65535"):
        numeric("1.70000")
    with pytest.raises(ValueError, match="release number"):
        numeric("dev")


def pyinstaller_version_reader() -> object:
    """PyInstaller's reader of version files. Its module imports the Windows API binding, which exists only on
    Windows; reading a text file never calls it, so elsewhere an empty stand-in lets the module load."""
    import PyInstaller.compat  # type: ignore[import-untyped]  # noqa: PLC0415

    if not hasattr(PyInstaller.compat, "win32api"):
        PyInstaller.compat.win32api = None
    from PyInstaller.utils.win32 import versioninfo  # type: ignore[import-untyped]  # noqa: PLC0415

    return versioninfo


@pytest.mark.parametrize("program", ["pysakki", "pysakki-cli"])
def test_the_version_file_is_read_by_pyinstaller_with_pyprojects_version(program: str, tmp_path: Path) -> None:
    version = project_version()
    path = write_version_file(tmp_path, program, version)
    versioninfo = pyinstaller_version_reader()
    info = versioninfo.load_version_info_from_text_file(str(path))  # type: ignore[attr-defined]
    major, minor, patch, build = numeric(version)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((major << 16) | minor, (patch << 16) | build)
    assert (info.ffi.productVersionMS, info.ffi.productVersionLS) == (info.ffi.fileVersionMS, info.ffi.fileVersionLS)
    strings = strings_of(info)
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == f"{program}.exe"
    assert strings["ProductName"] == "Pysäkki"
    raw = info.toRaw()  # what PyInstaller writes into the program's resources
    assert "Pysäkki".encode("utf-16-le") in raw and version.encode("utf-16-le") in raw


def test_a_pre_release_keeps_its_words_in_the_text_and_its_numbers_in_the_fixed_part(tmp_path: Path) -> None:
    text = version_file_text("1.3.0rc1", "pysakki")
    assert "filevers=(1, 3, 0, 0)" in text and "StringStruct('ProductVersion', '1.3.0rc1')" in text


def parse_iss(text: str) -> tuple[dict[str, str], dict[str, list[dict[str, str]]], list[str]]:
    """The [Setup] directives, every other section's entries (Name: "value"; ...) and the preprocessor lines."""
    setup: dict[str, str] = {}
    sections: dict[str, list[dict[str, str]]] = {}
    preprocessor: list[str] = []
    section = ""
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            preprocessor.append(line)
        elif re.fullmatch(r"\[\w+\]", line):
            section = line[1:-1]
            sections.setdefault(section, [])
        elif section == "Setup":
            key, _, value = line.partition("=")
            assert key and value, line
            setup[key.strip()] = value.strip()
        else:
            fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)(?:;|$)', line)
            assert fields, line
            sections[section].append({key: value.strip().strip('"') for key, value in fields})
    return setup, sections, preprocessor


def test_the_installer_is_per_user_replaces_the_old_version_and_keeps_the_data() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads "Pysäkki" as UTF-8 only with the mark
    setup, sections, preprocessor = parse_iss(raw.decode("utf-8-sig"))

    assert setup["PrivilegesRequired"] == "lowest"  # no administrator
    assert setup["DefaultDirName"] == r"{userpf}\Pysakki"  # %LOCALAPPDATA%\Programs\Pysakki
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])  # one identity: upgrades
    assert setup["AppVersion"] == "{#AppVersion}" and setup["UsePreviousAppDir"] == "yes"
    assert setup["CloseApplications"] == "yes"  # a running Pysäkki is closed before its files are replaced
    iss_dir = ISS.parent
    assert (iss_dir / setup["SetupIconFile"].replace("\\", "/")).resolve() == ICON.resolve()
    assert (iss_dir / setup["OutputDir"].replace("\\", "/")).resolve() == (ROOT / "dist").resolve()

    # The files are the bundle scripts/bundle builds (build.spec names it pysakki-VERSION in dist/).
    assert '#define Bundle "..\\..\\dist\\pysakki-" + AppVersion' in preprocessor
    assert 'name=f"pysakki-{VERSION}"' in (ROOT / "build.spec").read_text("utf-8")
    assert sections["Files"] == [
        {"Source": "{#Bundle}\\*", "DestDir": "{app}", "Flags": "ignoreversion recursesubdirs createallsubdirs"}
    ]
    assert {"Type": "filesandordirs", "Name": "{app}\\_internal"} in sections["InstallDelete"]
    start_menu = [icon for icon in sections["Icons"] if icon["Name"].startswith("{userprograms}")]
    assert [icon["Filename"] for icon in start_menu] == ["{app}\\pysakki.exe"]
    assert '("pysakki", False)' in (ROOT / "build.spec").read_text("utf-8")  # the windowed program (no console)

    # The uninstaller removes only what it installed; nothing names the data folder (%LOCALAPPDATA%\pysakki).
    assert "UninstallDelete" not in sections
    assert "{localappdata}" not in raw.decode("utf-8-sig").split("[Setup]", 1)[1]

    opened = sum(line.startswith(("#if", "#ifdef", "#ifndef")) for line in preprocessor)
    assert opened == sum(line == "#endif" for line in preprocessor) == 4
    assert setup.get("SignTool") == "pysakki" and setup.get("SignedUninstaller") == "yes"  # under #ifdef Sign


def test_the_windows_workflow_tests_bundles_and_smoke_tests() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare "on" as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "windows-latest"
    steps = job["steps"]
    setup_python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python"))
    assert setup_python["with"]["python-version"] == "3.12"  # a string: 3.12 unquoted would be 3.12 the float
    commands = [step.get("run", "") for step in steps]
    order = [
        next(i for i, run in enumerate(commands) if marker in run)
        for marker in ('-e ".[dev,bundle]"', "-m pytest", "./scripts/bundle", "deploy\\windows\\pysakki.iss")
    ]
    assert order == sorted(order)  # install, test, bundle and smoke test, installer
    bundle_step = steps[order[2]]
    assert bundle_step["shell"] == "bash"
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert (ROOT / "scripts" / "bundle").stat().st_mode & 0o111  # the step runs it as a program


def test_doctor_says_whether_the_program_carries_its_systems_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform, backend in [
        ("win32", "keyring.backends.Windows.WinVaultKeyring"),
        ("darwin", "keyring.backends.macOS.Keyring"),
        ("linux", "keyring.backends.SecretService.Keyring"),
    ]:
        check = checks.keyring(platform)
        assert check.ok and check.detail.startswith(f"{backend} present; in use: "), check
    # A frozen program without the keyring's entry points knows only the fallbacks, and doctor fails it.
    monkeypatch.setattr(
        keys, "keyring_backends", lambda: ["keyring.backends.chainer.ChainerBackend", "keyring.backends.fail.Keyring"]
    )
    check = checks.keyring("win32")
    assert not check.ok
    assert check.detail.startswith("keyring.backends.Windows.WinVaultKeyring is missing from this program")
    assert checks.keyring(sys.platform) in checks.run_checks(Path("/nonexistent"), date.today())  # doctor shows it
