"""Demo meetings: the year's topics (seed 003), every monthly meeting held so far with
attendance, each with its agenda, the discussion (who said what), the vote of the full
members present and the resolution; and a thematic meeting each quarter (Chỉ thị
50-CT/TW: "tổ chức sinh hoạt chuyên đề, ít nhất mỗi quý 1 lần")."""

from __future__ import annotations

import datetime as dt
import random

from chibo_app.core.meetings import (
    Attendance,
    Commendation,
    Meeting,
    MeetingKind,
    Presence,
    agenda_template,
)
from chibo_app.core.minutes import AgendaItem, Guest, Opinion, Vote
from chibo_app.core.nominations import Status as NominationStatus
from chibo_app.services.session import Session
from chibo_app.storage import nominations_repo

REASONS = [
    "Đi công tác",
    "Ốm, có đơn xin phép",
    "Học lớp bồi dưỡng",
    "Việc gia đình, đã báo cáo",
    "Tiếp đoàn khách quốc tế",
]
CONCLUSIONS = [
    "Chi bộ thống nhất đánh giá các phòng hoàn thành tốt nhiệm vụ tháng; tiếp tục đẩy "
    "nhanh tiến độ giải quyết hồ sơ lãnh sự và chuẩn bị chu đáo các đoàn công tác.",
    "Đảng viên thực hiện nghiêm giờ giấc làm việc, nội quy cơ quan; mỗi đảng viên đăng ký "
    "ít nhất một việc làm cụ thể học tập và làm theo Bác trong tháng tới.",
    "Giao các phòng rà soát thủ tục hành chính, đề xuất cắt giảm thời gian giải quyết; "
    "báo cáo kết quả tại buổi sinh hoạt tháng sau.",
]
THEMATIC = {  # month → (index of the topic in seed 003's list, conclusion): one a quarter
    2: (
        1,
        "Mỗi chuyên viên tự bồi dưỡng ít nhất một kỹ năng nghiệp vụ đối ngoại trong năm; "
        "Văn phòng tổng hợp tài liệu tham khảo dùng chung cho các phòng.",
    ),
    5: (
        0,
        "Mỗi phòng xây dựng ít nhất một sản phẩm chuyển đổi số trong năm; 100% văn bản "
        "trao đổi nội bộ qua hệ thống điện tử.",
    ),
    8: (
        2,
        "Đảng viên nêu gương về đạo đức công vụ; không để người dân, doanh nghiệp phải "
        "đi lại nhiều lần; công khai đường dây nóng tiếp nhận phản ánh.",
    ),
    11: (
        3,
        "Rà soát, công khai quy trình giải quyết hồ sơ; mỗi phòng tự kiểm tra việc chấp hành "
        "kỷ luật, kỷ cương hành chính và báo cáo Chi bộ trước ngày 15/12.",
    ),
}
# What was presented under each item of a monthly meeting, and what members said.
PRESENTED = (
    "Các phòng hoàn thành kế hoạch công tác tháng; tiếp và làm việc với các đoàn khách "
    "quốc tế theo kế hoạch; công tác xây dựng Đảng được duy trì nền nếp.",
    "Đọc và trao đổi một mẩu chuyện về tấm gương đạo đức Hồ Chí Minh; liên hệ việc thực "
    "hiện kế hoạch cá nhân của đảng viên trong tháng.",
    "Tập trung hoàn thành các nhiệm vụ trọng tâm tháng tới; chuẩn bị chu đáo các đoàn công "
    "tác và hội nghị theo kế hoạch của Sở.",
)
OPINIONS = (
    "Đề nghị các phòng phối hợp chặt chẽ hơn trong chuẩn bị hồ sơ đoàn ra, đoàn vào.",
    "Cần rút ngắn thời gian xử lý hồ sơ lãnh sự; đề xuất số hóa hồ sơ lưu trữ.",
    "Đề nghị Chi bộ biểu dương kịp thời đảng viên có cách làm hay trong tháng.",
    "Thống nhất với báo cáo; đề nghị bổ sung chỉ tiêu cụ thể cho từng phòng.",
)
# The same for a chuyên đề: the topic presented, related to each phòng's work, and turned
# into tasks (Chỉ thị 50-CT/TW mục 2: "tập trung thảo luận sâu để đề ra các nhiệm vụ, giải
# pháp"), not the month's review. As many opinions as above: the demo draws the same.
THEMATIC_PRESENTED = (
    "Giới thiệu những nội dung chính của chuyên đề và các văn bản của Đảng, của Sở có liên "
    "quan; những việc Chi bộ đã làm được và những việc còn hạn chế.",
    "Các phòng liên hệ việc thực hiện chuyên đề tại đơn vị mình; nêu khó khăn, vướng mắc "
    "và những cách làm hay.",
    "Đề xuất nhiệm vụ, giải pháp cụ thể cho từng phòng, có người phụ trách và thời hạn "
    "hoàn thành; đưa vào kế hoạch cá nhân của đảng viên.",
)
THEMATIC_OPINIONS = (
    "Thống nhất với nội dung chuyên đề; đề nghị mỗi phòng đăng ký một việc làm cụ thể.",
    "Đề nghị gắn chuyên đề với kế hoạch cá nhân học tập và làm theo Bác của từng đảng viên.",
    "Cần kiểm tra, đôn đốc việc thực hiện sau chuyên đề, báo cáo tại buổi sinh hoạt tháng sau.",
    "Đề nghị Chi bộ kịp thời biểu dương đảng viên có cách làm hay khi thực hiện chuyên đề.",
)


