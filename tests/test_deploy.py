"""The register's deployment recipe (deploy/): what can be checked on this machine is checked.

The systemd unit passes ``systemd-analyze verify`` (with its paths pointed at this checkout's virtualenv, since the
unit names the paths deploy/install-register makes), the example settings load and name a loopback host behind the
proxy, and the container recipe installs the register's extra. Building and running the container needs a Docker
daemon and a registry, which these machines lack (README says so).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sync.server.settings import load

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
INSTALLED = "/opt/pysakki-register/.venv/bin/pysakki-register"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="systemd units are for Linux servers")
def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "pysakki-register"
    unit = (DEPLOY / "pysakki-register.service").read_text(encoding="utf-8")
    assert unit.count(INSTALLED) == 2  # migrate, then serve, from the virtualenv the install script makes
    here = tmp_path / "pysakki-register.service"
    here.write_text(unit.replace(INSTALLED, str(command)).replace("User=pysakki", "User=root")
                    .replace("Group=pysakki", "Group=root"), encoding="utf-8")  # fmt: skip
    done = subprocess.run(["systemd-analyze", "verify", str(here)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert str(here) not in done.stderr  # not even a setting ignored with a warning
    broken = tmp_path / "broken.service"
    broken.write_text(here.read_text().replace("Type=exec", "Type=execute"), encoding="utf-8")
    refused = subprocess.run(["systemd-analyze", "verify", str(broken)], capture_output=True, text=True, check=False)
    assert "service type" in refused.stderr  # the check reads what the unit says


def test_the_example_settings_load_and_keep_the_register_behind_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYSAKKI_REGISTER_KEY_FILE", raising=False)  # the tests' own key, over the file
    settings = load(DEPLOY / "register.toml")
    assert settings.host == "127.0.0.1" and settings.forwarded_allow_ips == "127.0.0.1"
    assert settings.database and settings.database.startswith("sqlite:////var/lib/pysakki-register/")
    assert settings.key_file == Path("/var/lib/pysakki-register/register.key")


def test_the_recipes_install_the_register_extra_and_serve_behind_tls() -> None:
    assert '".[register]"' in (DEPLOY / "install-register").read_text(encoding="utf-8")
    assert '".[register]"' in (DEPLOY / "Containerfile").read_text(encoding="utf-8")
    for proxy in ("Caddyfile", "nginx.conf"):
        text = (DEPLOY / proxy).read_text(encoding="utf-8")
        assert "127.0.0.1:8730" in text and "X-Forwarded-For" in text
