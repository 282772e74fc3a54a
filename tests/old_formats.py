"""The .xlsx shapes of tests/xlsx_shapes.py saved as .xls and .ods by LibreOffice (one
soffice run converts them all), for tests that read every format the same way."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import tests.xlsx_shapes as shapes
from tests import libreoffice

HAS_SOFFICE = shutil.which("soffice") is not None


def _sections(path: Path) -> Path:
    rows = [
        shapes.HEADER,
        ["I. VĂN PHÒNG"],
        [v if i != 7 else None for i, v in enumerate(shapes.person_row(1, shapes.PEOPLE[0]))],
        ["II. PHÒNG LÃNH SỰ"],
        [v if i != 7 else None for i, v in enumerate(shapes.person_row(2, shapes.PEOPLE[1]))],
    ]
    return shapes.write_sheet(path, rows, merges=["A2:J2"])


SHAPES: dict[str, Callable[[Path], Path]] = {
    "simple": shapes.make_simple_list,
    "titled": shapes.make_titled_list,
    "two_row_header": shapes.make_two_row_header,
    "column_numbers": shapes.make_column_number_row,
    "messy": shapes.make_messy_values,
    "footer": shapes.make_with_footer,
    "signature": shapes.make_signature_without_total,
    "merged_units": shapes.make_merged_units,
    "tcvn3": shapes.make_tcvn3_list,
    "tcvn3_caps": lambda p: shapes.make_tcvn3_list(p, ".VnTimeH"),
    "vni": shapes.make_vni_list,
    "second_sheet": shapes.make_second_sheet_list,
    "sections": _sections,
}


def convert(paths: list[Path], to: str, folder: Path) -> None:
    """Convert `paths` with LibreOffice in one run (a few seconds, not one per file)."""
    filters = {"xls": "xls:MS Excel 97", "ods": "ods"}
    libreoffice.convert(paths, filters[to], folder)


@pytest.fixture(scope="session")
def old_formats(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """shape → {"xlsx": …, "xls": …, "ods": …}."""
    if not HAS_SOFFICE:
        pytest.skip("LibreOffice (soffice) is needed to write .xls and .ods files")
    folder = tmp_path_factory.mktemp("old_formats")
    made = {name: make(folder / f"{name}.xlsx") for name, make in SHAPES.items()}
    for kind in ("xls", "ods"):
        convert(list(made.values()), kind, folder)
    return {
        name: {kind: folder / f"{name}.{kind}" for kind in ("xlsx", "xls", "ods")}
        for name in SHAPES
    }
