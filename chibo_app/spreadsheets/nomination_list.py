"""The nomination list (danh sách đăng ký điển hình) as a print-ready .xlsx for the
superior committee: the party header, the title merged and centred, a header merged
over two rows ("Nội dung đăng ký" over field and content), sections I/II/III each
numbered from 1, totals and the signature block under the table; Times New Roman,
thin borders, wrapped text, A4 landscape fitted to one page wide, both header rows
repeated on every printed page.

Written in write-only mode (a committee of several cells can send thousands of rows)
and saved atomically. Speed, as in member_export: the workbook's default font is Times
New Roman 12, the grid comes from one conditional format over the table, and every
body cell shares one style array (wrap, vertical centre) instead of being styled cell
by cell; row heights are estimated from the text (party_sheet.row_lines: spreadsheet
programs do not grow a wrapped row when they open a file). Every text goes through safe_cells.
"""

from __future__ import annotations

import os
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from chibo_app.core.cell import CellSettings
from chibo_app.core.paper_dates import place_date_line
from chibo_app.core.party_header import PARTY_HEADER
from chibo_app.core.verification import display_code, number_text
from chibo_app.documents.nomination_list import (
    COLUMNS,
    DOC_TYPE,
    GROUP,
    NominationListData,
    recipients,
    row_values,
    sections,
    title_lines,
    totals_line,
)
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets import scratch  # noqa: F401 - openpyxl's temporaries beside the output
from chibo_app.spreadsheets.party_sheet import LINE_HEIGHT, row_lines
from chibo_app.spreadsheets.safe_cells import is_risky, storable, text_cell

FONT_NAME = "Times New Roman"
# Column widths in characters, from the PDF's millimetres (≈ 1.9 mm per character).
WIDTHS = [max(5.0, w / 1.9) for _l, _g, w in COLUMNS]
LAST = get_column_letter(len(COLUMNS))
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LEFT_SPAN = 3  # the committee and the cell over columns A–C; the party header D–last


