"""Designer forms compiled by pyside6-uic (chibo_app.ui.forms): a form is compiled when it
never was, and again when its .ui changed; the page or dialog gets the top widget with its
named children."""

from __future__ import annotations

import importlib
import sys

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from chibo_app.ui import forms
from chibo_app.ui.resources import form_path

NAME = "zz_form_compiled_in_a_test"  # its own module name: no other test loads it


@pytest.fixture
def own_form(tmp_path, monkeypatch):
    """A form of its own, compiled into a folder of its own that the generated package
    also imports from: the package's folder never holds a file that comes and goes
    while other tests (run at the same time) read every source file."""
    source = tmp_path / f"{NAME}.ui"
    source.write_bytes(form_path("topic_dialog").read_bytes())
    real = forms.form_path
    monkeypatch.setattr(forms, "form_path", lambda name: source if name == NAME else real(name))
    compiled = tmp_path / "generated"
    compiled.mkdir()
    package = importlib.import_module(forms.PACKAGE)
    monkeypatch.setattr(forms, "GENERATED", compiled)
    monkeypatch.setattr(package, "__path__", [*package.__path__, str(compiled)])
    yield source
    assert (compiled / f"{NAME}_ui.py").is_file()  # compiled there, not in the package
    sys.modules.pop(f"{forms.PACKAGE}.{NAME}_ui", None)


def test_a_form_is_compiled_on_first_load_and_again_when_changed(qtbot, own_form):
    first = forms.load_form(NAME)
    qtbot.addWidget(first)
    assert isinstance(first, QWidget) and isinstance(first.titleLabel, QLabel)
    assert first.titleLabel.text() == "&Tên chuyên đề"
    module = forms.form_module(NAME)
    assert module.SOURCE_DIGEST == forms.digest(own_form) and module.TOP_CLASS == "QWidget"

    own_form.write_text(
        own_form.read_text(encoding="utf-8").replace("&amp;Tên chuyên đề", "&amp;Tên mới"),
        encoding="utf-8",
    )
    again = forms.load_form(NAME)
    qtbot.addWidget(again)
    assert again.titleLabel.text() == "&Tên mới"  # not the stale module


def test_a_form_compiles_with_its_digest(tmp_path):
    # (every form is compiled by packaging/compile_forms.py before the suite runs)
    assert "topic_dialog" in forms.form_names()
    written = forms.compile_form("topic_dialog", tmp_path)
    assert written == tmp_path / "topic_dialog_ui.py"
    sample = written.read_text(encoding="utf-8")
    assert "class Ui_TopicForm" in sample
    assert f"SOURCE_DIGEST = {forms.digest(form_path('topic_dialog'))!r}" in sample


def test_a_custom_widget_named_is_the_one_the_form_uses(qtbot):
    from chibo_app.ui.widgets.new_password import NewPasswordFields

    form = forms.load_form("first_start", custom=[NewPasswordFields])
    qtbot.addWidget(form)
    with pytest.raises(AssertionError, match="does not use"):
        forms.load_form("topic_dialog", custom=[NewPasswordFields])


def test_the_preload_imports_every_form_off_the_gui_thread(qtbot):
    """After the window's first paint every page's module and every form's generated
    module are imported on a worker thread: the first open of a dialog builds widgets
    only."""
    import threading

    from chibo_app.ui.pages import preload_pages

    wanted = [f"{forms.PACKAGE}.{name}_ui" for name in forms.form_names()]
    for module in ("person_dialog", "plan_dialog"):
        sys.modules.pop(f"{forms.PACKAGE}.{module}_ui", None)
    preload_pages()
    worker = next(t for t in threading.enumerate() if t.name == "chibo-preload")
    worker.join(600)  # a fresh checkout compiles every form first
    assert not worker.is_alive()
    assert [m for m in wanted if m not in sys.modules] == []
