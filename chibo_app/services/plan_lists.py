"""A year's plans at a glance: one row per person, checks, and near-identical plans."""

from __future__ import annotations

from dataclasses import dataclass, replace

from chibo_app.core import copy_detection as copies
from chibo_app.core.plan_checks import Check, check_outline, check_plan, similarity_check
from chibo_app.core.plans import Plan, PlanRowView, PlanStatus
from chibo_app.services import years
from chibo_app.services.session import Session
from chibo_app.storage import plans_repo


@dataclass(frozen=True)
class SimilarPair:
    """Two plans with near-identical text: two people of one year, or one person's plan
    and their own plan of an earlier year (other_year < year)."""

    plan_id: int
    person_id: int
    name: str
    other_plan_id: int
    other_person_id: int
    other_name: str
    year: int
    other_year: int
    score: float

    @property
    def last_year(self) -> bool:
        return self.other_year != self.year


class CopyContext:
    """The plans a plan is compared with while it is being typed: the other people's
    plans of the year and the person's own plan of last year, kept compact (a party
    committee's year is thousands of plans); only those sharing enough shingles with
    the plan typed are aligned with it."""

    def __init__(self, session: Session, person_id: int, year: int) -> None:
        self.person_id = person_id
        self.year = year
        compact = copies.Compactor()
        self._peers: list[copies.Compact] = []
        self._owners: dict[int, int] = {}
        for plan_id, owner, items in plans_repo.plan_texts(session.db, year):
            if owner != person_id:
                self._peers.append(compact(plan_id, items))
                self._owners[plan_id] = owner
        self._names = plans_repo.person_names(session.db, sorted(set(self._owners.values())))
        self._last: tuple[object, tuple[int, str, float, bool] | None] | None = None
        earlier = plans_repo.find(session.db, person_id, year - 1)
        self._earlier_print = (
            copies.fingerprint(earlier.id or 0, earlier.items()) if earlier else None
        )

    def best(self, plan: Plan) -> tuple[int, str, float, bool] | None:
        """(other plan id, name, score, is last year's own) of the closest copy, if any."""
        asked = (plan.id, tuple(plan.items()))
        if self._last is not None and self._last[0] == asked:
            return self._last[1]  # the checks and the comparison ask for the same plan
        found = self._best(plan)
        self._last = (asked, found)
        return found

    def _best(self, plan: Plan) -> tuple[int, str, float, bool] | None:
        mine = copies.fingerprint(plan.id or 0, plan.items())
        found: list[tuple[float, int, str, bool]] = []
        for other in copies.sharing_enough(mine, self._peers):
            match = copies.compare(mine, copies.expand(other))
            if match:
                name = self._names.get(self._owners[other.key], "")
                found.append((match.score, other.key, name, False))
        if self._earlier_print is not None:
            match = copies.compare(mine, self._earlier_print)
            if match:
                found.append((match.score, self._earlier_print.key, "", True))
        if not found:
            return None
        score, other_id, name, last_year = max(found)
        return other_id, name, score, last_year

    def checks(self, plan: Plan) -> list[Check]:
        """Every check of the plan as it stands, content and copies."""
        found = check_plan(plan)
        best = self.best(plan)
        if best:
            _other, name, score, last_year = best
            found.append(similarity_check(name, score, last_year))
        return found


def similar_pairs(
    session: Session, year: int, plans: list[Plan] | None = None
) -> list[SimilarPair]:
    """Near-identical plans of the year: between people, and with own last-year plans.

    The year's texts are read one plan at a time and kept compact (20,000 plans in a
    few tens of MiB); last year's plans only for the people who have one this year."""
    db = session.db
    compact = copies.Compactor()
    earlier = {
        person_id: compact(plan_id, items)
        for plan_id, person_id, items in plans_repo.plan_texts(db, year - 1)
    }
    texts = (
        plans_repo.plan_texts(db, year)
        if plans is None
        else ((p.id or 0, p.person_id, p.items()) for p in plans)
    )
    kept: list[copies.Compact] = []
    owners: dict[int, int] = {}
    own: list[tuple[int, int, copies.Match]] = []  # (person, last year's plan, match)
    for plan_id, person_id, items in texts:
        mine = compact(plan_id, items)
        kept.append(mine)
        owners[plan_id] = person_id
        old = earlier.get(person_id)
        if old is not None:
            match = copies.compare(copies.expand(mine), copies.expand(old))
            if match:
                own.append((person_id, old.key, match))
    del earlier
    names = plans_repo.person_names(db, sorted(set(owners.values())))
    pairs = [
        _pair(m.a, owners[m.a], m.b, owners[m.b], year, year, names, m.score)
        for m in copies.find_copies(kept)
    ]
    for person_id, old_id, match in own:
        plan_id = match.a if match.b == old_id else match.b
        pairs.append(
            _pair(plan_id, person_id, old_id, person_id, year, year - 1, names, match.score)
        )
    return sorted(pairs, key=lambda p: (-p.score, p.name, p.other_name))


