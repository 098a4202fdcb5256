"""A throwaway PostgreSQL cluster for tests, from the server binaries of Debian's postgresql package.

``pg_config --bindir`` finds them. As root (CI), the cluster runs as the ``postgres`` system user, since the
server refuses root. A missing PostgreSQL is an error, not a skip: CI must run these tests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg


def bindir() -> Path:
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        raise RuntimeError("PostgreSQL is needed for these tests: apt-get install postgresql (pg_config not found)")
    found = Path(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True).stdout.strip())
    if not (found / "initdb").exists():
        raise RuntimeError(f"PostgreSQL server binaries are missing in {found}: apt-get install postgresql")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def cluster(directory: Path) -> Iterator[str]:
    """Start a cluster in ``directory``; yield an admin URL (psycopg 3) to its ``postgres`` database."""
    binaries = bindir()
    directory.mkdir(parents=True, exist_ok=True)
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root on Linux: the server runs as the postgres user
        import pwd  # noqa: PLC0415 (POSIX only: importing it at the top kept the test suite from loading on Windows)

        owner = pwd.getpwnam("postgres")
        for path in (directory, *directory.parents):
            if path == Path("/"):
                break
            os.chmod(path, os.stat(path).st_mode | 0o011)  # let the postgres user reach the directory
        os.chown(directory, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = directory / "data"
    run = lambda *args: subprocess.run([*prefix, *args], check=True, capture_output=True, text=True)  # noqa: E731
    run(str(binaries / "initdb"), "-D", str(data), "-U", "pysakki", "--auth=trust", "-E", "UTF8", "--no-sync")
    port = free_port()
    options = f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(directory / "log"), "-w", "start")
    try:
        yield f"postgresql+psycopg://pysakki@127.0.0.1:{port}/postgres"
    finally:
        run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")


def fresh_database(admin_url: str, template: str | None = None) -> str:
    """A new database in the cluster (empty, or a copy of ``template``); its URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"{copy}')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def database_name(url: str) -> str:
    return url.rsplit("/", 1)[1]
