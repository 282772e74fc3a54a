"""The đảng ủy's combined documents: figures summed from the cells' packages equal the sums
of the cells' own `chibo report --json`; lists and summaries in PDF, .xlsx and .docx,
numbered in the đảng ủy's register and verifiable."""

from __future__ import annotations

import json
import subprocess

import pytest
from docx import Document
from openpyxl import load_workbook

from chibo_app.core.dang_bo_figures import cap_allowed, sum_figures
from chibo_app.core.people import Kind, Person
from chibo_app.services import evaluation_lists, people, verification
from chibo_app.services.session import open_session
from tests.package_helpers import CELLS, YEAR, chibo, copy_cells, make_cells, make_committee


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_cells(tmp_path_factory.mktemp("cells"))


@pytest.fixture
def cells(made, tmp_path):
    return copy_cells(made, tmp_path)


@pytest.fixture
def committee(cells, tmp_path, capsys):
    """A đảng bộ file with the three cells' packages imported."""
    path = make_committee(tmp_path / "dang-bo.sqlite")
    files = []
    for cell in cells:
        target = tmp_path / f"{cell.stem}.chibo"
        assert chibo(cell, "package", "export", "--year", YEAR, "-o", target) == 0
        files.append(target)
    assert chibo(path, "package", "import", *files) == 0
    capsys.readouterr()
    return path


def json_of(db, capsys, *args):
    capsys.readouterr()
    assert chibo(db, *args) == 0
    return json.loads(capsys.readouterr().out)


def int_leaves(value, path=""):
    """path → int for every count in a report's figures (lists of objects by their
    identifying key; other lists, the year and the months themselves left out)."""
    found = {}
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("year", "month", "nomination_id"):
                continue
            found.update(int_leaves(item, f"{path}.{key}"))
    elif isinstance(value, list):
        for item in value:
            key = next((k for k in ("code", "field", "month", "form") if k in item), None)
            if isinstance(item, dict) and key:
                found.update(int_leaves(item, f"{path}[{item[key]}]"))
    elif isinstance(value, int) and not isinstance(value, bool):
        found[path] = value
    return found


def test_the_combined_figures_are_the_sums_of_the_cells_own_reports(cells, committee, capsys):
    own = [json_of(c, capsys, "report", "--year", YEAR, "--json") for c in cells]
    combined = json_of(committee, capsys, "dang-bo", "report", "--year", YEAR, "--json")
    assert combined["cells"] == 3 and combined["missing"] == []
    expected: dict[str, int] = {}
    for report in own:
        for path, value in int_leaves(report).items():
            expected[path] = expected.get(path, 0) + value
    assert int_leaves(combined["figures"]) == expected
    assert expected[".people.total"] == sum(r["people"]["total"] for r in own)
    assert expected[".meetings.regular"] > 0 and expected[".nominations.total"] > 0
    plans = combined["figures"]["plans"]
    assert plans["confirmed_percent"] == round(100 * plans["confirmed"] / plans["people"], 1)
    # Attendance: the average over every meeting held, each cell weighted by its meetings.
    held = [sum(r["meetings"][k] for k in ("regular", "thematic", "extraordinary")) for r in own]
    rates = [r["meetings"]["average_attendance"] for r in own]
    weighted = sum(a * n for a, n in zip(rates, held, strict=True)) / sum(held)
    assert combined["figures"]["meetings"]["average_attendance"] == round(weighted, 1)
    names = [name for name, _p, _s in CELLS]
    assert {c["name"]: c["figures"] for c in combined["per_cell"]} == dict(
        zip(names, own, strict=True)
    )
    assert combined["narrative"]["results"][0].startswith("Thực hiện Kế hoạch học tập")


def test_a_changed_cell_changes_the_combined_figures(cells, committee, tmp_path, capsys):
    before = json_of(committee, capsys, "dang-bo", "report", "--year", YEAR, "--json")
    session = open_session(cells[1])
    people.save_person(
        session, Person(full_name="Đinh Văn Mới", kind=Kind.PROBATIONARY, admitted_on="2026-06-01")
    )
    session.close()
    again = tmp_path / "again.chibo"
    assert (
        chibo(cells[1], "package", "export", "--year", YEAR, "--part", "report", "-o", again) == 0
    )
    assert chibo(committee, "package", "import", again) == 0
    after = json_of(committee, capsys, "dang-bo", "report", "--year", YEAR, "--json")
    assert (
        after["figures"]["people"]["probationary"]
        == before["figures"]["people"]["probationary"] + 1
    )
    assert after["figures"]["people"]["total"] == before["figures"]["people"]["total"] + 1


