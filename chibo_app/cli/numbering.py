"""What the printing commands say about a document's number: a reprint keeps it, a
changed document took the next one (or, with --replace, reissued the old one); a
document dated before others already numbered took a free number between their dates,
a number reserved for it, or the next one out of date order."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from chibo_app.cli.language import say
from chibo_app.core.messages import Message, msg
from chibo_app.core.verification import display_code

if TYPE_CHECKING:
    from chibo_app.services.documents import Numbering


def add_replace(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--replace",
        action="store_true",
        help="ban hành lại thay cho bản đã in trước, giữ số của bản cũ",
    )


def note(numbering: Numbering | None) -> Message | None:
    """One sentence when the number is not simply the next one, else None."""
    if numbering is None or numbering.earlier is None:
        return None
    earlier = numbering.earlier
    shown = f"{earlier.number or 0:02d}-{earlier.doc_type}"
    if numbering.reprint:
        return msg(
            "Bản in lại của văn bản số {number} ngày {day} (nội dung không đổi): cùng số, "
            "cùng mã xác thực.",
            number=shown,
            day=f"{earlier.printed_on:%d/%m/%Y}",
        )
    if numbering.replaces is not None:
        return msg(
            "Ban hành lại văn bản số {number}: bản in ngày {day} (mã {code}) được ghi là "
            "đã được thay thế.",
            number=shown,
            day=f"{earlier.printed_on:%d/%m/%Y}",
            code=display_code(earlier.code),
        )
    return msg(
        "Văn bản này đã in số {number} ngày {day} với nội dung khác; bản mới lấy số tiếp "
        "theo. Muốn ban hành lại thay cho bản cũ (giữ số {number}), thêm --replace.",
        number=shown,
        day=f"{earlier.printed_on:%d/%m/%Y}",
    )


def notes(numbering: Numbering | None) -> list[Message]:
    """What to say about the number: the earlier print (`note`), then where the number
    stands among the dates of the register (documents.order_note)."""
    from chibo_app.services.documents import order_note  # noqa: PLC0415 - with printing

    if numbering is None:
        return []
    return [said for said in (note(numbering), order_note(numbering)) if said is not None]


def print_note(numbering: Numbering | None, file: TextIO | None = None) -> None:
    for said in notes(numbering):
        print(say(said), file=file)
