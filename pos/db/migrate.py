"""Upgrading a shop database to the newest schema (run at every start).

Almost every start finds the schema already current. Importing Alembic (with Mako, Pygments
and the revision scripts it executes) is a good part of a cold start, so that case is told
from the revision files read as text and the database's `alembic_version` row, and Alembic
is imported only when there is something to upgrade or the files are not a plain chain."""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

MIGRATIONS = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:None|['\"]([\w.-]+)['\"])\s*(?:#.*)?$",
    re.MULTILINE)


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and schema_is_current(engine):
        register_models()
        return
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def needs_upgrade(engine: Engine) -> bool:
    if schema_is_current(engine):
        return False
    return current_revision(engine) != head_revision(engine)


# -- the quick check ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def head_from_files() -> str | None:
    """The one head of the revision files, or None when they are not a plain linear chain
    written the usual way (then Alembic decides)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        if path.name == "__init__.py":
            continue
        found = {name: value or None for name, value in
                 _ASSIGNMENT.findall(path.read_text(encoding="utf-8"))}
        if not found.get("revision") or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and len(parents) == len(revisions) else None


def stamped_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, None when it has none (new or not ours)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except OperationalError:  # no alembic_version table yet
        return None
    return rows[0] if len(rows) == 1 else None


def schema_is_current(engine: Engine) -> bool:
    head = head_from_files()
    return head is not None and stamped_revision(engine) == head


def register_models() -> None:
    """Imports every ORM module (pos/db/*models.py), as the Alembic environment does, so that
    foreign keys between their tables resolve without Alembic having run."""
    for path in sorted(Path(__file__).parent.glob("*models.py")):
        importlib.import_module(f"{__package__}.{path.stem}")
