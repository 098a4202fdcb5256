"""The ``pysakki`` command from the shell."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.db import open_store
from app.identity import current_author
from app.services import encounters, stop_days
from tests.conftest import NOW
from tests.test_files import FifoReader


def _run(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess[str]:
    # The run's own log folder (tests/conftest.py), never the machine's: a marker left there by a program killed
    # earlier would be reported by doctor as this run's unclean exit.
    env = {"PATH": "/usr/bin:/bin", "PYSAKKI_LOG_DIR": os.environ["PYSAKKI_LOG_DIR"]}
    env |= {"PYSAKKI_HOME": str(env_home)} if env_home else {}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, env=env, check=False
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"pysakki {__version__}"


def _laptop(directory: Path, *groups: str) -> None:
    """A store in ``directory`` with a stop day and an encounter of each of ``groups``."""
    store = open_store(directory)
    with store.session() as session:
        author = current_author(session)
        day = stop_days.open_stop_day(
            session=session, author=author, day=NOW.date(), municipality_code="400", place="Tori"
        )
        for group in groups:
            encounters.count_encounter(session=session, author=author, group=group, stop_day_id=day.id)
    store.close()


def test_doctor_reports_location_schema_counts_and_integrity(tmp_path: Path) -> None:
    _laptop(tmp_path, "child")
    result = _run("doctor", env_home=tmp_path)
    assert result.returncode == 0, result.stdout
    assert f"data directory: {tmp_path}" in result.stdout
    assert "integrity: ok" in result.stdout
    assert "encounter                1       0       1" in result.stdout
    assert "themes 8" in result.stdout


def test_data_dir_flag_beats_the_environment(tmp_path: Path) -> None:
    result = _run("--data-dir", str(tmp_path / "flag"), "export", env_home=tmp_path / "env")
    assert result.returncode == 0
    assert (tmp_path / "flag" / "pysakki.db").exists()
    assert not (tmp_path / "env").exists()


def test_doctor_flags_a_newer_database_without_touching_it(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    with sqlite3.connect(tmp_path / "pysakki.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    doctor = _run("doctor", env_home=tmp_path)
    assert doctor.returncode == 1
    assert "written by a newer Pysäkki" in doctor.stdout
    export = _run("export", env_home=tmp_path)
    assert export.returncode == 2
    assert "newer version of Pysäkki" in export.stderr and "not changed" in export.stderr
    assert "Traceback" not in export.stderr


def test_export_then_import_through_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _laptop(tmp_path / "a", "parent", "youth")
    out = tmp_path / "records.jsonl"
    assert main(["--data-dir", str(tmp_path / "a"), "export", "--format", "jsonl", "--output", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert [json.loads(line)["type"] for line in lines] == ["stop_day", "encounter", "encounter"]

    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    assert "3 created" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    assert "0 created, 0 updated, 3 duplicate, 0 older, 0 rejected" in capsys.readouterr().err

    bad = tmp_path / "bad.jsonl"
    bad.write_text(lines[0] + "\nnonsense\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "c"), "import", "--all-or-nothing", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 2: rejected: line: not_json" in err and "nothing was imported" in err
    assert main(["--data-dir", str(tmp_path / "c"), "export"]) == 0
    assert capsys.readouterr().out == ""


def test_a_bad_since_date_is_a_usage_error(tmp_path: Path) -> None:
    result = _run("export", "--since", "yesterday", env_home=tmp_path)
    assert result.returncode == 2
    assert "not a date" in result.stderr


def test_doctor_on_a_new_installation_says_so_and_creates_nothing(tmp_path: Path) -> None:
    result = _run("doctor", env_home=tmp_path / "new")
    assert result.returncode == 0
    assert "(not created yet)" in result.stdout and "status: ok" in result.stdout
    assert not (tmp_path / "new").exists()


def test_doctor_reports_a_damaged_file(tmp_path: Path) -> None:
    (tmp_path / "pysakki.db").write_bytes(b"\0garbage" * 512)
    result = _run("doctor", env_home=tmp_path)
    assert result.returncode == 1
    assert "not_a_database" in result.stdout


def test_catalogue_import_through_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fixture = Path(__file__).parent / "data" / "ptv_sample.json"
    assert main(["--data-dir", str(tmp_path), "catalogue", "import", str(fixture)]) == 1  # some entries skipped
    err = capsys.readouterr().err
    assert "services: 3 new, 0 updated, 0 unchanged; 5 skipped" in err
    assert "skipped service 5e1d2c3b-0000-4000-8000-100000000004: no name in Finnish, Swedish or English" in err
    main(["--data-dir", str(tmp_path), "catalogue", "import", str(fixture)])
    assert "services: 0 new, 0 updated, 3 unchanged" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), "catalogue", "import", str(bad)]) == 2
    assert "not a PTV catalogue file: the file has no services" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="named pipes")
@pytest.mark.parametrize(
    ("command", "begins"),
    [
        (["export", "--output"], b'{"body":'),
        (["export", "--sync-bundle"], b"\x1f\x8b"),  # gzip
        (["report", "yearly", "--year", "2026", "--format", "csv", "--output"], b"\xef\xbb\xbf"),  # a BOM
        (["backup"], b"SQLite format 3\x00"),
    ],
    ids=["export", "sync-bundle", "report", "backup"],
)
def test_every_output_goes_into_a_named_pipe_in_place(tmp_path: Path, command: list[str], begins: bytes) -> None:
    _laptop(tmp_path / "data", "parent")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = FifoReader(fifo)
    reader.start()
    assert main(["--data-dir", str(tmp_path / "data"), *command, str(fifo)]) == 0
    reader.join(timeout=10)
    assert not reader.is_alive(), "the pipe was replaced, not written"
    assert reader.data.startswith(begins)
    assert fifo.is_fifo() and not list(tmp_path.glob("*.part"))


def test_a_dash_for_output_means_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _laptop(tmp_path / "data", "parent")
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(tmp_path / "data"), "export", "--output", "-"]) == 0
    assert [json.loads(line)["type"] for line in capsys.readouterr().out.splitlines()] == ["stop_day", "encounter"]
    assert main(["--data-dir", str(tmp_path / "data"), "report", "yearly", "--year", "2026", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert not (tmp_path / "-").exists()


def test_a_folder_as_output_is_refused_and_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _laptop(tmp_path / "data", "parent")
    folder = tmp_path / "stick"
    folder.mkdir()
    for command in (["export", "--output"], ["export", "--sync-bundle"], ["backup"]):
        assert main(["--data-dir", str(tmp_path / "data"), *command, str(folder)]) != 0
        assert f"{folder} is a folder, not a file" in capsys.readouterr().err
        assert folder.is_dir() and not list(folder.iterdir())
        assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "stick"]


def test_output_to_a_file_or_a_pipe_is_utf8_whatever_the_locale_says(tmp_path: Path) -> None:
    """Windows writes a redirected stream in its ANSI code page (cp1252 on a Finnish laptop): a Sami or Karelian
    letter in a folder name, or a Swedish report, must not stop the command or come out mangled."""
    directory = tmp_path / "Pysäkki ŋ Čilli"
    env = {"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "cp1252", "PYSAKKI_LOG_DIR": os.environ["PYSAKKI_LOG_DIR"]}
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "--data-dir", str(directory), "doctor", "--offline"],
        capture_output=True, env=env, check=False,
    )  # fmt: skip
    assert b"Traceback" not in done.stderr, done.stderr
    assert f"data directory: {directory}" in done.stdout.decode("utf-8")


def test_the_window_and_the_shell_tools_have_their_own_programs() -> None:
    """pyproject and the bundle agree: "pysakki" is the windowed program (no console on Windows), "pysakki-cli"
    the console one; on Linux both run every command."""
    import tomllib  # noqa: PLC0415

    root = Path(__file__).parents[1]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"pysakki": "app.cli:main"}
    assert project["scripts"]["pysakki-cli"] == "app.cli:main" and "pysakki" not in project["scripts"]
    spec = (root / "build.spec").read_text(encoding="utf-8")
    assert '("pysakki", False), ("pysakki-cli", True)' in spec  # (name, console)
    installed = Path(sys.executable).parent
    for name in ("pysakki", "pysakki-cli"):
        assert (installed / name).exists(), f"{name} is not installed: run the README's test command (./scripts/test)"
        done = subprocess.run([str(installed / name), "--version"], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and done.stdout.strip() == f"pysakki {__version__}"


def test_the_test_suite_loads_without_posix_only_modules(tmp_path: Path) -> None:
    """As on Windows: pwd, grp, fcntl, termios and resource cannot be imported, and every test is still collected
    (the POSIX-only ones skip themselves there, saying why)."""
    script = (
        "import sys\n"
        "for name in ('pwd', 'grp', 'fcntl', 'termios', 'resource'):\n"
        "    sys.modules[name] = None\n"
        "import pytest\n"
        "sys.exit(pytest.main(['--collect-only', '-q', '-p', 'no:cacheprovider', 'tests']))\n"
    )
    root = Path(__file__).parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " error" not in done.stdout.splitlines()[-1], done.stdout.splitlines()[-1]
