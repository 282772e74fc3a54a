"""chibo-app's command line: a file to open (as the desktop passes it) and --smoke-test."""

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from chibo_app.ui import app
from chibo_app.ui.main_window import MainWindow


def test_a_file_argument_is_the_data_file(tmp_path):
    chosen = tmp_path / "chi bộ.sqlite"
    assert app.parse_args([str(chosen)]).db == chosen
    assert app.parse_args(["--db", str(chosen)]).db == chosen
    assert app.parse_args([]).db is None
    # Qt's own options and their values are not taken for a file.
    assert app.parse_args(["-style", "fusion", "-platform", "offscreen"]).db is None
    args = app.parse_args(["-style", "fusion", str(chosen), "--smoke-test"])
    assert args.db == chosen and args.smoke_test


def test_smoke_test_opens_the_file_paints_and_exits_0(qtbot, session, capsys):
    session.close()
    assert app.main(["chibo-app", str(session.path), "--smoke-test"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"smoke-test ok: {session.path} open (schema ")
    assert "main window painted" in line
    for window in QApplication.topLevelWidgets():  # main() leaves its window to the process end
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()


def test_smoke_test_in_a_real_process(session, tmp_path):
    session.close()
    report = tmp_path / "report.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CHIBO_DB": str(tmp_path / "other"),
        "CHIBO_SMOKE_REPORT": str(report),  # what a windowed .exe, without stdout, leaves
    }
    done = subprocess.run(
        [sys.executable, "-m", "chibo_app.ui.app", str(session.path), "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(session.path).parent,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke-test ok" in done.stdout
    assert report.read_text(encoding="utf-8") == done.stdout
    assert re.search(r" [1-9]\d* charts, icon ok, language vi ", done.stdout)
    assert not (tmp_path / "other").exists()  # the argument wins over CHIBO_DB
