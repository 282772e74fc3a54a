"""Registration forms from the database (register, verify, CLI) and the list of fields."""

import argparse

import pytest
from pypdf import PdfReader

from chibo_app.cli import nominations as cli_nominations
from chibo_app.core.nominations import Kind, Nomination, Status
from chibo_app.core.people import Person, Position, PositionKind
from chibo_app.errors import ChiboError
from chibo_app.services import cell, documents, nomination_fields, nominations, people, verification
from chibo_app.storage import documents_repo, records


@pytest.fixture
def cell_data(session):
    units = {name: cell.add_unit(session, name) for name in ("Văn phòng Sở", "Phòng Lãnh sự")}
    hoa = people.save_person(
        session, Person(full_name="Nguyễn Thị Hoa", unit_id=units["Văn phòng Sở"])
    )
    people.save_position(
        session,
        Position(hoa, PositionKind.GOVERNMENT, "Chánh Văn phòng Sở", start_date="2024-01-01"),
    )
    items = [
        nominations.save(
            session,
            Nomination(
                2026,
                Kind.INDIVIDUAL,
                "Số hóa 100% hồ sơ lãnh sự",
                person_id=hoa,
                field="Cải cách thủ tục hành chính",
                description="Kết quả dự kiến: trả kết quả đúng hạn 100%.",
                registered_on="05/03/2026",
            ),
        ),
        nominations.save(
            session,
            Nomination(
                2026,
                Kind.COLLECTIVE,
                "Giải quyết hồ sơ đúng hạn",
                unit_id=units["Phòng Lãnh sự"],
                field="Nâng cao chất lượng tham mưu",
            ),
        ),
        nominations.save(
            session,
            Nomination(
                2026,
                Kind.MODEL,
                "Mô hình “Một cửa thân thiện”",
                unit_id=units["Văn phòng Sở"],
                field="Khác",
            ),
        ),
    ]
    return session, units, items


def _printing():
    # Imported here: importing it registers verify sources, which other tests must not see.
    from chibo_app.services import nomination_printing

    return nomination_printing


def test_forms_one_page_each_recorded_and_verified(cell_data, tmp_path):
    session, _units, items = cell_data
    path = tmp_path / "phieu.pdf"
    result = _printing().print_registration_forms(session, 2026, None, path)
    assert (result.forms, result.pages) == (3, 3)
    pages = PdfReader(path).pages
    assert len(pages) == 3
    texts = [" ".join((p.extract_text() or "").split()) for p in pages]
    # The list's order: I. Tập thể, II. Cá nhân, III. Mô hình.
    assert "PHIẾU ĐĂNG KÝ TẬP THỂ" in texts[0] and "Phòng Lãnh sự" in texts[0]
    assert "Họ và tên: Nguyễn Thị Hoa" in texts[1]
    assert "Chức vụ: Chánh Văn phòng Sở" in texts[1]
    assert "Hà Tĩnh, ngày 05 tháng 3 năm 2026" in texts[1]
    assert "Mô hình “Một cửa thân thiện”" in texts[2]
    recorded = documents_repo.list_documents(session.db, doc_type="PDK")
    assert len(recorded) == 3 and all(r.number is None for r in recorded)
    assert documents.DOC_TYPE_NAMES["PDK"] == "Phiếu đăng ký điển hình"
    individual = result.codes[1]
    assert verification.verify(session, individual).status == documents.VerifyStatus.UNCHANGED
    nominations.save(session, items[0].with_changes(description="Nội dung mới"))
    assert verification.verify(session, individual).status == documents.VerifyStatus.CHANGED
    assert verification.verify(session, result.codes[0]).status == documents.VerifyStatus.UNCHANGED
    nominations.delete(session, items[2].id)
    assert (
        verification.verify(session, result.codes[2]).status == documents.VerifyStatus.SOURCE_GONE
    )


def test_selection_refusals_and_cancel(cell_data, tmp_path):
    session, _units, items = cell_data
    printing = _printing()
    one = printing.print_registration_forms(session, 2026, [items[2].id], tmp_path / "a.pdf")
    assert one.forms == 1
    with pytest.raises(ChiboError, match="mã 999"):
        printing.print_registration_forms(session, 2026, [999], tmp_path / "b.pdf")
    with pytest.raises(ChiboError, match=".pdf"):
        printing.print_registration_forms(session, 2026, None, tmp_path / "b.xlsx")
    with pytest.raises(ChiboError, match="2025"):
        printing.print_registration_forms(session, 2025, None, tmp_path / "b.pdf")
    nominations.move(session, items[1].id, Status.NOT_SELECTED, reason="Chưa đủ thành tích")
    assert printing.print_registration_forms(session, 2026, None, tmp_path / "c.pdf").forms == 2
    before = len(documents_repo.list_documents(session.db, doc_type="PDK"))
    from chibo_app.documents.party_document import Cancelled

    with pytest.raises(Cancelled):
        printing.print_registration_forms(
            session, 2026, None, tmp_path / "huy.pdf", cancel=lambda: True
        )
    assert not (tmp_path / "huy.pdf").exists()
    assert len(documents_repo.list_documents(session.db, doc_type="PDK")) == before


def _cli(session, *argv):
    parser = argparse.ArgumentParser()
    cli_nominations.add_parsers(parser.add_subparsers(dest="command"))
    return cli_nominations.run(session, parser.parse_args(list(argv)))


def test_cli_forms_writes_a_pdf(cell_data, tmp_path, capsys):
    session, _units, items = cell_data
    target = tmp_path / "phieu.pdf"
    code = _cli(
        session,
        "nominations",
        "forms",
        "--year",
        "2026",
        "--id",
        str(items[0].id),
        "--id",
        str(items[2].id),
        "-o",
        str(target),
    )
    assert code == 0
    assert "Đã in 2 phiếu đăng ký (2 trang)" in capsys.readouterr().out
    assert len(PdfReader(target).pages) == 2
    everyone = tmp_path / "ca-nam.pdf"
    assert _cli(session, "nominations", "forms", "--year", "2026", "-o", str(everyone)) == 0
    assert len(PdfReader(everyone).pages) == 3


def test_fields_rename_carries_nominations_and_in_use_is_kept(cell_data):
    session, _units, items = cell_data
    default = nominations.fields(session)
    assert default[-1] == "Khác" and len(default) == 7
    used = nomination_fields.usage(session)
    assert used["Cải cách thủ tục hành chính"] == 1 and used["Khác"] == 1
    mine = [n for n in default if n != "Khác"]
    with pytest.raises(ChiboError, match="Cải cách thủ tục hành chính"):
        nomination_fields.save_fields(session, [n for n in mine if "Cải cách" not in n])
    unused = "Thực hành tiết kiệm, chống lãng phí"
    new_list = ["Cải cách hành chính", *[n for n in mine if n not in (unused,)][::-1]]
    new_list.remove("Cải cách thủ tục hành chính")
    saved = nomination_fields.save_fields(
        session, ["Khác", *new_list], {"Cải cách thủ tục hành chính": "Cải cách hành chính"}
    )
    assert saved == [*new_list, "Khác"]  # the order kept, "Khác" last, unused one gone
    assert nominations.get(session, items[0].id).field == "Cải cách hành chính"
    history = records.history_of(session.db, "nominations", items[0].id)
    assert history[-1]["new"]["field"] == "Cải cách hành chính"
    with pytest.raises(ChiboError, match="hai lần"):
        nomination_fields.save_fields(session, ["A", "a"])
