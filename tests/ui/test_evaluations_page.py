"""The evaluation screens: the page, the editor, finishing, reopening, exports."""

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from chibo_app.core.evaluation import EvaluationStatus
from chibo_app.services import demo, evaluation, evaluation_lists
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo
from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog
from chibo_app.ui.dialogs.midyear_dialog import MidyearDialog
from chibo_app.ui.dialogs.person_history_dialog import PersonHistoryDialog
from chibo_app.ui.pages import PAGES
from chibo_app.ui.pages.evaluations_page import EvaluationsPage


@pytest.fixture
def demo_session(session: Session) -> Session:
    demo.fill_demo(session, people_count=10, seed=2026)
    return session


@pytest.fixture
def page(qtbot, demo_session):
    widget = EvaluationsPage(demo_session, 2026)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open_row(page, session):
    """A party member with a confirmed 2026 plan whose evaluation is not locked."""
    from chibo_app.services import midyear

    confirmed = {r.person_id for r in midyear.midyear_rows(session, 2026)}
    return next(
        r
        for r in page.model.rows()
        if r.person_id in confirmed
        and r.party_member
        and not r.exempt_reason
        and r.status != EvaluationStatus.EVALUATED
    )


def test_page_is_listed_after_plans():
    keys = [p.key for p in PAGES]
    assert keys.index("evaluations") == keys.index("plans") + 1
    spec = PAGES[keys.index("evaluations")]
    assert spec.load() is EvaluationsPage


def test_page_lists_the_year(page, demo_session):
    rows = evaluation_lists.list_year(demo_session, 2026)
    assert page.model.rowCount() == len(rows) > 0
    names = [page.model.index(i, 0).data() for i in range(page.model.rowCount())]
    assert names == [r.full_name for r in rows]
    assert "đã chốt" in page.count_label.text()
    assert "chưa sơ kết" in page.midyear_label.text()
    page.set_year(2025)  # a past year: all evaluated
    assert page.model.rowCount() > 0
    assert not page.finish_all_button.isEnabled() or any(
        r.status == EvaluationStatus.OPEN for r in page.model.rows()
    )


def test_editor_saves_results_and_the_proposal_follows(qtbot, page, demo_session):
    row = _open_row(page, demo_session)
    dialog = EvaluationDialog(demo_session, row.person_id, 2026, row.full_name, page)
    qtbot.addWidget(dialog)
    assert dialog.result_boxes, "the plan has tasks"
    # Phụ lục 4 (no leadership post): the member's own tasks decide the level.
    dialog.frame.setCurrentIndex(dialog.frame.findData("staff"))
    for combo in dialog.result_boxes:
        combo.setCurrentIndex(combo.findData("not_done"))
    dialog.points.setValue(10)
    low = dialog.proposal_label.text()
    assert "Không hoàn thành" in low
    for combo in dialog.result_boxes:
        combo.setCurrentIndex(combo.findData("exceeded"))
    for box in dialog.remedy_boxes:
        box.setChecked(True)
    dialog.points.setValue(30)
    assert dialog.proposal_label.text() != low
    assert "xuất sắc" in dialog.proposal_label.text()
    dialog.evidence_edits[0].setText("Báo cáo tổng kết")
    assert dialog.save()
    saved = evaluation.get_evaluation(demo_session, row.person_id, 2026)
    assert saved is not None and saved.general_points == 30
    assert saved.tasks[0].evidence == "Báo cáo tổng kết"
    assert all(str(t.result) == "exceeded" for t in saved.tasks)
    assert saved.proposed == "excellent"


