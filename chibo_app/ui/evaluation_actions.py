"""Exports from the evaluation page, off the GUI thread (like plan_print_actions): the
year's list (PDF, Word or .xlsx, or the print preview) and one person's history (the
print preview)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from chibo_app.services import file_titles
from chibo_app.services.session import Session
from chibo_app.ui.dialogs.print_dialogs import SignedOffDialog
from chibo_app.ui.folders import last_folder
from chibo_app.ui.plan_print_actions import PreviewRun, PrintRun

if TYPE_CHECKING:
    from chibo_app.services.papers import Paper


class EvaluationListDialog(SignedOffDialog):
    """The list's register number and its file: SignedOffDialog with its own title."""

    def __init__(self, year: int, next_number: int, symbol: str, parent: QWidget | None = None):
        super().__init__(year, next_number, symbol, parent)
        self.setObjectName("evaluationListDialog")
        self.setWindowTitle(self.tr("Danh sách đánh giá, xếp loại năm %1").replace("%1", str(year)))
        self.file.kind = "evaluation-lists"
        name = f"{file_titles.evaluation_list(year)}.pdf"  # as the preview names it
        self.file.edit.setText(str(last_folder(self.file.kind) / name))


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

    label = QCoreApplication.translate("EvaluationActions", "Đang xuất danh sách…")
    return PrintRun(parent, session, work, label, describe, cancellable=False)


def preview_list(
    parent: QWidget, session: Session, year: int, number: int, replace: bool = False
) -> PreviewRun:
    def prepare(worker: Session) -> Paper[Any]:
        from chibo_app.services import evaluation_printing  # noqa: PLC0415 - reportlab

        return evaluation_printing.list_paper(worker, year, number=number, replace=replace)

    label = QCoreApplication.translate("EvaluationActions", "Đang xuất danh sách…")
    return PreviewRun(parent, session, prepare, label, "lists", cancellable=False)


def preview_history(parent: QWidget, session: Session, person_id: int) -> PreviewRun:
    """The person's history in the print preview (recorded, as type QT, when printed or
    saved there)."""

    def prepare(worker: Session) -> Paper[Any]:
        from chibo_app.services import person_history  # noqa: PLC0415 - reportlab

        return person_history.history_paper(worker, person_id)

    label = QCoreApplication.translate("EvaluationActions", "Đang in…")
    return PreviewRun(parent, session, prepare, label, "history", cancellable=False)


def preview_paper(
    parent: QWidget,
    session: Session,
    year: int,
    kind: str,
    person_ids: list[int] | None = None,
    number: int | None = None,
    replace: bool = False,
) -> PreviewRun:
    """A paper of the kiểm điểm season (kinds as print_paper) in the print preview:
    recorded when printed or saved there, as PDF or Word; the vote summary with `number`
    (reissued under it with `replace`)."""

    def prepare(worker: Session) -> Paper[Any]:
        from chibo_app.services import evaluation_papers, review_forms  # noqa: PLC0415 - reportlab

        if kind in ("forms", "blank"):
            return review_forms.forms_paper(worker, year, person_ids, blank=kind == "blank")
        if kind == "votes":
            return evaluation_papers.votes_for_print(worker, year, number=number, replace=replace)
        return evaluation_papers.dossier_for_print(worker, year)

    label = QCoreApplication.translate("EvaluationActions", "Đang in giấy tờ kiểm điểm…")
    return PreviewRun(
        parent, session, prepare, label, "review", cancellable=kind in ("forms", "blank")
    )


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
        from chibo_app.services import evaluation_papers, review_forms  # noqa: PLC0415 - reportlab

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
