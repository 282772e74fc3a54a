"""Copies of a database under another password (or none): for setting, changing or
removing the password, and for restoring a backup keyed differently from the live file.

SQLCipher's backup API only copies between files with the same kind of key (it refuses
keyed-to-plain), so a change of key goes through `sqlcipher_export`, which rebuilds the
schema and rows inside a freshly keyed file. Every copy is checked before anyone uses it:
integrity_check, the Chi bộ identity, and the same number of rows in every table.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from chibo_app.core.clock import Editor
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.storage import records
from chibo_app.storage.connection import cipher_settings, connect, key_literal
from chibo_app.storage.database import read_identity
from chibo_app.storage.maintenance import row_counts
from chibo_app.storage.sqlite_files import remove_with_sidecars

_SCHEMA = "chibo_export"


def export_connection(conn: sqlite3.Connection, target: Path, password: str | None) -> None:
    """Write everything `conn` holds into the new file `target`, keyed with `password`.

    `conn` must be outside a transaction (ATTACH cannot run inside one). The copy is
    verified; on any failure `target` is removed and the error raised.
    """
    remove_with_sidecars(target)
    expected = _facts(conn)
    key = key_literal(password) if password else "''"  # '' = a plain SQLite file
    try:
        conn.execute(f"ATTACH DATABASE ? AS {_SCHEMA} KEY {key}", [str(target)])
        try:
            if password:
                for statement in cipher_settings(_SCHEMA):
                    conn.execute(statement)
            # A new file thrown away on any failure: no journal, no sync per table
            # (dozens of fsyncs); one fsync once it is whole, before anyone uses it.
            conn.execute(f"PRAGMA {_SCHEMA}.journal_mode = OFF")
            conn.execute(f"PRAGMA {_SCHEMA}.synchronous = OFF")
            conn.execute(f"SELECT sqlcipher_export('{_SCHEMA}')")
            # sqlcipher_export copies tables and rows, not these header fields.
            version, app_id, _tables = read_identity(conn)
            conn.execute(f"PRAGMA {_SCHEMA}.user_version = {int(version)}")
            conn.execute(f"PRAGMA {_SCHEMA}.application_id = {int(app_id)}")
        finally:
            conn.execute(f"DETACH DATABASE {_SCHEMA}")
        with open(target, "rb+") as written:
            os.fsync(written.fileno())
        verify_copy(target, password, expected)
    except BaseException:
        remove_with_sidecars(target)
        raise


def export_file(
    source: Path, source_password: str | None, target: Path, password: str | None
) -> None:
    """`export_connection` for a file nobody has open (a backup)."""
    conn = connect(source, source_password)
    try:
        conn.isolation_level = None
        export_connection(conn, target, password)
    finally:
        conn.close()


def verify_copy(target: Path, password: str | None, expected: dict[str, object]) -> None:
    """ChiboError unless `target` opens with `password` and holds what `expected` says."""
    conn = connect(target, password, read_only=True)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        facts = _facts(conn)
    finally:
        conn.close()
    if check != "ok" or facts != expected:
        raise ChiboError(
            msg(
                "Bản chép mới không khớp với dữ liệu gốc nên chưa được dùng; dữ liệu "
                "hiện tại được giữ nguyên."
            )
        )


def _facts(conn: sqlite3.Connection) -> dict[str, object]:
    version, app_id, _tables = read_identity(conn)
    counts = row_counts(sqlite_utils.Database(conn, execute_plugins=False))
    return {"user_version": version, "application_id": app_id, "rows": counts}


def record_in_copy(
    target: Path, password: str | None, editor: Editor, values: dict[str, object]
) -> None:
    """A change-history line about the whole database (e.g. its password changed)
    written into the checked copy `target`, before it takes the live file's place."""
    conn = connect(target, password)
    try:
        conn.isolation_level = None
        db = sqlite_utils.Database(conn, execute_plugins=False)
        with db.atomic():
            records.record_change(db, editor, "database", None, "update", None, values)
    finally:
        conn.close()
