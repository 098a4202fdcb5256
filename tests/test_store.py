"""The local store: pragmas, migrations on open, backups, and refusing files it must not touch."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app import migrate
from app.db import Store, open_store
from app.errors import DatabaseTooNewError, ForeignDatabaseError, NotADatabaseError
from app.identity import current_author
from app.paths import database_path
from app.services import encounters, records
from tests.conftest import stop_day_data

ROOT = Path(__file__).resolve().parents[1]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_has_the_safety_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000


def test_a_new_store_is_migrated_to_head_and_seeded(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fresh")
    try:
        assert store.path == tmp_path / "fresh" / "pysakki.db"
        assert migrate.stored_revision(store.path) == migrate.head_revision()
        assert store.backup_path is None  # nothing to back up in a new file
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM themes")).scalar() == 8
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        store.close()


def test_an_empty_file_is_migrated(tmp_path: Path) -> None:
    directory = tmp_path / "d"
    directory.mkdir()
    database_path(directory).touch()
    open_store(directory).close()
    assert migrate.stored_revision(database_path(directory)) == migrate.head_revision()


def test_reopening_is_a_no_op(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    again = open_store(tmp_path)
    again.close()
    assert again.backup_path is None
    assert again.migrated_from == migrate.head_revision()


def test_opening_a_current_store_does_not_load_alembic(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.db import open_store\n"
        f"open_store(Path({str(tmp_path)!r})).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
    assert migrate.current_head() == migrate.head_revision()


def test_a_database_from_a_newer_pysakki_is_refused_untouched(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    path = database_path(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError) as err:
        open_store(tmp_path)
    assert err.value.params["revision"] == "9999"
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = database_path(tmp_path)
    path.write_bytes(b"this is not sqlite" * 100)
    before = _digest(path)
    with pytest.raises(NotADatabaseError):
        open_store(tmp_path)
    assert _digest(path) == before


def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = database_path(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    conn.close()
    before = _digest(path)
    with pytest.raises(ForeignDatabaseError):
        open_store(tmp_path)
    assert _digest(path) == before


NEXT_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("encounters") as batch:
        batch.add_column(sa.Column("weather", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("encounters") as batch:
        batch.drop_column("weather")
"""


def test_upgrade_backs_up_first_and_keeps_every_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    store = open_store(data)
    with store.session() as session:
        author = current_author(session)
        day = records.create(session=session, author=author, type="stop_day", data=stop_day_data())
        for _ in range(5):
            encounters.count_encounter(session=session, author=author, group="youth", stop_day_id=day.id)
    store.close()
    old_head = migrate.head_revision()

    # A newer program: the same migrations plus one that rebuilds a table (SQLite batch mode).
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    (newer / "versions" / "9001_weather.py").write_text(NEXT_MIGRATION.format(rev="9001", down=old_head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)

    assert migrate.current_head() == migrate.head_revision() == "9001"  # the fast check sees the new file too
    upgraded = open_store(data)
    try:
        assert upgraded.migrated_from == old_head
        assert upgraded.backup_path is not None and upgraded.backup_path.exists()
        assert migrate.stored_revision(upgraded.path) == "9001"
        assert migrate.stored_revision(upgraded.backup_path) == old_head
        with upgraded.engine.connect() as conn:
            assert conn.execute(text("SELECT sum(count) FROM encounters")).scalar() == 5
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        with sqlite3.connect(upgraded.backup_path) as backup:
            assert backup.execute("SELECT sum(count) FROM encounters").fetchone()[0] == 5
        backup.close()
    finally:
        upgraded.close()


def test_a_migration_naming_its_revision_after_a_function_is_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast check reads each file only up to its first function; a file it cannot read so is left to Alembic,
    never skipped (skipping the newest would take the store for current and leave it unmigrated)."""
    data = tmp_path / "data"
    open_store(data).close()
    old_head = migrate.head_revision()
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    late = NEXT_MIGRATION.format(rev="9001", down=old_head)
    header, functions = late.split("\ndef upgrade", 1)
    names = header[header.index('revision = "9001"') :]
    late = header[: header.index('revision = "9001"')] + "\ndef upgrade" + functions + "\n\n" + names
    (newer / "versions" / "9001_weather.py").write_text(late)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)

    assert migrate.current_head() is None
    upgraded = open_store(data)
    upgraded.close()
    assert migrate.stored_revision(database_path(data)) == "9001"


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    open_store(data).close()
    old_head = migrate.head_revision()
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    broken = NEXT_MIGRATION.format(rev="9001", down=old_head).replace(
        'batch.add_column(sa.Column("weather", sa.String(20), nullable=True))',
        'batch.add_column(sa.Column("weather", sa.String(20), nullable=True))\n'
        '    op.execute("SELECT * FROM no_such_table")',
    )
    (newer / "versions" / "9001_weather.py").write_text(broken)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    with pytest.raises(Exception, match="no_such_table"):
        open_store(data)
    assert migrate.stored_revision(database_path(data)) == old_head
    with sqlite3.connect(database_path(data)) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(encounters)")]
    conn.close()
    assert "weather" not in columns


def test_a_transaction_that_reads_then_writes_is_not_refused_for_a_write_that_came_between(store: Store) -> None:
    """The store thread and a sync write the same file. A transaction that began by reading and then writes after
    the other writer's commit would meet SQLITE_BUSY_SNAPSHOT, which skips the busy timeout: "database is locked"
    at once (the soak found a language switch's setting lost so, logged as an unexpected error). Each transaction
    takes the write lock when it begins, so the other writer waits its turn instead (here, with no timeout, it is
    refused: it came while this one held the lock)."""
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.session() as session:
            assert session.scalar(text("SELECT value FROM local_settings WHERE key = 'probe'")) is None
            try:
                other.execute("INSERT OR REPLACE INTO local_settings (key, value) VALUES ('probe', 'other')")
                came_between = True
            except sqlite3.OperationalError as exc:
                assert "locked" in str(exc)
                came_between = False
            session.execute(text("INSERT OR REPLACE INTO local_settings (key, value) VALUES ('probe', 'this')"))
        assert not came_between
        assert other.execute("SELECT value FROM local_settings WHERE key = 'probe'").fetchone() == ("this",)
    finally:
        other.close()
