"""Import of a 5,000-row spreadsheet to a ready preview, and export of 5,000 people,
each beside the bare openpyxl baseline named in the issue."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import PEOPLE, best_of, demo_database, report
from openpyxl import Workbook, load_workbook
from xlsx_shapes import make_big_member_file

from chibo_app.services import members_export, people
from chibo_app.services.members_import import preview_file
from chibo_app.services.session import open_session

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


def main() -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = folder / "danh-sach-5000.xlsx"
        make_big_member_file(source, PEOPLE)
        empty = open_session(folder / "empty.sqlite")
        preview = preview_file(empty, source)
        print(f"preview rows: {len(preview.rows)}, counts {dict(preview.counts())}")
        report(
            "import 5,000 rows to preview",
            best_of(RUNS, lambda: preview_file(empty, source)),
            best_of(RUNS, lambda: bare_read(source)),
            2.0,
        )

        session = open_session(demo_database(folder))
        rows = people.list_rows(session)
        flat = [
            [
                i,
                r.full_name,
                r.sex,
                r.birth_date,
                str(r.kind),
                r.party_card,
                r.admitted_on,
                r.full_member_on,
                r.unit,
                r.party_position,
                r.government_position,
                str(r.status),
            ]
            for i, r in enumerate(rows, 1)
        ]
        target = folder / "export.xlsx"
        report(
            "export 5,000 people",
            best_of(
                RUNS, lambda: members_export.export_members(session, target, include_left=True)
            ),
            best_of(RUNS, lambda: bare_write(folder / "bare.xlsx", flat)),
            1.5,
        )


if __name__ == "__main__":
    main()
