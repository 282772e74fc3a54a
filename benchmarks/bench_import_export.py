"""The import dialog from a chosen file to its preview painted, and the export of the
register, each beside the bare openpyxl baseline.

    python benchmarks/bench_import_export.py --people 5000

- import: a titled 'Excel-saved' list of N people; the dialog's load() (the file chosen)
  until the preview table has painted its rows, beside openpyxl reading every row of
  the same file read-only (target ≤ 2×);
- export: the register of the full demo of N people to .xlsx, beside openpyxl's
  write-only mode writing the same values (target ≤ 1.5×).
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median_of, open_demo, people_arg, report, temporary_folder  # noqa: E402
from _gui import PaintWatch, settle  # noqa: E402
from openpyxl import Workbook, load_workbook  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from xlsx_shapes import make_big_member_file  # noqa: E402

RUNS = 5


def bare_read(path: Path) -> int:
    workbook = load_workbook(path, read_only=True)
    count = sum(1 for _ in workbook.active.iter_rows(values_only=True))
    workbook.close()
    return count


def bare_write(path: Path, rows: list[list[object]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def dialog_to_preview(app: QApplication, session, source: Path) -> float:  # type: ignore[no-untyped-def]
    from chibo_app.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(session)
    dialog.resize(1200, 700)
    dialog.show()
    settle(0.2)
    paints = PaintWatch(dialog.table.viewport())
    started = time.perf_counter()
    dialog.load(source)
    while dialog.preview is None or dialog.working:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    shown = paints.count
    while paints.count == shown:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    took = time.perf_counter() - started
    rows = dialog.rows.rowCount()
    dialog.reject()
    dialog.deleteLater()
    settle(0.1)
    assert rows > 0
    return took


def main() -> None:
    people = people_arg()
    app = QApplication([])
    with temporary_folder() as folder:
        source = folder / f"danh-sach-{people}.xlsx"
        make_big_member_file(source, people)
        from chibo_app.services.session import open_session

        empty = open_session(folder / "empty.sqlite")
        dialog_to_preview(app, empty, source)  # warm: imports, fonts, the lane's session
        ours, bare = [], []
        for _ in range(RUNS):
            ours.append(dialog_to_preview(app, empty, source))
            bare.append(median_of(1, lambda: bare_read(source)))
        report(
            f"import dialog, {people} rows: file chosen to the preview painted",
            statistics.median(ours),
            baseline=statistics.median(bare),
            baseline_name="openpyxl read",
            ratio_at_most=2.0,
            people=people,
        )
        empty.close()

        from chibo_app.services import members_export
        from chibo_app.services import people as people_service

        session = open_demo(folder, people)
        rows = people_service.list_rows(session)
        flat = [
            [i, r.full_name, r.sex, r.birth_date, str(r.kind), r.party_card, r.admitted_on,
             r.full_member_on, r.unit, r.party_position, r.government_position, str(r.status)]
            for i, r in enumerate(rows, 1)
        ]  # fmt: skip
        target = folder / "export.xlsx"
        report(
            f"export the register of {people} people to .xlsx",
            median_of(RUNS, lambda: members_export.export_members(session, target, True)),
            baseline=median_of(RUNS, lambda: bare_write(folder / "bare.xlsx", flat)),
            baseline_name="openpyxl write-only",
            ratio_at_most=1.5,
            people=people,
        )
        session.close()


if __name__ == "__main__":
    main()
