"""Plans typed in December from March's papers keep March's dates: Nộp and Xác nhận ask
the day (today unless changed) and who confirmed (the cell's meeting or a named
comrade), and the report counts them by those days."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from chibo_app.core.plans import PlanStatus
from chibo_app.services import plans, year_report
from chibo_app.ui.dialogs.plan_dialog import PlanDialog
from chibo_app.ui.dialogs.plan_step_dialog import PlanStepDialog
from tests.ui.helpers import type_text

YEAR = 2026
_typing = []  # the typists waiting for their dialog (a QTimer must outlive the call)


class Typist:
    """Fills the next Nộp / Xác nhận dialog as the secretary would and presses OK."""

    def __init__(self, day, comrade=None):
        self.day, self.comrade, self.seen = day, comrade, []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._fill)
        self.timer.start()
        _typing.append(self)

    def _fill(self):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PlanStepDialog):
            return
        self.timer.stop()
        self.seen.append(dialog.form.day.text())
        dialog.form.day.clear()
        type_text(dialog.form.day, self.day)
        if self.comrade is not None:
            dialog.form.comrade.clear()
            type_text(dialog.form.comrade, self.comrade)  # typing a name chooses it
        dialog.accept()


@pytest.fixture
def editor(qtbot, people_session):
    person = people_session.ids["Trần Thị Bình"]
    dialog = PlanDialog(people_session, person, YEAR, "Trần Thị Bình")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.commitments, "Hoàn thành nhiệm vụ được giao")
    return dialog


def test_submitted_and_confirmed_on_the_days_of_the_papers_by_the_cell(qtbot, editor):
    typist = Typist("05/03/2026")
    editor.form.submitButton.click()
    assert typist.seen == ["25/11/2026"]  # today is offered
    assert editor.plan.status == PlanStatus.SUBMITTED
    assert editor.plan.submitted_on == "2026-03-05"
    Typist("20/03/2026")
    editor.form.confirmButton.click()
    assert editor.plan.status == PlanStatus.CONFIRMED
    assert editor.plan.confirmed_on == "2026-03-20"
    assert editor.plan.confirmed_by == "Chi bộ (họp ngày 20/03/2026)"
    assert "20/03/2026" in editor.form.lockedLabel.text()


def test_confirmed_by_a_named_comrade(qtbot, editor):
    Typist("10/03/2026")
    editor.form.submitButton.click()
    Typist("12/03/2026", comrade="Trần Thị Bình")
    editor.form.confirmButton.click()
    assert (editor.plan.confirmed_on, editor.plan.confirmed_by) == ("2026-03-12", "Trần Thị Bình")


def test_a_day_after_today_or_before_the_submission_is_refused(qtbot, people_session):
    import datetime as dt

    from chibo_app.ui.dialogs.plan_step_dialog import CONFIRM

    dialog = PlanStepDialog(CONFIRM, dt.date(2026, 11, 25), "2026-03-05", "Nguyễn Văn An")
    qtbot.addWidget(dialog)
    dialog.form.day.setText("01/12/2026")
    dialog.accept()
    assert dialog.answer is None and "sau hôm nay" in dialog.form.error.text()
    dialog.form.day.setText("01/03/2026")
    dialog.accept()
    assert dialog.answer is None and "trước ngày nộp (05/03/2026)" in dialog.form.error.text()
    dialog.form.day.setText("31/02/2026")
    dialog.accept()
    assert dialog.answer is None and dialog.form.error.text()


def test_the_report_counts_them_by_their_days(qtbot, editor, people_session):
    """Typed in November, dated in March: on time and confirmed in a report to 31/03,
    not yet confirmed in a report to 15/03."""
    Typist("05/03/2026")
    editor.form.submitButton.click()
    Typist("20/03/2026")
    editor.form.confirmButton.click()
    march = year_report.figures(people_session, year_report.period_of(YEAR, until="31/03/2026"))
    assert march.plans.made == 1 and march.plans.on_time == 1 and march.plans.confirmed == 1
    early = year_report.figures(people_session, year_report.period_of(YEAR, until="15/03/2026"))
    assert early.plans.made == 1 and early.plans.confirmed == 0
    assert plans.get_plan(people_session, people_session.ids["Trần Thị Bình"], YEAR).confirmed_on
