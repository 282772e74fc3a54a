"""The papers of the kiểm điểm season (Hướng dẫn 43-HD/BTCTW), written and read back:
the bản kiểm điểm in the person's template (Mẫu 2A/2B/2C) pre-filled or blank, as PDF
and .docx; the chi bộ's tổng hợp kết quả biểu quyết; the Mẫu 04 danh mục hồ sơ; each
recorded and verified; through the services and `chibo evaluation forms|votes|dossier`."""

import dataclasses
import datetime as dt
import subprocess
import unicodedata

import pytest
from docx import Document

from chibo_app.core.dates import to_display
from chibo_app.errors import ChiboError
from chibo_app.services import (
    demo,
    documents,
    evaluation_lists,
    evaluation_papers,
    meetings,
    review_forms,
    verification,
)
from tests.services.test_evaluation_cli import run

YEAR = 2025


def pdf_text(path):
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return " ".join(unicodedata.normalize("NFC", done.stdout).split())


def docx_text(path):
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


@pytest.fixture(scope="module")
def demo_session(tmp_path_factory):
    from chibo_app.services.session import open_session

    session = open_session(tmp_path_factory.mktemp("papers") / "demo.sqlite")
    demo.fill_demo(session, people_count=30, seed=2026)
    yield session
    session.close()


def _rows(session):
    rows = evaluation_lists.list_year(session, YEAR)
    return [r for r in rows if r.party_member and not r.exempt_reason]


def test_a_filled_form_in_the_persons_template(demo_session, tmp_path):
    rows = _rows(demo_session)
    staff = next(r for r in rows if r.frame == "staff")
    leader = next(r for r in rows if r.frame == "leader")
    target = tmp_path / "kiem diem.pdf"
    result = review_forms.print_forms(
        demo_session, YEAR, [staff.person_id, leader.person_id], target
    )
    assert (result.forms, result.filled) == (2, 2)
    text = pdf_text(target)
    assert text.count("BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN") == 2
    assert "(Dùng cho cá nhân không giữ chức vụ lãnh đạo, quản lý)" in text
    assert "(Dùng cho cá nhân giữ chức vụ lãnh đạo, quản lý)" in text
    assert staff.full_name in text and "Phụ lục 4, Quy định 366-QĐ/TW" in text
    assert "Phụ lục 3, Quy định 366-QĐ/TW" in text
    assert "Cơ quan, đơn vị do đồng chí phụ trách: 100% nhiệm vụ hoàn thành" in text
    # pre-filled: tasks with result and timeliness, remedies, attendance, own points
    data = review_forms.form_data(demo_session, YEAR, staff.person_id)
    assert data.tasks and data.tasks[0].text.split()[0] in text
    assert "Đúng hạn" in text and "Đã khắc phục:" in text
    assert "Sinh hoạt chi bộ năm 2025: Dự" in text
    assert f"1. Nhóm tiêu chí chung: {int(data.general_points)}/30" in text
    assert f"■ {data.chosen_level}" in text and "□ Không hoàn thành nhiệm vụ" in text
    for code in result.codes:
        assert verification.verify(demo_session, code).status == documents.VerifyStatus.UNCHANGED


def test_blank_forms_and_word(demo_session, tmp_path):
    rows = _rows(demo_session)
    blank = tmp_path / "trong.pdf"
    result = review_forms.print_forms(demo_session, YEAR, None, blank, blank=True)
    assert result.forms == len(rows) and result.filled == 0 and result.codes == []
    text = pdf_text(blank)
    assert "Họ và tên: …" in text and "1. Nhóm tiêu chí chung: …/30" in text
    assert "■" not in text and rows[0].full_name not in text
    word = tmp_path / "kiem diem.docx"
    result = review_forms.print_forms(demo_session, YEAR, [rows[0].person_id], word)
    text = docx_text(word)
    assert rows[0].full_name in text and "A. NỘI DUNG KIỂM ĐIỂM" in text
    assert "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI" in text and "Tiến độ" in text
    assert verification.verify(demo_session, result.codes[0]).status.value == "unchanged"


