"""The plans page and the plan editor: listing, filters, saving, live checks, the lock."""

import threading

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from chibo_app.core.plans import PlanStatus, PlanTask
from chibo_app.services import plan_lists, plans
from chibo_app.ui.dialogs import plan_reason, plan_step_dialog
from chibo_app.ui.dialogs.plan_dialog import PlanDialog
from chibo_app.ui.models.plan_tasks_model import TaskCol
from chibo_app.ui.models.plans_model import Col, by_name
from chibo_app.ui.models.plans_proxy import PlanFilter
from chibo_app.ui.pages.plans_page import PlansPage
from tests.core.plan_corpus import HONEST
from tests.ui.helpers import type_text


def write(session, person_id, corpus_plan):
    plan = plans.start_plan(session, person_id, 2026)
    return plans.save_plan(
        session, plan.with_changes(remedies=corpus_plan.remedies, tasks=corpus_plan.tasks)
    )


@pytest.fixture
def plans_session(people_session):
    ids = people_session.ids
    write(people_session, ids["Nguyễn Văn An"], HONEST["van_thu_1"])
    copied = write(people_session, ids["Trần Thị Bình"], HONEST["van_thu_1"])
    plans.submit(people_session, copied.id)
    done = write(people_session, ids["Đỗ Minh Đức"], HONEST["thanh_tra_1"])
    plans.submit(people_session, done.id)
    plans.confirm(people_session, done.id)
    return people_session


@pytest.fixture
def page(qtbot, plans_session):
    widget = PlansPage(plans_session, 2026)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def shown(page, col=Col.NAME):
    proxy = page.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def set_filter(page, kind):
    page.filter.setCurrentIndex(page.filter.findData(kind))


def test_lists_the_active_people_with_progress(page):
    assert len(shown(page)) == 6  # Dũng has left and has no plan
    assert page.progress.text() == "1 / 6 đã xác nhận"
    statuses = dict(zip(shown(page), shown(page, Col.STATUS), strict=True))
    assert statuses["Đỗ Minh Đức"] == "Đã xác nhận"
    assert statuses["Lê Văn Ân"] == "Chưa xây dựng"
    similar = dict(zip(shown(page), shown(page, Col.SIMILAR), strict=True))
    assert similar["Trần Thị Bình"] == "Nguyễn Văn An (100%)"


def test_filters(page):
    set_filter(page, PlanFilter.NOT_STARTED)
    assert sorted(shown(page)) == ["Hoàng Thu Anh", "Lê Văn Ân", "Phạm Thị Ánh"]
    set_filter(page, PlanFilter.OVERDUE)  # today is 25/11/2026, past 31/3
    assert "Nguyễn Văn An" in shown(page) and "Trần Thị Bình" not in shown(page)
    set_filter(page, PlanFilter.FLAGGED)
    assert sorted(shown(page)) == ["Nguyễn Văn An", "Trần Thị Bình"]
    set_filter(page, PlanFilter.CONFIRMED)
    assert shown(page) == ["Đỗ Minh Đức"]
    set_filter(page, PlanFilter.ALL)
    type_text(page.search, "duc")
    assert shown(page) == ["Đỗ Minh Đức"]


def test_bulk_confirm_lists_what_will_be_locked(qtbot, page, plans_session, monkeypatch):
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.view.selectAll()
    page.confirm_selected()  # written off the GUI thread, then the rows read again
    assert not page.confirm_button.isEnabled()  # one bulk step at a time
    assert "Trần Thị Bình" in asked[0] and "Nguyễn Văn An" not in asked[0]
    assert "khóa" in asked[0]
    qtbot.waitUntil(lambda: page.progress.text() == "2 / 6 đã xác nhận")
    plan = plans.get_plan(plans_session, plans_session.ids["Trần Thị Bình"], 2026)
    assert plan.status == PlanStatus.CONFIRMED


def test_bulk_mark_submitted(qtbot, page, plans_session):
    person = plans_session.ids["Lê Văn Ân"]
    assert page.select(person)
    page.mark_submitted()
    qtbot.waitUntil(
        lambda: page.model.rows()[page.model.row_of(person)].status.value == "submitted"
    )
    plan = plans.get_plan(plans_session, person, 2026)
    assert plan.status == PlanStatus.SUBMITTED
    assert page.selected_rows()[0].person_id == person  # still selected once shown again


