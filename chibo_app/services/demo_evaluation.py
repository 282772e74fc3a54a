"""Demo mid-year reviews and year-end evaluations that a secretary could defend.

The two years before the demo year are planned, reviewed and evaluated in the three
steps of Quy định 366-QĐ/TW Điều 12 (the older under Quy định 124-QĐ/TW when it falls
before 2025): each member's results follow a profile that meets its level's conditions
(no late task rated "xuất sắc", no unfinished task rated "hoàn thành"), "xuất sắc" stays
within 20 % of "tốt" in each frame (k1.4), the chi bộ votes at its December meeting
(only full members), and the superior committee decides in January. One member was
disciplined (the forcing case of k4.2), one was on long sick leave (HD 43 mục 7.5), one
attended another cell for a while (mục 7.6). The demo year is reviewed at mid-year,
with evaluations under way once its November has come — one of them with no level
holding, for the chi bộ to decide.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from dataclasses import dataclass

from chibo_app.core.evaluation import Evaluation, Progress, Result, TaskResult, TaskReview
from chibo_app.core.meetings import Attendance, Meeting, Presence
from chibo_app.core.minutes import AgendaItem, unanimous
from chibo_app.core.people import Status
from chibo_app.core.person_events import EventKind, PersonEvent
from chibo_app.core.plans import Plan, PlanStatus
from chibo_app.core.rules import LEADER
from chibo_app.errors import ChiboError
from chibo_app.services import evaluation, meetings, midyear, person_events, plans, years
from chibo_app.services.cell import load_settings
from chibo_app.services.demo_plans import _write, honest_plan
from chibo_app.services.evaluation_standing import voters_fixed
from chibo_app.services.session import Session
from chibo_app.storage import people_repo, plans_repo

EXCELLENT, GOOD, COMPLETED, NONE = "excellent", "good", "completed", "none"
_SELF = {
    EXCELLENT: "Hoàn thành tất cả nhiệm vụ đúng hạn, vượt chỉ tiêu ở một số nhiệm vụ chuyên môn.",
    GOOD: "Hoàn thành các nhiệm vụ đã đăng ký đúng thời hạn, chủ động trong công việc được giao.",
    COMPLETED: "Hoàn thành các nhiệm vụ; kết quả công tác chuyên môn ở mức đạt yêu cầu.",
    NONE: "Còn một nhiệm vụ chưa hoàn thành hết do thay đổi kế hoạch của cơ quan.",
}
_CELL = {
    EXCELLENT: "Có nhiều cố gắng, là tấm gương để đảng viên trong chi bộ học tập.",
    GOOD: "Chi bộ thống nhất với tự đánh giá của đồng chí.",
    COMPLETED: "Đồng chí cần nâng cao chất lượng, hiệu quả công tác chuyên môn.",
    NONE: "Chi bộ đề nghị đồng chí báo cáo rõ nguyên nhân nhiệm vụ chưa hoàn thành.",
}
SOURCE = "Theo kết quả đánh giá, xếp loại công chức năm {y} của cơ quan"


@dataclass(frozen=True)
class Profile:
    level: str  # the level the results are meant to meet
    general: float


def fill_evaluations(session: Session, year: int, seed: int = 2026) -> int:
    """Three years of history; returns how many evaluations were made. Everyone active
    has a plan and its evaluation in the past years; someone who joined the party after
    a year's evaluation deadline is evaluated as the non-party staff they then were."""
    rng = random.Random(seed + 366)
    facts = [f for f in people_repo.person_facts(session.db) if f.status == Status.ACTIVE]
    made = 0
    for past in (year - 2, year - 1):
        years.create_year(session, past)
        confirmed = []
        for person_id in [f.id for f in facts]:
            plan = plans.get_plan(session, person_id, past)
            if plan is None:
                day = f"{past}-03-{rng.randint(2, 28):02d}"
                plan = _write(session, honest_plan(rng, person_id, past), day)
                plan = plans.get_plan_by_id(session, plan.id or 0)
            if plan.status == PlanStatus.CONFIRMED:
                _review(session, rng, plan, past)
                confirmed.append(plan)
        if past == year - 1:
            _records(session, rng, confirmed, past)
        made += _evaluate_year(session, rng, confirmed, past, decide=True)
    current = _confirmed(session, year)
    for plan in current:
        _review(session, rng, plan, year)
    if session.today() >= dt.date(year, 11, 1):
        made += _evaluate_year(session, rng, current[::2], year, decide=False)
    return made


def _confirmed(session: Session, year: int) -> list[Plan]:
    return [
        p for p in plans_repo.plans_of_year(session.db, year) if p.status == PlanStatus.CONFIRMED
    ]


def _review(session: Session, rng: random.Random, plan: Plan, year: int) -> None:
    assert plan.id is not None
    steps = [Progress.DONE, Progress.IN_PROGRESS, Progress.IN_PROGRESS, Progress.NOT_STARTED]
    tasks = [
        TaskReview(t.id or 0, rng.choice(steps), "Đang triển khai theo kế hoạch.")
        for t in plan.tasks
    ]
    comment = rng.choice(["Thực hiện đúng tiến độ.", "Cần đẩy nhanh tiến độ một số nhiệm vụ."])
    midyear.save_review(session, plan.id, tasks, comment, on=f"{year}-07-{rng.randint(1, 28):02d}")


