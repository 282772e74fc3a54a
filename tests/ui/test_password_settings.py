"""Cài đặt → Mật khẩu: set, change, remove; the rules shown while typing; auto-lock minutes."""

# ruff: noqa: F811 - fixtures imported from tests.ui.password_helpers are parameters here

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from chibo_app.services import backups
from chibo_app.services.session import open_session
from chibo_app.storage.connection import MAGIC, PasswordRequired, WrongPassword
from chibo_app.ui import auto_lock
from chibo_app.ui.dialogs.password_change import CHANGE, REMOVE, SET, PasswordChangeDialog
from chibo_app.ui.pages.settings_page import SettingsPage
from tests.ui.password_helpers import (  # noqa: F401 - fixtures
    OTHER,
    PASSWORD,
    encrypted_session,
    header,
)


@pytest.fixture
def messages(monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: seen.append(a[2]))
    return seen


def page_for(qtbot, session) -> SettingsPage:
    page = SettingsPage(session, 2026)
    qtbot.addWidget(page)
    page.show()
    page.show_tab("password")  # Cài đặt is tabbed: the password has its own tab
    return page


def answer(monkeypatch, fill) -> list[PasswordChangeDialog]:
    """The next password dialogs filled by `fill(dialog)`, which returns its result."""
    dialogs: list[PasswordChangeDialog] = []

    def fake_exec(dialog: PasswordChangeDialog) -> int:
        dialogs.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(PasswordChangeDialog, "exec", fake_exec)
    return dialogs


def test_set_password_from_settings(qtbot, people_session, monkeypatch, messages, fast_kdf):
    backups.make_backup(people_session)
    page = page_for(qtbot, people_session)
    section = page.password
    assert "không có mật khẩu" in section.state.text()
    assert section.set_button.isVisible() and not section.change_button.isVisible()

    def fill(dialog):
        dialog.fields.new.setText(PASSWORD)
        dialog.fields.repeat.setText(PASSWORD)
        dialog.accept()

    answer(monkeypatch, fill)
    assert section.run(SET)
    assert people_session.password == PASSWORD
    assert header(people_session.path) != MAGIC
    assert messages[0].startswith("Đã đặt mật khẩu: tệp dữ liệu đã được mã hóa.")
    assert "1 bản sao lưu" in messages[0]
    assert all(header(b.path) != MAGIC for b in backups.list_backups(people_session.path))
    assert "có mật khẩu" in section.state.text() and section.change_button.isVisible()
    assert page.form.edits["cell_name"].text() == "Chi bộ Sở Ngoại vụ"  # session reopened


def test_rules_are_shown_while_typing(qtbot, people_session):
    dialog = PasswordChangeDialog(people_session, SET)
    qtbot.addWidget(dialog)
    fields = dialog.fields
    assert "Ít nhất 8 ký tự" in fields.status.text() and not dialog.ok_button.isEnabled()
    fields.new.setText("ngắn")
    assert fields.status.text() == "Mật khẩu phải có ít nhất 8 ký tự."
    fields.new.setText("        ")
    assert "dấu cách" in fields.status.text()
    fields.new.setText(PASSWORD)
    fields.repeat.setText(PASSWORD[:-1])
    assert fields.status.text() == "Hai lần nhập chưa giống nhau."
    assert not dialog.ok_button.isEnabled()
    fields.repeat.setText(PASSWORD)
    assert fields.status.text() == "✓ Mật khẩu dùng được." and dialog.ok_button.isEnabled()
    fields.new.toggle.click()  # “Hiện”: what Unikey produced is visible
    assert fields.new.edit.echoMode() == fields.new.edit.EchoMode.Normal
    dialog.reject()
    assert fields.new.text() == "" and fields.repeat.text() == ""


def test_change_password_wrong_current_then_right(qtbot, encrypted_session, monkeypatch, messages):
    page = page_for(qtbot, encrypted_session)
    errors: list[str] = []

    def fill(dialog):
        dialog.current.setText(OTHER)
        dialog.fields.new.setText("mật khẩu mới 3")
        dialog.fields.repeat.setText("mật khẩu mới 3")
        dialog.accept()
        errors.append(dialog.error.text())
        dialog.current.setText(PASSWORD)
        dialog.accept()

    answer(monkeypatch, fill)
    assert page.password.run(CHANGE)
    assert errors == ["Sai mật khẩu hiện tại."]
    assert messages[0].startswith("Đã đổi mật khẩu.")
    assert encrypted_session.password == "mật khẩu mới 3"
    path = encrypted_session.path
    encrypted_session.close()
    with pytest.raises(WrongPassword):
        open_session(path, PASSWORD)
    open_session(path, "mật khẩu mới 3").close()


def test_remove_password(qtbot, encrypted_session, monkeypatch, messages):
    page = page_for(qtbot, encrypted_session)

    def fill(dialog):
        assert (
            dialog.fields is None
            and "ai có tệp cũng đọc được"
            in dialog.findChild(type(dialog.error), "passwordIntro").text()
        )
        dialog.current.setText(PASSWORD)
        dialog.accept()

    answer(monkeypatch, fill)
    assert page.password.run(REMOVE)
    assert messages[0].startswith("Đã bỏ mật khẩu")
    assert encrypted_session.password is None and header(encrypted_session.path) == MAGIC
    assert page.password.set_button.isVisible()


def test_cancel_changes_nothing(qtbot, encrypted_session, monkeypatch, messages):
    page = page_for(qtbot, encrypted_session)
    before = encrypted_session.path.read_bytes()
    answer(monkeypatch, lambda d: d.reject())
    assert not page.password.run(REMOVE)
    assert messages == [] and encrypted_session.password == PASSWORD
    assert encrypted_session.path.read_bytes() == before
    encrypted_session.close()
    with pytest.raises(PasswordRequired):
        open_session(encrypted_session.path)


def test_auto_lock_minutes_are_a_setting_of_this_computer(qtbot, people_session):
    assert auto_lock.lock_minutes() == 10
    page = page_for(qtbot, people_session)
    page.password.minutes.setValue(0)
    assert auto_lock.lock_minutes() == 0
    assert page.password.minutes.text() == "Không tự khóa"
    page.password.minutes.setValue(25)
    assert page_for(qtbot, people_session).password.minutes.value() == 25