def test_a_refused_bulk_step_says_why(qtbot, page, plans_session, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    page.view.selectAll()
    plans_session.db.execute("UPDATE plans SET status = 'draft' WHERE status = 'submitted'")
    page.confirm_selected()  # the row still says submitted; the file no longer does
    qtbot.waitUntil(lambda: bool(warned))
    assert page.step is None


# The editor -----------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot, plans_session):
    def make(name):
        dialog = PlanDialog(plans_session, plans_session.ids[name], 2026, name)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_editor_saves_and_renumbers(editor, plans_session):
    dialog = editor("Lê Văn Ân")
    dialog.form.remedies.setPlainText("- Khắc phục việc chậm trễ\n- Học ngoại ngữ")
    for text, target, due in [("Việc một", "Kết quả một", "quý II"), ("Việc hai", "", "30/6")]:
        row = dialog.tasks.add()
        dialog.tasks.setData(dialog.tasks.index(row, TaskCol.TEXT), text)
        dialog.tasks.setData(dialog.tasks.index(row, TaskCol.TARGET), target)
        dialog.tasks.setData(dialog.tasks.index(row, TaskCol.DUE), due)
    assert dialog.tasks.index(1, TaskCol.DUE).data() == "30/06/2026"
    dialog.form.tasksView.selectRow(1)
    dialog.move_task(-1)
    assert [dialog.tasks.index(r, TaskCol.NUMBER).data() for r in range(2)] == ["1", "2"]
    assert dialog.tasks.index(0, TaskCol.TEXT).data() == "Việc hai"
    assert dialog.save()
    plan = plans.get_plan(plans_session, plans_session.ids["Lê Văn Ân"], 2026)
    assert plan.remedies == ("Khắc phục việc chậm trễ", "Học ngoại ngữ")
    assert [(t.text, t.due) for t in plan.tasks] == [
        ("Việc hai", "2026-06-30"),
        ("Việc một", "2026-Q2"),
    ]


def test_live_checks_appear_while_typing(qtbot, editor):
    dialog = editor("Hoàng Thu Anh")
    dialog.show()
    type_text(dialog.form.remedies, "Khắc phục việc chậm trễ")
    qtbot.waitUntil(lambda: any("Mục 2" in m for m in dialog.check_messages), timeout=2000)
    row = dialog.tasks.add()
    dialog.tasks.setData(dialog.tasks.index(row, TaskCol.TEXT), "Số hóa văn bản")
    qtbot.waitUntil(
        lambda: "Nhiệm vụ 1 chưa có chỉ tiêu, sản phẩm hoặc kết quả." in dialog.check_messages,
        timeout=2000,
    )
    # Typing a neighbour's plan raises the copy check and fills the side-by-side view.
    dialog.form.remedies.setPlainText("\n".join(HONEST["van_thu_1"].remedies))
    dialog.tasks.set_tasks(HONEST["van_thu_1"].tasks)
    qtbot.waitUntil(dialog.copies_ready)  # the year's plans are read in the background
    dialog.refresh_checks()
    assert any("Gần như trùng với kế hoạch của Trần Thị Bình" in m for m in dialog.check_messages)
    assert "ffe08a" in dialog.form.otherView.toHtml()


def test_the_plans_to_compare_with_are_read_off_the_gui_thread(qtbot, plans_session, monkeypatch):
    built_on = []

    class Recorded(plan_lists.CopyContext):  # the real context, its thread noted
        def __init__(self, *args: object) -> None:
            built_on.append(threading.current_thread())
            super().__init__(*args)

    monkeypatch.setattr(plan_lists, "CopyContext", Recorded)
    name = "Hoàng Thu Anh"
    dialog = PlanDialog(plans_session, plans_session.ids[name], 2026, name)
    qtbot.addWidget(dialog)
    assert not dialog.copies_ready()  # the editor opens without waiting for them
    assert dialog.form.compareLabel.text() == "Đang tìm kế hoạch gần trùng…"
    dialog.form.remedies.setPlainText("\n".join(HONEST["van_thu_1"].remedies))
    dialog.tasks.set_tasks(HONEST["van_thu_1"].tasks)
    # When they arrive, the copy check runs on what was typed meanwhile.
    qtbot.waitUntil(
        lambda: any(
            "Gần như trùng với kế hoạch của Trần Thị Bình" in m for m in dialog.check_messages
        )
    )
    assert built_on and all(t is not threading.main_thread() for t in built_on)
    assert "ffe08a" in dialog.form.otherView.toHtml()


def test_confirm_locks_and_reopen_asks_the_reason(editor, plans_session, monkeypatch):
    dialog = editor("Trần Thị Bình")
    answer = plan_step_dialog.StepAnswer("2026-11-25", "Nguyễn Văn An")  # the day, the signer
    monkeypatch.setattr(plan_step_dialog, "ask_step", lambda *a: answer)
    dialog.form.confirmButton.click()
    assert dialog.plan.status == PlanStatus.CONFIRMED
    assert dialog.form.remedies.isReadOnly() and not dialog.form.addTask.isEnabled()
    assert dialog.form.lockedLabel.isVisibleTo(dialog)
    assert not dialog.tasks.setData(dialog.tasks.index(0, TaskCol.TEXT), "đổi")
    monkeypatch.setattr(plan_reason, "ask_reason", lambda *a: "Bổ sung nhiệm vụ")
    dialog.form.reopenButton.click()
    assert dialog.plan.status == PlanStatus.SUBMITTED
    assert not dialog.form.remedies.isReadOnly()
    assert (
        "Mở lại — Bí thư: Bổ sung nhiệm vụ"
        in dialog.form.historyList.item(dialog.form.historyList.count() - 1).text()
    )


def test_return_asks_the_reason(editor, monkeypatch):
    dialog = editor("Trần Thị Bình")
    monkeypatch.setattr(plan_reason, "ask_reason", lambda *a: None)  # cancelled
    dialog.form.returnButton.click()
    assert dialog.plan.status == PlanStatus.SUBMITTED
    monkeypatch.setattr(plan_reason, "ask_reason", lambda *a: "Sao chép kế hoạch")
    dialog.form.returnButton.click()
    assert dialog.plan.status == PlanStatus.RETURNED
    assert "Sao chép kế hoạch" in dialog.form.statusLabel.text()


def test_bad_due_date_is_shown_and_not_saved(editor, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog = editor("Phạm Thị Ánh")
    row = dialog.tasks.add()
    dialog.tasks.setData(dialog.tasks.index(row, TaskCol.TEXT), "Việc")
    dialog.tasks.setData(dialog.tasks.index(row, TaskCol.DUE), "sớm nhất")
    assert not dialog.save()
    assert "Nhiệm vụ 1" in warned[0]
    assert dialog.tasks.tasks() == (PlanTask("Việc", "", None),)


# Mid-year review (sơ kết 6 tháng) ------------------------------------------------------


def _confirmed_with_dues(session, person_id, dues):
    plan = plans.start_plan(session, person_id, 2026)
    plan = plans.save_plan(
        session,
        plan.with_changes(
            remedies=("Khắc phục chậm trễ.",),
            tasks=tuple(PlanTask(f"Nhiệm vụ {n}", "Chỉ tiêu", due) for n, due in enumerate(dues)),
        ),
    )
    plans.submit(session, plan.id)
    return plans.confirm(session, plan.id)


def test_midyear_column_and_filters(qtbot, page, plans_session, monkeypatch):
    from chibo_app.core.evaluation import Progress, TaskReview
    from chibo_app.services import midyear
    from chibo_app.ui.dialogs.midyear_dialog import MidyearDialog

    anh = plans_session.ids["Hoàng Thu Anh"]
    plan = _confirmed_with_dues(plans_session, anh, ["2026-03", "2026-05", "2026-10"])
    page.reload()
    column = dict(zip(shown(page), shown(page, Col.MIDYEAR), strict=True))
    assert column["Đỗ Minh Đức"] == column["Hoàng Thu Anh"] == "Chưa sơ kết"
    assert column["Nguyễn Văn An"] == ""  # a draft: nothing to review
    set_filter(page, PlanFilter.NOT_REVIEWED)
    assert sorted(shown(page)) == ["Hoàng Thu Anh", "Đỗ Minh Đức"]
    assert page.count_label.text() == "2 / 6 người"
    set_filter(page, PlanFilter.BEHIND)
    assert shown(page) == []

    reviews = [
        TaskReview(plan.tasks[0].id, Progress.DONE),
        TaskReview(plan.tasks[1].id, Progress.IN_PROGRESS),  # due 31/5: behind
        TaskReview(plan.tasks[2].id, Progress.NOT_STARTED),  # due in October: not yet
    ]
    midyear.save_review(plans_session, plan.id, reviews, "Cần đẩy nhanh", on="15/07/2026")
    page.reload()
    assert shown(page) == ["Hoàng Thu Anh"]
    assert shown(page, Col.MIDYEAR) == ["Đã sơ kết 15/07/2026 · chậm 1 nhiệm vụ"]
    tip = page.proxy.index(0, Col.MIDYEAR).data(Qt.ItemDataRole.ToolTipRole)
    assert "1/3 nhiệm vụ đã hoàn thành" in tip and "Nhận xét: Cần đẩy nhanh" in tip
    set_filter(page, PlanFilter.NOT_REVIEWED)
    assert shown(page) == ["Đỗ Minh Đức"]

    # The review can be opened from the plans page.
    set_filter(page, PlanFilter.ALL)
    assert page.select(plans_session.ids["Đỗ Minh Đức"])
    assert page.midyear_button.isEnabled()
    opened = []
    monkeypatch.setattr(MidyearDialog, "exec", lambda self: opened.append(self.plan.id) or 0)
    page.open_midyear()
    assert opened and page.select(plans_session.ids["Nguyễn Văn An"])
    assert not page.midyear_button.isEnabled()

    # Sorting by the column: not reviewed first, then behind, then the rest.
    page.view.sortByColumn(Col.MIDYEAR, Qt.SortOrder.AscendingOrder)
    assert shown(page, Col.MIDYEAR)[:2] == ["Chưa sơ kết", "Đã sơ kết 15/07/2026 · chậm 1 nhiệm vụ"]


def test_new_rows_keep_the_order_the_table_is_sorted_in(page, plans_session):
    """Rows arrive in name order: shown as they are when sorted by name, sorted again
    for any other order."""
    rows = plan_lists.year_rows(plans_session, 2026)
    names = [r.full_name for r in page.model.rows()]
    assert names == [r.full_name for r in by_name(rows)] and names[0] == "Nguyễn Văn An"
    page.view.sortByColumn(Col.NAME, Qt.SortOrder.DescendingOrder)
    page.model.set_rows(rows)
    assert [r.full_name for r in page.model.rows()] == names[::-1]
    page.view.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
    page.model.set_rows(list(reversed(rows)))
    assert [r.full_name for r in page.model.rows()] == names


def test_selected_rows_are_the_rows_shown_selected(page):
    """Read from the model's list through the filter and the sort, as data() gives them."""
    from chibo_app.ui.models.plans_model import ROW_ROLE

    set_filter(page, PlanFilter.NOT_STARTED)
    page.view.sortByColumn(Col.NAME, Qt.SortOrder.DescendingOrder)
    page.view.selectAll()
    proxy = page.proxy
    assert proxy.rowCount() == 3
    expected = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    assert page.selected_rows() == expected
    assert [r.full_name for r in expected] == ["Lê Văn Ân", "Phạm Thị Ánh", "Hoàng Thu Anh"]


def test_rows_picked_one_by_one_are_the_rows_shown_picked(page):
    """Unfiltered (read without mapping, the proxy keeping the model's order), sorted,
    searched: the rows picked here and there are those data() shows picked."""
    from chibo_app.ui.models.plans_model import ROW_ROLE

    proxy = page.proxy
    selection = page.view.selectionModel()
    for search in ("", "th"):
        page.search.setText(search)
        page.view.sortByColumn(Col.STATUS, Qt.SortOrder.DescendingOrder)
        picked = list(range(0, proxy.rowCount(), 2))
        assert len(picked) >= 2
        selection.clearSelection()
        for row in picked:
            selection.select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        expected = [proxy.index(r, 0).data(ROW_ROLE) for r in picked]
        assert page.selected_rows() == expected
    assert proxy.rowCount() < page.model.rowCount()  # the search did filter
