"""While the file is checked at start (SQLite reading it off the GIL), the GUI thread
imports what opening the data and showing the first page need (startup.WARM_UP)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from chibo_app.ui import progress, startup

# In a fresh interpreter: the modules imported after warm_up() by opening the file and
# showing the first page with its data.
AFTER_WARM_UP = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from chibo_app.ui.app import make_application
app = make_application(["chibo-app"])
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui import startup
window = MainWindow()
window.show()
startup.warm_up()
before = set(sys.modules)
opened = startup.open_data(window, Path(sys.argv[1]))
window.attach(opened.session)
page = window.page(window.current_page_key())
while page.is_loading():
    QCoreApplication.processEvents()
print(" ".join(sorted(m for m in set(sys.modules) - before if m.startswith("chibo_app"))))
from chibo_app.ui import background
background.shutdown()
opened.session.close()
"""


def test_the_first_page_imports_nothing_of_ours_after_the_warm_up(session):
    session.close()
    done = subprocess.run(
        [sys.executable, "-c", AFTER_WARM_UP, str(session.path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.split() == [], done.stdout


def test_the_warm_up_runs_while_the_check_runs(qtbot):
    checking = threading.Event()
    finish = threading.Event()
    seen = []

    def check() -> str:
        checking.set()
        finish.wait(5)
        return "ok"

    def meanwhile() -> None:
        seen.append(checking.wait(5) and not finish.is_set())
        finish.set()

    assert progress.run_with_progress(None, "…", check, meanwhile=meanwhile) == "ok"
    assert seen == [True]
    assert all(isinstance(name, str) and name.startswith("chibo_app.") for name in startup.WARM_UP)
