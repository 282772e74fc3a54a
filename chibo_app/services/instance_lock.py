"""One writer per database file: an OS lock on `<db>.lock`, held while it is open.

The window holds it for as long as the file is open; every `chibo` command that writes
(the data, its backups or its password) holds it for the length of the command. Reading
commands take no lock: SQLite's WAL gives them a consistent view beside a writer.

The operating system drops the lock when the process ends, however it ends (crash,
kill, power cut), so a stale lock never keeps the secretary out. The file holds the
holder's process id and what it is (the window, or which command) for information only;
it is never deleted (deleting a lock file another process is about to lock would let
two processes hold "the" lock).
"""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

LOCK_SUFFIX = ".lock"
WINDOW = "window"  # the holder is a Chi bộ window; a command writes "chibo <command>"
# How long a command waits for another command to finish before it gives up: enough for
# a quick write to end, short enough that a second command answers at once.
COMMAND_WAIT = 0.3


class AlreadyOpenError(ChiboError):
    """Another process holds the file; `pid` and `holder` say who, when the lock file
    says so. `asking` is who was refused: the window or a command."""

    def __init__(
        self, db_path: Path, pid: int | None, holder: str = WINDOW, asking: str = WINDOW
    ) -> None:
        self.db_path = db_path
        self.pid = pid
        self.holder = holder
        process = msg(" (tiến trình {pid})", pid=pid) if pid else ""
        if holder == WINDOW:
            where = msg("đang được mở trong một cửa sổ Chi bộ khác{process}", process=process)
        else:
            where = msg("đang được lệnh “{command}” dùng{process}", command=holder, process=process)
        if asking == WINDOW:
            advice = (
                msg("Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.")
                if holder == WINDOW
                else msg("Hãy chờ lệnh đó chạy xong rồi mở lại.")
            )
        else:
            advice = (
                msg(
                    "Hãy làm việc này trong cửa sổ đó, hoặc đóng cửa sổ rồi chạy lại lệnh; "
                    "lệnh này chưa ghi gì."
                )
                if holder == WINDOW
                else msg("Hãy chờ lệnh đó chạy xong rồi chạy lại; lệnh này chưa ghi gì.")
            )
        super().__init__(
            msg(
                "Tệp dữ liệu “{name}” {where}. {advice}",
                name=db_path.name,
                where=where,
                advice=advice,
            )
        )


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


class InstanceLock:
    """The held lock (or, where no lock file can be written, a note that there is none)."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(db_path: Path, who: str = WINDOW, wait: float = 0.0) -> InstanceLock:
    """Take the lock for `db_path` as `who` (WINDOW or "chibo <command>"), trying again
    for up to `wait` seconds; AlreadyOpenError (saying who holds it) if it stays taken.

    A folder where the lock file cannot be created (read-only folder or medium) gives
    an InstanceLock that is not held: nothing can be written there anyway.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            return _acquire_once(Path(db_path), who)
        except AlreadyOpenError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _acquire_once(db_path: Path, who: str) -> InstanceLock:
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        try:  # another user's lock file: it can still be locked through a read-only handle
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return InstanceLock(path, None)
    try:
        locked = _try_lock(fd)
    except OSError:
        os.close(fd)
        return InstanceLock(path, None)  # a file system without locks (some network shares)
    if not locked:
        os.close(fd)
        pid, holder = holder_info(db_path)
        raise AlreadyOpenError(db_path, pid, holder, who)
    try:
        _write_holder(fd, who)
    except OSError:
        pass  # informational only
    return InstanceLock(path, fd)


def holder_pid(db_path: Path) -> int | None:
    """The process id written by whoever holds (or last held) the lock."""
    return holder_info(db_path)[0]


def holder_info(db_path: Path) -> tuple[int | None, str]:
    """(process id, WINDOW or "chibo <command>") of whoever holds (or last held) the lock."""
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None, WINDOW
    pid = lines[0].strip()
    holder = lines[1].strip() if len(lines) > 1 and lines[1].strip() else WINDOW
    return (int(pid) if pid.isdigit() else None), holder


def _write_holder(fd: int, who: str) -> None:
    data = f"{os.getpid()}\n{who}\n".encode()
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    # Windows locks byte ranges and refuses reads of a locked range: lock one byte far
    # past the pid, so another process can still read who holds the file.
    _LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
