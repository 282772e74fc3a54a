"""Printing personal plans from the database, recording them, and checking them later.

- `print_plans`: seed 003's form for one person, a selection or everyone, into one PDF.
  A filled print of someone who has no plan yet gives them a blank form (header
  pre-filled, dotted lines) in its place: the secretary can hand it out to be written
  by hand. Filled forms are recorded in the document register (type KHCN, no number)
  in one transaction once the file is written; blank forms carry no code and are not
  recorded — there is no content to verify.
- `print_signed_off`: the list of confirmed plans, PDF or .xlsx by the file's suffix,
  numbered "Số NN-DS/CB" (the register's next number unless given) and recorded.
- Importing this module registers the verify sources of both types, so
  `verification.verify(code)` tells UNCHANGED from CHANGED after a plan is edited.

If recording fails after the file was written, the file is removed: a paper copy must
never carry a code the register does not know.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from chibo_app.core import signed_off_list
from chibo_app.core.messages import msg
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents import plan_form
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    CancelCheck,
    Progress,
    write_documents,
)
from chibo_app.documents.plan_form import plan_form_document, printed_form
from chibo_app.errors import ChiboError
from chibo_app.services import documents, file_titles, papers
from chibo_app.services.cell import load_settings
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.plan_print_data import FormSource, plan_form_data, signed_off_data
from chibo_app.services.session import Session
from chibo_app.storage import plans_repo
from chibo_app.storage.documents_repo import DocumentRow

__all__ = ["PrintResult", "SignedOffResult", "plan_form_data", "print_plans", "print_signed_off"]

PLAN_DOC_TYPE = plan_form.DOC_TYPE  # "KHCN"
LIST_DOC_TYPE = signed_off_list.DOC_TYPE  # "DS"


@dataclass(frozen=True)
class PrintResult:
    path: Path
    forms: int  # forms in the file (one per person)
    filled: int  # printed from a plan, each with its code, recorded
    blank: int  # blank forms: a blank print, or people with no plan yet
    pages: int
    codes: list[str]  # the verification codes of the filled forms, in print order


@dataclass(frozen=True)
class SignedOffResult:
    path: Path
    confirmed: int  # rows of the list (n)
    total: int  # everyone who had to make a plan (N)
    number: int
    code: str
    numbering: documents.Numbering | None = None  # reprint, replaced or earlier print


@dataclass(frozen=True)
class FormsFacts:
    forms: int  # one per person
    filled: int  # with a code, recorded when the paper leaves
    blank: int  # to write by hand: a blank print, or people with no plan yet


def plans_paper(
    session: Session,
    year: int,
    person_ids: Sequence[int] | None,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
) -> papers.Paper[FormsFacts]:
    """The forms of `person_ids` (everyone of the year for None) as one paper: PDF, or
    Word (a filled form as printed, a blank one as the form to fill in Word)."""
    settings = settings or load_page_settings(session)
    today = session.today()
    source = FormSource(session, year, today, blank=blank)
    ids = source.ordered(person_ids)
    if not ids:
        raise ChiboError(msg("Năm {year} không có ai để in kế hoạch.", year=year))
    cell = source.cell
    forms = [(source.form(i), blank or not source.has_plan(i)) for i in ids]
    records = [None if is_blank else printed_form(form, cell) for form, is_blank in forms]
    title = f"Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}"

    def pdf(out: BinaryIO, progress: Progress | None, cancel: CancelCheck | None) -> int:
        parts = [
            plan_form_document(form, cell, blank=is_blank, settings=settings, code=_code(record))
            for (form, is_blank), record in zip(forms, records, strict=True)
        ]
        return write_documents(
            out,
            parts,
            settings=settings,
            title=title,
            author=cell.cell_name,
            progress=progress,
            cancel=cancel,
        ).pages

    def word(path: Path) -> None:
        from chibo_app.documents.plan_form_word import plan_form_word  # noqa: PLC0415 - .docx only
        from chibo_app.documents.word_document import write_word  # noqa: PLC0415 - .docx only

        parts = [
            plan_form_word(form, cell, to_fill=is_blank, settings=settings, code=_code(record))
            for (form, is_blank), record in zip(forms, records, strict=True)
        ]
        write_word(path, parts, title=title, author=cell.cell_name, dated=today)

    filled = tuple(r for r in records if r is not None)
    whose = forms[0][0].full_name if len(forms) == 1 else ""
    return papers.Paper(
        name=papers.file_name(
            f"{_BLANK_NAME} {year}" if blank else file_titles.plan_forms(year), whose
        ),
        records=filled,
        printed_on=today,
        pdf=pdf,
        files={".docx": word},
        facts=FormsFacts(len(forms), len(filled), len(forms) - len(filled)),
    )


_BLANK_NAME = "Mẫu kế hoạch cá nhân"


def _code(record: PrintedDocument | None) -> str | None:
    return record.code if record is not None else None


def print_plans(
    session: Session,
    year: int,
    person_ids: Sequence[int] | None,
    path: str | os.PathLike[str],
    *,
    blank: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    settings: PageSettings | None = None,
) -> PrintResult:
    """Print the forms of `person_ids` (everyone of the year for None) into `path`
    (.pdf, or .docx); filled forms are recorded.

    Raises Cancelled (no file left) when `cancel()` turns true, ChiboError for nobody
    to print or an unknown person.
    """
    paper = plans_paper(session, year, person_ids, blank=blank, settings=settings)
    target = Path(path)
    pages = papers.issue(session, paper, target, progress=progress, cancel=cancel)
    facts = paper.facts
    return PrintResult(
        path=target,
        forms=facts.forms,
        filled=facts.filled,
        blank=facts.blank,
        pages=pages,  # 0 for a Word file: Word lays out its own pages
        codes=paper.codes,
    )


@dataclass(frozen=True)
class SignedOffFacts:
    confirmed: int  # rows of the list (n)
    total: int  # everyone who had to make a plan (N)
    number: int


def signed_off_paper(
    session: Session,
    year: int,
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> papers.Paper[SignedOffFacts]:
    """The signed-off list of `year` as a paper (PDF, Word or Excel). `number` defaults
    to the number the unchanged list was printed with before (a copy, in any format),
    else the register's next DS number of the current term (`replace`: the changed list
    reissued under the earlier number); a number already used by a different document
    is refused before anything is laid out."""
    settings = settings or load_page_settings(session)
    cell = load_settings(session)
    now = session.today()  # read once: a print crossing midnight keeps one day
    draft = signed_off_data(session, year, number=number, as_of=now)
    if not draft.rows:
        raise ChiboError(msg("Năm {year} chưa có kế hoạch nào được chi bộ xác nhận.", year=year))
    plan = documents.numbering(
        session,
        signed_off_list.printed_list(draft, cell),
        number,
        source=_signed_off_hash,
        replace=replace,
        today=now,
    )
    number, today = plan.number, plan.as_of
    data = signed_off_data(session, year, number=number, as_of=today)
    record = signed_off_list.printed_list(data, cell)
    documents.check_number_free(session, record, plan.replaces)

    def sheet(path: Path) -> None:
        from chibo_app.spreadsheets.signed_off_list import write_signed_off_xlsx  # noqa: PLC0415 - .xlsx only

        write_signed_off_xlsx(path, data, cell, code=record.code)

    return papers.layout_paper(
        papers.file_name(file_titles.signed_off_list(year), f"số {number:02d}-{LIST_DOC_TYPE}"),
        signed_off_list.layout(data, cell),
        record,
        cell,
        printed_on=today,
        settings=settings,
        facts=SignedOffFacts(len(data.rows), data.total, number),
        sheet=sheet,
        numbering=plan,
    )


def signed_off_numbering(session: Session, year: int) -> documents.Numbering:
    """How the signed-off list of `year` printed now would be numbered (the print dialog
    suggests it, and asks when the list changed since it was printed)."""
    draft = signed_off_data(session, year, number=None, as_of=session.today())
    return documents.numbering(
        session,
        signed_off_list.printed_list(draft, load_settings(session)),
        source=_signed_off_hash,
    )


def print_signed_off(
    session: Session,
    year: int,
    path: str | os.PathLike[str],
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> SignedOffResult:
    """The signed-off list of `year` as PDF, Word or .xlsx (by suffix), numbered as
    signed_off_paper says, and recorded."""
    target, paper = papers.issue_list(
        session,
        path,
        lambda: signed_off_paper(session, year, number=number, settings=settings, replace=replace),
    )
    facts = paper.facts
    return SignedOffResult(
        target, facts.confirmed, facts.total, facts.number, paper.codes[0], paper.numbering
    )


# Verify sources ------------------------------------------------------------------------


def _plan_form_hash(session: Session, document: DocumentRow) -> str | None:
    """The content hash of the form as today's data would print it (positions as held
    on the day it was printed); None when the plan is gone."""
    if document.subject_table != "plans" or len(document.subject_ids) != 1:
        return None
    plan = plans_repo.get(session.db, document.subject_ids[0])
    if plan is None:
        return None
    try:
        form = plan_form_data(session, plan, plan.year, as_of=documents.printed_day(document))
    except ChiboError:
        return None
    return printed_form(form, load_settings(session)).content_hash


def _signed_off_hash(session: Session, document: DocumentRow) -> str | None:
    if document.year is None:
        return None
    data = signed_off_data(
        session, document.year, number=document.number, as_of=documents.printed_day(document)
    )
    return signed_off_list.printed_list(data, load_settings(session)).content_hash


VERIFY_SOURCES: documents.ContentSources = {
    (PLAN_DOC_TYPE, None): _plan_form_hash,
    (LIST_DOC_TYPE, None): _signed_off_hash,
}
