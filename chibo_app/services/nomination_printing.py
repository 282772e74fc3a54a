"""The nomination list for the superior committee, .xlsx or PDF by the file's suffix,
numbered "Số NN-DS/CB" (the register's next DS number unless given) and recorded.

The list shares the DS series with the signed-off list of plans; `verify` tells them
apart by what they cover (subject table "nominations"). If recording fails after the
file was written, the file is removed: paper must never carry an unknown code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import chibo_app.services.plan_printing  # noqa: F401 - registers the DS source we chain to
from chibo_app.documents import nomination_list
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.verification import number_text
from chibo_app.errors import ChiboError
from chibo_app.services import documents, nomination_lists
from chibo_app.services.cell import load_settings
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo
from chibo_app.storage.documents_repo import DocumentRow

DOC_TYPE = nomination_list.DOC_TYPE
SUFFIXES = (".xlsx", ".pdf")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    number: int
    code: str


def export_list(
    session: Session,
    year: int,
    path: str | os.PathLike[str],
    *,
    number: int | None = None,
    dated: dt.date | None = None,
    settings: PageSettings | None = None,
) -> ExportResult:
    settings = settings or load_page_settings(session)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ChiboError("Danh sách chỉ xuất ra tệp .xlsx hoặc .pdf.")
    cell = load_settings(session)
    if number is None:
        number = documents.next_number(session, DOC_TYPE)
    if not 1 <= number <= 9999:
        raise ChiboError("Số văn bản phải từ 1 đến 9999.")
    data = nomination_lists.list_data(session, year, number, dated or session.today())
    if not data.rows:
        raise ChiboError(f"Năm {year} chưa có đăng ký điển hình nào.")
    record = nomination_list.printed_list(data, cell)
    clash = documents_repo.number_taken(session.db, DOC_TYPE, cell.term, number)
    if clash is not None and clash.code != record.code:
        shown = number_text(number, DOC_TYPE, cell.symbol or "CB")
        raise ChiboError(
            f"{shown} đã dùng cho “{clash.title}”. Hãy chọn số khác "
            f"(số kế tiếp: {documents.next_number(session, DOC_TYPE)})."
        )
    if suffix == ".pdf":
        nomination_list.write_nomination_list_pdf(target, data, cell, settings=settings)
    else:
        from chibo_app.spreadsheets.nomination_list import (  # noqa: PLC0415
            write_nomination_list_xlsx,
        )

        write_nomination_list_xlsx(target, data, cell, code=record.code)
    try:
        documents.record_documents(session, [record])
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return ExportResult(target, len(data.rows), number, record.code)


def _list_hash(session: Session, document: DocumentRow) -> str | None:
    if document.year is None:
        return None
    try:
        day = dt.datetime.fromisoformat(document.created_at).date()
    except ValueError:
        day = None
    data = nomination_lists.list_data(session, document.year, document.number, day)
    return nomination_list.printed_list(data, load_settings(session)).content_hash


_OTHER_LISTS = documents._SOURCES.get(DOC_TYPE)  # noqa: SLF001 - the signed-off list's


def _source(session: Session, document: DocumentRow) -> str | None:
    if document.subject_table == nomination_list.SUBJECT_TABLE:
        return _list_hash(session, document)
    return _OTHER_LISTS(session, document) if _OTHER_LISTS is not None else None


documents.register_source(DOC_TYPE, _source)
