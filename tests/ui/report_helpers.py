"""Fixtures of the report page's tests: the hand-computed cell (tests/report_seed.py) and
a report page of 2026 on it. Import them into a test module to use them."""

import pytest

from chibo_app.ui.pages.report_page import ReportPage
from tests.report_seed import seed


@pytest.fixture
def seeded(session):
    session.ids = seed(session)  # name (A–H) → person id
    return session


@pytest.fixture
def page(qtbot, seeded):
    page = ReportPage(seeded, 2026)
    qtbot.addWidget(page)
    return page
