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

from chibo_app.core.clock import FixedClock
from chibo_app.core.messages import msg
from chibo_app.core.year_report import Narrative, Period, day_text
from chibo_app.documents import year_report as document
from chibo_app.documents.page_settings import PageSettings
from chibo_app.errors import ChiboError
from chibo_app.services import documents, years
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


def report_numbering(session: Session, period: Period) -> documents.Numbering:
    """How the report of `period` printed now would be numbered."""
    draft = report_data(session, period, number=None, dated=session.today())
    return documents.numbering(session, document.printed_report(draft, load_settings(session)))


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
    Word file (.docx) with the same number and verification code. Numbered as
    documents.numbering says (the unchanged report printed again is a copy of it)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise ChiboError(msg("Báo cáo chỉ in ra tệp .pdf hoặc .docx."))
    cell = load_settings(session)
    now = session.today()  # read once: a print crossing midnight keeps one day
    draft = report_data(session, period, number=number, dated=now)
    plan = documents.numbering(
        session, document.printed_report(draft, cell), number, replace=replace, today=now
    )
    number, today = plan.number, plan.as_of
    data = report_data(session, period, number=number, dated=today)
    documents.check_number_free(session, document.printed_report(data, cell), plan.replaces)
    settings = settings or load_page_settings(session)
    if suffix == ".docx":
        from chibo_app.documents.year_report_word import write_report_docx  # noqa: PLC0415

        _word, record = write_report_docx(target, data, cell, settings=settings)
        pages = 0
    else:
        render, record = document.write_report_pdf(target, data, cell, settings=settings)
        pages = render.pages
    documents.record_written(session, record, target, printed_on=today, replaces=plan.replaces)
    return ReportPrintResult(target, pages, number, record.code, plan)


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


documents.register_source(DOC_TYPE, _source)
