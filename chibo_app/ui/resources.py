"""Where the app's own files (forms, icons, fonts) live, in a source tree or a frozen build."""

from __future__ import annotations

from pathlib import Path

# One answer to "where is the bundle": chibo_app.resources_path (no Qt, for documents/).
from chibo_app.resources_path import fonts_folder, resource_path, root

__all__ = ["fonts_folder", "form_path", "icon_path", "root"]


def form_path(name: str) -> Path:
    return root() / "forms" / f"{name}.ui"


def icon_path(name: str) -> Path:
    return resource_path("icons", f"{name}.svg")
