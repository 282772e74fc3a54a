"""The year's plan texts read one plan at a time are the items of the stored plans."""

from chibo_app.services import demo
from chibo_app.storage import plans_repo


def test_plan_texts_are_the_plans_items(session):
    demo.fill_demo(session, people_count=30)
    year = session.today().year
    for wanted in (year, year - 1):
        plans = sorted(plans_repo.plans_of_year(session.db, wanted), key=lambda p: p.id)
        assert plans  # the demo writes plans for this year and last year
        texts = list(plans_repo.plan_texts(session.db, wanted))
        assert texts == [(p.id, p.person_id, p.items()) for p in plans]
