"""Texts that carry a value — a deadline, a month, a count, a yes/no — shown in English
in English: made as messages (or labels, or plural forms) where they are made, not as
finished Vietnamese sentences the translation cannot match."""

# ruff: noqa: F811 - fixtures imported from tests.ui.test_translations are parameters here

from __future__ import annotations

import datetime as dt

from chibo_app.core import report_tables
from chibo_app.services import meetings, year_report
from chibo_app.services.midyear import MidyearRow
from chibo_app.ui.models.history_model import Col, HistoryModel
from chibo_app.ui.models.plans_model import midyear_text, midyear_tip
from chibo_app.ui.widgets.figure_table_view import FigureTableView
from tests.ui.test_translations import VIETNAMESE, english, vietnamese  # noqa: F401

REVIEWED = MidyearRow(1, "Nguyễn Văn An", None, 7, True, 4, 2, 1, reviewed_on="2026-07-15")


def _first_column(qtbot, table):
    view = FigureTableView()
    qtbot.addWidget(view)
    view.set_table(table)
    return [view.cell(row, 0) for row in range(view.figures.rowCount())]


def test_report_rows_with_a_date_or_a_month_in_english(english, qtbot, people_session):
    f = year_report.figures(people_session, year_report.period_of(2026))
    assert f.plans.deadline is not None  # the year's plan deadline, 31/03
    plans = _first_column(qtbot, report_tables.plans_table(f))
    assert "- Submitted on time (deadline 31/03/2026)" in plans
    months = _first_column(qtbot, report_tables.meetings_table(f))
    assert months[:2] == ["Month 1", "Month 2"]
    left = [text for text in plans + months if VIETNAMESE.search(text)]
    assert left == []


def test_report_rows_stay_vietnamese_on_paper_and_in_vietnamese(vietnamese, qtbot, people_session):
    f = year_report.figures(people_session, year_report.period_of(2026))
    table = report_tables.plans_table(f)
    assert "- Nộp đúng thời hạn (hạn 31/03/2026)" in [str(row[0]) for row in table.rows]
    assert "- Nộp đúng thời hạn (hạn 31/03/2026)" in _first_column(qtbot, table)
    assert _first_column(qtbot, report_tables.meetings_table(f))[0] == "Tháng 1"


def test_tasks_behind_take_the_plural_form(english):
    one, two = REVIEWED, REVIEWED.__class__(**{**REVIEWED.__dict__, "behind": 2})
    assert midyear_text(one) == "Reviewed 15/07/2026 · 1 task behind"
    assert midyear_text(two) == "Reviewed 15/07/2026 · 2 tasks behind"
    assert "Behind schedule: 1 task due by mid-year is not done." in midyear_tip(one)
    assert "Behind schedule: 2 tasks due by mid-year are not done." in midyear_tip(two)


def test_tasks_behind_in_vietnamese(vietnamese):
    assert midyear_text(REVIEWED) == "Đã sơ kết 15/07/2026 · chậm 1 nhiệm vụ"


def test_history_yes_and_no_in_english(english, qtbot, people_session):
    draft = meetings.new_meeting(people_session, dt.date(2026, 5, 5))
    meetings.save_meeting(people_session, draft)
    model = HistoryModel(people_session)
    model.reload()
    changes = [model.index(r, Col.CHANGES).data() for r in range(model.rowCount())]
    assert "Present / absent: — → Present; Late: — → No" in changes