def test_a_cell_without_its_report_is_named_missing(cells, tmp_path, capsys):
    committee = make_committee(tmp_path / "other.sqlite")
    part = tmp_path / "n.chibo"
    assert chibo(cells[0], "package", "export", "--part", "nominations", "-o", part) == 0
    full = tmp_path / "all.chibo"
    assert chibo(cells[1], "package", "export", "-o", full) == 0
    assert chibo(committee, "package", "import", part, full) == 0
    combined = json_of(committee, capsys, "dang-bo", "report", "--json")
    assert combined["missing"] == ["Chi bộ Sở Ngoại vụ"]
    assert combined["reporting"] == ["Chi bộ Phòng Lãnh sự"]
    own = json_of(cells[1], capsys, "report", "--json")
    assert int_leaves(combined["figures"]) == int_leaves(own)
    assert any("chưa gửi báo cáo" in line for line in combined["narrative"]["shortcomings"])


def pdf_text(path):
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_combined_nominations_list_groups_by_cell(cells, committee, tmp_path, capsys):
    pdf = tmp_path / "ds.pdf"
    assert chibo(committee, "dang-bo", "export", "nominations", "--year", YEAR, "-o", pdf) == 0
    assert "Số 01-DS/ĐU" in capsys.readouterr().out
    text = pdf_text(pdf)
    assert "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" in text and "ĐẢNG BỘ TỈNH HÀ TĨNH" in text
    assert "của các chi bộ trực thuộc" in text and "T/M ĐẢNG ỦY" in text
    positions = [text.index(f"{n}. {name.upper()}") for n, name in enumerate(
        sorted(name for name, _p, _s in CELLS), start=1)]  # fmt: skip
    assert positions == sorted(positions)
    # Every nomination each cell lists (not the ones not selected) is under its cell.
    for cell in cells:
        listed = json_of(cell, capsys, "nominations", "list", "--year", YEAR, "--json")
        for item in listed:
            if item["status"] != "not_selected" and item["kind"] == "individual":
                assert item["name"] in text
    xlsx = tmp_path / "ds.xlsx"
    assert chibo(committee, "dang-bo", "export", "nominations", "-o", xlsx) == 0
    sheet = load_workbook(xlsx).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "1. CHI BỘ PHÒNG LÃNH SỰ" in values and "I. TẬP THỂ" in values
    assert sheet.page_setup.orientation == "landscape"
    docx = tmp_path / "ds.docx"
    assert chibo(committee, "dang-bo", "export", "nominations", "-o", docx) == 0
    cells_text = [c.text for t in Document(docx).tables for row in t.rows for c in row.cells]
    assert "2. CHI BỘ SỞ NGOẠI VỤ" in cells_text


def test_the_classification_summary_counts_each_cells_party_members(
    cells, committee, tmp_path, capsys
):
    pdf = tmp_path / "xl.pdf"
    assert chibo(committee, "dang-bo", "export", "classification", "-o", pdf) == 0
    text = pdf_text(pdf)
    # the kind in capitals, the trích yếu under it in lower case (Hướng dẫn 36-HD/VPTW)
    assert "BÁO CÁO" in text
    assert "tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên" in text
    assert "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ" not in text
    xlsx = tmp_path / "xl.xlsx"
    assert chibo(committee, "dang-bo", "export", "classification", "-o", xlsx) == 0
    rows = [r for r in load_workbook(xlsx).active.iter_rows(values_only=True) if r[1]]
    by_cell = {r[1]: r for r in rows if isinstance(r[1], str) and r[1].startswith("Chi bộ ")}
    totals = [0, 0, 0]
    for cell, (name, _p, _s) in zip(cells, CELLS, strict=True):
        session = open_session(cell)
        listed = evaluation_lists.list_year(session, YEAR)
        session.close()
        members = [r for r in listed if r.party_member]
        excellent = sum(1 for r in members if r.final == "excellent" and not r.exempt_reason)
        good = sum(1 for r in members if r.final == "good" and not r.exempt_reason)
        row = by_cell[name]
        assert row[2] == str(len(members))
        assert row[6].split(" ")[0] == str(excellent) and row[7].split(" ")[0] == str(good)
        assert row[11] == str(cap_allowed(good))  # 366-QĐ/TW Điều 11 k1.4, per cell
        totals = [totals[0] + len(members), totals[1] + excellent, totals[2] + good]
    total = next(r for r in rows if r[1] == "Cộng")
    assert total[2] == str(totals[0]) and total[6].split(" ")[0] == str(totals[1])
    assert total[11] == str(cap_allowed(totals[2]))  # and overall
    assert f"tối đa {cap_allowed(totals[2])}" in text.replace("\n", " ")


