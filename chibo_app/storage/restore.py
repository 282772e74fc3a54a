"""Putting a backup back in place of the live file — only after it has proved whole.

Order matters: verify a private copy, keep the current file, then one rename. Until
that rename nothing about the live file has changed, so any refusal leaves it as it was.

A restore never changes whether the live file has a password, nor which: a backup keyed
differently (taken before the password was set, changed or removed) is opened with its
own password and re-keyed with the live file's before it takes its place.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import sqlite_utils

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.storage.backup_index import file_id, owner_of_file
from chibo_app.storage.backup_names import BEFORE_RESTORE, DAMAGED_KEPT
from chibo_app.storage.backups import BackupInfo, backup_closed_file, list_backups
from chibo_app.storage.connection import ENCRYPTED, Error, connect, file_kind, normalise_password
from chibo_app.storage.database import check_identity, read_identity
from chibo_app.storage.integrity import ENCRYPTED as ENCRYPTED_KIND
from chibo_app.storage.integrity import WRONG_PASSWORD, diagnose_file, set_aside_damaged
from chibo_app.storage.maintenance import fold_wal
from chibo_app.storage.rekey import export_file
from chibo_app.storage.sqlite_files import (
    SIDECAR_SUFFIXES,
    fsync_folder,
    remove_with_sidecars,
    sidecar,
)


def verify_backup(path: Path, password: str | None = None, owner: str | None = None) -> None:
    """Raise ChiboError unless `path` is a whole Chi bộ file this version can open
    (with `password`, if it is encrypted) — and, given `owner` (a file's id), a copy of
    that file, not of another one."""
    diagnosis = diagnose_file(path, full=True, password=password)
    if not diagnosis.ok:
        raise ChiboError(
            msg(
                "Bản sao lưu “{name}” không dùng được: {message} Dữ liệu hiện tại được giữ nguyên.",
                name=path.name,
                message=diagnosis.message,
            )
        )
    try:
        conn = connect(path, password, read_only=True)
        try:
            identity = read_identity(conn)
            inside = file_id(sqlite_utils.Database(conn, execute_plugins=False))
        finally:
            conn.close()
    except Error as error:
        raise ChiboError(
            msg("Không đọc được bản sao lưu “{name}” ({error}).", name=path.name, error=error)
        ) from error
    check_identity(path, *identity)  # NewerFileError / NotOurFileError
    if owner and inside and inside != owner:
        raise ChiboError(
            msg(
                "Bản sao lưu “{name}” là của một tệp dữ liệu khác (có thể cùng tên "
                "nhưng của chi bộ khác), không phải của tệp này. Dữ liệu hiện tại được "
                "giữ nguyên.",
                name=path.name,
            )
        )


def newest_good_backup(
    db_path: Path, folder: Path | None = None, password: str | None = None
) -> BackupInfo | None:
    """The newest backup that passes verify_backup (with `password`), newest first.

    A backup under another password, or of another file, is passed over like a damaged
    one; so are the damaged files a restore kept aside.
    """
    owner = owner_of_file(db_path)
    for info in list_backups(db_path, folder):
        if info.reason == DAMAGED_KEPT:
            continue
        try:
            verify_backup(info.path, password, owner)
        except ChiboError:
            continue
        return info
    return None


def restore_backup(
    db_path: Path,
    backup_path: Path,
    now: dt.datetime | None = None,
    *,
    password: str | None = None,
    backup_password: str | None = None,
) -> Path | None:
    """Replace the (closed) database at `db_path` by the backup; return where the data
    that was there has been kept (a backup, or the set-aside damaged file), or None if
    there was no file.

    `password` is the live file's (None: it has none); `backup_password` opens the
    backup if it differs. The restored file ends up keyed with `password`.
    Nobody may have `db_path` open: close the session first (services.backups does).
    """
    owner = owner_of_file(db_path) or _live_id(db_path, password)
    staged = _staged_copy(backup_path, db_path.parent, backup_password or password, password, owner)
    try:
        kept = _keep_current(db_path, now, password)
        for suffix in SIDECAR_SUFFIXES:  # stale -wal would be replayed into the new file
            sidecar(db_path, suffix).unlink(missing_ok=True)
        try:
            os.replace(staged, db_path)
        except OSError as error:  # Windows: another program holds the file
            raise ChiboError(
                msg(
                    "Không thay được tệp “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.",
                    name=db_path.name,
                    value=error.strerror or error,
                )
            ) from error
        fsync_folder(db_path.parent)
    except BaseException:
        remove_with_sidecars(staged)
        raise
    return kept


def _live_id(db_path: Path, password: str | None) -> str | None:
    """The id of the file being replaced, when it can still be read."""
    try:
        conn = connect(db_path, password, read_only=True)
        try:
            return file_id(sqlite_utils.Database(conn, execute_plugins=False))
        finally:
            conn.close()
    except (Error, ChiboError):
        return None


def _staged_copy(
    backup_path: Path,
    folder: Path,
    backup_password: str | None,
    password: str | None,
    owner: str | None,
) -> Path:
    """A verified private copy next to the live file, so the final step is a rename."""
    staged = _temp_file(folder)
    try:
        shutil.copyfile(backup_path, staged)
        with open(staged, "rb+") as file:
            os.fsync(file.fileno())
        verify_backup(staged, backup_password, owner)
        for suffix in SIDECAR_SUFFIXES:  # a read-only open of an old WAL-mode copy
            sidecar(staged, suffix).unlink(missing_ok=True)
        staged = _rekeyed(staged, backup_password, password)
    except ChiboError as error:
        remove_with_sidecars(staged)
        raise type(error)(str(error).replace(staged.name, backup_path.name)) from None
    except OSError as error:
        remove_with_sidecars(staged)
        raise ChiboError(
            msg(
                "Không chép được bản sao lưu “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.",
                name=backup_path.name,
                value=error.strerror or error,
            )
        ) from error
    except BaseException:
        remove_with_sidecars(staged)
        raise
    return staged


def _temp_file(folder: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=".khoi-phuc-", suffix=".sqlite.tmp", dir=folder)
    os.close(fd)
    return Path(name)


def _rekeyed(staged: Path, backup_password: str | None, password: str | None) -> Path:
    """`staged` itself if it already has the live file's password, else a re-keyed copy."""
    has = backup_password if file_kind(staged) == ENCRYPTED else None
    if _same(has, password):
        return staged
    target = _temp_file(staged.parent)
    try:
        export_file(staged, has, target, password)
    except BaseException:
        remove_with_sidecars(target)
        raise
    remove_with_sidecars(staged)
    return target


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return normalise_password(a) == normalise_password(b)


def _keep_current(db_path: Path, now: dt.datetime | None, password: str | None) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    diagnosis = diagnose_file(db_path, password=password)
    # Damaged — or not to be opened with the password given (random bytes look just like
    # an encrypted file): kept aside exactly as it is, like a damaged file.
    if diagnosis.damaged or diagnosis.kind in (ENCRYPTED_KIND, WRONG_PASSWORD):
        return set_aside_damaged(db_path, now)
    kept = backup_closed_file(db_path, BEFORE_RESTORE, now, password)
    _checkpoint_or_refuse(db_path, password)
    return kept


def _checkpoint_or_refuse(db_path: Path, password: str | None) -> None:
    """Fold any -wal into the file; refuse if another program still has it open."""
    conn = connect(db_path, password)
    try:
        folded = fold_wal(conn)
    finally:
        conn.close()
    if not folded:
        raise ChiboError(
            msg(
                "Tệp “{name}” đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi "
                "khôi phục lại; dữ liệu hiện tại được giữ nguyên.",
                name=db_path.name,
            )
        )
