"""`chibo nominations …`: the register of exemplary collectives, individuals and models.

chibo nominations list --year Y [--json]
chibo nominations export --year Y -o FILE.xlsx|FILE.pdf|FILE.docx [--number N] [--replace]
chibo nominations quota --year Y [--json]
chibo nominations forms --year Y [--id N …] -o FILE.pdf
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from chibo_app.cli import numbering
from chibo_app.cli.language import say
from chibo_app.core.messages import msg
from chibo_app.core.nominations import KIND_LABELS, STATUS_LABELS
from chibo_app.core.verification import display_code
from chibo_app.services.session import Session

COMMANDS = {"nominations"}


def add_parsers(commands: Any) -> None:
    parser = commands.add_parser("nominations", help="đăng ký điển hình, mô hình tiêu biểu")
    actions = parser.add_subparsers(dest="nominations_command", required=True)
    listing = actions.add_parser("list", help="liệt kê các đăng ký của năm")
    listing.add_argument("--year", type=int, required=True)
    listing.add_argument("--json", action="store_true")
    export = actions.add_parser("export", help="xuất danh sách gửi cấp trên (.xlsx hoặc .pdf)")
    export.add_argument("--year", type=int, required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP")
    export.add_argument("--number", type=int, help="số văn bản (mặc định: số kế tiếp)")
    numbering.add_replace(export)
    quota = actions.add_parser("quota", help="kiểm tra chỉ tiêu đăng ký từng đơn vị")
    quota.add_argument("--year", type=int, required=True)
    quota.add_argument("--json", action="store_true")
    forms = actions.add_parser("forms", help="in phiếu đăng ký của từng người, tập thể, mô hình")
    forms.add_argument("--year", type=int, required=True)
    forms.add_argument(
        "--id",
        dest="ids",
        type=int,
        nargs="+",
        action="extend",
        metavar="N",
        help="mã đăng ký (xem 'nominations list'); mặc định: mọi đăng ký của năm",
    )
    forms.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.pdf")


def run(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.services import nomination_lists

    action = args.nominations_command
    if action == "list":
        rows = nomination_lists.rows(session, args.year)
        if args.json:
            print(json.dumps([_as_dict(r) for r in rows], ensure_ascii=False, indent=2))
        else:
            for r in rows:
                item = r.nomination
                print(
                    f"{r.id:>5}  {say(KIND_LABELS[item.kind]):<8} {r.name:<32} {r.unit:<28}"
                    f" {say(STATUS_LABELS[item.status])}"
                )
            print(say(msg("Tổng: {count} đăng ký", count=len(rows))))
        return 0
    if action == "export":
        from chibo_app.services.nomination_printing import export_list

        result = export_list(
            session, args.year, args.output, number=args.number, replace=args.replace
        )
        done = msg(
            "Đã xuất {rows} dòng vào {path} (số {number}-DS, mã xác thực {code})",
            rows=result.rows,
            path=result.path,
            number=f"{result.number:02d}",
            code=display_code(result.code),  # as printed on the list: XXXXX-XXXXX
        )
        print(say(done))
        numbering.print_note(result.numbering)  # a reprint, a changed list, its date order
        note = result.left_out_note()
        if note is not None:
            print(say(note))
        return 0
    if action == "forms":
        from chibo_app.services.nomination_printing import (
            print_registration_forms,
        )

        printed = print_registration_forms(session, args.year, args.ids, args.output)
        done = msg(
            "Đã in {forms} phiếu đăng ký ({pages} trang) vào {path}",
            forms=printed.forms,
            pages=printed.pages,
            path=printed.path,
        )
        print(say(done))
        return 0
    lines = nomination_lists.quota_report(session, args.year)
    if args.json:
        print(json.dumps([_quota_dict(q) for q in lines], ensure_ascii=False, indent=2))
    else:
        print(say(nomination_lists.countdown(session, args.year).text))
        for q in lines:
            counts = msg(
                "tập thể {collectives}  cá nhân {individuals}  mô hình {models}",
                collectives=f"{q.collectives:>3}",
                individuals=f"{q.individuals:>3}",
                models=f"{q.models:>3}",
            )
            needs = msg("cần {required}", required=q.required_text())
            print(f"{q.unit:<32} {say(counts)}  {say(needs):<33} {say(q.short_text())}")
    return 0


def _as_dict(row: Any) -> dict[str, object]:
    item = row.nomination
    return {
        "id": row.id,
        "kind": str(item.kind),
        "name": row.name,
        "unit": row.unit,
        "field": item.field,
        "status": str(item.status),
        "title": item.title,
    }


def _quota_dict(line: Any) -> dict[str, object]:
    return {
        "unit": line.unit,
        "collectives": line.collectives,
        "individuals": line.individuals,
        "models": line.models,
        "required": dict(zip(("collectives", "individuals", "models"), line.required, strict=True)),
        "short_by": line.short_by,
    }
