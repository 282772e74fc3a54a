"""Files written by the app appear whole or not at all, and leave nothing behind.

A file is written under a temporary name next to it and renamed. Whatever a library
writes on the way (the .xlsx writer keeps its sheets in memory; older versions wrote
openpyxl's sheet XML: names, card numbers) goes into a scratch folder of the app's
own beside the output — never the system's temporary folder,
where a crash would leave it for anyone to read — removed when the file is done; one
left by a killed process is removed by the next write into that folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError

SCRATCH_PREFIX = ".chibo-tam-"
_scratch = threading.local()
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to `target`; rename it over `target` on success.

    The temporary file lives in the same folder so the rename is atomic; on any
    error it is removed and `target` is left as it was.
    """
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=f"{target.suffix}.tmp", dir=target.parent
        )
    except OSError as error:
        raise write_error(error, target) from error
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with scratch_beside(target):
            yield tmp
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as error:  # Windows: the old file is open in a reader
            if not target.exists():
                raise
            raise ChiboError(
                msg(
                    "Tệp “{name}” đang mở trong một chương trình khác (trình đọc PDF, "
                    "Excel…) hoặc không cho phép ghi đè. Hãy đóng tệp đó rồi làm lại, hoặc "
                    "chọn tên tệp khác.",
                    name=target.name,
                )
            ) from error
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(error, OSError):
            raise write_error(error, target) from error
        raise


def write_error(error: OSError, target: Path) -> ChiboError:
    """Why `target` could not be written, in one Vietnamese sentence (never a temporary
    file's name or an errno)."""
    folder = target.parent
    if error.errno in _NOT_ALLOWED:
        return ChiboError(
            msg(
                "Không ghi được tệp “{name}”: thư mục {folder} không cho phép ghi (chỉ "
                "đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ thư mục Tài "
                "liệu.",
                name=target.name,
                folder=folder,
            )
        )
    if error.errno in _FULL:
        return ChiboError(
            msg(
                "Không ghi được tệp “{name}”: ổ đĩa đã đầy. Hãy giải phóng bớt dung "
                "lượng hoặc chọn ổ đĩa khác.",
                name=target.name,
            )
        )
    if error.errno == errno.ENOENT and not folder.is_dir():
        return ChiboError(msg("Không có thư mục {folder}. Hãy chọn thư mục khác.", folder=folder))
    if error.errno == errno.EISDIR or target.is_dir():
        return ChiboError(msg("“{target}” là một thư mục, không phải tên tệp.", target=target))
    code = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return ChiboError(
        msg(
            "Không ghi được tệp “{name}” vào thư mục {folder} (mã lỗi {code}). Hãy "
            "chọn thư mục khác.",
            name=target.name,
            folder=folder,
            code=code,
        )
    )


def scratch_folder() -> Path | None:
    """Where a library writing the current file keeps its temporary files (None: no
    file is being written on this thread)."""
    folder = getattr(_scratch, "folder", None)
    return folder if isinstance(folder, Path) else None


@contextlib.contextmanager
def scratch_beside(target: Path) -> Iterator[Path]:
    """A private scratch folder next to `target` for the length of the block."""
    sweep_scratch(target.parent)
    folder = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=target.parent))
    previous = scratch_folder()
    _scratch.folder = folder
    try:
        yield folder
    finally:
        _scratch.folder = previous
        shutil.rmtree(folder, ignore_errors=True)


def sweep_scratch(folder: Path) -> list[Path]:
    """Remove the scratch folders in `folder` left by processes that have ended."""
    removed: list[Path] = []
    try:
        entries = [e for e in Path(folder).iterdir() if e.name.startswith(SCRATCH_PREFIX)]
    except OSError:
        return removed
    for entry in entries:
        pid = entry.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - no cheap liveness check: keep it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True
