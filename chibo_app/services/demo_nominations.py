"""Demo nominations: collectives, individuals and models of the year in every status."""

from __future__ import annotations

import random

from chibo_app.core.nominations import DEFAULT_FIELDS, OCCASIONS, Kind, Nomination, Status
from chibo_app.services.session import Session
from chibo_app.storage import nominations_repo, people_repo

ACHIEVEMENTS = [
    "Số hóa 100% hồ sơ lãnh sự, rút ngắn thời gian giải quyết từ 5 xuống 3 ngày làm việc",
    "Xây dựng quy trình tham mưu đón, tiếp đoàn quốc tế gọn, đúng hạn",
    "Tiết kiệm 15% chi phí văn phòng phẩm nhờ dùng văn bản điện tử",
    "Không để hồ sơ trễ hạn; 100% người dân, doanh nghiệp hài lòng",
    "Đề xuất 3 sáng kiến cải cách thủ tục hành chính được áp dụng",
    "Gương mẫu xây dựng văn hóa công sở, đạo đức công vụ tại đơn vị",
]
MODELS = [
    ("Mô hình “Một cửa điện tử đối ngoại”", "Tiếp nhận, trả kết quả hồ sơ trực tuyến 100%."),
    ("Mô hình “Ngày thứ Sáu không giấy”", "Mọi văn bản nội bộ trao đổi qua hệ thống điện tử."),
    ("Cách làm “Mỗi tuần một việc tốt”", "Đoàn viên đăng ký và báo cáo việc tốt hằng tuần."),
]


def fill_nominations(session: Session, year: int, seed: int = 2026) -> int:
    """Per unit one collective and up to two individuals (a few units short), three
    models, moved through every status; returns how many were registered."""
    from chibo_app.services import nominations  # noqa: PLC0415 - demo only

    rng = random.Random(seed)
    units = [unit_id for unit_id, _name in nominations_repo.active_units(session.db)]
    people = people_repo.active_by_unit(session.db)
    made: list[int] = []
    day = f"{year}-03-{rng.randint(2, 12):02d}"
    for index, unit_id in enumerate(units):
        if index % 4 != 3:  # some units have not registered a collective yet
            made.append(
                _add(
                    session,
                    Nomination(
                        year,
                        Kind.COLLECTIVE,
                        rng.choice(ACHIEVEMENTS),
                        unit_id=unit_id,
                        field=rng.choice(DEFAULT_FIELDS),
                        registered_on=day,
                    ),
                )
            )
        for person_id in people.get(unit_id, [])[: 2 if index % 3 else 1]:
            made.append(
                _add(
                    session,
                    Nomination(
                        year,
                        Kind.INDIVIDUAL,
                        rng.choice(ACHIEVEMENTS),
                        person_id=person_id,
                        field=rng.choice(DEFAULT_FIELDS),
                        registered_on=day,
                    ),
                )
            )
    for n, (title, description) in enumerate(MODELS):
        model_unit = units[n % len(units)] if units else None
        made.append(
            _add(
                session,
                Nomination(
                    year,
                    Kind.MODEL,
                    title,
                    unit_id=model_unit,
                    field=DEFAULT_FIELDS[n],
                    description=description,
                    registered_on=day,
                ),
            )
        )
    steps: list[tuple[Status, dict[str, str]]] = [
        (Status.CULTIVATING, {}),
        (Status.COMMENDED, {"on": f"{year}-05-19", "occasion": OCCASIONS[1]}),
        (Status.PROPOSED, {"on": f"{year}-11-20"}),
        (
            Status.AWARDED,
            {
                "on": f"{year}-12-10",
                "award_form": "Giấy khen",
                "award_level": "Đảng ủy UBND tỉnh",
                "decision_number": "125-QĐ/ĐU",
            },
        ),
    ]
    for n, nomination_id in enumerate(made):
        stage = n % 6  # 0 registered … 4 awarded, 5 not selected
        for target, details in steps[: stage if stage < 5 else 1]:
            nominations.move(session, nomination_id, target, **details)
        if stage == 5:
            nominations.move(
                session,
                nomination_id,
                Status.NOT_SELECTED,
                reason="Thành tích chưa nổi bật so với các đơn vị khác.",
            )
    return len(made)


def _add(session: Session, item: Nomination) -> int:
    from chibo_app.services import nominations  # noqa: PLC0415 - demo only

    saved = nominations.save(session, item)
    assert saved.id is not None
    return saved.id
