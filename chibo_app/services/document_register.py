"""Sổ văn bản đã in, as the secretary reads it: newest first by each document's date,
each row ready to show, with its status (issued, reprinted, replaced, reserved, a
reservation taken by a print) and the numbers missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chibo_app.core.messages import Message, msg
from chibo_app.core.text import fold
from chibo_app.core.verification import display_code, number_text
from chibo_app.services import documents
from chibo_app.services.cell import load_settings
from chibo_app.services.documents import DOC_TYPE_NAMES
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    doc_type: str
    type_name: str  # "Danh sách"
    number: str  # "Số 05-DS/CB", or "" for a document printed without a number
    number_value: int | None  # 5
    title: str
    year: int | None
    term: str
    printed_at: str  # ISO, for sorting
    printed_text: str  # "25/11/2026 14:05"
    printed_by: str
    code: str  # as printed: "K7QX2-M4TRA"
    search_text: str  # folded: what the search box matches against
    printed_on: dt.date  # the date line
    status: str  # issued | reprinted | replaced | reserved | claimed
    status_text: Message | str  # "Đã in lại 2 lần", or a label of STATUS_LABELS
    copies: int = 0  # prints after the first, of the same content


STATUS_LABELS = {
    "issued": "Đã ban hành",
    "reprinted": "Đã in lại",
    "replaced": "Đã được thay thế",
    "reserved": "Giữ số (văn bản làm ngoài ứng dụng)",
    "claimed": "Số đã giữ, nay dùng cho văn bản in",
}


@dataclass(frozen=True)
class NumberGap:
    doc_type: str
    number: int
    text: str  # "Số 03-DS/CB"


def list_register(session: Session, year: int | None = None) -> list[RegisterEntry]:
    """Every recorded document (of `year` only when given), newest first by the
    document's own date (its date line: minutes typed up late stand at their meeting's
    day), then by number, then by when it was printed."""
    symbol = load_settings(session).symbol or "CB"
    rows = documents_repo.list_documents(session.db, year=year)
    entries = [_entry(row, symbol) for row in rows]
    entries.sort(
        key=lambda e: (e.printed_on, e.number_value or 0, e.printed_at, e.id), reverse=True
    )
    return entries


def number_gaps(session: Session) -> list[NumberGap]:
    """The numbers of the current term no document holds, below each type's highest."""
    symbol = load_settings(session).symbol or "CB"
    return [
        NumberGap(doc_type, n, number_text(n, doc_type, symbol) or "")
        for doc_type, missing in documents.number_gaps(session).items()
        for n in missing
    ]


def status_of(row: documents_repo.DocumentRow) -> str:
    if row.external:
        return "reserved" if row.replaced_by is None else "claimed"
    if row.replaced_by is not None:
        return "replaced"
    return "reprinted" if row.copies else "issued"


def _status_text(status: str, copies: int) -> Message | str:
    if status == "reprinted":
        return msg("Đã in lại {count} lần", count=copies)
    return STATUS_LABELS[status]


def _entry(row: documents_repo.DocumentRow, symbol: str) -> RegisterEntry:
    number = number_text(row.number, row.doc_type, symbol) or ""
    status = status_of(row)
    type_name = DOC_TYPE_NAMES.get(row.doc_type, row.doc_type)
    code = display_code(row.code)
    by = row.created_by or ""
    return RegisterEntry(
        id=row.id,
        doc_type=row.doc_type,
        type_name=type_name,
        number=number,
        number_value=row.number,
        title=row.title,
        year=row.year,
        term=row.term,
        printed_at=row.created_at,
        printed_text=documents.moment_text(row.created_at),
        printed_by=by,
        code=code,
        search_text=fold(
            " ".join(
                [type_name, number, row.title, str(row.year or ""), by, code, row.code]
                + [STATUS_LABELS[status]]
            )
        ),
        printed_on=row.printed_on,
        status=status,
        status_text=_status_text(status, row.copies),
        copies=row.copies,
    )