def test_finish_locks_and_reopen_needs_a_reason(qtbot, page, demo_session, monkeypatch):
    row = _open_row(page, demo_session)
    dialog = EvaluationDialog(demo_session, row.person_id, 2026, row.full_name, page)
    qtbot.addWidget(dialog)
    dialog.frame.setCurrentIndex(dialog.frame.findData("staff"))
    for combo in dialog.result_boxes:
        combo.setCurrentIndex(combo.findData("done"))
    for box in dialog.on_time_boxes:
        box.setChecked(True)
    dialog.points.setValue(25)
    dialog.final_class.setCurrentIndex(dialog.final_class.findData("good"))
    assert dialog.finish()
    locked = evaluation.get_evaluation(demo_session, row.person_id, 2026)
    assert locked.is_locked and locked.classification == "good"
    assert not dialog.save_button.isEnabled() and not dialog.task_table.isEnabled()
    assert dialog.reopen_button.isVisibleTo(dialog)

    warnings = []
    monkeypatch.setattr(
        "chibo_app.ui.dialogs.evaluation_dialog.QMessageBox.warning",
        lambda *a: warnings.append(a[2]),
    )
    assert not dialog.reopen_with("   ")
    assert warnings and "lý do" in warnings[0]
    assert evaluation.get_evaluation(demo_session, row.person_id, 2026).is_locked
    monkeypatch.setattr(
        "chibo_app.ui.dialogs.evaluation_dialog.ask_reason", lambda *a: "Bổ sung minh chứng"
    )
    assert dialog.reopen()
    assert not evaluation.get_evaluation(demo_session, row.person_id, 2026).is_locked
    assert dialog.save_button.isEnabled()
    steps = evaluation.events(demo_session, locked.id)
    assert steps[-1].reason == "Bổ sung minh chứng"


def test_exempt_people_are_not_classified(qtbot, demo_session):
    from chibo_app.core.people import Kind
    from chibo_app.services import people

    rows = evaluation_lists.list_year(demo_session, 2026)
    person = next(r for r in rows if r.party_member and r.evaluation_id is None)
    found = people.get_person(demo_session, person.person_id)
    people.save_person(
        demo_session,
        found.with_changes(admitted_on="2026-09-01", full_member_on=None, kind=Kind.PROBATIONARY),
    )
    dialog = EvaluationDialog(demo_session, person.person_id, 2026, person.full_name)
    qtbot.addWidget(dialog)
    assert "Không đánh giá" in dialog.note_label.text()
    assert not dialog.final_class.isVisibleTo(dialog)
    assert dialog.save()
    assert evaluation.get_evaluation(demo_session, person.person_id, 2026).classification is None


def test_finish_all_and_export(qtbot, page, demo_session, tmp_path, monkeypatch):
    row = _open_row(page, demo_session)
    evaluation.save_evaluation(
        demo_session, evaluation.start_evaluation(demo_session, row.person_id, 2026)
    )
    page.reload()
    assert page.finish_all_button.isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert page.finish_all_now() > 0
    # Left open only where no level holds and the chi bộ has not chosen one (366 Điều 11);
    # the rows are read again off the GUI thread.
    qtbot.waitUntil(
        lambda: all(
            r.proposed is None and r.cell_level is None
            for r in page.model.rows()
            if r.status == EvaluationStatus.OPEN
        )
    )
    still_open = [r for r in page.model.rows() if r.status == EvaluationStatus.OPEN]
    assert still_open and still_open[0].full_name in shown[0]
    assert "chưa có mức xếp loại" in shown[0]
    target = tmp_path / "danh sach.xlsx"
    run = page.start_export(target, 40)
    assert not page.export_button.isEnabled()
    with qtbot.waitSignal(run.finished, timeout=30000) as blocker:
        pass
    assert blocker.args[0] is True, run.message and run.message.text()
    assert target.exists() and target.stat().st_size > 0
    assert page.export_button.isEnabled()
    pdf = tmp_path / "danh sach.pdf"
    run = page.start_export(pdf, 41)
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert pdf.read_bytes().startswith(b"%PDF")
    assert documents_repo.list_documents(demo_session.db, doc_type="DS")


def test_person_history_prints(qtbot, page, demo_session, tmp_path, monkeypatch):
    row = page.model.rows()[0]
    dialog = PersonHistoryDialog(demo_session, row.person_id, page)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1
    run = dialog.start_printing()  # the print preview first
    with qtbot.waitSignal(run.finished, timeout=30000) as blocker:
        pass
    assert blocker.args[0] is True
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    assert not documents_repo.list_documents(demo_session.db, doc_type="QT")
    target = tmp_path / "lich su.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    preview.save_as(".docx")
    qtbot.waitUntil(lambda: not preview.busy, timeout=30000)
    assert row.full_name in " ".join(p.text for p in Document(str(target)).paragraphs)
    assert len(documents_repo.list_documents(demo_session.db, doc_type="QT")) == 1


def test_midyear_review_saves(qtbot, page, demo_session):
    from chibo_app.services import midyear

    row = next(r for r in midyear.midyear_rows(demo_session, 2026))
    dialog = MidyearDialog(demo_session, row.plan_id, row.full_name, page)
    qtbot.addWidget(dialog)
    for combo in dialog.progress_boxes:
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("done"))
    dialog.comment.setPlainText("Đúng tiến độ.")
    assert dialog.save()
    after = next(r for r in midyear.midyear_rows(demo_session, 2026) if r.plan_id == row.plan_id)
    assert after.reviewed and after.behind == 0 and after.comment == "Đúng tiến độ."


