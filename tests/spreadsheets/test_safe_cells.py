import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from chibo_app.spreadsheets.safe_cells import is_risky, safe_text, set_text, storable, text_cell

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
    assert safe_text(None) is None and safe_text(5) == 5 and safe_text(1.5) == 1.5
    assert safe_text("a\x00b\x1fc\td") == "abc\td"
    assert safe_text(True) is True and safe_text("Nguyễn Văn An") == "Nguyễn Văn An"


def test_safe_text_with_normal_append(tmp_path):
    # The usual pattern for small exports: sheet.append([safe_text(v) for v in row]).
    workbook = Workbook()
    sheet = workbook.active
    values = RISKY + PLAIN + [None, 5, "\r=1+1"]
    for value in values:
        sheet.append(["x", safe_text(value), dt.date(2026, 3, 15)])
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    assert "<f>" not in _xml(path)
    back = load_workbook(path).active
    for row, value in enumerate(values, start=1):
        cell = back.cell(row, 2)
        expected = storable(value)
        assert cell.value == (expected if expected != "" else None)
        assert bool(cell.quotePrefix) == (isinstance(value, str) and is_risky(value))
        assert back.cell(row, 3).value == dt.datetime(2026, 3, 15)


def _xml(path):
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def test_normal_sheet_round_trip(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    for row, text in enumerate(RISKY + PLAIN, start=1):
        set_text(sheet.cell(row, 1), text)
    path = tmp_path / "n.xlsx"
    workbook.save(path)
    assert "<f>" not in _xml(path)
    back = load_workbook(path).active
    for row, text in enumerate(RISKY + PLAIN, start=1):
        cell = back.cell(row, 1)
        assert cell.value == (text or None)
        if text:
            assert cell.data_type == "s"
        assert bool(cell.quotePrefix) == is_risky(text)


def test_write_only_cells_share_a_template_without_leaking_quote_prefix(tmp_path):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("x")
    template = text_cell(sheet, None)
    template.font = Font(name="Times New Roman", bold=True)
    for text in RISKY + PLAIN:
        sheet.append([text_cell(sheet, text, template)])
    path = tmp_path / "w.xlsx"
    workbook.save(path)
    assert not template.quotePrefix
    back = load_workbook(path).active
    for row, text in enumerate(RISKY + PLAIN, start=1):
        cell = back.cell(row, 1)
        assert cell.value == (text or None)
        assert cell.font.b and cell.font.name == "Times New Roman"
        assert bool(cell.quotePrefix) == is_risky(text)
    assert "<f>" not in _xml(path)