def test_forms_are_refused_for_someone_not_reviewed(demo_session, tmp_path):
    rows = evaluation_lists.list_year(demo_session, YEAR)
    staff = next(r for r in rows if not r.party_member)
    with pytest.raises(ChiboError, match="không thuộc diện kiểm điểm đảng viên"):
        review_forms.print_forms(demo_session, YEAR, [staff.person_id], tmp_path / "x.pdf")
    with pytest.raises(ChiboError, match=".pdf hoặc .docx"):
        review_forms.print_forms(demo_session, YEAR, None, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.pdf").exists()


def test_the_vote_list_says_each_vote_and_the_cap(demo_session, tmp_path):
    target = tmp_path / "bieu quyet.pdf"
    result = evaluation_papers.print_votes(demo_session, YEAR, target)
    rows = _rows(demo_session)
    assert result.rows == len(rows) and result.number is not None
    text = pdf_text(target)
    # a list (Số NN-DS): "DANH SÁCH", the trích yếu under it in lower case (36-HD/VPTW)
    assert f"Số {result.number:02d}-DS/CB" in text
    assert (
        "DANH SÁCH tổng hợp kết quả biểu quyết, đề nghị xếp loại chất lượng đảng viên năm 2025"
        in text
    )
    # printed before in capitals, it keeps its code: the case is layout
    paper = evaluation_papers.vote_paper(
        demo_session, YEAR, number=result.number, as_of=demo_session.today()
    )
    before = dataclasses.replace(paper, title=paper.hashed_title, hashed_title=())
    assert before.title[0] == "TỔNG HỢP KẾT QUẢ BIỂU QUYẾT"
    assert before.content() == paper.content()
    voted = rows[0]
    meeting = meetings.get_meeting(demo_session, voted.vote_meeting_id)
    assert f"hội nghị chi bộ ngày {to_display(meeting.held_on)}" in text  # the one that voted
    assert "/".join(map(str, voted.vote)) in text
    assert f"Tổng số đảng viên được kiểm điểm, đánh giá, xếp loại: {len(rows)}." in text
    assert "Tỷ lệ xuất sắc: “Hoàn thành xuất sắc nhiệm vụ”" in text and "k1.4" in text
    assert "Quần chúng" not in text  # đảng viên only
    assert verification.verify(demo_session, result.code).status.value == "unchanged"
    word = evaluation_papers.print_votes(demo_session, YEAR, tmp_path / "bieu quyet.docx")
    assert voted.full_name in docx_text(tmp_path / "bieu quyet.docx")
    # one number per document: the Word copy of the same summary keeps number and code
    assert (word.number, word.code) == (result.number, result.code)
    assert word.numbering is not None and word.numbering.reprint


def test_the_vote_summary_keeps_one_number(session, capsys, tmp_path):
    """One number per document (issue 14): printed again unchanged it is a copy; changed,
    it takes the next number and says so; --replace reissues it under its number. (A
    demo of its own: it changes people the module's shared demo keeps.)"""
    from chibo_app.services import people

    demo.fill_demo(session, people_count=30, seed=2026)
    demo_session = session

    def votes(name, *extra):
        code, out = run(demo_session, capsys, "evaluation", "votes", "--year", "2025",
                        "-o", str(tmp_path / name), *extra)  # fmt: skip
        assert code == 0
        return out

    first = votes("a.pdf")
    number = first.split(" số ", 1)[1][:5]  # "01-DS"
    assert f"Bản in lại của văn bản số {number}" in votes("a.docx")
    person = people.get_person(demo_session, _rows(demo_session)[0].person_id)
    people.save_person(demo_session, person.with_changes(full_name=person.full_name + " Anh"))
    changed = votes("b.pdf")
    assert f"đã in số {number}" in changed and "--replace" in changed
    assert f"Ban hành lại văn bản số {number}" not in changed
    people.save_person(demo_session, person.with_changes(full_name=person.full_name + " Em"))
    assert "Ban hành lại văn bản số" in votes("c.pdf", "--replace")


def test_the_dossier_counts_what_the_chi_bo_sends_up(demo_session, tmp_path):
    target = tmp_path / "danh muc.pdf"
    result = evaluation_papers.print_dossier(demo_session, YEAR, target)
    paper = evaluation_papers.dossier_paper(demo_session, YEAR, as_of=demo_session.today())
    forms = {row[1][-3:-1]: int(row[2] or 0) for row in paper.rows[1:4]}  # "(Mẫu 2A)"
    rows = _rows(demo_session)
    assert forms == {
        "2A": sum(1 for r in rows if r.frame == "leader"),
        "2B": sum(1 for r in rows if r.frame == "staff"),
        "2C": sum(1 for r in rows if r.frame == "outside"),
    }
    assert sum(forms.values()) == len(rows)
    text = pdf_text(target)
    assert "DANH MỤC HỒ SƠ" in text and "Mẫu 04-HD KĐ.ĐG 2025" in text
    assert "(Mẫu 2B)" in text and "Biên bản hội nghị kiểm điểm" in text
    assert verification.verify(demo_session, result.code).status.value == "unchanged"


def test_the_commands(demo_session, capsys, tmp_path):
    person = _rows(demo_session)[0].person_id
    code, out = run(demo_session, capsys, "evaluation", "forms", "--year", "2025", "--person",
                    str(person), "-o", str(tmp_path / "a.docx"))  # fmt: skip
    assert code == 0 and "Đã in 1 bản kiểm điểm năm 2025 (điền sẵn)" in out
    code, out = run(demo_session, capsys, "evaluation", "forms", "--year", "2025", "--blank",
                    "-o", str(tmp_path / "b.pdf"))  # fmt: skip
    assert code == 0 and "(mẫu trống)" in out
    code, out = run(demo_session, capsys, "evaluation", "votes", "--year", "2025", "-o",
                    str(tmp_path / "c.pdf"))  # fmt: skip
    assert code == 0 and "-DS" in out and "mã xác thực" in out
    code, out = run(demo_session, capsys, "evaluation", "dossier", "--year", "2025", "-o",
                    str(tmp_path / "d.docx"))  # fmt: skip
    assert code == 0 and "danh mục hồ sơ" in out
    with pytest.raises(ChiboError, match=".pdf hoặc .docx"):
        run(demo_session, capsys, "evaluation", "forms", "-o", str(tmp_path / "e.txt"))


def test_the_year_list_prints_the_cap_and_marks_a_proposal_not_yet_decided(
    demo_session, capsys, tmp_path
):
    """366 Điều 12: the final level is the competent level's decision when recorded, else
    the chi bộ's proposal marked as such; Điều 11 k1.4: the cap lines on the printed list."""
    for year, marked in ((YEAR, False), (YEAR + 1, True)):
        rows = evaluation_lists.list_year(demo_session, year)
        proposals = [r for r in rows if r.final and not r.decided]
        decided = [r for r in rows if r.decided]
        assert bool(proposals) == marked and bool(decided) != marked  # demo: 2025 decided
        target = tmp_path / f"xep loai {year}.pdf"
        code, _out = run(demo_session, capsys, "evaluation", "export", "--year", str(year),
                         "-o", str(target))  # fmt: skip
        assert code == 0
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"],
                              check=True, capture_output=True, text=True)  # fmt: skip
        text = " ".join(unicodedata.normalize("NFC", done.stdout).split())  # cells read whole
        assert ("(chi bộ đề nghị)" in text) == marked
        assert text.count("(chi bộ đề nghị)") == len(proposals)
        checks = evaluation_lists.cap_checks(demo_session, year)  # frames with a "xuất sắc"
        assert checks or marked  # the decided year has some
        for check in checks:
            assert " ".join(str(check.text).split()) in text
        assert ("Tỷ lệ xuất sắc:" in text) == bool(checks)


