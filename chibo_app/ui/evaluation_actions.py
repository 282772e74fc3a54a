"""Exports from the evaluation page, off the GUI thread (like plan_print_actions): the
year's list (PDF or .xlsx) and one person's history (PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from chibo_app.services.session import Session
from chibo_app.ui.dialogs.print_dialogs import SignedOffDialog, documents_folder
from chibo_app.ui.plan_print_actions import Preview, PrintRun


class EvaluationListDialog(SignedOffDialog):
    """The list's register number and its file: SignedOffDialog with its own title."""

    def __init__(self, year: int, next_number: int, symbol: str, parent: QWidget | None = None):
        super().__init__(year, next_number, symbol, parent)
        self.setObjectName("evaluationListDialog")
        self.setWindowTitle(self.tr("Danh sách đánh giá, xếp loại năm %1").replace("%1", str(year)))
        self.file.edit.setText(str(documents_folder() / f"Danh sach danh gia xep loai {year}.pdf"))


def export_list(
    parent: QWidget, session: Session, year: int, path: Path, number: int, replace: bool = False
) -> PrintRun:
    def work(worker: Session, _progress: Any, _cancel: Any) -> object:
        from chibo_app.services import evaluation_printing  # noqa: PLC0415 - reportlab

        return evaluation_printing.export_list(worker, year, path, number=number, replace=replace)

    def describe(result: Any) -> tuple[str, Path]:
        text = (
            QCoreApplication.translate(
                "EvaluationActions",
                "Đã xuất danh sách đánh giá, xếp loại (%1 người, %2 đã xếp loại) vào tệp:\n%3",
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(result.classified))
            .replace("%3", str(result.path))
        )
        return text, result.path

    def word(worker: Session, target: Path) -> object:
        from chibo_app.services import evaluation_printing  # noqa: PLC0415

        return evaluation_printing.export_list(worker, year, target, number=number, replace=replace)

    label = QCoreApplication.translate("EvaluationActions", "Đang xuất danh sách…")
    preview = Preview("lists", path.stem, word)
    return PrintRun(parent, session, work, label, describe, cancellable=False, preview=preview)


def print_history(parent: QWidget, session: Session, person_id: int, path: Path) -> PrintRun:
    def work(worker: Session, _progress: Any, _cancel: Any) -> object:
        from chibo_app.documents.person_history import write_history_pdf  # noqa: PLC0415
        from chibo_app.services.cell import load_settings  # noqa: PLC0415
        from chibo_app.services.page_setup import load_page_settings  # noqa: PLC0415
        from chibo_app.services.person_history import person_history  # noqa: PLC0415

        history = person_history(worker, person_id)
        write_history_pdf(
            path,
            history,
            load_settings(worker),
            dated=worker.today(),
            settings=load_page_settings(worker),
        )
        return path

    def describe(result: Any) -> tuple[str, Path]:
        return QCoreApplication.translate(
            "EvaluationActions", "Đã in quá trình qua các năm vào tệp:\n%1"
        ).replace("%1", str(result)), Path(result)

    label = QCoreApplication.translate("EvaluationActions", "Đang in…")
    return PrintRun(parent, session, work, label, describe, cancellable=False)


def print_paper(
    parent: QWidget,
    session: Session,
    year: int,
    kind: str,
    path: Path,
    person_ids: list[int] | None = None,
) -> PrintRun:
    """The papers of the kiểm điểm season (Hướng dẫn 43-HD/BTCTW), PDF or .docx by the
    suffix: kind "forms" (pre-filled bản kiểm điểm), "blank" (to fill by hand), "votes"
    (tổng hợp kết quả biểu quyết), "dossier" (Mẫu 04 danh mục hồ sơ)."""

    def work(worker: Session, progress: Any, cancel: Any) -> object:
        from chibo_app.services import evaluation_papers, review_forms  # noqa: PLC0415

        if kind in ("forms", "blank"):
            return review_forms.print_forms(
                worker, year, person_ids, path, blank=kind == "blank",
                progress=progress, cancel=cancel,
            )  # fmt: skip
        if kind == "votes":
            return evaluation_papers.print_votes(worker, year, path)
        return evaluation_papers.print_dossier(worker, year, path)

    def describe(result: Any) -> tuple[str, Path]:
        text = QCoreApplication.translate("EvaluationActions", "Đã in vào tệp:\n%1").replace(
            "%1", str(result.path)
        )
        return text, result.path

    label = QCoreApplication.translate("EvaluationActions", "Đang in giấy tờ kiểm điểm…")
    return PrintRun(parent, session, work, label, describe, cancellable=kind in ("forms", "blank"))