def _full_text_shown(qtbot, dialog, combos, column, table):
    """Every choice of the combo boxes fits: the column is as wide as the boxes want to
    be for their longest choice, and each box gets that width."""
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert combos
    for combo in combos:
        texts = [combo.itemText(i) for i in range(combo.count())]
        longest = max(texts, key=combo.fontMetrics().horizontalAdvance)
        text_room = combo.width() - combo.iconSize().width()  # the arrow and frame
        assert combo.fontMetrics().horizontalAdvance(longest) < text_room, longest
        assert combo.width() >= combo.sizeHint().width()
    assert table.columnWidth(column) >= combos[0].sizeHint().width()


def test_result_choices_are_shown_in_full(qtbot, page, demo_session):
    row = _open_row(page, demo_session)
    dialog = EvaluationDialog(demo_session, row.person_id, 2026, row.full_name, page)
    qtbot.addWidget(dialog)
    _full_text_shown(qtbot, dialog, dialog.result_boxes, 1, dialog.task_table)
    assert dialog.result_boxes[0].findText("Hoàn thành một phần") > 0


def test_midyear_progress_choices_are_shown_in_full(qtbot, page, demo_session):
    from chibo_app.services import midyear

    row = next(r for r in midyear.midyear_rows(demo_session, 2026))
    dialog = MidyearDialog(demo_session, row.plan_id, row.full_name, page)
    qtbot.addWidget(dialog)
    _full_text_shown(qtbot, dialog, dialog.progress_boxes, 1, dialog.table)


