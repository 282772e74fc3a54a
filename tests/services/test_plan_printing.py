"""Printing plans from the database: forms, the signed-off list, the register, verify."""

import subprocess
import unicodedata

import pytest
from openpyxl import load_workbook

from chibo_app.core.people import Kind
from chibo_app.core.plans import PlanStatus, PlanTask
from chibo_app.documents.party_document import Cancelled
from chibo_app.errors import ChiboError
from chibo_app.services import demo, documents, people, plan_lists, plans, verification
from chibo_app.services.documents import VerifyStatus
from chibo_app.services.plan_print_data import due_text, plan_form_data
from chibo_app.storage import documents_repo, plans_repo

YEAR = 2026


def text_of(path, page=None):
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return " ".join(unicodedata.normalize("NFC", done.stdout).split())


def squeeze(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def printing():
    """services.plan_printing, imported when a test runs: importing it registers the
    verify sources, which tests/documents/test_register.py expects to find empty."""
    from chibo_app.services import plan_printing  # noqa: PLC0415

    return plan_printing


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=30, seed=7)
    return session


def year_plans(session):
    return {p.person_id: p for p in plans_repo.plans_of_year(session.db, YEAR)}


def test_a_filled_print_has_every_name_and_task_with_diacritics(printing, demo_session, tmp_path):
    rows = plan_lists.list_year_plans(demo_session, YEAR)
    by_person = year_plans(demo_session)
    target = tmp_path / "Kế hoạch.pdf"
    result = printing.print_plans(demo_session, YEAR, None, target)
    assert result.forms == len(rows)
    assert result.filled == len(by_person) and result.blank == len(rows) - len(by_person)
    text = text_of(target)
    for row in rows:
        assert squeeze(row.full_name) in text
    sample = next(p for p in by_person.values() if len(p.tasks) >= 3)
    for task in sample.tasks:
        # table cells wrap, so compare the first words of each task and target
        assert " ".join(task.text.split()[:4]) in text
        if task.target:
            assert " ".join(task.target.split()[:2]) in text
    for remedy in sample.remedies:
        assert " ".join(remedy.split()[:6]) in text
    stored = documents_repo.list_documents(demo_session.db, doc_type="KHCN")
    assert [d.code for d in stored] == result.codes and all(d.number is None for d in stored)
    assert {d.subject_ids[0] for d in stored} == {p.id for p in by_person.values()}


def test_forms_say_what_the_plan_says(demo_session):
    confirmed = next(
        p for p in year_plans(demo_session).values() if p.status == PlanStatus.CONFIRMED
    )
    form = plan_form_data(demo_session, confirmed.person_id, YEAR)
    assert form.plan_id == confirmed.id and form.year == YEAR
    assert [t.text for t in form.tasks] == [t.text for t in confirmed.tasks]
    assert [t.due for t in form.tasks] == [due_text(t.due) for t in confirmed.tasks]
    assert form.confirmed_on.isoformat() == confirmed.confirmed_on
    assert form.confirmed_by == confirmed.confirmed_by
    assert form.party_position  # a position or the person's kind ("Đảng viên")
    assert form.cell_name == "Chi bộ Sở Ngoại vụ"
    blank = plan_form_data(demo_session, confirmed.person_id, YEAR, blank=True)
    assert blank.full_name == form.full_name and not blank.tasks and blank.plan_id is None


def test_due_dates_print_as_the_plans_page_shows_them():
    assert due_text("2026-Q2") == "Quý II/2026"
    assert due_text("2026-06") == "Tháng 6/2026"
    assert due_text("2026-06-30") == "30/06/2026"
    assert due_text("ongoing") == "Thường xuyên"
    assert due_text(None) == ""


def test_blank_forms_carry_no_code_and_are_not_recorded(printing, demo_session, tmp_path):
    ids = list(year_plans(demo_session))[:3]
    result = printing.print_plans(demo_session, YEAR, ids, tmp_path / "blank.pdf", blank=True)
    assert (result.forms, result.filled, result.blank, result.codes) == (3, 0, 3, [])
    text = text_of(tmp_path / "blank.pdf")
    assert "Mã xác thực" not in text and "ngày …… tháng …… năm 2026" in text
    assert documents_repo.list_documents(demo_session.db) == []


def test_verify_unchanged_then_changed_after_an_edit(printing, demo_session, tmp_path):
    draft = next(p for p in year_plans(demo_session).values() if p.status == PlanStatus.DRAFT)
    result = printing.print_plans(demo_session, YEAR, [draft.person_id], tmp_path / "a.pdf")
    (code,) = result.codes
    assert verification.verify(demo_session, code).status == VerifyStatus.UNCHANGED
    again = printing.print_plans(demo_session, YEAR, [draft.person_id], tmp_path / "b.pdf")
    assert again.codes == [code]  # a reprint of the same content: one record
    assert len(documents_repo.list_documents(demo_session.db, doc_type="KHCN")) == 1
    plans.save_plan(demo_session, draft.with_changes(tasks=(*draft.tasks, PlanTask("Mới", "1"))))
    checked = verification.verify(demo_session, code.lower())
    assert checked.status == VerifyStatus.CHANGED
    assert "đã bị sửa sau khi in" in str(checked.message)


