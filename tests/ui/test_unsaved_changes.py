"""Nothing typed is lost: every editor closed with changes — by its Đóng/Hủy button,
Escape, the window's ×, or quitting — asks “Lưu thay đổi?” (Lưu / Không lưu / Hủy); an
editor without changes closes without a question; the welcome dialog never quits on
Escape without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget

from chibo_app.core.nominations import Status as NominationStatus
from chibo_app.core.people import Position, PositionKind
from chibo_app.services import nominations, people, plans
from chibo_app.ui.dialogs.editor_dialog import EditorDialog, close_all_editors
from chibo_app.ui.dialogs.first_start import FirstStartDialog
from chibo_app.ui.dialogs.kind_change_dialog import KindChangeDialog
from chibo_app.ui.dialogs.leave_dialog import LeaveDialog
from chibo_app.ui.dialogs.midyear_dialog import MidyearDialog
from chibo_app.ui.dialogs.nomination_dialog import NominationDialog
from chibo_app.ui.dialogs.nomination_fields_dialog import NominationFieldsDialog
from chibo_app.ui.dialogs.nomination_step_dialog import StatusStepDialog
from chibo_app.ui.dialogs.person_dialog import PersonDialog
from chibo_app.ui.dialogs.plan_dialog import PlanDialog
from chibo_app.ui.dialogs.position_dialog import PositionDialog
from chibo_app.ui.dialogs.topic_dialog import TopicDialog
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.pages.nominations_page import QuotaRulesDialog
from tests.conftest import TODAY
from tests.ui.helpers import type_text

YEAR = 2026
ANSWERS = {"save": "unsavedSave", "discard": "unsavedDiscard", "cancel": "unsavedCancel"}


class Answerer:
    """Answers each “Lưu thay đổi?” with `answer`, and counts the questions."""

    def __init__(self, answer: str, box: str = "unsavedQuestion") -> None:
        self.answer = answer
        self.box = box
        self.asked = 0
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == self.box:
            self.asked += 1
            self.texts.append(box.text())
            name = ANSWERS.get(self.answer, self.answer)
            next(b for b in box.buttons() if b.objectName() == name).click()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def answer():
    made: list[Answerer] = []

    def start(choice: str, box: str = "unsavedQuestion") -> Answerer:
        made.append(Answerer(choice, box))
        return made[-1]

    yield start
    for answerer in made:
        answerer.stop()


def opened(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def close_by(how: str, dialog: QDialog, qtbot) -> None:
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    elif how == "window":
        dialog.close()  # the window's ×
    else:
        dialog.reject()  # Đóng / Hủy


# Each editor: how to open it and one change a secretary would type ------------------------


def _person(session):
    return PersonDialog(session, session.ids["Trần Thị Bình"], None, YEAR)


def _type_name(dialog):
    dialog.form.fullName.end(False)  # after the name, not over it
    type_text(dialog.form.fullName, " Hoa")


def _plan(session):
    person = session.ids["Trần Thị Bình"]
    return PlanDialog(session, person, YEAR, "Trần Thị Bình")


def _type_plan(dialog):
    type_text(dialog.form.commitments, "Hoàn thành đúng hạn")


def _topic(session):
    return TopicDialog(session, YEAR)


def _type_topic(dialog):
    type_text(dialog.form.title, "Học tập và làm theo")


def _position(session):
    return PositionDialog(Position(session.ids["Trần Thị Bình"], PositionKind.PARTY, "Chi ủy viên"))


def _type_position(dialog):
    dialog.form.title.setCurrentText("Phó Bí thư")


def _leave(session):
    return LeaveDialog(session, session.ids["Trần Thị Bình"])


def _type_leave(dialog):
    type_text(dialog.note, "Đảng bộ Sở Nội vụ")


def _kind(session):
    return KindChangeDialog(session, [session.ids["Lê Văn Ân"]])


def _type_kind(dialog):
    dialog.form.kind.setCurrentIndex(
        (dialog.form.kind.currentIndex() + 1) % dialog.form.kind.count()
    )


def _nomination(session):
    return NominationDialog(session, YEAR)


def _type_nomination(dialog):
    type_text(dialog.form.description, "Cải cách hành chính")


def _fields(session):
    return NominationFieldsDialog(session)


def _type_fields(dialog):
    assert dialog.add_field("Chuyển đổi số")


def _step(session):
    return StatusStepDialog(NominationStatus.NOT_SELECTED, 2, TODAY)


def _type_step(dialog):
    type_text(dialog.reason, "Chưa đủ thành tích")


def _quota(session):
    return QuotaRulesDialog(nominations.quota_rules(session, YEAR))


def _type_quota(dialog):
    box = next(iter(dialog.boxes.values()))
    box.setValue(box.value() + 1)


def _midyear(session):
    person = session.ids["Trần Thị Bình"]
    plan = plans.start_plan(session, person, YEAR)
    plans.save_plan(session, plan.with_changes(tasks=plans.get_plan(session, person, YEAR).tasks))
    return MidyearDialog(session, plan.id, "Trần Thị Bình")


def _type_midyear(dialog):
    type_text(dialog.comment, "Đúng tiến độ")


def _person_record(session):
    from chibo_app.core.person_events import EventKind, PersonEvent
    from chibo_app.ui.dialogs.person_event_dialog import PersonEventDialog

    return PersonEventDialog(session, PersonEvent(session.ids["Trần Thị Bình"], EventKind.LEAVE))


def _type_person_record(dialog):
    type_text(dialog.form.document, "15-QĐ/UBKT")


def _meeting(session):
    from chibo_app.services import meetings
    from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog

    return MeetingDialog(session, YEAR, meetings.draft_next_regular(session, YEAR))


def _type_meeting(dialog):
    dialog.form.place.clear()
    type_text(dialog.form.place, "Hội trường tầng 3")


def _evaluation(session):
    from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog

    person = session.ids["Trần Thị Bình"]
    plan = plans.start_plan(session, person, YEAR)
    plans.submit(session, plan.id)
    plans.confirm(session, plan.id)
    return EvaluationDialog(session, person, YEAR, "Trần Thị Bình")


def _type_evaluation(dialog):
    type_text(dialog.cell_text, "Chi bộ thống nhất")


EDITORS = {
    "meeting": (_meeting, _type_meeting),
    "evaluation": (_evaluation, _type_evaluation),
    "person": (_person, _type_name),
    "person-record": (_person_record, _type_person_record),
    "plan": (_plan, _type_plan),
    "topic": (_topic, _type_topic),
    "position": (_position, _type_position),
    "leave": (_leave, _type_leave),
    "kind": (_kind, _type_kind),
    "nomination": (_nomination, _type_nomination),
    "nomination-fields": (_fields, _type_fields),
    "nomination-step": (_step, _type_step),
    "quota": (_quota, _type_quota),
    "midyear": (_midyear, _type_midyear),
}


@pytest.mark.parametrize("editor", sorted(EDITORS))
@pytest.mark.parametrize("how", ["button", "escape", "window"])
def test_closing_with_changes_asks_and_cancel_keeps_the_text(
    qtbot, people_session, answer, editor, how
):
    make, change = EDITORS[editor]
    dialog = opened(qtbot, make(people_session))
    assert isinstance(dialog, EditorDialog)
    change(dialog)
    asked = answer("cancel")
    close_by(how, dialog, qtbot)
    qtbot.waitUntil(lambda: asked.asked == 1)
    assert dialog.isVisible() and dialog.has_changes()  # still there, text and all


@pytest.mark.parametrize("editor", sorted(EDITORS))
def test_closing_without_changes_asks_nothing(qtbot, people_session, answer, editor):
    make, _change = EDITORS[editor]
    dialog = opened(qtbot, make(people_session))
    asked = answer("cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.asked == 0


@pytest.mark.parametrize("editor", sorted(EDITORS))
def test_looking_through_the_tabs_is_not_a_change(qtbot, people_session, answer, editor):
    # A tab brought forward is raised among its siblings: the order of the children
    # changes, what is typed does not.
    make, _change = EDITORS[editor]
    dialog = opened(qtbot, make(people_session))
    for tabs in dialog.findChildren(QTabWidget):
        for index in [*range(tabs.count()), 0]:
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
    asked = answer("cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.asked == 0


@pytest.mark.parametrize("editor", sorted(EDITORS))
def test_discard_closes_without_writing(qtbot, people_session, answer, editor):
    make, change = EDITORS[editor]
    dialog = opened(qtbot, make(people_session))
    change(dialog)
    asked = answer("discard")
    dialog.reject()
    assert asked.asked == 1 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_save_from_the_question_writes_the_person(qtbot, people_session, answer):
    dialog = opened(qtbot, _person(people_session))
    _type_name(dialog)
    asked = answer("save")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.asked == 1 and not dialog.isVisible(), dialog.form.errorSummary.text()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = people.get_person(people_session, people_session.ids["Trần Thị Bình"])
    assert saved.full_name == "Trần Thị Bình Hoa"


def test_save_from_the_question_writes_the_plan(qtbot, people_session, answer):
    dialog = opened(qtbot, _plan(people_session))
    _type_plan(dialog)
    asked = answer("save")
    dialog.close()
    assert asked.asked == 1 and not dialog.isVisible()
    plan = plans.get_plan(people_session, people_session.ids["Trần Thị Bình"], YEAR)
    assert plan is not None and plan.commitments == ("Hoàn thành đúng hạn",)


def test_save_from_the_question_writes_the_person_record(qtbot, people_session, answer):
    from chibo_app.services import person_events

    dialog = opened(qtbot, _person_record(people_session))
    form = dialog.form
    form.form.setCurrentIndex(form.form.findData("sick"))
    form.startDate.setText("01/02/2026")
    form.endDate.setText("15/05/2026")
    asked = answer("save")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.asked == 1 and not dialog.isVisible()
    stored = person_events.events_of(people_session, people_session.ids["Trần Thị Bình"])
    assert [(e.form, e.start_date, e.end_date) for e in stored] == [
        ("sick", "2026-02-01", "2026-05-15")
    ]


def _rule_set_copy_edited(qtbot, session, monkeypatch):
    """Cài đặt → Quy định đánh giá, a copy of 366 made and one band's score changed."""
    from PySide6.QtWidgets import QInputDialog

    from chibo_app.core.rule_presets import CODE_366
    from chibo_app.services import rule_sets
    from chibo_app.ui.pages.settings_page import SettingsPage

    page = SettingsPage(session, YEAR)
    qtbot.addWidget(page)
    page.show()
    page.show_tab("rules")
    editor = page.rule_sets
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bản của chi bộ", True))
    r366 = next(r for r in rule_sets.list_rule_sets(session) if r.code == CODE_366)
    editor.select_rule_set(r366.id)
    copy = editor.copy_current()
    assert copy is not None
    editor.form.band_boxes[0].min_score.setValue(95)
    return page, editor, copy, r366


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_the_rule_set_editor_asks_the_same_question(
    qtbot, people_session, answer, monkeypatch, choice
):
    """Another rule set chosen with a copy's edits unsaved: “Lưu thay đổi?” names it;
    Hủy stays on the copy with its edits, Không lưu drops them, Lưu writes them."""
    from chibo_app.services import rule_sets

    _page, editor, copy, r366 = _rule_set_copy_edited(qtbot, people_session, monkeypatch)
    asked = answer(choice)
    editor.select_rule_set(r366.id)
    assert asked.asked == 1 and "Bản của chi bộ" in asked.texts[0]
    stored = rule_sets.get_rule_set(people_session, copy.id).definition.frame("staff")
    if choice == "cancel":
        assert editor.shown.id == copy.id and editor.dirty
        assert editor.form.band_boxes[0].min_score.value() == 95
        assert stored.bands[0].min_score != 95
    else:
        assert editor.shown.id == r366.id and not editor.dirty
        assert (stored.bands[0].min_score == 95) == (choice == "save")


