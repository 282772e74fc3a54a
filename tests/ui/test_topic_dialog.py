"""The topic editor (forms/topic_dialog.ui): a topic shown as stored, saved as typed, a
refusal said without closing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from chibo_app.core.meetings import Topic
from chibo_app.services import topics
from chibo_app.ui.dialogs.topic_dialog import TopicDialog

YEAR = 2026


def _dialog(qtbot, session, topic=None):
    dialog = TopicDialog(session, YEAR, topic)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_stored_topic_is_shown_in_the_designer_form(qtbot, people_session):
    stored = topics.save_topic(
        people_session,
        Topic(
            YEAR,
            "Học tập Nghị quyết Đại hội",
            description="Những điểm mới",
            planned_quarter=3,
            presenter="Đồng chí Bí thư",
            references="Kết luận số 01-KL/TW ngày 18/5/2021",
        ),
    )
    dialog = _dialog(qtbot, people_session, stored)
    f = dialog.form
    assert f.objectName() == "TopicForm"
    assert dialog.windowTitle() == "Chuyên đề năm 2026"
    assert f.title.text() == "Học tập Nghị quyết Đại hội"
    assert f.description.toPlainText() == "Những điểm mới"
    assert f.planned.currentText() == "Quý III"
    assert f.presenter.text() == "Đồng chí Bí thư"
    assert f.references.toPlainText() == "Kết luận số 01-KL/TW ngày 18/5/2021"
    assert f.titleLabel.buddy() is f.title and f.referencesLabel.buddy() is f.references
    # 1 “(chưa định)”, 12 months, 4 quarters.
    assert f.planned.count() == 17 and f.planned.itemText(0) == "(chưa định)"


def test_a_reopened_topic_keeps_its_planned_month(qtbot, people_session):
    """Opened and saved again without a change, a planned month stays (it was lost)."""
    stored = topics.save_topic(people_session, Topic(YEAR, "Chuyên đề tháng 9", planned_month=9))
    dialog = _dialog(qtbot, people_session, stored)
    assert dialog.form.planned.currentText() == "Tháng 9"
    dialog.save()
    assert topics.get_topic(people_session, stored.id).planned_month == 9


def test_what_is_typed_is_saved(qtbot, people_session):
    dialog = _dialog(qtbot, people_session)
    f = dialog.form
    f.title.setText("Phòng, chống tham nhũng")
    f.planned.setCurrentIndex(f.planned.findText("Tháng 9"))
    f.presenter.setText("Lê Văn Cường")
    dialog.save()
    assert not dialog.isVisible() and dialog.saved is not None
    saved = [t for t in topics.topics_of_year(people_session, YEAR) if t.id == dialog.saved.id]
    assert len(saved) == 1
    assert (saved[0].title, saved[0].planned_month, saved[0].presenter) == (
        "Phòng, chống tham nhũng",
        9,
        "Lê Văn Cường",
    )


def test_a_topic_without_a_title_is_refused_and_the_dialog_stays(
    qtbot, people_session, monkeypatch
):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    dialog = _dialog(qtbot, people_session)
    dialog.form.presenter.setText("Lê Văn Cường")
    dialog.save()
    assert dialog.isVisible() and dialog.saved is None and said
