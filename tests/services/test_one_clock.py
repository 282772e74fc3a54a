"""One clock: every "now" of the app comes from the session's clock. A printed document
is dated, recorded and later verified by that one clock, so a check on a later day — or
after a print that crossed midnight — still finds the paper unchanged; an edit does not."""

from __future__ import annotations

import ast
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from chibo_app.core.clock import CLOCK_ENV, FixedClock, OffsetClock, default_clock
from chibo_app.core.people import Kind, Person
from chibo_app.core.year_report import Narrative
from chibo_app.services import (
    demo,
    evaluation_printing,
    meeting_printing,
    meetings,
    nomination_printing,
    people,
    plan_printing,
    report_printing,
    verification,
    year_report,
)
from chibo_app.services.documents import VerifyStatus
from chibo_app.services.session import open_session
from chibo_app.storage import records

PACKAGE = Path(__file__).resolve().parents[2] / "chibo_app"
PRINTED_AT = dt.datetime(2026, 11, 25, 10, 0)
LATER = dt.datetime(2027, 3, 10, 8, 30)  # another day, month and year


@dataclass
class SteppingClock:
    """Each reading is the next moment of the list (the last one stays)."""

    moments: list[dt.datetime]
    read: int = field(default=0)

    def now(self) -> dt.datetime:
        moment = self.moments[min(self.read, len(self.moments) - 1)]
        self.read += 1
        return moment


@pytest.fixture
def printed(session, tmp_path):
    session.clock = FixedClock(PRINTED_AT)
    demo.fill_demo(session, people_count=12, seed=7)
    meeting = meetings.meetings_of_year(session, 2026)[0]
    period = year_report.period_of(2026, until="15/11/2026")
    results = {
        "plan forms": plan_printing.print_plans(session, 2026, None, tmp_path / "kh.pdf"),
        "signed-off list": plan_printing.print_signed_off(session, 2026, tmp_path / "ds.pdf"),
        "evaluation list": evaluation_printing.export_list(session, 2026, tmp_path / "dg.pdf"),
        "nomination list": nomination_printing.export_list(session, 2026, tmp_path / "gdh.pdf"),
        "meeting record": meeting_printing.print_meeting(session, meeting.id, tmp_path / "bb.pdf"),
        "year report": report_printing.print_report(session, period, tmp_path / "bc.pdf"),
    }
    return session, period, results


def _codes(result) -> list[str]:
    codes = getattr(result, "codes", None)
    return list(codes) if codes else [result.code]


def test_every_document_verifies_unchanged_on_a_later_day(printed):
    session, _period, results = printed
    session.clock = FixedClock(LATER)
    for what, result in results.items():
        for code in _codes(result):
            verdict = verification.verify(session, code)
            assert verdict.status == VerifyStatus.UNCHANGED, (what, verdict.message)
            # the register keeps each document's date line: the day the print read, but
            # the meeting day for a meeting's record (minutes are dated when held)
            dated = (
                dt.date.fromisoformat(meetings.meetings_of_year(session, 2026)[0].held_on)
                if what == "meeting record"
                else PRINTED_AT.date()
            )
            assert verdict.document.printed_on == dated
            assert verdict.document.created_at == PRINTED_AT.isoformat(timespec="seconds")


def test_an_edit_on_a_later_day_shows_as_changed(printed):
    session, period, results = printed
    session.clock = FixedClock(LATER)
    year_report.save_narrative(session, period, Narrative(results="Sửa sau khi in."))
    report = verification.verify(session, results["year report"].code)
    assert report.status == VerifyStatus.CHANGED
    # Nothing else was touched: the other papers still match.
    ds = verification.verify(session, results["signed-off list"].code)
    assert ds.status == VerifyStatus.UNCHANGED


def test_a_print_crossing_midnight_is_recorded_with_the_day_on_its_paper(session, tmp_path):
    demo.fill_demo(session, people_count=8, seed=3)
    evening = dt.datetime(2026, 12, 31, 23, 59, 59)
    session.clock = SteppingClock([evening, dt.datetime(2027, 1, 1, 0, 0, 1)])
    result = plan_printing.print_signed_off(session, 2026, tmp_path / "ds.pdf")
    session.clock = FixedClock(LATER)
    verdict = verification.verify(session, result.code)
    assert verdict.status == VerifyStatus.UNCHANGED, verdict.message
    assert verdict.document.printed_on == evening.date()  # the date line of the paper
    assert verdict.document.created_at.startswith("2027-01-01T00:00")  # when it was filed


def test_history_is_stamped_by_the_session_clock(session):
    session.clock = FixedClock(dt.datetime(2031, 3, 1, 7, 15, 0))
    person_id = people.save_person(
        session, Person(full_name="Nguyễn Văn Thời", sex="Nam", kind=Kind.NON_PARTY)
    )
    (entry,) = records.history_of(session.db, "people", person_id)
    assert entry["at"] == "2031-03-01T07:15:00"


def test_chibo_clock_starts_a_process_at_a_moment_and_ticks_on(monkeypatch):
    monkeypatch.setenv(CLOCK_ENV, "2031-03-01T00:00:00")
    clock = default_clock()
    assert isinstance(clock, OffsetClock)
    first = clock.now()
    assert dt.datetime(2031, 3, 1) <= first < dt.datetime(2031, 3, 1, 0, 5)
    assert clock.now() >= first
    monkeypatch.setenv(CLOCK_ENV, "2026-12-31")
    assert default_clock().now().date() == dt.date(2026, 12, 31)


def test_a_worker_session_keeps_the_clock(session):
    session.clock = FixedClock(dt.datetime(2027, 6, 15, 9, 0))
    other = session.open_again()
    try:
        assert other.clock is session.clock and other.today() == dt.date(2027, 6, 15)
    finally:
        other.close()


def test_opened_sessions_start_at_the_frozen_moment(db_path):
    """The suite's own freeze (conftest: CHIBO_CLOCK) reaches sessions opened anywhere."""
    session = open_session(db_path)
    try:
        assert session.today() == dt.date(2026, 11, 25)
    finally:
        session.close()


# --- nobody else reads the wall clock ---------------------------------------------------

WALL_CLOCK_CALLS = {("date", "today"), ("datetime", "now"), ("datetime", "today"),
                    ("datetime", "utcnow"), ("time", "time"), ("time", "localtime")}  # fmt: skip


def wall_clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.func.attr) in WALL_CLOCK_CALLS:
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_only_the_clock_module_reads_the_wall_clock():
    offenders = [
        hit
        for path in PACKAGE.rglob("*.py")
        if path != PACKAGE / "core" / "clock.py"
        for hit in wall_clock_reads(path)
    ]
    assert offenders == []


def test_the_check_itself_sees_a_wall_clock_read(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import datetime as dt\nday = dt.date.today()\nnow = dt.datetime.now()\n")
    assert wall_clock_reads(sample) == ["sample.py:2", "sample.py:3"]
