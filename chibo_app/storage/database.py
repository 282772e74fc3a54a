"""Opening the one SQLite file: pragmas, version check, backup and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from chibo_app.core.clock import Clock, SystemClock
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.storage import transactions
from chibo_app.storage.backup_index import ensure_file_id, file_id, record
from chibo_app.storage.backup_names import backup_name, before_upgrade
from chibo_app.storage.connection import DatabaseError, complete_statement, connect, password_of
from chibo_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from chibo_app.storage.sqlite_files import remove_with_sidecars

# 'CHB1' — marks a file as ours, so a foreign SQLite file is never migrated.
APPLICATION_ID = 0x43484231


class NewerFileError(ChiboError):
    pass


class NotOurFileError(ChiboError):
    pass


def open_database(
    path: str | Path, password: str | None = None, clock: Clock | None = None
) -> sqlite_utils.Database:
    """Open (or create) the cell's database file, migrated to the current schema.

    A new file is encrypted when `password` is given. An encrypted file needs it:
    PasswordRequired / WrongPassword otherwise, with the file left exactly as it was.
    The clock names the backup taken before a migration.
    """
    path = Path(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = None
    try:
        conn = connect(path, password)  # PasswordRequired, WrongPassword: nothing touched
        version, app_id, table_count = read_identity(conn)
    except DatabaseError as error:
        if conn is not None:
            conn.close()
        raise NotOurFileError(
            msg(
                "Tệp “{name}” không phải là tệp dữ liệu Chi bộ hoặc đã bị hỏng ({error}).",
                name=path.name,
                error=error,
            )
        ) from None
    try:
        check_identity(path, version, app_id, table_count)
        conn.isolation_level = None  # explicit transactions only: db.atomic()
        db = transactions.Database(conn, execute_plugins=False)
        _set_pragmas(db)
        if version > 0:
            ensure_file_id(db)  # before an upgrade's backup, so that backup carries it
        if version < SCHEMA_VERSION:
            if version > 0:
                backup_before_migration(db, path, version, clock or SystemClock())
            _migrate(db, version)
        if version == 0:
            ensure_file_id(db)
    except BaseException:
        conn.close()
        raise
    return db


def read_identity(conn: sqlite3.Connection) -> tuple[int, int, int]:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return version, app_id, tables


def check_identity(path: Path, version: int, app_id: int, table_count: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerFileError(
            msg(
                "Tệp “{name}” được tạo bởi phiên bản Chi bộ mới hơn (lược đồ "
                "{version}, phiên bản này chỉ đọc được đến {schema_version}). Hãy cập "
                "nhật ứng dụng; tệp được giữ nguyên.",
                name=path.name,
                version=version,
                schema_version=SCHEMA_VERSION,
            )
        )
    if (app_id not in (0, APPLICATION_ID)) or (app_id == 0 and table_count > 0):
        raise NotOurFileError(
            msg("Tệp “{name}” là cơ sở dữ liệu khác, không phải của Chi bộ.", name=path.name)
        )


def _set_pragmas(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")


def _migrate(db: sqlite_utils.Database, from_version: int) -> None:
    with db.atomic():
        for number in range(from_version + 1, SCHEMA_VERSION + 1):
            for statement in statements(MIGRATIONS[number - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def statements(script: str) -> list[str]:
    """A migration's statements, one by one (sqlite3.executescript would COMMIT the open
    transaction). A ';' ends a statement only where SQLite says the statement is complete:
    not inside a string, a comment or a trigger's BEGIN … END."""
    found: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if complete_statement(pending):
            if pending.strip(" \t\n;"):
                found.append(pending.strip())
            pending = ""
    if pending.strip(" \t\n;"):
        raise ValueError(f"incomplete SQL at the end of a migration: {pending.strip()!r}")
    return found


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_before_migration(
    db: sqlite_utils.Database, db_path: Path, version: int, clock: Clock
) -> Path:
    """A verified copy of the file as it was, taken before any schema step runs."""
    name = backup_name(db_path.stem, clock.now(), before_upgrade(version))
    target = backup_to(db, backups_folder(db_path) / name)
    owner = file_id(db)
    if owner:
        record(db_path, target, owner)
    return target


def backup_to(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy the live database with SQLite's backup API to a temp name, check, rename.

    The copy is keyed with the live file's password: SQLCipher re-encrypts each page
    with the copy's own key (and refuses a keyed-to-plain backup outright).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    remove_with_sidecars(tmp)  # a stale one from a crash: start from nothing
    try:
        destination = connect(tmp, password_of(db.conn))
        try:
            db.conn.backup(destination)
            # A backup is one self-contained file: no -wal beside it when it is opened.
            destination.execute("PRAGMA journal_mode=DELETE")
            result = destination.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            destination.close()
        if result != "ok":
            raise ChiboError(msg("Bản sao lưu không đạt kiểm tra ({result}).", result=result))
        tmp.replace(target)
    except BaseException:
        remove_with_sidecars(tmp)  # a failed write can leave tmp-journal behind
        raise
    return target
