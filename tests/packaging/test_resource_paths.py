"""The app finds its forms, icons, fonts and translations in a source tree, and in a
PyInstaller bundle (sys._MEIPASS) when frozen."""

import sys
from pathlib import Path

from chibo_app import resources_path
from chibo_app.ui import resources, translations

ROOT = Path(__file__).resolve().parents[2]


def test_source_tree_paths():
    assert resources.root() == resources_path.root() == ROOT
    assert resources.form_path("person_dialog").is_file()
    assert resources.icon_path("chibo").is_file()
    fonts = resources_path.fonts_folder()
    assert fonts == resources.fonts_folder() == ROOT / "resources" / "fonts"
    assert (fonts / "LiberationSerif-Regular.ttf").is_file()
    assert translations.i18n_folder() == ROOT / "resources" / "i18n"


def test_bundle_paths(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.root() == resources_path.root() == tmp_path
    assert resources.form_path("main") == tmp_path / "forms" / "main.ui"
    assert resources.icon_path("chibo") == tmp_path / "resources" / "icons" / "chibo.svg"
    assert resources_path.fonts_folder() == tmp_path / "resources" / "fonts"
    assert translations.i18n_folder() == tmp_path / "resources" / "i18n"
