"""Benchmark: a đảng ủy of 100 cells × 50 people.

    .venv/bin/python benchmarks/bench_dang_bo.py [cells] [people]

Building the cells: one demo cell through the services (people, plans, nominations,
evaluations, meetings), then copied and varied with bulk SQL — each copy its own cell id
and name, plan statuses and levels shuffled — instead of the demo's row by row services.

Measured (targets of issue 19):
- export of one cell's package (services.package_export.export: read, check, write):
  ≤ 1 s; baseline: the same tables written to a new SQLite file with no reading,
  checks or checksum (the floor of writing the file);
- import of all the packages in one go (verify + preview + apply) and the combined year
  report (figures summed, PDF written): ≤ 5 s together; baseline: opening each package
  with the standard sqlite3 module and reading every table (the floor of reading them).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT  # noqa: F401 - puts the repository on sys.path

from chibo_app.core.cell import CellSettings
from chibo_app.core.package import PARTS, TABLES
from chibo_app.services import (
    cell,
    dang_bo_documents,
    dang_bo_printing,
    demo,
    level,
    package_export,
    package_import,
)
from chibo_app.services.session import open_session

YEAR = 2026


def build_cells(folder: Path, cells: int, people: int) -> tuple[list[Path], float, float]:
    """(cell files, seconds for the template through the services, seconds for the
    bulk copies)."""
    start = time.perf_counter()
    template = folder / "template.sqlite"
    session = open_session(template)
    demo.fill_demo(session, people_count=people, seed=7)
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    made = time.perf_counter() - start
    start = time.perf_counter()
    rng = random.Random(19)
    paths = []
    statuses = ["confirmed", "confirmed", "confirmed", "submitted", "draft"]
    levels = ["excellent", "good", "good", "good", "good", "completed"]
    for n in range(cells):
        path = folder / f"cell-{n:03d}.sqlite"
        shutil.copyfile(template, path)
        with sqlite3.connect(path) as db:
            db.execute("UPDATE settings SET value = ? WHERE key = 'cell_uid'", [f"{n:032x}"])
            db.execute(
                "UPDATE settings SET value = ? WHERE key = 'cell_name'", [f"Chi bộ số {n + 1}"]
            )
            plans = [r[0] for r in db.execute("SELECT id FROM plans")]
            db.executemany(
                "UPDATE plans SET status = ? WHERE id = ?",
                [(rng.choice(statuses), i) for i in plans],
            )
            evaluations = [r[0] for r in db.execute("SELECT id FROM evaluations")]
            db.executemany(
                "UPDATE evaluations SET status = 'evaluated', classification = ? WHERE id = ?",
                [(rng.choice(levels), i) for i in evaluations],
            )
        paths.append(path)
    return paths, made, time.perf_counter() - start


def floor_write(package_tables: dict[str, list[tuple[object, ...]]], target: Path) -> None:
    with sqlite3.connect(target) as db:
        for table in TABLES[1:]:
            db.execute(table.create_sql())
            marks = ", ".join("?" for _ in table.columns)
            db.executemany(f"INSERT INTO {table.name} VALUES ({marks})", package_tables[table.name])
    target.unlink()


def floor_read(files: list[Path]) -> None:
    for path in files:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        for table in TABLES:
            db.execute(f"SELECT * FROM {table.name}").fetchall()
        db.close()


def main() -> int:
    cells = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    people = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths, template_s, copies_s = build_cells(folder, cells, people)
        print(
            f"building {cells} cells × {people} people: template through the services "
            f"{template_s:.1f} s, {cells} bulk copies {copies_s:.1f} s"
        )
        outbox = folder / "packages"
        outbox.mkdir()
        exports = []
        files = []
        for index, path in enumerate(paths):
            session = open_session(path)
            start = time.perf_counter()
            result = package_export.export(session, YEAR, PARTS, outbox / f"{path.stem}.chibo")
            exports.append(time.perf_counter() - start)
            files.append(result.path)
            if index == 0:
                tables = {k: list(v) for k, v in result.package.tables.items()}
                start = time.perf_counter()
                floor_write(tables, folder / "floor.sqlite")
                floor_s = time.perf_counter() - start
            session.close()
        exports.sort()
        first, median = exports[0], exports[len(exports) // 2]
        print(
            f"export of one cell's package: median {median * 1000:.0f} ms (best "
            f"{first * 1000:.0f}, slowest {exports[-1] * 1000:.0f}: the first, with the "
            f"imports); floor (write the rows only) {floor_s * 1000:.0f} ms; "
            f"target ≤ 1000 ms: {'ok' if exports[-1] <= 1 else 'OVER TARGET'}"
        )
        committee = open_session(folder / "dang-bo.sqlite")
        cell.save_settings(
            committee,
            CellSettings(
                cell_name="Đảng ủy Khối cơ quan",
                superior="Đảng bộ tỉnh Hà Tĩnh",
                place="Hà Tĩnh",
                secretary="Trần Văn Công",
                symbol="ĐU",
            ),
        )
        level.set_level(committee, level.Level.COMMITTEE)
        start = time.perf_counter()
        preview = package_import.inspect(committee, files)
        inspected = time.perf_counter() - start
        applied = package_import.apply(committee, preview)
        imported = time.perf_counter() - start
        dang_bo_printing.export(committee, "report", YEAR, folder / "bao-cao.pdf")
        total = time.perf_counter() - start
        cells_parts = dang_bo_documents.gather(committee, YEAR, dang_bo_documents.SOURCES["report"])
        summed = dang_bo_documents.combined_report(cells_parts, YEAR).figures
        start = time.perf_counter()
        floor_read(files)
        floor = time.perf_counter() - start
        print(
            f"import of {len(files)} packages ({applied.parts} parts; verify + preview "
            f"{inspected:.2f} s, apply {imported - inspected:.2f} s) and the combined report "
            f"PDF {total - imported:.2f} s: {total:.2f} s in all; floor (read every table "
            f"with sqlite3) {floor:.2f} s; ratio {total / floor:.1f}; target ≤ 5 s: "
            f"{'ok' if total <= 5 else 'OVER TARGET'}"
        )
        print(
            f"combined figures: {summed['people']['party_members']} đảng viên, "
            f"{summed['plans']['confirmed']} plans confirmed of {summed['plans']['people']}"
        )
        committee.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