def write_nomination_list_xlsx(
    path: str | os.PathLike[str],
    data: NominationListData,
    cell: CellSettings,
    *,
    code: str | None = None,
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    # The file first: write-only rows go to openpyxl's temporary XML as they are added,
    # which belongs in the output's scratch folder (fileio), not the system's.
    with atomic_path(path) as temporary:
        _workbook(data, cell, code).save(temporary)


def _workbook(data: NominationListData, cell: CellSettings, code: str | None) -> Workbook:
    workbook = Workbook(write_only=True)
    workbook._fonts = IndexedList([Font(name=FONT_NAME, size=12)])  # noqa: SLF001
    sheet = workbook.create_sheet("Danh sách")
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    looks = _Looks(sheet)

    # The layout is known before the first row: write-only mode writes the sheet's
    # properties, row heights and conditional formats ahead of the rows.
    header: list[Line] = [
        *_party_header(data, cell, looks),
        ([], []),
        *_title(data, looks),
        ([], []),
    ]
    header_row = len(header) + 1
    body = list(_body(sheet, data, looks))
    first, last = header_row + 2, header_row + 1 + len(body)
    closing = _closing(data, cell, looks, code)

    _page_setup(sheet, header_row)
    _fast_body(sheet, looks.wrap)
    _grid(sheet, f"A{header_row}:{LAST}{last}")
    for row in range(header_row, header_row + 2):
        sheet.row_dimensions[row].height = LINE_HEIGHT * 1.6
    for offset, (_values, height) in enumerate(body):
        if height > 1:
            sheet.row_dimensions[first + offset].height = LINE_HEIGHT * height

    for row, (values, merges) in enumerate(header, start=1):
        _append(sheet, row, values, merges)
    top, below = _header_rows(sheet, looks)
    sheet.append(top)
    sheet.append(below)
    group = next(i for i, c in enumerate(COLUMNS, start=1) if c[1])
    sheet.merged_cells.add(f"{_col(group)}{header_row}:{_col(group + 1)}{header_row}")
    for index, (_label, grouped, _w) in enumerate(COLUMNS, start=1):
        if not grouped:
            sheet.merged_cells.add(f"{_col(index)}{header_row}:{_col(index)}{header_row + 1}")
    for offset, (values, _height) in enumerate(body):
        sheet.append(values)
        if len(values) == 1:  # a section title over the whole row
            sheet.merged_cells.add(f"A{first + offset}:{LAST}{first + offset}")
    row = last + 1
    for values, merges in closing:
        _append(sheet, row, values, merges)
        row += 1
    sheet.print_area = f"A1:{LAST}{row - 1}"
    return workbook


Merge = tuple[int, int]  # (first column, last column) merged on the row
Line = tuple[list[Any], list[Merge]]


def _col(index: int) -> str:
    return str(get_column_letter(index))


def _append(sheet: Any, row: int, values: list[Any], merges: list[Merge]) -> None:
    sheet.append(values)
    for first, last in merges:
        if last > first:
            sheet.merged_cells.add(f"{_col(first)}{row}:{_col(last)}{row}")


def _party_header(data: NominationListData, cell: CellSettings, looks: _Looks) -> list[Line]:
    """Committee and cell left; "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line right."""
    n = len(COLUMNS)
    number = number_text(data.number, DOC_TYPE, cell.symbol or "CB") or ""
    left = [
        (cell.superior.upper(), looks.plain_centre),
        (cell.cell_name.upper(), looks.bold_centre),
        ("*", looks.plain_centre),
        (number, looks.plain_centre),
    ]
    right = [
        (PARTY_HEADER, looks.party),
        (place_date_line(cell.place, data.dated, data.year), looks.italic_centre),
    ]
    lines: list[Line] = []
    for index, (text, look) in enumerate(left):
        values: list[Any] = [text_cell(looks.sheet, text, look)] + [None] * (_LEFT_SPAN - 1)
        merges = [(1, _LEFT_SPAN)]
        if index < len(right):
            values.append(text_cell(looks.sheet, right[index][0], right[index][1]))
            merges.append((_LEFT_SPAN + 1, n))
        lines.append((values, merges))
    return lines


def _title(data: NominationListData, looks: _Looks) -> list[Line]:
    return [
        ([text_cell(looks.sheet, line, looks.title)], [(1, len(COLUMNS))])
        for line in title_lines(data.year)
    ]


def _header_rows(sheet: Any, looks: _Looks) -> tuple[list[Cell], list[Cell]]:
    top = [text_cell(sheet, group or label, looks.header) for label, group, _w in COLUMNS]
    below = [
        text_cell(sheet, label if group else None, looks.header) for label, group, _w in COLUMNS
    ]
    return top, below


def _body(sheet: Any, data: NominationListData, looks: _Looks) -> Any:
    """(values, lines tall) per row: a section title, then its numbered rows."""
    for title, rows in sections(data):
        yield [text_cell(sheet, title, looks.section)], 1
        if not rows:
            yield [None, text_cell(sheet, "Không có", looks.italic)], 1
        for number, row in enumerate(rows, start=1):
            texts = row_values(number, row)[1:]
            values = _BodyRow([text_cell(sheet, number, looks.number)])
            values += [_text(sheet, t) for t in texts]
            yield values, row_lines(texts, WIDTHS[1:])


class _BodyRow(list[Any]):
    """A body row: its plain texts are written with the shared wrapping style."""


def _text(sheet: Any, text: str) -> Any:
    """Plain text for a body row, or a guarded text cell when it looks like a formula."""
    if not text:
        return None
    stored = storable(text)
    return text_cell(sheet, text) if is_risky(stored) or is_risky(text) else stored


class _SharedStyleCell(Cell):  # type: ignore[misc]
    """One reusable cell with a fixed style id (openpyxl would hash the style per cell)."""

    __slots__ = ("_style_id",)

    @property
    def style_id(self) -> int:
        return self._style_id  # type: ignore[no-any-return]


def _fast_body(sheet: Any, template: Cell) -> None:
    """Write `_BodyRow`s through one shared cell styled like `template`.

    openpyxl's write-only sheet makes a new cell object for every styled value and
    looks its style up each time it is written; a body row of plain texts needs
    neither. Other rows go through openpyxl as usual. Text is typed as string, so it
    can never become a formula; risky text arrives as a guarded cell (quotePrefix).
    """
    original = sheet._values_to_row  # noqa: SLF001
    shared = _SharedStyleCell(sheet)
    shared._style = template._style  # noqa: SLF001
    shared._style_id = sheet.parent._cell_styles.add(template._style)  # noqa: SLF001

    def values_to_row(values: list[Any], row_idx: int) -> Any:
        if not isinstance(values, _BodyRow):
            yield from original(values, row_idx)
            return
        for column, value in enumerate(values, start=1):
            if value is None:
                continue
            if isinstance(value, Cell):
                value.column, value.row = column, row_idx
                yield value
                continue
            shared._value = value  # noqa: SLF001 - already storable text
            shared.data_type = "s"
            shared.column, shared.row = column, row_idx
            yield shared

    sheet._values_to_row = values_to_row  # noqa: SLF001


def _closing(
    data: NominationListData, cell: CellSettings, looks: _Looks, code: str | None
) -> list[Line]:
    """Totals; recipients bottom left, "T/M CHI BỘ / BÍ THƯ", room and the name right."""
    sheet, n = looks.sheet, len(COLUMNS)
    right_first = _LEFT_SPAN + 2
    lines: list[Line] = [
        ([], []),
        ([text_cell(sheet, totals_line(data), looks.plain)], []),
        ([], []),
    ]
    names = recipients(data, cell)
    left: list[tuple[str, Cell]] = [("Nơi nhận:", looks.label)] + [
        (f"- {name}{'.' if i == len(names) - 1 else ','}", looks.small)
        for i, name in enumerate(names)
    ]
    right: dict[int, str] = {0: "T/M CHI BỘ", 1: "BÍ THƯ", 6: cell.secretary}
    for index in range(max(len(left), 7)):
        values: list[Any] = [None] * n
        merges: list[Merge] = []
        if index < len(left):
            values[0] = text_cell(sheet, left[index][0], left[index][1])
        if right.get(index):
            values[right_first - 1] = text_cell(sheet, right[index], looks.bold_centre)
            merges.append((right_first, n))
        lines.append((values, merges))
    if code:
        lines.append(([], []))
        lines.append(([text_cell(sheet, f"Mã xác thực: {display_code(code)}", looks.tiny)], []))
    return lines


def _grid(sheet: Any, cells: str) -> None:
    """Thin borders on the header and every body cell through one conditional format."""
    box = DifferentialStyle(border=_BOX)
    sheet.conditional_formatting.add(cells, Rule(type="expression", formula=["TRUE"], dxf=box))


def _page_setup(sheet: Any, header_row: int) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages tall as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row + 1}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins = PageMargins(
        left=20 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4, header=0.3, footer=0.3
    )
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.font = FONT_NAME
    sheet.freeze_panes = f"A{header_row + 2}"


