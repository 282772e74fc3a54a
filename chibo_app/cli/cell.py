"""`chibo init`: the cell's details (name, superior, place, signers, symbol, term)."""

from __future__ import annotations

import argparse
from typing import Any

from chibo_app.core.cell import CellSettings
from chibo_app.services import cell
from chibo_app.services.session import Session

COMMANDS = {"init"}


def add_parsers(commands: Any) -> None:
    init = commands.add_parser("init", help="khai báo thông tin chi bộ")
    init.add_argument("--cell", required=True, help="tên chi bộ")
    init.add_argument("--superior", required=True, help="đảng ủy cấp trên")
    init.add_argument("--place", required=True, help="địa danh ghi ở dòng ngày tháng")
    init.add_argument("--secretary", required=True, help="họ tên bí thư")
    init.add_argument("--deputy", default="", help="họ tên phó bí thư")
    init.add_argument("--symbol", default="CB", help="ký hiệu văn bản (mặc định CB)")
    init.add_argument("--term", default="", help="nhiệm kỳ, ví dụ 2025–2030")
    init.add_argument("--user", default="", help="tên người sử dụng ghi vào lịch sử")


def run(session: Session, args: argparse.Namespace) -> int:
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
