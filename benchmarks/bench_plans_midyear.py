"""The plans page with its mid-year column over 5,000 people.

    python benchmarks/bench_plans_midyear.py [DATABASE]

DATABASE: a file made by `chibo demo` (or services.demo.fill_demo) with plans and
mid-year reviews; without it a 5,000-person demo is built in a temporary folder first
(many minutes). Prints the time of the one-query mid-year read against reading every
plan with its tasks and reviews (what midyear_rows did before), the page's reload and
the quick filters.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import PEOPLE, best_of, report  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from chibo_app.core.clock import FixedClock
from chibo_app.core.evaluation import behind  # noqa: E402
from chibo_app.core.plans import PlanStatus  # noqa: E402
from chibo_app.services import midyear, plan_lists, years  # noqa: E402
from chibo_app.services.session import Session, open_session  # noqa: E402
from chibo_app.storage import evaluation_repo, plans_repo  # noqa: E402

YEAR = 2026


def per_plan_read(session: Session) -> dict[int, int]:
    """The baseline: every plan of the year with its tasks, then the reviews."""
    plans = [
        p for p in plans_repo.plans_of_year(session.db, YEAR) if p.status == PlanStatus.CONFIRMED
    ]
    reviews = evaluation_repo.reviews_of_year(session.db, YEAR)
    day = years.get_year(session, YEAR).deadline("midyear_to")
    found = {}
    for plan in plans:
        review = reviews.get(plan.id or 0)
        progress = {t.task_id: t.progress for t in review.tasks} if review else {}
        found[plan.person_id] = behind(plan.tasks, progress, day)
    return found


def main() -> None:
    app = QApplication([])
    from chibo_app.ui.models.plans_proxy import PlanFilter
    from chibo_app.ui.pages.plans_page import PlansPage

    with tempfile.TemporaryDirectory() as folder:
        if len(sys.argv) > 1:
            path = Path(sys.argv[1])
        else:
            from chibo_app.services.demo import fill_demo

            path = Path(folder) / "plans.sqlite"
            built = open_session(path, clock=FixedClock.on(dt.date(YEAR, 11, 25)))
            fill_demo(built, people_count=PEOPLE, seed=1)
            built.close()
        session = open_session(path, clock=FixedClock.on(dt.date(YEAR, 11, 25)))
        one = midyear.midyear_by_person(session, YEAR)
        assert {k: v.behind for k, v in one.items()} == per_plan_read(session)
        print(f"{len(plans_repo.year_people(session.db, YEAR))} people, {len(one)} confirmed plans")
        report(
            "mid-year read (one query vs plans with tasks and reviews)",
            best_of(5, lambda: midyear.midyear_by_person(session, YEAR)),
            best_of(5, lambda: per_plan_read(session)),
            1.0,
        )
        rows = best_of(3, lambda: plan_lists.list_year_plans(session, YEAR))
        print(f"plan rows (status, checks, copies): median {rows[1] * 1000:.0f} ms")
        started = time.perf_counter()
        page = PlansPage(session, YEAR)
        page.resize(1400, 800)
        page.show()
        app.processEvents()
        print(f"page built and shown in {(time.perf_counter() - started) * 1000:.0f} ms")
        reload = best_of(3, page.reload)
        print(f"page reload: median {reload[1] * 1000:.0f} ms")
        for kind in (PlanFilter.NOT_REVIEWED, PlanFilter.BEHIND, PlanFilter.ALL):
            started = time.perf_counter()
            page.filter.setCurrentIndex(page.filter.findData(kind))
            app.processEvents()
            took = (time.perf_counter() - started) * 1000
            print(f"filter {kind.value}: {page.proxy.rowCount()} rows in {took:.0f} ms")
        session.close()


if __name__ == "__main__":
    main()