def fill_meetings(session: Session, year: int, seed: int = 2026) -> int:
    """Create the topics, the regular meetings of the months begun (up to today) and the
    thematic meetings; returns how many meetings were made."""
    from chibo_app.services import meetings, topics  # noqa: PLC0415 - demo only

    rng = random.Random(seed + 6)
    today = session.today()
    db = session.db
    # The chair and the secretary: members from the start of the year to today.
    today_roll = set(meetings.roll(session, today))
    roll = [p for p in meetings.roll(session, dt.date(year, 1, 1)) if p in today_roll]
    if not roll:
        return 0
    chair, secretary = roll[0], roll[2] if len(roll) > 2 else roll[-1]
    leads = (chair, secretary)
    names = meetings_names(session, roll)
    guest = Guest("Trần Quốc Hùng", "Ủy viên Ban Chấp hành Đảng ủy Ủy ban nhân dân tỉnh", True)
    made = 0
    topic_ids = [t.id or 0 for t in topics.add_seed_topics(session, year, "Bí thư Chi bộ")]
    commended = [
        (n.id or 0, n.title)
        for n in nominations_repo.of_year(db, year)
        if n.status != NominationStatus.REGISTERED
    ][:2]
    units = nominations_repo.active_units(db)
    unit = units[0][0] if units else None
    praise = _commendations(commended, roll[1] if len(roll) > 1 else None, unit)
    for month in range(1, 13):
        day = dt.date(year, month, 5 + rng.randint(0, 4))
        if day > today:
            break
        agenda, votes = agenda_template(MeetingKind.REGULAR, month)
        conclusions = rng.choice(CONCLUSIONS)  # drawn in the order the demo always drew
        attendance = _attendance(rng, meetings.roll(session, day), leads)
        meeting = Meeting(
            held_on=day.isoformat(),
            start_time="14:00",
            end_time="16:30",
            place="Hội trường Sở Ngoại vụ",
            chair_id=chair,
            secretary_id=secretary,
            conclusions=conclusions,
            attendance=attendance,
            commendations=praise if month == 6 else (),
            guests=(guest,) if month in (1, 7) else (),
            agenda=_discussed(
                rng, agenda, names[chair], names, _present(session, attendance, names)
            ),
        )
        meetings.save_meeting(session, _voted(session, meeting, votes))
        made += 1
        thematic = THEMATIC.get(month)
        if thematic and len(topic_ids) > thematic[0]:
            themed_day = day + dt.timedelta(days=14)
            if themed_day <= today:
                title = topics.get_topic(session, topic_ids[thematic[0]]).title
                agenda, votes = agenda_template(MeetingKind.THEMATIC, month, [title])
                attendance = _attendance(rng, meetings.roll(session, themed_day), leads)
                themed = meeting.with_changes(
                    held_on=themed_day.isoformat(),
                    kind=MeetingKind.THEMATIC,
                    start_time="08:00",
                    end_time="11:00",
                    conclusions=thematic[1],
                    topic_ids=(topic_ids[thematic[0]],),
                    attendance=attendance,
                    commendations=(),
                    guests=(),
                    agenda=_discussed(
                        rng,
                        agenda,
                        names[chair],
                        names,
                        _present(session, attendance, names),
                        thematic=True,
                    ),
                )
                meetings.save_meeting(session, _voted(session, themed, votes))
                made += 1
    return made


def meetings_names(session: Session, ids: list[int]) -> dict[int, str]:
    from chibo_app.services import people  # noqa: PLC0415 - demo only

    return people.names(session, ids)


