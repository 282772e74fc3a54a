"""“Kiểm tra dữ liệu”: integrity and foreign keys, then (only when both are clean) a
backup, VACUUM and ANALYZE — with a report in the user's language. A file opened
read-only (no right to write it or its folder) is checked and counted, not cleaned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from chibo_app.core.messages import Label, Message, msg
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
    problems: list[Message]
    row_counts: dict[str, int]
    size_before: int
    size_after: int
    backup: Path | None
    lines: list[Message] = field(default_factory=list)  # the report, one line each


def check_database(session: Session, now: dt.datetime | None = None) -> CheckReport:
    db, path = session.db, session.path
    size_before = maintenance.size_on_disk(path)
    problems = _problems(session)
    counts = _counts(session) if not problems else {}
    backup = None
    if not problems and not session.read_only:
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
    if session.read_only and not problems:
        lines.append(msg("Tệp chỉ đọc: đã kiểm tra, không sao lưu và không dọn dẹp."))
    return CheckReport(not problems, problems, counts, size_before, size_after, backup, lines)


def _problems(session: Session) -> list[Message]:
    try:
        problems = maintenance.integrity_problems(session.db)
        found = [msg("Lỗi cấu trúc: {problem}", problem=p) for p in problems]
        for (table, parent), count in maintenance.foreign_key_problems(session.db).items():
            found.append(
                msg(
                    "{table}: {count} dòng trỏ tới {parent} không tồn tại.",
                    table=Label(_label(table)),
                    count=count,
                    parent=Label(_label(parent), lower=True),
                )
            )
    except DatabaseError as error:
        found = [msg("Không đọc hết được tệp: {error}", error=error)]
    return found


def _counts(session: Session) -> dict[str, int]:
    return maintenance.row_counts(session.db)


def _lines(
    problems: list[Message],
    counts: dict[str, int],
    before: int,
    after: int,
    backup: Path | None,
) -> list[Message]:
    if problems:
        return [
            msg("Phát hiện vấn đề trong tệp dữ liệu; tệp chưa được dọn dẹp:"),
            *(msg("• {problem}", problem=p) for p in problems),
            msg("Nên khôi phục bản sao lưu gần nhất còn tốt."),
        ]
    lines = [
        msg("Kiểm tra cấu trúc: tốt."),
        msg("Kiểm tra liên kết giữa các bảng: tốt."),
        msg("Số dòng:"),
    ]
    lines += [
        msg("• {table}: {count}", table=Label(_label(t)), count=_number(n))
        for t, n in counts.items()
    ]
    lines.append(
        msg("Dung lượng tệp: {before} → {after}.", before=_size(before), after=_size(after))
    )
    if backup is not None:
        lines.append(msg("Đã sao lưu trước khi dọn dẹp: {backup}.", backup=backup.name))
    return lines


def _label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _size(size: int) -> str:
    if size < 1_000_000:
        return f"{_number(round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