def test_a_member_outside_the_political_system_gets_mau_2c(demo_session, tmp_path):
    """HD 43 Mẫu 2C for a member whose frame is Phụ lục 5 (the frame is editable per year)."""
    from chibo_app.services import evaluation

    row = next(
        r
        for r in evaluation_lists.list_year(demo_session, YEAR + 1)
        if r.party_member and not r.exempt_reason and r.evaluation_id and r.frame == "staff"
        and r.status != "evaluated"
    )  # fmt: skip
    opened = evaluation.get_evaluation(demo_session, row.person_id, YEAR + 1)
    evaluation.save_evaluation(demo_session, opened.with_changes(frame="outside"))
    target = tmp_path / "2c.pdf"
    result = review_forms.print_forms(demo_session, YEAR + 1, [row.person_id], target)
    assert (result.forms, result.filled) == (1, 1)
    text = pdf_text(target)
    assert "(Dùng cho đảng viên không làm việc trong hệ thống chính trị)" in text
    assert "Phụ lục 5" in text and row.full_name in text
    assert "theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công" in text


def test_the_votes_and_the_dossier_are_papers_recorded_only_when_they_leave(demo_session, tmp_path):
    from chibo_app.services import documents, papers
    from chibo_app.storage import documents_repo

    def entries():
        return len(documents_repo.list_documents(demo_session.db))

    before, next_number = entries(), documents.next_number(demo_session, "DS")
    # a year whose summary was never printed (YEAR's is, earlier in the module: printed
    # again unchanged it keeps its number, test_the_vote_list_says_each_vote_and_the_cap)
    votes = evaluation_papers.votes_for_print(demo_session, YEAR + 1)
    dossier = evaluation_papers.dossier_for_print(demo_session, YEAR)
    for paper in (votes, dossier):
        rendered = papers.render(paper)  # the print preview's PDF, in memory
        assert rendered.pdf.startswith(b"%PDF") and rendered.pages >= 1
    assert entries() == before and documents.next_number(demo_session, "DS") == next_number
    assert votes.facts.number == next_number and votes.suffixes == (".pdf", ".docx")
    papers.issue(demo_session, votes, tmp_path / "bieu-quyet.docx")
    papers.save_rendered(demo_session, papers.render(votes), tmp_path / "bieu-quyet.pdf")
    assert f"Số {next_number:02d}-DS" in pdf_text(tmp_path / "bieu-quyet.pdf")
    assert entries() == before + 1  # Word and PDF: one document
    status = verification.verify(demo_session, votes.codes[0]).status
    assert status == documents.VerifyStatus.UNCHANGED


