"""The nominations page: grouped rows, filters, quotas, the editor and a bulk step."""

from chibo_app.core.nominations import Kind, Nomination, Status
from chibo_app.services import nominations
from chibo_app.ui.dialogs.nomination_dialog import NominationDialog
from chibo_app.ui.dialogs.nomination_step_dialog import StatusStepDialog
from chibo_app.ui.models.nominations_model import ROW_ROLE
from chibo_app.ui.pages.nominations_page import NominationsPage


def _seed(session):
    ids = session.ids
    unit = session.db.execute("SELECT id FROM units ORDER BY id LIMIT 1").fetchone()[0]
    nominations.save(
        session, Nomination(2026, Kind.COLLECTIVE, "Tập thể tốt", unit_id=unit, field="Khác")
    )
    for name in ("Nguyễn Văn An", "Trần Thị Bình"):
        nominations.save(
            session,
            Nomination(2026, Kind.INDIVIDUAL, "Số hóa hồ sơ", person_id=ids[name], field="Khác"),
        )


def _visible_rows(page):
    found = []
    proxy = page.proxy
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        for row in range(proxy.rowCount(parent)):
            found.append(proxy.index(row, 0, parent).data(ROW_ROLE))
    return found


def test_page_groups_filters_quota_and_bulk_step(qtbot, people_session, monkeypatch):
    _seed(people_session)
    page = NominationsPage(people_session, 2026)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    assert page.model.item(0).text() == "I. TẬP THỂ (1)"
    assert page.model.item(1).text() == "II. CÁ NHÂN (2)"
    assert len(_visible_rows(page)) == 3
    page.search.setText("tran thi binh")
    assert [r.name for r in _visible_rows(page)] == ["Trần Thị Bình"]
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("awarded"))
    assert _visible_rows(page) == []
    page.status_filter.setCurrentIndex(0)
    assert "hạn đăng ký" in page.countdown.text()
    assert page.quota.rowCount() >= 2
    assert page.quota.item(page.quota.rowCount() - 1, 0).text() == "Toàn chi bộ"

    page.view.selectAll()
    assert len(page.selected_rows()) == 3

    def answer(dialog):
        dialog.occasion.setCurrentText("Chào cờ hằng tháng")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(StatusStepDialog, "exec", answer)
    page.move_selected(Status.COMMENDED)
    assert {n.status for n in nominations.of_year(people_session, 2026)} == {Status.COMMENDED}
    assert all(
        n.occasion == "Chào cờ hằng tháng" for n in nominations.of_year(people_session, 2026)
    )


def test_editor_saves_and_warns_without_confirmed_plan(qtbot, people_session):
    dialog = NominationDialog(people_session, 2026)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.kind.setCurrentIndex(f.kind.findData(Kind.INDIVIDUAL))
    f.person.setCurrentIndex(f.person.findText("Trần Thị Bình"))
    assert "Chưa có kế hoạch cá nhân được chi bộ xác nhận" in f.hintsLabel.text()
    f.title.setText("Không để hồ sơ trễ hạn")
    f.registeredOn.setText("01/03/2026")
    dialog.save()
    assert dialog.saved is not None
    assert dialog.saved.registered_on == "2026-03-01"
    assert dialog.saved.person_id == people_session.ids["Trần Thị Bình"]
