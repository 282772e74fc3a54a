"""The `chibo` command: headless access to the services (a contract: extend, don't rename)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from chibo_app import (
    __version__,
    cli_access,
    cli_data,
    cli_evaluation,
    cli_meetings,
    cli_nominations,
    cli_plans,
    cli_report,
)
from chibo_app.core.cell import CellSettings
from chibo_app.core.dates import to_display
from chibo_app.core.member_import import ROW_STATUS_LABELS, ImportPreview, RowStatus
from chibo_app.core.member_kinds import KindWord, kind_word
from chibo_app.core.people import KIND_LABELS, STATUS_LABELS, Kind
from chibo_app.core.text import name_sort_key
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell, demo, people
from chibo_app.services.session import Session

BAD_INPUT = 2

# argparse's own words, in Vietnamese: it looks them up through gettext at call time.
_ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "lệnh và đối số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "the following arguments are required: %s": "thiếu đối số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu đối số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "not allowed with argument %s": "không dùng cùng với đối số %s",
}
argparse._ = lambda text: _ARGPARSE_VI.get(text, text)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(BAD_INPUT, f"Lỗi: lệnh không đúng cú pháp ({message}).\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="chibo", description="Chi bộ — quản lý chi bộ từ dòng lệnh.")
    parser.add_argument(  # help given here: argparse fixes its own at import, untranslated
        "--version", action="version", version=f"chibo {__version__}", help="hiện số phiên bản"
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="tệp dữ liệu (mặc định: CHIBO_DB hoặc thư mục dữ liệu của người dùng)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="đọc mật khẩu tệp dữ liệu từ dòng đầu của stdin "
        f"(hoặc đặt biến {cli_data.PASSWORD_ENV})",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    init = commands.add_parser("init", help="khai báo thông tin chi bộ")
    init.add_argument("--cell", required=True, help="tên chi bộ")
    init.add_argument("--superior", required=True, help="đảng ủy cấp trên")
    init.add_argument("--place", required=True, help="địa danh ghi ở dòng ngày tháng")
    init.add_argument("--secretary", required=True, help="họ tên bí thư")
    init.add_argument("--deputy", default="", help="họ tên phó bí thư")
    init.add_argument("--symbol", default="CB", help="ký hiệu văn bản (mặc định CB)")
    init.add_argument("--term", default="", help="nhiệm kỳ, ví dụ 2025–2030")
    init.add_argument("--user", default="", help="tên người sử dụng ghi vào lịch sử")

    members = commands.add_parser("members", help="danh sách đảng viên").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    listing = members.add_parser("list", help="liệt kê")
    listing.add_argument("--json", action="store_true")
    importing = members.add_parser("import", help="nhập từ tệp Excel (.xlsx)")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    importing.add_argument("--json", action="store_true")
    importing.add_argument(
        "--skip-invalid", action="store_true", help="bỏ qua các dòng không hợp lệ hoặc cần xem lại"
    )
    importing.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="DÒNG=LOẠI",
        help="sửa loại của một dòng: chính thức, dự bị hoặc quần chúng (ví dụ 12=quần chúng)",
    )
    exporting = members.add_parser("export", help="xuất ra tệp Excel (.xlsx)")
    exporting.add_argument("file", type=Path)
    exporting.add_argument("--all", action="store_true", help="gồm cả người đã chuyển đi")

    demo_parser = commands.add_parser("demo", help="tạo dữ liệu mẫu trên tệp mới")
    demo_parser.add_argument("--people", type=int, default=40)
    demo_parser.add_argument("--seed", type=int, default=2026)
    demo_parser.add_argument(
        "--people-only", action="store_true", help="chỉ tạo người (không kế hoạch, sinh hoạt…)"
    )
    cli_data.add_parsers(commands)
    cli_plans.add_parsers(commands)
    cli_nominations.add_parsers(commands)
    cli_meetings.add_parsers(commands)
    cli_evaluation.add_parsers(commands)
    cli_report.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    args = build_parser().parse_args(argv)
    try:
        access = cli_access.open_for(args, lambda ask: cli_data.current_password(args, ask))
    except ChiboError as error:
        return _fail(error)
    try:
        return _run(access.session, args)
    except ChiboError as error:
        return _fail(error)
    except BrokenPipeError:  # `chibo … | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        access.close()


def _run(session: Session, args: argparse.Namespace) -> int:
    if args.command == "init":
        cell.save_settings(
            session,
            CellSettings(
                cell_name=args.cell,
                superior=args.superior,
                place=args.place,
                secretary=args.secretary,
                deputy=args.deputy,
                symbol=args.symbol,
                term=args.term,
                user_name=args.user,
            ),
        )
        print(f"Đã lưu thông tin chi bộ vào {session.path}")
        return 0
    for module in (cli_data, cli_plans, cli_nominations, cli_meetings, cli_evaluation, cli_report):
        if args.command in module.COMMANDS:
            return int(module.run(session, args))
    if args.command == "demo":
        if args.people < 1 or args.people > 100_000:
            raise ChiboError("Số người mẫu phải từ 1 đến 100000.")
        count = demo.fill_demo(
            session, people_count=args.people, seed=args.seed, people_only=args.people_only
        )
        print(f"Đã tạo {count} người mẫu trong {session.path}")
        return 0
    if args.action == "list":
        return _list(session, args.json)
    if args.action == "import":
        return _import(session, args)
    from chibo_app.services import members_export  # openpyxl only when needed

    count = members_export.export_members(session, args.file, include_left=args.all)
    print(f"Đã xuất {count} người ra {args.file}")
    return 0


def _list(session: Session, as_json: bool) -> int:
    rows = sorted(people.list_rows(session), key=lambda r: name_sort_key(r.full_name))
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "full_name": r.full_name,
                        "sex": r.sex,
                        "birth_date": r.birth_date,
                        "kind": str(r.kind),
                        "party_card": r.party_card,
                        "admitted_on": r.admitted_on,
                        "full_member_on": r.full_member_on,
                        "unit": r.unit,
                        "party_position": r.party_position,
                        "government_position": r.government_position,
                        "status": str(r.status),
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for number, r in enumerate(rows, 1):
        print(
            " | ".join(
                [
                    str(number),
                    r.full_name,
                    to_display(r.birth_date),
                    KIND_LABELS[r.kind],
                    r.unit or "",
                    r.party_position or "",
                    r.government_position or "",
                    STATUS_LABELS[r.status],
                ]
            )
        )
    print(f"Tổng số: {len(rows)} người")
    return 0


def _import(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.services import members_import  # openpyxl only when needed

    kinds = _kind_choices(args.kind)
    preview = members_import.preview_file(session, args.file)
    if kinds:
        preview = members_import.with_kinds(session, preview, kinds)
    _print_preview(preview, args.json)
    if args.dry_run:
        return 0
    if preview.blocking_rows and not args.skip_invalid:
        print(
            "Không ghi gì: có dòng không hợp lệ hoặc cần xem lại. Sửa tệp, hoặc dùng "
            "--skip-invalid để bỏ qua các dòng đó.",
            file=sys.stderr,
        )
        return BAD_INPUT
    result = members_import.apply_import(session, preview, skip_problem_rows=args.skip_invalid)
    print(
        f"Đã nhập: {result.added} người mới, cập nhật {result.updated}, bỏ qua {result.skipped}.",
        file=sys.stderr if args.json else sys.stdout,
    )
    return 0


def _kind_choices(values: list[str]) -> dict[int, Kind]:
    """--kind 12=quần chúng (or 12=non_party): the kinds corrected row by row."""
    kinds: dict[int, Kind] = {}
    for value in values:
        row, _sep, text = value.partition("=")
        word = kind_word(text, kind_column=True)
        kind = (
            Kind(text)
            if text in tuple(Kind)
            else (Kind(str(word)) if word not in (None, KindWord.PARTY) else None)
        )
        if not row.strip().isdigit() or kind is None:
            raise ChiboError(
                f"--kind “{value}” không đúng: cần DÒNG=LOẠI, với LOẠI là chính thức, "
                "dự bị hoặc quần chúng (ví dụ 12=quần chúng)."
            )
        kinds[int(row)] = kind
    return kinds


def _print_preview(preview: ImportPreview, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    "file": preview.file_name,
                    "sheet": preview.sheet_name,
                    "header_row": preview.header_row,
                    "encoding": preview.encoding,
                    "columns": preview.columns,
                    "counts": {str(s): n for s, n in preview.counts().items()},
                    "rows": [
                        {
                            "row": r.row_number,
                            "status": str(r.status),
                            "full_name": r.person.full_name,
                            "kind": str(r.person.kind),
                            "kind_label": KIND_LABELS[r.person.kind],
                            "kind_source": r.kind_source,
                            "reasons": r.reasons,
                            "warnings": r.warnings,
                            "match_id": r.match_id,
                            "changes": r.changes,
                        }
                        for r in preview.rows
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    encoding = f", đã chuyển từ mã {preview.encoding.upper()}" if preview.encoding else ""
    print(
        f"Tệp {preview.file_name}, trang “{preview.sheet_name}”, tiêu đề ở dòng "
        f"{preview.header_row}{encoding}."
    )
    counts = preview.counts()
    print(", ".join(f"{ROW_STATUS_LABELS[s]}: {counts[s]}" for s in RowStatus))
    kinds = Counter(row.person.kind for row in preview.rows)
    print(", ".join(f"{KIND_LABELS[k]}: {kinds[k]}" for k in Kind))
    for row in preview.rows:
        guessed = "" if row.kind_sure else f" (loại: {KIND_LABELS[row.person.kind].lower()}, "
        guessed += f"{row.kind_source})" if guessed else ""
        if row.status != RowStatus.NEW or row.warnings or guessed:
            detail = "; ".join(
                [row.reason or "; ".join(row.changes) or "không thay đổi", *row.warnings]
            )
            print(
                f"  Dòng {row.row_number} – {row.person.full_name or '(không tên)'} – "
                f"{ROW_STATUS_LABELS[row.status]}{guessed}: {detail}"
            )


def _fail(error: ChiboError) -> int:
    if isinstance(error, ValidationError):
        for message in error.problems.values():
            print(f"Lỗi: {message}", file=sys.stderr)
    else:
        print(f"Lỗi: {error}", file=sys.stderr)
    return BAD_INPUT


def _utf8_output() -> None:
    # Windows consoles default to a legacy code page; Vietnamese needs UTF-8.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")


if __name__ == "__main__":  # python -m chibo_app.cli
    raise SystemExit(main())
