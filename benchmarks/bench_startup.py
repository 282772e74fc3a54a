"""Cold start of chibo-app on 5,000 people to the main window shown, beside a bare
PySide6 window (QMainWindow + QTableView shown, then quit) started the same way.

Both are whole processes (interpreter start included), timed from spawn to exit; runs
alternate to share noise. The app shows its window frame first and then opens the
database, so two figures are printed: the window shown (CHIBO_EXIT_AFTER_SHOW=frame)
and the window shown with the 5,000 people listed (CHIBO_EXIT_AFTER_SHOW=1).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, demo_database

RUNS = 9
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = demo_database(Path(folder))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        ours_cmd = [sys.executable, "-m", "chibo_app.ui.app", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE]
        variants = {"window shown": "frame", "people listed": "1"}
        times: dict[str, list[float]] = {name: [] for name in [*variants, "bare"]}
        for _ in range(RUNS + 1):  # the first round warms the OS file cache
            for name, value in variants.items():
                times[name].append(timed(ours_cmd, {**env, "CHIBO_EXIT_AFTER_SHOW": value}))
            times["bare"].append(timed(bare_cmd, env))
        bare = statistics.median(times["bare"][1:])
        print(f"bare PySide6 window: median {bare * 1000:.0f} ms")
        for name in variants:
            ours = statistics.median(times[name][1:])
            verdict = "ok" if ours <= 2 * bare else "OVER TARGET"
            print(
                f"chibo-app, 5,000 people, {name}: median {ours * 1000:.0f} ms, "
                f"ratio {ours / bare:.2f} (target ≤ 2) {verdict}"
            )


if __name__ == "__main__":
    main()