def _records(session: Session, rng: random.Random, confirmed: list[Plan], year: int) -> None:
    """A discipline, a long sick leave and a temporary membership in the year, each for
    a different member without a leadership post."""
    blanks = _blanks(session, confirmed)
    staff = [p for p, b in blanks.items() if evaluation.is_classified(session, b)]
    staff = [p for p in staff if blanks[p].frame != LEADER]
    if len(staff) < 6:
        return
    disciplined, sick, away = rng.sample(staff[3:], 3)
    person_events.save_event(
        session,
        PersonEvent(
            disciplined,
            EventKind.DISCIPLINE,
            "khien_trach",
            "administrative",
            f"{year}-05-12",
            document=f"15/QĐ-SNV ngày 12/5/{year}",
            authority="Giám đốc Sở Ngoại vụ",
            notes="Chậm trễ, để quá hạn hồ sơ lãnh sự của công dân.",
        ),
    )
    person_events.save_event(
        session,
        PersonEvent(sick, EventKind.LEAVE, "sick", start_date=f"{year}-03-02",
                    end_date=f"{year}-06-15", notes="Điều trị dài ngày tại Bệnh viện Bạch Mai."),
    )  # fmt: skip
    person_events.save_event(
        session,
        PersonEvent(
            away,
            EventKind.TEMPORARY,
            start_date=f"{year}-02-01",
            end_date=f"{year}-08-31",
            place="Chi bộ Đại sứ quán Việt Nam tại Lào",
            comments="Trong thời gian sinh hoạt tạm thời, đồng chí chấp hành tốt nội quy, "
            "hoàn thành tốt nhiệm vụ được giao.",
        ),
    )


def _blanks(session: Session, plans: list[Plan]) -> dict[int, Evaluation]:
    """person id → a blank evaluation of their plan's year (frame, exemption), made once
    per person for what the demo asks of it (classified? a leader?)."""
    return {p.person_id: evaluation.blank(session, p.person_id, p.year) for p in plans}


