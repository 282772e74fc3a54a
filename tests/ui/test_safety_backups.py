"""The “Dữ liệu” menu: backups now and to a folder, automatic backups, restore, check."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from chibo_app.core.people import Person
from chibo_app.services import backups, people
from chibo_app.ui.dialogs import restore_dialog
from chibo_app.ui.dialogs.restore_dialog import RestoreDialog
from chibo_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, people_session):
    w = MainWindow(people_session)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def messages(monkeypatch):
    seen = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: seen.append((k, a[2])))
    return seen


def test_backup_now_and_to_a_folder(window, people_session, tmp_path, messages):
    window.backups.backup_now_action.trigger()
    made = backups.list_backups(people_session.path)
    assert [b.reason for b in made] == ["thu-cong"]
    assert made[0].path.name in window.statusBar().currentMessage()
    usb = tmp_path / "usb"
    usb.mkdir()
    path = window.backups.backup_to_folder(str(usb))
    assert path is not None and path.parent == usb and path.exists()
    assert messages == [("information", f"Đã sao lưu dữ liệu vào tệp:\n{path}")]
    assert window.backups.backup_to_folder(str(tmp_path / "rut-ra")) is None
    assert messages[-1][0] == "warning" and "Không tìm thấy thư mục" in messages[-1][1]


def test_automatic_backups_on_start_and_close(qtbot, window, people_session):
    window.backups.start()
    qtbot.waitUntil(lambda: bool(backups.list_backups(people_session.path)), timeout=3000)
    assert window.backups.timer.isActive() and window.backups.timer.interval() == 60_000
    window.close()
    reasons = sorted(b.reason for b in backups.list_backups(people_session.path))
    assert reasons == ["dong", "khoi-dong"]
    assert not window.backups.timer.isActive()


def test_automatic_backup_failure_is_a_status_bar_warning(window, people_session):
    (people_session.path.parent / "backups").write_text("a file where the folder should be")
    window.backups.started = True
    window.backups.backup_on_start()  # no exception, no dialog
    assert "Chưa sao lưu tự động được" in window.statusBar().currentMessage()
    assert "dữ liệu hiện tại không bị ảnh hưởng" in window.statusBar().currentMessage()


def _restore_with(monkeypatch, choose):
    """RestoreDialog.exec replaced by `choose(dialog)`, a confirmed restore included."""
    monkeypatch.setattr(restore_dialog, "confirm", lambda *a: True)

    def fake_exec(dialog):
        choose(dialog)
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)


def test_restore_lists_newest_first_restores_and_reloads(
    qtbot, window, people_session, monkeypatch, messages
):
    old = backups.make_backup(people_session, now=dt.datetime(2026, 11, 1, 8, 5))
    people.save_person(people_session, Person(full_name="Người Thêm Sau"))
    backups.make_backup(people_session, "khoi-dong", now=dt.datetime(2026, 11, 24, 7, 0))
    page = window.page("people")
    page.reload()
    assert page.model.rowCount() == 8
    rows = {}

    def choose(dialog):
        table = dialog.table
        rows["shown"] = [
            [table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())
        ]
        dialog.table.selectRow(1)
        dialog.restore_selected()

    _restore_with(monkeypatch, choose)
    assert window.backups.restore()
    assert [r[:2] for r in rows["shown"]] == [
        ["24/11/2026 07:00", "Khi mở ứng dụng"],
        ["01/11/2026 08:05", "Sao lưu ngay (thủ công)"],
    ]
    assert rows["shown"][0][2].endswith("KB")
    assert window.count_label.text() == "7 người"
    window.show_page("people")  # a hidden page reads the restored file when shown
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    assert "01/11/2026 08:05" in window.statusBar().currentMessage()
    kept = [b for b in backups.list_backups(people_session.path) if b.reason == "truoc-khoi-phuc"]
    assert len(kept) == 1 and old.exists()
    assert kept[0].path.name in window.statusBar().currentMessage()
    assert messages == []


def test_damaged_backup_is_refused_and_nothing_changes(
    window, people_session, monkeypatch, messages
):
    bad = backups.make_backup(people_session, now=dt.datetime(2026, 11, 2, 10, 0))
    with open(bad, "rb+") as file:
        file.truncate(bad.stat().st_size // 2)
    people.save_person(people_session, Person(full_name="Người Thêm Sau"))
    _restore_with(monkeypatch, lambda d: d.restore_selected())
    assert not window.backups.restore()
    assert messages[0][0] == "warning" and "không dùng được" in messages[0][1]
    assert "Dữ liệu hiện tại được giữ nguyên" in messages[0][1]
    names = [r.full_name for r in people.list_rows(people_session)]
    assert "Người Thêm Sau" in names and len(names) == 8
    assert [b.reason for b in backups.list_backups(people_session.path)] == ["thu-cong"]


def test_check_runs_off_the_interface_and_shows_the_report(qtbot, window):
    window.backups.check_action.trigger()
    assert not window.backups.check_action.isEnabled()
    qtbot.waitUntil(lambda: window.backups.report_dialog is not None, timeout=10_000)
    dialog = window.backups.report_dialog
    assert dialog.headline.text() == "Dữ liệu tốt, đã được dọn dẹp."
    text = dialog.lines.text()
    assert "Kiểm tra cấu trúc: tốt." in text and "• Đảng viên, quần chúng: 7" in text
    assert window.backups.check_action.isEnabled()
    dialog.close()
