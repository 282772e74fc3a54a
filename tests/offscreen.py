"""Qt's offscreen platform with a screen of a chosen size (logical pixels).

The plain offscreen screen is 800×800: windows are kept inside the screen
(chibo_app.ui.screen_fit), so tests and screenshots name the screen they mean."""

from __future__ import annotations

import json
from pathlib import Path


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """The QT_QPA_PLATFORM value; set it before the QApplication is made."""
    config = folder / f"screen-{width}x{height}.json"
    screen = {
        "name": "Screen",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"
