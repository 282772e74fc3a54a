"""Set, change and remove the password of the open database.

The file is never re-keyed in place: everything is exported into a new file next to
it under the new key (or none), the copy is checked (integrity, identity, same rows in
every table), and only then does one rename put it in place of the old file. Any failure
before that rename leaves the data exactly as they were.

The rule for backups: every backup in the database's backups folder always has the same
password as the data file. So the backups are re-keyed too, each through its own checked
copy. A backup keyed with an old password would be readable by whoever learnt that
password (the usual reason to change it), and a plain-text backup beside an encrypted file
would defeat the password altogether. Copies the user took out ("Sao lưu ra…") cannot be
reached; the returned message says so.
"""

from __future__ import annotations

import hmac
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session
from chibo_app.storage import maintenance, password_job
from chibo_app.storage.backups import list_backups
from chibo_app.storage.connection import (
    ENCRYPTED,
    Error,
    WrongPassword,
    file_kind,
    normalise_password,
)
from chibo_app.storage.rekey import export_connection, export_file, record_in_copy
from chibo_app.storage.sqlite_files import remove_with_sidecars

MIN_LENGTH = 8


@dataclass(frozen=True)
class PasswordChange:
    message: str  # Vietnamese, for the user
    backups_rekeyed: list[Path] = field(default_factory=list)
    backups_left: list[Path] = field(default_factory=list)  # could not be opened or rewritten


def check_new_password(password: str) -> None:
    """ChiboError (Vietnamese) unless `password` is acceptable as a new password."""
    password = normalise_password(password)
    if len(password) < MIN_LENGTH:
        raise ChiboError(msg("Mật khẩu phải có ít nhất {min_length} ký tự.", min_length=MIN_LENGTH))
    if not password.strip():
        raise ChiboError(msg("Mật khẩu không được chỉ gồm dấu cách."))
    if "\x00" in password or password.startswith("x'"):
        raise ChiboError(msg("Mật khẩu có ký tự không dùng được; hãy chọn mật khẩu khác."))


def set_password(session: Session, new: str) -> PasswordChange:
    """Encrypt a file that has no password yet."""
    if session.password is not None:
        raise ChiboError(msg("Tệp dữ liệu đã có mật khẩu. Hãy dùng “Đổi mật khẩu”."))
    check_new_password(new)
    change = _rekey(session, new, "set")
    return _with_message(
        change,
        "Đã đặt mật khẩu: tệp dữ liệu đã được mã hóa.",
        "Các bản sao lưu đã chép ra ngoài (USB…) trước đây vẫn không có mật khẩu; "
        "hãy xóa chúng nếu không còn cần. Nếu quên mật khẩu thì không ai mở được dữ liệu, "
        "kể cả bản sao lưu.",
    )


def change_password(session: Session, old: str, new: str) -> PasswordChange:
    _require_current(session, old)
    check_new_password(new)
    if _same(old, new):
        raise ChiboError(msg("Mật khẩu mới trùng với mật khẩu cũ."))
    change = _rekey(session, new, "changed")
    return _with_message(
        change,
        "Đã đổi mật khẩu.",
        "Các bản sao lưu đã chép ra ngoài (USB…) trước đây vẫn mở bằng mật khẩu cũ.",
    )


def remove_password(session: Session, current: str) -> PasswordChange:
    _require_current(session, current)
    change = _rekey(session, None, "removed")
    return _with_message(
        change,
        "Đã bỏ mật khẩu: tệp dữ liệu không còn được mã hóa, ai có tệp cũng đọc được.",
        "Các bản sao lưu đã chép ra ngoài (USB…) trước đây vẫn cần mật khẩu cũ.",
    )


def _require_current(session: Session, given: str) -> None:
    if session.password is None:
        raise ChiboError(msg("Tệp dữ liệu chưa có mật khẩu."))
    if not _same(given, session.password):
        raise WrongPassword()


def _same(a: str, b: str) -> bool:
    # Constant-time, on the same normal form SQLCipher is keyed with.
    return hmac.compare_digest(
        normalise_password(a).encode("utf-8"), normalise_password(b).encode("utf-8")
    )