def _pair(
    plan_id: int,
    person_id: int,
    other_plan_id: int,
    other_person_id: int,
    year: int,
    other_year: int,
    names: dict[int, str],
    score: float,
) -> SimilarPair:
    return SimilarPair(
        plan_id=plan_id,
        person_id=person_id,
        name=names.get(person_id, ""),
        other_plan_id=other_plan_id,
        other_person_id=other_person_id,
        other_name=names.get(other_person_id, ""),
        year=year,
        other_year=other_year,
        score=score,
    )


def list_year_plans(session: Session, year: int) -> list[PlanRowView]:
    """One row per person of the year (active, or with a plan), with status and checks,
    near-identical plans included."""
    year_plans = plans_repo.plans_of_year(session.db, year)
    return year_rows(session, year, closest_copies(similar_pairs(session, year, year_plans)))


# person id -> (score, the other plan's owner as shown) of the closest copy
Closest = dict[int, tuple[float, str]]


def closest_copies(pairs: list[SimilarPair]) -> Closest:
    """Each person's closest near-identical plan among `pairs`."""
    best: Closest = {}
    for pair in pairs:
        sides = [(pair.person_id, pair.other_name, pair)]
        if not pair.last_year:
            sides.append((pair.other_person_id, pair.name, pair))
        for person_id, other_name, item in sides:
            label = f"{other_name} (năm {item.other_year})" if item.last_year else other_name
            if pair.score > best.get(person_id, (0.0, ""))[0]:
                best[person_id] = (pair.score, label)
    return best


def year_closest(session: Session, year: int) -> Closest:
    """The closest copy of each person's plan of `year` (the seconds of copy detection
    at a party committee's scale: the plans page runs it after showing its rows)."""
    return closest_copies(similar_pairs(session, year))


def year_rows(session: Session, year: int, closest: Closest | None = None) -> list[PlanRowView]:
    """One row per person of the year (active, or with a plan), with status and checks;
    with their closest copies when `closest` is given. Read lean: the plans' statuses,
    dates and what their checks look at, never the plans with their tasks."""
    db = session.db
    plans = {p.person_id: p for p in plans_repo.year_lines(db, year)}
    deadline = years.get_year(session, year).deadline("plans_due")
    late = session.today() > deadline
    closest = closest or {}
    rows = []
    for person_id, name, unit in plans_repo.year_people(db, year):
        plan = plans.get(person_id)
        status = plan.status if plan else PlanStatus.NOT_STARTED
        messages = [c.message for c in check_outline(plan.outline)] if plan else []
        similar = closest.get(person_id)
        if similar:  # as with_closest, made at once (thousands of rows)
            messages.append(similarity_check(similar[1], similar[0], last_year=False).message)
        rows.append(
            PlanRowView(
                person_id=person_id,
                full_name=name,
                unit=unit,
                plan_id=plan.id if plan else None,
                status=status,
                submitted_on=plan.submitted_on if plan else None,
                confirmed_on=plan.confirmed_on if plan else None,
                tasks=plan.outline.tasks if plan else 0,
                checks=len(messages),
                check_messages=messages,
                overdue=late and status not in (PlanStatus.SUBMITTED, PlanStatus.CONFIRMED),
                similar_to=similar[1] if similar else None,
                similar_score=similar[0] if similar else None,
            )
        )
    return rows


def with_closest(row: PlanRowView, similar: tuple[float, str] | None) -> PlanRowView:
    """The row with its closest copy (or none) and the checks that come with it; the row
    itself when that is what it shows already (the plans page asks for every row)."""
    if (row.similar_score, row.similar_to) == (similar or (None, None)):
        return row
    peer = similarity_check("", 0, last_year=False).message.template
    messages = [m for m in row.check_messages if m.template != peer]
    if similar:
        messages.append(similarity_check(similar[1], similar[0], last_year=False).message)
    return replace(
        row,
        checks=len(messages),
        check_messages=messages,
        similar_to=similar[1] if similar else None,
        similar_score=similar[0] if similar else None,
    )


def shared_passages(a: Plan, b: Plan) -> copies.Passages:
    """Shared passages of two plans, item by item (for the side-by-side view)."""
    return copies.shared_passages(a.items(), b.items())


def plans_with_names(session: Session, year: int) -> list[tuple[Plan, str]]:
    """Every plan of `year` with its person's name (in no particular order)."""
    stored = plans_repo.plans_of_year(session.db, year)
    names = plans_repo.person_names(session.db, [p.person_id for p in stored])
    return [(plan, names.get(plan.person_id, "")) for plan in stored]
