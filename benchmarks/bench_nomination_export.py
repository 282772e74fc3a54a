"""Benchmark: 5,000 nominations to the formatted .xlsx list vs openpyxl write-only
writing the same rows without any formatting, in the same run (target ≤ 1.5×).

    .venv/bin/python benchmarks/bench_nomination_export.py [rows]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from chibo_app.core.cell import CellSettings
from chibo_app.core.nomination_list import NominationListData, NominationListRow, row_values
from chibo_app.core.nominations import DEFAULT_FIELDS, Kind
from chibo_app.spreadsheets.nomination_list import write_nomination_list_xlsx

CELL = CellSettings(
    cell_name="Chi bộ Sở Ngoại vụ",
    superior="Đảng ủy Ủy ban nhân dân tỉnh",
    place="Hà Tĩnh",
    secretary="Thái Phúc Sơn",
    term="2025–2030",
)
KINDS = (Kind.COLLECTIVE, Kind.INDIVIDUAL, Kind.INDIVIDUAL, Kind.MODEL)


def rows(count: int) -> list[NominationListRow]:
    return [
        NominationListRow(
            KINDS[n % 4],
            f"Nguyễn Thị Hồng Nhung {n}",
            "Phó Trưởng phòng" if n % 2 else "",
            "Phòng Hợp tác quốc tế",
            DEFAULT_FIELDS[n % 6],
            "Số hóa 100% hồ sơ lãnh sự; rút ngắn thời gian xử lý hồ sơ từ 5 xuống 3 ngày"
            f" làm việc; hướng dẫn {n % 40} đơn vị áp dụng",
            "Đã biểu dương dịp 19/5" if n % 5 == 0 else "",
            n + 1,
        )
        for n in range(count)
    ]


def plain(path: Path, data: NominationListData) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách")
    for number, row in enumerate(data.rows, start=1):
        sheet.append(row_values(number, row))
    workbook.save(path)


def best_of(runs: int, job: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    data = NominationListData(2026, rows(count), number=2)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        baseline = best_of(5, lambda: plain(base / "plain.xlsx", data))
        formatted = best_of(
            5, lambda: write_nomination_list_xlsx(base / "list.xlsx", data, CELL, code=None)
        )
        size = (base / "list.xlsx").stat().st_size
    print(f"{count} nominations, best of 5 runs")
    print(f"  openpyxl write-only, unformatted: {baseline * 1000:7.0f} ms")
    print(f"  formatted list (nomination_list): {formatted * 1000:7.0f} ms  ({size // 1024} KiB)")
    print(f"  ratio: {formatted / baseline:.2f}× (target ≤ 1.5×)")


if __name__ == "__main__":
    main()
