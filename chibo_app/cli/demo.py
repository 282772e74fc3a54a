"""`chibo demo`: realistic sample data on a new file (people, plans, meetings, …)."""

from __future__ import annotations

import argparse
from typing import Any

from chibo_app.cli.language import say
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services import demo
from chibo_app.services.session import Session

COMMANDS = {"demo"}
MOST_PEOPLE = 100_000


def add_parsers(commands: Any) -> None:
    demo_parser = commands.add_parser("demo", help="tạo dữ liệu mẫu trên tệp mới")
    demo_parser.add_argument("--people", type=int, default=40)
    demo_parser.add_argument("--seed", type=int, default=2026)
    demo_parser.add_argument(
        "--people-only", action="store_true", help="chỉ tạo người (không kế hoạch, sinh hoạt…)"
    )


def run(session: Session, args: argparse.Namespace) -> int:
    if args.people < 1 or args.people > MOST_PEOPLE:
        raise ChiboError(msg("Số người mẫu phải từ 1 đến {most}.", most=MOST_PEOPLE))
    count = demo.fill_demo(
        session, people_count=args.people, seed=args.seed, people_only=args.people_only
    )
    print(say(msg("Đã tạo {count} người mẫu trong {path}", count=count, path=session.path)))
    return 0
