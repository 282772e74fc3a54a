"""The nomination list for the superior committee from the nominations page, off the GUI
thread (like evaluation_actions): its number and either the print preview — where it is
printed or saved as PDF, Word or Excel, and only then recorded — or the file at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from chibo_app.services import file_titles
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_message
from chibo_app.ui.dialogs.print_dialogs import SignedOffDialog
from chibo_app.ui.folders import last_folder
from chibo_app.ui.plan_print_actions import PreviewRun, PrintRun

if TYPE_CHECKING:
    from chibo_app.services.papers import Paper


class NominationListDialog(SignedOffDialog):
    """The list's register number and its file (Excel by default, as the superior asks
    for it): SignedOffDialog with its own title."""

    def __init__(self, year: int, next_number: int, symbol: str, parent: QWidget | None = None):
        super().__init__(year, next_number, symbol, parent)
        self.setObjectName("nominationListDialog")
        self.setWindowTitle(self.tr("Danh sách đăng ký điển hình năm %1").replace("%1", str(year)))
        self.file.kind = "nomination-lists"
        name = f"{file_titles.nomination_list(year)}.xlsx"  # as the preview names it
        self.file.edit.setText(str(last_folder(self.file.kind) / name))


def export_list(
    parent: QWidget, session: Session, year: int, path: Path, number: int, replace: bool = False
) -> PrintRun:
    def work(worker: Session, _progress: Any, _cancel: Any) -> object:
        from chibo_app.services import nomination_printing  # noqa: PLC0415 - reportlab

        return nomination_printing.export_list(worker, year, path, number=number, replace=replace)

    def describe(result: Any) -> tuple[str, Path]:
        text = (
            QCoreApplication.translate(
                "NominationActions", "Đã xuất %1 dòng vào %2 (mã xác thực %3)."
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(result.path))
            .replace("%3", result.code)
        )
        note = result.left_out_note()  # the page shows them: say why the list does not
        if note is not None:
            text += "\n" + core_message(note)
        return text, result.path

    label = QCoreApplication.translate("NominationActions", "Đang xuất danh sách…")
    return PrintRun(parent, session, work, label, describe, cancellable=False)


def preview_list(
    parent: QWidget, session: Session, year: int, number: int, replace: bool = False
) -> PreviewRun:
    def prepare(worker: Session) -> Paper[Any]:
        from chibo_app.services import nomination_printing  # noqa: PLC0415 - reportlab

        return nomination_printing.list_paper(worker, year, number=number, replace=replace)

    label = QCoreApplication.translate("NominationActions", "Đang xuất danh sách…")
    return PreviewRun(parent, session, prepare, label, "lists", cancellable=False)
