"""The openpyxl internals the import uses (spreadsheets/openpyxl_internals.py) are still
there and still mean the same: an openpyxl release that renames, removes or changes one
fails here, not by silently dropping a guard against hostile files."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet import _reader

from chibo_app.spreadsheets import sheet_size
from chibo_app.spreadsheets.openpyxl_internals import (
    ReadOnlyWorksheet,
    replace_size_reader,
    set_bounds,
    sheet_part,
)
from tests.hostile import hostile_files as hf


def _two_sheets(path):
    book = Workbook()
    first = book.active
    first.title = "Một"
    first.append(["Họ và tên", "Ngày sinh", "Đơn vị"])
    first.merge_cells("A3:C3")
    second = book.create_sheet("Hai")
    second.append(["chỉ ở tờ hai"])
    book.save(path)
    return path


def test_a_read_only_sheets_own_xml_part(tmp_path):
    book = load_workbook(_two_sheets(tmp_path / "a.xlsx"), read_only=True)
    first, second = book.worksheets
    assert isinstance(first, ReadOnlyWorksheet)
    with sheet_part(first) as part:
        xml = part.read()
    assert b'<mergeCell ref="A3:C3"' in xml and b"<sheetData>" in xml
    with sheet_part(second) as part:
        assert b"<mergeCell" not in part.read()
    book.close()


def test_the_size_reader_runs_for_every_sheet_opened(tmp_path):
    path = _two_sheets(tmp_path / "a.xlsx")
    seen: list[str] = []
    replace_size_reader(lambda worksheet: seen.append(worksheet.title))
    try:
        book = load_workbook(path, read_only=True)
        assert [sheet.title for sheet in book.worksheets] == ["Một", "Hai"]
        book.close()
    finally:
        sheet_size.install()
    assert seen == ["Một", "Hai"]


def test_the_bounds_a_reader_sets_are_the_sheets_size(tmp_path):
    book = load_workbook(_two_sheets(tmp_path / "a.xlsx"), read_only=True)
    sheet = book.worksheets[0]
    assert (sheet.min_column, sheet.min_row, sheet.max_column, sheet.max_row) == (1, 1, 3, 3)
    set_bounds(sheet, (2, 3, 4, 5))
    assert (sheet.min_column, sheet.min_row, sheet.max_column, sheet.max_row) == (2, 3, 4, 5)
    book.close()


def test_sheet_size_reads_dimension_and_stops_at_the_data(tmp_path):
    assert (sheet_size.DATA_TAG, sheet_size.DIMENSION_TAG) == (
        _reader.DATA_TAG,
        _reader.DIMENSION_TAG,
    )
    sheet_size.install()
    book = load_workbook(_two_sheets(tmp_path / "a.xlsx"), read_only=True)
    assert book.worksheets[0].max_column == 3  # from <dimension ref="A1:C3">
    book.close()
    bare = hf.raw_xlsx(tmp_path / "b.xlsx", hf.sheet_xml([hf.row_xml(1, hf.HEADER)]))
    book = load_workbook(bare, read_only=True)
    sheet = book.worksheets[0]
    assert sheet.max_row is None and sheet.max_column is None  # unknown, not parsed
    assert len(list(sheet.iter_rows(values_only=True))) == 1
    book.close()
