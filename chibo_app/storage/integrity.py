"""Is this file a whole, readable SQLite database? Checked before the app opens it.

Only reads: the file is opened read-only (no recovery, no checkpoint), so a damaged
file can be set aside exactly as it was found.

An encrypted file has no readable header: without its password it is ENCRYPTED (ask
for the password), never "damaged"; with it, it gets the same checks as a plain file.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from chibo_app.core.clock import default_clock
from chibo_app.core.messages import Message, msg
from chibo_app.storage.connection import (
    MAGIC,
    DatabaseError,
    WrongPassword,
    connect,
    error_name,
    looks_encrypted,
    near_magic,
)
from chibo_app.storage.sqlite_files import SIDECAR_SUFFIXES, sidecar

HEADER_SIZE = 100

OK = "ok"
NOT_SQLITE = "not_sqlite"  # random bytes, or some other kind of file
BAD_HEADER = "bad_header"
TRUNCATED = "truncated"
DAMAGED = "damaged"  # pages, b-trees or indexes fail quick_check / integrity_check
UNREADABLE = "unreadable"  # permissions, locks, I/O: not the file's fault, keep it in place
ENCRYPTED = "encrypted"  # has a password and none was given: ask for it
WRONG_PASSWORD = "wrong_password"  # the password given does not open it
DAMAGED_KINDS = frozenset({NOT_SQLITE, BAD_HEADER, TRUNCATED, DAMAGED})


@dataclass(frozen=True)
class Diagnosis:
    path: Path
    kind: str
    message: Message  # for the user, in their language at the edge
    leftover_wal: bool = False
    full_check: bool = False
    details: tuple[str, ...] = ()  # SQLite's own words, for a log or a support request

    @property
    def ok(self) -> bool:
        return self.kind == OK

    @property
    def damaged(self) -> bool:
        return self.kind in DAMAGED_KINDS


def diagnose_file(path: Path, *, full: bool = False, password: str | None = None) -> Diagnosis:
    """Header, size, then quick_check — or integrity_check if a crash left a WAL.

    `password` is used only if the file is encrypted.
    """
    try:
        size = path.stat().st_size if path.exists() else 0
        if size == 0:
            return Diagnosis(path, OK, msg("Tệp chưa có dữ liệu."))
        with open(path, "rb") as file:
            header = file.read(HEADER_SIZE)
    except OSError as error:
        return Diagnosis(path, UNREADABLE, _unreadable(path, error))
    encrypted = header[: len(MAGIC)] != MAGIC and looks_encrypted(path)
    if encrypted and password is None:
        return Diagnosis(path, ENCRYPTED, msg("Tệp dữ liệu này có mật khẩu. Hãy nhập mật khẩu."))
    problem = None if encrypted else _header_problem(path, header, size)
    if problem:
        return problem
    wal = sidecar(path, "-wal")
    leftover_wal = wal.exists() and wal.stat().st_size > 0
    full = full or leftover_wal
    check = "integrity_check" if full else "quick_check"
    try:
        conn = connect(path, password if encrypted else None, read_only=True)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {check}(20)").fetchall()]
        finally:
            conn.close()
    except WrongPassword:
        return Diagnosis(path, WRONG_PASSWORD, _wrong_password(path), leftover_wal, full)
    except DatabaseError as error:
        name = error_name(error)
        if not (name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"):
            return Diagnosis(path, UNREADABLE, _unreadable(path, error), leftover_wal, full)
        rows = [str(error)]
    if rows == ["ok"]:
        return Diagnosis(path, OK, msg("Tệp dữ liệu tốt."), leftover_wal, full)
    details = tuple(
        line for row in rows for line in row.splitlines() if line and not line.startswith("***")
    )
    return Diagnosis(
        path,
        DAMAGED,
        msg(
            "Tệp “{name}” bị hỏng bên trong: cấu trúc dữ liệu hoặc chỉ mục không còn khớp "
            "({detail}). Nguyên nhân thường là máy tắt đột ngột hoặc ổ đĩa lỗi.",
            name=path.name,
            detail=details[0] if details else msg("không rõ chi tiết"),
        ),
        leftover_wal,
        full,
        details,
    )


def _header_problem(path: Path, header: bytes, size: int) -> Diagnosis | None:
    if len(header) < HEADER_SIZE:
        if MAGIC.startswith(header[: len(MAGIC)]):
            return Diagnosis(path, TRUNCATED, _truncated(path, size, None))
        return Diagnosis(path, NOT_SQLITE, _not_sqlite(path))
    if header[:16] != MAGIC:
        if near_magic(header[:16]):  # a plain file whose first bytes were damaged
            return Diagnosis(path, BAD_HEADER, _bad_header(path))
        return Diagnosis(path, NOT_SQLITE, _not_sqlite(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    valid_size = page_size >= 512 and page_size & (page_size - 1) == 0
    # Bytes 21–23 are fixed by the file format (payload fractions 64, 32, 32).
    if not valid_size or header[21:24] != b"\x40\x20\x20" or header[18] not in (1, 2):
        return Diagnosis(path, BAD_HEADER, _bad_header(path))
    pages = int.from_bytes(header[28:32], "big")
    # The page count is trustworthy only when written by the same change (bytes 24, 92).
    counted = header[24:28] == header[92:96] and pages > 0
    if size % page_size or (counted and size < pages * page_size):
        expected = pages * page_size if counted else None
        return Diagnosis(path, TRUNCATED, _truncated(path, size, expected))
    return None


def _not_sqlite(path: Path) -> Message:
    return msg(
        "Tệp “{name}” không còn là tệp dữ liệu: nội dung đã bị ghi đè bằng dữ liệu lạ "
        "hoặc đây là một tệp khác bị đổi tên.",
        name=path.name,
    )


def _wrong_password(path: Path) -> Message:
    # Without the right key a damaged first page and a different password look alike.
    return msg(
        "Mật khẩu không mở được tệp “{name}”: sai mật khẩu, hoặc tệp này được đặt "
        "mật khẩu khác (ví dụ bản sao lưu từ trước khi đổi mật khẩu).",
        name=path.name,
    )


def _bad_header(path: Path) -> Message:
    return msg(
        "Phần đầu của tệp “{name}” bị hỏng nên không đọc được dữ liệu bên trong.", name=path.name
    )


def _truncated(path: Path, size: int, expected: int | None) -> Message:
    if expected:
        return msg(
            "Tệp “{name}” bị cắt cụt (chỉ còn {share}% dung lượng), thường do ổ đĩa đầy hoặc "
            "máy tắt khi đang chép tệp.",
            name=path.name,
            share=size * 100 // expected,
        )
    return msg(
        "Tệp “{name}” bị cắt cụt, thường do ổ đĩa đầy hoặc máy tắt khi đang chép tệp.",
        name=path.name,
    )


def _unreadable(path: Path, error: Exception) -> Message:
    return msg(
        "Không đọc được tệp “{name}” ({error}). Tệp được giữ nguyên.",
        name=path.name,
        error=str(error),
    )


def set_aside_damaged(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename the file (and its -wal/-shm) to `<name>.hong-YYYYMMDD-HHMMSS`, bytes unchanged.

    The sidecars move first: a -wal left behind at the old name would be replayed
    into the fresh file created there.
    """
    stamp = (now or default_clock().now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.hong-{stamp}")
    number = 1
    while any(sidecar(target, s).exists() for s in ("", *SIDECAR_SUFFIXES)):
        number += 1
        target = path.with_name(f"{path.name}.hong-{stamp}-{number}")
    for suffix in SIDECAR_SUFFIXES:
        if sidecar(path, suffix).exists():
            os.rename(sidecar(path, suffix), sidecar(target, suffix))
    os.rename(path, target)
    return target
