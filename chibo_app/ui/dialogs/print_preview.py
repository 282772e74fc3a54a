"""Xem trước và in: a printed document's pages (QtPdf renders the PDF), "In…" to a
printer (QPrintDialog/QPrinter: A4, both sides where the printer can), "Lưu PDF…" and
"Lưu Word…" beside it. The save dialogs start in the folder last used for this kind of
document and suggest a file name with whom or what it is about and the date."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.fileio import atomic_path
from chibo_app.services.session import Session
from chibo_app.ui.background import Operation
from chibo_app.ui.core_text import error_text
from chibo_app.ui.folders import remember_folder, suggested
from chibo_app.ui.forms import load_form

# Writes the same document as a Word file at the path given (a service call).
WordWriter = Callable[[Session, Path], object]


class PrintPreviewDialog(QDialog):
    def __init__(
        self,
        session: Session,
        pdf: Path,
        *,
        kind: str,
        name: str,
        word: WordWriter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`kind` names the kind of document (the remembered folder); `name` is the
        suggested file name without its suffix ('Biên bản 05-12-2026 - Chi bộ …')."""
        super().__init__(parent)
        self.session, self.pdf, self.kind, self.name, self.word = session, pdf, kind, name, word
        self._job: Operation | None = None
        self.saved: list[Path] = []
        self.form: Any = load_form("print_preview_dialog", self)
        self.setWindowTitle(self.tr("Xem trước khi in — %1").replace("%1", name))
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
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
        self.form.saveWordButton.clicked.connect(self.save_word)
        self.form.saveWordButton.setEnabled(word is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(900, 680)

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
        """Draw every page onto `printer` at its resolution; the pages printed."""
        count = self.document.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Không in được"), self.tr("Không mở được máy in."))
            return 0
        try:
            for index in range(count):
                if index:
                    printer.newPage()
                target = painter.viewport()
                size = QSize(target.width(), target.height())
                image = self.document.render(index, size)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return count

    # Saving --------------------------------------------------------------------------------

    def _ask(self, suffix: str, label: str) -> Path | None:
        start = suggested(self.kind, f"{self.name}{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Lưu thành tệp"), start, label)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        remember_folder(self.kind, path)
        return path

    def save_pdf(self) -> Path | None:
        path = self._ask(".pdf", self.tr("Tệp PDF (*.pdf)"))
        if path is None:
            return None
        try:
            with atomic_path(path) as temporary:
                shutil.copyfile(self.pdf, temporary)
        except Exception as error:  # noqa: BLE001 - said in one sentence
            QMessageBox.warning(self, self.tr("Không lưu được"), error_text(error))
            return None
        self.saved.append(path)
        return path

    def save_word(self) -> None:
        if self.word is None:
            return
        path = self._ask(".docx", self.tr("Văn bản Word (*.docx)"))
        if path is None:
            return
        write = self.word
        self.form.saveWordButton.setEnabled(False)
        self._job = (
            Operation.of(self.session, lambda worker: write(worker, path))
            .on_success(lambda _result: self._word_saved(path))
            .on_failure(self._word_failed)
            .start()
        )

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _word_saved(self, path: Path) -> None:
        self._job = None
        self.saved.append(path)
        self.form.saveWordButton.setEnabled(True)

    def _word_failed(self, error: BaseException) -> None:
        self._job = None
        self.form.saveWordButton.setEnabled(True)
        QMessageBox.warning(self, self.tr("Không lưu được"), error_text(error))
