"""Start the desktop application: `chibo-app [--db PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox


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

    from chibo_app.errors import ChiboError  # noqa: PLC0415 - after the app exists
    from chibo_app.services import cell  # noqa: PLC0415
    from chibo_app.services.session import default_db_path, open_session  # noqa: PLC0415

    path = args.db or default_db_path()
    try:
        session = open_session(path)
    except ChiboError as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Không mở được dữ liệu"), str(error)
        )
        return 2
    try:
        if not cell.is_initialised(session):
            from chibo_app.ui.dialogs.first_start import FirstStartDialog  # noqa: PLC0415

            if FirstStartDialog(session).exec() != FirstStartDialog.DialogCode.Accepted:
                return 0
        from chibo_app.ui.main_window import MainWindow  # noqa: PLC0415

        window = MainWindow(session)
        window.show()
        return app.exec()
    finally:
        session.close()


if __name__ == "__main__":
    raise SystemExit(main())
