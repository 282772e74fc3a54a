"""Printing the đảng ủy's combined documents (services.dang_bo_documents) as PDF, .xlsx or
.docx, numbered in the đảng ủy's own register (“Số 04-BC/ĐU”) and recorded; and their
verify sources, which rebuild a printed document from the very packages it was made of.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from chibo_app.core.messages import msg
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents import summary_document
from chibo_app.errors import ChiboError
from chibo_app.services import dang_bo_documents, dang_bo_packages, documents, papers
from chibo_app.services.cell import load_settings
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo
from chibo_app.storage.documents_repo import DocumentRow

SUFFIXES = (".pdf", ".xlsx", ".docx")


@dataclass(frozen=True)
class PrintResult:
    path: Path
    kind: str
    number: int
    code: str
    title: str
    doc_type: str


@dataclass(frozen=True)
class PaperFacts:
    kind: str
    number: int
    title: str
    doc_type: str


def paper(
    session: Session, kind: str, year: int, *, number: int | None = None
) -> papers.Paper[PaperFacts]:
    """The combined document `kind` (dang_bo_packages.KINDS) of `year` as a paper for
    the print preview: PDF, Word and Excel with the same number and code (services.papers;
    recorded only when it is printed or saved). Without `number`, the register's next
    one — or the number the same content was printed with before."""
    doc_type = dang_bo_packages.REGISTER.get(kind, ("", ""))[0]
    today = session.today()
    cell = load_settings(session)
    if number is None:
        number = suggested_number(session, kind, year)
    chosen = documents.number_to_use(session, doc_type or "BC", number)
    doc = dang_bo_documents.build(session, kind, year, chosen, today)
    record = summary_document.printed_record(doc, cell)
    documents.check_number_free(session, record)

    def sheet(path: Path) -> None:
        from chibo_app.spreadsheets.summary_sheet import write_summary_xlsx  # noqa: PLC0415 - .xlsx only

        write_summary_xlsx(path, doc, cell, record.code)

    return papers.layout_paper(
        papers.file_name(record.title, f"số {chosen:02d}-{doc.doc_type}"),
        doc,
        record,
        cell,
        printed_on=today,
        settings=load_page_settings(session),
        facts=PaperFacts(kind, chosen, record.title, doc.doc_type),
        sheet=sheet,
    )


def export(
    session: Session,
    kind: str,
    year: int,
    path: str | os.PathLike[str],
    *,
    number: int | None = None,
) -> PrintResult:
    """Write the combined document `kind` of `year` (the paper above); the file type
    follows the suffix."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ChiboError(
            msg("Tệp ra phải có đuôi .pdf, .xlsx hoặc .docx: {name}", name=target.name)
        )
    if not target.parent.is_dir():
        raise ChiboError(msg("Không có thư mục {folder}.", folder=target.parent))
    drawn_up = paper(session, kind, year, number=number)
    papers.issue(session, drawn_up, target)
    facts = drawn_up.facts
    return PrintResult(target, kind, facts.number, drawn_up.codes[0], facts.title, facts.doc_type)


def suggested_number(session: Session, kind: str, year: int) -> int:
    """The number the document would take: the one the same content was printed with
    before (as another file: a reprint, not a new document), else the register's next."""
    doc_type = dang_bo_packages.REGISTER[kind][0]
    try:
        draft = dang_bo_documents.build(session, kind, year, None, session.today())
    except ChiboError:
        return documents.next_number(session, doc_type)
    found = printed_number(session, summary_document.printed_record(draft, load_settings(session)))
    return found if found is not None else documents.next_number(session, doc_type)


def printed_number(session: Session, draft: PrintedDocument) -> int | None:
    """The number of a document of the term already printed with this very content (the
    same combined list as PDF, then as Word): a reprint, not a new document."""
    for row in documents_repo.list_documents(session.db, draft.doc_type, draft.year):
        if (
            row.subject_table == draft.subject.table
            and row.content_hash == draft.content_hash
            and row.term == draft.term
            and row.number is not None
        ):
            return row.number
    return None


def _source(kind: str) -> documents.ContentSource:
    def rebuild(session: Session, document: DocumentRow) -> str | None:
        if document.year is None or not document.subject_ids:
            return None
        try:
            doc = dang_bo_documents.build(
                session,
                kind,
                document.year,
                document.number,
                documents.printed_day(document),
                document.subject_ids,
            )
        except ChiboError:
            return None
        return summary_document.printed_record(doc, load_settings(session)).content_hash

    return rebuild


VERIFY_SOURCES: documents.ContentSources = {
    (doc_type, subject): _source(kind)
    for kind, (doc_type, subject) in dang_bo_packages.REGISTER.items()
}
