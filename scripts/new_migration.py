"""Autogenerate the next migration from the models: ``python scripts/new_migration.py "what changed"``.

Upgrades a throwaway database to the current head, compares it with ``app.models`` and writes
``app/migrations/versions/NNNN_<slug>.py`` with the next sequential revision id. Review it before committing.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from app import migrate
from app.sqlite import make_engine


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    config = migrate.alembic_config()
    heads = ScriptDirectory.from_config(config).get_heads()
    next_number = 1 + max((int(h) for h in heads), default=0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scratch.db"
        migrate.upgrade(path)
        engine = make_engine(path, foreign_keys=False)
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
            config.set_main_option("file_template", f"%%(rev)s_{slug}")
            command.revision(config, message, autogenerate=True, rev_id=f"{next_number:04d}")
        engine.dispose()


if __name__ == "__main__":
    main()
