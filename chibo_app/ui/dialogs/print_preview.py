"""Xem trước và in: a drawn-up document (a services.papers paper) laid out in memory and
shown page by page (QtPdf), before anything is recorded. "In…" prints it (QPrintDialog/
QPrinter: A4, both sides where the printer can), "Lưu PDF…", "Lưu Word…" and, for a
list, "Lưu Excel…" save it. The register records the paper — one number, one code —
only when it leaves by one of those; closed without, it takes nothing. The save
dialogs start in the folder last used for this kind of document and suggest the
paper's own name (whom or what it is about, its number or date)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.services import papers
from chibo_app.services.papers import RenderedPaper
from chibo_app.services.session import Session
from chibo_app.ui.background import Operation
from chibo_app.ui.core_text import error_text
from chibo_app.ui.folders import ask_save
from chibo_app.ui.forms import load_form


class PrintPreviewDialog(QDialog):
    recorded = Signal()  # the paper entered the register (printed or saved)

    def __init__(
        self,
        session: Session,
        rendered: RenderedPaper[Any],
        *,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        """`kind` names the kind of document (its save dialogs' remembered folder)."""
        super().__init__(parent)
        self.session, self.rendered, self.kind = session, rendered, kind
        self.paper = rendered.paper
        self.name = self.paper.name
        self._job: Operation | None = None
        self.saved: list[Path] = []
        self.printed = False
        self.form: Any = load_form("print_preview_dialog", self)
        self.setWindowTitle(self.tr("Xem trước khi in — %1").replace("%1", self.name))
        self.buffer = QBuffer(self)  # QPdfDocument reads the PDF from memory
        self.buffer.setData(QByteArray(rendered.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self.form.viewArea)
        self.view.setObjectName("previewView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.form.viewLayout.addWidget(self.view)
        pages = self.document.pageCount()
        self.form.pagesLabel.setText(self.tr("%1 trang").replace("%1", str(pages)))
        self.form.printButton.clicked.connect(self.print_dialog)
        self.form.savePdfButton.clicked.connect(self.save_pdf)
        self.form.saveWordButton.clicked.connect(lambda: self.save_as(".docx"))
        self.form.saveExcelButton.clicked.connect(lambda: self.save_as(".xlsx"))
        self.form.saveWordButton.setVisible(".docx" in self.paper.files)
        self.form.saveExcelButton.setVisible(".xlsx" in self.paper.files)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(900, 680)

    def _record(self, action: Any) -> bool:
        """Run `action` (it records the paper); a refusal (a number another document
        took meanwhile) is said in one sentence and nothing leaves."""
        try:
            action()
        except Exception as error:  # noqa: BLE001 - said in one sentence
            QMessageBox.warning(self, self.tr("Không in được"), error_text(error))
            return False
        self.recorded.emit()
        return True

    # Printing ------------------------------------------------------------------------------

    def printer(self) -> QPrinter:
        """A4 portrait (landscape for a turned document), both sides where offered."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        first = self.document.pagePointSize(0)
        if first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(self.name)
        modes = QPrinterInfo(printer).supportedDuplexModes()
        if QPrinter.DuplexMode.DuplexLongSide in modes:
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        return printer

    def print_dialog(self) -> None:
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In %1").replace("%1", self.name))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Record the paper, then draw every page onto `printer` at its resolution; the
        pages printed (0 when the register or the printer refused)."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Không in được"), self.tr("Không mở được máy in."))
            return 0
        try:
            if not self._record(lambda: papers.record_printed(self.session, self.paper)):
                printer.abort()
                return 0
            count = self.document.pageCount()
            for index in range(count):
                if index:
                    printer.newPage()
                target = painter.viewport()
                size = QSize(target.width(), target.height())
                image = self.document.render(index, size)
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.printed = True
        return count

    # Saving --------------------------------------------------------------------------------

    def _ask(self, suffix: str, label: str) -> Path | None:
        chosen = ask_save(self, self.kind, self.tr("Lưu thành tệp"), f"{self.name}{suffix}", label)
        if chosen is None:
            return None
        path = chosen[0]
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def save_pdf(self) -> Path | None:
        """The previewed PDF itself, recorded."""
        path = self._ask(".pdf", self.tr("Tệp PDF (*.pdf)"))
        if path is None:
            return None
        if not self._record(lambda: papers.save_rendered(self.session, self.rendered, path)):
            return None
        self.saved.append(path)
        return path

    def save_as(self, suffix: str) -> None:
        """The same paper as Word or Excel (same number and code), written on a worker."""
        labels = {
            ".docx": self.tr("Văn bản Word (*.docx)"),
            ".xlsx": self.tr("Bảng tính Excel (*.xlsx)"),
        }
        path = self._ask(suffix, labels[suffix])
        if path is None:
            return
        paper = self.paper
        self._set_saving(True)
        self._job = (
            Operation.of(self.session, lambda worker: papers.issue(worker, paper, path))
            .on_success(lambda _pages: self._file_saved(path))
            .on_failure(self._save_failed)
            .start()
        )

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _set_saving(self, saving: bool) -> None:
        for button in (self.form.saveWordButton, self.form.saveExcelButton):
            button.setEnabled(not saving)

    def _file_saved(self, path: Path) -> None:
        self._job = None
        self.saved.append(path)
        self._set_saving(False)
        self.recorded.emit()

    def _save_failed(self, error: BaseException) -> None:
        self._job = None
        self._set_saving(False)
        QMessageBox.warning(self, self.tr("Không lưu được"), error_text(error))
