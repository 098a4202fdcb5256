"""pysakki-register from the shell: migrate, coordinators, enrollment codes, devices, revocation, serving safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.server.cli import main


def test_the_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = ["--database", f"sqlite:///{tmp_path / 'register.db'}"]
    assert main([*database, "devices"]) == 2
    assert "not migrated" in capsys.readouterr().err
    assert main([*database, "migrate"]) == 0
    assert main([*database, "migrate"]) == 0  # again: nothing to do
    capsys.readouterr()
    assert main([*database, "create-coordinator", "Koordinaattori"]) == 0
    assert len(capsys.readouterr().out.strip()) >= 40  # the token, shown once
    assert main([*database, "create-coordinator", "Koordinaattori"]) == 1
    assert "exists" in capsys.readouterr().err
    assert main([*database, "enroll-code", "perhelinja", "--hours", "2"]) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 14 and code.count("-") == 2
    assert main([*database, "enroll-code", "no-such-unit"]) == 1
    assert main([*database, "revoke", "no-such-device"]) == 1
    capsys.readouterr()
    assert main([*database, "conflicts"]) == 0
    assert capsys.readouterr().out == ""  # none yet


def test_serve_refuses_plain_http_on_a_public_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = ["--database", f"sqlite:///{tmp_path / 'register.db'}"]
    assert main([*database, "serve", "--host", "0.0.0.0"]) == 2
    assert "refusing plain HTTP" in capsys.readouterr().err


def test_serving_without_the_register_extra_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A laptop's `pip install .` has no FastAPI, uvicorn or psycopg: the register says so instead of a traceback."""
    import importlib.util  # noqa: PLC0415

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in ("fastapi", "psycopg") else
                        real(name, *a))  # fmt: skip
    assert main(["--database", f"sqlite:///{tmp_path / 'r.db'}", "serve"]) == 2
    assert "pip install 'pysakki[register]'" in capsys.readouterr().err
    assert main(["--database", "postgresql://hq@localhost/register", "migrate"]) == 2
    assert "(psycopg)" in capsys.readouterr().err


def test_settings_come_from_flags_then_environment_then_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "register.toml"
    config.write_text('port = 9000\nretention_days = 14\nhost = "127.0.0.2"\ndatabase = "sqlite:///from-file.db"\n')
    monkeypatch.delenv("PYSAKKI_REGISTER_DATABASE", raising=False)
    monkeypatch.setenv("PYSAKKI_REGISTER_RETENTION_DAYS", "7")
    assert main(["--config", str(config), "settings"]) == 0
    shown = dict(line.split(" = ", 1) for line in capsys.readouterr().out.splitlines())
    assert (shown["port"], shown["retention_days"], shown["host"]) == ("9000", "7", "127.0.0.2")  # env over file
    assert shown["database"] == "sqlite:///from-file.db"
    monkeypatch.setenv("PYSAKKI_REGISTER_CONFIG", str(config))  # the file named by the environment
    assert main(["--database", "sqlite:///flag.db", "settings"]) == 0
    shown = dict(line.split(" = ", 1) for line in capsys.readouterr().out.splitlines())
    assert (shown["database"], shown["port"]) == ("sqlite:///flag.db", "9000")  # the flag over everything
    config.write_text("prot = 9000\n")  # a typo stops the start, named
    assert main(["settings"]) == 2
    assert "prot" in capsys.readouterr().err
    monkeypatch.setenv("PYSAKKI_REGISTER_RETENTION_DAYS", "99999")
    config.write_text("")
    assert main(["settings"]) == 2
    assert "retention_days" in capsys.readouterr().err
    assert main(["--config", str(tmp_path / "none.toml"), "settings"]) == 2
    assert "no configuration file" in capsys.readouterr().err
