"""`chibo dang-bo …`: the đảng ủy's side (a file made with `chibo init --level dang-bo`).

    chibo dang-bo status --year Y [--json]
    chibo dang-bo report --year Y [--number N] -o FILE.pdf|FILE.docx|FILE.xlsx
    chibo dang-bo report --year Y --json
    chibo dang-bo export nominations|classification|plans|meetings --year Y
                         [--number N] -o FILE.pdf|FILE.xlsx|FILE.docx

status lists each cell and, per part, the package received (when made, when received,
how many versions) and what is still missing before the part's deadline. report and
export print the combined documents, numbered in the đảng ủy's own register; report
--json gives the summed figures, which equal the sums of the cells' own `chibo report
--json`, with each cell's figures and the narrative draft. Wired into
chibo_app/cli/command.py through `add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from chibo_app.cli.language import say
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.package import PART_LABELS
from chibo_app.core.verification import display_code, number_text
from chibo_app.errors import ChiboError
from chibo_app.services.cell import load_settings
from chibo_app.services.session import Session

COMMANDS = {"dang-bo"}
DOCUMENTS = ("nominations", "classification", "plans", "meetings")


def add_parsers(commands: Any) -> None:
    group = commands.add_parser("dang-bo", help="đảng ủy: các chi bộ trực thuộc, văn bản tổng hợp")
    actions = group.add_subparsers(dest="dang_bo_action", required=True, parser_class=type(group))
    status = actions.add_parser("status", help="chi bộ nào đã gửi gì, còn thiếu gì")
    status.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    status.add_argument("--json", action="store_true")
    report = actions.add_parser("report", help="báo cáo tổng hợp kết quả năm của các chi bộ")
    report.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    report.add_argument("--number", type=int, help="số văn bản (mặc định: số kế tiếp trong sổ)")
    report.add_argument("-o", "--output", type=Path, metavar="TỆP.pdf|TỆP.docx|TỆP.xlsx")
    report.add_argument("--json", action="store_true", help="số liệu tổng hợp dạng JSON")
    export = actions.add_parser("export", help="danh sách, báo cáo tổng hợp (PDF, Excel, Word)")
    export.add_argument("document", choices=DOCUMENTS)
    export.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    export.add_argument("--number", type=int, help="số văn bản (mặc định: số kế tiếp trong sổ)")
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.xlsx|TỆP.docx"
    )


def run(session: Session, args: argparse.Namespace) -> int:
    year = session.today().year if args.year is None else args.year
    if not 1990 <= year <= 2200:
        raise ChiboError(msg("Năm {year} không hợp lệ.", year=year))
    if args.dang_bo_action == "status":
        return _status(session, year, args.json)
    if args.dang_bo_action == "report":
        return _report(session, year, args)
    return _print(session, args.document, year, args.output, args.number, sys.stdout)


def _status(session: Session, year: int, as_json: bool) -> int:
    from chibo_app.services import dang_bo

    found = dang_bo.status(session, year)
    if as_json:
        print(json.dumps(dang_bo.status_json(found, year), ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(say(msg("Chưa nhận gói nào của chi bộ trực thuộc.")))
        return 0
    for cell in found:
        print(cell.cell.name)
        for part in cell.parts:
            print(f"  - {say(_part_line(part))}")
    return 0


def _part_line(part: Any) -> Message:
    label = Label(PART_LABELS[part.part])
    if part.received is None:
        day = part.deadline.strftime("%d/%m/%Y")
        if part.overdue:
            return msg("{part}: chưa nhận, QUÁ HẠN (hạn {day})", part=label, day=day)
        return msg("{part}: chưa nhận (hạn {day})", part=label, day=day)
    values = {"part": label, "day": _day(part.received.created_at), "version": part.version}
    if not part.missing:
        return msg("{part}: gói lập ngày {day}, lần gửi thứ {version}", **values)
    shown = ", ".join(say(line) for line in part.missing[:4])
    shown += " …" if len(part.missing) > 4 else ""
    return msg(
        "{part}: gói lập ngày {day}, lần gửi thứ {version}; còn thiếu {count}: {names}",
        count=len(part.missing),
        names=shown,
        **values,
    )


def _day(stamp: str) -> str:
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"


def _report(session: Session, year: int, args: argparse.Namespace) -> int:
    # Imported here: it loads reportlab, which no other command of the group needs.
    from chibo_app.services import dang_bo_packages, dang_bo_report_document

    if args.output is None and not args.json:
        raise ChiboError(msg("Cần ghi tệp ra (-o TỆP.pdf) hoặc --json để xem số liệu."))
    if args.json:
        cells = dang_bo_packages.gather(session, year, dang_bo_packages.SOURCES["report"])
        report = dang_bo_report_document.combined_report(cells, year)
        print(json.dumps(dang_bo_report_document.report_json(report), ensure_ascii=False, indent=2))
    if args.output is not None:
        where = sys.stderr if args.json else sys.stdout  # stdout may carry the JSON
        _print(session, "report", year, args.output, args.number, where)
    return 0


def _print(
    session: Session, kind: str, year: int, path: Path, number: int | None, where: TextIO
) -> int:
    # Imported here: printing loads reportlab, which no other command of the group needs.
    from chibo_app.services import dang_bo_packages, dang_bo_printing

    result = dang_bo_printing.export(session, kind, year, path, number=number)
    shown = number_text(result.number, result.doc_type, load_settings(session).symbol or "ĐU")
    done = msg(
        "Đã in {what} năm {year}, {number}: {file}; mã xác thực {code}.",
        what=Label(dang_bo_packages.NAMES[kind], lower=True),
        year=year,
        number=shown,
        file=path,
        code=display_code(result.code),
    )
    print(say(done), file=where)
    return 0
