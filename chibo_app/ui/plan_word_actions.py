"""Plans and Word from the plans page: send members the form to fill in (.docx, one per
person) and import the filled files back (PlanImportDialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from chibo_app.services.session import Session
from chibo_app.ui.folders import ask_folder
from chibo_app.ui.plan_print_actions import PrintRun

EXPORT_KIND = "plan-word"


def export_forms(
    parent: QWidget, session: Session, year: int, person_ids: list[int] | None, count: int
) -> PrintRun | None:
    """Ask for a folder (and whether to fill in last year's plan), then write the forms
    off the GUI thread; None when the secretary cancels."""
    folder = ask_folder(
        parent,
        EXPORT_KIND,
        QCoreApplication.translate(
            "PlanWordActions", "Chọn thư mục lưu %1 mẫu kế hoạch (Word)"
        ).replace("%1", str(count)),
    )
    if folder is None:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PlanWordActions", "Điền sẵn kế hoạch năm trước?"),
        QCoreApplication.translate(
            "PlanWordActions",
            "Điền sẵn vào mẫu nội dung kế hoạch năm %1 của từng người (nếu có), để sửa lại "
            "cho năm %2?",
        )
        .replace("%1", str(year - 1))
        .replace("%2", str(year)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    last_year = answer == QMessageBox.StandardButton.Yes
    target = Path(folder)

    def work(worker: Session, progress: Callable[[int, int], None], _cancel: Any) -> object:
        from chibo_app.services import plan_word_export  # noqa: PLC0415 - python-docx, lazily

        return plan_word_export.export_forms(
            worker, year, person_ids, target, last_year=last_year, progress=progress
        )

    def describe(result: Any) -> tuple[str, Path]:
        text = QCoreApplication.translate(
            "PlanWordActions", "Đã tạo %1 mẫu kế hoạch (Word) trong thư mục:\n%2"
        )
        return text.replace("%1", str(len(result.files))).replace("%2", str(target)), target

    label = QCoreApplication.translate(
        "PlanWordActions", "Đang tạo %1 mẫu kế hoạch (Word)…"
    ).replace("%1", str(count))
    return PrintRun(parent, session, work, label, describe, total=count, cancellable=False)


def import_plans(parent: QWidget, session: Session, year: int) -> bool:
    """The import dialog; True when plans were written."""
    from chibo_app.ui.dialogs.plan_import_dialog import PlanImportDialog  # noqa: PLC0415

    dialog = PlanImportDialog(session, year, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("PlanWordActions", "Đã nhập kế hoạch"),
        QCoreApplication.translate("PlanWordActions", "Đã nhập %1 kế hoạch năm %2 (đã nộp).")
        .replace("%1", str(len(dialog.result.imported)))
        .replace("%2", str(year)),
    )
    return True
