"""Copy detection over 5,000 plans: fingerprints, candidate pairs and the scored matches.

Run: .venv/bin/python benchmarks/bench_copy_detection.py [plans]
Target (issue 3): the whole detection over 5,000 plans in ≤ 2 s.
"""

from __future__ import annotations

import random
import sys
import time

import _common  # noqa: F401  - puts the project on sys.path

from chibo_app.core import copy_detection as cd
from chibo_app.services.demo_plans import edited_copy, honest_plan

TARGET_SECONDS = 2.0


def corpus(count: int, copies: int, seed: int = 5) -> tuple[list, set[tuple[int, int]]]:
    rng = random.Random(seed)
    plans = [honest_plan(rng, i, 2026, fillers=True) for i in range(count - copies)]
    planted = set()
    for n in range(copies):
        source = rng.randrange(count - copies)  # an honest plan, not another copy
        person = count - copies + n
        plans.append(edited_copy(rng, plans[source], person))
        planted.add((source, person))
    return plans, planted


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    plans, planted = corpus(count, copies=count // 50)
    items = [p.items() for p in plans]  # the service reads these from the database
    start = time.perf_counter()
    prints = [cd.fingerprint(p.person_id, i) for p, i in zip(plans, items, strict=True)]
    printed = time.perf_counter()
    matches = cd.find_similar(prints)
    total = time.perf_counter() - start
    scoring = total - (printed - start)
    paired = time.perf_counter()
    pairs = list(cd.candidate_pairs(prints))
    candidates = time.perf_counter() - paired
    found = {(m.a, m.b) for m in matches}
    # Two copies of the same plan are copies of each other too.
    sources: dict[int, list[int]] = {}
    for source, person in planted:
        sources.setdefault(source, []).append(person)
    planted |= {(a, b) for group in sources.values() for a in group for b in group if a < b}
    caught = len(planted & found)
    honest_flagged = len(found - planted)
    print(f"plans: {count}, planted copies: {len(planted)}")
    print(f"fingerprints: {(printed - start) * 1000:.0f} ms")
    print(
        f"candidate pairs (LSH, {cd.BINS} bins, bands of {cd.ROWS}): {len(pairs)} "
        f"in {candidates * 1000:.0f} ms (of {count * (count - 1) // 2} pairs)"
    )
    print(f"find_similar (candidates, prefilter, scoring): {scoring * 1000:.0f} ms")
    verdict = "ok" if total <= TARGET_SECONDS else "OVER TARGET"
    print(
        f"total (fingerprints + find_similar): {total * 1000:.0f} ms "
        f"(target ≤ {TARGET_SECONDS * 1000:.0f} ms) {verdict}"
    )
    print(f"planted copies caught: {caught}/{len(planted)}; other pairs flagged: {honest_flagged}")
    scores = sorted(m.score for m in matches if (m.a, m.b) not in planted)
    if scores:
        print(f"  other flagged scores: min {scores[0]:.2f}, max {scores[-1]:.2f}")


if __name__ == "__main__":
    main()
