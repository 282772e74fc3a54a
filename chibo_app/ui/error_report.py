"""Unexpected errors: written to a log file in the data folder and shown in Vietnamese,
instead of a traceback on a console the secretary never sees (or a silent crash)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from chibo_app.core.clock import default_clock
from chibo_app.ui.save_errors import is_storage_failure, storage_failure_text

LOG_NAME = "chibo-loi.log"
_MAX_LOG_BYTES = 1_000_000

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter:
    """sys.excepthook for the GUI. One dialog at a time; errors inside it go to stderr."""

    def __init__(self, log_folder: Path) -> None:
        self.log_path = Path(log_folder) / LOG_NAME
        self.previous: Hook = sys.excepthook
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        logged = self.write_log(details)
        sys.stderr.write(details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            self.show(error, logged)
        except Exception:  # noqa: BLE001 - never raise from the hook itself
            traceback.print_exc()
        finally:
            self._showing = False

    def write_log(self, details: str) -> bool:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            if self.log_path.exists() and self.log_path.stat().st_size > _MAX_LOG_BYTES:
                self.log_path.replace(self.log_path.with_name(LOG_NAME + ".cu"))
            stamp = default_clock().now().strftime("%d/%m/%Y %H:%M:%S")
            with open(self.log_path, "a", encoding="utf-8") as log:
                log.write(f"--- {stamp}\n{details}\n")
        except OSError:
            return False  # a full or read-only disk: the dialog still shows the error
        return True

    def message(self, error: BaseException, logged: bool) -> str:
        if is_storage_failure(error):
            text = storage_failure_text(error)
        else:
            text = QCoreApplication.translate(
                "ErrorReport",
                "Ứng dụng gặp một lỗi không lường trước (%1). Dữ liệu đã lưu trước đó không bị "
                "ảnh hưởng; thao tác vừa rồi có thể chưa được thực hiện.",
            ).replace("%1", f"{type(error).__name__}: {error}")
        if logged:
            text += "\n\n" + QCoreApplication.translate(
                "ErrorReport", "Chi tiết đã được ghi vào tệp: %1"
            ).replace("%1", str(self.log_path))
        return text

    def show(self, error: BaseException, logged: bool) -> None:
        """The traceback stays in the log (and on stderr): the box is for the secretary."""
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorReport", "Đã xảy ra lỗi"))
        box.setText(self.message(error, logged))
        box.exec()


def install_error_reporter(log_folder: Path) -> ErrorReporter | None:
    """Install the hook unless someone else already has (a test runner, a debugger)."""
    if sys.excepthook is not sys.__excepthook__:
        return None
    reporter = ErrorReporter(log_folder)
    reporter.install()
    return reporter