def test_non_party_dialog_hides_what_does_not_apply(qtbot, demo_session):
    from chibo_app.core.people import Kind, Person
    from chibo_app.core.plans import PlanTask
    from chibo_app.services import people, plans

    staff = people.save_person(demo_session, Person("Hoàng Thị Hoa", kind=Kind.NON_PARTY))
    plan = plans.start_plan(demo_session, staff, 2026)
    tasks = (PlanTask("Số hóa hồ sơ", "100%", "2026-06"), PlanTask("Tiếp dân", "Đúng hạn"))
    plan = plans.save_plan(
        demo_session, plan.with_changes(remedies=("Chậm báo cáo.",), tasks=tasks)
    )
    plans.submit(demo_session, plan.id, on="2026-03-01")
    plans.confirm(demo_session, plan.id, on="2026-03-02")
    dialog = EvaluationDialog(demo_session, staff, 2026, "Hoàng Thị Hoa")
    qtbot.addWidget(dialog)
    dialog.resize(900, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Quy định" not in dialog.state_label.text()  # no rule set: no classification
    assert "Quần chúng" in dialog.note_label.text()
    for widget in (dialog.final_class, dialog.points, dialog.self_class, dialog.proposal_label):
        assert not widget.isVisibleTo(dialog)

    def top(widget):
        return widget.mapTo(dialog, widget.rect().topLeft()).y()

    def bottom(widget):
        return widget.mapTo(dialog, widget.rect().bottomLeft()).y()

    # No blank gaps: the visible rows follow each other at the layout's spacing; no
    # step 3 (no classification to decide) and no vote.
    assert top(dialog.cell_text) - bottom(dialog.remedies) < 20
    assert not dialog.step1_form.isRowVisible(dialog.self_class)  # no level, no points
    assert not dialog.step1_form.isRowVisible(1)
    assert not dialog.step3.isVisibleTo(dialog) and not dialog.vote_meeting.isVisibleTo(dialog)


def test_export_asks_before_an_unfinished_list(qtbot, page, demo_session, monkeypatch):
    total, waiting = evaluation_lists.progress(demo_session, 2026)
    assert waiting
    asked, opened = [], []
    monkeypatch.setattr(
        "chibo_app.ui.pages.evaluations_page.confirm",
        lambda _parent, _title, text, _action: asked.append(text) or False,
    )
    monkeypatch.setattr(
        "chibo_app.ui.evaluation_actions.EvaluationListDialog",
        lambda *a: opened.append(a) or pytest.fail("the file dialog opened"),
    )
    page.export()
    done = total - len(waiting)
    assert asked == [f"Mới xếp loại {done}/{total} người. Vẫn xuất danh sách?"]
    assert not opened


def test_the_three_steps_in_the_editor(qtbot, page, demo_session, monkeypatch):
    """366 Điều 12: the member's own points and level, the chi bộ's level with the vote
    of its meeting (only full members), then the competent level's decision."""
    from chibo_app.services import meetings
    from chibo_app.ui.dialogs import evaluation_decision_dialog

    row = _open_row(page, demo_session)
    dialog = EvaluationDialog(demo_session, row.person_id, 2026, row.full_name, page)
    qtbot.addWidget(dialog)
    dialog.frame.setCurrentIndex(dialog.frame.findData("staff"))
    for combo in dialog.result_boxes:
        combo.setCurrentIndex(combo.findData("done"))
    for box in dialog.on_time_boxes:
        box.setChecked(True)
    for box in dialog.remedy_boxes:
        box.setChecked(True)
    dialog.points.setValue(25)
    dialog.self_general.setValue(26)
    dialog.self_tasks.setValue(70)
    dialog.self_class.setCurrentIndex(dialog.self_class.findData("good"))
    meeting = meetings.meetings_of_year(demo_session, 2026)[-1]
    dialog.vote_meeting.setCurrentIndex(dialog.vote_meeting.findData(meeting.id))
    allowed = int(dialog.vote_hint.text().split()[3])
    assert dialog.voters.value() == allowed  # offered: every full member who could vote
    dialog.voters.setValue(allowed + 1)
    warned = []
    monkeypatch.setattr(
        "chibo_app.ui.dialogs.evaluation_dialog.QMessageBox.warning",
        lambda *a: warned.append(a[2]),
    )
    assert not dialog.save()
    assert "đảng viên dự bị không biểu quyết" in warned[0]
    dialog.voters.setValue(allowed)
    dialog.votes_for.setValue(allowed)
    dialog.final_class.setCurrentIndex(dialog.final_class.findData("good"))
    assert not dialog.decide_button.isEnabled()  # step 3 waits for the lock
    assert dialog.finish()
    saved = evaluation.get_evaluation(demo_session, row.person_id, 2026)
    assert (saved.self_score, saved.self_classification) == (96, "good")
    assert (saved.cell_level, saved.votes_for, saved.voters) == ("good", allowed, allowed)
    assert dialog.decide_button.isEnabled()

    def decide(decision):
        decision.form.number.setText("30-QĐ/ĐU")
        decision.form.date.setText("15/01/2027")
        return decision.save()

    monkeypatch.setattr(evaluation_decision_dialog.DecisionDialog, "exec", decide)
    assert dialog.record_decision()
    decided = evaluation.get_evaluation(demo_session, row.person_id, 2026)
    assert decided.decided_level == "good" and decided.decision_number == "30-QĐ/ĐU"
    assert decided.decided_by.startswith("Ban Thường vụ")
    assert "30-QĐ/ĐU" in dialog.decision_label.text()
    page.reload()
    shown = page.model.rows()[page.model.row_of(row.person_id)]
    assert shown.decided and shown.vote == (allowed, 0, allowed)


def test_closing_the_editor_with_changes_asks(qtbot, page, demo_session, monkeypatch):
    from PySide6.QtWidgets import QMessageBox as Box

    row = _open_row(page, demo_session)
    dialog = EvaluationDialog(demo_session, row.person_id, 2026, row.full_name, page)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    monkeypatch.setattr(Box, "exec", lambda box: asked.append(box.text()) or 0)
    dialog.reject()
    assert not asked and not dialog.isVisible()  # nothing changed: closes at once
    dialog.show()
    dialog.cell_text.setPlainText("Chi bộ nhận xét thêm.")
    dialog.reject()
    assert asked == ["Lưu thay đổi?"] and dialog.isVisible()  # the editors' one question


def test_the_papers_of_the_season_print_off_the_interface_thread(qtbot, page, tmp_path):
    page.set_year(2025)
    page.select(page.model.rows()[0].person_id)
    assert page.papers_button.isEnabled() and len(page.papers_menu.actions()) == 5
    for kind, name in (("forms", "ban kiem diem.docx"), ("votes", "bieu quyet.pdf")):
        target = tmp_path / name
        run = page.start_paper(kind, target)
        assert not page.papers_button.isEnabled()
        with qtbot.waitSignal(run.finished, timeout=60000) as blocker:
            pass
        assert blocker.args[0] is True, run.message and run.message.text()
        assert target.stat().st_size > 0 and page.papers_button.isEnabled()


def test_a_paper_of_the_season_opens_the_preview_and_is_recorded_once_saved(
    qtbot, page, tmp_path, monkeypatch
):
    from chibo_app.core.verification import display_code
    from chibo_app.services import documents, verification

    session = page.session
    page.set_year(2025)
    row = page.model.rows()[0]
    page.select(row.person_id)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _t, start, _f: (str(tmp_path / Path(start).name), ""),
    )
    before = len(documents_repo.list_documents(session.db, doc_type="KĐCN"))
    page.print_paper("selected")  # "In bản kiểm điểm": the preview, no file asked
    run = page.printing
    assert run is not None and not page.papers_button.isEnabled()
    with qtbot.waitSignal(run.finished, timeout=60000) as blocker:
        pass
    assert blocker.args[0] is True, run.message and run.message.text()
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 2 and page.papers_button.isEnabled()
    assert len(documents_repo.list_documents(session.db, doc_type="KĐCN")) == before
    preview.form.saveWordButton.click()
    qtbot.waitUntil(lambda: not preview.busy, timeout=30000)
    (word,) = tmp_path.glob("*.docx")
    assert row.full_name in word.name
    code = preview.paper.codes[0]
    footer = Document(str(word)).sections[0].footer.paragraphs[0].text
    assert display_code(code) in footer
    saved = preview.save_pdf()
    assert saved is not None and saved.read_bytes() == preview.rendered.pdf
    assert len(documents_repo.list_documents(session.db, doc_type="KĐCN")) == before + 1
    assert verification.verify(session, code).status == documents.VerifyStatus.UNCHANGED