def _present(
    session: Session, attendance: tuple[Attendance, ...], names: dict[int, str]
) -> set[str]:
    """The names that may speak: those of the members present, but not a name someone
    away also bears (the minutes name speakers, and a name is checked against the roll
    as written: two comrades Vũ Đức Long, one away, and neither may be given the floor)."""
    # (the day's roll may hold someone who joined after 1 January, not among `names`)
    names = {**meetings_names(session, [a.person_id for a in attendance]), **names}
    here = {a.person_id for a in attendance if a.presence == Presence.PRESENT}
    away = {names[a.person_id] for a in attendance if a.person_id not in here}
    return {names[i] for i in here} - away


def _discussed(
    rng: random.Random,
    agenda: tuple[AgendaItem, ...],
    chair: str,
    names: dict[int, str],
    present: set[str],
    *,
    thematic: bool = False,
) -> tuple[AgendaItem, ...]:
    """The template's items as held: the chair presents, one or two members present at
    the meeting speak (the minutes never give the floor to someone away), each saying
    something of their own; a chuyên đề's items say what a chuyên đề holds."""
    presented, opinions = (
        (THEMATIC_PRESENTED, THEMATIC_OPINIONS) if thematic else (PRESENTED, OPINIONS)
    )
    speakers = [n for n in names.values() if n != chair]
    items = []
    for number, item in enumerate(agenda):
        said = _among(
            rng.sample(speakers, k=min(len(speakers), rng.randint(1, 2))), speakers, present
        )
        presenter = chair if number != 1 or len(speakers) < 2 else speakers[-1]
        items.append(
            AgendaItem(
                item.title,
                next(iter(_among([presenter], speakers, present)), chair),
                presented[number % len(presented)],
                _opinions(rng, said, opinions),
            )
        )
    return tuple(items)


def _opinions(rng: random.Random, said: list[str], texts: tuple[str, ...]) -> tuple[Opinion, ...]:
    """One opinion per speaker, no two alike in one item (minutes where two comrades say
    the same words read as copied); drawn as before, a repeat moved to the next text."""
    found: list[Opinion] = []
    for who in said:
        text = rng.choice(texts)
        start = texts.index(text)
        ring = texts[start:] + texts[:start]
        taken = {o.text for o in found}
        found.append(Opinion(who, next((t for t in ring if t not in taken), text)))
    return tuple(found)


def _among(chosen: list[str], speakers: list[str], present: set[str]) -> list[str]:
    """`chosen` with each one away replaced by the next present speaker not chosen yet,
    or left out when nobody else is there (no draw from the generator: the rest of the
    demo stays as it was)."""
    kept: list[str] = []
    for name in chosen:
        if name not in present:
            start = speakers.index(name) if name in speakers else 0
            ring = speakers[start:] + speakers[:start]
            name = next((n for n in ring if n in present and n not in kept), "")
        if name and name not in kept:  # nobody else there: one opinion fewer
            kept.append(name)
    return kept


def _voted(session: Session, meeting: Meeting, votes: tuple[Vote, ...]) -> Meeting:
    """The template's votes cast by the full members present (dự bị do not vote)."""
    from chibo_app.services import meetings  # noqa: PLC0415 - demo only

    voters = meetings.composition(session, meeting).voters
    return meeting.with_changes(votes=tuple(Vote(v.matter, agree=voters) for v in votes))


def _attendance(
    rng: random.Random, roll: list[int], leads: tuple[int, int]
) -> tuple[Attendance, ...]:
    """Most present, a few excused or absent, a few late; the chair and the secretary
    of the meeting present."""
    lines = []
    for person_id in roll:
        roll_value = rng.random()
        if person_id in leads:
            lines.append(Attendance(person_id))
        elif roll_value < 0.08:
            lines.append(Attendance(person_id, Presence.EXCUSED, rng.choice(REASONS)))
        elif roll_value < 0.11:
            lines.append(Attendance(person_id, Presence.ABSENT))
        else:
            lines.append(Attendance(person_id, late=rng.random() < 0.05))
    return tuple(lines)


def _commendations(
    nominations: list[tuple[int, str]], person: int | None, unit: int | None
) -> tuple[Commendation, ...]:
    """At the mid-year meeting: the subjects of two nominations for their achievement,
    one comrade and one collective."""
    items = [Commendation(title, nomination_id) for nomination_id, title in nominations]
    if person is not None:
        items.append(
            Commendation(
                "Tham gia đầy đủ các buổi sinh hoạt, hoàn thành sớm nhiệm vụ 6 tháng đầu năm",
                person_id=person,
            )
        )
    if unit is not None:
        items.append(Commendation("Hoàn thành xuất sắc nhiệm vụ 6 tháng đầu năm", unit_id=unit))
    return tuple(items)
