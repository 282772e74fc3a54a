"""`chibo package …`: the package a chi bộ sends up, and the đảng ủy's import of them.

    chibo package export --year Y [--part nominations|plans|evaluation|report|all]
                         [--password-file F | --ask-password] -o FILE
    chibo package import FILE… [--dry-run] [--json] [--password-file F | --ask-password]

export counts the package in the cell's file (its number tells the đảng ủy which of two
packages is newer) and import writes the đảng bộ's file, all packages in one
transaction: both hold the file's lock, as the window does. A package's password is
read from a file's first line (--password-file) or asked on the terminal
(--ask-password); never from the command line, where other users could see it. Wired
into chibo_app/cli/command.py through `add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from chibo_app.cli.language import say
from chibo_app.core import package as core
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

COMMANDS = {"package"}


def add_parsers(commands: Any) -> None:
    package = commands.add_parser("package", help="gói dữ liệu gửi cấp trên (xuất, nhập)")
    actions = package.add_subparsers(
        dest="package_action", required=True, parser_class=type(package)
    )
    export = actions.add_parser(
        "export",
        help="tạo gói gửi đảng ủy cấp trên",
        description="Tạo một tệp gói (.chibo) chứa đúng những gì đảng ủy cần của năm: "
        "danh sách đăng ký điển hình, kế hoạch cá nhân, kết quả xếp loại, báo cáo năm.",
    )
    export.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    export.add_argument(
        "--part",
        default="all",
        choices=[*core.PARTS, "all"],
        help="phần gửi (mặc định: all — tất cả)",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.chibo")
    _password_arguments(export, "đặt mật khẩu cho gói")
    importing = actions.add_parser(
        "import",
        help="nhận gói của các chi bộ trực thuộc (tệp dữ liệu đảng bộ)",
        description="Kiểm tra rồi nhận một hay nhiều gói trong một lần ghi: gói hỏng, bị "
        "sửa, của phiên bản mới hơn hay không phải gói đều bị từ chối, không ghi gì.",
    )
    importing.add_argument("files", type=Path, nargs="+", metavar="TỆP")
    importing.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    importing.add_argument("--json", action="store_true", help="kết quả dạng JSON")
    _password_arguments(importing, "mật khẩu của gói (cùng một mật khẩu cho mọi gói có mật khẩu)")


def _password_arguments(parser: Any, what: str) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--password-file", type=Path, metavar="TỆP", help=f"{what}: đọc từ dòng đầu của tệp"
    )
    group.add_argument("--ask-password", action="store_true", help=f"{what}: hỏi khi chạy")


def run(session: Session, args: argparse.Namespace) -> int:
    if args.package_action == "export":
        return _export(session, args)
    return _import(session, args)


def package_password(args: argparse.Namespace, confirm: bool) -> str | None:
    if args.password_file is not None:
        try:
            text = args.password_file.read_text(encoding="utf-8-sig")
        except OSError as error:
            raise ChiboError(
                msg(
                    "Không đọc được tệp mật khẩu {file}: {reason}.",
                    file=args.password_file,
                    reason=error.strerror or error,
                )
            ) from None
        password = text.splitlines()[0] if text.splitlines() else ""
        if not password:
            raise ChiboError(msg("Tệp mật khẩu {file} trống.", file=args.password_file))
        return password
    if not args.ask_password:
        return None
    password = getpass.getpass(say(msg("Mật khẩu của gói: ")))
    if confirm and getpass.getpass(say(msg("Nhập lại mật khẩu: "))) != password:
        raise ChiboError(msg("Hai lần nhập mật khẩu không giống nhau."))
    if not password:
        raise ChiboError(msg("Mật khẩu của gói không được để trống."))
    return password


def _export(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.services import package_export

    year = session.today().year if args.year is None else args.year
    if not 1990 <= year <= 2200:
        raise ChiboError(msg("Năm {year} không hợp lệ.", year=year))
    parts = core.parse_parts(args.part)
    password = package_password(args, confirm=True)
    result = package_export.export(session, year, parts, args.output, password)
    if result.encrypted:
        made = msg(
            "Đã tạo gói gửi cấp trên năm {year} (có mật khẩu): {file}", year=year, file=args.output
        )
    else:
        made = msg("Đã tạo gói gửi cấp trên năm {year}: {file}", year=year, file=args.output)
    print(say(made))
    for line in package_export.describe(result.package):
        print(f"- {say(line)}")
    print(say(msg("Mã kiểm tra: {checksum}", checksum=result.package.checksum[:16])))
    return 0


def _import(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.services import package_import

    password = package_password(args, confirm=False)
    preview = package_import.inspect(session, args.files, password)
    applied = None
    if not args.dry_run and preview.acceptable:
        applied = package_import.apply(session, preview)
    if args.json:
        print(
            json.dumps(package_import.preview_json(preview, applied), ensure_ascii=False, indent=2)
        )
    else:
        for indent, line in package_import.preview_lines(preview):
            print(" " * indent + ("- " if indent == 2 else "") + say(line))
    for refusal in preview.refused:
        print(say(msg("Lỗi: {message}", message=refusal.message)), file=sys.stderr)
    if preview.refused:
        if not args.json:
            refused = msg("Không nhận gói nào: hãy bỏ hoặc xin gửi lại các gói bị từ chối.")
            print(say(refused), file=sys.stderr)
        return 2
    if not args.json:
        if args.dry_run:
            print(say(msg("Xem trước: chưa ghi gì.")))
        elif applied is not None and applied.parts:
            done = msg(
                "Đã nhận {parts} phần của {cells} chi bộ vào {file}.",
                parts=applied.parts,
                cells=applied.cells,
                file=session.path,
            )
            print(say(done))
        elif applied is not None:
            print(say(msg("Không có gì mới: các gói này đã được nhận trước đây.")))
    return 0
