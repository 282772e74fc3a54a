"""The signed-off list (danh sách kế hoạch đã được chi bộ xác nhận) as a print-ready
.xlsx: STT … "Ký tên" with room for each signature, the totals and the cell's signature,
laid out by spreadsheets/list_sheet.py like the evaluation list."""

from __future__ import annotations

import datetime as dt
import os

from chibo_app.core.cell import CellSettings
from chibo_app.core.signed_off_list import (
    COLUMNS,
    DOC_TYPE,
    SignedOffListData,
    numbered,
    recipients,
    title_lines,
    totals_line,
)
from chibo_app.spreadsheets.list_sheet import ListSheet, write_list_xlsx

CENTRED_COLUMNS = {0, 5, 6}
DATE_COLUMNS = (5, 6)  # Ngày nộp, Ngày xác nhận
SIGNING_HEIGHT = 30.0  # points: room for a handwritten signature


def write_signed_off_xlsx(
    path: str | os.PathLike[str],
    data: SignedOffListData,
    cell: CellSettings,
    *,
    code: str | None = None,
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    sheet = ListSheet(
        doc_type=DOC_TYPE,
        number=data.number,
        dated=data.dated,
        year=data.year,
        title=title_lines(data),
        columns=COLUMNS,
        # STT as a number, dates as real date cells, part titles as they are.
        rows=[line if isinstance(line, str) else _row(line) for line in numbered(data)],
        centred=CENTRED_COLUMNS,
        totals=[totals_line(data)],
        sent_to=recipients(data, cell),
        min_row_height=SIGNING_HEIGHT,
        keep_closing=False,  # fitted to the page width, as before
    )
    write_list_xlsx(path, sheet, cell, code)


def _row(line: list[str]) -> list[object]:
    """A printed row: STT as a number, the dates as real date cells (Excel sorts and
    filters them, and shows them dd/mm/yyyy)."""
    values: list[object] = [int(line[0]), *line[1:]]
    for column in DATE_COLUMNS:
        text = str(values[column])
        if text:
            values[column] = dt.datetime.strptime(text, "%d/%m/%Y").date()
    return values
