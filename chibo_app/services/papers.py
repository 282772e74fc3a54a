"""A paper: a document drawn up — its number chosen, its content and verification codes
fixed — that has not left the office yet.

Printing goes: a printing service prepares the paper (`…_paper(session, …)`, which
refuses a number already used before anything is laid out); `render` lays it out as a
PDF in memory for the print preview; it enters the register (services.documents) only
when it leaves: `issue` writes it to a file — .pdf, or the .docx / .xlsx the paper
offers, all with the same number and codes — and records it; `save_rendered` writes the
previewed PDF itself; `record_printed` records it as it goes to a printer. Recording is
by code, so a paper printed, then saved as PDF and as Word is recorded once; one closed
unprinted takes no number. If recording fails after a file was written, the file is
removed: a copy never carries a code the register does not know.

The writers a paper holds are closures over its data alone, never over a session: a
paper prepared on one worker may be written from another, or from the window.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

from chibo_app.core.cell import CellSettings
from chibo_app.core.messages import msg
from chibo_app.core.summary_document import SummaryDocument
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents import summary_document as layout_writer
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import CancelCheck, Progress
from chibo_app.errors import ChiboError
from chibo_app.fileio import atomic_path
from chibo_app.services import documents
from chibo_app.services.session import Session
from chibo_app.storage.documents_repo import DocumentRow

F = TypeVar("F")
# Lays the paper out as PDF into a stream; the pages written.
PdfWriter = Callable[[BinaryIO, Progress | None, CancelCheck | None], int]
# Writes the paper in another format at a path (atomically).
FileWriter = Callable[[Path], object]

# A numbered list (signed-off plans, evaluation, nominations) is issued in any of these.
LIST_SUFFIXES = (".pdf", ".docx", ".xlsx")
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class Paper(Generic[F]):
    name: str  # the file name to suggest, without suffix
    records: tuple[PrintedDocument, ...]  # what the register records when it leaves
    printed_on: dt.date  # the day it is drawn up as of (its date line)
    pdf: PdfWriter
    files: Mapping[str, FileWriter]  # the other formats: ".docx", ".xlsx"
    facts: F  # what the service tells of it (counts, its number)
    # documents.numbering's answer: an unchanged document printed before keeps its
    # number, date and code (a copy); a reissue names the print it replaces
    numbering: documents.Numbering | None = None

    @property
    def replaces(self) -> DocumentRow | None:
        return self.numbering.replaces if self.numbering is not None else None

    @property
    def suffixes(self) -> tuple[str, ...]:
        return (".pdf", *self.files)

    @property
    def codes(self) -> list[str]:
        return [record.code for record in self.records]


@dataclass(frozen=True)
class RenderedPaper(Generic[F]):
    """A paper laid out for the preview: its PDF in memory."""

    paper: Paper[F]
    pdf: bytes
    pages: int


def file_name(*parts: object) -> str:
    """'Biên bản sinh hoạt chi bộ 05-12-2026', 'Kế hoạch cá nhân 2026 - Nguyễn Văn An':
    the parts given, joined with ' - ', dates as dd-mm-yyyy, safe on every file system."""
    shown = [f"{p:%d-%m-%Y}" if isinstance(p, dt.date) else str(p) for p in parts if p]
    return _NOT_IN_FILE_NAMES.sub("-", " - ".join(shown)).strip(" .")


def layout_paper(
    name: str,
    layout: SummaryDocument,
    record: PrintedDocument,
    cell: CellSettings,
    *,
    printed_on: dt.date,
    settings: PageSettings,
    facts: F,
    sheet: FileWriter | None = None,
    numbering: documents.Numbering | None = None,
) -> Paper[F]:
    """A paper of tables and paragraphs (a numbered list): its PDF and its Word copy
    written from the one layout with `record`'s number and code; `sheet` its Excel copy."""

    def pdf(out: BinaryIO, _progress: Progress | None, _cancel: CancelCheck | None) -> int:
        return layout_writer.write_layout_pdf(out, layout, record, cell, settings).pages

    def word(path: Path) -> None:
        layout_writer.write_layout_docx(path, layout, record, cell, settings)

    files: dict[str, FileWriter] = {".docx": word}
    if sheet is not None:
        files[".xlsx"] = sheet
    return Paper(name, (record,), printed_on, pdf, files, facts, numbering)


def render(
    paper: Paper[F], *, progress: Progress | None = None, cancel: CancelCheck | None = None
) -> RenderedPaper[F]:
    """The paper's PDF, in memory (nothing written to disk, nothing recorded)."""
    stream = io.BytesIO()
    pages = paper.pdf(stream, progress, cancel)
    return RenderedPaper(paper, stream.getvalue(), pages)


def issue(
    session: Session,
    paper: Paper[Any],
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Write the paper at `path` in the format its suffix names, then record it; the
    pages of a PDF (0 for a Word or Excel file, which lay out their own pages)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in paper.suffixes:
        raise ChiboError(
            msg("Văn bản này chỉ ghi ra tệp {suffixes}.", suffixes=", ".join(paper.suffixes))
        )
    pages = 0
    if suffix == ".pdf":
        with atomic_path(target) as temporary, open(temporary, "wb") as stream:
            pages = paper.pdf(stream, progress, cancel)
    else:
        paper.files[suffix](target)
    documents.record_all_written(
        session, paper.records, target, printed_on=paper.printed_on, replaces=paper.replaces
    )
    return pages


def issue_list(
    session: Session, path: str | os.PathLike[str], prepare: Callable[[], Paper[F]]
) -> tuple[Path, Paper[F]]:
    """A numbered list prepared and issued as PDF, Word or Excel by the suffix of `path`,
    refused before anything is read when the suffix is none of those."""
    target = Path(path)
    if target.suffix.lower() not in LIST_SUFFIXES:
        raise ChiboError(msg("Danh sách chỉ xuất ra tệp .pdf, .docx hoặc .xlsx."))
    paper = prepare()
    issue(session, paper, target)
    return target, paper


def save_rendered(session: Session, rendered: RenderedPaper[Any], path: Path) -> None:
    """Write the previewed PDF itself at `path`, then record it."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(rendered.pdf)
    paper = rendered.paper
    documents.record_all_written(
        session, paper.records, path, printed_on=paper.printed_on, replaces=paper.replaces
    )


def record_printed(session: Session, paper: Paper[Any]) -> Sequence[DocumentRow]:
    """Record the paper as it goes to a printer (before: a number another document took
    meanwhile stops the print, and paper never carries an unknown code)."""
    return documents.record_documents(
        session, paper.records, printed_on=paper.printed_on, replaces=paper.replaces
    )
