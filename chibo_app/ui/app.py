"""Start the desktop application: `chibo-app [--db PATH]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from chibo_app.services.session import Session


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="chibo-app", description="Chi bộ")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="tệp dữ liệu (mặc định: biến CHIBO_DB hoặc thư mục dữ liệu người dùng)",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("ChiBo")
    QCoreApplication.setApplicationName("Chi bộ")
    QApplication.setApplicationDisplayName("Chi bộ")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    install_qt_translation(app)
    return app


def install_qt_translation(app: QApplication) -> None:
    """Qt's own dialogs (buttons, file dialog) in Vietnamese, when the .qm is shipped."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Vietnamese), "qtbase", "_", folder):
        app.installTranslator(translator)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    app = make_application(argv)
    exit_after = os.environ.get("CHIBO_EXIT_AFTER_SHOW")  # start-up benchmark, smoke tests

    from chibo_app.ui.main_window import MainWindow  # noqa: PLC0415 - after the app exists

    window = MainWindow()
    window.show()
    app.processEvents()  # the frame is on screen before the database is opened
    if exit_after == "frame":
        return 0
    session = open_database_for(window, args.db)
    if session is None:
        window.close()
        return 2
    try:
        if not first_start_done(window, session):
            window.close()
            return 0
        window.attach(session)
        if exit_after:
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        session.close()


def open_database_for(window: QWidget, path: Path | None) -> Session | None:
    """The session for `path` (or the default file); a Vietnamese message if it fails."""
    from chibo_app.errors import ChiboError  # noqa: PLC0415 - keeps the frame quick
    from chibo_app.services.session import default_db_path, open_session  # noqa: PLC0415

    try:
        return open_session(path or default_db_path())
    except ChiboError as error:
        QMessageBox.critical(
            window, QCoreApplication.translate("App", "Không mở được dữ liệu"), str(error)
        )
        return None


def first_start_done(window: QWidget, session: Session) -> bool:
    """Ask for the cell's details on a new file; False if the user cancels."""
    from chibo_app.services import cell  # noqa: PLC0415

    if cell.is_initialised(session):
        return True
    from chibo_app.ui.dialogs.first_start import FirstStartDialog  # noqa: PLC0415

    dialog = FirstStartDialog(session, window)
    return bool(dialog.exec() == FirstStartDialog.DialogCode.Accepted)


if __name__ == "__main__":  # python -m chibo_app.ui.app
    raise SystemExit(main())
