"""Before printing the year report: its register number (the next BC one, editable) and
the PDF to write — the signed-off list's dialog with the report's type and PDF only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from chibo_app.ui.dialogs.print_dialogs import PDF_FILTER, SignedOffDialog


class ReportPrintDialog(SignedOffDialog):
    doc_type = "BC"
    suffixes = (".pdf",)

    def __init__(
        self,
        year: int,
        heading: str,
        next_number: int,
        symbol: str,
        default: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(year, next_number, symbol, parent)
        self.setObjectName("reportPrintDialog")
        self.setWindowTitle(self.tr("In báo cáo"))
        self.file.kind = "reports"
        self.file.edit.setText(str(default))
        self.file.set_filters([PDF_FILTER])
        self.form.fileLabel.setText(self.tr("Tệp PDF:"))
        self.form.heading.setText(heading)
        self.form.formLayout.setRowVisible(self.form.heading, True)
