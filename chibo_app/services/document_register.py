"""Sổ văn bản đã in, as the secretary reads it: newest first, each row ready to show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chibo_app.core.text import fold
from chibo_app.core.verification import display_code, number_text
from chibo_app.services import documents
from chibo_app.services.cell import load_settings
from chibo_app.services.documents import DOC_TYPE_NAMES, VerifyResult
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    doc_type: str
    type_name: str  # "Danh sách"
    number: str  # "Số 05-DS/CB", or "" for a document printed without a number
    title: str
    year: int | None
    term: str
    printed_at: str  # ISO, for sorting
    printed_text: str  # "25/11/2026 14:05"
    printed_by: str
    code: str  # as printed: "K7QX2-M4TRA"
    search_text: str  # folded: what the search box matches against


def list_register(session: Session, year: int | None = None) -> list[RegisterEntry]:
    """Every recorded document (of `year` only when given), newest first."""
    symbol = load_settings(session).symbol or "CB"
    rows = documents_repo.list_documents(session.db, year=year)
    entries = [_entry(row, symbol) for row in rows]
    entries.sort(key=lambda e: (e.printed_at, e.id), reverse=True)
    return entries


def _entry(row: documents_repo.DocumentRow, symbol: str) -> RegisterEntry:
    number = number_text(row.number, row.doc_type, symbol) or ""
    type_name = DOC_TYPE_NAMES.get(row.doc_type, row.doc_type)
    code = display_code(row.code)
    by = row.created_by or ""
    return RegisterEntry(
        id=row.id,
        doc_type=row.doc_type,
        type_name=type_name,
        number=number,
        title=row.title,
        year=row.year,
        term=row.term,
        printed_at=row.created_at,
        printed_text=_when(row.created_at),
        printed_by=by,
        code=code,
        search_text=fold(
            " ".join([type_name, number, row.title, str(row.year or ""), by, code, row.code])
        ),
    )


def _when(at: str) -> str:
    try:
        return dt.datetime.fromisoformat(at).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return at


def verify_code(session: Session, code: str) -> VerifyResult:
    """documents.verify (which loads every document source first: the GUI may not have
    imported the printing services yet when the secretary checks a code)."""
    return documents.verify(session, code)
