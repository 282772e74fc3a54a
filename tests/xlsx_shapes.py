"""Builders for the member-list spreadsheets secretaries really have.

Each `make_*` function writes one shape to `path` and returns the path. The people
in them are PEOPLE (Unicode NFC); tests compare what was read with these.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from chibo_app.spreadsheets.legacy_encoding import unicode_to_tcvn3, unicode_to_vni

TITLE = ["ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "CHI BỘ SỞ NGOẠI VỤ", None,
         "DANH SÁCH ĐẢNG VIÊN", "(Tính đến ngày 15/3/2026)"]
HEADER = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên", "Ngày vào Đảng",
          "Ngày chính thức", "Đơn vị", "Chức vụ Đảng", "Chức vụ chính quyền"]
FIELDS = [None, "full_name", "sex", "birth_date", "party_card", "admitted_on",
          "full_member_on", "unit", "party_position", "government_position"]

# (name, sex, birth, card, admitted, full member, unit, party position, government position)
PEOPLE: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    ("Nguyễn Văn An", "Nam", "05/09/1980", "01234567", "12/03/2005", "12/03/2006",
     "Văn phòng", "Bí thư", "Chánh Văn phòng"),
    ("Trần Thị Bình", "Nữ", "20/11/1985", "01234568", "03/02/2010", "03/02/2011",
     "Phòng Lãnh sự", "Phó Bí thư", "Trưởng phòng"),
    ("Đỗ Thị Ánh", "Nữ", "01/01/1990", "01234569", "19/05/2015", "19/05/2016",
     "Phòng Hợp tác quốc tế", "Chi ủy viên", "Chuyên viên"),
    ("Lê Hoàng Cường", "Nam", "15/07/1978", "01234570", "02/09/2000", "02/09/2001",
     "Thanh tra Sở", "Đảng viên", "Chánh Thanh tra"),
    ("Trần Ngọc Ơn", "Nam", "30/04/1992", "01234571", "26/03/2020", "26/03/2021",
     "Văn phòng", "Đảng viên", "Kế toán"),
    ("Hoàng Thị Thu Hương", "Nữ", "08/03/1995", "01234572", "11/11/2023", "",
     "Phòng Lãnh sự", "Đảng viên", "Chuyên viên, Bí thư Chi đoàn"),
]
NAMES = [p[0] for p in PEOPLE]


def _dmy(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%d/%m/%Y")


def person_row(index: int, person: Sequence[str]) -> list[object]:
    """One list row with Excel dates and text card numbers."""
    name, sex, birth, card, admitted, full, unit, party, gov = person
    return [index, name, sex, _dmy(birth), card, _dmy(admitted),
            _dmy(full) if full else None, unit, party, gov]


def write_sheet(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    merges: Sequence[str] = (),
    font_name: str | None = None,
    title: str = "Danh sách",
    extra_sheets_before: int = 0,
) -> Path:
    """Write rows (lists of values, None = empty) to a one-sheet workbook."""
    workbook = Workbook()
    first = workbook.active
    for i in range(extra_sheets_before):
        sheet = first if i == 0 else workbook.create_sheet()
        sheet.title = f"Ghi chú {i + 1}"
        sheet["A1"] = "Trang này không có danh sách"
    sheet = workbook.create_sheet(title) if extra_sheets_before else first
    sheet.title = title
    font = Font(name=font_name, size=13) if font_name else None
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, dt.datetime):
                cell.number_format = "DD/MM/YYYY"
            if font is not None and isinstance(value, str):
                cell.font = font
    for ref in merges:
        sheet.merge_cells(ref)
    workbook.save(path)
    return path


def _titled(header_row: int) -> list[list[object]]:
    rows: list[list[object]] = [[t] if t else [] for t in TITLE]
    while len(rows) < header_row - 1:
        rows.append([])
    return rows[: header_row - 1]


# --- shapes ------------------------------------------------------------------------

def make_simple_list(path: Path) -> Path:
    rows = [HEADER] + [person_row(i, p) for i, p in enumerate(PEOPLE, start=1)]
    return write_sheet(path, rows)


def make_titled_list(path: Path, header_row: int = 7) -> Path:
    """Title rows (merged across the table) above a header at `header_row`."""
    rows = _titled(header_row) + [HEADER]
    rows += [person_row(i, p) for i, p in enumerate(PEOPLE, start=1)]
    merges = [f"A{r}:J{r}" for r in range(1, min(len(TITLE), header_row - 1) + 1)
              if r <= len(TITLE) and TITLE[r - 1]]
    return write_sheet(path, rows, merges=merges)


def make_two_row_header(path: Path) -> Path:
    """Header over rows 6-7: "Ngày sinh" merged over Nam | Nữ, "Ngày vào Đảng" over
    Dự bị | Chính thức, the other labels merged down over both rows."""
    top = ["STT", "Họ và tên", "Ngày sinh", None, "Số thẻ ĐV", "Ngày vào Đảng", None,
           "Phòng, đơn vị", "Chức vụ", None]
    sub = [None, None, "Nam", "Nữ", None, "Dự bị", "Chính thức", None, "Đảng",
           "Chính quyền, đoàn thể"]
    rows = _titled(6) + [top, sub]
    for i, p in enumerate(PEOPLE, start=1):
        name, sex, birth, card, admitted, full, unit, party, gov = p
        born = _dmy(birth)
        rows.append([i, name, born if sex == "Nam" else None, born if sex == "Nữ" else None,
                     card, _dmy(admitted), _dmy(full) if full else None, unit, party, gov])
    merges = ["A1:J1", "A2:J2", "A4:J4", "A5:J5", "A6:A7", "B6:B7", "C6:D6", "E6:E7",
              "F6:G6", "H6:H7", "I6:J6"]
    return write_sheet(path, rows, merges=merges)


def make_column_number_row(path: Path, style: str = "(n)") -> Path:
    """A row of column numbers under the header: "(1) (2) …", "1 2 …" as numbers or text."""
    if style == "(n)":
        numbers: list[object] = [f"({n})" for n in range(1, len(HEADER) + 1)]
    elif style == "int":
        numbers = list(range(1, len(HEADER) + 1))
    else:
        numbers = [str(n) for n in range(1, len(HEADER) + 1)]
    rows = _titled(5) + [HEADER, numbers]
    rows += [person_row(i, p) for i, p in enumerate(PEOPLE, start=1)]
    return write_sheet(path, rows)


# Birth dates written every way people do; all mean the date in EXPECTED_BIRTH.
MESSY_BIRTHS: list[object] = [dt.datetime(1980, 9, 5), "05/09/1980", "5/9/1980", "05-09-1980",
                              "05.09.1980", "1980-09-05", 1980, "1980"]
MESSY_CARDS: list[object] = [1234567, 12345678.0, "01234567", " 0123 ", 99, 100.0, "A-12", None]


def make_messy_values(path: Path) -> Path:
    """Stray spaces, NFD and CAPITAL names, numbers as card numbers, dates of every
    kind, blank rows inside the list."""
    names = ["  Nguyễn   Văn  An ", unicodedata.normalize("NFD", "Trần Thị Bình"),
             "LÊ HOÀNG CƯỜNG", "Đỗ Thị Ánh\u00a0", "Phạm\tNgọc Ơn", "Hoàng Thị Thu Hương",
             "Vũ Văn Bảy", "Ngô Thị Tám"]
    rows: list[list[object]] = [["DANH SÁCH ĐẢNG VIÊN"], [], HEADER]
    values = zip(names, MESSY_BIRTHS, MESSY_CARDS, strict=True)
    for i, (name, birth, card) in enumerate(values, start=1):
        rows.append([i, name, " Nam ", birth, card, None, None, "Văn phòng ", None, None])
        if i in (3, 5):
            rows.append([])  # blank rows inside the list
            if i == 5:
                rows.append([None] * 10)
    return write_sheet(path, rows, merges=["A1:J1"])


def make_with_footer(path: Path) -> Path:
    """A total line and a signature block (with the signer's name) after the list."""
    rows = _titled(6) + [HEADER]
    rows += [person_row(i, p) for i, p in enumerate(PEOPLE, start=1)]
    rows += [
        [None, "Tổng số: 6 đảng viên"],
        [],
        [None, "Người lập biểu", None, None, None, None, None, "Hà Tĩnh, ngày 15 tháng 3 năm 2026"],
        [None, None, None, None, None, None, None, "T/M CHI BỘ"],
        [None, None, None, None, None, None, None, "BÍ THƯ"],
        [],
        [None, "Trần Thị Bình", None, None, None, None, None, "Nguyễn Văn An"],
    ]
    return write_sheet(path, rows, merges=["A1:J1", "A2:J2"])


def make_signature_without_total(path: Path) -> Path:
    rows = [HEADER] + [person_row(i, p) for i, p in enumerate(PEOPLE[:3], start=1)]
    rows += [[], [None, None, None, None, None, None, None, "T/M CHI BỘ"],
             [None, None, None, None, None, None, None, "BÍ THƯ"], [],
             [None, None, None, None, None, None, None, "Nguyễn Văn An"]]
    return write_sheet(path, rows)


def make_merged_units(path: Path) -> Path:
    """The unit written once and merged down over the people of that unit."""
    rows = [HEADER] + [person_row(i, p) for i, p in enumerate(PEOPLE[:4], start=1)]
    for row in rows[2:4]:
        row[7] = None
    return write_sheet(path, rows, merges=["H2:H4"])


def _legacy_rows(encode: object) -> list[list[object]]:
    assert callable(encode)
    rows: list[list[object]] = [[encode(t)] if t else [] for t in TITLE] + [[]]
    rows.append([encode(h) for h in HEADER])
    for i, p in enumerate(PEOPLE, start=1):
        row = person_row(i, p)
        rows.append([encode(v) if isinstance(v, str) else v for v in row])
    return rows


def make_tcvn3_list(path: Path, font_name: str = ".VnTime") -> Path:
    """Typed with ABC/.VnTime: title, header labels and values in TCVN3."""
    return write_sheet(path, _legacy_rows(unicode_to_tcvn3), font_name=font_name,
                       merges=["A1:J1", "A2:J2"])


def make_vni_list(path: Path, font_name: str = "VNI-Times") -> Path:
    return write_sheet(path, _legacy_rows(unicode_to_vni), font_name=font_name,
                       merges=["A1:J1", "A2:J2"])


def make_second_sheet_list(path: Path) -> Path:
    """The list is on the second sheet; the first has only a note."""
    rows = [HEADER] + [person_row(i, p) for i, p in enumerate(PEOPLE, start=1)]
    return write_sheet(path, rows, extra_sheets_before=1)


# --- big and bad files ----------------------------------------------------------------

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
           "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Thu", "Quốc", "Xuân"]
_GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khánh", "Linh",
          "Long", "Mai", "Nam", "Ngọc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
          "Tuấn", "Việt", "Yến", "Ánh", "Ơn"]
_UNITS = ["Văn phòng", "Phòng Lãnh sự", "Phòng Hợp tác quốc tế", "Thanh tra Sở",
          "Phòng Quản lý biên giới"]


def big_member_rows(n: int, seed: int = 1) -> list[list[object]]:
    """n realistic rows (header not included) for benchmarks."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(1, n + 1):
        born = dt.datetime(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
        admitted = born.replace(year=born.year + rng.randint(20, min(30, 2024 - born.year)))
        name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        rows.append([i, name, rng.choice(["Nam", "Nữ"]), born, f"{10_000_000 + i:08d}",
                     admitted, admitted.replace(year=admitted.year + 1), rng.choice(_UNITS),
                     "Đảng viên", "Chuyên viên"])
    return rows


def make_big_member_file(path: Path, n: int) -> Path:
    """A titled list of n people, saved like Excel saves (shared strings, dimension
    element, merged title): the realistic case for read benchmarks."""
    rows: list[list[object]] = [[t] if t else [] for t in TITLE] + [HEADER]
    return write_sheet(path, rows + big_member_rows(n), merges=["A1:J1", "A2:J2", "A4:J4"])


def make_random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(4096))
    return path


def make_renamed_docx(path: Path) -> Path:
    """A Word document (a zip, but not a workbook) saved under an .xlsx name."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns='
                         '"http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def make_empty_workbook(path: Path) -> Path:
    Workbook().save(path)
    return path


def make_no_header(path: Path) -> Path:
    return write_sheet(path, [["Bảng chấm công"], ["Ngày", "Giờ vào", "Giờ ra"], [1, 2, 3]])


def make_old_xls(path: Path) -> Path:
    """The start of an OLE2 compound file with a "Workbook" stream, like Excel 97-2003."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "Root Entry".encode("utf-16-le").ljust(128, b"\x00")
    directory += "Workbook".encode("utf-16-le").ljust(128, b"\x00")
    path.write_bytes(header + directory + b"\x00" * 1024)
    return path

