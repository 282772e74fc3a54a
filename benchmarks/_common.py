"""Shared helpers for the benchmark scripts: a 5,000-person database and timing."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

PEOPLE = 5000


def demo_database(folder: Path, people: int = PEOPLE, people_only: bool = True) -> Path:
    """A database with `people` demo people (built once per folder).

    People only by default: the register's benchmarks; the full demo of plans, meetings
    and evaluations for 5,000 people takes many minutes to generate."""
    from chibo_app.services.demo import fill_demo
    from chibo_app.services.session import open_session

    path = folder / f"demo-{people}.sqlite"
    if not path.exists():
        session = open_session(path)
        fill_demo(session, people_count=people, seed=1, people_only=people_only)
        session.close()
    return path


def best_of(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """(best, median) wall seconds of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def report(
    name: str, ours: tuple[float, float], baseline: tuple[float, float], limit: float
) -> None:
    ratio = ours[1] / baseline[1]
    verdict = "ok" if ratio <= limit else "OVER TARGET"
    print(
        f"{name}: ours median {ours[1] * 1000:.0f} ms (best {ours[0] * 1000:.0f}), "
        f"baseline median {baseline[1] * 1000:.0f} ms (best {baseline[0] * 1000:.0f}), "
        f"ratio {ratio:.2f} (target ≤ {limit}) {verdict}"
    )
