"""Importing 40 filled personal plans typed in Word (.docx, in the shapes members use)
to a ready preview — every file read, matched to its person, checked and compared with
the year's plans and with each other — beside reading the same 40 files with
python-docx alone (opening each and walking its paragraphs and tables). Target from
issue 15: the preview within 2 s."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import best_of, report
from plan_docx_shapes import SHAPES, write_for

from chibo_app.core.people import Person
from chibo_app.services import people
from chibo_app.services.plan_import import preview_files
from chibo_app.services.session import open_session

FILES = 40
RUNS = 5
TARGET_SECONDS = 2.0
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khánh", "Linh"]


def bare_read(paths: list[Path]) -> int:
    import docx

    count = 0
    for path in paths:
        document = docx.Document(str(path))
        count += sum(len(p.text) for p in document.paragraphs)
        for table in document.tables:
            count += sum(len(c.text) for row in table.rows for c in row.cells)
    return count


def main() -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        session = open_session(folder / "chibo.sqlite")
        names = [f"{f} Văn {g}" for f in FAMILY for g in GIVEN][:FILES]
        for name in names:
            people.save_person(session, Person(full_name=name))
        plans = folder / "ke-hoach"
        plans.mkdir()
        shapes = sorted(SHAPES)
        paths = [
            write_for(name, plans / f"{n:02d}.docx", shapes[n % len(shapes)])
            for n, name in enumerate(names)
        ]
        start = time.perf_counter()
        previews = preview_files(session, [plans], 2026)
        first = time.perf_counter() - start
        ready = sum(1 for p in previews if p.ready)
        print(f"{len(previews)} files, {ready} ready to import; first run {first * 1000:.0f} ms")
        ours = best_of(RUNS, lambda: preview_files(session, [plans], 2026))
        baseline = best_of(RUNS, lambda: bare_read(paths))
        report(
            "40 filled .docx plans to a ready preview",
            ours[1],
            baseline=baseline[1],
            baseline_name="python-docx reading them alone",
            at_most=TARGET_SECONDS,
        )
        session.close()


if __name__ == "__main__":
    main()
