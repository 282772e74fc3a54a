"""The “Dữ liệu” menu and the automatic backups: on start, every minute a look at
whether 30 minutes with changes have passed, and on close.

Automatic backups never interrupt: a failure (disk full, USB folder gone) becomes a
warning in the status bar. Services are imported when first used, after the frame.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
)

from chibo_app.ui.progress import DelayedProgress

if TYPE_CHECKING:
    from chibo_app.services.db_check import CheckReport
    from chibo_app.services.session import Session

TIMER_MS = 60_000
_NOTE_MS = 10_000


class BackupActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session_of: Callable[[], Session],
        data_replaced: Callable[[], None],
    ) -> None:
        # Given what it uses rather than the MainWindow that owns it: no import cycle.
        super().__init__(window)
        self.window = window
        self._session_of = session_of
        self._data_replaced = data_replaced
        self.started = False
        self._closed = False
        self.timer = QTimer(self)
        self.timer.setInterval(TIMER_MS)
        self.timer.timeout.connect(self.automatic)
        self.report_dialog: QObject | None = None
        self._job: Any = None
        self._progress: DelayedProgress | None = None
        self.backup_now_action = self._action(self.tr("Sao lưu &ngay"), self.backup_now, "Ctrl+B")
        self.backup_to_action = self._action(self.tr("Sao lưu &ra…"), self.backup_to_folder)
        self.restore_action = self._action(self.tr("&Khôi phục từ bản sao lưu…"), self.restore)
        self.check_action = self._action(self.tr("Kiểm &tra dữ liệu"), self.check)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_menu(self, menus: QMenuBar) -> QMenu:
        menu = menus.addMenu(self.tr("&Dữ liệu"))
        menu.addAction(self.backup_now_action)
        menu.addAction(self.backup_to_action)
        menu.addSeparator()
        menu.addAction(self.restore_action)
        menu.addAction(self.check_action)
        return menu

    @property
    def session(self) -> Session:
        return self._session_of()

    def set_read_only(self, read_only: bool) -> None:
        # A read-only session reads through its own plain connection (services.read_only);
        # backups, restore and the check all need the normal, writable one.
        for action in self.actions():
            action.setEnabled(not read_only)

    def actions(self) -> list[QAction]:
        return [
            self.backup_now_action,
            self.backup_to_action,
            self.restore_action,
            self.check_action,
        ]

    # Automatic ----------------------------------------------------------------------

    def start(self) -> None:
        """Start the automatic backups: one now (after the window is painted), then the timer."""
        self.started = True
        self._closed = False
        QTimer.singleShot(0, self.backup_on_start)
        self.timer.start()

    def backup_on_start(self) -> None:
        from chibo_app.services.backups import make_backup  # noqa: PLC0415
        from chibo_app.storage.backup_names import ON_START  # noqa: PLC0415

        if self.started and not self._closed:
            self._quietly(lambda s: make_backup(s, ON_START))

    def automatic(self) -> None:
        from chibo_app.services.backups import automatic_backup  # noqa: PLC0415

        if self._job is None:  # not while “Kiểm tra dữ liệu” is working on the file
            self._quietly(lambda s: automatic_backup(s))

    def backup_on_close(self) -> None:
        """Once, when the window closes (or the application quits without closing it)."""
        if not self.started or self._closed:
            return
        self._closed = True
        self.timer.stop()
        from chibo_app.services.backups import make_backup  # noqa: PLC0415
        from chibo_app.storage.backup_names import ON_CLOSE  # noqa: PLC0415

        self._quietly(lambda s: make_backup(s, ON_CLOSE))

    def _quietly(self, take: Callable[[Session], Path | None]) -> Path | None:
        from chibo_app.errors import ChiboError  # noqa: PLC0415
        from chibo_app.ui.save_errors import storage_errors, storage_failure_text  # noqa: PLC0415

        try:
            path = take(self.session)
        except (ChiboError, *storage_errors()) as error:
            text = str(error) if isinstance(error, ChiboError) else storage_failure_text(error)
            self.window.statusBar().showMessage(
                self.tr("⚠ Chưa sao lưu tự động được: %1").replace("%1", text)
            )
            return None
        if path is not None:
            self.window.statusBar().showMessage(
                self.tr("Đã sao lưu tự động: %1").replace("%1", path.name), _NOTE_MS
            )
        return path

    # Menu ------------------------------------------------------------------------

    def backup_now(self) -> Path | None:
        from chibo_app.services.backups import make_backup  # noqa: PLC0415

        path = self._loudly(lambda: make_backup(self.session))
        if path is not None:
            self.window.statusBar().showMessage(
                self.tr("Đã sao lưu: %1").replace("%1", path.name), _NOTE_MS
            )
        return path

    def backup_to_folder(self, folder: str | None = None) -> Path | None:
        from chibo_app.services.backups import backup_to_folder  # noqa: PLC0415
        from chibo_app.ui.folders import BACKUPS, ask_folder  # noqa: PLC0415

        target = (
            Path(folder)
            if folder
            else ask_folder(self.window, BACKUPS, self.tr("Chọn nơi sao lưu (ví dụ USB)"))
        )
        if target is None:
            return None
        path = self._loudly(lambda: backup_to_folder(self.session, target))
        if path is not None:
            QMessageBox.information(
                self.window,
                self.tr("Đã sao lưu"),
                self.tr("Đã sao lưu dữ liệu vào tệp:\n%1").replace("%1", str(path)),
            )
        return path

    def _loudly(self, take: Callable[[], Path]) -> Path | None:
        from chibo_app.errors import ChiboError  # noqa: PLC0415
        from chibo_app.ui.save_errors import storage_errors, storage_failure_text  # noqa: PLC0415

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return take()
        except (ChiboError, *storage_errors()) as error:
            failure: BaseException = error
        finally:
            QApplication.restoreOverrideCursor()
        text = str(failure) if isinstance(failure, ChiboError) else storage_failure_text(failure)
        QMessageBox.warning(self.window, self.tr("Chưa sao lưu được"), text)
        return None

    def restore(self) -> bool:
        from chibo_app.ui.dialogs.restore_dialog import RestoreDialog  # noqa: PLC0415

        dialog = RestoreDialog(self.session, self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return False
        self._data_replaced()
        note = self.tr("Đã khôi phục dữ liệu từ bản sao lưu %1.").replace(
            "%1", dialog.restored_from
        )
        if dialog.kept is not None:
            note += " " + self.tr("Dữ liệu trước đó được giữ tại: %1").replace(
                "%1", dialog.kept.name
            )
        self.window.statusBar().showMessage(note, 30_000)
        return True

    def check(self) -> None:
        """Integrity, links, backup, VACUUM/ANALYZE on a worker; the report when done."""
        from chibo_app.services.db_check import check_database  # noqa: PLC0415
        from chibo_app.ui.background import Operation  # noqa: PLC0415

        if self._job is not None:
            return
        self.check_action.setEnabled(False)
        self._progress = DelayedProgress(self.window, self.tr("Đang kiểm tra dữ liệu…"))
        self._job = (
            Operation.of(self.session, check_database)
            .on_success(self._checked)
            .on_failure(self._check_failed)
            .start()
        )

    def _check_over(self) -> None:
        self._job = None
        self.check_action.setEnabled(True)
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _checked(self, report: CheckReport) -> None:
        from chibo_app.ui.dialogs.check_report import RESTORE, CheckReportDialog  # noqa: PLC0415

        self._check_over()
        dialog = CheckReportDialog(report, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self.restore() if code == RESTORE else None)
        dialog.destroyed.connect(lambda: setattr(self, "report_dialog", None))
        self.report_dialog = dialog
        dialog.open()

    def _check_failed(self, error: BaseException) -> None:
        from chibo_app.errors import ChiboError  # noqa: PLC0415
        from chibo_app.ui.save_errors import is_storage_failure, storage_failure_text  # noqa: PLC0415

        self._check_over()
        if not isinstance(error, ChiboError) and not is_storage_failure(error):
            raise error  # a bug: the error reporter logs and shows it
        text = str(error) if isinstance(error, ChiboError) else storage_failure_text(error)
        QMessageBox.warning(self.window, self.tr("Chưa kiểm tra xong"), text)
