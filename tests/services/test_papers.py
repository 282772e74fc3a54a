"""A paper is laid out for the preview without entering the register; it is recorded
once, by its code, when it leaves — printed, saved as PDF, saved as Word — and a paper
closed unprinted leaves its number to the next document."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document
from pypdf import PdfReader

from chibo_app.core.verification import display_code
from chibo_app.core.year_report import Period, PeriodKind
from chibo_app.errors import ChiboError
from chibo_app.services import (
    demo,
    documents,
    papers,
    person_history,
    report_printing,
    verification,
)
from chibo_app.storage import documents_repo, people_repo

YEAR = 2026


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=12, seed=3)
    return session


def _entries(session) -> int:
    return len(documents_repo.list_documents(session.db))


def test_a_rendered_paper_is_not_recorded_and_keeps_its_number_free(demo_session):
    before = _entries(demo_session)
    paper = report_printing.report_paper(demo_session, Period(YEAR))
    rendered = papers.render(paper)
    assert rendered.pdf.startswith(b"%PDF") and rendered.pages >= 2
    assert len(PdfReader(io.BytesIO(rendered.pdf)).pages) == rendered.pages
    assert _entries(demo_session) == before
    assert documents.next_number(demo_session, "BC") == paper.facts  # still free
    assert (
        verification.verify(demo_session, paper.codes[0]).status == documents.VerifyStatus.NOT_FOUND
    )


def test_printed_then_saved_as_pdf_and_word_is_one_entry(demo_session, tmp_path):
    before = _entries(demo_session)
    paper = report_printing.report_paper(demo_session, Period(YEAR))
    rendered = papers.render(paper)
    papers.record_printed(demo_session, paper)
    assert _entries(demo_session) == before + 1
    pdf = tmp_path / "bao cao.pdf"
    papers.save_rendered(demo_session, rendered, pdf)
    assert pdf.read_bytes() == rendered.pdf
    assert papers.issue(demo_session, paper, tmp_path / "bao cao.docx") == 0
    assert _entries(demo_session) == before + 1
    footer = Document(str(tmp_path / "bao cao.docx")).sections[0].footer.paragraphs[0].text
    assert f"Mã xác thực: {display_code(paper.codes[0])}" in footer
    status = verification.verify(demo_session, paper.codes[0]).status
    assert status == documents.VerifyStatus.UNCHANGED
    assert documents.next_number(demo_session, "BC") == paper.facts + 1


def test_a_number_taken_meanwhile_stops_the_print_and_leaves_no_file(demo_session, tmp_path):
    first = report_printing.report_paper(demo_session, Period(YEAR))
    half = report_printing.report_paper(
        demo_session, Period(YEAR, PeriodKind.HALF), number=first.facts
    )  # the same number, another content, both drawn up before either left
    papers.issue(demo_session, first, tmp_path / "nam.pdf")
    with pytest.raises(ChiboError, match="đã dùng"):
        papers.record_printed(demo_session, half)
    target = tmp_path / "sau thang.docx"
    with pytest.raises(ChiboError, match="đã dùng"):
        papers.issue(demo_session, half, target)
    assert not target.exists()  # a copy never carries a code the register does not know


def test_a_suffix_the_paper_does_not_offer_is_refused(demo_session, tmp_path):
    paper = report_printing.report_paper(demo_session, Period(YEAR))
    with pytest.raises(ChiboError, match=r"\.pdf, \.docx"):
        papers.issue(demo_session, paper, tmp_path / "bao cao.xlsx")
    assert not (tmp_path / "bao cao.xlsx").exists()


def test_person_history_is_recorded_and_verifiable(demo_session, tmp_path):
    person_id = min(people_repo.names(demo_session.db))
    paper = person_history.history_paper(demo_session, person_id)
    papers.issue(demo_session, paper, tmp_path / "qua trinh.pdf")
    status = verification.verify(demo_session, paper.codes[0]).status
    assert status == documents.VerifyStatus.UNCHANGED
    assert paper.name.startswith("Quá trình thực hiện kế hoạch - ")


def test_file_names_say_what_and_whom_safely():
    name = papers.file_name("Biên bản", "Chi bộ 1/2: A", dt.date(2026, 12, 5), "")
    assert name == "Biên bản - Chi bộ 1-2- A - 05-12-2026"


def test_every_numbered_list_is_refused_by_its_suffix_before_anything_is_read(
    demo_session, tmp_path
):
    """The three lists' exports share one check (papers.issue_list): a file they cannot
    be is refused with one sentence, nothing laid out, numbered or written."""
    from chibo_app.services import evaluation_printing, nomination_printing, plan_printing

    before = _entries(demo_session)
    for export in (
        evaluation_printing.export_list,
        plan_printing.print_signed_off,
        nomination_printing.export_list,
    ):
        target = tmp_path / "danh sách.csv"
        with pytest.raises(ChiboError) as refused:
            export(demo_session, YEAR, target)
        assert str(refused.value) == "Danh sách chỉ xuất ra tệp .pdf, .docx hoặc .xlsx."
        assert not target.exists()
    assert _entries(demo_session) == before
    prepared = []
    with pytest.raises(ChiboError):
        papers.issue_list(demo_session, tmp_path / "x.odt", lambda: prepared.append(1))
    assert prepared == []  # refused before the paper was prepared
    done = nomination_printing.export_list(demo_session, YEAR, tmp_path / "danh sách.XLSX")
    assert done.path.exists() and _entries(demo_session) == before + 1
