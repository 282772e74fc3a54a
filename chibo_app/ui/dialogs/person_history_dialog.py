"""One person's years (plan, results, score, classification) on one page, printable
(forms/person_history_dialog.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.documents.person_history import COLUMNS, year_cells
from chibo_app.services.person_history import person_history
from chibo_app.services.session import Session
from chibo_app.ui import evaluation_actions
from chibo_app.ui.core_text import core_label
from chibo_app.ui.forms import load_form
from chibo_app.ui.plan_print_actions import PrintRun


class PersonHistoryDialog(QDialog):
    def __init__(self, session: Session, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personHistoryDialog")
        self.session = session
        self.person_id = person_id
        self.printing: PrintRun | None = None
        self.history = person_history(session, person_id)
        self.setWindowTitle(
            self.tr("Quá trình qua các năm — %1").replace("%1", self.history.full_name)
        )
        self.form: Any = load_form("person_history_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.table = self.form.historyTable
        self.table.setRowCount(len(self.history.years))
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels([core_label(label) for label, _w in COLUMNS])
        for row, entry in enumerate(self.history.years):
            for col, text in enumerate(year_cells(entry)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.print_button = self.form.printHistory
        self.print_button.clicked.connect(self.start_printing)
        buttons = self.form.buttons
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        close.setDefault(True)  # Enter closes; printing is asked for by name
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.resize(820, 480)
        # The rows wrap at the plan column's stretched width, known once laid out.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

    def start_printing(self) -> PrintRun:
        """The history in the print preview; recorded when printed or saved there."""
        run = evaluation_actions.preview_history(self, self.session, self.person_id)
        self.printing = run
        self.print_button.setEnabled(False)
        run.finished.connect(self._printed)
        return run

    def _printed(self, _ok: bool) -> None:
        self.printing = None
        self.print_button.setEnabled(True)
