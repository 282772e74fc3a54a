"""`chibo documents …`: the register of printed documents (sổ văn bản).

    chibo documents list [--year Y] [--json]
    chibo documents reserve --type DS --title TEXT [--number N] [--date YYYY-MM-DD]

`list` prints every recorded document, newest first, with its status (issued,
reprinted, replaced, reserved), then the numbers of the term no document holds;
`--json` prints the documents as a list of objects (number, type, date, code, status…).
`reserve` holds a number for a document made outside the app (typed in Word,
handwritten), so the app's own documents never take it.
Wired into chibo_app/cli/command.py through `add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from chibo_app.cli.language import say
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

COMMANDS = {"documents"}


def add_parsers(commands: Any) -> None:
    documents = commands.add_parser("documents", help="sổ văn bản: liệt kê, giữ số")
    actions = documents.add_subparsers(
        dest="documents_action", required=True, parser_class=type(documents)
    )
    listing = actions.add_parser("list", help="các văn bản đã in và số còn trống")
    listing.add_argument("--year", type=int, help="chỉ văn bản của năm này")
    listing.add_argument("--json", action="store_true")
    reserve = actions.add_parser("reserve", help="giữ một số cho văn bản làm ngoài ứng dụng")
    reserve.add_argument("--type", required=True, metavar="LOẠI", help="ví dụ BB, DS, BC, KH")
    reserve.add_argument("--title", required=True, help="trích yếu của văn bản")
    reserve.add_argument(
        "--number", type=int, help="số (mặc định: số hợp thứ tự ngày của văn bản trong sổ)"
    )
    reserve.add_argument("--date", metavar="YYYY-MM-DD", help="ngày văn bản (mặc định: hôm nay)")


def run(session: Session, args: argparse.Namespace) -> int:
    if args.documents_action == "reserve":
        return _reserve(session, args)
    return _list(session, args.year, args.json)


def _list(session: Session, year: int | None, as_json: bool) -> int:
    from chibo_app.services import document_register

    entries = document_register.list_register(session, year)
    if as_json:
        print(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        print(
            " | ".join(
                [
                    e.number or "—",
                    e.title,
                    f"{e.printed_on:%d/%m/%Y}",
                    e.code,
                    say(e.status_text),
                ]
            )
        )
    gaps = document_register.number_gaps(session)
    if gaps:
        print(say(msg("Số còn trống: {numbers}.", numbers=", ".join(g.text for g in gaps))))
    return 0


def _entry_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.id,
        "number": e.number_value,
        "number_text": e.number or None,
        "type": e.doc_type,
        "title": e.title,
        "year": e.year,
        "term": e.term,
        "date": e.printed_on.isoformat(),
        "printed_at": e.printed_at,
        "printed_by": e.printed_by,
        "code": e.code,
        "status": e.status,
        "copies": e.copies,
    }


def _reserve(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.core.verification import number_text
    from chibo_app.services import documents
    from chibo_app.services.cell import load_settings

    try:
        dated = session.today() if args.date is None else dt.date.fromisoformat(args.date)
    except ValueError:
        raise ChiboError(msg("Ngày {text} không đúng dạng YYYY-MM-DD.", text=args.date)) from None
    doc_type = args.type.strip().upper()
    # The number fitting the date, as the window offers it; why, when not the next.
    offer = None
    if args.number is None and doc_type in documents.DOC_TYPE_NAMES:
        offer = documents.reservation_offer(session, doc_type, dated)
    row = documents.reserve_number(
        session, doc_type, args.title, dated, args.number if offer is None else offer.number
    )
    shown = number_text(row.number, row.doc_type, load_settings(session).symbol or "CB")
    print(say(msg("Đã giữ {number} cho “{title}”.", number=shown, title=row.title)))
    note = documents.order_note(offer, reserving=True) if offer is not None else None
    if note is not None:
        print(say(note))
    return 0
