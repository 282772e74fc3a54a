"""Opening a data file for reading only: a separate, smaller door than
storage.database.open_database (which always opens for writing: WAL, migrations) —
SQLite's `mode=ro` plus `query_only`, no migration — for a file the app may not write
(read-only file, folder, USB stick or share).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.storage import connection
from chibo_app.storage.database import NotOurFileError, check_identity, read_identity
from chibo_app.storage.migrations import SCHEMA_VERSION
from chibo_app.storage.sqlite_files import sidecar


class NeedsRecovery(ChiboError):
    """The file's -wal holds committed changes a read-only connection cannot bring in
    (SQLite must rebuild its index first, which is a write)."""


def open_read_only_database(path: Path, password: str | None = None) -> sqlite_utils.Database:
    """The file at `path`, readable, refusing every write (OperationalError "attempt to
    write a readonly database"); ChiboError when it cannot be shown.

    An encrypted file needs `password` (PasswordRequired / WrongPassword otherwise);
    nothing is created or changed either way.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        raise ChiboError(
            msg(
                "Không tạo được tệp dữ liệu “{name}”: thư mục “{parent}” chỉ cho phép "
                "đọc. Hãy chọn nơi khác hoặc xin quyền ghi vào thư mục này.",
                name=path.name,
                parent=path.parent,
            )
        )
    try:
        conn = _connect(path, password)
    except connection.DatabaseError as error:
        if connection.error_name(error) == "SQLITE_READONLY":
            raise NeedsRecovery(
                f"Tệp “{path.name}” còn dữ liệu chưa ghi hẳn (tệp “{path.name}-wal”, thường do "
                "máy tắt đột ngột) mà chỉ mở để đọc thì không đưa vào được."
            ) from None
        raise NotOurFileError(
            msg(
                "Tệp “{name}” không phải là tệp dữ liệu Chi bộ hoặc đã bị hỏng ({error}).",
                name=path.name,
                error=error,
            )
        ) from None
    try:
        version, app_id, tables = read_identity(conn)
        check_identity(path, version, app_id, tables)
        if version < SCHEMA_VERSION:
            raise ChiboError(
                msg(
                    "Tệp “{name}” cần được nâng cấp cho phiên bản này, nhưng tệp chỉ cho "
                    "phép đọc nên không nâng cấp được. Hãy chép tệp sang thư mục có quyền "
                    "ghi rồi mở lại.",
                    name=path.name,
                )
            )
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.isolation_level = None
    except connection.DatabaseError as error:
        conn.close()
        raise ChiboError(
            msg("Không đọc được tệp “{name}” ({error}).", name=path.name, error=error)
        ) from error
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn, execute_plugins=False)


def _connect(path: Path, password: str | None) -> sqlite3.Connection:
    try:
        conn = connection.connect(path, password, read_only=True)
    except connection.OperationalError as error:
        # A WAL-mode file in a read-only folder: SQLite cannot create the -shm it needs
        # for a plain read-only open. With no -wal beside it the file alone is the whole
        # database, and `immutable` reads it without any shared memory.
        if connection.error_name(error) != "SQLITE_CANTOPEN":
            raise
        if sidecar(path, "-wal").exists():
            raise ChiboError(
                msg(
                    "Tệp “{name}” còn dữ liệu chưa ghi hẳn (tệp “{name}-wal”) nhưng thư "
                    "mục chỉ cho phép đọc. Hãy chép cả hai tệp sang thư mục có quyền ghi "
                    "rồi mở lại.",
                    name=path.name,
                )
            ) from error
        return connection.connect(path, password, read_only=True, immutable=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except connection.OperationalError as error:
        conn.close()
        if connection.error_name(error) != "SQLITE_CANTOPEN" or sidecar(path, "-wal").exists():
            raise
        return connection.connect(path, password, read_only=True, immutable=True)
    return conn
