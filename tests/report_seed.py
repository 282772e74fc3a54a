"""A small cell whose year-report figures are worked out by hand (see the comments).

Eight people: A, B (full), C (full from 01/08/2026, probationary before), D (admitted
10/03/2026), E, F (non-party), G (full, transferred out 01/09/2026), H (full, exempted
from 01/02/2026). Plans, mid-year reviews, evaluations, nominations, topics and meetings
with attendance, every one dated so that the 6-month report, a report to a date and the
whole-year report each count something different.
"""

from __future__ import annotations

from chibo_app.core.evaluation import Progress, Result, TaskResult, TaskReview
from chibo_app.core.meetings import Attendance, Commendation, Meeting, MeetingKind, Presence, Topic
from chibo_app.core.nominations import Kind as NominationKind
from chibo_app.core.nominations import Nomination, Status
from chibo_app.core.people import Kind, Person
from chibo_app.core.people import Status as PersonStatus
from chibo_app.core.plans import PlanTask
from chibo_app.services import (
    cell,
    evaluation,
    meetings,
    midyear,
    nominations,
    people,
    plans,
    topics,
    years,
)

FIELD_IT = "Ứng dụng khoa học công nghệ, chuyển đổi số"
FIELD_ADMIN = "Cải cách thủ tục hành chính"


def _person(session, name, kind, admitted=None, full=None):
    return people.save_person(
        session,
        Person(full_name=name, kind=kind, admitted_on=admitted, full_member_on=full),
    )


def _plan(session, person_id, tasks, steps):
    """A plan with `tasks` [(text, due)], taken through `steps` [(step, ISO date)]."""
    plan = plans.start_plan(session, person_id, 2026)
    plan = plans.save_plan(
        session,
        plan.with_changes(
            remedies=("Khắc phục tình trạng chậm cập nhật văn bản mới.",),
            tasks=tuple(PlanTask(text, "Kết quả cụ thể", due) for text, due in tasks),
        ),
    )
    for step, on in steps:
        if step == "submit":
            plans.submit(session, plan.id, on=on)
        elif step == "return":
            plans.return_for_revision(session, plan.id, "Chỉ tiêu chưa cụ thể.", on=on)
        else:
            plans.confirm(session, plan.id, on=on)
    return plans.get_plan_by_id(session, plan.id)


