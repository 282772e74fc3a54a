"""The member import works a column at a time (conversion, checks, classification) and
builds each row's objects only when read: on a list whose columns hold every kind of
problem it gives the rows, sentences and classifications it gave one row at a time
(the answers below were taken from the per-row import, 2d1f2df's successor 324f5f5),
the same from the .xls as from the .xlsx, and the same as the per-row check
(with_kinds) gives each row again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chibo_app.core.member_import import ImportPreview, PreviewRows, RowStatus
from chibo_app.core.people import Kind, Person
from chibo_app.services import people
from chibo_app.services.members_import import apply_import, preview_file, with_kinds
from chibo_app.spreadsheets.legacy_encoding import unicode_to_tcvn3
from tests import libreoffice
from tests.services.import_by_columns_answers import EXPECTED, LEGACY_EXPECTED
from tests.xlsx_shapes import write_sheet

D = dt.datetime
BORN = D(1980, 9, 5)
HEADER = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên", "Ngày vào Đảng",
          "Ngày chính thức", "Đơn vị", "Chức vụ Đảng", "Chức vụ chính quyền", "Loại",
          "Điện thoại", "Email", "Ghi chú"]  # fmt: skip


def _row(n, name, sex="Nam", birth=BORN, card=None, admitted=None, full=None,
         unit="Văn phòng", party=None, gov="Chuyên viên", kind=None, phone=None, email=None,
         notes=None):  # fmt: skip
    return [n, name, sex, birth, card, admitted, full, unit, party, gov, kind, phone, email, notes]


# One row per thing that can go wrong (and a few that go right), in every column.
ROWS = [
    _row(
        1,
        "Nguyễn Văn An",
        card="01234567",
        admitted=D(2005, 3, 12),
        full=D(2006, 3, 12),
        party="Bí thư",
        phone=912345678,
    ),
    _row(2, None, card="01234568", admitted=D(2005, 3, 12)),  # no name
    _row(3, "Bình", card="01234569", admitted=D(2005, 3, 12)),  # one word
    _row(4, "Lê Văn 3", card="01234570", admitted=D(2005, 3, 12)),  # a digit
    _row(5, "Trần Thị Cúc", sex="x", card="01234571", admitted=D(2005, 3, 12)),
    _row(6, "Đỗ Văn Dân", birth="31/02/1981", card="01234572", admitted=D(2005, 3, 12)),
    _row(7, "Đỗ Văn Đông", birth="01/01/1850", card="01234573", admitted=D(2005, 3, 12)),
    _row(8, "Đỗ Văn Em", birth=D(2030, 1, 1), card="01234574", admitted=D(2005, 3, 12)),
    _row(9, "Đỗ Văn Giang", birth="12/1982", card="01234575", admitted="tháng 3/2010"),
    _row(10, "Phan Văn Hà", birth=D(2000, 1, 1), card="01234576", admitted=D(2010, 1, 1)),
    _row(11, "Phan Văn Hải", card="01234577", admitted=D(2010, 1, 1), full=D(2009, 1, 1)),
    _row(
        12,
        "Phan Thị Hoa",
        card="01234578",
        admitted=D(2010, 1, 1),
        full=D(2011, 1, 1),
        kind="dự bị",
    ),
    _row(13, "Vũ Văn Hùng", card="01234579", kind="Quần chúng"),
    _row(14, "Vũ Văn Khang", card="01234580", admitted=D(2012, 5, 5), kind="abc"),
    _row(15, "Vũ Thị Lan", birth=D(1990, 2, 2), notes="Quần chúng"),
    _row(16, "Ngô Văn Long", card="01234567", admitted=D(2005, 3, 12)),  # card of row 1
    _row(17, "vũ thị lan", birth=D(1990, 2, 2), notes="Quần chúng"),  # row 15 again
    _row(18, "Ngô Văn Minh", card="12#4", admitted=D(2005, 3, 12)),
    _row(19, "Ngô Văn Nam", card=12345678901234567890, admitted=D(2005, 3, 12)),
    _row(20, "Ngô Văn Ninh", card="01234581", admitted=D(2005, 3, 12), phone="12", email="ninh@"),
    _row(
        21,
        "Phạm Văn Dũng",
        card="09876543",
        admitted=D(2001, 1, 1),
        unit="Thanh tra",
        party="Chi ủy viên",
        phone="0912 000 111",
    ),  # fmt: skip  # in the register
    _row(22, "Phạm Văn Phúc", card="09876544", admitted=D(2001, 1, 1)),  # another's card
    _row(23, "Hồ Văn Giang", birth=None, notes="Quần chúng"),  # a register name, no birth
    _row(24, "Lý Thị Quyên", card="01234582", admitted=D(2026, 6, 1)),  # dự bị, recent
    _row(25, "Lý Thị Quỳnh", card="01234583", admitted=D(2024, 6, 1), kind="Dự bị"),
    _row(26, "Lý Văn Sơn", card="01234584", full=D(2010, 1, 1)),  # no admission
    _row(27, "Mai Văn Tâm", sex=None, birth=None, party="Đảng viên", gov=None, unit=None),
    _row(
        28,
        "Mai Thị Thu",
        sex="Nữ",
        birth="",
        card=" 0123 4585 ",
        admitted="2019",
        full="quý I/2020",
        phone="0912.345.678",
        email="thu@chibo.vn",
        notes="ĐV chính thức",
    ),
]
REGISTER = [
    Person(full_name=name, sex=sex, birth_date=birth, party_card=card, admitted_on=admitted,
           full_member_on=full, kind=kind)
    for name, sex, birth, card, admitted, full, kind in (
        ("Phạm Văn Dũng", "Nam", "1980-09-05", "09876543", "2001-01-01", "2002-01-01", Kind.FULL),
        ("Võ Thị Em", "Nữ", "1982-01-01", "09876544", "2001-01-01", "2002-01-01", Kind.FULL),
        ("Hồ Văn Giang", "Nam", "1970-01-01", None, None, None, Kind.NON_PARTY),
    )
]  # fmt: skip


def _answers(preview: ImportPreview) -> list[tuple[object, ...]]:
    return [
        (r.row_number, str(r.status), r.reason, r.person.full_name, str(r.person.kind),
         r.person.birth_date, r.person.party_card, r.person.admitted_on, r.person.full_member_on,
         r.person.phone, r.person.email, r.match_name, [str(c) for c in r.changes],
         [str(w) for w in r.warnings], str(r.kind_source), r.kind_sure)
        for r in preview.rows
    ]  # fmt: skip


def _legacy(value):
    return unicode_to_tcvn3(value) if isinstance(value, str) else value


# The same in TCVN3 (.VnTime), as lists from the 1990s–2000s are: decoded, then checked.
LEGACY_ROWS = [
    [_legacy(v) for v in row]
    for row in (
        _row(1, "Nguyễn Văn An", card="01234567", admitted=D(2005, 3, 12), party="Bí thư"),
        _row(
            2,
            "Trần Thị Bình",
            sex="Nữ",
            birth="31/02/1981",
            card="01234568",
            admitted=D(2010, 2, 3),
        ),
        _row(3, "Đỗ Thị Ánh", sex="Gái", birth=D(1990, 1, 1), notes="Quần chúng"),
        _row(4, "đỗ thị ánh", sex="nữ", birth=D(1990, 1, 1), notes="Quần chúng"),
        _row(5, "Lê Hoàng Cường", card="01234567", admitted=D(2000, 9, 2), kind="Đảng viên"),
        _row(6, "Trần Ngọc Ơn", sex="Không rõ", card="01234569", admitted=D(2020, 3, 26)),
    )
]


@pytest.fixture(scope="module")
def lists(tmp_path_factory) -> dict[str, Path]:
    """The two lists as .xlsx and, saved by LibreOffice, as .xls."""
    folder = tmp_path_factory.mktemp("lists")
    made = {
        "plain.xlsx": write_sheet(folder / "plain.xlsx", [HEADER, *ROWS]),
        "legacy.xlsx": write_sheet(
            folder / "legacy.xlsx",
            [[unicode_to_tcvn3(h) for h in HEADER], *LEGACY_ROWS],
            font_name=".VnTime",
        ),
    }
    if libreoffice.HAS_SOFFICE:
        libreoffice.convert(list(made.values()), "xls:MS Excel 97", folder)
        made.update({f"{name}.xls": folder / f"{name}.xls" for name in ("plain", "legacy")})
    return made


def _registered(session):
    for person in REGISTER:
        people.save_person(session, person)
    return session


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
def test_every_problem_gets_the_sentence_it_got_row_by_row(session, lists, kind):
    if f"plain.{kind}" not in lists:
        pytest.skip("LibreOffice (soffice) is needed to write .xls files")
    preview = preview_file(_registered(session), lists[f"plain.{kind}"])
    assert isinstance(preview.rows, PreviewRows)
    assert _answers(preview) == EXPECTED
    assert preview.counts() == {
        RowStatus.NEW: 7, RowStatus.MATCHED: 1, RowStatus.CONFLICT: 4, RowStatus.INVALID: 16
    }  # fmt: skip


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
def test_a_tcvn3_list_is_decoded_then_checked_as_before(session, lists, kind):
    if f"legacy.{kind}" not in lists:
        pytest.skip("LibreOffice (soffice) is needed to write .xls files")
    preview = preview_file(session, lists[f"legacy.{kind}"])
    assert preview.encoding == "tcvn3"
    assert _answers(preview) == LEGACY_EXPECTED


def test_the_columns_answer_as_each_row_checked_alone(session, lists):
    """with_kinds checks every row again one at a time (validate_person, the matcher):
    the column-wise preview must agree with it on every row."""
    preview = preview_file(_registered(session), lists["plain.xlsx"])
    again = with_kinds(session, preview, {})
    assert _answers(again) == _answers(preview)
    assert [r.raw for r in again.rows] == [r.raw for r in preview.rows]
    assert [r.cells for r in again.rows] == [r.cells for r in preview.rows]


def test_rows_are_built_when_read_and_kept(session, lists):
    preview = preview_file(_registered(session), lists["plain.xlsx"])
    rows = preview.rows
    assert isinstance(rows, PreviewRows)
    # Counting builds nothing: only the rows classified whole (invalid, or maybe in the
    # register) are built, and the counts are those of the rows once built.
    counts, kinds = preview.counts(), preview.kind_counts()
    built = [i for i in range(len(rows)) if rows._built[i] is not None]
    assert len(built) == 16 + 1 + 2  # invalid, matched, a registered card and name
    assert kinds == {k: sum(1 for r in rows if r.person.kind == k) for k in Kind}
    assert kinds == {Kind.FULL: 21, Kind.PROBATIONARY: 3, Kind.NON_PARTY: 4}
    assert counts == {s: sum(1 for r in rows if r.status == s) for s in RowStatus}
    assert rows[0] is rows[0] and rows[-1] is rows[len(rows) - 1]
    assert [r.row_number for r in rows[1:4]] == [3, 4, 5]
    with pytest.raises(IndexError):
        rows[len(rows)]
    assert [r.row_number for r in preview.blocking_rows] == [
        r.row_number for r in rows if r.status in (RowStatus.CONFLICT, RowStatus.INVALID)
    ]


def test_the_previewed_rows_import_all_or_the_good_ones(session, lists):
    preview = preview_file(_registered(session), lists["plain.xlsx"])
    result = apply_import(session, preview, skip_problem_rows=True)
    assert (result.added, result.updated, result.skipped) == (7, 1, 20)
    names = {p.full_name for p in people.list_rows(session)}
    assert {"Nguyễn Văn An", "Vũ Thị Lan", "Mai Thị Thu", "Lý Thị Quỳnh"} <= names
    assert "Ngô Văn Long" not in names and "Bình" not in names
