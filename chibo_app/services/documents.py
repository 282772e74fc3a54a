"""The document register and verification codes, for every printed document.

Printing goes: `next_number` (shown, editable) → a builder in chibo_app/documents
returns the PDF and a `PrintedDocument` per document → `record_document(s)` once the
file is written. `verify(code)` finds the record and asks the source registered for
its type (`register_source`) to rebuild the content hash from today's data, to say
whether the record has changed since it was printed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from chibo_app.core.verification import (
    PrintedDocument,
    display_code,
    normalise_code,
    number_text,
    verification_code,
)
from chibo_app.errors import ChiboError
from chibo_app.services.cell import load_settings
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo
from chibo_app.storage.documents_repo import DocumentRow

# Rebuilds the content hash of what a recorded document covers from today's data;
# None when that no longer exists (e.g. the plan was deleted).
ContentSource = Callable[[Session, DocumentRow], "str | None"]

# (document type, subject table) -> source; a subject table of None serves the type's
# documents that no more specific entry claims.
_SOURCES: dict[tuple[str, str | None], ContentSource] = {}
# Every module that registers sources: verify() loads them all, so a code can be checked
# whatever was printed (or imported) earlier in this process.
_PRINTING_MODULES = (
    "plan_printing",
    "meeting_printing",
    "nomination_printing",
    "evaluation_printing",
    "report_printing",
    "dang_bo_printing",
)

# Names of the document types in messages; later documents add theirs.
DOC_TYPE_NAMES: dict[str, str] = {
    "KH": "Kế hoạch",
    "KHCN": "Kế hoạch cá nhân",
    "DS": "Danh sách",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "DD": "Danh sách dự sinh hoạt",
    "PDK": "Phiếu đăng ký điển hình",
}


def register_source(doc_type: str, source: ContentSource, subject_table: str | None = None) -> None:
    """Let `verify` recompute the content of documents of `doc_type` about
    `subject_table` (any subject, when None). Several lists share the type DS."""
    _SOURCES[(doc_type, subject_table)] = source


def load_sources() -> None:
    """Import every module that registers sources (once; later calls are free)."""
    for name in _PRINTING_MODULES:
        importlib.import_module(f"chibo_app.services.{name}")


def _source_for(document: DocumentRow) -> ContentSource | None:
    load_sources()
    return _SOURCES.get((document.doc_type, document.subject_table)) or _SOURCES.get(
        (document.doc_type, None)
    )


def next_number(session: Session, doc_type: str, term: str | None = None) -> int:
    """The number the next document of this type takes in the term (default: current)."""
    if term is None:
        term = load_settings(session).term
    return documents_repo.highest_number(session.db, doc_type, term) + 1


def number_to_use(session: Session, doc_type: str, number: int | None) -> int:
    """The number a numbered document takes: the one given (1–9999), else the next."""
    chosen = next_number(session, doc_type) if number is None else number
    if not 1 <= chosen <= 9999:
        raise ChiboError("Số văn bản phải từ 1 đến 9999.")
    return chosen


def check_number_free(session: Session, printed: PrintedDocument) -> None:
    """Refuse, before anything is written, a number another document already has (a
    reprint of the same content keeps its number)."""
    if printed.number is None:
        return
    clash = documents_repo.number_taken(session.db, printed.doc_type, printed.term, printed.number)
    if clash is not None and clash.code != printed.code:
        shown = number_text(printed.number, printed.doc_type, load_settings(session).symbol or "CB")
        raise ChiboError(
            f"{shown} đã dùng cho “{clash.title}”. Hãy chọn số khác "
            f"(số kế tiếp: {next_number(session, printed.doc_type, printed.term)})."
        )


def record_written(
    session: Session, printed: PrintedDocument, path: Path, *, printed_on: dt.date
) -> DocumentRow:
    """Record a document whose file is written; if that fails the file is removed, so
    paper never carries a code the register does not know. `printed_on` is the day the
    document was drawn up as of (the `session.today()` its builder was given)."""
    return record_all_written(session, [printed], path, printed_on=printed_on)[0]


def record_all_written(
    session: Session, printed: Sequence[PrintedDocument], path: Path, *, printed_on: dt.date
) -> list[DocumentRow]:
    """record_written for the documents of one file (a batch of forms, a meeting's
    attendance list and minutes), in one transaction."""
    try:
        return record_documents(session, printed, printed_on=printed_on)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def record_document(
    session: Session, printed: PrintedDocument, *, printed_on: dt.date
) -> DocumentRow:
    """Record one printed document; a reprint of identical content returns its record.

    Raises ChiboError if the number is already taken by a different document.
    """
    return record_documents(session, [printed], printed_on=printed_on)[0]


def record_documents(
    session: Session, printed: Sequence[PrintedDocument], *, printed_on: dt.date
) -> list[DocumentRow]:
    """Record a batch (e.g. 500 plan forms) in one transaction."""
    db = session.db
    editor = session.editor
    now = editor.stamp()
    stored: list[DocumentRow] = []
    with db.atomic():
        for item in printed:
            expected = verification_code(
                item.doc_type, item.term, item.number, item.subject, item.content_hash
            )
            if expected != item.code:
                raise ValueError(f"verification code {item.code} does not match its content")
            existing = documents_repo.by_code(db, item.code)
            if existing is not None:
                stored.append(existing)
                continue
            if item.number is not None:
                clash = documents_repo.number_taken(db, item.doc_type, item.term, item.number)
                if clash is not None:
                    symbol = load_settings(session).symbol or "CB"
                    raise ChiboError(
                        f"{number_text(item.number, item.doc_type, symbol)} đã dùng cho "
                        f"“{clash.title}” (in ngày {_day(clash.created_at)}). "
                        "Hãy chọn số khác."
                    )
            row_id = documents_repo.insert(
                db,
                editor,
                doc_type=item.doc_type,
                number=item.number,
                term=item.term,
                year=item.year,
                title=item.title,
                created_at=now,
                printed_on=printed_on,
                content_hash=item.content_hash,
                code=item.code,
                subject_table=item.subject.table,
                subject_ids=item.subject.ids,
            )
            found = documents_repo.by_code(db, item.code)
            assert found is not None and found.id == row_id
            stored.append(found)
    return stored


class VerifyStatus(Enum):
    NOT_FOUND = "not_found"  # no document with this code in this cell's register
    UNCHANGED = "unchanged"  # the record still says what the paper says
    CHANGED = "changed"  # the record was edited after printing
    SOURCE_GONE = "source_gone"  # what it covered no longer exists
    NOT_CHECKED = "not_checked"  # no source registered for this type


@dataclass(frozen=True)
class VerifyResult:
    code: str
    status: VerifyStatus
    document: DocumentRow | None = None

    @property
    def message(self) -> str:
        """One Vietnamese sentence for the CLI and the GUI."""
        shown = display_code(self.code) if len(self.code) > 1 else self.code
        doc = self.document
        if doc is None:
            return f"Không tìm thấy văn bản có mã {shown} trong sổ văn bản của chi bộ."
        what = doc.title
        if doc.number is not None:
            what += f" (số {doc.number:02d}-{doc.doc_type}, nhiệm kỳ {doc.term or '—'})"
        when = f"in ngày {_day(doc.created_at)}" + (
            f" bởi {doc.created_by}" if doc.created_by else ""
        )
        verdict = {
            VerifyStatus.UNCHANGED: "nội dung trong dữ liệu không thay đổi kể từ khi in.",
            VerifyStatus.CHANGED: "dữ liệu đã bị sửa sau khi in: bản giấy không còn khớp.",
            VerifyStatus.SOURCE_GONE: "dữ liệu gốc của văn bản không còn.",
            VerifyStatus.NOT_CHECKED: "chưa kiểm tra được nội dung loại văn bản này.",
        }[self.status]
        return f"Mã {shown}: {what}, {when}; {verdict}"


def verify(session: Session, code: str) -> VerifyResult:
    """Which document a printed code belongs to, and whether its record changed since."""
    wanted = normalise_code(code)
    document = documents_repo.by_code(session.db, wanted)
    if document is None:
        return VerifyResult(wanted, VerifyStatus.NOT_FOUND)
    source = _source_for(document)
    if source is None:
        return VerifyResult(wanted, VerifyStatus.NOT_CHECKED, document)
    current = source(session, document)
    if current is None:
        status = VerifyStatus.SOURCE_GONE
    elif current == document.content_hash:
        status = VerifyStatus.UNCHANGED
    else:
        status = VerifyStatus.CHANGED
    return VerifyResult(wanted, status, document)


def printed_day(document: DocumentRow) -> dt.date:
    """The day a recorded document was drawn up as of: sources rebuild it as of then."""
    return document.printed_on


def _day(created_at: str) -> str:
    try:
        return dt.datetime.fromisoformat(created_at).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return created_at
