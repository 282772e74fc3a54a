"""`chibo demo --people N` as a whole process, the way the secretary (or a benchmark)
makes a full demo file: people, plans of three years, mid-year reviews, evaluations,
nominations, meetings.

    python benchmarks/bench_demo.py --people 5000

Target: ≤ 60 s at 5,000 people, linear in N (the time per person is printed so runs at
several sizes can be compared; run_all.py does). The process's CPU time is printed
beside the wall time: on a loaded machine it is the figure to compare between runs.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time

from _common import DEMO_DAY, ROOT, people_arg, report, temporary_folder

TARGET_5000 = 60.0


def main() -> None:
    people = people_arg()
    with temporary_folder() as folder:
        env = {**os.environ, "CHIBO_CLOCK": f"{DEMO_DAY.isoformat()}T09:00:00"}
        command = [sys.executable, "-m", "chibo_app.cli", "--db", str(folder / "demo.sqlite")]
        started = time.perf_counter()
        subprocess.run(
            [*command, "demo", "--people", str(people), "--seed", "1"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        took = time.perf_counter() - started
    # The process's own CPU (user + system): steadier than the wall time on a shared
    # machine, where the wall time grows with everyone else's load.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = children.ru_utime + children.ru_stime
    report(
        f"chibo demo --people {people}",
        took,
        people=people,
        at_most=TARGET_5000 * people / 5000,
        target=f"≤ {TARGET_5000 * people / 5000:.0f} s (60 s per 5,000, linear)",
    )
    report(f"chibo demo, per person ({people})", took / people * 1000, unit="ms", people=people)
    report(f"chibo demo, CPU (user + system) ({people})", cpu, people=people)
    report(f"chibo demo, CPU per person ({people})", cpu / people * 1000, unit="ms", people=people)


if __name__ == "__main__":
    main()
