"""A full disk while saving: a clear Vietnamese message, the earlier data intact, and
saving works again once there is room. SQLite's own "database or disk is full" is
produced for real with PRAGMA max_page_count (the file may not grow any more)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from chibo_app.services import cell
from chibo_app.storage import connection
from chibo_app.ui.dialogs.person_dialog import PersonDialog
from chibo_app.ui.error_report import LOG_NAME, ErrorReporter, install_error_reporter
from chibo_app.ui.widgets.settings_form import SettingsForm


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: seen.append(a[2]))
    return seen


def fill_disk(session):
    pages = session.db.execute("PRAGMA page_count").fetchone()[0]
    session.db.execute(f"PRAGMA max_page_count = {pages}")


def make_room(session):
    session.db.execute("PRAGMA max_page_count = 1073741823")


def count(session):
    return session.db.execute("SELECT count(*) FROM people").fetchone()[0]


def test_person_editor_on_a_full_disk(qtbot, people_session, warnings):
    before = count(people_session)
    dialog = PersonDialog(people_session)
    qtbot.addWidget(dialog)
    dialog.form.fullName.setText("Nguyễn Thị Mới")
    dialog.form.notes.setPlainText("Ghi chú dài. " * 2000)
    fill_disk(people_session)
    dialog.save()
    assert dialog.result() != PersonDialog.DialogCode.Accepted and dialog.saved_id is None
    assert warnings and warnings[0].startswith("Ổ đĩa đầy hoặc không ghi được: ")
    assert warnings[0].endswith("Dữ liệu trước đó vẫn nguyên vẹn.")
    assert count(people_session) == before
    assert people_session.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    make_room(people_session)
    dialog.save()  # what was typed is still there
    assert dialog.saved_id is not None and count(people_session) == before + 1


def test_settings_on_a_full_disk(qtbot, session, warnings):
    form = SettingsForm(session)
    qtbot.addWidget(form)
    form.edits["term"].setText("2025–2030 " * 3000)
    fill_disk(session)
    assert not form.save()
    assert "Ổ đĩa đầy" in warnings[0] and "Dữ liệu trước đó vẫn nguyên vẹn" in warnings[0]
    assert cell.load_settings(session).term == "2025–2030"
    make_room(session)
    assert form.save()


def test_unexpected_error_is_logged_and_shown_in_vietnamese(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    reporter = ErrorReporter(tmp_path)
    try:
        raise RuntimeError("hỏng ở đâu đó")
    except RuntimeError:
        reporter(*sys.exc_info())
    log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: hỏng ở đâu đó" in log and "Traceback" in log
    assert "Ứng dụng gặp một lỗi không lường trước (RuntimeError: hỏng ở đâu đó)" in shown[0]
    assert str(tmp_path / LOG_NAME) in shown[0]
    try:
        raise connection.OperationalError("database or disk is full")
    except connection.OperationalError:
        reporter(*sys.exc_info())
    assert "Dữ liệu trước đó vẫn nguyên vẹn" in shown[1]


def test_error_reporter_leaves_another_hook_alone(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", lambda *a: None)
    assert install_error_reporter(tmp_path) is None
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    reporter = install_error_reporter(tmp_path)
    assert sys.excepthook is reporter
    reporter.uninstall()
    assert sys.excepthook is sys.__excepthook__
