"""Printing off the GUI thread, with progress and Cancel: PrintRun writes a file and
offers "Mở tệp" at the end; PreviewRun lays a paper out in memory and opens its print
preview (ui/dialogs/print_preview.py), where it is printed or saved — and only then
recorded. The plans page's forms and signed-off list go through PreviewRun."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from chibo_app.errors import ChiboError
from chibo_app.services.session import Session
from chibo_app.ui.background import Operation, Work

if TYPE_CHECKING:  # reportlab is loaded only when something is printed
    from chibo_app.services.papers import Paper, RenderedPaper

DELAY_MS = 600  # the progress dialog appears only if printing takes longer


class PrintRun(QObject):
    """One print job and its progress dialog; `finished(ok)` once it is all over."""

    finished = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        work: Work,
        label: str,
        describe: Callable[[Any], tuple[str, Path]],
        *,
        total: int = 0,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._session = session
        self._describe = describe
        self.message: QMessageBox | None = None
        self.ok = False
        self.job = Operation(session, work)
        self.dialog = QProgressDialog(label, self.tr("Hủy"), 0, total, parent)
        self.dialog.setObjectName("printProgress")
        self.dialog.setWindowTitle(self.tr("Đang in"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)
        self.job.progressed.connect(self._progress)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        # From the event loop: a Cancel pressed before then is seen before any work.
        QTimer.singleShot(0, self.job.start)

    def cancel(self) -> None:
        self.job.cancel()
        self.dialog.setLabelText(self.tr("Đang dừng…"))

    def _progress(self, done: int, total: int) -> None:
        if self.job.cancelled:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        self.dialog.setLabelText(
            self.tr("Đang in %1/%2…").replace("%1", str(done)).replace("%2", str(total))
        )

    def _close_dialog(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _done(self, result: object) -> None:
        self._close_dialog()
        text, path = self._describe(result)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã in xong"), text)
        box.setParent(self._parent, box.windowFlags())
        box.setObjectName("printDone")
        opener = box.addButton(self.tr("Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
        opener.setObjectName("openFile")
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: _open(path) if button is opener else None)
        self.message = box
        self.ok = True
        box.open()  # not exec(): the window stays usable
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        from chibo_app.documents.party_document import Cancelled  # noqa: PLC0415

        if isinstance(error, Cancelled) or self.job.cancelled:
            title, text = self.tr("Đã hủy in"), self.tr("Đã hủy in; không có tệp nào được tạo.")
            icon = QMessageBox.Icon.Information
        elif isinstance(error, ChiboError | OSError):
            title, text, icon = self.tr("Không in được"), str(error), QMessageBox.Icon.Warning
        else:
            title = self.tr("Không in được")
            text = self.tr("Lỗi không mong đợi khi in: %1").replace("%1", repr(error))
            icon = QMessageBox.Icon.Critical
        box = QMessageBox(icon, title, text)
        box.setParent(self._parent, box.windowFlags())
        box.setObjectName("printFailed")
        self.message = box
        box.open()
        self.finished.emit(False)


def _open(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PreviewRun(PrintRun):
    """ "In…": the paper `prepare` draws up (its number checked free) laid out on a
    worker, then its print preview; nothing enters the register until the preview
    prints or saves it (`recorded` then), and a preview closed unprinted takes no
    number."""

    recorded = Signal()

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        prepare: Callable[[Session], Paper[Any]],
        label: str,
        kind: str,
        *,
        total: int = 0,
        cancellable: bool = True,
    ) -> None:
        def work(worker: Session, progress: Callable[[int, int], None], cancel: Any) -> object:
            from chibo_app.services import papers  # noqa: PLC0415 - reportlab, lazily

            return papers.render(prepare(worker), progress=progress, cancel=cancel)

        super().__init__(
            parent, session, work, label, _no_file, total=total, cancellable=cancellable
        )
        self.kind = kind
        self.preview_dialog: QDialog | None = None

    def _done(self, result: object) -> None:
        from chibo_app.ui.dialogs.print_preview import PrintPreviewDialog  # noqa: PLC0415

        self._close_dialog()
        rendered = cast("RenderedPaper[Any]", result)
        dialog = PrintPreviewDialog(self._session, rendered, kind=self.kind, parent=self._parent)
        dialog.setObjectName("printPreview")
        dialog.recorded.connect(self.recorded)
        self.preview_dialog = dialog
        self.ok = True
        dialog.open()
        self.finished.emit(True)


def _no_file(_result: object) -> tuple[str, Path]:
    raise AssertionError("a preview writes no file")  # PreviewRun never describes one


def print_forms(
    parent: QWidget,
    session: Session,
    year: int,
    person_ids: list[int] | None,
    path: Path,
    *,
    blank: bool,
    count: int,
) -> PrintRun:
    """Start printing the forms; the caller keeps the returned run until `finished`."""

    def work(worker: Session, progress: Callable[[int, int], None], cancel: Any) -> object:
        from chibo_app.services import plan_printing  # noqa: PLC0415 - reportlab, lazily

        return plan_printing.print_plans(
            worker, year, person_ids, path, blank=blank, progress=progress, cancel=cancel
        )

    def describe(result: Any) -> tuple[str, Path]:
        text = QCoreApplication.translate(
            "PlanPrintActions", "Đã in %1 mẫu kế hoạch (%2 trang) vào tệp:\n%3"
        )
        text = text.replace("%1", str(result.forms)).replace("%2", str(result.pages))
        if not blank and result.blank:
            text += "\n" + QCoreApplication.translate(
                "PlanPrintActions", "%1 người chưa có kế hoạch: in mẫu trống."
            ).replace("%1", str(result.blank))
        return text.replace("%3", str(result.path)), result.path

    return PrintRun(parent, session, work, _forms_label(count), describe, total=count)


def _forms_label(count: int) -> str:
    return QCoreApplication.translate(
        "PlanPrintActions", "Đang chuẩn bị in %1 mẫu kế hoạch…"
    ).replace("%1", str(count))


def preview_forms(
    parent: QWidget,
    session: Session,
    year: int,
    person_ids: list[int] | None,
    *,
    blank: bool,
    count: int,
) -> PreviewRun:
    """The forms laid out for the print preview (filled ones recorded when printed or
    saved there)."""

    def prepare(worker: Session) -> Paper[Any]:
        from chibo_app.services import plan_printing  # noqa: PLC0415 - reportlab, lazily

        return plan_printing.plans_paper(worker, year, person_ids, blank=blank)

    return PreviewRun(parent, session, prepare, _forms_label(count), "plan-forms", total=count)


def print_signed_off(
    parent: QWidget, session: Session, year: int, path: Path, number: int, replace: bool = False
) -> PrintRun:
    def work(worker: Session, _progress: Any, _cancel: Any) -> object:
        from chibo_app.services import plan_printing  # noqa: PLC0415

        return plan_printing.print_signed_off(worker, year, path, number=number, replace=replace)

    def describe(result: Any) -> tuple[str, Path]:
        text = (
            QCoreApplication.translate(
                "PlanPrintActions",
                "Đã in danh sách số %1 (%2/%3 kế hoạch đã xác nhận) vào tệp:\n%4",
            )
            .replace("%1", f"{result.number:02d}-DS")
            .replace("%2", str(result.confirmed))
            .replace("%3", str(result.total))
            .replace("%4", str(result.path))
        )
        return text, result.path

    label = QCoreApplication.translate("PlanPrintActions", "Đang in danh sách…")
    return PrintRun(parent, session, work, label, describe, cancellable=False)


def preview_signed_off(
    parent: QWidget, session: Session, year: int, number: int, replace: bool = False
) -> PreviewRun:
    def prepare(worker: Session) -> Paper[Any]:
        from chibo_app.services import plan_printing  # noqa: PLC0415

        return plan_printing.signed_off_paper(worker, year, number=number, replace=replace)

    label = QCoreApplication.translate("PlanPrintActions", "Đang in danh sách…")
    return PreviewRun(parent, session, prepare, label, "lists", cancellable=False)
