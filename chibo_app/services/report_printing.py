"""The year report as PDF: its figures and narrative (saved, or the draft), numbered as a
report ("Số NN-BC/CB", the register's next number unless given), written atomically and
recorded; and the verify source that rebuilds a printed report from today's data.

The register subject is ("year_report", (year, period kind, end yyyymmdd)). If recording
fails after the file was written, the file is removed: paper never carries an unknown code.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from chibo_app.core.clock import FixedClock
from chibo_app.core.messages import msg
from chibo_app.core.year_report import Narrative, Period, PeriodKind, day_text
from chibo_app.documents import year_report as document
from chibo_app.documents.page_settings import PageSettings
from chibo_app.errors import ChiboError
from chibo_app.services import documents, papers, years
from chibo_app.services import year_report as service
from chibo_app.services.cell import load_settings
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage.documents_repo import DocumentRow

DOC_TYPE = document.DOC_TYPE


@dataclass(frozen=True)
class ReportPrintResult:
    path: Path
    pages: int  # 0 for a Word file: Word lays out its own pages
    number: int
    code: str
    numbering: documents.Numbering | None = None  # reprint, replaced or earlier print


def plan_reference(session: Session, year: int) -> str:
    """'Kế hoạch số 03-KH/CB ngày 15/2/2026' from the year's settings ('' if unset)."""
    setup = years.get_year(session, year)
    if not setup.plan_number:
        return ""
    text = f"Kế hoạch số {setup.plan_number}"
    if not setup.plan_date:
        return text
    return f"{text} ngày {day_text(dt.date.fromisoformat(setup.plan_date))}"  # running text


def report_data(
    session: Session,
    period: Period,
    *,
    number: int | None,
    dated: dt.date,
    narrative: Narrative | None = None,
) -> document.ReportData:
    figures = service.figures(session, period)
    return document.ReportData(
        figures=figures,
        narrative=narrative or service.narrative(session, period, figures),
        number=number,
        dated=dated,
        plan_reference=plan_reference(session, period.year),
    )


def report_paper(
    session: Session,
    period: Period,
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> papers.Paper[int]:
    """The report of `period` with its saved narrative (or the draft), as a paper to
    preview, print or save as PDF or Word; its facts are its number. Numbered as
    documents.numbering says (the unchanged report printed again is a copy of it)."""
    cell = load_settings(session)
    now = session.today()  # read once: a print crossing midnight keeps one day
    draft = report_data(session, period, number=number, dated=now)
    plan = documents.numbering(
        session,
        document.printed_report(draft, cell),
        number,
        source=_source,
        replace=replace,
        today=now,
    )
    number, today = plan.number, plan.as_of
    data = report_data(session, period, number=number, dated=today)
    record = document.printed_report(data, cell)
    documents.check_number_free(session, record, plan.replaces)
    settings = settings or load_page_settings(session)

    def pdf(out: BinaryIO, _progress: object, _cancel: object) -> int:
        return document.write_report_pdf(out, data, cell, settings=settings)[0].pages

    def word(path: Path) -> None:
        from chibo_app.documents.year_report_word import write_report_docx  # noqa: PLC0415 - .docx only

        write_report_docx(path, data, cell, settings=settings)

    return papers.Paper(
        name=papers.file_name(file_title(period), f"số {number:02d}-{DOC_TYPE}"),
        records=(record,),
        printed_on=today,
        pdf=pdf,
        files={".docx": word},
        facts=number,
        numbering=plan,
    )


def report_numbering(session: Session, period: Period) -> documents.Numbering:
    """How the report of `period` printed now would be numbered."""
    draft = report_data(session, period, number=None, dated=session.today())
    return documents.numbering(
        session, document.printed_report(draft, load_settings(session)), source=_source
    )


def file_title(period: Period) -> str:
    """'Báo cáo kết quả năm 2026': the report's file name, without its number."""
    if period.kind == PeriodKind.YEAR:
        return f"Báo cáo kết quả năm {period.year}"
    if period.kind == PeriodKind.HALF:
        return f"Báo cáo sơ kết 6 tháng đầu năm {period.year}"
    return f"Báo cáo đến ngày {period.end:%d-%m-%Y}"


def print_report(
    session: Session,
    period: Period,
    path: str | os.PathLike[str],
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> ReportPrintResult:
    """Print the report of `period` with its saved narrative (or the draft): a PDF, or a
    Word file (.docx) with the same number and verification code (report_paper)."""
    target = Path(path)
    if target.suffix.lower() not in (".pdf", ".docx"):
        raise ChiboError(msg("Báo cáo chỉ in ra tệp .pdf hoặc .docx."))
    paper = report_paper(session, period, number=number, settings=settings, replace=replace)
    pages = papers.issue(session, paper, target)
    return ReportPrintResult(target, pages, paper.facts, paper.codes[0], paper.numbering)


# Verify source ------------------------------------------------------------------------------


def _source(session: Session, row: DocumentRow) -> str | None:
    if row.subject_table != document.SUBJECT_TABLE:
        return None
    period = Period.from_subject(row.subject_ids)
    if period is None:
        return None
    dated = documents.printed_day(row)
    # The figures as they were on the day it was printed ("today" then).
    then = replace(session, clock=FixedClock.on(dated))
    data = report_data(then, period, number=row.number, dated=dated)
    return document.printed_report(data, load_settings(session)).content_hash


VERIFY_SOURCES: documents.ContentSources = {(DOC_TYPE, None): _source}
