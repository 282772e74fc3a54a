"""The About box: version, licence, where the data lives, what the app is built on."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget


def about_text(data_file: Path) -> str:
    """The box's rich text for the data file that is open now."""
    from chibo_app import __version__  # noqa: PLC0415 - reads pyproject or metadata
    from chibo_app.services.session import data_folder  # noqa: PLC0415

    parts = [
        QCoreApplication.translate("About", "<h3>Chi bộ %1</h3>").replace(
            "%1", html.escape(__version__)
        ),
        QCoreApplication.translate(
            "About",
            "<p>Quản lý đảng viên, kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách "
            "Hồ Chí Minh, gương điển hình và sinh hoạt chi bộ.</p>",
        ),
        QCoreApplication.translate(
            "About",
            "<p>Đây là phần mềm tự do: được phép phân phối lại và sửa đổi theo Giấy phép "
            "Công cộng GNU (GNU GPL) phiên bản 3 hoặc mới hơn (GPL-3.0-or-later); toàn văn "
            "trong tệp LICENSE đi kèm. Chương trình được cung cấp không kèm bất kỳ bảo đảm "
            "nào.</p>",
        ),
        QCoreApplication.translate("About", "<p>Thư mục dữ liệu:<br><code>%1</code></p>").replace(
            "%1", html.escape(str(data_folder()))
        ),
        QCoreApplication.translate(
            "About", "<p>Tệp dữ liệu đang mở:<br><code>%1</code></p>"
        ).replace("%1", html.escape(str(data_file))),
        QCoreApplication.translate(
            "About",
            "<p>Phông chữ in văn bản: Liberation Serif 2, theo giấy phép SIL Open Font "
            "License 1.1 (OFL).</p>",
        ),
        QCoreApplication.translate(
            "About", "<p>Xây dựng trên Qt %1, PySide6 %2 (LGPL-3.0) và Python %3.</p>"
        )
        .replace("%1", qVersion())
        .replace("%2", PySide6.__version__)
        .replace("%3", platform.python_version()),
    ]
    return "".join(parts)


def show_about(parent: QWidget, data_file: Path) -> None:
    """Qt's About box; its icon is the window icon (the app's, set at start)."""
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "Giới thiệu"), about_text(data_file)
    )
