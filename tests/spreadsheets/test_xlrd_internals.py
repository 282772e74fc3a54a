"""The xlrd internals the .xls reading uses (spreadsheets/xlrd_internals.py) hold what
xlrd's public accessors return, on .xls files LibreOffice wrote: an xlrd release that
changes them fails here, not in a user's import."""

from __future__ import annotations

import xlrd

from chibo_app.spreadsheets.xlrd_internals import row_lists
from tests.old_formats import old_formats  # noqa: F401 - the fixture

SHAPES = ("tcvn3", "messy", "merged_units", "sections")


def test_the_row_lists_are_what_the_public_accessors_return(old_formats):  # noqa: F811
    for shape in SHAPES:
        book = xlrd.open_workbook(str(old_formats[shape]["xls"]), formatting_info=True)
        sheet = book.sheet_by_index(0)
        rows = row_lists(sheet)
        assert len(rows.types) == len(rows.values) == len(rows.xf_indexes) == sheet.nrows > 1
        kinds = set()
        for r in range(sheet.nrows):
            assert list(rows.types[r]) == list(sheet.row_types(r)), (shape, r)
            assert list(rows.values[r]) == sheet.row_values(r), (shape, r)
            for c, xf in enumerate(rows.xf_indexes[r]):
                if xf < 0:  # no cell record here: public gives the row's, column's or 15
                    assert rows.types[r][c] == xlrd.XL_CELL_EMPTY, (shape, r, c)
                else:  # sheet_sources reads a font only for text cells, which have one
                    assert xf == sheet.cell_xf_index(r, c), (shape, r, c)
            kinds.update(rows.types[r])
        assert xlrd.XL_CELL_TEXT in kinds and xlrd.XL_CELL_NUMBER in kinds, shape
        book.release_resources()


def test_date_cells_are_the_days_xlrd_counts_whatever_the_number():
    """XlsSheet makes a whole day from its ordinal, within the days _xls_date's sum
    reaches; each number, whole or not, in or out of range, in either date system, is
    what _xls_date (xlrd's own conversion for the rest) makes of it."""
    from chibo_app.spreadsheets.sheet_sources import XlsSheet, _xls_date

    numbers = [0.0, 1.0, 59.0, 60.0, 61.0, 45_000.0, 45_000.5, 2_957_003.0, 2_957_004.0,
               2_958_465.0, 2_958_466.0, 1e7, -1.0, -1_000.0, -693_594.0, -700_000.0]  # fmt: skip
    for datemode in (0, 1):
        sheet = XlsSheet.__new__(XlsSheet)
        sheet.max_column = len(numbers)
        sheet._types = [[xlrd.XL_CELL_DATE] * len(numbers)]
        sheet._values = [list(numbers)]
        sheet._datemode = datemode
        (read,) = sheet.iter_rows(values_only=True)
        assert list(read) == [_xls_date(n, datemode) for n in numbers], datemode
