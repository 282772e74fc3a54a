"""Typed dates: dd/mm/yyyy or a bare year (and, where old records give no day, a month
or a quarter: `partial`), parsed by core.dates."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from chibo_app.core.dates import BadDate, parse_date, to_display
from chibo_app.ui.core_text import core_message


def set_date(edit: QLineEdit, iso: str | None) -> None:
    edit.setText(to_display(iso))


def read_date(edit: QLineEdit, partial: bool = False) -> tuple[str | None, str | None]:
    """(ISO text or None, the problem in the interface language or None)."""
    try:
        return parse_date(edit.text(), partial=partial), None
    except BadDate as error:
        return None, core_message(error.message) + "."
