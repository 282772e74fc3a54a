"""Topics of a year (chuyên đề): add, edit, remove, and whether each has been held.

A topic is planned until a meeting discusses it; it is then held, linked to the first
meeting that did (the meetings page and the year report show which).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chibo_app.core.meetings import Topic, planned_text, validate_topic
from chibo_app.core.messages import Message, msg
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services.session import Session
from chibo_app.storage import meetings_repo, records

# Seed 003 (the cell's plan for 2026), part II.2: the five topics of the year.
SEED_TOPICS: tuple[tuple[str, int | None, str], ...] = (
    (
        "Đẩy mạnh cải cách hành chính, ứng dụng khoa học công nghệ, chuyển đổi số trong "
        "quản lý nhà nước ngành Ngoại vụ",
        2,
        "",
    ),
    (
        "Kỹ năng, nghiệp vụ đối ngoại nhằm nâng cao quản lý nhà nước về công tác đối ngoại "
        "trên địa bàn tỉnh",
        2,
        "",
    ),
    (
        "Nâng cao đạo đức công vụ, tinh thần trách nhiệm, thái độ phục vụ Nhân dân và doanh nghiệp",
        3,
        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị",
    ),
    (
        "Tăng cường kỷ luật, kỷ cương hành chính; phòng, chống tham nhũng, tiêu cực, lãng phí",
        3,
        "",
    ),
    (
        "Tham mưu hiệu quả các giải pháp đẩy mạnh hội nhập quốc tế trên tinh thần Nghị quyết "
        "số 59-NQ/TW của Bộ Chính trị về hội nhập quốc tế trong tình hình mới",
        4,
        "Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị",
    ),
)


@dataclass
class TopicRow:
    topic: Topic
    meetings: list[tuple[int, str]] = field(default_factory=list)  # (meeting id, ISO date)

    @property
    def held(self) -> bool:
        return bool(self.meetings)

    @property
    def held_on(self) -> str | None:
        return self.meetings[0][1] if self.meetings else None

    @property
    def planned(self) -> Message | str:
        return planned_text(self.topic)


def topics_of_year(session: Session, year: int) -> list[Topic]:
    return meetings_repo.topics_of_year(session.db, year)


def topic_rows(session: Session, year: int) -> list[TopicRow]:
    held = meetings_repo.meetings_of_topics(session.db, year)
    return [TopicRow(t, held.get(t.id or 0, [])) for t in topics_of_year(session, year)]


def get_topic(session: Session, topic_id: int) -> Topic:
    topic = meetings_repo.get_topic(session.db, topic_id)
    if topic is None:
        raise ChiboError(msg("Không tìm thấy chuyên đề này (có thể đã bị xóa)."))
    return topic


def save_topic(session: Session, topic: Topic) -> Topic:
    """Insert (id None, placed last) or update a topic."""
    topic = topic.with_changes(
        title=clean(topic.title),
        description=clean(topic.description),
        presenter=clean(topic.presenter),
        references="\n".join(i for i in map(clean, topic.references.splitlines()) if i),
        planned_quarter=None if topic.planned_month else topic.planned_quarter,
    )
    problems = validate_topic(topic)
    if problems:
        raise ValidationError(problems)
    db = session.db
    if topic.id is None:
        topic = topic.with_changes(position=meetings_repo.next_topic_position(db, topic.year))
        topic_id = records.insert(db, session.editor, "topics", meetings_repo.topic_values(topic))
    else:
        topic_id = topic.id
        records.update(db, session.editor, "topics", topic_id, meetings_repo.topic_values(topic))
    return get_topic(session, topic_id)


def delete_topic(session: Session, topic_id: int) -> None:
    """Only a topic no meeting has discussed can be removed."""
    used = meetings_repo.meetings_on_topic(session.db, topic_id)
    if used:
        raise ChiboError(
            msg(
                "Chuyên đề này đã được sinh hoạt ({used} buổi) nên không xóa được; hãy "
                "bỏ chuyên đề khỏi các buổi sinh hoạt trước.",
                used=used,
            )
        )
    records.delete(session.db, session.editor, "topics", topic_id)


def add_seed_topics(session: Session, year: int, presenter: str = "") -> list[Topic]:
    """The five topics of seed 003 for `year` (those not there yet), in one transaction."""
    existing = {t.title for t in topics_of_year(session, year)}
    added = []
    with session.db.atomic():
        for title, quarter, reference in SEED_TOPICS:
            if title not in existing:
                topic = Topic(
                    year, title, planned_quarter=quarter, presenter=presenter, references=reference
                )
                added.append(save_topic(session, topic))
    return added
