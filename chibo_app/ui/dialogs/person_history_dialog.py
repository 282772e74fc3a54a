"""One person's years (plan, results, score, classification) on one page, printable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.documents.person_history import COLUMNS, year_cells
from chibo_app.services.person_history import person_history
from chibo_app.services.session import Session
from chibo_app.ui import evaluation_actions
from chibo_app.ui.core_text import core_label
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
        self.table = QTableWidget(len(self.history.years), len(COLUMNS))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([core_label(label) for label, _w in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, entry in enumerate(self.history.years):
            for col, text in enumerate(year_cells(entry)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setObjectName("printHistory")
        self.print_button.setToolTip(self.tr("Xem trước, rồi in hoặc lưu thành PDF, Word"))
        self.print_button.clicked.connect(self.start_printing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

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
