"""The About box and the window icon."""

import tomllib
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from chibo_app.services.session import data_folder
from chibo_app.ui import app
from chibo_app.ui.about import about_text
from chibo_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_about_text_names_version_licences_and_data(session):
    text = about_text(session.path)
    assert f"<h3>Chi bộ {pyproject_version()}</h3>" in text
    assert "GPL-3.0-or-later" in text and "LICENSE" in text
    assert str(data_folder()) in text
    assert str(session.path) in text
    assert "Liberation Serif" in text and "SIL Open Font License 1.1" in text


def test_about_text_escapes_the_path(tmp_path):
    text = about_text(tmp_path / "a<b>&c.sqlite")
    assert "a&lt;b&gt;&amp;c.sqlite" in text and "a<b>" not in text


def test_window_icon_is_the_apps(qtbot, session):
    application = app.make_application(["chibo-app"])
    assert application.windowIcon().pixmap(16, 16).width() == 16
    window = MainWindow(session)
    qtbot.addWidget(window)
    seen = {}

    def read_box():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["icon"] = box.iconPixmap()
        box.accept()

    QTimer.singleShot(0, read_box)
    window.about()
    assert str(session.path) in seen["text"]
    image = seen["icon"].toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle.red() > 200 and middle.green() > 150 and middle.blue() < 80  # the star