class _Looks:
    """One styled template cell per look; body cells share their style arrays."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.wrap = self._make(Font(name=FONT_NAME, size=12), left)
        self.number = self._make(Font(name=FONT_NAME, size=12), centre)
        self.italic = self._make(Font(name=FONT_NAME, size=12, italic=True), left)
        self.section = self._make(
            Font(name=FONT_NAME, size=12, bold=True),
            Alignment(horizontal="left", vertical="center"),
            PatternFill("solid", fgColor="F2F2F2"),
        )
        self.header = self._make(Font(name=FONT_NAME, size=12, bold=True), centre, border=_BOX)
        self.title = self._make(Font(name=FONT_NAME, size=14, bold=True), centre)
        self.plain_centre = self._make(Font(name=FONT_NAME, size=12), centre)
        self.bold_centre = self._make(Font(name=FONT_NAME, size=12, bold=True), centre)
        self.italic_centre = self._make(Font(name=FONT_NAME, size=12, italic=True), centre)
        self.party = self._make(
            Font(name=FONT_NAME, size=13, bold=True, underline="single"), centre
        )
        self.plain = self._make(Font(name=FONT_NAME, size=12), None)
        self.label = self._make(Font(name=FONT_NAME, size=12, bold=True, italic=True), None)
        self.small = self._make(Font(name=FONT_NAME, size=11), None)
        self.tiny = self._make(Font(name=FONT_NAME, size=9), None)

    def _make(
        self,
        font: Font,
        alignment: Alignment | None,
        fill: PatternFill | None = None,
        border: Border | None = None,
    ) -> Cell:
        styled = text_cell(self.sheet, None)  # a worksheet cell (`cell` is the party cell)
        styled.font = font
        if alignment is not None:
            styled.alignment = alignment
        if fill is not None:
            styled.fill = fill
        if border is not None:
            styled.border = border
        return styled


__all__ = ["GROUP", "write_nomination_list_xlsx"]
