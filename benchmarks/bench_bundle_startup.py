"""Start-up of the PyInstaller bundle (dist/chibo) against running from source.

Whole processes timed from spawn to exit, the way bench_startup.py times chibo-app;
runs alternate between the two so they share the machine's noise; the first round
only warms the OS file cache. Offscreen, on the full demo of 5,000 people (cached):

- window shown:   CHIBO_EXIT_AFTER_SHOW=frame (the main window's frame on screen)
- people listed:  CHIBO_EXIT_AFTER_SHOW=1 (the file opened, the first page filled)
- chibo --version (the command line's start-up alone)

Build the bundle first (packaging/build_linux.sh). Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, working_copy

RUNS = 9


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "chibo")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    gui, cli = args.dist / "chibo-app", args.dist / "chibo"
    if not gui.is_file():
        raise SystemExit(f"no bundle in {args.dist}: run packaging/build_linux.sh first")
    with tempfile.TemporaryDirectory() as folder:
        db = working_copy(Path(folder))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        commands = {
            "source": {
                "window shown": [sys.executable, "-m", "chibo_app.ui.app", "--db", str(db)],
                "people listed": [sys.executable, "-m", "chibo_app.ui.app", "--db", str(db)],
                "chibo --version": [sys.executable, "-m", "chibo_app", "--version"],
            },
            "bundle": {
                "window shown": [str(gui), "--db", str(db)],
                "people listed": [str(gui), "--db", str(db)],
                "chibo --version": [str(cli), "--version"],
            },
        }
        exit_after = {"window shown": "frame", "people listed": "1", "chibo --version": ""}
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs + 1):
            for what, value in exit_after.items():
                for kind in ("source", "bundle"):
                    run_env = {**env, "CHIBO_EXIT_AFTER_SHOW": value} if value else env
                    took = timed(commands[kind][what], run_env)
                    times.setdefault((kind, what), []).append(took)
        for what in exit_after:
            source = statistics.median(times["source", what][1:])
            bundle = statistics.median(times["bundle", what][1:])
            print(
                f"{what}: source median {source * 1000:.0f} ms, bundle median "
                f"{bundle * 1000:.0f} ms, bundle/source {bundle / source:.2f} "
                f"({args.runs} runs each)"
            )


if __name__ == "__main__":
    main()
