"""`chibo` commands that look after the file itself: backups, restore, check, password.

Passwords never come from the command line (process lists and shell history keep it):
they come from CHIBO_PASSWORD / CHIBO_NEW_PASSWORD, from stdin with --password-stdin,
or from a prompt when a terminal is attached.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from chibo_app.cli.language import say
from chibo_app.core.dates import to_display
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session
from chibo_app.storage import backup_names

PASSWORD_ENV = "CHIBO_PASSWORD"
NEW_PASSWORD_ENV = "CHIBO_NEW_PASSWORD"


def add_parsers(commands: Any) -> None:
    backup = commands.add_parser("backup", help="sao lưu ngay (hoặc ra thư mục khác với --to)")
    backup.add_argument("--to", type=Path, metavar="THƯ_MỤC", help="ví dụ ổ USB")
    commands.add_parser("backups", help="liệt kê các bản sao lưu")
    restore = commands.add_parser("restore", help="khôi phục từ một bản sao lưu")
    restore.add_argument("file", type=Path)
    commands.add_parser("check", help="kiểm tra dữ liệu (toàn vẹn, khóa ngoại, dọn dẹp)")
    password = commands.add_parser("password", help="đặt, đổi hoặc bỏ mật khẩu tệp dữ liệu")
    password.add_argument("action", choices=["set", "change", "remove"])


COMMANDS = {"backup", "backups", "restore", "check", "password"}


def current_password(args: argparse.Namespace, prompt_if_needed: bool) -> str | None:
    """The password to open the file with, from stdin, the environment or a prompt."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if prompt_if_needed and sys.stdin.isatty():
        return getpass.getpass(say(msg("Mật khẩu tệp dữ liệu: ")))
    return None


def run(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.services import backups

    if args.command == "backup":
        made = (
            backups.backup_to_folder(session, args.to) if args.to else backups.make_backup(session)
        )
        print(say(msg("Đã sao lưu vào {file}", file=str(made))))
    elif args.command == "backups":
        return list_backups(session.path)
    elif args.command == "restore":
        kept = backups.restore_backup(session, args.file)
        print(
            say(
                msg(
                    "Đã khôi phục từ {backup}. Dữ liệu trước đó được giữ ở {kept}.",
                    backup=str(args.file),
                    kept=str(kept),
                )
                if kept
                else msg("Đã khôi phục từ {backup}.", backup=str(args.file))
            )
        )
    elif args.command == "check":
        from chibo_app.services.db_check import check_database

        report = check_database(session)
        print("\n".join(say(line) for line in report.lines))
        return 0 if report.ok else 1
    else:
        return _password(session, args.action)
    return 0


def _password(session: Session, action: str) -> int:
    from chibo_app.services import password

    if action == "remove":
        if session.password is None:
            raise ChiboError(msg("Tệp dữ liệu này không có mật khẩu."))
        change = password.remove_password(session, session.password)
    else:
        new = _new_password()
        if action == "set":
            change = password.set_password(session, new)
        else:
            if session.password is None:
                raise ChiboError(msg("Tệp dữ liệu này chưa có mật khẩu; hãy dùng “password set”."))
            change = password.change_password(session, session.password, new)
    print(change.message)
    return 0


def _new_password() -> str:
    if os.environ.get(NEW_PASSWORD_ENV):
        return os.environ[NEW_PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise ChiboError(
            msg("Hãy cho mật khẩu mới qua biến môi trường {name}.", name=NEW_PASSWORD_ENV)
        )
    first = getpass.getpass(say(msg("Mật khẩu mới: ")))
    if getpass.getpass(say(msg("Nhập lại mật khẩu mới: "))) != first:
        raise ChiboError(msg("Hai lần nhập mật khẩu mới không giống nhau."))
    return first


def restore_damaged(opened: Any, args: argparse.Namespace) -> int:
    """`chibo restore` over a file too damaged to open: the damaged file is kept aside
    (listed with the backups), the backup put in its place, the restore recorded."""
    from chibo_app.services import backups

    print(
        say(msg("Tệp dữ liệu bị hỏng: {problem}", problem=opened.damaged.message)),
        file=sys.stderr,
    )
    kept = backups.restore_over_damaged(opened.path, args.file, password=opened.password)
    print(
        say(
            msg(
                "Đã khôi phục từ {backup}. Tệp hỏng được giữ ở {kept} (có trong “chibo backups”).",
                backup=str(args.file),
                kept=str(kept),
            )
            if kept
            else msg("Đã khôi phục từ {backup}.", backup=str(args.file))
        )
    )
    return 0


def list_backups(path: Path) -> int:
    """`chibo backups`: read from the backups folder alone, so a damaged (or encrypted)
    file's backups are listed without opening it."""
    from chibo_app.services import backups

    found = backups.list_backups(path)
    for info in found:
        when = f"{to_display(info.taken_at.date().isoformat())} {info.taken_at:%H:%M}"
        reason = say(backup_names.reason_text(info.reason))
        print(f"{when}  {reason:<28} {info.size // 1024:>7} KB  {info.path}")
    print(say(msg("Tổng số: {count} bản sao lưu", count=len(found))))
    return 0
