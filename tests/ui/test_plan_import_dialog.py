"""The Word import dialog on real files: read in the background, choose whose plan a file
is when unsure, import all at once; fits the smallest screen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).parents[1]))
from plan_docx_shapes import NAME, REMEDIES, write_for  # noqa: E402

from chibo_app.core.people import Person  # noqa: E402
from chibo_app.core.plans import PlanStatus  # noqa: E402
from chibo_app.services import people, plans  # noqa: E402
from chibo_app.ui.dialogs.plan_import_dialog import ACTION, PERSON, PlanImportDialog  # noqa: E402


@pytest.fixture(autouse=True)
def _no_modal_question(monkeypatch):
    """Closing the dialog at teardown must not wait for a click."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def crew(session):
    session.ids = {
        name: people.save_person(session, Person(full_name=name))
        for name in [NAME, "Trần Văn Bình", "Lê Văn Cường"]
    }
    return session


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "nhan"
    folder.mkdir()
    write_for(NAME, folder / "a nhung.docx", "word_numbering")
    write_for(None, folder / "b khong ten.docx", "full_table")
    (folder / "c hong.docx").write_bytes(b"not a docx")
    return folder


def test_choose_a_person_then_import_everything_ready(qtbot, crew, folder, tmp_path):
    dialog = PlanImportDialog(crew, 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_paths([folder])
    qtbot.waitUntil(lambda: not dialog.busy and len(dialog.previews) == 3, timeout=20000)
    table = dialog.form.filesTable
    assert [table.item(r, 0).text() for r in range(3)] == [
        "a nhung.docx", "b khong ten.docx", "c hong.docx"
    ]  # fmt: skip
    assert table.item(0, ACTION).text() == "Nhập, nộp ngày 12/03/2026"
    assert table.item(1, ACTION).text() == "Bỏ qua: Chưa biết là kế hoạch của ai."
    assert table.item(2, ACTION).text() == (
        "Tệp “c hong.docx” không phải là văn bản Word (.docx) hoặc đã bị hỏng."
    )
    assert dialog.import_button.text() == "Nhập 1 kế hoạch"
    table.selectRow(0)
    shown = dialog.form.previewText.toPlainText()
    assert NAME in shown and REMEDIES[1] in shown and "Quý II/2026".lower() in shown.lower()
    dialog.grab().save(str(tmp_path / "plan_import_dialog.png"))

    box = table.cellWidget(1, PERSON)
    box.setCurrentIndex(box.findData(crew.ids["Lê Văn Cường"]))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.text() == "Nhập 2 kế hoạch",
                    timeout=20000)  # fmt: skip
    assert table.item(1, ACTION).text() == "Nhập, nộp ngày 12/03/2026"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    for name in (NAME, "Lê Văn Cường"):
        plan = plans.get_plan(crew, crew.ids[name], 2026)
        assert plan.status == PlanStatus.SUBMITTED and list(plan.remedies) == REMEDIES


def test_closing_with_plans_read_asks_first(qtbot, crew, folder, monkeypatch):
    dialog = PlanImportDialog(crew, 2026)
    qtbot.addWidget(dialog)
    dialog.set_paths([folder])
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.previews), timeout=20000)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    dialog.show()
    dialog.reject()
    assert asked and dialog.isVisible()


def test_fits_the_smallest_screen(qtbot, crew):
    dialog = PlanImportDialog(crew, 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    assert dialog.width() <= 1280 and dialog.height() <= 720


def test_the_plans_page_sends_the_forms_of_the_selection_to_a_folder(qtbot, crew, tmp_path,
                                                                     monkeypatch):  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    from chibo_app.ui.pages.plans_page import PlansPage

    out = tmp_path / "gui"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page = PlansPage(crew, 2026)
    qtbot.addWidget(page)
    page.show()
    page.export_word_action.trigger()
    with qtbot.waitSignal(page.printing.finished, timeout=30000) as blocker:
        pass
    assert blocker.args == [True]
    assert sorted(p.name for p in out.iterdir()) == [
        "Kế hoạch 2026 - Lê Văn Cường.docx",
        f"Kế hoạch 2026 - {NAME}.docx",
        "Kế hoạch 2026 - Trần Văn Bình.docx",
    ]
