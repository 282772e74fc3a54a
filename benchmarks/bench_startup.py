"""Cold start of chibo-app on the full demo, beside a bare PySide6 window, as whole
processes (interpreter start included), timed from spawn to exit.

    python benchmarks/bench_startup.py --people 5000

- bare: QMainWindow + QTableView shown, quit at its first paint;
- window shown: chibo-app's frame on screen (CHIBO_EXIT_AFTER_SHOW=frame);
- first page with its data: `--smoke-test`, which opens the file, attaches it and quits
  after the first paint of the main window with the overview's data.
Runs alternate so the three share the machine's noise; the first round only warms the
OS file cache. Targets: the window ≤ 1.5× the bare one, the first page ≤ 2×.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from _common import ROOT, people_arg, report, temporary_folder, working_copy

RUNS = 7
BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    people = people_arg()
    with temporary_folder() as folder:
        db = working_copy(folder, people)
        # The installed app starts from compiled bytecode (pip and the bundle write it); a
        # shell with PYTHONDONTWRITEBYTECODE would compile every module at every start.
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {
            **inherited,
            "QT_QPA_PLATFORM": "offscreen",
            "CHIBO_CLOCK": "2026-11-25T09:00:00",
            "XDG_CONFIG_HOME": str(folder / "config"),  # no saved geometry, no language
        }
        ours_cmd = [sys.executable, "-m", "chibo_app.ui.app", "--db", str(db)]
        commands = {
            "bare": ([sys.executable, "-c", BARE], env),
            "window shown": (ours_cmd, {**env, "CHIBO_EXIT_AFTER_SHOW": "frame"}),
            "first page with its data": ([*ours_cmd, "--smoke-test"], env),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS + 1):
            for name, (command, command_env) in commands.items():
                times[name].append(timed(command, command_env))
        bare = statistics.median(times["bare"][1:])
        report("bare PySide6 window, first paint", bare, people=people)
        for name, limit in (("window shown", 1.5), ("first page with its data", 2.0)):
            report(
                f"start-up to {name}",
                statistics.median(times[name][1:]),
                baseline=bare,
                baseline_name="bare window",
                ratio_at_most=limit,
                people=people,
            )


if __name__ == "__main__":
    main()