def test_a_refused_save_keeps_the_editor_open(qtbot, people_session, answer, monkeypatch):
    """“Lưu” in the question but the name is empty: the person editor stays, with its
    messages, and nothing is written."""
    dialog = opened(qtbot, _person(people_session))
    dialog.form.fullName.clear()
    asked = answer("save")
    dialog.reject()
    assert asked.asked == 1 and dialog.isVisible()
    assert dialog.form.errorSummary.isVisible()


def test_quitting_asks_for_every_open_editor(qtbot, people_session, answer):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    window.show()
    dialog = _topic(people_session)
    dialog.setParent(window, dialog.windowFlags())
    opened(qtbot, dialog)
    _type_topic(dialog)
    asked = answer("cancel")
    assert not close_all_editors() and asked.asked == 1 and dialog.isVisible()
    window.close()  # the window's × with the editor still open: it asks again, and stays
    assert window.isVisible() and dialog.isVisible() and asked.asked == 2
    asked.answer = "discard"
    window.close()
    assert not window.isVisible() and not dialog.isVisible()


def test_the_welcome_dialog_asks_before_quitting_on_escape(qtbot, db_path, answer):
    from chibo_app.services.session import open_session

    session = open_session(db_path)
    try:
        dialog = opened(qtbot, FirstStartDialog(session))
        type_text(dialog.form.edits["cell_name"], "Chi bộ Sở Tư pháp")
        asked = answer("cancel")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert asked.asked == 1 and dialog.isVisible()
        assert dialog.form.edits["cell_name"].text() == "Chi bộ Sở Tư pháp"
    finally:
        session.close()


def test_the_empty_welcome_dialog_asks_too_before_quitting(qtbot, db_path, answer):
    from chibo_app.services.session import open_session

    session = open_session(db_path)
    try:
        dialog = opened(qtbot, FirstStartDialog(session))
        asked = answer("stayButton", box="quitQuestion")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert asked.asked == 1 and dialog.isVisible()
        asked.answer = "quitButton"
        dialog.close()
        assert asked.asked == 2 and not dialog.isVisible()
        assert dialog.result() == QDialog.DialogCode.Rejected
    finally:
        session.close()
