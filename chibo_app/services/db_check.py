"""“Kiểm tra dữ liệu”: integrity and foreign keys, then (only when both are clean) a
backup, VACUUM and ANALYZE — with a report in Vietnamese."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.backups import make_backup
from chibo_app.services.session import Session
from chibo_app.storage import backup_names, maintenance
from chibo_app.storage.connection import DatabaseError, OperationalError, error_name

TABLE_LABELS = {
    "settings": "Thiết lập",
    "units": "Đơn vị",
    "people": "Đảng viên, quần chúng",
    "positions": "Chức vụ",
    "years": "Năm",
    "import_mappings": "Mẫu nhập dữ liệu",
    "change_history": "Lịch sử thay đổi",
    "documents": "Sổ đăng ký văn bản",
}


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: list[str]
    row_counts: dict[str, int]
    size_before: int
    size_after: int
    backup: Path | None
    lines: list[str] = field(default_factory=list)  # the report, one Vietnamese line each


def check_database(session: Session, now: dt.datetime | None = None) -> CheckReport:
    db, path = session.db, session.path
    size_before = maintenance.size_on_disk(path)
    problems = _problems(session)
    counts = _counts(session) if not problems else {}
    backup = None
    if not problems:
        backup = make_backup(session, backup_names.BEFORE_CHECK, now=now)
        try:
            maintenance.vacuum_and_analyze(db)
        except OperationalError as error:
            if error_name(error) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                raise ChiboError(
                    msg(
                        "Không dọn dẹp được tệp dữ liệu: một chương trình khác đang mở tệp "
                        "(đang đọc hoặc ghi). Hãy đóng chương trình đó rồi kiểm tra lại. Dữ "
                        "liệu không bị ảnh hưởng."
                    )
                ) from error
            raise ChiboError(
                msg(
                    "Không dọn dẹp được tệp dữ liệu (thường do ổ đĩa không đủ chỗ trống: "
                    "cần khoảng gấp đôi dung lượng tệp). Dữ liệu không bị ảnh hưởng. "
                    "({error})",
                    error=error,
                )
            ) from error
    size_after = maintenance.size_on_disk(path)
    lines = _lines(problems, counts, size_before, size_after, backup)
    return CheckReport(not problems, problems, counts, size_before, size_after, backup, lines)


def _problems(session: Session) -> list[str]:
    try:
        found = [f"Lỗi cấu trúc: {p}" for p in maintenance.integrity_problems(session.db)]
        for (table, parent), count in maintenance.foreign_key_problems(session.db).items():
            found.append(
                f"{_label(table)}: {count} dòng trỏ tới {_label(parent).lower()} không tồn tại."
            )
    except DatabaseError as error:
        found = [f"Không đọc hết được tệp: {error}"]
    return found


def _counts(session: Session) -> dict[str, int]:
    return maintenance.row_counts(session.db)


def _lines(
    problems: list[str],
    counts: dict[str, int],
    before: int,
    after: int,
    backup: Path | None,
) -> list[str]:
    if problems:
        return [
            "Phát hiện vấn đề trong tệp dữ liệu; tệp chưa được dọn dẹp:",
            *(f"• {p}" for p in problems),
            "Nên khôi phục bản sao lưu gần nhất còn tốt.",
        ]
    lines = ["Kiểm tra cấu trúc: tốt.", "Kiểm tra liên kết giữa các bảng: tốt.", "Số dòng:"]
    lines += [f"• {_label(t)}: {_number(n)}" for t, n in counts.items()]
    lines.append(f"Dung lượng tệp: {_size(before)} → {_size(after)}.")
    if backup is not None:
        lines.append(f"Đã sao lưu trước khi dọn dẹp: {backup.name}.")
    return lines


def _label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _size(size: int) -> str:
    if size < 1_000_000:
        return f"{_number(round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
