"""A second start on the same file: refused clearly; the first window comes forward."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from chibo_app.services import backups
from chibo_app.ui import app
from chibo_app.ui.main_window import MainWindow
from tests.services.test_instance_lock import ROOT, holder  # noqa: F401 - fixture
from tests.storage.sqlite_damage import digest
from tests.ui.safety_helpers import fake_event_loop

ASK = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
    "app = QCoreApplication([]);"
    "from chibo_app.ui.single_instance import ask_owner_to_show;"
    "print(ask_owner_to_show(Path(sys.argv[1])))"
)


def test_second_start_is_refused_while_another_process_has_the_file(
    qtbot,
    session,
    monkeypatch,
    holder,  # noqa: F811
):
    session.close()
    before = digest(session.path)
    shown = fake_event_loop(monkeypatch)
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    assert app.main(["chibo-app", "--db", str(session.path)]) == 0
    assert shown == []
    assert "đang được mở trong một cửa sổ Chi bộ khác" in messages[0]
    assert "đưa lên trước" not in messages[0]  # the holder here has no window to show
    assert digest(session.path) == before and backups.list_backups(session.path) == []


def test_second_start_brings_the_first_window_forward(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.start_safety(session.path, backups=False)
    asked = []
    window.instance_server.show_requested.connect(lambda: asked.append(True))
    second = subprocess.Popen(
        [sys.executable, "-c", ASK, str(session.path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=15_000)
    assert second.stdout.read().strip() == "True"
    assert asked == [True]
    window.stop_safety()
