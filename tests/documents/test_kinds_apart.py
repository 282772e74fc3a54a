"""Đảng viên and quần chúng never mixed on paper (read back with pdftotext): the signed-off
list is titled for whom it holds, in parts, counted apart, with posts (not statuses) in
"Chức vụ đảng"; a quần chúng's plan form has no party post and no "Sinh hoạt tại chi bộ"."""

import pytest
from doc_helpers import poppler_text, squeeze
from openpyxl import load_workbook

from chibo_app.core.people import Kind, Position, PositionKind
from chibo_app.services import people
from chibo_app.services.plan_printing import print_plans, print_signed_off
from tests.report_seed import seed


@pytest.fixture
def seeded(session):
    ids = seed(session)  # A, B, C full; D dự bị (draft); E, F quần chúng; G left; H exempted
    people.save_position(session, Position(ids["A"], PositionKind.PARTY, "Bí thư"))
    # An older import stored the kind as a post: it is no post on paper.
    people.save_position(session, Position(ids["B"], PositionKind.PARTY, "Đảng viên"))
    session.ids = ids
    return session


def test_the_signed_off_list_is_titled_and_counted_by_kind(seeded, tmp_path):
    path = tmp_path / "ds.pdf"
    print_signed_off(seeded, 2026, path)
    text = squeeze(poppler_text(path))
    assert "cán bộ, đảng viên xây dựng kế hoạch học tập và làm theo" in text
    party, others = text.split("II. QUẦN CHÚNG")
    party = party.split("I. ĐẢNG VIÊN")[1]
    others = others.split("Tổng số:")[0]  # the signer is Nguyễn Văn An too
    for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Minh Giang"):
        assert name in party and name not in others
    assert "Hoàng Văn Em" in others and "Hoàng Văn Em" not in party
    # Confirmed: A, B, C, G (members, 5 had to) and E (of 2 quần chúng).
    assert (
        "Tổng số: 5/7 kế hoạch đã được chi bộ xác nhận, trong đó: đảng viên 4/5 (chính thức "
        "4); quần chúng 1/2." in text
    )
    assert "Bí thư" in party
    # "Chức vụ đảng" holds posts: no kind printed as a post in the table.
    table = text.split("Ký tên", 1)[1].split("Tổng số:")[0]
    for status in ("Đảng viên chính thức", "Đảng viên dự bị", "Quần chúng"):
        assert status not in table
    assert table.count("Đảng viên") == 0


def test_a_list_of_members_only_is_titled_dang_vien(seeded, tmp_path):
    people.save_person(
        seeded,
        people.get_person(seeded, seeded.ids["E"]).with_changes(
            kind=Kind.FULL, admitted_on="2015-01-01", full_member_on="2016-01-01"
        ),
    )
    people.save_person(
        seeded,
        people.get_person(seeded, seeded.ids["F"]).with_changes(
            kind=Kind.PROBATIONARY, admitted_on="2026-06-01"
        ),
    )
    path = tmp_path / "ds.pdf"
    print_signed_off(seeded, 2026, path)
    text = squeeze(poppler_text(path))
    assert "DANH SÁCH đảng viên xây dựng kế hoạch" in text
    assert "QUẦN CHÚNG" not in text and "I. ĐẢNG VIÊN" not in text
    assert "Tổng số: 5/7 kế hoạch đã được chi bộ xác nhận (đảng viên chính thức 5)." in text


def test_the_xlsx_list_holds_the_same_parts(seeded, tmp_path):
    print_signed_off(seeded, 2026, tmp_path / "ds.xlsx")
    values = [v for row in load_workbook(tmp_path / "ds.xlsx").active.iter_rows(values_only=True)
              for v in row if v not in (None, "")]  # fmt: skip
    assert values.index("I. ĐẢNG VIÊN") < values.index("Nguyễn Văn An")
    assert values.index("II. QUẦN CHÚNG") < values.index("Hoàng Văn Em")
    assert "Chức vụ đảng" in values and "Đảng viên" not in values


def test_a_quan_chung_form_has_no_party_post_and_no_cell(seeded, tmp_path):
    path = tmp_path / "e.pdf"
    print_plans(seeded, 2026, [seeded.ids["E"]], path)
    text = squeeze(poppler_text(path))
    assert "Họ và tên: Hoàng Văn Em" in text
    assert "Chức vụ đảng: ……" in text  # the seed's blank, never "Quần chúng"
    assert "Quần chúng" not in text
    assert "Sinh hoạt tại chi bộ" not in text


def test_a_member_form_prints_the_post_or_the_blank(seeded, tmp_path):
    path = tmp_path / "ab.pdf"
    print_plans(seeded, 2026, [seeded.ids["A"], seeded.ids["B"]], path)
    an, binh = squeeze(poppler_text(path)).split("Họ và tên: Trần Thị Bình")
    an = an.split("Họ và tên: Nguyễn Văn An")[1]
    assert "Chức vụ đảng: Bí thư;" in an and "Sinh hoạt tại chi bộ Sở Ngoại vụ" in an
    assert "Chức vụ đảng: ……" in binh  # "Đảng viên" is no post
    assert "Sinh hoạt tại chi bộ Sở Ngoại vụ" in binh


def test_the_evaluation_list_classifies_members_and_lists_quan_chung_apart(seeded, tmp_path):
    """366-QĐ/TW classifies the member, not the plan: the title names who is listed, the
    quần chúng are a part of their own and never among those classified."""
    from chibo_app.services.evaluation_printing import export_list

    path = tmp_path / "dg.pdf"
    export_list(seeded, 2026, path)
    text = squeeze(poppler_text(path))
    assert "đánh giá, xếp loại cán bộ, đảng viên năm 2026" in text
    assert "KẾT QUẢ THỰC HIỆN KẾ HOẠCH" not in text
    assert "Gắn với kết quả thực hiện kế hoạch học tập và làm theo" in text
    party, others = text.split("II. QUẦN CHÚNG")
    party = party.split("I. ĐẢNG VIÊN")[1]
    others = others.split("Tổng số:")[0]
    assert "Hoàng Văn Em" in others and "Hoàng Văn Em" not in party
    assert "Trần Thị Bình" in party and "Trần Thị Bình" not in others
    assert "trong đó: đảng viên" in text and "quần chúng 2" in text.split("Tổng số:")[1]
    sheet = tmp_path / "dg.xlsx"
    export_list(seeded, 2026, sheet)
    firsts = [r[0] for r in load_workbook(sheet).active.iter_rows(values_only=True)]
    assert "I. ĐẢNG VIÊN" in firsts and "II. QUẦN CHÚNG" in firsts
