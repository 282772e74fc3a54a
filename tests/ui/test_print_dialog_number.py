"""Every numbered-print dialog shows the register number as the document prints it
('Số 05-BC/CB', core.verification.number_text), and still reads what is typed."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from chibo_app.core.verification import number_text
from chibo_app.ui.dialogs.print_dialogs import SignedOffDialog
from chibo_app.ui.dialogs.report_print_dialog import ReportPrintDialog
from chibo_app.ui.evaluation_actions import EvaluationListDialog

DIALOGS = {  # name → (doc type, dialog with the next number n)
    "signed-off list": ("DS", lambda n: SignedOffDialog(2026, n, "CB")),
    "evaluation list": ("DS", lambda n: EvaluationListDialog(2026, n, "CB")),
    "year report": ("BC", lambda n: ReportPrintDialog(2026, "Báo cáo", n, "CB", Path("bc.pdf"))),
}


@pytest.mark.parametrize("kind", DIALOGS)
def test_the_number_is_shown_as_printed(qtbot, tmp_path, kind):
    doc_type, make = DIALOGS[kind]
    dialog = make(5)
    qtbot.addWidget(dialog)
    assert dialog.number.text() == number_text(5, doc_type, "CB") == f"Số 05-{doc_type}/CB"
    assert f"Số kế tiếp trong sổ văn bản: 05-{doc_type}/CB" in _labels(dialog)
    dialog.number.setValue(12)
    assert dialog.number.text() == f"Số 12-{doc_type}/CB"
    dialog.file.edit.setText(str(tmp_path / "in.pdf"))
    dialog.number.lineEdit().selectAll()
    qtbot.keyClicks(dialog.number, "7")
    assert dialog.number.text() == f"Số 7-{doc_type}/CB"  # as typed, while typing
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # typing ends
    assert dialog.number.value() == 7 and dialog.number.text() == f"Số 07-{doc_type}/CB"


def _labels(dialog):
    return [label.text() for label in dialog.findChildren(QLabel)]
