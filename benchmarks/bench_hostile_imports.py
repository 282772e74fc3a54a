"""How fast hostile spreadsheets are refused (the suite only checks that they are, and
that nothing is written). Each case against the time to read an honest 300-row list with
openpyxl alone, the floor of any import, and the time the refusal must stay under."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import best_of
from hostile_files import (
    HEADER,
    billion_laughs,
    member_list,
    member_rows,
    million_rows,
    raw_xlsx,
    row_xml,
    sheet_xml,
    zeros_member,
)

from chibo_app.errors import ChiboError
from chibo_app.services.members_import import preview_file
from chibo_app.services.session import open_session
from chibo_app.spreadsheets import member_sheet

RUNS = 3


def _laughs(path: Path) -> Path:
    cell = '<row r="2"><c r="B2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    return raw_xlsx(path, sheet_xml([row_xml(1, HEADER), cell], billion_laughs()))


def _stray_cell(path: Path) -> Path:
    rows = [row_xml(1, HEADER), *member_rows(3)]
    rows.append('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    sheet = "".join(sheet_xml(rows)).replace(
        "<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>'
    )
    return raw_xlsx(path, [sheet])


def _time_refusal(session: object, path: Path) -> Callable[[], object]:
    def attempt() -> object:
        try:
            return preview_file(session, path)  # type: ignore[arg-type]
        except ChiboError as error:
            return error

    return attempt


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        session = open_session(folder / "empty.sqlite")
        honest = member_list(folder / "300.xlsx", rows=300)
        floor = best_of(RUNS, lambda: preview_file(session, honest))
        print(f"floor: an honest 300-row list to preview {floor[1] * 1000:.0f} ms")
        cases = {
            "billion laughs (1.0 s)": (_laughs(folder / "bl.xlsx"), 1.0),
            "zip bomb, 210 MB declared (0.5 s)": (
                zeros_member(folder / "bom.xlsx", "xl/worksheets/sheet1.xml", 210 << 20),
                0.5,
            ),
            "stray cell at XFD1048576 (3.0 s)": (_stray_cell(folder / "le.xlsx"), 3.0),
        }
        started = time.perf_counter()
        million = million_rows(folder / "trieu.xlsx")
        print(f"(built the million-row file in {time.perf_counter() - started:.1f} s)")
        limit = member_sheet.MAX_DATA_ROWS
        cases[f"a million rows, refused after {limit:,} (10 s)"] = (million, 10.0)
        for label, (path, target) in cases.items():
            ours = best_of(RUNS, _time_refusal(session, path))
            verdict = "ok" if ours[1] <= target else "OVER TARGET"
            print(
                f"{label}: median {ours[1] * 1000:.0f} ms, "
                f"{ours[1] / floor[1]:.1f}× the floor — {verdict}"
            )
        session.close()


if __name__ == "__main__":
    main()
