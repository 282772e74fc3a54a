import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook

from chibo_app.spreadsheets.safe_cells import DATE_FORMAT, is_risky, storable
from chibo_app.spreadsheets.xlsx_book import Book

RISKY = [
    "=1+1",
    '=HYPERLINK("http://evil","x")',
    "+84 912",
    "-3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "=",
    "+",
]
PLAIN = ["Nguyễn Văn An", "a=b", "01234567", "1+1", " =1", ""]


@pytest.mark.parametrize("text", RISKY)
def test_risky(text):
    assert is_risky(text)


@pytest.mark.parametrize("text", PLAIN)
def test_not_risky(text):
    assert not is_risky(text)


def test_carriage_return():
    assert is_risky("\r=1+1")
    assert storable("\r=1+1") == "\n=1+1"  # XML cannot keep a raw CR; LF is a line break
    assert storable("a\r\nb") == "a\nb"


def test_harmless_values_pass_through():
    assert storable(None) is None and storable(5) == 5 and storable(1.5) == 1.5
    assert storable("a\x00b\x1fc\td") == "abc\td"
    assert storable(True) is True and storable("Nguyễn Văn An") == "Nguyễn Văn An"
    assert storable(dt.date(2026, 3, 15)) == dt.date(2026, 3, 15)


def _written(path, fill):
    book = Book(path)
    sheet = book.sheet("x")
    fill(sheet)
    book.save()
    return load_workbook(path).active


def _xml(path):
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def test_rows_round_trip(tmp_path):
    values = RISKY + PLAIN + [None, 5, "\r=1+1"]
    path = tmp_path / "a.xlsx"

    def fill(sheet):
        for row, value in enumerate(values, start=1):
            sheet.write_row(row, ["x", value, dt.date(2026, 3, 15)])

    back = _written(path, fill)
    assert "<f>" not in _xml(path)
    for row, value in enumerate(values, start=1):
        cell = back.cell(row, 2)
        expected = storable(value)
        assert cell.value == (expected if expected != "" else None)
        if isinstance(expected, str) and expected:
            assert cell.data_type == "s"
        assert bool(cell.quotePrefix) == (isinstance(value, str) and is_risky(value))
        assert back.cell(row, 3).value == dt.datetime(2026, 3, 15)
        assert back.cell(row, 3).number_format == DATE_FORMAT


def test_merged_cells_round_trip(tmp_path):
    path = tmp_path / "n.xlsx"

    def fill(sheet):
        for row, text in enumerate(RISKY + PLAIN, start=1):
            sheet.merge(row, 1, 3, text, sheet.book.format(bold=True))

    back = _written(path, fill)
    assert "<f>" not in _xml(path)
    assert len(back.merged_cells.ranges) == len(RISKY + PLAIN)
    for row, text in enumerate(RISKY + PLAIN, start=1):
        cell = back.cell(row, 1)
        assert cell.value == (text or None) and cell.font.b
        if text:
            assert cell.data_type == "s"
        assert bool(cell.quotePrefix) == is_risky(text)


def test_a_shared_look_does_not_take_the_quote_prefix(tmp_path):
    path = tmp_path / "w.xlsx"

    def fill(sheet):
        look = sheet.book.format(bold=True)
        for row, text in enumerate(RISKY + PLAIN, start=1):
            sheet.write(row, 1, text, look)
        sheet.write(len(RISKY + PLAIN) + 1, 1, "sau cùng", look)  # after the risky ones

    back = _written(path, fill)
    for row, text in enumerate([*RISKY, *PLAIN, "sau cùng"], start=1):
        cell = back.cell(row, 1)
        assert cell.value == (text or None)
        assert cell.font.b and cell.font.name == "Times New Roman"
        assert bool(cell.quotePrefix) == is_risky(text)
    assert "<f>" not in _xml(path)


def test_times_and_numbers_keep_their_types(tmp_path):
    path = tmp_path / "t.xlsx"

    def fill(sheet):
        sheet.write_row(1, [dt.time(7, 30), 12, 2.5, True, dt.datetime(2026, 1, 2, 8, 0)])

    back = _written(path, fill)
    assert [c.value for c in back[1]] == [
        dt.time(7, 30), 12, 2.5, True, dt.datetime(2026, 1, 2, 8, 0)
    ]  # fmt: skip


def test_a_folder_error_comes_out_as_the_os_error(tmp_path):
    book = Book(tmp_path / "no such folder" / "x.xlsx")
    book.sheet("x").write(1, 1, "a")
    with pytest.raises(FileNotFoundError):
        book.save()
