"""Every printed document also saved as .docx: the same number and verification code as
its PDF, one entry in the register for both, and — rendered by LibreOffice — every word
of the PDF on the Word file's pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from docx import Document

from chibo_app.core.verification import display_code
from chibo_app.core.year_report import Period
from chibo_app.services import demo, documents, meetings, verification
from chibo_app.storage import documents_repo, people_repo
from tests import libreoffice

YEAR = 2026


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=30, seed=7)
    return session


def _docx_text(path) -> str:
    doc = Document(str(path))
    parts = []
    for element in doc.element.body.iter():
        if element.tag.endswith("}t") and element.text:
            parts.append(element.text)
    for section in doc.sections:
        for footer in (section.footer, section.first_page_footer):
            parts.extend(p.text for p in footer.paragraphs)
    return " ".join(" ".join(parts).split())


def _pdf_words(path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    )
    text = unicodedata.normalize("NFC", done.stdout)
    return re.findall(r"\w+", text)


def _pdf_words_text(path) -> list[str]:
    """The PDF's text, line by line."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    )
    return unicodedata.normalize("NFC", done.stdout).splitlines()


def _print_both(session, tmp_path, make):
    """(pdf result, docx result) of one printing function called for both formats."""
    return make(tmp_path / "a.pdf"), make(tmp_path / "a.docx")


def _printers(session):
    from chibo_app.services import (  # noqa: PLC0415
        evaluation_printing,
        meeting_printing,
        nomination_printing,
        papers,
        person_history,
        plan_printing,
        report_printing,
    )

    meeting_id = meetings.meetings_of_year(session, YEAR)[-1].id
    person_id = min(people_repo.names(session.db))

    def history(path):
        paper = person_history.history_paper(session, person_id)
        papers.issue(session, paper, path)
        return paper.codes

    return {
        "nomination list": lambda p: [
            nomination_printing.export_list(session, YEAR, p, number=9).code
        ],
        "registration forms": lambda p: (
            nomination_printing.print_registration_forms(session, YEAR, None, p).codes
        ),
        "person history": history,
        "report": lambda p: [report_printing.print_report(session, Period(YEAR), p, number=7).code],
        "signed-off list": lambda p: [
            plan_printing.print_signed_off(session, YEAR - 1, p, number=5).code
        ],
        "evaluation list": lambda p: [
            evaluation_printing.export_list(session, YEAR - 1, p, number=6).code
        ],
        "minutes and attendance": lambda p: list(
            meeting_printing.print_meeting(session, meeting_id, p, number=8).codes
        ),
        "plan forms": lambda p: plan_printing.print_plans(session, YEAR - 1, None, p).codes[:40],
    }


def test_each_document_as_word_has_the_pdf_code_and_one_register_entry(demo_session, tmp_path):
    for name, make in _printers(demo_session).items():
        folder = tmp_path / name.replace(" ", "_")
        folder.mkdir()
        before = len(documents_repo.list_documents(demo_session.db))
        pdf_codes, docx_codes = _print_both(demo_session, folder, make)
        assert pdf_codes and docx_codes == pdf_codes, name
        after = len(documents_repo.list_documents(demo_session.db))
        assert after - before == len(set(pdf_codes)), name  # the .docx adds no entry
        text = _docx_text(folder / "a.docx")
        for code in pdf_codes[:3]:
            assert f"Mã xác thực: {display_code(code)}" in text, name
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text, name
        for code in pdf_codes[:3]:
            assert (
                verification.verify(demo_session, code).status == documents.VerifyStatus.UNCHANGED
            )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_shows_every_word_of_the_pdf(demo_session, tmp_path):
    printers = _printers(demo_session)
    made = []
    for name in printers:
        pdf, docx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.docx"
        printers[name](pdf)
        printers[name](docx)
        made.append((name, pdf, docx))
    out = tmp_path / "lo"
    out.mkdir()
    libreoffice.convert([d for _n, _p, d in made], "pdf", out)
    for name, pdf, docx in made:
        ours = _pdf_words(pdf)
        word = set(_pdf_words(out / f"{docx.stem}.pdf"))
        missing = sorted({w for w in ours if w not in word and not w.isdigit()})
        if name == "report":  # the attendance chart's month labels: inside its picture
            missing = [w for w in missing if not re.fullmatch(r"T\d{1,2}", w)]
        assert missing == [], name


def test_the_reports_charts_are_pictures_in_its_word_copy(demo_session, tmp_path):
    from chibo_app.services import report_printing  # noqa: PLC0415

    pdf, docx = tmp_path / "bc.pdf", tmp_path / "bc.docx"
    report_printing.print_report(demo_session, Period(YEAR), pdf, number=3)
    report_printing.print_report(demo_session, Period(YEAR), docx, number=3)
    charts = [w for w in ("Biểu đồ 1.", "Biểu đồ 2.") if w in " ".join(_pdf_words_text(pdf))]
    assert len(charts) == 2  # the demo year has meetings and classifications
    word = Document(str(docx))
    captions = [p.text for p in word.paragraphs if p.text.startswith("Biểu đồ")]
    assert [c[:10] for c in captions] == charts
    pictures = [s for s in word.inline_shapes if s.width > 0]
    assert len(pictures) == len(charts)
    for picture in pictures:  # as wide as the text, as the PDF's
        assert abs(picture.width.mm - 165) < 1
