"""Every page and dialog is a Designer form (ARCHITECTURE.md: one forms/*.ui per dialog
and page): its layout is in the .ui, compiled by pyside6-uic and built by
chibo_app.ui.forms.load_form, and Python keeps only its behaviour.

A page's form is forms/<its module>.ui; the page is built on a real database and must
hold the form's top widget. The dialogs get the same check in DIALOGS.
"""

from __future__ import annotations

import importlib
import inspect
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from chibo_app.ui.forms import load_form
from chibo_app.ui.pages import PAGES
from chibo_app.ui.resources import form_path

# Pages whose layout is still built in code: the list only shrinks (a test below fails
# when a page listed here has its form, so the list stays true).
PAGES_BUILT_IN_CODE: set[str] = set()

# Dialogs with their form: (module, class, form name in forms/). A dialog that inherits
# its form (ReportPrintDialog, EvaluationListDialog from SignedOffDialog) is not listed.
DIALOGS: list[tuple[str, str, str]] = [
    ("chibo_app.ui.pages.nominations_page", "QuotaRulesDialog", "quota_rules_dialog"),
    ("chibo_app.ui.dialogs.check_report", "CheckReportDialog", "check_report"),
    ("chibo_app.ui.dialogs.dang_bo_print_dialog", "DangBoPrintDialog", "dang_bo_print_dialog"),
    (
        "chibo_app.ui.dialogs.evaluation_decision_dialog",
        "DecisionDialog",
        "evaluation_decision_dialog",
    ),
    ("chibo_app.ui.dialogs.evaluation_dialog", "EvaluationDialog", "evaluation_dialog"),
    ("chibo_app.ui.dialogs.first_start", "FirstStartDialog", "first_start"),
    ("chibo_app.ui.dialogs.history_dialog", "HistoryDialog", "history_dialog"),
    ("chibo_app.ui.dialogs.import_dialog", "ImportDialog", "import_dialog"),
    ("chibo_app.ui.dialogs.kind_change_dialog", "KindChangeDialog", "kind_change_dialog"),
    ("chibo_app.ui.dialogs.leave_dialog", "LeaveDialog", "leave_dialog"),
    ("chibo_app.ui.dialogs.meeting_dialog", "MeetingDialog", "meeting_dialog"),
    ("chibo_app.ui.dialogs.midyear_dialog", "MidyearDialog", "midyear_dialog"),
    ("chibo_app.ui.dialogs.nomination_dialog", "NominationDialog", "nomination_dialog"),
    (
        "chibo_app.ui.dialogs.nomination_fields_dialog",
        "NominationFieldsDialog",
        "nomination_fields_dialog",
    ),
    ("chibo_app.ui.dialogs.nomination_step_dialog", "StatusStepDialog", "nomination_step_dialog"),
    ("chibo_app.ui.dialogs.package_import_dialog", "PackageImportDialog", "package_import_dialog"),
    ("chibo_app.ui.dialogs.password_change", "PasswordChangeDialog", "password_change"),
    ("chibo_app.ui.dialogs.password_prompt", "PasswordPromptDialog", "password_prompt"),
    ("chibo_app.ui.dialogs.person_dialog", "PersonDialog", "person_dialog"),
    ("chibo_app.ui.dialogs.person_event_dialog", "PersonEventDialog", "person_event_dialog"),
    ("chibo_app.ui.dialogs.person_history_dialog", "PersonHistoryDialog", "person_history_dialog"),
    ("chibo_app.ui.dialogs.plan_dialog", "PlanDialog", "plan_dialog"),
    ("chibo_app.ui.dialogs.plan_import_dialog", "PlanImportDialog", "plan_import_dialog"),
    ("chibo_app.ui.dialogs.plan_step_dialog", "PlanStepDialog", "plan_step_dialog"),
    ("chibo_app.ui.dialogs.position_dialog", "PositionDialog", "position_dialog"),
    ("chibo_app.ui.dialogs.print_dialogs", "PrintPlansDialog", "print_plans_dialog"),
    ("chibo_app.ui.dialogs.print_dialogs", "SignedOffDialog", "signed_off_dialog"),
    ("chibo_app.ui.dialogs.print_preview", "PrintPreviewDialog", "print_preview_dialog"),
    ("chibo_app.ui.dialogs.reserve_number_dialog", "ReserveNumberDialog", "reserve_number_dialog"),
    ("chibo_app.ui.dialogs.restore_dialog", "RestoreDialog", "restore_dialog"),
    ("chibo_app.ui.dialogs.send_package_dialog", "SendPackageDialog", "send_package_dialog"),
    ("chibo_app.ui.dialogs.topic_dialog", "TopicDialog", "topic_dialog"),
    ("chibo_app.ui.widgets.rule_set_form", "RuleSetForm", "rule_set_form"),
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


def _custom_widgets(form: Path) -> list[type]:
    """Our widget classes a form names (<customwidgets>, header = the module's path)."""
    found = []
    for custom in ET.parse(form).getroot().iter("customwidget"):
        module = custom.findtext("header", "").removesuffix(".py").replace("/", ".")
        found.append(getattr(importlib.import_module(module), custom.findtext("class", "")))
    return found


@pytest.mark.parametrize(("module", "name", "form"), DIALOGS)
def test_a_dialog_form_loads_with_every_tab_stop(qtbot, module, name, form):
    """The form loads as the dialog loads it, and each widget its Tab order names is
    there under that name (a renamed widget would silently drop out of the order)."""
    path = form_path(form)
    loaded = load_form(form, None, custom=_custom_widgets(path))
    qtbot.addWidget(loaded)
    assert loaded.objectName() == top_widget_name(path)
    for stop in ET.parse(path).getroot().iter("tabstop"):
        assert loaded.findChild(QWidget, stop.text) is not None, f"{form}.ui: no {stop.text}"
