"""A person's meeting attendance of the year, as information: the evaluations page's
“Dự họp” column, the evaluation editor and the person's dialog."""

import datetime as dt

import pytest

from chibo_app.core.meetings import Attendance, Presence
from chibo_app.core.people import Kind, Person
from chibo_app.core.plans import PlanTask
from chibo_app.services import meetings, people, plans
from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog
from chibo_app.ui.dialogs.person_dialog import PersonDialog
from chibo_app.ui.models.evaluations_model import Col
from chibo_app.ui.pages.evaluations_page import EvaluationsPage

# Four meetings in 2026 for An: present, present but late, excused (ill), absent.
PRESENCE = [
    Attendance(0, Presence.PRESENT),
    Attendance(0, Presence.PRESENT, late=True),
    Attendance(0, Presence.EXCUSED, reason="Ốm"),
    Attendance(0, Presence.ABSENT),
]
EXPECTED = "Dự 2/4 buổi (50%), vắng có lý do 1, vắng không lý do 1, đến muộn 1"


@pytest.fixture
def cell(session):
    an = people.save_person(
        session, Person(full_name="Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19")
    )
    binh = people.save_person(
        session, Person(full_name="Trần Thị Bình", kind=Kind.FULL, admitted_on="2012-01-02")
    )
    staff = people.save_person(session, Person(full_name="Lê Thị Cúc", kind=Kind.NON_PARTY))
    for month, line in enumerate(PRESENCE, start=2):
        draft = meetings.new_meeting(session, dt.date(2026, month, 10))
        attendance = tuple(
            Attendance(an, line.presence, line.reason, line.late) if a.person_id == an else a
            for a in draft.attendance
        )
        meetings.save_meeting(session, draft.with_changes(attendance=attendance))
    plan = plans.start_plan(session, an, 2026)
    plan = plans.save_plan(
        session, plan.with_changes(tasks=(PlanTask("Soạn thảo văn bản", "Đúng hạn", "2026-09"),))
    )
    plans.submit(session, plan.id)
    plans.confirm(session, plan.id)
    session.ids = {"an": an, "binh": binh, "staff": staff}
    return session


def test_the_service_counts_as_expected(cell):
    counts = meetings.person_attendance(cell, cell.ids["an"], 2026)
    assert (counts.present, counts.excused, counts.absent, counts.late) == (2, 1, 1, 1)
    assert str(meetings.rate_text(counts)) == EXPECTED


def test_evaluations_page_has_a_attendance_column(qtbot, cell):
    page = EvaluationsPage(cell, 2026)
    qtbot.addWidget(page)
    model = page.model
    assert model.headerData(Col.ATTENDANCE, page.view.horizontalHeader().orientation()) == (
        "Dự họp"
    )
    by_name = {model.index(r, Col.NAME).data(): model.index(r, Col.ATTENDANCE) for r in range(3)}
    assert by_name["Nguyễn Văn An"].data() == "2/4 (50%)"
    assert by_name["Nguyễn Văn An"].data(3) == EXPECTED  # the tooltip
    assert by_name["Trần Thị Bình"].data() == "4/4 (100%)"
    assert by_name["Lê Thị Cúc"].data() == ""  # non-party staff: on no roll


def test_evaluation_editor_shows_the_attendance(qtbot, cell):
    dialog = EvaluationDialog(cell, cell.ids["an"], 2026, "Nguyễn Văn An")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.attendance_label.text() == EXPECTED
    assert dialog.attendance_label.isVisible()


def test_person_dialog_shows_the_attendance_of_the_chosen_year(qtbot, cell):
    dialog = PersonDialog(cell, cell.ids["an"], year=2026)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.attendanceLabel.text() == "Sinh hoạt chi bộ năm 2026:"
    assert form.attendance.text() == EXPECTED
    assert form.infoLayout.isRowVisible(form.attendance)
    earlier = PersonDialog(cell, cell.ids["an"], year=2025)
    qtbot.addWidget(earlier)
    assert earlier.form.attendance.text() == "Chưa có buổi sinh hoạt nào"
    for other in (PersonDialog(cell, None), PersonDialog(cell, cell.ids["staff"], year=2026)):
        qtbot.addWidget(other)
        assert not other.form.infoLayout.isRowVisible(other.form.attendance)


def test_people_page_opens_the_person_for_its_year(qtbot, cell, monkeypatch):
    from chibo_app.ui.pages.people_page import PeoplePage

    page = PeoplePage(cell, 2026)
    qtbot.addWidget(page)
    years = []
    monkeypatch.setattr(PersonDialog, "exec", lambda self: years.append(self.year) or 0)
    page._open_editor(cell.ids["an"])
    assert years == [2026]
