"""Imports point one way: ui -> app and sync; app/ and sync/ never import Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("package", ["app", "sync"])
def test_no_module_imports_qt_anywhere_in_the_file(package: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


@pytest.mark.parametrize("package", ["app", "sync"])
def test_only_the_cli_entry_point_reaches_into_ui(package: str) -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / package).rglob("*.py"))
        if any(name.split(".")[0] == "ui" for name in _imports(path)) and path != ROOT / "app" / "cli.py"
    ]
    assert offenders == []


def test_importing_every_app_and_sync_module_loads_no_qt() -> None:
    modules = [
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for package in ("app", "sync")
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name.removesuffix('.__init__'))\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
    assert len(modules) > 20


def test_the_window_starts_without_the_database_layer() -> None:
    """SQLAlchemy, pydantic and Alembic load on the store thread, so the window is up before they are; nor does the
    window wait for what it shows only later."""
    heavy = ("sqlalchemy", "alembic", "pydantic", "argon2", "holidays", "reportlab")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import app.cli\n"  # the way the pysakki command starts
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.main_window import MainWindow\n"
        "from ui.i18n import Translations\n"
        "from ui.tasks import Tasks\n"
        "application = QApplication([])\n"
        "window = MainWindow(Tasks(), Translations(Path('unused')))\n"
        "window.show()\n"
        "application.processEvents()\n"
        "assert 'ui.pages.counter_view' not in sys.modules, 'the work pages came with the window'\n"
        # What the window does not wait for: the sign-in screen (built with the store), the Qt namespace's enums
        # (PySide6 builds all of them at its first use), the log file's handler (opened on the store thread).
        "assert 'ui.pages.signin_view' not in sys.modules, 'the sign-in screen came with the window'\n"
        "assert 'Qt' not in vars(sys.modules['PySide6.QtCore']), 'the Qt namespace was used before the window'\n"
        "assert 'logging.handlers' not in sys.modules, 'the log handler came with the window'\n"
        "window.workspace.setCurrentIndex(6)\n"  # the pages too, once a worker signs in
        "application.processEvents()\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))\n"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


LAPTOP_SYNC = ("sync.client", "sync.engine", "sync.laptop", "sync.outbox", "sync.pipeline", "sync.inbox",
               "sync.receipt", "sync.central", "sync.bundle")  # fmt: skip
# app/ reaches into sync/ only where a command of the shell needs it (and loads it only then).
APP_ENTRY_POINTS = {"app/cli.py", "app/commands.py", "app/checks.py"}


def _modules_in(package: str) -> list[Path]:
    return [path for path in sorted((ROOT / package).rglob("*.py")) if "migrations" not in path.parts]


def test_app_reaches_sync_and_ui_only_from_its_command_line() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _modules_in("app")
        for name in _imports(path)
        if name.split(".")[0] in ("ui", "sync") and str(path.relative_to(ROOT)) not in APP_ENTRY_POINTS
    ]
    assert offenders == []


def test_the_register_never_imports_the_laptops_client() -> None:
    """Statically, and in a process that loads the whole register: none of the laptop's sync modules come along."""
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _modules_in("sync/server")
        for name in _imports(path)
        if name in LAPTOP_SYNC or name.startswith(tuple(f"{module}." for module in LAPTOP_SYNC))
    ]
    assert offenders == []
    code = (
        "import sys\n"
        "import sync.server.app, sync.server.cli, sync.server.bundle_import, sync.server.purge\n"
        f"print(sorted(m for m in sys.modules if m in {LAPTOP_SYNC!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_the_desktop_never_imports_the_register() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for package in ("ui", "app")
        for path in _modules_in(package)
        for name in _imports(path)
        if name == "sync.server" or name.startswith("sync.server.")
    ]
    assert offenders == []


def test_the_server_libraries_come_only_with_the_register_extra() -> None:
    """`pip install .` is the laptop program; fastapi, uvicorn and psycopg come with `pip install '.[register]'`."""
    from importlib.metadata import requires  # noqa: PLC0415

    server = {"fastapi", "uvicorn", "psycopg"}
    declared = requires("pysakki") or []
    plain = {req.split(";")[0].split("[")[0].split(">")[0].split("=")[0].strip().lower() for req in declared
             if "extra ==" not in req}  # fmt: skip
    assert plain & server == set()
    register = [req for req in declared if 'extra == "register"' in req]
    assert {req.split(">")[0].split("[")[0].strip().lower() for req in register} >= server