def seed(session):
    """Fill the session's (empty) database; returns name → person id."""
    years.create_year(session, 2026)  # deadlines: plans 31/03, mid-year 01/06–31/07
    unit = cell.add_unit(session, "Văn phòng Sở")
    ids = {
        "A": _person(session, "Nguyễn Văn An", Kind.FULL, "2010-05-19", "2011-05-19"),
        "B": _person(session, "Trần Thị Bình", Kind.FULL, "2012-03-02", "2013-03-02"),
        "C": _person(session, "Lê Văn Cường", Kind.FULL, "2025-08-01", "2026-08-01"),
        "D": _person(session, "Phạm Thị Dung", Kind.PROBATIONARY, "2026-03-10"),
        "E": _person(session, "Hoàng Văn Em", Kind.NON_PARTY),
        "F": _person(session, "Vũ Thị Phương", Kind.NON_PARTY),
        "G": _person(session, "Đỗ Minh Giang", Kind.FULL, "2008-01-05", "2009-01-05"),
        "H": _person(session, "Bùi Văn Hải", Kind.FULL, "2000-06-01", "2001-06-01"),
    }
    people.leave(session, ids["H"], PersonStatus.EXEMPTED, "2026-02-01", "Sức khỏe yếu")
    # Plans. A: on time, confirmed 25/03. B: late (05/04), confirmed 10/04.
    # C: on time, returned 18/03, resubmitted 20/07, confirmed 01/08. D: draft (today).
    # E: on time, confirmed 20/11. F: none. G: on time, confirmed 12/03. H: exempt, none.
    a = _plan(
        session,
        ids["A"],
        [("Số hóa hồ sơ lãnh sự", "2026-Q1"), ("Rút ngắn thời gian xử lý hồ sơ", "2026-06")],
        [("submit", "2026-03-20"), ("confirm", "2026-03-25")],
    )
    b = _plan(
        session,
        ids["B"],
        [("Cập nhật quy chế văn thư", "2026-Q2"), ("Tập huấn nghiệp vụ", "2026-10")],
        [("submit", "2026-04-05"), ("confirm", "2026-04-10")],
    )
    c = _plan(
        session,
        ids["C"],
        [("Học tập lý luận chính trị", "2026")],
        [
            ("submit", "2026-03-15"),
            ("return", "2026-03-18"),
            ("submit", "2026-07-20"),
            ("confirm", "2026-08-01"),
        ],
    )
    plans.start_plan(session, ids["D"], 2026)
    e = _plan(
        session,
        ids["E"],
        [("Giữ gìn văn hóa công sở", "ongoing")],
        [("submit", "2026-03-30"), ("confirm", "2026-11-20")],
    )
    g = _plan(
        session,
        ids["G"],
        [("Tham mưu hội nhập quốc tế", "2026-05")],
        [("submit", "2026-03-10"), ("confirm", "2026-03-12")],
    )
    # Mid-year reviews. A (20/06): done, in progress (due 06 → behind).
    # B (10/07): not started (due Q2 → behind), done. G (25/06): done.
    _review(session, a, [Progress.DONE, Progress.IN_PROGRESS], "2026-06-20")
    _review(session, b, [Progress.NOT_STARTED, Progress.DONE], "2026-07-10")
    _review(session, g, [Progress.DONE], "2026-06-25")
    # Year-end: A exceeded+done → excellent; B done+not done → completed; C partly (open);
    # E non-party, finished without a level; H exempt, finished.
    _evaluate(session, a, [Result.EXCEEDED, Result.DONE], "excellent")
    _evaluate(session, b, [Result.DONE, Result.NOT_DONE], "completed")
    _evaluate(session, c, [Result.PARTLY], None, finish=False)
    _evaluate(session, e, [], None)
    exempt = evaluation.start_evaluation(session, ids["H"], 2026)
    evaluation.finish(session, exempt.id, on="2026-11-20")
    # Nominations: N1 individual A (admin), commended 19/05, proposed 01/10,
    # awarded a Giấy khen 10/11; N2 collective (IT), commended 15/06; N3 model (IT);
    # N4 individual B (admin), registered 01/08.
    n1 = nominations.save(
        session,
        Nomination(2026, NominationKind.INDIVIDUAL, "Cải cách hồ sơ", ids["A"], None, FIELD_ADMIN,
                   registered_on="2026-03-01"),
    )  # fmt: skip
    nominations.move(session, n1.id, Status.COMMENDED, on="2026-05-19", occasion="19/5")
    nominations.move(session, n1.id, Status.PROPOSED, on="2026-10-01")
    nominations.move(
        session, n1.id, Status.AWARDED, on="2026-11-10", award_form="Giấy khen",
        decision_number="15-QĐ/ĐU",
    )  # fmt: skip
    n2 = nominations.save(
        session,
        Nomination(2026, NominationKind.COLLECTIVE, "Văn phòng số", None, unit, FIELD_IT,
                   registered_on="2026-03-05"),
    )  # fmt: skip
    nominations.move(session, n2.id, Status.COMMENDED, on="2026-06-15")
    nominations.save(
        session,
        Nomination(2026, NominationKind.MODEL, "Một cửa điện tử", None, unit, FIELD_IT,
                   registered_on="2026-03-10"),
    )  # fmt: skip
    nominations.save(
        session,
        Nomination(2026, NominationKind.INDIVIDUAL, "Tận tụy", ids["B"], None, FIELD_ADMIN,
                   registered_on="2026-08-01"),
    )  # fmt: skip
    # Topics: T1 (May), T2 (Q3), T3 (November).
    t1 = topics.save_topic(session, Topic(2026, "Chuyển đổi số", planned_month=5))
    t2 = topics.save_topic(session, Topic(2026, "Đạo đức công vụ", planned_quarter=3))
    topics.save_topic(session, Topic(2026, "Hội nhập quốc tế", planned_month=11))
    # Meetings (rates): 10/01 .8, 12/02 1, (no March), 08/04 .6, 06/05 1 (commendation),
    # 20/05 thematic T1 .8, (no June), 05/07 1, 20/10 thematic T2 1. Each roll is the
    # party members of the day: D only from April, H in January only, G not in October.
    roll = [ids[k] for k in "ABCDG"]
    _meeting(session, "2026-01-10", roll, excused=1)
    _meeting(session, "2026-02-12", roll)
    _meeting(session, "2026-04-08", roll, excused=1, absent=1)
    _meeting(
        session,
        "2026-05-06",
        roll,
        commendations=(Commendation("Số hóa hồ sơ lãnh sự", n1.id),),
    )
    _meeting(session, "2026-05-20", roll, absent=1, kind=MeetingKind.THEMATIC, topic=t1.id)
    _meeting(session, "2026-07-05", roll)
    _meeting(session, "2026-10-20", roll[:4], kind=MeetingKind.THEMATIC, topic=t2.id)
    people.leave(session, ids["G"], PersonStatus.TRANSFERRED, "2026-09-01", "Đảng bộ Sở Tư pháp")
    return ids


def _review(session, plan, progress, on):
    tasks = [TaskReview(t.id, p) for t, p in zip(plan.tasks, progress, strict=True)]
    midyear.save_review(session, plan.id, tasks, "Đúng tiến độ.", on=on)


def _evaluate(session, plan, results, level, finish=True):
    started = evaluation.start_evaluation(session, plan.person_id, 2026)
    saved = evaluation.save_evaluation(
        session,
        started.with_changes(
            general_points=28,
            tasks=tuple(TaskResult(t.id, r) for t, r in zip(plan.tasks, results, strict=False)),
            remedied=(True,),
            # the chi bộ's reason, for a level other than the rules' proposal (366 Điều 12)
            notes="Chi bộ xem xét, biểu quyết tại buổi sinh hoạt tháng 11.",
        ),
    )
    if finish:
        evaluation.finish(session, saved.id, level, on="2026-11-20")


def _meeting(session, day, roll, excused=0, absent=0, kind=MeetingKind.REGULAR, topic=None,
             commendations=()):  # fmt: skip
    lines = []
    for n, person_id in enumerate(roll):
        if n < excused:
            lines.append(Attendance(person_id, Presence.EXCUSED, "Đi công tác"))
        elif n < excused + absent:
            lines.append(Attendance(person_id, Presence.ABSENT))
        else:
            lines.append(Attendance(person_id))
    meetings.save_meeting(
        session,
        Meeting(
            held_on=day,
            kind=kind,
            attendance=tuple(lines),
            topic_ids=(topic,) if topic else (),
            commendations=commendations,
            content="1. Nội dung sinh hoạt.",
        ),
    )
