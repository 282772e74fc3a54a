"""The nominations page's status steps, the list of fields and the registration forms."""

import subprocess
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from chibo_app.core.nominations import Kind, Nomination, Status
from chibo_app.services import documents, nominations, verification
from chibo_app.storage import documents_repo
from chibo_app.ui.dialogs.nomination_fields_dialog import NominationFieldsDialog
from chibo_app.ui.dialogs.nomination_step_dialog import StatusStepDialog
from chibo_app.ui.pages.nominations_page import NominationsPage


@pytest.fixture
def page(qtbot, people_session):
    ids = people_session.ids
    unit = people_session.db.execute("SELECT id FROM units ORDER BY id LIMIT 1").fetchone()[0]
    nominations.save(
        people_session,
        Nomination(2026, Kind.COLLECTIVE, "Tập thể tốt", unit_id=unit, field="Khác"),
    )
    for name in ("Nguyễn Văn An", "Trần Thị Bình"):
        nominations.save(
            people_session,
            Nomination(
                2026,
                Kind.INDIVIDUAL,
                "Số hóa hồ sơ",
                person_id=ids[name],
                field="Cải cách thủ tục hành chính",
            ),
        )
    widget = NominationsPage(people_session, 2026)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(page, names):
    page.view.clearSelection()
    model = page.view.selectionModel()
    proxy = page.proxy
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data() in names:
                model.select(index, model.SelectionFlag.Select | model.SelectionFlag.Rows)
    return page.selected_rows()


