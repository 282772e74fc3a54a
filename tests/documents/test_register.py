import pytest
from doc_helpers import form

from chibo_app.core.signed_off_list import SignedOffListData, SignedOffRow, printed_list
from chibo_app.core.verification import (
    Subject,
    display_code,
    normalise_code,
    printed,
    verification_code,
)
from chibo_app.documents.plan_form import DOC_TYPE as PLAN
from chibo_app.documents.plan_form import printed_form, write_plan_forms
from chibo_app.errors import ChiboError
from chibo_app.services import documents, verification
from chibo_app.services.cell import load_settings
from chibo_app.storage import documents_repo, records


def _list(number, year=2026, names=("Nguyễn Văn An",)):
    rows = [SignedOffRow(n, person_id=i) for i, n in enumerate(names, start=1)]
    return SignedOffListData(year=year, rows=rows, total=3, number=number)


def test_numbers_increase_per_type_and_term(session):
    cell = load_settings(session)
    assert documents.next_number(session, "DS") == 1
    documents.record_document(session, printed_list(_list(1), cell), printed_on=session.today())
    assert documents.next_number(session, "DS") == 2
    documents.record_document(
        session, printed_list(_list(2, names=("Lê Văn Hải",)), cell), printed_on=session.today()
    )
    assert documents.next_number(session, "DS") == 3
    assert documents.next_number(session, "KH") == 1  # per type
    assert documents.next_number(session, "DS", term="2030–2035") == 1  # per term
    stored = documents_repo.list_documents(session.db, doc_type="DS")
    assert [d.number for d in stored] == [1, 2]
    assert stored[0].term == "2025–2030" and stored[0].created_by == "Bí thư"
    assert records.history_of(session.db, "documents", stored[0].id)[0]["action"] == "insert"


def test_a_number_cannot_be_reused_by_another_document(session):
    cell = load_settings(session)
    documents.record_document(session, printed_list(_list(4), cell), printed_on=session.today())
    with pytest.raises(ChiboError, match="Số 04-DS/CB đã dùng"):
        documents.record_document(
            session, printed_list(_list(4, names=("Khác",)), cell), printed_on=session.today()
        )


def test_reprinting_the_same_content_keeps_one_record(session):
    cell = load_settings(session)
    first = documents.record_document(
        session, printed_list(_list(1), cell), printed_on=session.today()
    )
    again = documents.record_document(
        session, printed_list(_list(1), cell), printed_on=session.today()
    )
    assert again.id == first.id
    assert len(documents_repo.list_documents(session.db)) == 1


def test_verify_round_trip_and_change_detection(session, tmp_path, monkeypatch):
    cell = load_settings(session)
    current = {"form": form(plan_id=11)}
    monkeypatch.setitem(
        verification.SOURCES,
        (PLAN, None),
        lambda s, row: printed_form(current["form"], cell).content_hash,
    )
    result = write_plan_forms(tmp_path / "f.pdf", [current["form"]], cell)
    documents.record_documents(session, result.printed, printed_on=session.today())
    code = result.printed[0].code

    found = verification.verify(session, display_code(code).lower())  # as typed from paper
    assert found.status is documents.VerifyStatus.UNCHANGED
    assert found.document is not None and found.document.subject_ids == (11,)
    assert found.document.subject_table == "plans"
    said = str(found.message)
    assert "Nguyễn Thị Hồng Nhung" in said and "không thay đổi" in said

    current["form"] = form(plan_id=11, government_position="Chánh Văn phòng Sở")
    changed = verification.verify(session, f"CHIBO:{code}")  # as a QR scanner reads it
    assert changed.status is documents.VerifyStatus.CHANGED
    assert "đã bị sửa" in str(changed.message)


def test_verify_unknown_missing_and_unchecked(session, monkeypatch):
    cell = load_settings(session)
    assert verification.verify(session, "AAAAA-AAAAA").status is documents.VerifyStatus.NOT_FOUND
    plan = printed("KH", cell.term, 1, 2026, "Kế hoạch của chi bộ", {"a": 1})
    # No service rebuilds type KH.
    unchecked = documents.record_document(session, plan, printed_on=session.today())
    assert verification.verify(session, unchecked.code).status is documents.VerifyStatus.NOT_CHECKED
    record = documents.record_document(
        session, printed_list(_list(1), cell), printed_on=session.today()
    )
    monkeypatch.setitem(verification.SOURCES, ("DS", None), lambda s, row: None)
    assert verification.verify(session, record.code).status is documents.VerifyStatus.SOURCE_GONE


def test_batch_of_forms_recorded_unnumbered(session, tmp_path):
    cell = load_settings(session)
    forms = [form(plan_id=n, full_name=f"Người {n}") for n in range(1, 6)]
    result = write_plan_forms(tmp_path / "all.pdf", forms, cell)
    rows = documents.record_documents(session, result.printed, printed_on=session.today())
    assert [r.number for r in rows] == [None] * 5
    assert len({r.code for r in rows}) == 5
    assert documents.next_number(session, PLAN) == 1  # unnumbered documents take no number


def test_codes_are_deterministic_and_depend_on_every_input():
    base = printed("DS", "2025–2030", 3, 2026, "t", {"a": 1}, Subject("people", (1, 2)))
    assert (
        base.code == printed("DS", "2025–2030", 3, 2026, "other title", {"a": 1}, base.subject).code
    )
    variants = [
        printed("BC", "2025–2030", 3, 2026, "t", {"a": 1}, base.subject),
        printed("DS", "2030–2035", 3, 2026, "t", {"a": 1}, base.subject),
        printed("DS", "2025–2030", 4, 2026, "t", {"a": 1}, base.subject),
        printed("DS", "2025–2030", 3, 2026, "t", {"a": 2}, base.subject),
        printed("DS", "2025–2030", 3, 2026, "t", {"a": 1}, Subject("people", (1,))),
    ]
    assert len({v.code for v in variants} | {base.code}) == 6
    assert len(base.code) == 10 and base.code.isalnum() and base.code.isupper()


def test_code_normalisation():
    code = verification_code("DS", "", 1, Subject(), "x")
    assert normalise_code(f"  chibo:{display_code(code).lower()} ") == code
    assert normalise_code("ABC0D-1EF8G") == "ABCODIEFBG"


def test_record_refuses_a_code_that_does_not_match(session):
    cell = load_settings(session)
    item = printed_list(_list(1), cell)
    forged = type(item)(**{**item.__dict__, "code": "AAAAAAAAAA"})
    with pytest.raises(ValueError):
        documents.record_document(session, forged, printed_on=session.today())
