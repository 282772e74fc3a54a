"""The year's evaluation list (danh sách đánh giá, xếp loại) as a print-ready .xlsx:
the party header, the title and the rule set, STT … "Ghi chú", the totals per level
with percentages and the signature; A4 portrait fitted to the page width, the header
row repeated on every printed page, each row as tall as its wrapped text, and the
totals and signature kept on one page with the last table rows. Laid out like
spreadsheets/signed_off_list.py (a normal workbook: a cell's list has tens, at most a
few hundred rows); the score is a number cell, every text goes through safe_cells.
"""

from __future__ import annotations

import os

from chibo_app.core.cell import CellSettings
from chibo_app.core.evaluation_list import (
    CENTRED,
    COLUMNS,
    DOC_TYPE,
    EvaluationListData,
    numbered,
    parts,
    recipients,
    summary_line,
    title_lines,
    totals_lines,
)
from chibo_app.spreadsheets.list_sheet import ListSheet, write_list_xlsx


def write_evaluation_xlsx(
    path: str | os.PathLike[str],
    data: EvaluationListData,
    cell: CellSettings,
    *,
    code: str | None = None,
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    rows: list[list[object] | str] = []
    scores = iter([entry.score for _title, part in parts(data) for entry in part])
    for line in numbered(data):
        if isinstance(line, str):  # a part's title, as the signed-off list prints it
            rows.append(line)
            continue
        values: list[object] = [int(line[0]), *line[1:]]
        values[3] = next(scores)  # a number cell
        rows.append(values)
    sheet = ListSheet(
        doc_type=DOC_TYPE,
        number=data.number,
        dated=data.dated,
        year=data.year,
        title=title_lines(data),
        summary=summary_line(data),
        columns=COLUMNS,
        rows=rows,
        centred=CENTRED,
        totals=totals_lines(data),
        sent_to=recipients(data, cell),
    )
    write_list_xlsx(path, sheet, cell, code)
