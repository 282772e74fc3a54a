"""Where the app's own files (forms, icons, fonts) live, in a source tree or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder holding forms/ and resources/: PyInstaller's bundle or the repo root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def form_path(name: str) -> Path:
    return root() / "forms" / f"{name}.ui"


def icon_path(name: str) -> Path:
    return root() / "resources" / "icons" / f"{name}.svg"


def fonts_folder() -> Path:
    return root() / "resources" / "fonts"
