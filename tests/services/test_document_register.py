"""The register as listed on “Văn bản đã in”, and checking a code from the GUI."""

from chibo_app.core.text import fold
from chibo_app.core.verification import display_code
from chibo_app.services import verification
from chibo_app.services.document_register import list_register
from chibo_app.services.documents import VerifyStatus
from tests.register_helpers import record_sample


def test_newest_first_with_numbers_names_and_codes(session):
    made = record_sample(session)
    entries = list_register(session)
    assert [e.title for e in entries] == [
        "Danh sách đảng viên đã được xác nhận kế hoạch",
        "Kế hoạch cá nhân năm 2026 — Nguyễn Văn An",
        "Báo cáo kết quả năm 2025",
    ]
    first = entries[0]
    assert first.type_name == "Danh sách" and first.number == "Số 05-DS/CB"
    assert first.printed_text == "02/04/2026 09:15" and first.printed_by == "Bí thư"
    assert first.code == display_code(made[0].code)
    assert entries[1].number == ""  # a personal plan form has no register number
    assert entries[1].type_name == "Kế hoạch cá nhân"
    assert fold("nguyen van an") in entries[1].search_text


def test_one_year_only(session):
    record_sample(session)
    assert [e.year for e in list_register(session, 2025)] == [2025]
    assert list_register(session, 2030) == []


def test_verify_code_as_typed_on_paper(session, monkeypatch):
    made = record_sample(session)
    monkeypatch.setitem(verification.SOURCES, ("BC", None), lambda _s, row: row.content_hash)
    typed = display_code(made[2].code).lower().replace("-", " ")
    result = verification.verify(session, typed)
    assert result.status == VerifyStatus.UNCHANGED
    said = str(result.message)
    assert said.startswith(f"Mã {display_code(made[2].code)}: Báo cáo kết quả năm 2025")
    assert verification.verify(session, "AAAAA-AAAAA").status == VerifyStatus.NOT_FOUND
