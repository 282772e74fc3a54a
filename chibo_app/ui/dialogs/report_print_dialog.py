"""Before printing the year report: its register number (the next BC one, editable) and
the PDF to write — the signed-off list's dialog with the report's type and PDF only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

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
        self.file.edit.setText(str(default))
        self.file._filters = [PDF_FILTER]  # noqa: SLF001 - PDF only
        form = self.layout()
        assert isinstance(form, QFormLayout)
        label = form.labelForField(self.file)
        if isinstance(label, QLabel):
            label.setText(self.tr("Tệp PDF:"))
        title = QLabel(heading)
        title.setWordWrap(True)
        form.insertRow(0, title)
