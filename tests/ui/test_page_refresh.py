"""Pages keep up with changes without reading on the GUI thread: the window reads a
page's data in the background, a page off screen catches up when shown, a change a page
does not show leaves it alone, and the people page reads only the rows that changed."""

from __future__ import annotations

from chibo_app.core.people import Person
from chibo_app.core.plans import PlanStatus
from chibo_app.services import people, plans
from chibo_app.services.session import open_session
from chibo_app.ui.main_window import MainWindow
from tests.core.plan_corpus import HONEST
from tests.ui.helpers import wait_loaded


def _window(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window.page("overview"))
    return window


def _names(page):
    return sorted(r.full_name for r in page.model.rows())


def test_a_page_off_screen_catches_up_when_shown(qtbot, people_session):
    window = _window(qtbot, people_session)
    plans_page = wait_loaded(qtbot, window.show_page("plans"))
    people_page = wait_loaded(qtbot, window.show_page("people"))
    person = people_session.ids["Lê Văn Ân"]
    people.save_person(
        people_session,
        people.get_person(people_session, person).with_changes(full_name="Lê Văn Ấn"),
    )
    people_page._changed(person)  # what the person dialog's save does
    assert "Lê Văn Ấn" in _names(people_page)  # the page's own row, read at once
    assert plans_page.stale and not plans_page.is_loading()  # off screen: nothing read yet
    assert "Lê Văn Ấn" not in _names(plans_page)
    window.show_page("plans")
    wait_loaded(qtbot, plans_page)
    assert not plans_page.stale and "Lê Văn Ấn" in _names(plans_page)


def test_a_change_a_page_does_not_show_leaves_it_alone(qtbot, people_session):
    window = _window(qtbot, people_session)
    register = wait_loaded(qtbot, window.show_page("documents"))
    window.show_page("people")
    people.save_person(people_session, Person(full_name="Người Mới"))
    window.catch_up()  # what a page's data_changed makes the window do
    assert not register.stale  # the register shows documents, not people
    assert window.count_label.text() == "8 người"  # the status bar counts at once


def test_changes_from_another_process_reach_the_page_on_screen(qtbot, people_session):
    window = _window(qtbot, people_session)
    page = wait_loaded(qtbot, window.show_page("people"))
    other = open_session(people_session.path, clock=people_session.clock)
    try:
        added = people.save_person(other, Person(full_name="Trịnh Văn Mới"))
    finally:
        other.close()
    window.catch_up()
    assert "Trịnh Văn Mới" in _names(page)  # one person added elsewhere: only their row read
    assert page.model.row_of(added) is not None


def test_the_year_switch_reads_only_the_page_on_screen(qtbot, people_session):
    window = _window(qtbot, people_session)
    plans_page = wait_loaded(qtbot, window.show_page("plans"))
    overview = window.page("overview")
    window.year_box.addItem("2027", 2027)
    window.year_box.setCurrentIndex(window.year_box.count() - 1)
    assert plans_page.is_loading()  # on screen: read off the GUI thread at once
    wait_loaded(qtbot, plans_page)
    assert plans_page.year == 2027 and plans_page.progress.text() == "0 / 6 đã xác nhận"
    assert overview.stale and not overview.is_loading()  # off screen: read when shown
    window.show_page("overview")
    wait_loaded(qtbot, overview)
    assert overview.heading.text().startswith("Tổng quan năm 2027")


def test_the_year_switch_leaves_the_settings_page_as_it_is(qtbot, people_session):
    """Only its years tab shows a year: the rest is not read again, and text typed in the
    cell's details but not saved yet is still there."""
    from chibo_app.services import years

    years.create_year(people_session, 2027)
    window = _window(qtbot, people_session)
    settings = window.show_page("settings")
    name = settings.form.edits["cell_name"]
    name.setText("Chi bộ đang gõ dở")
    window.show_page("people")
    window.year_box.blockSignals(True)
    window.year_box.addItem("2027", 2027)
    window.year_box.blockSignals(False)
    window.year_box.setCurrentIndex(window.year_box.count() - 1)
    assert settings.year == 2027 and settings.years.shown_year == 2027
    assert not settings.stale
    window.show_page("settings")
    assert name.text() == "Chi bộ đang gõ dở" and settings.form_guard.changed()


def test_copies_arrive_after_the_rows(qtbot, people_session):
    ids = people_session.ids
    for name in ("Nguyễn Văn An", "Trần Thị Bình"):
        plan = plans.start_plan(people_session, ids[name], 2026)
        corpus = HONEST["van_thu_1"]
        plans.save_plan(
            people_session, plan.with_changes(remedies=corpus.remedies, tasks=corpus.tasks)
        )
    window = _window(qtbot, people_session)
    page = wait_loaded(qtbot, window.show_page("plans"))
    qtbot.waitUntil(lambda: not page.background_pending())
    similar = {r.full_name: r.similar_to for r in page.model.rows()}
    assert similar["Trần Thị Bình"] == "Nguyễn Văn An"
    assert similar["Nguyễn Văn An"] == "Trần Thị Bình"


def test_a_bulk_step_keeps_the_copies_found_without_searching_again(
    qtbot, people_session, monkeypatch
):
    """Submitting or confirming changes statuses, not texts: the rows are read again with
    the near-identical plans found before, copy detection does not run again; after a
    text edit it does."""
    from PySide6.QtWidgets import QMessageBox

    ids = people_session.ids
    saved = {}
    for name in ("Nguyễn Văn An", "Trần Thị Bình"):
        plan = plans.start_plan(people_session, ids[name], 2026)
        corpus = HONEST["van_thu_1"]
        saved[name] = plans.save_plan(
            people_session, plan.with_changes(remedies=corpus.remedies, tasks=corpus.tasks)
        )
        plans.submit(people_session, saved[name].id)
    window = _window(qtbot, people_session)
    page = wait_loaded(qtbot, window.show_page("plans"))
    qtbot.waitUntil(lambda: not page.background_pending())

    def similar(name):
        return page.model.rows()[page.model.row_of(ids[name])].similar_to

    assert similar("Trần Thị Bình") == "Nguyễn Văn An"
    # An's plan rewritten behind the page: a new search would find no copy any more
    other = HONEST["thanh_tra_1"]
    plans.save_plan(
        people_session,
        saved["Nguyễn Văn An"].with_changes(remedies=other.remedies, tasks=other.tasks),
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.select(ids["Trần Thị Bình"])
    page.confirm_selected()
    qtbot.waitUntil(lambda: page.step is None and not page.is_loading())
    qtbot.waitUntil(lambda: not page.background_pending())
    row = page.model.rows()[page.model.row_of(ids["Trần Thị Bình"])]
    assert row.status == PlanStatus.CONFIRMED
    assert similar("Trần Thị Bình") == "Nguyễn Văn An"  # kept: no search after the step
    page._changed(ids["Nguyễn Văn An"])  # what the plan editor does after a save: search
    qtbot.waitUntil(lambda: similar("Trần Thị Bình") is None)
    assert similar("Nguyễn Văn An") is None