def _answer(monkeypatch, fill):
    """Let StatusStepDialog.exec fill the dialog, press "Chuyển", and keep it to look at."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(StatusStepDialog, "exec", exec_)
    return seen


def _all(session):
    return {n.id: n for n in nominations.of_year(session, 2026)}


def test_commended_asks_day_and_occasion(page, monkeypatch):
    chosen = _select(page, {"Nguyễn Văn An", "Trần Thị Bình"})
    assert len(chosen) == 2

    def fill(dialog):
        assert dialog.date.text() == "25/11/2026"  # today by default
        dialog.date.setText("19/05/2026")
        dialog.occasion.setCurrentText("Khác")
        dialog.other_occasion.setText("Hội nghị điển hình tiên tiến")

    _answer(monkeypatch, fill)
    page.move_selected(Status.COMMENDED)
    for row in chosen:
        item = _all(page.session)[row.id]
        assert item.status == Status.COMMENDED
        assert (item.commended_on, item.occasion) == ("2026-05-19", "Hội nghị điển hình tiên tiến")


def test_validation_messages_in_vietnamese_and_nothing_moved(page, monkeypatch):
    chosen = _select(page, {"Nguyễn Văn An"})

    def fill(dialog):
        dialog.date.setText("31/02/2026")

    seen = _answer(monkeypatch, fill)
    page.move_selected(Status.COMMENDED)
    dialog = seen[0]
    assert dialog.chosen is None
    assert dialog.findChild(type(dialog.date), "stepDate") is dialog.date
    problems = dialog.problems()
    assert problems["occasion"] == "Chọn dịp biểu dương."
    assert problems["on"] == "“31/02/2026” không phải là ngày có thật."
    assert dialog.errors._labels["occasion"].text() == "Chọn dịp biểu dương."
    dialog.date.setText("01/12/2026")
    assert dialog.problems()["on"] == "Ngày này chưa đến (hôm nay là 25/11/2026)."
    assert _all(page.session)[chosen[0].id].status == Status.REGISTERED

    seen = _answer(monkeypatch, lambda d: None)
    page.move_selected(Status.NOT_SELECTED)
    assert seen[0].problems() == {"reason": "Cần ghi lý do không được chọn."}
    assert _all(page.session)[chosen[0].id].status == Status.REGISTERED


def test_proposed_then_awarded_then_not_selected_record_their_details(page, monkeypatch):
    an = _select(page, {"Nguyễn Văn An"})[0]

    _answer(monkeypatch, lambda d: d.date.setText("10/06/2026"))
    page.move_selected(Status.PROPOSED)
    assert _all(page.session)[an.id].proposed_on == "2026-06-10"

    def award(dialog):
        assert dialog.date.text() == ""  # a decision's date is typed from the paper
        empty = dialog.problems()
        assert empty == {
            "award_level": "Ghi cấp khen thưởng (người, cơ quan ký).",
            "decision_number": "Ghi số quyết định khen thưởng.",
            "on": "Cần ghi ngày.",
        }
        dialog.award_form.setCurrentText("Bằng khen")
        dialog.level.setCurrentText("Chủ tịch Ủy ban nhân dân tỉnh")
        dialog.decision_number.setText("125/QĐ-UBND")
        dialog.date.setText("20/08/2026")

    _select(page, {"Nguyễn Văn An"})
    _answer(monkeypatch, award)
    page.move_selected(Status.AWARDED)
    item = _all(page.session)[an.id]
    assert (item.status, item.award_form, item.award_level) == (
        Status.AWARDED,
        "Bằng khen",
        "Chủ tịch Ủy ban nhân dân tỉnh",
    )
    assert (item.decision_number, item.decision_date) == ("125/QĐ-UBND", "2026-08-20")

    binh = _select(page, {"Trần Thị Bình"})[0]
    _answer(monkeypatch, lambda d: d.reason.setPlainText("Chưa đủ thành tích nổi bật"))
    page.move_selected(Status.NOT_SELECTED)
    item = _all(page.session)[binh.id]
    assert (item.status, item.not_selected_reason) == (
        Status.NOT_SELECTED,
        "Chưa đủ thành tích nổi bật",
    )


def test_cultivating_asks_nothing(page, monkeypatch):
    monkeypatch.setattr(StatusStepDialog, "exec", lambda d: pytest.fail("asked"))
    row = _select(page, {"Nguyễn Văn An"})[0]
    page.move_selected(Status.CULTIVATING)
    assert _all(page.session)[row.id].status == Status.CULTIVATING


def test_field_editor_refuses_removing_a_field_in_use(qtbot, page, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = NominationFieldsDialog(page.session, page)
    qtbot.addWidget(dialog)
    names = dialog.names()
    assert "Khác" not in names and dialog.list.item(dialog.list.count() - 1).text().startswith(
        "Khác"
    )
    dialog.list.setCurrentRow(names.index("Cải cách thủ tục hành chính"))
    assert dialog.remove_current() is False
    assert "đang có 2 đăng ký" in warnings[-1] and "Không xóa được" in warnings[-1]
    # Renaming it is allowed; the nominations follow.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cải cách hành chính", True))
    assert dialog.rename_current() is True
    # An unused field goes; a new one comes; the order changes; "Khác" stays last.
    dialog.list.setCurrentRow(dialog.names().index("Thực hành tiết kiệm, chống lãng phí"))
    assert dialog.remove_current() is True
    assert dialog.add_field("Công tác đối ngoại") is True
    assert dialog.add_field("khác") is False and "cuối danh sách" in warnings[-1]
    assert dialog.add_field("Công tác đối ngoại") is False and "đã có" in warnings[-1]
    assert dialog.move_current(1) is False  # already the last before "Khác"
    assert dialog.move_current(-1) is True
    expected = dialog.names()
    dialog.list.setCurrentRow(dialog.list.count() - 1)  # "Khác" is neither renamed nor moved
    assert not dialog.rename_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert dialog.rename_current("Khác nữa") is False and dialog.move_current(-1) is False
    assert dialog.names() == expected
    dialog.save()
    assert dialog.saved == [*expected, "Khác"]
    assert expected[-2] == "Công tác đối ngoại"
    assert {n.field for n in nominations.of_year(page.session, 2026)} == {
        "Khác",
        "Cải cách hành chính",
    }


def test_fields_button_reloads_the_filter(page, monkeypatch):
    def exec_(dialog):
        dialog.add_field("Công tác đối ngoại")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(NominationFieldsDialog, "exec", exec_)
    page.fields_button.click()
    assert page.field_filter.findData("Công tác đối ngoại") >= 0


def _finish(qtbot, run):
    with qtbot.waitSignal(run.finished, timeout=30000) as blocker:
        pass
    return blocker.args[0]


def test_print_forms_of_the_selection_off_the_gui_thread(qtbot, page, tmp_path, monkeypatch):
    chosen = _select(page, {"Nguyễn Văn An", "Trần Thị Bình"})
    target = tmp_path / "phieu"
    asked = []

    def save_name(parent, title, default, filters):
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a[2])))
    page.forms_button.click()  # the print preview first: no file asked
    run = page.printing
    assert run is not None and not page.forms_button.isEnabled()
    assert _finish(qtbot, run) is True
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 2
    assert page.forms_button.isEnabled()
    assert documents_repo.list_documents(page.session.db, doc_type="PDK") == []
    written = preview.save_pdf()  # saved: now recorded
    assert written == tmp_path / "phieu.pdf" and written.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith("Phiếu đăng ký điển hình năm 2026.pdf")
    recorded = documents_repo.list_documents(page.session.db, doc_type="PDK")
    assert sorted(r.subject_ids[0] for r in recorded) == sorted(r.id for r in chosen)


def test_print_forms_cancel_leaves_nothing(qtbot, page, tmp_path):
    run = page.start_printing_forms(None, 3)
    run.dialog.canceled.emit()
    assert _finish(qtbot, run) is False
    assert run.preview_dialog is None
    assert "Đã hủy in" in run.message.text()
    assert documents_repo.list_documents(page.session.db, doc_type="PDK") == []


def test_the_list_for_the_superior_opens_the_preview_and_is_recorded_once_saved(
    qtbot, page, tmp_path, monkeypatch
):
    from chibo_app.ui.nomination_actions import NominationListDialog

    session = page.session
    next_ds = documents.next_number(session, "DS")

    def exec_(dialog):
        assert dialog.findChild(object, "previewPrint").isDefault()
        assert dialog.number.value() == next_ds
        dialog.preview()  # "Xem trước và in…": no file asked
        return NominationListDialog.DialogCode.Accepted

    monkeypatch.setattr(NominationListDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a[2])))
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _t, start, _f: (str(tmp_path / Path(start).name), ""),
    )
    page.export_button.click()
    run = page.printing
    assert run is not None and not page.export_button.isEnabled()
    assert _finish(qtbot, run) is True
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    assert page.export_button.isEnabled()
    assert documents_repo.list_documents(session.db, doc_type="DS") == []  # shown only
    text = preview.rendered.pdf
    assert text.startswith(b"%PDF")
    saved = preview.save_pdf()
    assert (
        saved is not None
        and saved.name == f"Danh sách đăng ký điển hình năm 2026 - số {next_ds:02d}-DS.pdf"
    )
    reader = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True)
    assert f"Số {next_ds:02d}-DS" in reader.stdout and "Nguyễn Văn An" in reader.stdout
    preview.form.saveWordButton.click()
    qtbot.waitUntil(lambda: not preview.busy, timeout=30000)
    word = saved.with_suffix(".docx")
    assert "Nguyễn Văn An" in "\n".join(
        c.text for t in Document(str(word)).tables for r in t.rows for c in r.cells
    )
    recorded = documents_repo.list_documents(session.db, doc_type="DS")
    assert [r.number for r in recorded] == [next_ds]  # PDF and Word: one document
    assert verification.verify(session, preview.paper.codes[0]).status == (
        documents.VerifyStatus.UNCHANGED
    )


def test_the_list_closed_unprinted_takes_no_number(qtbot, page, monkeypatch):
    from chibo_app.ui.nomination_actions import NominationListDialog

    before = documents.next_number(page.session, "DS")
    monkeypatch.setattr(
        NominationListDialog,
        "exec",
        lambda d: d.preview() or NominationListDialog.DialogCode.Accepted,
    )
    page.export()
    run = page.printing
    assert _finish(qtbot, run) is True
    preview = run.preview_dialog
    assert preview is not None
    qtbot.addWidget(preview)
    preview.reject()
    assert documents_repo.list_documents(page.session.db, doc_type="DS") == []
    assert documents.next_number(page.session, "DS") == before


def test_export_says_which_nominations_the_list_leaves_out(qtbot, page, tmp_path, monkeypatch):
    """The page shows three nominations; one "Không được chọn" is not in the list sent up,
    and the message says so (not only "Đã xuất 2 dòng")."""
    from openpyxl import load_workbook

    from chibo_app.services import nomination_lists
    from chibo_app.ui.nomination_actions import NominationListDialog

    collective = next(
        r for r in nomination_lists.rows(page.session, 2026) if r.nomination.kind == Kind.COLLECTIVE
    )
    nominations.move(page.session, collective.nomination.id, Status.NOT_SELECTED, reason="Chưa đủ")
    target = tmp_path / "danh-sach.xlsx"

    def exec_(dialog):
        dialog.file.edit.setText(str(target))
        dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()
        return NominationListDialog.DialogCode.Accepted

    monkeypatch.setattr(NominationListDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a[2])))
    page.export_button.click()
    run = page.printing
    assert _finish(qtbot, run) is True
    said = run.message.text()
    assert said.startswith("Đã xuất 2 dòng vào ")
    assert said.endswith(
        "\nKhông đưa vào danh sách 1 đăng ký “Không được chọn”: danh sách gửi cấp trên chỉ gồm"
        " các đăng ký còn được xét."
    )
    names = [c.value for row in load_workbook(target).active.iter_rows() for c in row]
    assert "Tập thể tốt" not in " ".join(str(v) for v in names if v)


def test_the_list_written_to_a_file_runs_off_the_gui_thread(qtbot, page, tmp_path):
    """start_export returns at once (the window stays usable), the list is written by a
    background job and read back, and the button waits for it."""
    target = tmp_path / "danh sach.pdf"
    run = page.start_export(target, 50)
    assert not target.exists()  # nothing written on the GUI thread
    assert run.job.lane == "work" and page.printing is run
    assert not page.export_button.isEnabled()
    assert _finish(qtbot, run) is True
    assert run.message.text().startswith("Đã xuất 3 dòng vào ")
    reader = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    assert "Số 50-DS" in reader.stdout and "Trần Thị Bình" in reader.stdout
    assert page.export_button.isEnabled() and page.printing is None
    assert [r.number for r in documents_repo.list_documents(page.session.db, doc_type="DS")] == [50]
