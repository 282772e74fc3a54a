"""The person dialog's records the classification reads (discipline, conclusions, đình
chỉ, long leave, temporary membership): add, edit, delete through the record dialog
(forms/person_event_dialog.ui); only the fields a kind uses; closing with changes asks;
a discipline recorded there forces "Không hoàn thành nhiệm vụ" in the evaluation."""

import pytest
from PySide6.QtWidgets import QMessageBox

from chibo_app.core.evaluation import Result, TaskResult
from chibo_app.core.people import Kind, Person
from chibo_app.core.person_events import EventKind, PersonEvent
from chibo_app.core.plans import PlanTask
from chibo_app.services import evaluation, history, people, person_events, plans
from chibo_app.ui.dialogs import person_dialog as person_dialog_module
from chibo_app.ui.dialogs.person_dialog import PersonDialog
from chibo_app.ui.dialogs.person_event_dialog import PersonEventDialog


@pytest.fixture
def member(session):
    return people.save_person(
        session, Person(full_name="Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19")
    )


def _fill(dialog, kind, **typed):
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData(str(kind)))
    for name, value in typed.items():
        widget = getattr(form, name)
        if hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        else:
            widget.setText(value)


def test_only_the_fields_a_kind_uses_are_shown(qtbot, session, member):
    dialog = PersonEventDialog(session, PersonEvent(member, EventKind.DISCIPLINE))
    qtbot.addWidget(dialog)
    layout = dialog.form.fieldsLayout
    assert layout.isRowVisible(dialog.form.scope) and not layout.isRowVisible(dialog.form.endDate)
    assert "366-QĐ/TW Điều 11" in dialog.form.ruleNote.text()
    _fill(dialog, EventKind.TEMPORARY)
    assert layout.isRowVisible(dialog.form.place) and layout.isRowVisible(dialog.form.comments)
    assert not layout.isRowVisible(dialog.form.form)
    assert "mục 7.6" in dialog.form.ruleNote.text()
    _fill(dialog, EventKind.SUSPENSION)
    assert layout.isRowVisible(dialog.form.endDate) and "Điều 5" in dialog.form.ruleNote.text()
    dialog.show()
    size = dialog.sizeHint()
    assert size.width() <= 1280 and size.height() <= 720


def test_bad_input_is_named_and_nothing_is_written(qtbot, session, member):
    dialog = PersonEventDialog(session, PersonEvent(member, EventKind.DISCIPLINE))
    qtbot.addWidget(dialog)
    _fill(dialog, EventKind.DISCIPLINE, startDate="31/02/2026")
    assert not dialog.save()
    assert "ngày" in dialog.errors.message("start_date")
    assert dialog.errors.message("form") and dialog.errors.message("scope")
    assert person_events.events_of(session, member) == []


def test_add_edit_delete_from_the_person_dialog(qtbot, session, member, monkeypatch):
    dialog = PersonDialog(session, member)
    qtbot.addWidget(dialog)
    assert dialog.form.addRecord.isEnabled() and dialog.records.rowCount() == 0

    def run_record(record_dialog):
        _fill(
            record_dialog,
            EventKind.DISCIPLINE,
            form="canh_cao",
            scope="party",
            startDate="12/05/2026",
            document="15-QĐ/UBKT",
            authority="Ủy ban Kiểm tra Đảng ủy",
        )
        return record_dialog.save()

    monkeypatch.setattr(PersonEventDialog, "exec", run_record)
    dialog._add_record()
    assert dialog.records.rowCount() == 1
    row = [dialog.records.index(0, c).data() for c in range(5)]
    assert row == ["Kỷ luật", "Cảnh cáo (Kỷ luật đảng)", "12/05/2026", "", "15-QĐ/UBKT"]
    stored = person_events.events_of(session, member)[0]
    assert (stored.form, stored.scope, stored.start_date) == ("canh_cao", "party", "2026-05-12")
    # The person's change history shows it, in words.
    entries = history.person_history(session, member)
    assert any(
        e.table == "person_events" and str(e.record).startswith("Kỷ luật —") for e in entries
    )

    def edit(record_dialog):
        record_dialog.form.document.setText("16-QĐ/UBKT")
        return record_dialog.save()

    monkeypatch.setattr(PersonEventDialog, "exec", edit)
    dialog.form.recordsView.selectRow(0)
    dialog._edit_record()
    assert person_events.events_of(session, member)[0].document == "16-QĐ/UBKT"
    monkeypatch.setattr(person_dialog_module, "confirm", lambda *a: True)
    dialog.form.recordsView.selectRow(0)
    dialog._delete_record()
    assert dialog.records.rowCount() == 0 and person_events.events_of(session, member) == []


def test_closing_with_changes_asks(qtbot, session, member, monkeypatch):
    dialog = PersonEventDialog(session, PersonEvent(member, EventKind.LEAVE))
    qtbot.addWidget(dialog)
    dialog.reject()  # nothing typed: closes without asking
    assert dialog.result() == 0
    dialog = PersonEventDialog(session, PersonEvent(member, EventKind.LEAVE))
    qtbot.addWidget(dialog)
    _fill(dialog, EventKind.LEAVE, form="sick", startDate="01/02/2026", endDate="15/05/2026")
    asked = []

    def stay(box):
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", stay)  # the default button: stay
    dialog.show()
    dialog.reject()
    assert asked == ["Lưu thay đổi?"] and dialog.isVisible()
    assert person_events.events_of(session, member) == []


def test_a_recorded_discipline_forces_the_lowest_level(qtbot, session, member):
    plan = plans.start_plan(session, member, 2026)
    plan = plans.save_plan(
        session,
        plan.with_changes(tasks=(PlanTask("Số hóa hồ sơ", "100 hồ sơ", "2026-09"),)),
    )
    plans.submit(session, plan.id, on="2026-03-01")
    plan = plans.confirm(session, plan.id, on="2026-03-10")
    started = evaluation.start_evaluation(session, member, 2026)
    tasks = (TaskResult(plan.tasks[0].id, Result.EXCEEDED),)
    saved = evaluation.save_evaluation(
        session, started.with_changes(general_points=30, tasks=tasks)
    )
    assert saved.proposed == "excellent"
    person_events.save_event(
        session,
        PersonEvent(member, EventKind.DISCIPLINE, "khien_trach", "administrative", "2026-06-01"),
    )
    again = evaluation.save_evaluation(session, saved)
    assert again.proposed == "not_completed"
    assert any("bị kỷ luật khiển trách" in str(r) for r in again.explanation)
