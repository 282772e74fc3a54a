"""Member lists mixing đảng viên chính thức, dự bị and quần chúng, in each way a
secretary's file says who is which: headings over groups of rows, a "Ghi chú" column,
party fields left empty, a "Loại" column, the status typed in "Chức vụ Đảng".

Each `make_*` writes the same five people (EXPECTED) and returns the path.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from xlsx_shapes import write_sheet

from chibo_app.core.people import Kind

PARTY_TITLE = ["ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "CHI BỘ SỞ NGOẠI VỤ", None, "DANH SÁCH ĐẢNG VIÊN"]
MIXED_TITLE = ["ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "CHI BỘ SỞ NGOẠI VỤ", None,
               "DANH SÁCH CÁN BỘ, ĐẢNG VIÊN"]
HEADER = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên", "Ngày vào Đảng",
          "Ngày chính thức", "Đơn vị", "Chức vụ Đảng", "Chức vụ chính quyền", "Ghi chú"]


def _d(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%d/%m/%Y")


# (name, sex, birth, card, admitted, full member, unit, party post, government post, kind)
# The tests' clock is 25/11/2026: Hương, admitted 12/3/2026, is still dự bị.
PEOPLE = [
    ("Nguyễn Văn An", "Nam", "05/09/1980", "01234567", "12/03/2005", "12/03/2006",
     "Văn phòng", "Bí thư", "Chánh Văn phòng", Kind.FULL),
    ("Lê Thị Hoa", "Nữ", "14/02/1996", None, None, None,
     "Văn phòng", None, "Văn thư", Kind.NON_PARTY),
    ("Trần Thị Bình", "Nữ", "20/11/1985", "01234568", "03/02/2010", "03/02/2011",
     "Phòng Lãnh sự", "Chi ủy viên", "Trưởng phòng", Kind.FULL),
    ("Hoàng Thị Thu Hương", "Nữ", "08/03/1995", "01234572", "12/03/2026", None,
     "Phòng Lãnh sự", None, "Chuyên viên", Kind.PROBATIONARY),
    ("Phan Văn Tài", "Nam", "30/04/1998", None, None, None,
     "Phòng Lãnh sự", None, "Lái xe", Kind.NON_PARTY),
]
EXPECTED = {p[0]: p[9] for p in PEOPLE}
WORDS = {Kind.FULL: "Đảng viên chính thức", Kind.PROBATIONARY: "Đảng viên dự bị",
         Kind.NON_PARTY: "Quần chúng"}


def _row(i: int, person: tuple, *, unit: bool = True, post: object = "own",
         notes: object = None, party_fields: bool = True) -> list[object]:
    name, sex, birth, card, admitted, full, unit_name, party, gov, _kind = person
    return [i, name, sex, _d(birth),
            card if party_fields else None,
            _d(admitted) if admitted and party_fields else None,
            _d(full) if full and party_fields else None,
            unit_name if unit else None,
            party if post == "own" else post,
            gov, notes]


def _titled(title: list[str | None], header: list[str]) -> tuple[list[list[object]], list[str]]:
    rows: list[list[object]] = [[t] if t else [] for t in title] + [header]
    last = chr(ord("A") + len(header) - 1)
    merges = [f"A{r}:{last}{r}" for r, t in enumerate(title, start=1) if t]
    return rows, merges


def make_by_headings(path: Path) -> Path:
    """Units over kinds: "I. VĂN PHÒNG" / "1. Đảng viên" / "2. Quần chúng"; the probationary
    member under her own heading; no note says anything."""
    rows, merges = _titled(PARTY_TITLE, HEADER)
    an, hoa, binh, huong, tai = PEOPLE
    groups = [
        ("I. VĂN PHÒNG", [("1. ĐẢNG VIÊN CHÍNH THỨC", [an]), ("2. QUẦN CHÚNG", [hoa])]),
        ("II. PHÒNG LÃNH SỰ", [("1. ĐẢNG VIÊN CHÍNH THỨC", [binh]),
                               ("2. ĐẢNG VIÊN DỰ BỊ", [huong]), ("3. QUẦN CHÚNG", [tai])]),
    ]
    i = 0
    for unit, kinds in groups:
        rows.append([unit])
        merges.append(f"A{len(rows)}:K{len(rows)}")
        for heading, people in kinds:
            rows.append([heading])
            for person in people:
                i += 1
                # The quần chúng rows keep party fields empty; the heading alone decides
                # for the others: the party fields are blanked too.
                rows.append(_row(i, person, unit=False, party_fields=False))
    return write_sheet(path, rows, merges=merges)


def make_by_notes(path: Path) -> Path:
    """The issue's list: "DANH SÁCH ĐẢNG VIÊN" under a unit heading, Ghi chú "Quần chúng"
    and "Đảng viên dự bị", no party card or dates for anyone."""
    rows, merges = _titled(PARTY_TITLE, HEADER)
    rows.append(["I. VĂN PHÒNG"])
    merges.append(f"A{len(rows)}:K{len(rows)}")
    notes = {Kind.NON_PARTY: "Quần chúng", Kind.PROBATIONARY: "Đảng viên dự bị",
             Kind.FULL: None}
    for i, person in enumerate(PEOPLE, start=1):
        rows.append(_row(i, person, unit=False, notes=notes[person[9]], party_fields=False))
    return write_sheet(path, rows, merges=merges)


def make_by_empty_party_fields(path: Path) -> Path:
    """Nothing says the kind but the party fields: filled for members (an admission under
    12 months makes a dự bị), empty for quần chúng."""
    rows, merges = _titled(MIXED_TITLE, HEADER)
    rows += [_row(i, p) for i, p in enumerate(PEOPLE, start=1)]
    return write_sheet(path, rows, merges=merges)


def make_by_kind_column(path: Path) -> Path:
    header = [*HEADER[:4], "Loại", *HEADER[4:]]
    rows, merges = _titled(MIXED_TITLE, header)
    words = {Kind.FULL: "Chính thức", Kind.PROBATIONARY: "Dự bị", Kind.NON_PARTY: "Không"}
    for i, person in enumerate(PEOPLE, start=1):
        row = _row(i, person, party_fields=False)
        rows.append([*row[:4], words[person[9]], *row[4:]])
    return write_sheet(path, rows, merges=merges)


def make_by_status_in_party_post(path: Path) -> Path:
    """"Chức vụ Đảng" holds "Đảng viên", "Đảng viên dự bị", "Quần chúng" for those without
    a post; the party fields are empty."""
    rows, merges = _titled(PARTY_TITLE, HEADER)
    for i, person in enumerate(PEOPLE, start=1):
        post = person[7] or WORDS[person[9]]
        rows.append(_row(i, person, post=post, party_fields=False))
    return write_sheet(path, rows, merges=merges)


SHAPES = [make_by_headings, make_by_notes, make_by_empty_party_fields, make_by_kind_column,
          make_by_status_in_party_post]
