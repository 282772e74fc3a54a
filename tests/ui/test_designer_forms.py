"""Every page and dialog is a Designer form (ARCHITECTURE.md: one forms/*.ui per dialog
and page): its layout is in the .ui, loaded at run time by chibo_app.ui.forms.load_form,
and Python keeps only its behaviour.

A page's form is forms/<its module>.ui; the page is built on a real database and must
hold the form's top widget. The dialogs get the same check in DIALOGS.
"""

from __future__ import annotations

import importlib
import inspect
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chibo_app.ui.pages import PAGES
from chibo_app.ui.resources import form_path

# Pages whose layout is still built in code: the list only shrinks (a test below fails
# when a page listed here has its form, so the list stays true).
PAGES_BUILT_IN_CODE = {
    "meetings",
}

# Dialogs with their form: (module, class, form name in forms/). The dialogs' work adds
# the others here.
DIALOGS: list[tuple[str, str, str]] = [
    ("chibo_app.ui.pages.nominations_page", "QuotaRulesDialog", "quota_rules_dialog"),
]


def page_form(key: str) -> Path:
    spec = next(s for s in PAGES if s.key == key)
    module = spec.load().__module__.rsplit(".", 1)[-1]
    return form_path(module)


def top_widget_name(form: Path) -> str:
    return ET.parse(form).getroot().find("widget").get("name")


def test_every_page_is_listed():
    assert {s.key for s in PAGES} >= PAGES_BUILT_IN_CODE


@pytest.mark.parametrize("key", [s.key for s in PAGES if s.key not in PAGES_BUILT_IN_CODE])
def test_a_page_is_built_from_its_form(qtbot, session, key):
    form = page_form(key)
    assert form.is_file(), f"the page {key} has no {form.name}"
    spec = next(s for s in PAGES if s.key == key)
    page = spec.load()(session, 2026)
    qtbot.addWidget(page)
    name = top_widget_name(form)
    assert [w for w in page.children() if getattr(w, "objectName", lambda: "")() == name], (
        f"the page {key} does not show its form {form.name}"
    )


@pytest.mark.parametrize("key", sorted(PAGES_BUILT_IN_CODE))
def test_a_page_still_built_in_code_has_no_form_yet(key):
    assert not page_form(key).is_file(), f"{key} has its form: take it off PAGES_BUILT_IN_CODE"


@pytest.mark.parametrize(("module", "name", "form"), DIALOGS)
def test_a_dialog_loads_its_form(module, name, form):
    dialog = getattr(importlib.import_module(module), name)
    assert form_path(form).is_file(), f"{name} has no {form}.ui"
    assert f'load_form("{form}"' in inspect.getsource(dialog), f"{name} does not load {form}.ui"
