"""Opening a user's spreadsheet whatever it was saved as: .xlsx, .xls (Excel 97–2003) or
.ods (LibreOffice), behind one small interface the member-list reader uses.

The interface is the part of openpyxl's read-only worksheet that member_sheet needs:
`title`, `max_column`, `iter_rows(min_row, max_row, max_col, values_only)` (cells with
`.value` and `.font.name`), plus the merged ranges of each sheet. The .xls and .ods
readers give values exactly as openpyxl would for the same sheet — dates as datetime,
whole numbers as int, empty cells as None — so every rule downstream (header search,
legacy encodings, merged units, totals) works the same on all three.

- .xls: xlrd with formatting info, for the font table: TCVN3 and VNI lists from the
  1990s–2000s mostly live in .xls files, and the font on each cell (.VnTime, .VnTimeH,
  VNI-Times) is the strongest hint of their encoding.
- .ods: ods_source, content.xml read with defusedxml (values, fonts, merged ranges;
  python-calamine reads neither fonts nor .ods merges, and drops ODF's encoded spaces).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.spreadsheets import xlsx_source
from chibo_app.spreadsheets.xlrd_internals import row_lists
from chibo_app.spreadsheets.xlsx_source import Box

EXCEL_1900 = dt.datetime(1899, 12, 30)  # as openpyxl's CALENDAR_WINDOWS_1900
EXCEL_1904 = dt.datetime(1904, 1, 1)  # old Mac Excel
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_COLUMNS = 100  # as member_sheet.SCAN_COLUMNS: a hostile cell in column XFD is never read
_WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))


@dataclass(frozen=True)
class _Font:
    name: str | None


@dataclass(frozen=True)
class _Cell:
    value: object
    font: _Font | None = None


class Sheet:
    """One worksheet held as rows of values (an .xls or .ods sheet, read whole: the
    readers load the file at once anyway)."""

    def __init__(
        self,
        title: str,
        rows: list[list[object]],
        fonts: dict[tuple[int, int], str] | None,
        merged: list[Box],
    ) -> None:
        self.title = title
        self._rows = rows
        self._fonts = fonts or {}
        self.merged = merged
        self.max_column = max((len(r) for r in rows), default=0)

    def iter_rows(
        self,
        min_row: int = 1,
        max_row: int | None = None,
        max_col: int | None = None,
        values_only: bool = False,
    ) -> Iterator[tuple[Any, ...]]:
        width = max_col or self.max_column
        last = len(self._rows) if max_row is None else min(max_row, len(self._rows))
        for r in range(min_row - 1, last):
            row = self._rows[r]
            values = tuple(row[:width]) + (None,) * (width - len(row))
            if values_only:
                yield values
            else:
                yield tuple(_Cell(v, _Font(self._fonts.get((r, c)))) for c, v in enumerate(values))


class Book:
    """The sheets of a workbook and their merged ranges, whichever format it came in."""

    def __init__(
        self, worksheets: Sequence[Any], workbook: Any = None, epoch: dt.datetime | None = None
    ) -> None:
        self.worksheets = list(worksheets)
        self._workbook = workbook  # an openpyxl workbook, for its merged-range scan
        # Day 0 of the serial dates (a bare number in a date column): openpyxl's own for
        # an .xlsx, the file's date mode for an .xls; .ods counts from 1899-12-30.
        self.epoch = getattr(workbook, "epoch", None) or epoch or EXCEL_1900

    def merged(self, worksheet: Any) -> list[Box]:
        if isinstance(worksheet, Sheet | XlsSheet):
            return worksheet.merged
        return xlsx_source.merged_boxes(worksheet)


def kind_of(path: Path) -> str:
    """'xls', 'ods' or 'xlsx' from the file's first bytes (not its name)."""
    xlsx_source.check_size(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
            rest = handle.read(1 << 20) if head == OLE2_MAGIC else b""
    except FileNotFoundError:
        raise ChiboError(msg("Không tìm thấy tệp “{name}”.", name=path.name)) from None
    except OSError:
        raise ChiboError(
            msg(
                "Không mở được tệp “{name}” (tệp đang bị khóa hoặc không có quyền đọc).",
                name=path.name,
            )
        ) from None
    if head == OLE2_MAGIC:
        # An OLE2 file holding a "Workbook"/"Book" stream is an old Excel file; other
        # OLE2 files (an old Word .doc) are not spreadsheets at all.
        if path.suffix.lower() in (".xls", ".xlt") or any(n in rest for n in _WORKBOOK_STREAMS):
            return "xls"
        raise xlsx_source.not_a_spreadsheet(path)
    if head.startswith(b"PK\x03\x04"):
        try:  # the zip directory only: nothing is inflated before the bomb checks
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            names = set()
        if {"mimetype", "content.xml"} <= names and "xl/workbook.xml" not in names:
            return "ods"
    return "xlsx"


@contextmanager
def open_sheets(path: str | Path) -> Iterator[Book]:
    """The workbook at `path` (.xlsx, .xls or .ods); one ChiboError for any failure."""
    path = Path(path)
    kind = kind_of(path)
    if kind == "xlsx":
        with xlsx_source.open_workbook(path) as workbook:
            yield Book(workbook.worksheets, workbook)
        return
    if kind == "xls":
        sheets, epoch = read_xls(path)
        yield Book(sheets, epoch=epoch)
    else:
        yield Book(read_ods(path))


def damaged(path: Path, kind: str) -> ChiboError:
    what = {"xls": "Excel đời cũ (.xls)", "ods": "LibreOffice (.ods)"}[kind]
    return ChiboError(
        msg(
            "Tệp “{name}” là bảng tính {what} nhưng không đọc được (tệp bị hỏng).",
            name=path.name,
            what=what,
        )
    )


# --- .xls ---------------------------------------------------------------------------------


def read_xls(path: Path) -> tuple[list[XlsSheet], dt.datetime]:
    import xlrd  # noqa: PLC0415 - only for .xls files

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except xlrd.XLRDError as error:
        if "xlsx" in str(error).lower():  # an .xlsx saved under an .xls name
            raise xlsx_source.not_a_spreadsheet(path) from None
        raise damaged(path, "xls") from None
    except Exception:  # noqa: BLE001 - xlrd raises many kinds on a damaged file
        raise damaged(path, "xls") from None
    try:
        fonts = [font.name for font in book.font_list]
        sheets = [_xls_sheet(book, book.sheet_by_index(i), fonts) for i in range(book.nsheets)]
        return sheets, EXCEL_1904 if book.datemode == 1 else EXCEL_1900
    except ChiboError:
        raise
    except Exception:  # noqa: BLE001
        raise damaged(path, "xls") from None
    finally:
        book.release_resources()


def _xls_sheet(book: Any, sheet: Any, font_names: list[str]) -> XlsSheet:
    merged = [(clo + 1, rlo + 1, chi, rhi) for rlo, rhi, clo, chi in sheet.merged_cells]
    xf_font = [xf.font_index for xf in book.xf_list]
    return XlsSheet(sheet, merged, font_names, xf_font, book.datemode)


class XlsSheet:
    """An .xls sheet over xlrd's own per-row lists (xlrd_internals: its public accessors
    cost a call per row and per cell): each row is turned into openpyxl's values only when read, and
    the fonts looked up only for the rows read with their cells (the header region)."""

    def __init__(
        self,
        sheet: Any,
        merged: list[Box],
        font_names: list[str],
        xf_font: list[int],
        datemode: int,
    ) -> None:
        self.title = sheet.name
        self.merged = merged
        self.max_column = min(sheet.ncols, MAX_COLUMNS)
        # xlrd_internals: xlrd's own per-row lists (the XF indexes: formatting_info)
        self._types, self._values, self._xf = row_lists(sheet)
        self._font_names = font_names
        self._xf_font = xf_font
        self._datemode = datemode

    def iter_rows(
        self,
        min_row: int = 1,
        max_row: int | None = None,
        max_col: int | None = None,
        values_only: bool = False,
    ) -> Iterator[tuple[Any, ...]]:
        import xlrd  # noqa: PLC0415 - .xls only

        text, number, date, boolean = (
            xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE, xlrd.XL_CELL_BOOLEAN
        )  # fmt: skip
        width = max_col or self.max_column
        cut = min(width, self.max_column)  # never a cell beyond MAX_COLUMNS
        padding = (None,) * width
        last = len(self._values) if max_row is None else min(max_row, len(self._values))
        datemode = self._datemode
        # A whole day is _xls_date's sum, made from its ordinal (no call, no timedelta)
        # between the first day it counts (60: Excel's 1900 leap-year bug) and 9999-12-31.
        base = (EXCEL_1904 if datemode else EXCEL_1900).toordinal()
        low, high = (1 - base if datemode else 60), dt.datetime.max.toordinal() - base
        day = dt.datetime.fromordinal
        # A list's rows share a few layouts of cell types: for each, which cells are not
        # text (text needs nothing), worked out once.
        layouts: dict[bytes, list[tuple[int, int]]] = {}
        for r in range(min_row - 1, last):
            row: list[Any] = self._values[r][:cut]
            kinds = self._types[r][:cut]
            layout = bytes(kinds)
            to_convert = layouts.get(layout)
            if to_convert is None:
                to_convert = layouts[layout] = [(c, k) for c, k in enumerate(kinds) if k != text]
            for c, kind in to_convert:
                if kind == number:
                    value = row[c]
                    if value.is_integer():
                        row[c] = int(value)
                elif kind == date:
                    value = row[c]
                    if value.is_integer() and low <= value <= high:
                        row[c] = day(base + int(value))
                    else:
                        row[c] = _xls_date(value, datemode)
                elif kind == boolean:
                    row[c] = bool(row[c])
                else:  # empty, blank, error
                    row[c] = None
            values = tuple(row) + padding[len(row) :] if len(row) < width else tuple(row)
            if values_only:
                yield values
            else:
                yield tuple(_Cell(v, _Font(self._font(r, c, v))) for c, v in enumerate(values))

    def _font(self, r: int, c: int, value: object) -> str | None:
        """The font of a cell of legacy text (it only matters there), else None."""
        if not isinstance(value, str) or value.isascii():
            return None
        font = self._xf_font[self._xf[r][c]]
        return self._font_names[font] if 0 <= font < len(self._font_names) else None


def _xls_date(value: float, datemode: int) -> object:
    if value.is_integer() and (datemode or value >= 60):  # a day, as xlrd counts it
        try:  # xldate_as_datetime's sum without its call (a date column has 5,000)
            return (EXCEL_1904 if datemode else EXCEL_1900) + dt.timedelta(days=int(value))
        except OverflowError:
            return value
    import xlrd  # noqa: PLC0415 - .xls only

    try:
        return xlrd.xldate.xldate_as_datetime(value, datemode)
    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
        return value  # a number formatted as a date, out of any calendar: as typed


# --- .ods ---------------------------------------------------------------------------------


def read_ods(path: Path) -> list[Sheet]:
    from chibo_app.spreadsheets.ods_source import read_ods_sheets  # noqa: PLC0415 - .ods only

    xlsx_source.check_archive(path)
    try:
        return [
            Sheet(title, rows, fonts, merged)
            for title, rows, fonts, merged in read_ods_sheets(path, MAX_COLUMNS)
        ]
    except ChiboError:
        raise
    except DefusedXmlException:
        raise xlsx_source.xml_attack(path) from None
    except Exception:  # noqa: BLE001 - any parse error of a damaged file
        raise damaged(path, "ods") from None
