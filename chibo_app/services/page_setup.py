"""Trình bày văn bản: the page layout of printed documents, kept in the settings table.

The secretary can change the margins, the body font size and the line spacing; every
other size of PageSettings stays at its default. Values are stored as text under
`page_<field>` keys through settings_repo.write_many, so the change history records
them; a missing or unreadable stored value falls back to the default.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from chibo_app.core.messages import Problems, msg
from chibo_app.documents.page_settings import PageSettings
from chibo_app.errors import ValidationError
from chibo_app.services.session import Session
from chibo_app.storage import settings_repo

PREFIX = "page_"


@dataclass(frozen=True)
class Limit:
    label: str  # Vietnamese, as in the form
    low: float
    high: float
    unit: str  # "mm", "pt" or "" (times the font size)


# The fields the secretary may change, in the order of the form.
LIMITS: dict[str, Limit] = {
    "top_mm": Limit("Lề trên", 5, 50, "mm"),
    "bottom_mm": Limit("Lề dưới", 5, 50, "mm"),
    "left_mm": Limit("Lề trái", 5, 50, "mm"),
    "right_mm": Limit("Lề phải", 5, 50, "mm"),
    "body_size": Limit("Cỡ chữ nội dung", 11, 16, "pt"),
    "line_spacing": Limit("Giãn dòng", 1.0, 2.0, ""),
}

# Labels of the stored keys, for the change history ("page_top_mm" → "Lề trên (mm)").
PAGE_SETTING_LABELS: dict[str, str] = {
    PREFIX + name: f"{limit.label} ({limit.unit})" if limit.unit else f"{limit.label} (lần)"
    for name, limit in LIMITS.items()
}


def load_page_settings(session: Session) -> PageSettings:
    """The stored layout over the defaults; a value that cannot be read is ignored."""
    stored = settings_repo.read_all(session.db)
    defaults = PageSettings()
    values: dict[str, float] = {}
    for name, limit in LIMITS.items():
        number = _number(stored.get(PREFIX + name))
        if number is not None and limit.low <= number <= limit.high:
            values[name] = number
    return dataclasses.replace(defaults, **values)


def validate_page_settings(settings: PageSettings) -> Problems:
    """Field name → Vietnamese message, for each editable value out of its range."""
    problems: Problems = {}
    for name, limit in LIMITS.items():
        value = getattr(settings, name)
        if not isinstance(value, int | float) or not math.isfinite(value):
            problems[name] = msg("{label}: cần ghi một số.", label=limit.label)
        elif not limit.low <= value <= limit.high:
            problems[name] = msg(
                "{label} phải từ {low} đến {high}{unit}.",
                label=limit.label,
                low=_text(limit.low),
                high=_text(limit.high),
                unit=" " + limit.unit if limit.unit else "",
            )
    if "body_size" not in problems and round(settings.body_size * 2) != settings.body_size * 2:
        problems["body_size"] = msg(
            "Cỡ chữ nội dung ghi số nguyên hoặc lẻ nửa điểm, ví dụ 13 hoặc 13,5."
        )
    return problems


def save_page_settings(session: Session, settings: PageSettings) -> PageSettings:
    """Store the editable values that differ from what is in force; return what is now."""
    problems = validate_page_settings(settings)
    if problems:
        raise ValidationError(problems)
    current = load_page_settings(session)
    stored = settings_repo.read_all(session.db)
    changed = {
        PREFIX + name: _text(getattr(settings, name))
        for name in LIMITS
        if getattr(settings, name) != getattr(current, name) or PREFIX + name in stored
    }
    settings_repo.write_many(session.db, session.editor, changed)
    return load_page_settings(session)


def editable_values(settings: PageSettings) -> dict[str, float]:
    return {name: float(getattr(settings, name)) for name in LIMITS}


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _text(value: float) -> str:
    """20.0 → '20', 1.15 → '1.15' (stored and shown without needless decimals)."""
    return f"{round(float(value), 4):g}"
