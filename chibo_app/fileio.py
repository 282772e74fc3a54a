"""Files written by the app appear whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from chibo_app.errors import ChiboError

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
        yield tmp
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as error:  # Windows: the old file is open in a reader
            if not target.exists():
                raise
            raise ChiboError(
                f"Tệp “{target.name}” đang mở trong một chương trình khác (trình đọc PDF, "
                "Excel…) hoặc không cho phép ghi đè. Hãy đóng tệp đó rồi làm lại, hoặc "
                "chọn tên tệp khác."
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
            f"Không ghi được tệp “{target.name}”: thư mục {folder} không cho phép ghi "
            "(chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ thư mục Tài liệu."
        )
    if error.errno in _FULL:
        return ChiboError(
            f"Không ghi được tệp “{target.name}”: ổ đĩa đã đầy. Hãy giải phóng bớt dung "
            "lượng hoặc chọn ổ đĩa khác."
        )
    if error.errno == errno.ENOENT and not folder.is_dir():
        return ChiboError(f"Không có thư mục {folder}. Hãy chọn thư mục khác.")
    if error.errno == errno.EISDIR or target.is_dir():
        return ChiboError(f"“{target}” là một thư mục, không phải tên tệp.")
    code = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return ChiboError(
        f"Không ghi được tệp “{target.name}” vào thư mục {folder} (mã lỗi {code}). "
        "Hãy chọn thư mục khác."
    )
