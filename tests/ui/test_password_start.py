"""An encrypted file at start: the password first, nothing written until it is right."""

# ruff: noqa: F811 - fixtures imported from tests.ui.password_helpers are parameters here

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from chibo_app.services import backups
from chibo_app.services.session import open_session
from chibo_app.storage.connection import MAGIC, PasswordRequired
from chibo_app.ui import app
from chibo_app.ui.dialogs.first_start import FirstStartDialog
from chibo_app.ui.dialogs.password_prompt import PasswordPromptDialog
from chibo_app.ui.widgets import unlock_form
from tests.services.test_instance_lock import holder  # noqa: F401 - fixture
from tests.ui.password_helpers import (  # noqa: F401 - fixtures
    OTHER,
    PASSWORD,
    encrypted_file,
    encrypted_session,
    everything_beside,
    header,
)
from tests.ui.safety_helpers import fake_event_loop


@pytest.fixture
def no_wait(monkeypatch):
    monkeypatch.setattr(unlock_form, "FIRST_DELAY_MS", 0)


def type_passwords(monkeypatch, *typed: str) -> list[dict]:
    """The start-up prompt answered with `typed`, in turn; what it showed after each."""
    seen: list[dict] = []

    def fake_exec(dialog: PasswordPromptDialog) -> int:
        seen.append({"title": dialog.windowTitle(), "file": dialog.form.file_label.text()})
        for text in typed:
            if text == "Thoát":
                dialog.form.quit_button.click()
                break
            dialog.form.field.setText(text)
            dialog.form.open_button.click()
            error = dialog.form.error
            seen.append({"error": error.text() if error.isVisibleTo(dialog) else ""})
            if dialog.result() == PasswordPromptDialog.DialogCode.Accepted:
                break
        seen.append({"left in the box": dialog.form.field.text()})
        return dialog.result()

    monkeypatch.setattr(PasswordPromptDialog, "exec", fake_exec)
    return seen


def test_right_password_opens_the_window(qtbot, encrypted_file, monkeypatch):
    seen = type_passwords(monkeypatch, PASSWORD)
    counts: list[str] = []
    fake_event_loop(monkeypatch, lambda w: counts.append(w.count_label.text()))
    assert app.main(["chibo-app", "--db", str(encrypted_file)]) == 0
    assert seen[0]["title"] == "Tệp dữ liệu có mật khẩu"
    assert "chibo.sqlite" in seen[0]["file"]
    assert seen[1:] == [{"error": ""}, {"left in the box": ""}]
    assert counts == ["7 người"]
    assert header(encrypted_file) != MAGIC
    # The close backup was taken with the same password, like the file.
    (closing,) = backups.list_backups(encrypted_file)
    assert header(closing.path) != MAGIC


def test_wrong_then_right(qtbot, encrypted_file, monkeypatch, no_wait):
    seen = type_passwords(monkeypatch, OTHER, PASSWORD.upper(), PASSWORD)
    shown = fake_event_loop(monkeypatch)
    assert app.main(["chibo-app", "--db", str(encrypted_file)]) == 0
    assert [s.get("error") for s in seen[1:4]] == ["Sai mật khẩu.", "Sai mật khẩu.", ""]
    assert len(shown) == 1


def test_quit_at_the_password_changes_nothing_on_disk(qtbot, encrypted_file, monkeypatch, no_wait):
    before = everything_beside(encrypted_file)
    seen = type_passwords(monkeypatch, OTHER, "", OTHER, OTHER, "Thoát")
    shown = fake_event_loop(monkeypatch)
    assert app.main(["chibo-app", "--db", str(encrypted_file)]) == 0
    assert shown == []
    errors = [s["error"] for s in seen if "error" in s]
    assert errors[:2] == ["Sai mật khẩu.", "Hãy nhập mật khẩu."]
    assert everything_beside(encrypted_file) == before  # no -wal, -shm, backup or new file
    with pytest.raises(PasswordRequired):
        open_session(encrypted_file)


