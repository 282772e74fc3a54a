"""Exporting the year's evaluation list (PDF or .xlsx by suffix), numbered as a list
("Số NN-DS/CB", the register's next number unless given) and recorded; and the verify
source of these lists.

Evaluation lists share the DS number series with the other lists; their register
subject is ("evaluations", (year,)). Their verify source is chained in front of the
other lists' one (signed-off plans, nominations), called for every other DS document.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import chibo_app.services.nomination_printing  # noqa: F401 - the DS sources we chain to
from chibo_app.core import evaluation_list
from chibo_app.core.messages import msg
from chibo_app.documents.page_settings import PageSettings
from chibo_app.errors import ChiboError
from chibo_app.services import documents, file_titles, papers
from chibo_app.services.cell import load_settings
from chibo_app.services.evaluation_lists import list_data
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage.documents_repo import DocumentRow

DOC_TYPE = evaluation_list.DOC_TYPE


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    classified: int
    number: int
    code: str
    numbering: documents.Numbering | None = None  # reprint, replaced or earlier print


def list_numbering(session: Session, year: int) -> documents.Numbering:
    """How the evaluation list of `year` exported now would be numbered."""
    draft = list_data(session, year, number=None, as_of=session.today())
    return documents.numbering(
        session, evaluation_list.printed_list(draft, load_settings(session)), source=_list_hash
    )


@dataclass(frozen=True)
class ListFacts:
    rows: int
    classified: int
    number: int


def list_paper(
    session: Session,
    year: int,
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> papers.Paper[ListFacts]:
    """The year's evaluation list as a paper (PDF, Word or Excel with the same number and
    code), numbered as documents.numbering says: an unchanged list keeps its number in
    every format; `replace` reissues a changed one under its number."""
    cell = load_settings(session)
    now = session.today()  # read once: a print crossing midnight keeps one day
    draft = list_data(session, year, number=number, as_of=now)
    if not draft.rows:
        raise ChiboError(msg("Năm {year} không có ai để đánh giá, xếp loại.", year=year))
    plan = documents.numbering(
        session,
        evaluation_list.printed_list(draft, cell),
        number,
        source=_list_hash,
        replace=replace,
        today=now,
    )
    number, today = plan.number, plan.as_of
    data = list_data(session, year, number=number, as_of=today)
    record = evaluation_list.printed_list(data, cell)
    documents.check_number_free(session, record, plan.replaces)
    settings = settings or load_page_settings(session)

    def sheet(path: Path) -> None:
        from chibo_app.spreadsheets.evaluation_list import write_evaluation_xlsx  # noqa: PLC0415 - .xlsx only

        write_evaluation_xlsx(path, data, cell, code=record.code)

    return papers.layout_paper(
        papers.file_name(file_titles.evaluation_list(year), f"số {number:02d}-{DOC_TYPE}"),
        evaluation_list.layout(data, cell),
        record,
        cell,
        printed_on=today,
        settings=settings,
        facts=ListFacts(len(data.rows), data.classified, number),
        sheet=sheet,
        numbering=plan,
    )


def export_list(
    session: Session,
    year: int,
    path: str | os.PathLike[str],
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> ExportResult:
    """The evaluation list of `year` written as PDF, Word or .xlsx and recorded."""
    target, paper = papers.issue_list(
        session,
        path,
        lambda: list_paper(session, year, number=number, settings=settings, replace=replace),
    )
    facts = paper.facts
    return ExportResult(
        target, facts.rows, facts.classified, facts.number, paper.codes[0], paper.numbering
    )


def _list_hash(session: Session, document: DocumentRow) -> str | None:
    if document.year is None:
        return None
    day = documents.printed_day(document)
    data = list_data(session, document.year, number=document.number, as_of=day)
    return evaluation_list.printed_list(data, load_settings(session)).content_hash


VERIFY_SOURCES: documents.ContentSources = {
    (DOC_TYPE, evaluation_list.SUBJECT_TABLE): _list_hash,
}
