"""Search as you type on the people page of the full demo: each keystroke, typed as key
events, until the table's viewport has really painted the filtered rows.

    python benchmarks/bench_people_search.py --people 5000

The page is shown offscreen at 1280×720. After each key press the event loop runs until
a paint event of the table's viewport has been handled; the time from the key press to
the end of that paint is the keystroke's figure (a keystroke with no paint within 1 s
is counted apart). Targets: p90 ≤ 16 ms at 5,000 people, ≤ 25 ms at 20,000.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import YEAR, open_demo, people_arg, report, temporary_folder  # noqa: E402
from _gui import PaintWatch, settle  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

QUERIES = ["nguyen van an", "nguyễn thị", "phong lanh su", "8300", "zzz", "tran minh"]
ROUNDS = 3


def type_key(widget, char: str) -> None:  # type: ignore[no-untyped-def]
    """One key typed. A Vietnamese letter arrives as text, the way Unikey's or the
    system's input method delivers it (QTest.keyClick only knows ASCII keys)."""
    if char.isascii():
        QTest.keyClick(widget, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def keystroke(app: QApplication, page, paints: PaintWatch, char: str) -> float | None:  # type: ignore[no-untyped-def]
    before = paints.count
    started = time.perf_counter()
    type_key(page.search, char)
    deadline = started + 1.0
    while paints.count == before and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    # processEvents has returned: the paint it delivered is finished.
    return time.perf_counter() - started if paints.count > before else None


def main() -> None:
    people = people_arg()
    app = QApplication([])
    from chibo_app.ui import gc_policy
    from chibo_app.ui.pages.people_page import PeoplePage

    gc_policy.enable()  # as app.main does

    with temporary_folder() as folder:
        session = open_demo(folder, people)
        page = PeoplePage(session, YEAR)
        page.resize(1280, 720)
        page.show()
        settle(0.5)
        paints = PaintWatch(page.view.viewport())
        times: list[float] = []
        missed = 0
        for _round in range(ROUNDS):
            for query in QUERIES:
                page.search.clear()
                settle(0.05)
                page.search.setFocus()
                for char in query:
                    took = keystroke(app, page, paints, char)
                    if took is None:
                        missed += 1
                    else:
                        times.append(took * 1000)
        times.sort()
        p90 = times[int(len(times) * 0.9)]
        print(
            f"{len(times)} keystrokes painted ({missed} without a paint), "
            f"median {statistics.median(times):.1f} ms, max {times[-1]:.1f} ms"
        )
        report(
            "search keystroke to the table painted, p90",
            p90,
            unit="ms",
            people=people,
            at_most=16 if people <= 5000 else 25,
        )
        report(
            "search keystroke to the table painted, median",
            statistics.median(times),
            unit="ms",
            people=people,
        )
        page.search.clear()
        page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        session.close()


if __name__ == "__main__":
    main()
