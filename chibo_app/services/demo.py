"""Realistic Vietnamese demo data for a new database (screenshots, benchmarks, trying out)."""

from __future__ import annotations

import datetime as dt
import random

from chibo_app.core.cell import CellSettings
from chibo_app.core.messages import msg
from chibo_app.core.people import Kind, Person, Position, PositionKind, Status
from chibo_app.errors import ChiboError
from chibo_app.services import cell, people, years
from chibo_app.services.demo_evaluation import fill_evaluations
from chibo_app.services.demo_meetings import fill_meetings
from chibo_app.services.demo_nominations import fill_nominations
from chibo_app.services.demo_plans import fill_plans
from chibo_app.services.session import Session
from chibo_app.storage import people_repo
from chibo_app.storage.settled import settled

FAMILY = (
    ["Nguyễn"] * 8
    + ["Trần"] * 3
    + ["Lê"] * 3
    + [
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Trương",
        "Lương",
    ]
)
MIDDLE = {
    "Nam": ["Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Xuân", "Đình", "Thành", "Anh"],
    "Nữ": ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Phương", "Kim", "Hồng", "Thúy", "Mai"],
}
GIVEN = {
    "Nam": [
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Hùng",
        "Hải",
        "Hiếu",
        "Khánh",
        "Long",
        "Minh",
        "Nam",
        "Phong",
        "Quân",
        "Sơn",
        "Thắng",
        "Tuấn",
        "Việt",
        "Đạt",
        "Đông",
        "Ân",
        "Lộc",
        "Trung",
        "Vinh",
        "Tùng",
    ],
    "Nữ": [
        "Anh",
        "Ánh",
        "Bích",
        "Chi",
        "Dung",
        "Giang",
        "Hà",
        "Hằng",
        "Hoa",
        "Hương",
        "Lan",
        "Linh",
        "Mai",
        "Ngân",
        "Nhung",
        "Oanh",
        "Phượng",
        "Quyên",
        "Thảo",
        "Trang",
        "Yến",
        "Ngọc",
        "Huyền",
        "Thủy",
    ],
}
UNITS = [
    "Văn phòng Sở",
    "Phòng Lãnh sự",
    "Phòng Hợp tác quốc tế",
    "Phòng Quản lý biên giới",
    "Thanh tra Sở",
    "Trung tâm Dịch vụ đối ngoại",
]
JOBS = ["Chuyên viên"] * 6 + [
    "Chuyên viên chính",
    "Phó Trưởng phòng",
    "Trưởng phòng",
    "Kế toán viên",
    "Văn thư",
]
SETTINGS = CellSettings(
    cell_name="Chi bộ Sở Ngoại vụ",
    superior="Đảng ủy Ủy ban nhân dân tỉnh",
    place="Hà Tĩnh",
    secretary="",
    deputy="",
    symbol="CB",
    term="2025–2030",
    user_name="Văn phòng Chi bộ",
)


def fill_demo(
    session: Session, people_count: int = 40, seed: int = 2026, people_only: bool = False
) -> int:
    """Fill an empty database; return the number of people created."""
    if people_repo.count(session.db):
        raise ChiboError(msg("Cơ sở dữ liệu đã có người; dữ liệu mẫu chỉ tạo trên tệp mới."))
    rng = random.Random(seed)
    today = session.today()
    # One transaction; who writes and the years' settings read once (the demo is the
    # only writer of its new file, and its own writes of them are seen: storage.settled).
    with session.db.atomic(), settled(session.db):
        unit_ids = [cell.add_unit(session, name) for name in UNITS]
        names = [_person(rng, today, unit_ids, i) for i in range(people_count)]
        for index, (person, job) in enumerate(names):
            person_id = people.save_person(session, person)
            _positions(session, rng, person_id, index, job, person)
        secretary = names[0][0].full_name if names else "Nguyễn Văn An"
        deputy = names[1][0].full_name if len(names) > 1 else ""
        cell.save_settings(
            session, CellSettings(**{**SETTINGS.__dict__, "secretary": secretary, "deputy": deputy})
        )
        if not people_only:  # people-only files: benchmarks of the register at scale
            fill_plans(session, today.year, seed)
            # The cell's own plan, which the year report cites ("Thực hiện Kế hoạch số …").
            years.update_deadlines(
                session, today.year, {}, plan_number="03-KH/CB", plan_date=f"{today.year}-02-10"
            )
            fill_nominations(session, today.year, seed)
            fill_evaluations(session, today.year, seed)
            fill_meetings(session, today.year, seed)
    return people_count


def _person(
    rng: random.Random, today: dt.date, unit_ids: list[int], index: int
) -> tuple[Person, str]:
    sex = rng.choice(["Nam", "Nữ"])
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
    birth = dt.date(rng.randint(1966, 2000), rng.randint(1, 12), rng.randint(1, 28))
    roll = rng.random()
    kind = Kind.NON_PARTY if roll < 0.15 else Kind.PROBATIONARY if roll < 0.22 else Kind.FULL
    if index < 3:
        kind = Kind.FULL
    admitted = full = card = None
    if kind != Kind.NON_PARTY:
        earliest = birth.replace(year=birth.year + 22)
        days = max(1, (today - earliest).days - 400)
        admitted_day = earliest + dt.timedelta(days=rng.randint(0, days))
        if kind == Kind.PROBATIONARY:
            admitted_day = today - dt.timedelta(days=rng.randint(30, 330))
        else:
            full = (admitted_day + dt.timedelta(days=365)).isoformat()
        admitted = admitted_day.isoformat()
        card = f"{rng.randint(10, 99)}{index:06d}"
    status = Status.ACTIVE
    status_date = note = None
    if index >= 3 and rng.random() < 0.04:
        status, status_date = Status.TRANSFERRED, (today - dt.timedelta(days=90)).isoformat()
        note = "Chuyển sinh hoạt về Đảng bộ Sở Tư pháp"
    person = Person(
        full_name=name,
        sex=sex,
        birth_date=birth.isoformat(),
        kind=kind,
        party_card=card,
        admitted_on=admitted,
        full_member_on=full,
        unit_id=rng.choice(unit_ids),
        phone=f"09{rng.randint(10000000, 99999999)}",
        status=status,
        status_date=status_date,
        status_note=note,
    )
    return person, rng.choice(JOBS)


def _positions(
    session: Session, rng: random.Random, person_id: int, index: int, job: str, person: Person
) -> None:
    party_titles = {0: "Bí thư", 1: "Phó Bí thư", 2: "Chi ủy viên", 3: "Chi ủy viên"}
    if index in party_titles and person.kind != Kind.NON_PARTY:
        people.save_position(
            session,
            Position(person_id, PositionKind.PARTY, party_titles[index], start_date="2025-06-15"),
        )
    if index == 0:
        job = "Giám đốc Sở"
    elif index in (1, 2):
        job = "Phó Giám đốc Sở"
    start = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), 1)
    if job != "Chuyên viên" and rng.random() < 0.5:
        people.save_position(
            session,
            Position(
                person_id,
                PositionKind.GOVERNMENT,
                "Chuyên viên",
                start_date=(start.replace(year=start.year - 5)).isoformat(),
                end_date=(start - dt.timedelta(days=1)).isoformat(),
            ),
        )
    people.save_position(
        session, Position(person_id, PositionKind.GOVERNMENT, job, start_date=start.isoformat())
    )
