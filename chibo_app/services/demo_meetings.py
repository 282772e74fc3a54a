"""Demo meetings: the year's topics (seed 003), every monthly meeting held so far with
attendance, and thematic meetings on two of the topics."""

from __future__ import annotations

import datetime as dt
import random

from chibo_app.core.meetings import (
    DEFAULT_CONTENT,
    Attendance,
    Commendation,
    Meeting,
    MeetingKind,
    Presence,
)
from chibo_app.services.session import Session

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
THEMATIC = {  # month → (index of the topic in seed 003's list, conclusion)
    5: (
        0,
        "Mỗi phòng xây dựng ít nhất một sản phẩm chuyển đổi số trong năm; 100% văn bản "
        "trao đổi nội bộ qua hệ thống điện tử.",
    ),
    9: (
        2,
        "Đảng viên nêu gương về đạo đức công vụ; không để người dân, doanh nghiệp phải "
        "đi lại nhiều lần; công khai đường dây nóng tiếp nhận phản ánh.",
    ),
}


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
    made = 0
    topic_ids = [t.id or 0 for t in topics.add_seed_topics(session, year, "Bí thư Chi bộ")]
    commended = db.execute(
        "SELECT id, title FROM nominations WHERE year = ? AND status != 'registered'"
        " ORDER BY id LIMIT 2",
        [year],
    ).fetchall()
    unit = db.execute("SELECT id FROM units ORDER BY sort_order, id LIMIT 1").fetchone()
    praise = _commendations(commended, roll[1] if len(roll) > 1 else None, unit)
    for month in range(1, 13):
        day = dt.date(year, month, 5 + rng.randint(0, 4))
        if day > today:
            break
        content = DEFAULT_CONTENT.replace(
            "trong tháng.", f"trong tháng {month if month > 1 else 12}."
        )
        meeting = Meeting(
            held_on=day.isoformat(),
            start_time="14:00",
            end_time="16:30",
            place="Hội trường Sở Ngoại vụ",
            chair_id=chair,
            secretary_id=secretary,
            content=content,
            conclusions=rng.choice(CONCLUSIONS),
            attendance=_attendance(rng, meetings.roll(session, day), leads),
            topic_ids=(topic_ids[1],) if month == 3 and len(topic_ids) > 1 else (),
            commendations=praise if month == 6 else (),
        )
        meetings.save_meeting(session, meeting)
        made += 1
        thematic = THEMATIC.get(month)
        if thematic and len(topic_ids) > thematic[0]:
            themed_day = day + dt.timedelta(days=14)
            if themed_day <= today:
                meetings.save_meeting(
                    session,
                    meeting.with_changes(
                        held_on=themed_day.isoformat(),
                        kind=MeetingKind.THEMATIC,
                        start_time="08:00",
                        end_time="11:00",
                        content="Đồng chí Bí thư Chi bộ trình bày chuyên đề; đảng viên "
                        "thảo luận, liên hệ với nhiệm vụ của từng phòng.",
                        conclusions=thematic[1],
                        topic_ids=(topic_ids[thematic[0]],),
                        attendance=_attendance(rng, meetings.roll(session, themed_day), leads),
                        commendations=(),
                    ),
                )
                made += 1
    return made


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
    nominations: list[tuple[int, str]], person: int | None, unit: tuple[int] | None
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
        items.append(Commendation("Hoàn thành xuất sắc nhiệm vụ 6 tháng đầu năm", unit_id=unit[0]))
    return tuple(items)
