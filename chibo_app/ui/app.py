"""Start the desktop application: `chibo-app [FILE | --db PATH] [--smoke-test]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from chibo_app.ui import gc_policy, screen_fit, translations
from chibo_app.ui.icons import icon

if TYPE_CHECKING:
    from chibo_app.services.session import Session
    from chibo_app.ui.main_window import MainWindow


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="chibo-app", description="Chi bộ")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="tệp dữ liệu (mặc định: biến CHIBO_DB hoặc thư mục dữ liệu người dùng)",
    )
    # A file given by the desktop (double-click on a .sqlite, “Mở bằng”): the same as --db.
    parser.add_argument("file", nargs="?", type=Path, default=None, help="tệp dữ liệu cần mở")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="mở dữ liệu, vẽ cửa sổ chính rồi thoát (kiểm tra bản đóng gói)",
    )
    args, _qt_args = parser.parse_known_args(_without_qt_options(argv))
    args.db = args.file or args.db
    return args


# Qt's own options that take a value (`-style fusion`): their values are no file to open.
_QT_VALUE_OPTIONS = {
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-style", "-stylesheet",
    "-session", "-display", "-geometry", "-qwindowgeometry", "-qwindowtitle", "-qwindowicon",
    "-title", "-name", "-qmljsdebugger",
}  # fmt: skip


def _without_qt_options(argv: list[str]) -> list[str]:
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _QT_VALUE_OPTIONS:
            skip = True
        else:
            kept.append(arg)
    return kept


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("ChiBo")
    QCoreApplication.setApplicationName("Chi bộ")  # names the settings: never translated
    translations.install()  # the interface language, before any widget exists
    QApplication.setApplicationDisplayName(QCoreApplication.translate("App", "Chi bộ"))
    QApplication.setWindowIcon(icon("chibo"))  # every window, and the About box
    QApplication.setDesktopFileName("chibo")  # Wayland: icon from packaging/linux/chibo.desktop
    screen_fit.install(app)  # every window fits the screen and is remembered per screen
    return app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    app = make_application(argv)
    gc_policy.enable()  # the session's objects out of the full collections' walk
    exit_after = os.environ.get("CHIBO_EXIT_AFTER_SHOW")  # start-up benchmark, smoke tests
    if args.smoke_test:
        exit_after = "smoke"

    from chibo_app.ui.main_window import MainWindow  # noqa: PLC0415 - after the app exists

    window = MainWindow()
    window.show()
    app.processEvents()  # the frame is on screen before the database is opened
    if exit_after == "frame":
        return 0
    from chibo_app.ui import startup  # noqa: PLC0415
    from chibo_app.ui.error_report import install_error_reporter  # noqa: PLC0415

    path = startup.resolve_path(args.db)
    reporter = install_error_reporter(path.parent)
    lock = startup.take_lock(window, path)
    if lock is None:
        window.close()
        return 0
    try:
        return run_window(app, window, path, exit_after)
    finally:
        lock.release()
        if reporter is not None:
            reporter.uninstall()


def run_window(app: QApplication, window: MainWindow, path: Path, exit_after: str | None) -> int:
    """With the file's lock held: the password, a check of the file, open it, run the window."""
    from chibo_app.ui import startup  # noqa: PLC0415

    opened = startup.open_file(window, path)
    if isinstance(opened, int):  # “Thoát” at the password, or a file that cannot be used
        window.close()
        return opened
    session = opened.session
    try:
        if not first_start_done(window, session, opened.read_only):
            window.close()
            return 0
        window.attach(session, read_only=opened.read_only)
        window.start_safety(path, backups=not exit_after)  # none in benchmarks, smoke runs
        if opened.note:
            window.statusBar().showMessage(opened.note, 30_000)
        if exit_after == "smoke":
            from chibo_app.ui.smoke import quit_after_first_paint  # noqa: PLC0415

            quit_after_first_paint(app, window, session)
        elif exit_after:
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        window.stop_safety()
        from chibo_app.ui import background, child_work  # noqa: PLC0415

        child_work.stop()  # a lane waiting for the child stops waiting
        background.shutdown()  # worker threads close their connections first
        session.close()


def first_start_done(window: QWidget, session: Session, read_only: bool = False) -> bool:
    """Ask for the cell's details on a new file; False if the user cancels."""
    from chibo_app.services import cell  # noqa: PLC0415

    if cell.is_initialised(session):
        return True
    if read_only:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "Không mở được dữ liệu"),
            QCoreApplication.translate(
                "App",
                "Tệp dữ liệu chỉ cho phép đọc và chưa có thông tin chi bộ, nên không dùng được. "
                "Hãy chọn tệp khác hoặc xin quyền ghi vào tệp này.",
            ),
        )
        return False
    from chibo_app.ui.dialogs.first_start import FirstStartDialog  # noqa: PLC0415

    dialog = FirstStartDialog(session, window)
    return bool(dialog.exec() == FirstStartDialog.DialogCode.Accepted)


if __name__ == "__main__":  # python -m chibo_app.ui.app
    raise SystemExit(main())
