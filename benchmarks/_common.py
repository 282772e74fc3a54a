"""Shared helpers of the benchmark scripts: full-demo databases, timing, reporting.

Every benchmark measures on the full demo (people, plans of three years, mid-year
reviews, evaluations, nominations, meetings), built once per size and per version of
the demo code, and kept in a cache folder outside the repository
(CHIBO_BENCH_CACHE, default ~/.cache/chibo-bench). A benchmark works on a copy.

Each figure is printed as one line: ours, baseline, ratio, target, verdict. With
CHIBO_BENCH_RESULTS set to a file, the lines are also appended there as JSON, for
benchmarks/run_all.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import resource
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

PEOPLE = 5000
YEAR = 2026
# The demo's "today": late in the year, so plans, mid-year reviews and evaluations exist.
DEMO_DAY = dt.date(YEAR, 11, 25)
SEED = 1
CACHE = Path(os.environ.get("CHIBO_BENCH_CACHE", Path.home() / ".cache" / "chibo-bench"))
RESULTS_ENV = "CHIBO_BENCH_RESULTS"
# What a cached demo depends on: the demo's code and the schema it is written in.
_DEMO_SOURCES = ("chibo_app/services/demo*.py", "chibo_app/storage/migrations/*.py")


def people_arg(default: int = PEOPLE) -> int:
    """--people N from the command line (run_all passes it to every script)."""
    args = sys.argv[1:]
    if "--people" in args:
        return int(args[args.index("--people") + 1])
    return default


def demo_clock():  # type: ignore[no-untyped-def]
    from chibo_app.core.clock import FixedClock

    return FixedClock.on(DEMO_DAY)


def _demo_key(people: int) -> str:
    digest = hashlib.sha256(f"people={people} seed={SEED} day={DEMO_DAY}".encode())
    for pattern in _DEMO_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def full_demo(people: int = PEOPLE) -> Path:
    """The cached full-demo database of `people` people (built now if missing).

    Built under a lock (two benchmarks asking at once build it once), into a temporary
    name renamed when complete; the build time is kept beside it."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{people}-{_demo_key(people)}.sqlite"
    with open(CACHE / f".lock-{people}", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            _build(path, people)
    return path


def _build(path: Path, people: int) -> None:
    from chibo_app.services.demo import fill_demo
    from chibo_app.services.session import open_session
    from chibo_app.storage.sqlite_files import remove_with_sidecars

    partial = path.with_suffix(".building")
    remove_with_sidecars(partial)
    print(f"(building the full demo of {people} people in {CACHE} …)", file=sys.stderr)
    started = time.perf_counter()
    session = open_session(partial, clock=demo_clock())
    fill_demo(session, people_count=people, seed=SEED)
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    took = time.perf_counter() - started
    partial.rename(path)
    path.with_suffix(".json").write_text(json.dumps({"people": people, "build_seconds": took}))
    print(f"(built in {took:.0f} s)", file=sys.stderr)


def working_copy(folder: Path, people: int = PEOPLE) -> Path:
    """A copy of the cached demo in `folder`, free to be changed."""
    target = folder / f"demo-{people}.sqlite"
    shutil.copyfile(full_demo(people), target)
    return target


def open_demo(folder: Path, people: int = PEOPLE):  # type: ignore[no-untyped-def]
    """A session on a fresh copy of the demo, on the demo's day."""
    from chibo_app.services.session import open_session

    return open_session(working_copy(folder, people), clock=demo_clock())


# Timing ----------------------------------------------------------------------------------


def times_of(runs: int, work: Callable[[], object]) -> list[float]:
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        found.append(time.perf_counter() - start)
    return found


def median_of(runs: int, work: Callable[[], object]) -> float:
    return statistics.median(times_of(runs, work))


def best_of(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """(best, median) wall seconds of `runs` calls."""
    found = times_of(runs, work)
    return min(found), statistics.median(found)


def peak_mib() -> float:
    """This process's peak resident memory so far (Linux: VmHWM; else ru_maxrss)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Start a new peak (Linux ≥ 4.0: writing 5 to clear_refs resets VmHWM)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


# Reporting -------------------------------------------------------------------------------


@dataclass
class Line:
    bench: str
    what: str
    people: int | None
    ours: float
    unit: str  # "s", "ms" or "MiB"
    baseline: float | None
    baseline_name: str
    target: str
    ok: bool | None  # None: a figure without a target

    def text(self) -> str:
        parts = [f"{self.what}: ours {_fmt(self.ours, self.unit)}"]
        if self.baseline is not None:
            parts.append(f"{self.baseline_name or 'baseline'} {_fmt(self.baseline, self.unit)}")
            parts.append(f"ratio {self.ours / self.baseline:.2f}")
        if self.target:
            parts.append(f"target {self.target}")
        verdict = "" if self.ok is None else (" ok" if self.ok else " OVER TARGET")
        return ", ".join(parts) + verdict

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def report(
    what: str,
    ours: float,
    *,
    unit: str = "s",
    baseline: float | None = None,
    baseline_name: str = "",
    at_most: float | None = None,
    at_least: float | None = None,
    ratio_at_most: float | None = None,
    people: int | None = None,
    target: str = "",
) -> Line:
    """Print one line (and record it): ours beside the baseline, against the target.

    `at_most` is a limit on ours (in `unit`); `ratio_at_most` on ours / baseline."""
    checks = []
    texts = []
    if at_most is not None:
        checks.append(ours <= at_most)
        texts.append(f"≤ {_fmt(at_most, unit)}")
    if at_least is not None:
        checks.append(ours >= at_least)
        texts.append(f"≥ {_fmt(at_least, unit)}")
    if ratio_at_most is not None and baseline:
        checks.append(ours / baseline <= ratio_at_most)
        texts.append(f"≤ {ratio_at_most:g}×")
    line = Line(
        bench=Path(sys.argv[0]).stem,
        what=what,
        people=people,
        ours=ours,
        unit=unit,
        baseline=baseline,
        baseline_name=baseline_name,
        target=target or " and ".join(texts),
        ok=all(checks) if checks else None,
    )
    print(line.text(), flush=True)
    results = os.environ.get(RESULTS_ENV)
    if results:
        with open(results, "a", encoding="utf-8") as file:
            file.write(json.dumps(asdict(line), ensure_ascii=False) + "\n")
    return line


@contextlib.contextmanager
def temporary_folder() -> Iterator[Path]:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="chibo-bench-") as name:
        yield Path(name)
