"""A failed write shown as one clear sentence, never as a traceback (the sentence is
storage/failures.py's, which the command line prints too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from chibo_app.storage import failures
from chibo_app.ui.core_text import core_message


def storage_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a failed write can raise. Use as `except storage_errors()`."""
    return failures.STORAGE_ERRORS


def is_storage_failure(error: BaseException) -> bool:
    """A disk or file problem, not a bug (bad SQL, a constraint the code should have checked)."""
    return failures.is_storage_failure(error)


def storage_failure_text(error: BaseException) -> str:
    """What went wrong with the disk or the file, and that earlier data is intact."""
    return core_message(failures.failure_message(error))


def show_save_failure(parent: QWidget | None, error: BaseException) -> None:
    """The message for a disk or file problem; anything else is a bug and goes on up
    (to the error reporter), rather than being dressed up as a full disk."""
    if not is_storage_failure(error):
        raise error
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("SaveErrors", "Chưa lưu được"),
        storage_failure_text(error),
    )
