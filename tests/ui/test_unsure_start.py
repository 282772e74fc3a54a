"""A file that looks encrypted may be a damaged one: the password prompt offers the
backups too, and a file in a read-only folder opens read-only in a real process."""

from __future__ import annotations

import os
import random
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from chibo_app.services import backups
from chibo_app.services.session import open_session
from chibo_app.storage.connection import PAGE_SIZE
from chibo_app.ui import app
from chibo_app.ui.dialogs.password_prompt import PasswordPromptDialog
from tests.read_only_files import read_only
from tests.services.test_instance_lock import ROOT
from tests.storage.sqlite_damage import digest
from tests.ui.safety_helpers import fake_event_loop


def click_in_box(box_name: str, button_name: str, seen: list[str]) -> None:
    """When the message box `box_name` is up, note its text and click `button_name`
    (found by name among the windows: another test's leftover modal is no matter)."""

    def attempt() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == box_name and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(10, attempt)
            return
        seen.append(boxes[0].text() + "\n" + boxes[0].informativeText())
        boxes[0].findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, attempt)


def test_random_bytes_offer_the_backups_beside_the_password(qtbot, people_session, monkeypatch):
    path = people_session.path
    backups.make_backup(people_session)
    people_session.close()
    path.write_bytes(random.Random(9).randbytes(16 * PAGE_SIZE))  # page-shaped noise
    noise = digest(path)
    offered = []

    def choose_backup(dialog: PasswordPromptDialog) -> int:
        offered.append(dialog.backup_button.isVisibleTo(dialog))
        dialog.backup_button.click()
        return dialog.result()

    monkeypatch.setattr(PasswordPromptDialog, "exec", choose_backup)
    seen: list[str] = []
    counts = []
    fake_event_loop(monkeypatch, lambda w: counts.append(w.count_label.text()))
    click_in_box("damagedFileBox", "restoreNewest", seen)
    assert app.main(["chibo-app", "--db", str(path)]) == 0
    assert offered == [True]
    assert "không mở được bằng mật khẩu" in seen[0]
    assert counts == ["7 người"]  # the backup's people, in the window
    (kept,) = [b for b in backups.list_backups(path) if b.reason == "hong"]
    assert digest(kept.path) == noise


def test_a_file_in_a_read_only_folder_opens_in_a_real_process(people_session):
    path = people_session.path
    people_session.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "chibo_app.ui.app", "--db", str(path), "--smoke-test"]
    with read_only(path.parent):
        before = digest(path)
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        assert digest(path) == before
    assert done.returncode == 0, done.stderr
    assert "smoke-test ok" in done.stdout
    reopened = open_session(path)
    assert reopened.db.execute("SELECT count(*) FROM people").fetchone()[0] == 7
    reopened.close()
