"""`chibo init`: the cell's details (name, superior, place, signers, symbol, term), and
the level the file serves: a chi bộ (default) or a đảng bộ receiving its cells'
packages (`--level dang-bo`; --cell then names the đảng ủy, e.g. “Đảng ủy Sở Ngoại vụ”,
and the symbol defaults to ĐU)."""

from __future__ import annotations

import argparse
from typing import Any

from chibo_app.cli.language import say
from chibo_app.core.cell import CellSettings
from chibo_app.core.messages import msg
from chibo_app.services import cell, level
from chibo_app.services.session import Session

COMMANDS = {"init"}


def add_parsers(commands: Any) -> None:
    init = commands.add_parser("init", help="khai báo thông tin chi bộ")
    init.add_argument("--cell", required=True, help="tên chi bộ (với --level dang-bo: tên đảng ủy)")
    init.add_argument("--superior", required=True, help="đảng ủy cấp trên")
    init.add_argument("--place", required=True, help="địa danh ghi ở dòng ngày tháng")
    init.add_argument("--secretary", required=True, help="họ tên bí thư")
    init.add_argument("--deputy", default="", help="họ tên phó bí thư")
    init.add_argument("--symbol", help="ký hiệu văn bản (mặc định CB; đảng bộ: ĐU)")
    init.add_argument("--term", default="", help="nhiệm kỳ, ví dụ 2025–2030")
    init.add_argument("--user", default="", help="tên người sử dụng ghi vào lịch sử")
    init.add_argument(
        "--level",
        choices=sorted(level.CLI_NAMES),
        help="tệp dữ liệu của chi bộ (chi-bo, mặc định) hay của đảng bộ nhận gói các chi bộ "
        "trực thuộc (dang-bo)",
    )


def run(session: Session, args: argparse.Namespace) -> int:
    chosen = level.CLI_NAMES[args.level] if args.level else level.level(session)
    symbol = args.symbol or level.DEFAULT_SYMBOL[chosen]
    with session.db.atomic():
        _save(session, args, symbol)
        level.set_level(session, chosen)
    if chosen == level.Level.COMMITTEE:
        print(say(msg("Đã lưu thông tin đảng bộ vào {file}", file=session.path)))
    else:
        print(say(msg("Đã lưu thông tin chi bộ vào {file}", file=session.path)))
    return 0


def _save(session: Session, args: argparse.Namespace, symbol: str) -> None:
    cell.save_settings(
        session,
        CellSettings(
            cell_name=args.cell,
            superior=args.superior,
            place=args.place,
            secretary=args.secretary,
            deputy=args.deputy,
            symbol=symbol,
            term=args.term,
            user_name=args.user,
        ),
    )