def test_wrong_passwords_wait_longer_and_longer(qtbot, monkeypatch, tmp_path):
    assert [unlock_form.retry_delay_ms(n) for n in range(1, 9)] == [
        0,
        0,
        1000,
        2000,
        4000,
        8000,
        10_000,
        10_000,
    ]
    monkeypatch.setattr(unlock_form, "FIRST_DELAY_MS", 40)

    def never(_password: str) -> None:
        from chibo_app.storage.connection import WrongPassword

        raise WrongPassword()

    form = unlock_form.UnlockForm(
        tmp_path / "x.sqlite", never, title="t", intro="i", open_text="Mở", quit_text="Thoát"
    )
    qtbot.addWidget(form)
    form.show()
    for _ in range(3):
        form.field.setText("sai")
        form.submit()
    assert form.error.text() == "Sai mật khẩu. Hãy đợi 1 giây rồi thử lại."
    assert not form.open_button.isEnabled() and form.hint.isVisible()
    form.field.setText("sai")
    assert form.submit() is False and form.failures == 3  # not tried while waiting
    qtbot.waitUntil(form.open_button.isEnabled, timeout=2000)
    assert form.error.text() == "Sai mật khẩu."
    form.submit()
    assert form.failures == 4 and not form.open_button.isEnabled()


def test_a_plain_file_never_asks(qtbot, session, monkeypatch):
    session.close()
    monkeypatch.setattr(PasswordPromptDialog, "exec", lambda d: pytest.fail("asked"))
    fake_event_loop(monkeypatch)
    assert app.main(["chibo-app", "--db", str(session.path)]) == 0


def test_first_start_with_a_password_encrypts_the_file(qtbot, db_path, monkeypatch, fast_kdf):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    refused: list[str] = []

    def fill(dialog: FirstStartDialog) -> int:
        edits = dialog.form.edits
        edits["cell_name"].setText("Chi bộ Văn phòng")
        edits["superior"].setText("Đảng ủy Sở")
        edits["place"].setText("Hà Tĩnh")
        edits["secretary"].setText("Nguyễn Văn An")
        dialog.password_box.setChecked(True)
        dialog.password_fields.new.setText(PASSWORD)
        dialog.password_fields.repeat.setText(PASSWORD + "x")
        dialog.accept()  # the two boxes differ: refused, said under them
        refused.append(dialog.password_fields.status.text())
        assert dialog.result() != FirstStartDialog.DialogCode.Accepted
        dialog.password_fields.repeat.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", fill)
    shown = fake_event_loop(monkeypatch)
    assert app.main(["chibo-app", "--db", str(db_path)]) == 0
    assert refused == ["Hai lần nhập chưa giống nhau."]
    assert messages and messages[0].startswith("Đã đặt mật khẩu")
    assert shown and shown[0].windowTitle() == "Chi bộ — Chi bộ Văn phòng"
    assert header(db_path) != MAGIC
    with pytest.raises(PasswordRequired):
        open_session(db_path)
    reopened = open_session(db_path, PASSWORD)
    assert reopened.password == PASSWORD
    reopened.close()


def test_first_start_without_a_password_stays_plain(qtbot, db_path, monkeypatch):
    def fill(dialog: FirstStartDialog) -> int:
        dialog.form.edits["cell_name"].setText("Chi bộ Văn phòng")
        dialog.form.edits["superior"].setText("Đảng ủy Sở")
        dialog.form.edits["place"].setText("Hà Tĩnh")
        dialog.form.edits["secretary"].setText("Nguyễn Văn An")
        dialog.password_fields.new.setText("ngắn")  # typed, but the box is not ticked
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", fill)
    fake_event_loop(monkeypatch)
    assert app.main(["chibo-app", "--db", str(db_path)]) == 0
    assert header(db_path) == MAGIC


def test_second_start_is_refused_before_any_password(
    qtbot,
    encrypted_file,
    monkeypatch,
    holder,
):
    """The one-window rule comes first: no password is asked for a file open elsewhere."""
    before = everything_beside(encrypted_file)
    monkeypatch.setattr(PasswordPromptDialog, "exec", lambda d: pytest.fail("asked"))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    assert app.main(["chibo-app", "--db", str(encrypted_file)]) == 0
    assert "đang được mở trong một cửa sổ Chi bộ khác" in messages[0]
    assert everything_beside(encrypted_file) == before
