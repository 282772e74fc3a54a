"""A package sent up to the đảng ủy, as a file: one SQLite database (core.package holds
its tables), plain or encrypted with SQLCipher exactly as the cell's own database is.

Writing goes to a temporary name in the same folder and is renamed when complete, so a
half-written package never exists under its real name. Reading never changes the file
(an immutable, read-only connection) and refuses, with one Vietnamese sentence, every
file that is not a whole, untouched package this version can read: not SQLite, another
SQLite file, a Chi bộ database, a newer format, a damaged or cut-short file, a schema
with anything added, values of the wrong type, or content that does not match its
checksum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from chibo_app.core import package as core
from chibo_app.core.messages import Message, msg
from chibo_app.core.package import Package, PackageError, Row
from chibo_app.errors import ChiboError
from chibo_app.fileio import atomic_path
from chibo_app.storage import database
from chibo_app.storage.connection import (
    ENCRYPTED,
    NEW,
    DatabaseError,
    PasswordRequired,
    WrongPassword,
    connect,
    file_kind,
    looks_encrypted,
)

MAX_BYTES = 256 * 1024 * 1024  # a real package is well under a megabyte


class PackagePasswordRequired(PackageError):
    pass


class PackageWrongPassword(PackageError):
    pass


def write_package(
    path: Path,
    meta: Mapping[str, str],
    tables: Mapping[str, Sequence[Row]],
    password: str | None = None,
) -> None:
    """Write the package to `path` (atomically); encrypted when `password` is given.
    `meta` must already hold the checksum of `tables`."""
    with atomic_path(path) as temporary:
        conn = connect(temporary, password)  # an empty file: keyed when a password is given
        try:
            conn.isolation_level = None
            conn.execute(f"PRAGMA application_id = {core.APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {core.SCHEMA_VERSION}")
            conn.execute("BEGIN")
            for table in core.TABLES:
                conn.execute(table.create_sql())
                rows = sorted(meta.items()) if table is core.META else tables.get(table.name, ())
                marks = ", ".join("?" for _ in table.columns)
                conn.executemany(f"INSERT INTO {table.name} VALUES ({marks})", rows)
            conn.execute("COMMIT")
        finally:
            conn.close()


def read_package(path: Path, password: str | None = None) -> Package:
    """The package in `path`, verified; PackageError (one sentence naming the file)
    otherwise — PackagePasswordRequired / PackageWrongPassword for an encrypted one."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError:
        raise PackageError(msg("Không đọc được tệp “{name}”.", name=name)) from None
    kind = file_kind(path)
    if kind == NEW:
        raise PackageError(
            msg("Tệp “{name}” rỗng, không phải gói dữ liệu gửi cấp trên.", name=name)
        )
    if size > MAX_BYTES:
        raise PackageError(
            msg("Tệp “{name}” quá lớn, không phải gói dữ liệu gửi cấp trên.", name=name)
        )
    if kind == ENCRYPTED and not looks_encrypted(path):
        raise _not_a_package(name)  # neither SQLite nor page-shaped: no package at all
    if kind == ENCRYPTED and password is None:
        raise PackagePasswordRequired(_locked(name))
    try:
        conn = connect(path, password, read_only=True, immutable=True)
    except PasswordRequired:
        raise PackagePasswordRequired(_locked(name)) from None
    except WrongPassword:
        raise PackageWrongPassword(msg("Sai mật khẩu của gói “{name}”.", name=name)) from None
    except (DatabaseError, ChiboError):
        raise _not_a_package(name) from None
    try:
        return _read(conn, name)
    except DatabaseError:
        raise PackageError(
            msg(
                "Gói “{name}” bị hỏng hoặc không trọn vẹn (có thể chép chưa xong); "
                "hãy xin chi bộ gửi lại.",
                name=name,
            )
        ) from None
    finally:
        conn.close()


def _locked(name: str) -> Message:
    return msg("Gói “{name}” có mật khẩu: hãy nhập mật khẩu của gói.", name=name)


def _not_a_package(name: str) -> PackageError:
    return PackageError(
        msg("Tệp “{name}” không phải gói dữ liệu gửi cấp trên của Chi bộ.", name=name)
    )


def _read(conn: Any, name: str) -> Package:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id == database.APPLICATION_ID:
        raise PackageError(
            msg(
                "Tệp “{name}” là tệp dữ liệu của một chi bộ, không phải gói gửi cấp trên: "
                "chi bộ cần tạo gói bằng “Gửi cấp trên…”.",
                name=name,
            )
        )
    if app_id != core.APPLICATION_ID or version < 1:
        raise _not_a_package(name)
    if version > core.SCHEMA_VERSION:
        made_by = _app_version(conn)
        raise PackageError(
            msg(
                "Gói “{name}” được tạo bởi Chi bộ phiên bản {made_by} (định dạng gói "
                "{version}), mới hơn phiên bản này (đọc được đến định dạng {ours}): hãy cập "
                "nhật ứng dụng rồi nhập lại.",
                name=name,
                made_by=made_by,
                version=version,
                ours=core.SCHEMA_VERSION,
            )
        )
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise DatabaseError("quick_check")
    shape = core.tables_of(version)  # an older format is read as it was written
    _check_schema(conn, name, shape)
    tables: dict[str, list[Row]] = {}
    for table in shape:
        columns = ", ".join(table.column_names)
        order = ", ".join(table.key)
        rows = conn.execute(f"SELECT {columns} FROM {table.name} ORDER BY {order}").fetchall()
        tables[table.name] = [tuple(r) for r in rows]
    try:
        meta_rows = tables.pop("meta")
        core.check_rows(core.META, meta_rows)
        meta = {str(k): str(v) for k, v in meta_rows}
        core.check_meta(meta)
        if meta["schema_version"] != str(version):
            raise PackageError(msg("ghi hai số định dạng khác nhau"))
        for table in shape[1:]:
            core.check_rows(table, tables[table.name])
    except PackageError as error:
        raise PackageError(
            msg("Gói “{name}” {problem}.", name=name, problem=error.message)
        ) from None
    if core.checksum(meta, tables, version) != meta["checksum"]:
        raise PackageError(
            msg(
                "Gói “{name}” đã bị sửa hoặc hỏng sau khi tạo (mã kiểm tra không khớp nội "
                "dung); hãy xin chi bộ gửi lại.",
                name=name,
            )
        )
    return Package(meta=meta, tables=tables)


def _check_schema(conn: Any, name: str, shape: tuple[core.Table, ...]) -> None:
    """Exactly the tables of the file's format, each as created by write_package: nothing
    added (a view or trigger runs code when read), nothing changed."""
    found = {
        (kind, table_name, sql)
        for kind, table_name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master")
    }
    expected: set[tuple[str, str, str | None]] = {("table", t.name, t.create_sql()) for t in shape}
    expected |= {("index", f"sqlite_autoindex_{t.name}_1", None) for t in shape if not t.rowid_key}
    if found != expected:
        raise _not_a_package(name)


def _app_version(conn: Any) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'app_version'").fetchone()
    except DatabaseError:
        return "?"
    return str(row[0]) if row else "?"
