"""The plans list's lean reading (plans_repo.year_lines: statuses, dates and what the
checks look at, the tasks left in SQLite) gives what the stored plans themselves give."""

import json
import random

from chibo_app.core.plan_checks import (
    MIN_WORDS,
    check_outline,
    check_plan,
    outline,
    words_if_short,
)
from chibo_app.core.plans import PlanRowView, PlanStatus, PlanTask
from chibo_app.services import demo, plan_lists, plans, years
from chibo_app.storage import plans_repo
from chibo_app.storage.plans_repo import WHITESPACE


def _rows_from_whole_plans(session, year):
    """The plans list's rows as they were made before year_lines: every plan of the
    year read whole, with its tasks, and checked."""
    stored = {p.person_id: p for p in plans_repo.plans_of_year(session.db, year)}
    late = session.today() > years.get_year(session, year).deadline("plans_due")
    rows = []
    for person_id, name, unit in plans_repo.year_people(session.db, year):
        plan = stored.get(person_id)
        status = plan.status if plan else PlanStatus.NOT_STARTED
        messages = [c.message for c in check_plan(plan)] if plan else []
        rows.append(
            PlanRowView(
                person_id=person_id,
                full_name=name,
                unit=unit,
                plan_id=plan.id if plan else None,
                status=status,
                submitted_on=plan.submitted_on if plan else None,
                confirmed_on=plan.confirmed_on if plan else None,
                tasks=len(plan.tasks) if plan else 0,
                checks=len(messages),
                check_messages=messages,
                overdue=late and status not in (PlanStatus.SUBMITTED, PlanStatus.CONFIRMED),
            )
        )
    return rows


def _assert_lines_are_the_plans(session, year):
    stored = {p.id: p for p in plans_repo.plans_of_year(session.db, year)}
    lines = plans_repo.year_lines(session.db, year)
    assert sorted(line.id for line in lines) == sorted(stored)
    for line in lines:
        plan = stored[line.id]
        assert (line.person_id, line.status, line.submitted_on, line.confirmed_on) == (
            plan.person_id,
            plan.status,
            plan.submitted_on,
            plan.confirmed_on,
        )
        assert line.outline == outline(plan), plan
        assert check_outline(line.outline) == check_plan(plan)


def test_a_demo_years_rows_are_the_rows_of_its_whole_plans(session):
    demo.fill_demo(session, people_count=60)
    year = session.today().year
    for wanted in (year, year - 1):
        rows = plan_lists.year_rows(session, wanted)
        assert rows == _rows_from_whole_plans(session, wanted)
        assert any(r.plan_id for r in rows) and any(r.checks for r in rows)
        assert PlanStatus.CONFIRMED in {r.status for r in rows}
        _assert_lines_are_the_plans(session, wanted)


def _plan(session, person_id, **sections):
    plan = plans.start_plan(session, person_id, 2026)
    return plans.save_plan(session, plan.with_changes(**sections))


def test_odd_stored_texts_are_checked_as_the_whole_plan_checks_them(session):
    """What an older version or a hand-edited file may hold: targets of spaces only
    (Python's spaces, not only SQL's), empty dues, tasks sharing a position, sections
    whose JSON holds escapes, plans short of words in any section or of punctuation only."""
    from chibo_app.core.people import Person
    from chibo_app.services import people

    ids = [people.save_person(session, Person(full_name=f"Người {n}")) for n in "ABCDEGHIK"]
    words = " ".join(["từ"] * 30)
    task = PlanTask("Viết báo cáo tổng kết công tác", "Một báo cáo", "2026-06")
    made = [
        _plan(session, ids[0], remedies=(words,), tasks=(task, task, task)),
        _plan(session, ids[1], remedies=("Ít từ",), tasks=(task,)),
        _plan(session, ids[2], remedies=('Câu "trích" \\ và\nxuống dòng', words), tasks=()),
        _plan(session, ids[3], remedies=(), tasks=(task,), commitments=("Cam kết",)),
        _plan(session, ids[4], remedies=("— …",), tasks=()),
        _plan(session, ids[5]),
        _plan(session, ids[6], remedies=(" ".join(["từ"] * 20),), tasks=(task,)),
        _plan(session, ids[7], remedies=("a_b c",), tasks=(task, task)),
        _plan(session, ids[8], remedies=(words,), tasks=(task, task, task)),
    ]
    db = session.db
    first, second, third = made[0].tasks
    with db.atomic():
        db.execute("UPDATE plan_tasks SET target = ? WHERE id = ?", ["\u00a0\t ", first.id])
        db.execute("UPDATE plan_tasks SET target = ' x ', due = '' WHERE id = ?", [second.id])
        db.execute("UPDATE plan_tasks SET position = 0 WHERE plan_id = ?", [made[0].id])
        db.execute("UPDATE plan_tasks SET text = '', target = '' WHERE id = ?", [third.id])
        db.execute(
            "UPDATE plan_tasks SET text = '\u3000', target = '' WHERE plan_id = ?", [made[3].id]
        )
        db.execute(
            "UPDATE plans SET commitments = ? WHERE id = ?",
            [json.dumps(["\\n\\t\u0001"]), made[4].id],
        )
        db.execute("UPDATE plans SET remedies = '' WHERE id = ?", [made[5].id])
        a, b = made[8].tasks[:2]
        db.execute("UPDATE plan_tasks SET position = 5 WHERE id = ?", [a.id])
        db.execute("UPDATE plan_tasks SET target = '', due = NULL WHERE id = ?", [b.id])
    _assert_lines_are_the_plans(session, 2026)
    assert plan_lists.year_rows(session, 2026) == _rows_from_whole_plans(session, 2026)
    kinds = {
        line.id: [c.kind for c in check_outline(line.outline)]
        for line in plans_repo.year_lines(db, 2026)
    }
    assert "no_target" in kinds[made[0].id] and "no_due" in kinds[made[0].id]
    assert "too_short" in kinds[made[1].id] and "too_short" not in kinds[made[0].id]


def test_enough_words_is_told_as_the_words_are_counted():
    """words_if_short: the count when under MIN_WORDS, None from it on, for any mix of
    letters, digits, underscores, diacritics, punctuation and spaces of every kind."""
    import re

    alphabet = ["a", "ế", "Đ", "7", "_", " ", "\n", "-", ".", "\u00a0", "…", "\u3000", "“"]
    pick = random.Random(20)
    for _ in range(3000):
        text = "".join(pick.choice(alphabet) for _ in range(pick.randint(0, 120)))
        count = len(re.findall(r"\w+", text))
        assert words_if_short(text) == (count if count < MIN_WORDS else None), text
    for count in (0, 1, 24, 25, 26):
        assert words_if_short(" ".join(["từ"] * count)) == (count if count < 25 else None)


def test_the_whitespace_sql_trims_is_what_python_strips():
    import sys

    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert sorted(WHITESPACE) == sorted(spaces)