def _profiles(
    rng: random.Random, people: list[int], year: int, leaders: set[int]
) -> dict[int, Profile]:
    """Per frame: about one in seven "hoàn thành", the rest "tốt" and "xuất sắc" with
    "xuất sắc" at most 20 % of "tốt" (366 Điều 11 k1.4)."""
    found: dict[int, Profile] = {}
    for group in ([p for p in people if p in leaders], [p for p in people if p not in leaders]):
        shuffled = list(group)
        rng.shuffle(shuffled)
        completed = round(len(shuffled) / 7)
        # one "tốt" kept in reserve: a special case (discipline) may take it away
        excellent = max(0, (len(shuffled) - completed - 1) // 6)
        for position, person_id in enumerate(shuffled):
            level = (
                EXCELLENT
                if position < excellent
                else COMPLETED
                if (position < excellent + completed)
                else GOOD
            )
            general = {EXCELLENT: rng.choice([27, 28, 29, 30]), GOOD: rng.choice([21, 23, 25, 26]),
                       COMPLETED: rng.choice([15, 17, 18, 20])}[level]  # fmt: skip
            found[person_id] = Profile(level, general)
    return found


def _evaluate_year(
    session: Session, rng: random.Random, confirmed: list[Plan], year: int, decide: bool
) -> int:
    blanks = _blanks(session, confirmed)
    party = [p for p in confirmed if evaluation.is_classified(session, blanks[p.person_id])]
    leaders = {p.person_id for p in party if blanks[p.person_id].frame == LEADER}
    profiles = _profiles(rng, [p.person_id for p in party], year, leaders)
    if not decide and party:  # under way: one with no level holding, for the chi bộ
        staff = [p.person_id for p in party if p.person_id not in leaders]
        profiles[(staff or [party[-1].person_id])[-1]] = Profile(NONE, 26)
    meeting = _review_meeting(session, rng, year) if decide else None
    with contextlib.ExitStack() as stack:
        # The meeting's voters are counted once for the whole list it votes on.
        voters = (
            stack.enter_context(voters_fixed(session, meeting)) if meeting is not None else None
        )
        made = 0
        vote = (meeting, voters) if meeting is not None and voters is not None else None
        for plan in confirmed:
            profile = profiles.get(plan.person_id, Profile(GOOD, 25))
            saved = _fill(session, rng, plan, profile, plan.person_id in leaders, vote)
            if saved is None:
                continue
            made += 1
            if decide and saved.id is not None:
                _decide(session, rng, saved, year)
            elif saved.id is not None and profile.level != NONE and rng.random() < 0.4:
                evaluation.finish(session, saved.id, on=f"{year}-11-{rng.randint(20, 28):02d}")
    return made


def _fill(
    session: Session,
    rng: random.Random,
    plan: Plan,
    profile: Profile,
    leader: bool,
    vote: tuple[int, int] | None = None,
) -> Evaluation | None:
    """The member's self-assessment and the chi bộ's review in one save, with the vote
    of the December meeting (`vote`: its id and voters) when the year is decided: the
    member's level is the engine's proposal, which the chi bộ adopts."""
    try:
        started = evaluation.start_evaluation(session, plan.person_id, plan.year)
    except ChiboError:
        return None
    count = len(plan.tasks)
    exceeded = max(1, round(count * 0.4)) if profile.level == EXCELLENT else 0
    if profile.level == GOOD and count >= 4:  # one task beyond its target: 25 % < 30 %
        exceeded = 1
    results = [Result.EXCEEDED] * exceeded + [Result.DONE] * (count - exceeded)
    if profile.level == NONE and results:
        results[-1] = Result.PARTLY
    tasks = tuple(
        TaskResult(t.id or 0, r, True, "Báo cáo kết quả công tác, văn bản đã ban hành")
        for t, r in zip(plan.tasks, results, strict=True)
    )
    changes: dict[str, object] = {
        "self_assessment": _SELF[profile.level],
        "cell_assessment": _CELL[profile.level],
        "general_points": profile.general,
        "self_general_points": min(30.0, profile.general + rng.choice([0, 0, 1])),
        "tasks": tasks,
        "remedied": tuple(True for _ in plan.remedies),
    }
    if profile.level == COMPLETED:  # the agency's rating, entered with its source
        changes["task_points"] = float(rng.choice([40, 42, 45, 48]))
        changes["task_points_source"] = SOURCE.format(y=plan.year)
    if leader and profile.level != NONE:  # (NONE: the units' results not in yet)
        changes.update(
            unit_done_share=1.0,
            unit_exceeded_share={EXCELLENT: 0.4, GOOD: 0.2}.get(profile.level, 0.1),
            unit_on_time_share=0.85 if profile.level == COMPLETED else 1.0,
        )
    filled = started.with_changes(**changes)
    proposal = evaluation.proposal_for(session, filled, plan)  # what the save will propose
    proposed = proposal.code if proposal else None
    changes["self_classification"] = proposed if profile.level != NONE else "good"
    if proposal is not None and proposal.score is not None:  # points: the member scores too
        points = filled.task_points
        if points is None:
            points = proposal.score - (filled.general_points or 0)
        changes["self_task_points"] = round(points, 1)
    else:
        changes["self_general_points"] = None
    if vote is not None and evaluation.is_classified(session, started):
        meeting, voters = vote
        against = 1 if voters > 4 and rng.random() < 0.2 else 0
        changes.update(
            cell_level=proposed,
            vote_meeting_id=meeting,
            votes_for=voters - against,
            votes_against=against,
            voters=voters,
        )
    return evaluation.save_evaluation(session, started.with_changes(**changes))


def _review_meeting(session: Session, rng: random.Random, year: int) -> int | None:
    """The December meeting that reviewed the year and voted the proposals."""
    day = dt.date(year, 12, rng.randint(8, 12))
    roll = meetings.roll(session, day)
    if len(roll) < 3:
        return None
    away = rng.choice(roll[3:]) if len(roll) > 3 else None
    attendance = tuple(
        Attendance(p, Presence.EXCUSED, "Đi công tác") if p == away else Attendance(p) for p in roll
    )
    held = Meeting(
        held_on=day.isoformat(),
        start_time="14:00",
        end_time="17:00",
        place="Hội trường Sở Ngoại vụ",
        chair_id=roll[0],
        secretary_id=roll[2],
        content=f"Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm {year}; "
        "biểu quyết đề nghị mức xếp loại của từng đảng viên.",
        conclusions="Chi bộ thống nhất đề nghị mức xếp loại chất lượng đảng viên theo "
        "danh sách tổng hợp kết quả biểu quyết, báo cáo Đảng ủy cấp trên quyết định.",
        attendance=attendance,
        agenda=(
            AgendaItem(
                f"Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm {year}",
                content="Từng đảng viên trình bày bản kiểm điểm; chi bộ góp ý, đề xuất mức "
                "xếp loại, biểu quyết từng người (Quy định 366-QĐ/TW Điều 12).",
            ),
        ),
    )
    # Each proposal's vote is kept on its evaluation (the list of the vote); the minutes
    # keep the vote on the list as a whole, cast by the full members present.
    matter = f"Thông qua danh sách đề nghị xếp loại chất lượng đảng viên năm {year}"
    voters = meetings.composition(session, held).voters
    meeting = meetings.save_meeting(session, held.with_changes(votes=(unanimous(matter, voters),)))
    return meeting.id


def _decide(session: Session, rng: random.Random, saved: Evaluation, year: int) -> None:
    """The chi bộ locks its proposal; the superior committee decides in January."""
    assert saved.id is not None
    done = evaluation.finish(session, saved.id or 0, on=f"{year}-12-{rng.randint(13, 15):02d}")
    if done.cell_level is not None:
        evaluation.record_decision(
            session,
            done.id or 0,
            done.cell_level,
            by=f"Ban Thường vụ {load_settings(session).superior}",
            number=f"{rng.randint(20, 60)}-QĐ/ĐU",
            on=f"{year + 1}-01-{rng.randint(10, 20):02d}",
        )
