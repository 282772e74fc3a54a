"""Search as you type over 5,000 people: time per keystroke (filter + repaint).

    python benchmarks/bench_people_search.py [N]

Builds N people through the real services (services.demo.fill_demo), opens the
people page offscreen and types queries one character at a time. Budget: 16 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from chibo_app.services import demo  # noqa: E402
from chibo_app.services.session import open_session  # noqa: E402

QUERIES = ["nguyen van an", "nguyễn thị", "phong lanh su", "8300", "zzz"]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    app = QApplication([])
    from chibo_app.ui.pages.people_page import PeoplePage

    with tempfile.TemporaryDirectory() as folder:
        session = open_session(Path(folder) / "bench.sqlite")
        started = time.perf_counter()
        demo.fill_demo(session, people_count=count, people_only=True)
        print(f"built {count} people in {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        page = PeoplePage(session, 2026)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        print(
            f"page with {page.model.rowCount()} rows built and shown in "
            f"{(time.perf_counter() - started) * 1000:.0f} ms"
        )
        times: list[float] = []
        filtering: list[float] = []
        for query in QUERIES:
            page.search.clear()
            app.processEvents()
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                page.search.setText(query[:end])  # what one keystroke does
                filtered = time.perf_counter()
                app.processEvents()  # the repaint of the table
                filtering.append((filtered - started) * 1000)
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"  {query!r:>18}: {page.proxy.rowCount():5d} shown; last keystroke "
                f"{times[-1]:.2f} ms"
            )
        for label, values in (("filter only", filtering), ("filter + repaint", times)):
            values.sort()
            print(
                f"{label:>17} over {len(values)} keystrokes: median "
                f"{statistics.median(values):.2f} ms, p90 {values[int(len(values) * 0.9)]:.2f}"
                f" ms, max {values[-1]:.2f} ms (budget 16 ms)"
            )
        page.search.setText("nguyen")
        app.processEvents()
        started = time.perf_counter()
        for _ in range(10):
            page.view.viewport().repaint()
        print(
            f"one full repaint of the visible table (Qt drawing): "
            f"{(time.perf_counter() - started) * 100:.2f} ms"
        )
        started = time.perf_counter()
        page.proxy.sort(0)
        page.reload()
        print(
            f"reload of all rows (after an edit): {(time.perf_counter() - started) * 1000:.0f} ms"
        )
        session.close()


if __name__ == "__main__":
    main()
