"""A few printed documents in the register, at chosen times, for register tests."""

from __future__ import annotations

import datetime as dt

from chibo_app.core.clock import FixedClock
from chibo_app.core.verification import Subject, printed
from chibo_app.services import documents

# (doc_type, number, year, title, printed at)
SAMPLE = [
    ("DS", 5, 2026, "Danh sách đảng viên đã được xác nhận kế hoạch", "2026-04-02T09:15:00"),
    ("KHCN", None, 2026, "Kế hoạch cá nhân năm 2026 — Nguyễn Văn An", "2026-03-20T14:05:00"),
    ("BC", 2, 2025, "Báo cáo kết quả năm 2025", "2025-10-18T08:30:00"),
]


def record_sample(session, sample=SAMPLE):
    """Record `sample`; returns the PrintedDocument of each, in the same order."""
    made = []
    for index, (doc_type, number, year, title, at) in enumerate(sample):
        item = printed(
            doc_type,
            "2025–2030",
            number,
            year,
            title,
            {"title": title, "n": index},
            Subject("plans", (index + 1,)),
        )
        clock, session.clock = session.clock, FixedClock(dt.datetime.fromisoformat(at))
        try:
            documents.record_document(session, item, printed_on=session.today())
        finally:
            session.clock = clock
        made.append(item)
    return made
