"""The folder each kind of file was last saved to or read from, remembered on this
computer (QSettings), and the file names the save dialogs suggest."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

_KEY = "folders/{kind}"
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def last_folder(kind: str) -> Path:
    """Where files of `kind` ("plan-word", "minutes", …) went last; else Documents."""
    stored = QSettings().value(_KEY.format(kind=kind))
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def remember_folder(kind: str, path: str | Path) -> None:
    """Remember the folder of `path` (or `path` itself when it is a folder)."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    QSettings().setValue(_KEY.format(kind=kind), str(folder))


def suggested(kind: str, name: str) -> str:
    """A full path to offer in a save dialog: the kind's last folder and `name` made safe
    for every file system ('Biên bản 05-03-2026 - Chi bộ …')."""
    safe = _NOT_IN_FILE_NAMES.sub("-", name).strip(" .")
    return str(last_folder(kind) / safe)
