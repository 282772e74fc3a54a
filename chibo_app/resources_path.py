"""Where the app's own files live, without Qt: a source tree or a frozen build.

chibo_app/ui/resources.py answers the same question for the Qt side; this one exists
so that the documents layer (which must never import Qt) can find the fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder holding resources/: PyInstaller's unpacked bundle or the repo root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


def resource_path(*parts: str) -> Path:
    """A file under resources/, e.g. resource_path("fonts", "LiberationSerif-Bold.ttf")."""
    return root().joinpath("resources", *parts)


def fonts_folder() -> Path:
    return resource_path("fonts")
