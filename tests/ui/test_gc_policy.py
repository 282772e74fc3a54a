"""The application freezes what the window keeps for the session out of the full garbage
collections (ui/gc_policy.py): each page once, after its first data; nothing in tests
unless turned on."""

from __future__ import annotations

import gc

import pytest

from chibo_app.ui import gc_policy
from chibo_app.ui.main_window import MainWindow
from tests.ui.helpers import wait_loaded


@pytest.fixture
def policy_on():
    gc.unfreeze()
    gc_policy.enable()
    yield
    gc_policy.disable()
    gc.unfreeze()


def test_a_page_is_frozen_after_its_first_data_only(qtbot, people_session, policy_on):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    page = wait_loaded(qtbot, window.show_page("people"))
    frozen = gc.get_freeze_count()
    assert frozen > 0
    gc.unfreeze()
    page.refresh()
    wait_loaded(qtbot, page)
    assert gc.get_freeze_count() == 0  # a reload is not the session's: collected as usual
    window.close()


def test_nothing_is_frozen_unless_the_application_turns_it_on(qtbot, people_session):
    gc.unfreeze()
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    wait_loaded(qtbot, window.show_page("people"))
    assert gc.get_freeze_count() == 0
    window.close()
