"""Cài đặt → Trình bày văn bản: margins, body size, line spacing, defaults, preview."""

import dataclasses

import pytest

from chibo_app.documents.page_settings import PageSettings
from chibo_app.services.page_setup import load_page_settings, save_page_settings
from chibo_app.ui.pages.settings_page import SettingsPage
from chibo_app.ui.widgets.page_setup_form import PageSetupForm


@pytest.fixture
def form(qtbot, session):
    widget = PageSetupForm(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_shows_the_defaults_with_units(form):
    spins = form.spins
    assert list(spins) == [
        "top_mm",
        "bottom_mm",
        "left_mm",
        "right_mm",
        "body_size",
        "line_spacing",
    ]
    assert [spins[k].value() for k in spins] == [20, 20, 30, 15, 14, 1.15]
    assert spins["top_mm"].suffix() == " mm" and spins["body_size"].suffix() == " pt"
    assert spins["top_mm"].minimum() == 5 and spins["top_mm"].maximum() == 50
    assert spins["body_size"].minimum() == 11 and spins["body_size"].maximum() == 16
    assert not form.save_button.isEnabled()  # nothing changed yet


def test_change_and_save(qtbot, form, session):
    form.spins["top_mm"].setValue(25)
    form.spins["body_size"].setValue(13)
    form.spins["line_spacing"].setValue(1.5)
    assert form.save_button.isEnabled()
    assert form.preview.settings.top_mm == 25  # the diagram follows the fields
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    stored = load_page_settings(session)
    assert (stored.top_mm, stored.body_size, stored.line_spacing) == (25, 13, 1.5)
    assert form.saved_label.text() == "Đã lưu."
    assert not form.save_button.isEnabled()


def test_defaults_button_fills_the_fields_and_save_keeps_them(form, session):
    save_page_settings(session, dataclasses.replace(PageSettings(), left_mm=35, body_size=13))
    form.reload()
    assert form.spins["left_mm"].value() == 35
    form.default_button.click()
    assert form.spins["left_mm"].value() == 30 and form.spins["body_size"].value() == 14
    assert load_page_settings(session).left_mm == 35  # not saved until “Lưu”
    assert form.save()
    assert load_page_settings(session) == PageSettings()


def test_a_problem_is_shown_by_its_field(form, session):
    form.spins["body_size"].setValue(13.3)  # the service takes whole or half points only
    assert not form.save()
    assert "lẻ nửa điểm" in form.errors.message("body_size")
    assert not form.summary.isHidden()
    assert load_page_settings(session).body_size == 14


def test_reload_keeps_what_is_being_typed(form, session):
    form.spins["right_mm"].setValue(20)
    save_page_settings(session, dataclasses.replace(PageSettings(), top_mm=30))
    form.reload()
    assert form.spins["right_mm"].value() == 20


def test_preview_paints_for_extreme_settings(form):
    for settings in (
        PageSettings(),
        dataclasses.replace(PageSettings(), top_mm=50, bottom_mm=50, left_mm=50, right_mm=50),
        dataclasses.replace(PageSettings(), top_mm=5, body_size=11, line_spacing=1.0),
        dataclasses.replace(PageSettings(), body_size=16, line_spacing=2.0),
    ):
        form.preview.set_settings(settings)
        image = form.preview.grab().toImage()
        assert not image.isNull() and image.width() > 100


def test_on_the_settings_page(qtbot, session):
    page = SettingsPage(session, 2026)
    qtbot.addWidget(page)
    page.show()
    page.show_tab("page_setup")
    assert page.page_setup.isVisible()
    page.page_setup.spins["bottom_mm"].setValue(25)
    assert page.page_setup.save()
    page.reload()
    assert page.page_setup.spins["bottom_mm"].value() == 25
