"""`chibo members …`: the people register from the command line.

chibo members list [--json]
chibo members import FILE [--dry-run] [--json] [--skip-invalid] [--kind ROW=KIND …]
chibo members export FILE [--all]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chibo_app.cli.language import say
from chibo_app.core.dates import to_display
from chibo_app.core.member_import import ROW_STATUS_LABELS, ImportPreview, RowStatus
from chibo_app.core.member_kinds import KindWord, kind_word, party_post
from chibo_app.core.messages import Label, msg
from chibo_app.core.people import KIND_LABELS, Kind, status_label
from chibo_app.core.person_order import person_order
from chibo_app.errors import ChiboError
from chibo_app.services import people
from chibo_app.services.session import Session

BAD_INPUT = 2
COMMANDS = {"members"}


def add_parsers(commands: Any) -> None:
    members = commands.add_parser("members", help="danh sách đảng viên")
    actions = members.add_subparsers(dest="action", required=True, parser_class=type(members))
    listing = actions.add_parser("list", help="liệt kê")
    listing.add_argument("--json", action="store_true")
    importing = actions.add_parser("import", help="nhập từ tệp Excel (.xlsx)")
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
    exporting = actions.add_parser("export", help="xuất ra tệp Excel (.xlsx)")
    exporting.add_argument("file", type=Path)
    exporting.add_argument("--all", action="store_true", help="gồm cả người đã chuyển đi")


def run(session: Session, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(session, args.json)
    if args.action == "import":
        return _import(session, args)
    from chibo_app.services import members_export  # openpyxl only when needed

    count = members_export.export_members(session, args.file, include_left=args.all)
    print(say(msg("Đã xuất {count} người ra {file}", count=count, file=args.file)))
    return 0


def _list(session: Session, as_json: bool) -> int:
    rows = sorted(
        people.list_rows(session),
        key=lambda r: person_order(r.full_name, party_post(r), r.kind),
    )
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
                    say(KIND_LABELS[r.kind]),
                    r.unit or "",
                    r.party_position or "",
                    r.government_position or "",
                    say(status_label(r.status, r.kind)),
                ]
            )
        )
    print(say(msg("Tổng số: {count} người", count=len(rows))))
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
            say(
                msg(
                    "Không ghi gì: có dòng không hợp lệ hoặc cần xem lại. Sửa tệp, hoặc "
                    "dùng --skip-invalid để bỏ qua các dòng đó."
                )
            ),
            file=sys.stderr,
        )
        return BAD_INPUT
    result = members_import.apply_import(session, preview, skip_problem_rows=args.skip_invalid)
    print(
        say(
            msg(
                "Đã nhập: {added} người mới, cập nhật {updated}, bỏ qua {skipped}.",
                added=result.added,
                updated=result.updated,
                skipped=result.skipped,
            )
        ),
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
                msg(
                    "--kind “{value}” không đúng: cần DÒNG=LOẠI, với LOẠI là chính thức, "
                    "dự bị hoặc quần chúng (ví dụ 12=quần chúng).",
                    value=value,
                )
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
                            "kind_source": str(r.kind_source),
                            "reasons": [str(reason) for reason in r.reasons],
                            "warnings": [str(w) for w in r.warnings],
                            "match_id": r.match_id,
                            "changes": [str(change) for change in r.changes],
                        }
                        for r in preview.rows
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    encoding = (
        msg(", đã chuyển từ mã {code}", code=preview.encoding.upper()) if preview.encoding else ""
    )
    print(
        say(
            msg(
                "Tệp {file_name}, trang “{sheet_name}”, tiêu đề ở dòng {header_row}{encoding}.",
                file_name=preview.file_name,
                sheet_name=preview.sheet_name,
                header_row=preview.header_row,
                encoding=encoding,
            )
        )
    )
    counts = preview.counts()
    print(", ".join(f"{say(ROW_STATUS_LABELS[s])}: {counts[s]}" for s in RowStatus))
    kinds = preview.kind_counts()  # without building the rows
    print(", ".join(f"{say(KIND_LABELS[k])}: {kinds[k]}" for k in Kind))
    for row in preview.rows:
        guessed = (
            ""
            if row.kind_sure
            else msg(
                " (loại: {kind}, {source})",
                kind=Label(KIND_LABELS[row.person.kind], lower=True),
                source=row.kind_source,
            )
        )
        if row.status != RowStatus.NEW or row.warnings or guessed:
            unchanged = say(msg("không thay đổi"))
            changes = "; ".join(say(change) for change in row.changes)
            warnings = [say(w) for w in row.warnings]
            reasons = "; ".join(say(reason) for reason in row.reasons)
            detail = "; ".join([reasons or changes or unchanged, *warnings])
            print(
                say(
                    msg(
                        "  Dòng {row_number} – {name} – {status}{guessed}: {detail}",
                        row_number=row.row_number,
                        name=row.person.full_name or msg("(không tên)"),
                        status=ROW_STATUS_LABELS[row.status],
                        guessed=guessed,
                        detail=detail,
                    )
                )
            )