def test_plans_and_meetings_summaries(cells, committee, tmp_path, capsys):
    own = [json_of(c, capsys, "report", "--json") for c in cells]
    plans = tmp_path / "kh.docx"
    assert chibo(committee, "dang-bo", "export", "plans", "-o", plans) == 0
    text = "\n".join(p.text for p in Document(plans).paragraphs)
    confirmed = sum(r["plans"]["confirmed"] for r in own)
    people_count = sum(r["plans"]["people"] for r in own)
    assert f"{confirmed}/{people_count} kế hoạch cá nhân đã được chi bộ xác nhận" in text
    meetings = tmp_path / "sh.xlsx"
    assert chibo(committee, "dang-bo", "export", "meetings", "-o", meetings) == 0
    rows = {r[1]: r for r in load_workbook(meetings).active.iter_rows(values_only=True) if r[1]}
    assert rows["Chi bộ"][4:8] == ("Chuyên đề quý I", "Chuyên đề quý II",
                                    "Chuyên đề quý III", "Chuyên đề quý IV")  # fmt: skip
    for report, (name, _p, _s) in zip(own, CELLS, strict=True):
        m = report["meetings"]
        quarters = [0, 0, 0, 0]
        for month in m["by_month"]:
            quarters[(month["month"] - 1) // 3] += month["thematic"]
        assert rows[name][2] == f"{m['months_with_regular']}/{m['months_due']}"
        assert list(rows[name][4:8]) == [str(q) for q in quarters]


def test_one_content_keeps_one_number_in_every_format_and_verifies(
    cells, committee, tmp_path, capsys
):
    codes = set()
    for suffix in (".pdf", ".docx", ".xlsx"):
        target = tmp_path / f"bc{suffix}"
        assert chibo(committee, "dang-bo", "report", "-o", target) == 0
        out = capsys.readouterr().out
        assert "Số 01-BC/ĐU" in out  # the same report as another file: a reprint
        codes.add(out.split("mã xác thực ")[1].strip(" .\n"))
    assert len(codes) == 1
    assert chibo(committee, "dang-bo", "export", "plans", "-o", tmp_path / "kh.pdf") == 0
    assert "Số 02-BC/ĐU" in capsys.readouterr().out  # another document: the next number
    (code,) = codes
    assert chibo(committee, "verify", code) == 0
    assert "không thay đổi kể từ khi in" in capsys.readouterr().out
    session = open_session(cells[0])
    people.save_person(
        session, Person(full_name="Lê Văn Sau", kind=Kind.FULL, admitted_on="2015-02-03")
    )
    session.close()
    again = tmp_path / "again.chibo"
    assert chibo(cells[0], "package", "export", "--part", "report", "-o", again) == 0
    assert chibo(committee, "package", "import", again) == 0
    capsys.readouterr()
    assert chibo(committee, "dang-bo", "report", "-o", tmp_path / "bc2.pdf") == 0
    assert "Số 03-BC/ĐU" in capsys.readouterr().out  # new figures: a new report
    assert chibo(committee, "verify", code) == 0  # the first still matches its packages
    assert "không thay đổi kể từ khi in" in capsys.readouterr().out


def test_sum_figures_keeps_names_and_recomputes_shares():
    a = {"year": 2026, "plans": {"people": 4, "confirmed": 1, "confirmed_percent": 25.0},
         "meetings": {"regular": 2, "thematic": 0, "extraordinary": 0, "average_attendance": 90.0,
                      "by_month": [{"month": 1, "regular": 2, "attendance": 90.0}]}}  # fmt: skip
    b = {"year": 2026, "plans": {"people": 6, "confirmed": 6, "confirmed_percent": 100.0},
         "meetings": {"regular": 1, "thematic": 1, "extraordinary": 0, "average_attendance": 60.0,
                      "by_month": [{"month": 1, "regular": 1, "attendance": 60.0},
                                   {"month": 2, "regular": 1, "attendance": 60.0}]}}  # fmt: skip
    total = sum_figures([a, b])
    assert total["year"] == 2026
    assert total["plans"] == {
        "people": 10,
        "confirmed": 7,
        "confirmed_percent": 70.0,
        "deadline": None,
    }
    assert total["meetings"]["average_attendance"] == 75.0  # (90×2 + 60×2) / 4 meetings
    assert [m["month"] for m in total["meetings"]["by_month"]] == [1, 2]
    assert sum_figures([]) == {}


def test_a_combined_document_is_a_paper_recorded_only_when_it_leaves(committee, tmp_path):
    from chibo_app.core.verification import display_code
    from chibo_app.services import dang_bo_printing, documents, papers
    from chibo_app.storage import documents_repo

    session = open_session(committee)
    paper = dang_bo_printing.paper(session, "classification", YEAR)
    assert paper.facts.number == 1 and paper.suffixes == (".pdf", ".docx", ".xlsx")
    rendered = papers.render(paper)  # the print preview's PDF, in memory
    assert rendered.pdf.startswith(b"%PDF") and rendered.pages >= 1
    assert documents_repo.list_documents(session.db, doc_type="BC") == []
    pdf = tmp_path / "xep-loai.pdf"
    papers.save_rendered(session, rendered, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Số 01-BC/ĐU" in text and display_code(paper.codes[0]) in text
    papers.issue(session, paper, tmp_path / "xep-loai.docx")
    papers.issue(session, paper, tmp_path / "xep-loai.xlsx")
    footer = Document(str(tmp_path / "xep-loai.docx")).sections[0].footer.paragraphs[0].text
    assert display_code(paper.codes[0]) in footer
    sheet = load_workbook(tmp_path / "xep-loai.xlsx").active
    assert any(display_code(paper.codes[0]) in str(c.value) for r in sheet.iter_rows() for c in r)
    recorded = documents_repo.list_documents(session.db, doc_type="BC")
    assert [r.number for r in recorded] == [1]  # PDF, Word and Excel: one document
    assert verification.verify(session, paper.codes[0]).status == documents.VerifyStatus.UNCHANGED
    unprinted = dang_bo_printing.paper(session, "plans", YEAR)
    papers.render(unprinted)  # previewed and closed: it takes no number
    assert unprinted.facts.number == 2 and documents.next_number(session, "BC") == 2
    session.close()


@pytest.mark.parametrize("kind", ["nominations", "classification", "plans", "meetings", "report"])
def test_a_combined_document_printed_in_capitals_keeps_its_code(committee, tmp_path, kind):
    """Printed before in capitals, a combined document still verifies UNCHANGED: the new
    layout (trích yếu in lower case, Hướng dẫn 36-HD/VPTW) is hashed as first printed."""
    import dataclasses

    from chibo_app.documents import summary_document
    from chibo_app.services import dang_bo_documents, documents
    from chibo_app.services.cell import load_settings

    session = open_session(committee)
    cell = load_settings(session)
    doc = dang_bo_documents.build(session, kind, YEAR, 1, session.today())
    assert doc.title[0].isupper() and doc.title[1] == doc.title[1].lower()
    before = dataclasses.replace(doc, title=doc.hashed_title, hashed_title=())
    assert before.title[1].isupper()
    # the document as printed before this change: its record, code and all
    documents.record_document(
        session, summary_document.printed_record(before, cell), printed_on=session.today()
    )
    record = summary_document.printed_record(doc, cell)
    assert record.code == summary_document.printed_record(before, cell).code
    status = verification.verify(session, record.code).status
    assert status == documents.VerifyStatus.UNCHANGED
    session.close()