def test_the_dossier_is_dated_the_voting_meetings_day_as_the_vote_summary(demo_session, tmp_path):
    """The danh mục hồ sơ goes up with the meeting's papers: its date line is the day of
    the meeting that voted, as the tổng hợp biểu quyết's, not the day it is printed; a
    dossier printed before, under its print day, still verifies unchanged."""
    import dataclasses as dc

    from chibo_app.core.verification import Subject
    from chibo_app.services import cell, documents, papers

    today = demo_session.today()
    votes = evaluation_papers.vote_paper(demo_session, YEAR, number=None, as_of=today)
    dossier = evaluation_papers.dossier_paper(demo_session, YEAR, as_of=today)
    assert votes.dated is not None and votes.dated != today  # the demo's meeting, in 2025
    assert dossier.dated == votes.dated
    line = f"ngày {votes.dated.day:02d} tháng {votes.dated.month} năm {votes.dated.year}"
    for suffix in (".pdf", ".docx"):
        target = tmp_path / f"danh muc{suffix}"
        papers.issue(demo_session, evaluation_papers.dossier_for_print(demo_session, YEAR), target)
        text = pdf_text(target) if suffix == ".pdf" else docx_text(target)
        assert line in text and f"ngày {today.day:02d} tháng {today.month} năm" not in text
    # A dossier printed the day before, dated that day as dossiers used to be.
    before = today - dt.timedelta(days=1)
    earlier = dc.replace(
        evaluation_papers.dossier_paper(demo_session, YEAR, as_of=before), dated=before
    )
    settings = cell.load_settings(demo_session)
    record = evaluation_papers._record(
        earlier,
        settings.term,
        f"Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại năm {YEAR} (bản cũ)",
        Subject(evaluation_papers.DOSSIER_SUBJECT, (YEAR,)),
    )
    documents.record_documents(demo_session, [record], printed_on=before)
    assert verification.verify(demo_session, record.code).status.value == "unchanged"
    # … and one whose content differs from what the data gives is still "changed".
    other = dc.replace(earlier, totals=["Số đảng viên kiểm điểm, đánh giá, xếp loại: 1."])
    altered = evaluation_papers._record(other, settings.term, record.title, record.subject)
    documents.record_documents(demo_session, [altered], printed_on=before)
    assert verification.verify(demo_session, altered.code).status.value == "changed"


def test_a_blank_leaders_form_has_its_chuc_vu_blank_on_one_line(demo_session, tmp_path):
    """Mẫu 2A to fill by hand: "Chức vụ: ……" on one line, in the PDF as in the Word copy
    (36 "…" ran onto a second line, leaving "Chức   vụ:" stretched across the first)."""
    from docx import Document
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from chibo_app.documents import fonts
    from chibo_app.documents.page_settings import PageSettings

    leader = next(r for r in _rows(demo_session) if r.frame == "leader")
    pdf, word = tmp_path / "2a.pdf", tmp_path / "2a.docx"
    for target in (pdf, word):
        review_forms.print_forms(demo_session, YEAR, [leader.person_id], target, blank=True)
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    lines = [
        " ".join(line.split()) for line in unicodedata.normalize("NFC", done.stdout).splitlines()
    ]
    (line,) = [line for line in lines if line.startswith("Chức vụ")]
    assert line.startswith("Chức vụ: ……") and line.endswith("…")
    (paragraph,) = [p for p in Document(str(word)).paragraphs if p.text.startswith("Chức vụ")]
    fonts.register_fonts()
    settings = PageSettings()
    width = stringWidth(paragraph.text, fonts.REGULAR, settings.body_size)
    assert width < settings.frame_width - 10
