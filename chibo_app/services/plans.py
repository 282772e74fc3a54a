"""Personal plans: start, edit, and move through the life cycle; every write recorded.

Lists, checks and copy detection over a year's plans are in services.plan_lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from chibo_app.core import plans as rules
from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.edits import ChangedElsewhere, check_edit, rebased
from chibo_app.core.messages import msg
from chibo_app.core.plan_due import is_valid
from chibo_app.core.plans import Plan, PlanEvent, PlanLocked, PlanTask, Source, Step
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell
from chibo_app.services.evaluation import plan_is_evaluated
from chibo_app.services.session import Session
from chibo_app.storage import plans_repo, records, transactions

Transition = Callable[[Plan], tuple[Plan, PlanEvent]]


def get_plan(session: Session, person_id: int, year: int) -> Plan | None:
    return plans_repo.find(session.db, person_id, year)


def get_plan_by_id(session: Session, plan_id: int) -> Plan:
    plan = plans_repo.get(session.db, plan_id)
    if plan is None:
        raise ChiboError(msg("Không tìm thấy kế hoạch này (có thể đã bị xóa)."))
    return plan


def events(session: Session, plan_id: int) -> list[PlanEvent]:
    return plans_repo.events_of(session.db, plan_id)


def start_plan(session: Session, person_id: int, year: int, source: Source = Source.BLANK) -> Plan:
    """A new blank draft (also for a plan typed from paper); refused if one exists."""
    return _create(session, rules.blank_plan(person_id, year, source))


def start_from_last_year(session: Session, person_id: int, year: int) -> Plan:
    """A new draft with the text of the person's latest earlier plan."""
    earlier = plans_repo.latest_before(session.db, person_id, year)
    if earlier is None:
        raise ChiboError(msg("Người này chưa có kế hoạch của năm trước để sao chép."))
    return _create(session, rules.copy_from(earlier, year))


def _create(session: Session, plan: Plan) -> Plan:
    if get_plan(session, plan.person_id, plan.year) is not None:
        raise ChiboError(msg("Người này đã có kế hoạch năm {year}.", year=plan.year))
    with session.db.atomic():
        plan_id = records.insert(session.db, session.editor, "plans", plans_repo.plan_values(plan))
        _write_tasks(session, plan_id, (), plan.tasks)
        event = rules.PlanEvent(
            Step.CREATED, _today(session), session.user, rules.SOURCE_LABELS[plan.source]
        )
        _record_event(session, plan_id, event)
    return get_plan_by_id(session, plan_id)


# The content an editor changes; status and dates move through the life-cycle steps.
_CONTENT = ("remedies", "tasks", "commitments")
_CONTENT_LABELS = {
    "remedies": "phần khắc phục hạn chế",
    "tasks": "các nhiệm vụ",
    "commitments": "phần cam kết",
}


def save_plan(
    session: Session, plan: Plan, *, loaded: Plan | None = None, overwrite: bool = False
) -> Plan:
    """Save the content of a plan (new or existing); a confirmed plan is refused.

    Only the three sections are taken from `plan`: status and dates change through the
    life-cycle functions. Checks are advice and never stop a save. `loaded` is the plan
    as the editor loaded it: then only the sections the user changed are written, and
    ChangedElsewhere is raised (nothing written) if any section changed elsewhere since,
    unless `overwrite`.
    """
    plan = rules.normalise(plan)
    problems = {
        f"task{n}": f"Nhiệm vụ {n}: thời hạn “{t.due}” không hợp lệ."
        for n, t in enumerate(plan.tasks, start=1)
        if t.due and not is_valid(t.due)
    }
    if problems:
        raise ValidationError(problems)
    if plan.id is None:
        existing = get_plan(session, plan.person_id, plan.year)
        if existing is None:
            created = _create(session, plan.with_changes(tasks=()))
            plan = plan.with_changes(id=created.id)
        else:
            plan = plan.with_changes(id=existing.id)
    plan_id = plan.id
    assert plan_id is not None
    with transactions.immediate(session.db):
        stored = get_plan_by_id(session, plan_id)
        rules.ensure_editable(stored)
        if loaded is not None and loaded.id == plan_id:
            check = check_edit(rules.normalise(loaded), plan, stored, _CONTENT)
            if check.theirs and not overwrite:
                raise ChangedElsewhere(
                    msg("Kế hoạch năm {year} này", year=plan.year), check, _CONTENT_LABELS
                )
            plan = rebased(stored, plan, check.mine)
        content = {
            k: v
            for k, v in plans_repo.plan_values(plan).items()
            if k in ("remedies", "commitments")
        }
        records.update(session.db, session.editor, "plans", plan_id, content)
        _write_tasks(session, plan_id, stored.tasks, plan.tasks)
    return get_plan_by_id(session, plan_id)


