"""Import of a 5,000-row .xls (Excel 97–2003, as LibreOffice saves it) to a ready
preview, beside reading the same file with xlrd alone (formatting info on, every cell's
value: what any .xls import needs at least). Target from issue 15: within 2×.

Needs LibreOffice (soffice) to write the .xls from the .xlsx benchmark file.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from _common import PEOPLE, best_of, report
from xlsx_shapes import make_big_member_file

from chibo_app.services.members_import import preview_file
from chibo_app.services.session import open_session

RUNS = 5


def bare_read(path: Path) -> int:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    sheet = book.sheet_by_index(0)
    count = sum(1 for r in range(sheet.nrows) if sheet.row_values(r))
    book.release_resources()
    return count


def main() -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = make_big_member_file(folder / "danh-sach-5000.xlsx", PEOPLE)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir",
             str(folder), str(source)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        xls = folder / "danh-sach-5000.xls"
        empty = open_session(folder / "empty.sqlite")
        preview = preview_file(empty, xls)
        print(f"preview rows: {len(preview.rows)}, counts {dict(preview.counts())}")
        report(
            "import 5,000-row .xls to preview",
            best_of(RUNS, lambda: preview_file(empty, xls)),
            best_of(RUNS, lambda: bare_read(xls)),
            2.0,
        )


if __name__ == "__main__":
    main()
