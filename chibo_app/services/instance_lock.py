"""One Chi bộ window per database file: an OS lock on `<db>.lock`, held while it is open.

The operating system drops the lock when the process ends, however it ends (crash,
kill, power cut), so a stale lock never keeps the secretary out. The file holds the
holder's process id for information only; it is never deleted (deleting a lock file
another process is about to lock would let two processes hold "the" lock).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from chibo_app.errors import ChiboError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

LOCK_SUFFIX = ".lock"


class AlreadyOpenError(ChiboError):
    """Another process holds the file; `pid` is who, when the lock file says so."""

    def __init__(self, db_path: Path, pid: int | None) -> None:
        self.db_path = db_path
        self.pid = pid
        super().__init__(
            f"Tệp dữ liệu “{db_path.name}” đang được mở trong một cửa sổ Chi bộ khác. "
            "Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại."
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


def acquire(db_path: Path) -> InstanceLock:
    """Take the lock for `db_path`, or raise AlreadyOpenError.

    A folder where the lock file cannot be created (read-only folder or medium) gives
    an InstanceLock that is not held: nothing can be written there anyway.
    """
    path = lock_path(Path(db_path))
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
        raise AlreadyOpenError(Path(db_path), holder_pid(Path(db_path)))
    try:
        _write_pid(fd)
    except OSError:
        pass  # informational only
    return InstanceLock(path, fd)


def holder_pid(db_path: Path) -> int | None:
    """The process id written by whoever holds (or last held) the lock."""
    try:
        text = lock_path(db_path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _write_pid(fd: int) -> None:
    data = f"{os.getpid()}\n".encode("ascii")
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
