"""How a `chibo` command gets at the file: reading commands read, writing commands lock.

A command that writes anything — the data, its backups, its password — holds the file's
lock (services.instance_lock) for the whole command: the same lock the window holds, so
a command never writes under an open window (whose later saves and backups would undo or
leak what it wrote), and two commands never write at once. Reading commands take no lock
and open the file read-only: they run beside the window, and a mistyped --db is
reported, never created.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from chibo_app.cli.language import say
from chibo_app.core.messages import Message, msg
from chibo_app.errors import ChiboError
from chibo_app.services import instance_lock
from chibo_app.services.evaluation_refresh import refresh_if_flagged
from chibo_app.services.session import Session, default_db_path, open_session
from chibo_app.storage.connection import PasswordRequired
from chibo_app.storage.integrity import Diagnosis
from chibo_app.storage.leftovers import clean_leftovers

# command → (the argparse attribute naming its action, the actions that only read);
# None: every use of the command only reads.
_READING: dict[str, tuple[str, frozenset[str]] | None] = {
    "members": ("action", frozenset({"list", "export"})),
    "backups": None,
    "plans": ("plans_action", frozenset({"list", "similar", "show", "export-docx"})),
    "verify": None,
    "documents": ("documents_action", frozenset({"list"})),
    "nominations": ("nominations_command", frozenset({"list", "quota"})),
    "meetings": ("meetings_action", frozenset({"list", "show"})),
    "evaluation": ("evaluation_action", frozenset({"list"})),
    "rules": ("rules_action", frozenset({"list", "try"})),
    "dang-bo": ("dang_bo_action", frozenset({"status"})),
}
COMMAND_BUSY_MS = 300
# Writing commands that may start a new file where there is none.
_CREATING = frozenset({"init", "demo", "members import", "restore"})


def command_name(args: argparse.Namespace) -> str:
    """What the lock file says holds the file, e.g. “chibo members import”."""
    words = [args.command]
    for attribute in ("action", "plans_action", "nominations_command", "meetings_action",
                      "evaluation_action", "rules_action", "package_action", "documents_action",
                      "dang_bo_action"):  # fmt: skip
        value = getattr(args, attribute, None)
        if isinstance(value, str):
            words.append(value)
    return " ".join(words)


def reads_only(args: argparse.Namespace) -> bool:
    if args.command == "check":  # a file she may not write is checked, not cleaned
        path = Path(args.db) if args.db else default_db_path()
        return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    if args.command == "report":  # figures on screen only; printing numbers a document
        return getattr(args, "output", None) is None
    if args.command == "members" and getattr(args, "action", None) == "import":
        return bool(getattr(args, "dry_run", False))
    if args.command == "plans" and getattr(args, "plans_action", None) == "import":
        return bool(getattr(args, "dry_run", False))
    if args.command == "package" and getattr(args, "package_action", None) == "import":
        return bool(getattr(args, "dry_run", False))
    if args.command == "dang-bo" and getattr(args, "dang_bo_action", None) == "report":
        return getattr(args, "output", None) is None  # printing numbers a document
    if args.command not in _READING:
        return False
    spec = _READING[args.command]
    return spec is None or getattr(args, spec[0], None) in spec[1]


@dataclass
class Access:
    """The open session and, for a writing command, the lock held until `close`.

    `restore` over a file too damaged to open gets no session: `damaged` says what is
    wrong, `path` and `password` are what the restore needs. `backups` gets no session
    either: it reads only the backups folder, whatever state the file is in.
    """

    session: Session | None
    lock: instance_lock.InstanceLock | None = None
    damaged: Diagnosis | None = None
    path: Path | None = None
    password: str | None = None

    def close(self) -> None:
        try:
            if self.session is not None:
                self.session.close()
        finally:
            if self.lock is not None:
                self.lock.release()


class DamagedFile(ChiboError):
    """The file is damaged: no command writes into it (only `restore` replaces it)."""


def open_for(args: argparse.Namespace, password: Callable[[bool], str | None]) -> Access:
    """The session the command needs: read-only for a reading command, under the lock for
    a writing one. `password(prompt)` gives the file's password (None: none known).
    ChiboError — with nothing created or changed — when it cannot be had."""
    path = Path(args.db) if args.db else default_db_path()
    if path.is_dir():
        raise ChiboError(
            msg(
                "“{path}” là một thư mục, không phải tệp dữ liệu. Hãy cho --db tên tệp, "
                "ví dụ {example}.",
                path=str(path),
                example=str(path / "chibo.sqlite"),
            )
        )
    name = command_name(args)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and name == "members import" and reads_only(args):
        print(
            say(
                msg(
                    "Chưa có tệp dữ liệu “{path}”: xem trước như khi danh sách còn trống.",
                    path=str(path),
                )
            ),
            file=sys.stderr,
        )
        return Access(open_session(":memory:"))  # a dry run creates no file
    if not exists and (reads_only(args) or name not in _CREATING):
        raise ChiboError(
            msg(
                "Không có tệp dữ liệu “{path}”. Hãy kiểm tra đường dẫn (--db hoặc biến "
                "CHIBO_DB), hoặc tạo tệp mới bằng “chibo init”.",
                path=str(path),
            )
        )
    if name == "backups":  # the backups folder only: a damaged file's backups are listed too
        return Access(None, path=path)
    if reads_only(args) and _readable_as_is(path):
        from chibo_app.services.read_only import NeedsRecovery, open_read_only

        try:
            return Access(_with_password(lambda p: open_read_only(path, p), password))
        except NeedsRecovery:
            pass  # a crash left a -wal: brought in under the lock, as the next start does
    if not _can_write(path):
        raise ChiboError(
            msg(
                "Tệp dữ liệu “{name}” chỉ cho phép đọc (tệp hoặc thư mục của nó không cho ghi), "
                "nên lệnh “chibo {command}” không chạy; các lệnh chỉ xem vẫn dùng được.",
                name=path.name,
                command=name,
            )
            if exists
            else msg(
                "Không tạo được tệp dữ liệu “{name}”: thư mục “{folder}” không cho ghi. Hãy "
                "chọn một thư mục khác (--db).",
                name=path.name,
                folder=str(_existing_parent(path)),
            )
        )
    if not exists:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = instance_lock.acquire(path, f"chibo {name}", wait=instance_lock.COMMAND_WAIT)
    try:
        if lock.held:  # nobody else can be using what a crash left: finish it, clean up
            clean_leftovers(path)
        given = _password_for(path, password) if exists else password(False)
        if exists:
            damaged = _diagnosed(path, given)
            if damaged is not None:
                if name != "restore":
                    raise DamagedFile(_damaged_text(path, damaged))
                return Access(None, lock, damaged, path, given)
        session = open_session(path, given)
        # The lock above keeps Chi bộ's own writers out; SQLite's lock can then only be
        # held by another program: say so after a moment, not after the window's 5 s.
        session.db.execute(f"PRAGMA busy_timeout = {COMMAND_BUSY_MS}")
        refresh_if_flagged(session)  # proposals a schema step asked to recompute
        if reads_only(args):
            session.db.execute("PRAGMA query_only = ON")
        return Access(session, lock, path=path, password=given)
    except BaseException:
        lock.release()
        raise


def _can_write(path: Path) -> bool:
    """The file, or for a new file its folder (or the nearest folder that exists)."""
    from chibo_app.services.read_only import can_write

    return can_write(path)


def _existing_parent(path: Path) -> Path:
    from chibo_app.services.read_only import existing_parent

    return existing_parent(path)


def _password_for(path: Path, password: Callable[[bool], str | None]) -> str | None:
    """The password of an encrypted file (asked once), checked; None for a plain file.
    A file that looks encrypted may be a damaged one: the refusal says how to restore."""
    from chibo_app.storage.connection import (
        WrongPassword,
        check_password,
        looks_encrypted,
    )

    given = password(False)
    if not looks_encrypted(path):
        return given
    if given is None:
        given = password(True)
    try:
        if given is None:
            raise PasswordRequired()
        check_password(path, given)
    except (PasswordRequired, WrongPassword) as error:
        raise (
            type(error)()
            if not _has_backups(path)
            else ChiboError(
                msg(
                    "{problem} Nếu tệp này vốn không có mật khẩu thì nó đã bị hỏng: hãy xem "
                    "các bản sao lưu (“chibo backups”) và khôi phục bằng “chibo restore "
                    "TỆP_SAO_LƯU”.",
                    problem=error.message,
                )
            )
        ) from None
    return given


def _has_backups(path: Path) -> bool:
    from chibo_app.services.backups import list_backups

    return bool(list_backups(path))


def _diagnosed(path: Path, password: str | None) -> Diagnosis | None:
    """The read-only diagnosis the window runs before opening a file for writing (a -wal
    that does not belong to the file set aside first); the diagnosis if damaged."""
    from chibo_app.services.backups import prepare_for_writing

    diagnosis, aside = prepare_for_writing(path, password)
    if aside is not None:
        print(
            say(
                msg(
                    "Tệp “{wal}” không khớp với tệp dữ liệu nên không được đưa vào; đã cất "
                    "riêng thành “{aside}”.",
                    wal=f"{path.name}-wal",
                    aside=aside.name,
                )
            ),
            file=sys.stderr,
        )
    return diagnosis if diagnosis.damaged else None


def _damaged_text(path: Path, diagnosis: Diagnosis) -> Message:
    from chibo_app.services.backups import newest_good_backup

    backup = newest_good_backup(path)
    if backup is None:
        return msg(
            "{problem} Lệnh chưa ghi gì vào tệp. Không tìm thấy bản sao lưu còn tốt trong thư "
            "mục sao lưu.",
            problem=diagnosis.message,
        )
    return msg(
        "{problem} Lệnh chưa ghi gì vào tệp. Bản sao lưu còn tốt gần nhất: {backup}; khôi "
        "phục bằng “chibo restore {backup}” (tệp hỏng được giữ lại bên cạnh).",
        problem=diagnosis.message,
        backup=str(backup.path),
    )


def _readable_as_is(path: Path) -> bool:
    """False when the file must first be brought up to this version's schema: a write
    (under the lock), even for a reading command."""
    from chibo_app.storage.connection import Error, connect
    from chibo_app.storage.migrations import SCHEMA_VERSION

    try:
        conn = connect(path, None, read_only=True, immutable=True)
    except (Error, ChiboError):
        return True  # encrypted, or unreadable: the read-only open says why
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except Error:
        return True
    finally:
        conn.close()
    return bool(version >= SCHEMA_VERSION)


def _with_password(
    opener: Callable[[str | None], Session], password: Callable[[bool], str | None]
) -> Session:
    try:
        return opener(password(False))
    except PasswordRequired:
        given = password(True)
        if given is None:
            raise
        return opener(given)
