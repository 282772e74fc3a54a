"""The signed-off list (danh sách kế hoạch đã được chi bộ xác nhận) as a print-ready
.xlsx: STT … "Ký tên" with room for each signature, the totals and the cell's signature,
laid out by spreadsheets/list_sheet.py like the evaluation list."""

from __future__ import annotations

import os

from chibo_app.core.cell import CellSettings
from chibo_app.documents.signed_off_list import (
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
        # STT as a number (the rest as printed), part titles as they are.
        rows=[
            line if isinstance(line, str) else [int(line[0]), *line[1:]] for line in numbered(data)
        ],
        centred=CENTRED_COLUMNS,
        totals=[totals_line(data)],
        sent_to=recipients(data, cell),
        min_row_height=SIGNING_HEIGHT,
        keep_closing=False,  # fitted to the page width, as before
    )
    write_list_xlsx(path, sheet, cell, code)
