"""Every page and dialog fits the secretary's laptop, and windows come back as they were
left on the same screen.

The sweep (tests/ui/screen_sweep.py) runs in a process of its own per language and
screen: the offscreen screen's size is fixed when the QApplication is made, and the
interface language is installed once before the first widget."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog

from chibo_app.ui import screen_fit
from chibo_app.ui.main_window import MainWindow

SWEEP = Path(__file__).with_name("screen_sweep.py")


def sweep(lang, size):
    env = {**os.environ, "QT_LOGGING_RULES": "qt.qpa.*=false"}
    done = subprocess.run(
        [sys.executable, str(SWEEP), lang, size],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    problems = done.stdout.strip()
    assert done.returncode == 0 and not problems, problems or done.stderr[-3000:]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_and_dialog_fits_1280x720(lang):
    sweep(lang, "1280x720")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_and_dialog_fits_1366x768(lang):
    sweep(lang, "1366x768")


def test_the_sweep_sees_a_window_larger_than_the_screen(qapp):
    """The check itself: a dialog whose minimum is above the screen, and a button pushed
    out of its window, are both reported."""
    sys.path.insert(0, str(SWEEP.parent))
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget  # noqa: PLC0415
    from screen_sweep import problems_of  # noqa: PLC0415

    dialog = QDialog()
    screen = dialog.screen().availableGeometry()
    dialog.setMinimumSize(screen.width() + 100, 500)
    dialog.show()
    wide = f"minimum size {screen.width() + 100}×500"
    assert any(wide in p for p in problems_of(dialog, screen))
    dialog.close()

    window = QWidget()
    inner = QWidget(window)
    inner.setGeometry(0, 0, 100, 40)
    QVBoxLayout(inner).addWidget(QPushButton("Lưu"))
    inner.move(380, 10)  # half out of a 400 px window
    window.resize(400, 300)
    window.show()
    assert any("Lưu" in p for p in problems_of(window, screen))
    window.close()

    from PySide6.QtWidgets import QScrollArea  # noqa: PLC0415

    form = QWidget()
    area = QScrollArea(form)
    area.setObjectName("wideForm")
    area.setWidgetResizable(True)
    wide = QWidget()
    wide.setMinimumWidth(900)  # a form wider than its 400 px scroll area
    area.setWidget(wide)
    QVBoxLayout(form).addWidget(area)
    form.resize(400, 300)
    form.show()
    QApplication.processEvents()
    assert any("wideForm scrolls sideways" in p for p in problems_of(form, screen))
    wide.setMinimumWidth(0)
    QApplication.processEvents()
    assert not any("sideways" in p for p in problems_of(form, screen))
    form.close()


def test_first_start_leaves_room_on_the_screen(qtbot, session):
    """No remembered size: the window opens smaller than the screen, inside it."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() < area.width() and window.height() < area.height()
    assert area.contains(window.geometry())


def test_a_window_comes_back_as_left_on_the_same_screen(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(640, 500)
    window.show()
    window.close()
    again = MainWindow(session)
    qtbot.addWidget(again)
    assert again.size() == QSize(640, 500)


def test_a_dialog_larger_than_the_screen_is_shrunk_and_moved_inside(qtbot):
    screen_fit.install(QApplication.instance())
    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()
    dialog.resize(area.width() + 300, area.height() + 200)
    dialog.move(area.right() - 50, area.bottom() - 50)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry())


def test_a_dialog_is_wide_enough_for_its_title(qtbot):
    screen_fit.install(QApplication.instance())
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Trả lại để chỉnh sửa — lý do trả lại kế hoạch cá nhân")
    dialog.resize(200, 100)
    dialog.show()
    needed = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= needed + screen_fit.TITLE_BAR_EXTRA
