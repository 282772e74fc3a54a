"""The plans page with its mid-year column over 5,000 people.

    python benchmarks/bench_plans_midyear.py --people 5000

On the cached full demo. Prints the time of the one-query mid-year read against reading
every plan with its tasks and reviews (what midyear_rows did before) and the quick
filters of the page. The page's first open is measured by bench_gui.py.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import median_of, open_demo, people_arg, report, temporary_folder  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from chibo_app.core.evaluation import behind  # noqa: E402
from chibo_app.core.plans import PlanStatus  # noqa: E402
from chibo_app.services import midyear, years  # noqa: E402
from chibo_app.services.session import Session  # noqa: E402
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
    people = people_arg()
    app = QApplication([])
    from chibo_app.ui.models.plans_proxy import PlanFilter
    from chibo_app.ui.pages.plans_page import PlansPage

    with temporary_folder() as folder:
        session = open_demo(folder, people)
        one = midyear.midyear_by_person(session, YEAR)
        assert {k: v.behind for k, v in one.items()} == per_plan_read(session)
        print(f"{len(plans_repo.year_people(session.db, YEAR))} people, {len(one)} confirmed plans")
        report(
            "mid-year read (one query vs plans with tasks and reviews)",
            median_of(5, lambda: midyear.midyear_by_person(session, YEAR)),
            baseline=median_of(5, lambda: per_plan_read(session)),
            baseline_name="plans with tasks and reviews",
            ratio_at_most=1.0,
            people=people,
        )
        page = PlansPage(session, YEAR)
        page.resize(1280, 720)
        page.show()
        app.processEvents()
        for kind in (PlanFilter.NOT_REVIEWED, PlanFilter.BEHIND, PlanFilter.ALL):
            started = time.perf_counter()
            page.filter.setCurrentIndex(page.filter.findData(kind))
            app.processEvents()
            report(
                f"plans page filter {kind.value} ({page.proxy.rowCount()} rows)",
                time.perf_counter() - started,
                people=people,
            )
        session.close()


if __name__ == "__main__":
    main()
