"""Every benchmark at 1,000, 5,000 and 20,000 people, one after the other, and one
markdown table of their lines (ours, baseline, ratio, target, verdict).

    python benchmarks/run_all.py [--sizes 1000,5000,20000] [--out results.md] [--only NAME]

Each script runs in its own process with --people N and appends its figures to a
JSON-lines file (CHIBO_BENCH_RESULTS); the full-demo databases come from the cache
(CHIBO_BENCH_CACHE, built on first use). The machine's load average is recorded before
and after each script: on a shared machine the figures move with it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _common import CACHE, RESULTS_ENV, ROOT

# (script, sizes it runs at: None = every size asked, "once" = at the first size only)
SCRIPTS: list[tuple[str, object]] = [
    ("bench_demo.py", (1000, 5000)),  # 20,000: an hour on this machine; linear is shown
    ("bench_startup.py", None),
    ("bench_gui.py", None),
    ("bench_people_search.py", None),
    ("bench_copy_detection.py", None),
    ("bench_list_pdfs.py", None),
    ("bench_import_export.py", None),
    ("bench_plan_forms.py", "once"),
]


def load() -> str:
    return " ".join(f"{v:.1f}" for v in os.getloadavg())


def run(script: str, people: int, results: Path, log) -> None:  # type: ignore[no-untyped-def]
    before = load()
    started = time.perf_counter()
    command = [sys.executable, str(ROOT / "benchmarks" / script), "--people", str(people)]
    done = subprocess.run(
        command,
        env={**os.environ, RESULTS_ENV: str(results)},
        cwd=ROOT / "benchmarks",
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - started
    header = f"## {script} --people {people} ({took:.0f} s; load {before} → {load()})"
    print(header, flush=True)
    print(done.stdout, flush=True)
    log.write(f"{header}\n{done.stdout}\n")
    if done.returncode:
        print(done.stderr[-3000:], flush=True)
        log.write(f"FAILED (exit {done.returncode}):\n{done.stderr[-3000:]}\n")


def cell(line: dict) -> str:
    value = line["ours"]
    unit = line["unit"]
    text = (
        (f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s")
        if unit == "s"
        else f"{value:.1f} ms"
        if unit == "ms"
        else f"{value:.0f} {unit}"
    )
    if line.get("baseline"):
        text += f" ({value / line['baseline']:.2f}×)"
    if line["ok"] is not None:
        text += " ✓" if line["ok"] else " ✗"
    return text


def table(lines: list[dict], sizes: list[int]) -> str:
    rows: dict[str, dict] = {}
    for line in lines:
        what = line["what"]
        for size in sizes:  # the size in a label ("1000 rows") is the column's
            what = what.replace(str(size), "N")
        entry = rows.setdefault(what, {"target": line["target"], "by_size": {}})
        entry["by_size"][line["people"]] = line
        if line["target"]:
            entry["target"] = line["target"]
    out = [
        "| what | target | " + " | ".join(f"{s:,}" for s in sizes) + " |",
        "|---|---|" + "---|" * len(sizes),
    ]
    for what, entry in rows.items():
        cells = [cell(entry["by_size"][s]) if s in entry["by_size"] else "" for s in sizes]
        out.append(f"| {what} | {entry['target']} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--out", type=Path, default=CACHE / "results.md")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    results = args.out.with_suffix(".jsonl")
    results.unlink(missing_ok=True)
    log_path = args.out.with_suffix(".log")
    with open(log_path, "w", encoding="utf-8") as log:
        for script, when in SCRIPTS:
            if args.only and args.only not in script:
                continue
            chosen = (
                sizes
                if when is None
                else sizes[:1]
                if when == "once"
                else [s for s in sizes if s in when]  # type: ignore[operator]
            )
            for people in chosen:
                run(script, people, results, log)
    lines = [json.loads(x) for x in results.read_text(encoding="utf-8").splitlines() if x]
    for line in lines:
        line["people"] = line["people"] or sizes[0]
    report = (
        f"# Benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores\n\n"
        + table(lines, sizes)
        + f"\n\nEvery line, with baselines: {log_path}\n"
    )
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