def test_the_evaluation_dialogs_fit_the_small_screen(qtbot, page, demo_session):
    from chibo_app.ui.dialogs.evaluation_decision_dialog import DecisionDialog

    page.set_year(2025)
    row = next(r for r in page.model.rows() if r.decided)
    dialog = EvaluationDialog(demo_session, row.person_id, 2025, row.full_name, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1280 and dialog.height() <= 720
    hint = dialog.sizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    decision = DecisionDialog(demo_session, dialog.evaluation, dialog.rule_set, dialog)
    qtbot.addWidget(decision)
    decision.show()
    assert decision.sizeHint().width() <= 1280 and decision.sizeHint().height() <= 720
    assert decision.clear_button.isVisible()  # a decision is recorded: it can be cleared


def test_the_vote_summary_printed_again_keeps_its_number_or_asks(
    qtbot, page, monkeypatch, tmp_path
):
    """One number per document: the preview of an unchanged vote summary is a copy of the
    one printed (same number and code); changed since, the window asks, and a reissue
    keeps the number and replaces the earlier print."""
    from chibo_app.services import documents, people, verification
    from chibo_app.ui import reissue

    session = page.session
    page.set_year(2025)
    asked = []

    def answer(_parent, numbering):  # the box is shown only when changed since
        asked.append(numbering.changed_since)
        changed = numbering.changed_since is not None
        return reissue.Choice.REISSUE if changed else reissue.Choice.NEW

    monkeypatch.setattr(reissue, "ask_reissue", answer)
    saved = iter(range(10))
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_args: (str(tmp_path / f"bieu-quyet-{next(saved)}.pdf"), ""),
    )

    def preview():
        page.print_paper("votes")
        run = page.printing
        with qtbot.waitSignal(run.finished, timeout=60000) as blocker:
            pass
        assert blocker.args[0] is True, run.message and run.message.text()
        qtbot.addWidget(run.preview_dialog)
        return run.preview_dialog

    first = preview()
    assert first.save_pdf() is not None  # recorded: Số NN-DS
    number, code = first.paper.facts.number, first.paper.codes[0]
    again = preview()
    assert (again.paper.facts.number, again.paper.codes[0]) == (number, code)
    assert again.paper.numbering.reprint and asked == [None, None]
    voter = page.model.rows()[0]
    person = people.get_person(session, voter.person_id)
    people.save_person(session, person.with_changes(full_name=person.full_name + " Anh"))
    changed = preview()
    assert asked[-1] is not None and asked[-1].number == number  # asked, then reissued
    assert changed.paper.facts.number == number and changed.paper.codes[0] != code
    assert changed.save_pdf() is not None
    assert verification.verify(session, code).status == documents.VerifyStatus.REPLACED