def _write_tasks(
    session: Session, plan_id: int, old: tuple[PlanTask, ...], new: tuple[PlanTask, ...]
) -> None:
    """Tasks in their new order (position = number - 1): changed ones updated, missing
    ones deleted, new ones inserted — each change in the history."""
    db, editor = session.db, session.editor
    kept = {t.id for t in new if t.id is not None}
    for task in old:
        if task.id is not None and task.id not in kept:
            records.delete(db, editor, "plan_tasks", task.id)
    for position, task in enumerate(new):
        values = {"position": position, "text": task.text, "target": task.target, "due": task.due}
        if task.id is None or task.id not in {t.id for t in old}:
            records.insert(db, editor, "plan_tasks", {"plan_id": plan_id, **values})
        else:
            records.update(db, editor, "plan_tasks", task.id, values)


# Life cycle ------------------------------------------------------------------------


def submit(session: Session, plan_id: int, on: str | None = None) -> Plan:
    day = _day(session, on)
    return _step(session, plan_id, lambda p: rules.submit(p, day, session.user))


def submit_from_file(session: Session, plan_id: int, on: str, file_name: str) -> Plan:
    """Submitted by handing in a file (a plan typed in Word): the event names the file."""
    day = _day(session, on)

    def step(plan: Plan) -> tuple[Plan, PlanEvent]:
        changed, event = rules.submit(plan, day, session.user)
        return changed, replace(event, reason=f"nộp bằng tệp “{file_name}”")

    return _step(session, plan_id, step)


def return_for_revision(session: Session, plan_id: int, reason: str, on: str | None = None) -> Plan:
    day = _day(session, on)
    return _step(
        session, plan_id, lambda p: rules.return_for_revision(p, day, session.user, reason)
    )


def confirm(session: Session, plan_id: int, by: str | None = None, on: str | None = None) -> Plan:
    """The cell confirms the plan (by the secretary unless named); it is then locked."""
    day = _day(session, on)
    signer = by or cell.load_settings(session).secretary or session.user
    return _step(session, plan_id, lambda p: rules.confirm(p, day, signer))


def reopen(session: Session, plan_id: int, reason: str, on: str | None = None) -> Plan:
    if plan_is_evaluated(session, plan_id):
        raise PlanLocked(
            msg(
                "Kế hoạch đã được đánh giá, xếp loại; hãy mở lại phần đánh giá trước "
                "(cần ghi lý do)."
            )
        )
    day = _day(session, on)
    return _step(session, plan_id, lambda p: rules.reopen(p, day, session.user, reason))


def bulk_submit(session: Session, year: int, person_ids: list[int], on: str | None = None) -> int:
    """Mark the people's plans submitted (a paper plan handed in: a blank plan is made
    for anyone who has none). All or nothing; returns how many were submitted."""
    day = _day(session, on)
    with session.db.atomic():
        for person_id in person_ids:
            plan = get_plan(session, person_id, year) or start_plan(
                session, person_id, year, Source.PAPER
            )
            assert plan.id is not None
            _step(session, plan.id, lambda p: rules.submit(p, day, session.user))
    return len(person_ids)


def bulk_confirm(
    session: Session,
    year: int,
    person_ids: list[int],
    by: str | None = None,
    on: str | None = None,
) -> int:
    """Confirm the submitted plans of these people, all or nothing."""
    day = _day(session, on)
    signer = by or cell.load_settings(session).secretary or session.user
    with session.db.atomic():
        for person_id in person_ids:
            plan = get_plan(session, person_id, year)
            if plan is None or plan.id is None:
                raise ChiboError(msg("Có người chưa có kế hoạch; chưa xác nhận được."))
            _step(session, plan.id, lambda p: rules.confirm(p, day, signer))
    return len(person_ids)


def _step(session: Session, plan_id: int, transition: Transition) -> Plan:
    with session.db.atomic():
        plan = get_plan_by_id(session, plan_id)
        changed, event = transition(plan)
        values = plans_repo.plan_values(changed)
        records.update(
            session.db,
            session.editor,
            "plans",
            plan_id,
            {k: values[k] for k in _LIFE_CYCLE_COLUMNS},
        )
        _record_event(session, plan_id, event)
    # The plan as stored now, without reading it again: a step writes only the life-cycle
    # columns, and writes them from `changed` (core.plans' steps change nothing else).
    return changed


_LIFE_CYCLE_COLUMNS = (
    "status",
    "submitted_on",
    "returned_on",
    "return_reason",
    "confirmed_on",
    "confirmed_by",
)


def _record_event(session: Session, plan_id: int, event: PlanEvent) -> None:
    records.insert(
        session.db,
        session.editor,
        "plan_events",
        {
            "plan_id": plan_id,
            "step": str(event.step),
            "on_date": event.on,
            "who": event.who,
            "reason": event.reason,
            "at": session.editor.stamp(),
        },
    )


def _today(session: Session) -> str:
    return session.today().isoformat()


def _day(session: Session, on: str | None) -> str:
    if on is None:
        return _today(session)
    try:
        value = parse_date(on)
    except BadDate as error:
        raise ValidationError({"on": error.message}) from None
    if value is None or len(value) != 10:
        raise ValidationError({"on": msg("Cần ghi đủ ngày/tháng/năm.")})
    return value
