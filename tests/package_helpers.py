"""Three demo cells and a đảng bộ file, for the tests of the packages sent up."""

from __future__ import annotations

import shutil
from pathlib import Path

from chibo_app import cli
from chibo_app.core.cell import CellSettings
from chibo_app.services import cell, demo
from chibo_app.services.session import open_session

YEAR = 2026
CELLS = (
    ("Chi bộ Sở Ngoại vụ", 11, 1),
    ("Chi bộ Phòng Lãnh sự", 9, 2),
    ("Chi bộ Trung tâm Dịch vụ đối ngoại", 8, 3),
)
COMMITTEE_INIT = [
    "init",
    "--level",
    "dang-bo",
    "--cell",
    "Đảng ủy Ủy ban nhân dân tỉnh",
    "--superior",
    "Đảng bộ tỉnh Hà Tĩnh",
    "--place",
    "Hà Tĩnh",
    "--secretary",
    "Trần Văn Công",
]


def make_cells(folder: Path) -> list[Path]:
    """Three demo cells with names of their own (made once per test module)."""
    paths = []
    for name, people, seed in CELLS:
        path = folder / f"cell-{seed}.sqlite"
        session = open_session(path)
        demo.fill_demo(session, people_count=people, seed=seed)
        settings = cell.load_settings(session)
        cell.save_settings(session, CellSettings(**{**settings.__dict__, "cell_name": name}))
        session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        session.close()
        paths.append(path)
    return paths


def copy_cells(made: list[Path], folder: Path) -> list[Path]:
    """Fresh copies of the made cells for one test (each keeps its cell id)."""
    copies = []
    for path in made:
        target = folder / path.name
        shutil.copyfile(path, target)
        copies.append(target)
    return copies


def chibo(db: Path, *args: object) -> int:
    return cli.main(["--db", str(db), *[str(a) for a in args]])


def make_committee(path: Path) -> Path:
    assert chibo(path, *COMMITTEE_INIT) == 0
    return path
