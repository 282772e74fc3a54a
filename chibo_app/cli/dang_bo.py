"""`chibo dang-bo …`: the đảng ủy's side (a file made with `chibo init --level dang-bo`).

    chibo dang-bo status --year Y [--json]

status lists each cell and, per part, the package received (when made, when received,
how many versions) and what is still missing before the part's deadline. Wired into
chibo_app/cli/command.py through `add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from chibo_app.core.package import PART_LABELS
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

COMMANDS = {"dang-bo"}


def add_parsers(commands: Any) -> None:
    group = commands.add_parser("dang-bo", help="đảng ủy: các chi bộ trực thuộc, văn bản tổng hợp")
    actions = group.add_subparsers(dest="dang_bo_action", required=True, parser_class=type(group))
    status = actions.add_parser("status", help="chi bộ nào đã gửi gì, còn thiếu gì")
    status.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    status.add_argument("--json", action="store_true")


def run(session: Session, args: argparse.Namespace) -> int:
    year = session.today().year if args.year is None else args.year
    if not 1990 <= year <= 2200:
        raise ChiboError(f"Năm {year} không hợp lệ.")
    return _status(session, year, args.json)


def _status(session: Session, year: int, as_json: bool) -> int:
    from chibo_app.services import dang_bo  # noqa: PLC0415

    found = dang_bo.status(session, year)
    if as_json:
        print(json.dumps(dang_bo.status_json(found, year), ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("Chưa nhận gói nào của chi bộ trực thuộc.")
        return 0
    for cell in found:
        print(cell.cell.name)
        for part in cell.parts:
            label = PART_LABELS[part.part]
            day = part.deadline.strftime("%d/%m/%Y")
            if part.received is None:
                late = " — QUÁ HẠN" if part.overdue else ""
                print(f"  - {label}: chưa nhận (hạn {day}){late}")
                continue
            made = _day(part.received.created_at)
            line = f"  - {label}: gói lập ngày {made}, lần gửi thứ {part.version}"
            if part.missing:
                line += f"; còn thiếu {len(part.missing)}: {', '.join(part.missing[:4])}"
                line += " …" if len(part.missing) > 4 else ""
            print(line)
    return 0


def _day(stamp: str) -> str:
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
