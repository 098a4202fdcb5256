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
