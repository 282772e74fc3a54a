"""Import of a 5,000-row .xls (Excel 97–2003, as LibreOffice saves it) to a ready
preview, beside reading the same file with xlrd alone (formatting info on, every cell's
value: what any .xls import needs at least). Target from issue 15: within 2×.

Needs LibreOffice (soffice) to write the .xls from the .xlsx benchmark file.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import PEOPLE, best_of, report
from xlsx_shapes import make_big_member_file

from chibo_app.services.members_import import preview_file
from chibo_app.services.session import open_session
from chibo_app.spreadsheets.member_sheet import read_member_sheet

RUNS = 5


def bare_read(path: Path) -> int:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    sheet = book.sheet_by_index(0)
    count = sum(1 for r in range(sheet.nrows) if sheet.row_values(r))
    book.release_resources()
    return count


def least_cpu(runs: int, work: Callable[[], object]) -> float:
    """The least CPU seconds of `runs` calls: on a shared machine the wall time counts
    the other processes too, the CPU time only ours."""
    found = []
    for _ in range(runs):
        start = time.process_time()
        work()
        found.append(time.process_time() - start)
    return min(found)


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
        ours = best_of(RUNS, lambda: preview_file(empty, xls))
        bare = best_of(RUNS, lambda: bare_read(xls))
        report(
            "import of a 5,000-row .xls to the preview",
            ours[1],
            baseline=bare[1],
            baseline_name="xlrd read (formatting info)",
            ratio_at_most=2.0,
            people=PEOPLE,
        )
        report(
            "the same, CPU time",
            least_cpu(RUNS, lambda: preview_file(empty, xls)),
            baseline=least_cpu(RUNS, lambda: bare_read(xls)),
            baseline_name="xlrd read (formatting info)",
            ratio_at_most=2.0,
            people=PEOPLE,
        )
        read = best_of(RUNS, lambda: read_member_sheet(xls))
        report(
            "reading the 5,000-row .xls into raw rows (fonts, legacy text, merges)",
            read[1],
            baseline=bare[1],
            baseline_name="xlrd read (formatting info)",
            ratio_at_most=2.0,
            people=PEOPLE,
        )
        xlsx_ours = best_of(RUNS, lambda: preview_file(empty, source))
        report(
            "the same list as .xlsx, for comparison",
            xlsx_ours[1],
            baseline=ours[1],
            baseline_name=".xls import",
            people=PEOPLE,
        )
        empty.close()


if __name__ == "__main__":
    main()