def _rekey(session: Session, new: str | None, what: str) -> PasswordChange:
    """Every copy under the new key made and checked first, then one recorded job puts
    them all in place (storage.password_job): a crash at any point leaves either the old
    file and backups, or — once the next start finishes the job — only new ones."""
    old = session.password
    path = session.path
    staged = _export_live(session, new)
    pairs = [(staged, path)]
    try:
        # Who changed the password and when (never the password itself), in the new
        # copy: the record and the change happen together or not at all.
        record_in_copy(staged, new, session.editor, {"password": what})
        staged_backups, left = _stage_backups(path, old, new)
        pairs += staged_backups
        password_job.write_job(path, pairs)
    except BaseException:
        for copy, _target in pairs:
            remove_with_sidecars(copy)
        raise
    _switch(session, pairs, new)
    return PasswordChange("", [target for _copy, target in staged_backups], left)


def _export_live(session: Session, new: str | None) -> Path:
    """A checked copy of the live data under `new`, next to the live file."""
    conn = session.db.conn
    # Fold the -wal into the file first; busy means another window holds it open.
    if not maintenance.fold_wal(conn):
        raise ChiboError(
            msg(
                "Tệp dữ liệu đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi "
                "thử lại; mật khẩu chưa thay đổi."
            )
        )
    staged = _temp_path(session.path.parent)
    try:
        export_connection(conn, staged, new)
    except (OSError, Error) as error:
        raise ChiboError(
            msg(
                "Không tạo được bản mã hóa mới ({error}); mật khẩu chưa thay đổi, dữ "
                "liệu được giữ nguyên.",
                error=error,
            )
        ) from error
    return staged


def _switch(session: Session, pairs: list[tuple[Path, Path]], new: str | None) -> None:
    """Carry out the recorded job and reopen the session on the new file."""
    path = session.path
    session.close()
    try:
        password_job.replace_one(*pairs[0])
    except OSError as error:  # Windows: another program holds the file
        for copy, _target in pairs:
            remove_with_sidecars(copy)
        password_job.drop(path)
        session.reopen()
        raise ChiboError(
            msg(
                "Không thay được tệp “{name}” ({error}); mật khẩu chưa thay đổi, dữ "
                "liệu được giữ nguyên.",
                name=path.name,
                error=error.strerror or error,
            )
        ) from error
    password_job.finish(path)  # the backups, then the job file is dropped
    session.password = new
    session.reopen()


def _stage_backups(
    db_path: Path, old: str | None, new: str | None
) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """A checked copy of each backup under `new`, beside it; a backup that cannot be
    opened (damaged, another password) is left as it is and reported."""
    staged, left = [], []
    for info in list_backups(db_path):
        has = old if file_kind(info.path) == ENCRYPTED else None
        copy = _temp_path(info.path.parent)
        try:
            export_file(info.path, has, copy, new)
        except (OSError, Error, ChiboError):
            remove_with_sidecars(copy)
            left.append(info.path)
            continue
        staged.append((copy, info.path))
    return staged, left


def _temp_path(folder: Path) -> Path:
    """A fresh name in `folder` (same disk, so the final step is a rename)."""
    fd, name = tempfile.mkstemp(prefix=".mat-khau-", suffix=".sqlite.tmp", dir=folder)
    os.close(fd)
    os.unlink(name)  # sqlcipher_export wants to create the file itself
    return Path(name)


def _with_message(change: PasswordChange, done: str, outside: str) -> PasswordChange:
    parts = [done]
    if change.backups_rekeyed:
        parts.append(
            f"{len(change.backups_rekeyed)} bản sao lưu trong thư mục sao lưu cũng đã được "
            "chuyển theo (cùng mật khẩu với tệp dữ liệu)."
        )
    if change.backups_left:
        more = "…" if len(change.backups_left) > 3 else ""
        names = ", ".join(p.name for p in change.backups_left[:3]) + more
        parts.append(
            f"{len(change.backups_left)} bản sao lưu không mở được bằng mật khẩu cũ hoặc "
            f"không ghi lại được ({names}) nên được giữ nguyên như cũ."
        )
    parts.append(outside)
    return PasswordChange(" ".join(parts), change.backups_rekeyed, change.backups_left)
