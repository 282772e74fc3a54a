"""A read-only file or folder opens read-only, with a banner and editing switched off.

Made read-only for real (tests/read_only_files.py: chmod, or chattr +i as root); no
os.access is monkeypatched here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from chibo_app.services import backups
from chibo_app.ui import app
from tests.read_only_files import read_only
from tests.storage.sqlite_damage import digest
from tests.ui.safety_helpers import fake_event_loop


def look(found):
    def inspect(window):
        people = window.show_page("people")  # the app opens on the overview
        people.view.selectRow(0)  # the page re-enables its buttons on selection
        settings = window.page("settings")
        settings.form.edits["cell_name"].setText("Đổi tên khi chỉ đọc")
        warnings = []
        QMessageBox.warning = lambda *a: warnings.append(a[2])  # restored by monkeypatch
        saved = settings.form.save()
        found.update(
            banner=window.banner.isVisible() and window.banner.text(),
            add=window.add_action.isEnabled(),
            import_=window.import_action.isEnabled(),
            backup=window.backups.backup_now_action.isEnabled(),
            buttons=[b.isEnabled() for b in people.findChildren(QPushButton) if b.isVisible()],
            save_button=settings.save_button.isEnabled(),
            saved=saved,
            warnings=warnings,
            search=people.search.isEnabled(),
        )

    return inspect


def check(found):
    assert "Tệp dữ liệu chỉ đọc: mọi thay đổi sẽ không được lưu" in found["banner"]
    assert not found["add"] and not found["import_"] and not found["backup"]
    assert found["buttons"] and not any(found["buttons"])
    assert not found["save_button"] and found["search"]
    assert not found["saved"] and "chỉ đọc" in found["warnings"][0]
    assert "Dữ liệu trước đó vẫn nguyên vẹn" in found["warnings"][0]


def test_read_only_file(qtbot, people_session, monkeypatch):
    people_session.close()
    path = people_session.path
    monkeypatch.setattr(QMessageBox, "warning", QMessageBox.warning)
    found = {}
    fake_event_loop(monkeypatch, look(found))
    with read_only(path):
        before = digest(path)
        assert app.main(["chibo-app", "--db", str(path)]) == 0
        assert digest(path) == before
    check(found)
    assert backups.list_backups(path) == []  # no automatic backups of a read-only file


def test_read_only_folder(qtbot, people_session, monkeypatch):
    people_session.close()
    path = people_session.path
    monkeypatch.setattr(QMessageBox, "warning", QMessageBox.warning)
    found = {}
    fake_event_loop(monkeypatch, look(found))
    with read_only(path.parent):
        assert app.main(["chibo-app", "--db", str(path)]) == 0
    check(found)


def test_new_file_in_read_only_folder_is_refused(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "cd"
    folder.mkdir()
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: messages.append(a[2]))
    with read_only(folder):
        assert app.main(["chibo-app", "--db", str(folder / "chibo.sqlite")]) == 2
    assert "chỉ cho phép đọc" in messages[0]
