"""Vietnamese text made below ui/ (core and services), shown in the interface language.

core/ and services/ know no Qt, so their labels and messages are plain Vietnamese:
plan statuses, person kinds, field names, “Chưa nhập họ và tên.”, … The interface
translates them here, and only for the screen: whatever is stored, printed or
exported keeps the Vietnamese text (call these functions on the way to a widget,
never on the way to the database or a document).

- `core_label(text)`: a fixed label from one of the tables of label_tables() (context
  "CoreLabels"). packaging/update_translations.py reads those tables and puts every
  label into the .ts files, so the list lives in one place: the core table itself.
- `core_message(text)`: a Message (core/messages.py) by its template and values — what
  every error, problem, check, history record, import note and quota is
  (tests/test_messages_by_id.py), with plural forms where it counts; the rule engine's
  reasons and a package's shortfalls travel by id and values too
  (core/stored_messages.py). A plain string is a label (or a list of labels) and is
  translated as one; any other sentence is shown as it is, in Vietnamese — the reasons
  an older file stored as sentences, and the shortfalls of a package of format 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from chibo_app.core.messages import Message, render
from chibo_app.ui.core_text_tables import EXTRA_LABELS, label_tables

LABELS_CONTEXT = "CoreLabels"


def core_label(text: str) -> str:
    """A core label in the interface language (unchanged when it is not a known label)."""
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def core_message(text: str | Message) -> str:
    """A core or service message in the interface language: a Message by its template,
    a plain string as a label or a list of labels (unchanged if unknown)."""
    app = QCoreApplication.instance()
    language = str(app.property("chiboLanguage") or "vi") if app is not None else "vi"
    if isinstance(text, Message):
        return str(text) if language == "vi" else render(text, _qt_translate)
    if not text or language == "vi":  # the source language
        return text
    return _message(text, language)


def _qt_translate(context: str, text: str, count: int) -> str:
    """Qt's catalogue; a count ≥ 0 picks a plural form of the message."""
    return QCoreApplication.translate(context, text, None, count)


def error_text(error: BaseException) -> str:
    message = getattr(error, "message", None)
    return core_message(message if isinstance(message, Message) else str(error))


def problem_texts(error: BaseException) -> dict[str, str]:
    """A ValidationError's {field: message} in the interface language."""
    problems = getattr(error, "messages", None) or getattr(error, "problems", {})
    return {name: core_message(text) for name, text in problems.items()}


@lru_cache(maxsize=4096)
def _message(text: str, _language: str) -> str:
    """Cached per language: the translators change only when the language does."""
    if "\n" in text:
        return "\n".join(_message(line, _language) for line in text.split("\n"))
    found = _known(text)
    if found is None and "; " in text:  # a list of labels and sentences: each on its own
        return "; ".join(_message(piece, _language) for piece in text.split("; "))
    if found is None and ", " in text:  # labels joined: only when every piece is one
        pieces = [_known(piece) for piece in text.split(", ")]
        if all(piece is not None for piece in pieces):
            found = ", ".join(piece for piece in pieces if piece is not None)
    return text if found is None else found


def _known(text: str) -> str | None:
    """`text` translated as a label, also with a final full stop or a capital the table
    does not have; None when it is no label."""
    found = _label(text)
    if found is None and text.endswith(".") and not text.endswith(".."):
        found = _label(text[:-1])
        found = None if found is None else found + "."
    if found is None and text[:1].isupper():  # a label written in lower case, capitalised
        found = _label(text[:1].lower() + text[1:])
        found = None if found is None else found[:1].upper() + found[1:]
    return found


def _label(text: str) -> str | None:
    translated = core_label(text)
    return translated if translated != text else None


def all_labels() -> list[str]:
    """Every label of label_tables() and EXTRA_LABELS, once each, in table order."""
    seen: dict[str, None] = {}
    for table in label_tables():
        for text in _strings(table):
            if any(char.isalpha() for char in text):
                seen.setdefault(text, None)
    for text in map(str, EXTRA_LABELS):
        seen.setdefault(text, None)
    return list(seen)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _strings(item)
    elif isinstance(getattr(value, "label", None), str):
        yield value.label  # type: ignore[attr-defined]