def test_verify_sees_a_reopened_plan(printing, demo_session, tmp_path):
    from chibo_app.services.evaluation import plan_is_evaluated  # noqa: PLC0415

    confirmed = next(
        p
        for p in year_plans(demo_session).values()
        if p.status == PlanStatus.CONFIRMED and not plan_is_evaluated(demo_session, p.id)
    )
    result = printing.print_plans(demo_session, YEAR, [confirmed.person_id], tmp_path / "a.pdf")
    assert verification.verify(demo_session, result.codes[0]).status == VerifyStatus.UNCHANGED
    plans.reopen(demo_session, confirmed.id, "Bổ sung chỉ tiêu")
    assert verification.verify(demo_session, result.codes[0]).status == VerifyStatus.CHANGED


def test_cancel_writes_nothing_and_records_nothing(printing, demo_session, tmp_path):
    target = tmp_path / "huy.pdf"
    seen = []
    with pytest.raises(Cancelled):
        printing.print_plans(
            demo_session,
            YEAR,
            None,
            target,
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: len(seen) >= 3,
        )
    assert not target.exists() and not list(tmp_path.glob("*.pdf*"))  # no temporary file
    assert not list(tmp_path.glob(".huy-*"))
    assert documents_repo.list_documents(demo_session.db) == []


def test_unknown_people_and_nobody_are_refused(printing, demo_session, tmp_path):
    with pytest.raises(ChiboError, match="Không tìm thấy người có mã 99999"):
        printing.print_plans(demo_session, YEAR, [99999], tmp_path / "x.pdf")
    with pytest.raises(ChiboError, match="không có ai"):
        printing.print_plans(demo_session, YEAR, [], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def confirmed_names(session):
    by_person = year_plans(session)
    rows = plan_lists.list_year_plans(session, YEAR)
    names = {r.person_id: r.full_name for r in rows}
    return sorted(names[i] for i, p in by_person.items() if p.status == PlanStatus.CONFIRMED)


def test_signed_off_list_pdf_rows_are_the_confirmed_plans(printing, demo_session, tmp_path):
    names = confirmed_names(demo_session)
    everyone = len(plan_lists.list_year_plans(demo_session, YEAR))
    result = printing.print_signed_off(demo_session, YEAR, tmp_path / "ds.pdf")
    assert (result.confirmed, result.total, result.number) == (len(names), everyone, 1)
    text = text_of(tmp_path / "ds.pdf")
    assert "Số 01-DS/CB" in text
    assert f"Tổng số: {len(names)}/{everyone} kế hoạch" in text
    for name in names:
        assert name in text
    (stored,) = documents_repo.list_documents(demo_session.db, doc_type="DS")
    assert (stored.number, stored.code) == (1, result.code)
    assert verification.verify(demo_session, result.code).status == VerifyStatus.UNCHANGED
    submitted = next(
        p for p in year_plans(demo_session).values() if p.status == PlanStatus.SUBMITTED
    )
    plans.confirm(demo_session, submitted.id)  # one more confirmed: the paper list is old
    assert verification.verify(demo_session, result.code).status == VerifyStatus.CHANGED
    assert documents.next_number(demo_session, "DS") == 2


def test_signed_off_list_xlsx_rows_and_number(printing, demo_session, tmp_path):
    names = confirmed_names(demo_session)
    result = printing.print_signed_off(demo_session, YEAR, tmp_path / "ds.xlsx", number=7)
    sheet = load_workbook(tmp_path / "ds.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[0] == "STT")
    body = []
    for row in values[header + 1 :]:
        if row[0] is None:
            break
        body.append(row)
    # Đảng viên and quần chúng in their own parts, each numbered from 1.
    kinds = {r.full_name: r.kind for r in people.list_rows(demo_session)}
    parts = {}
    for row in body:
        if isinstance(row[0], str):
            part = parts.setdefault(row[0], [])
        else:
            part.append(row)
    assert list(parts) == ["I. ĐẢNG VIÊN", "II. QUẦN CHÚNG"]
    for title, rows in parts.items():
        assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
        party = title == "I. ĐẢNG VIÊN"
        assert all((kinds[r[1]] != Kind.NON_PARTY) == party for r in rows)
    assert sorted(r[1] for rows in parts.values() for r in rows) == names
    assert any(v and str(v).startswith("Số 07-DS/CB") for row in values for v in row)
    titles = [row[0] for row in values[:12] if row and isinstance(row[0], str)]
    assert "DANH SÁCH" in titles  # the kind's name alone, the trích yếu under it (36-HD)
    assert "cán bộ, đảng viên xây dựng kế hoạch học tập và làm theo" in titles
    assert result.number == 7 and documents.next_number(demo_session, "DS") == 8


def test_a_number_in_use_is_refused_before_writing(printing, demo_session, tmp_path):
    printing.print_signed_off(demo_session, YEAR, tmp_path / "a.pdf", number=3)
    # the same list again, same number: the same document, allowed (a reprint)
    printing.print_signed_off(demo_session, YEAR, tmp_path / "b.xlsx", number=3)
    submitted = next(
        p for p in year_plans(demo_session).values() if p.status == PlanStatus.SUBMITTED
    )
    plans.confirm(demo_session, submitted.id)
    with pytest.raises(ChiboError, match="Số 03-DS/CB đã dùng"):
        printing.print_signed_off(demo_session, YEAR, tmp_path / "c.pdf", number=3)
    assert not (tmp_path / "c.pdf").exists()
    with pytest.raises(ChiboError, match=r"\.pdf, \.docx hoặc \.xlsx"):  # .docx is written
        printing.print_signed_off(demo_session, YEAR, tmp_path / "c.odt")


def test_no_confirmed_plan_no_list(printing, session, tmp_path):
    with pytest.raises(ChiboError, match="chưa có kế hoạch nào được chi bộ xác nhận"):
        printing.print_signed_off(session, YEAR, tmp_path / "ds.pdf")
