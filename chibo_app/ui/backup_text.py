"""How a backup is named on screen: its time, why it was taken, its size."""

from __future__ import annotations

import datetime as dt

from chibo_app.storage import backup_names
from chibo_app.ui.core_text import core_message


def reason_label(reason: str) -> str:
    return core_message(backup_names.reason_text(reason))


def when_text(at: dt.datetime) -> str:
    return at.strftime("%d/%m/%Y %H:%M")


def size_text(size: int) -> str:
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
