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
  every error, problem, check, history record and quota now is
  (tests/test_messages_by_id.py), with plural forms where it counts; the rule engine's
  reasons and a package's shortfalls travel by id and values too
  (core/stored_messages.py). A finished Vietnamese sentence is matched against MESSAGES
  (context "CoreMessages"), templates whose %1, %2… stand for the variable parts: kept
  only for the notes services.members_import still writes as sentences. The parts are
  translated in turn when they are labels or messages themselves; a sentence no
  template matches is shown as it is, in Vietnamese (so are the reasons an older file
  stored as sentences, and the shortfalls of a package of format 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from chibo_app.core.messages import Message, render
from chibo_app.ui.core_text_tables import EXTRA_LABELS, MESSAGES, label_tables

LABELS_CONTEXT = "CoreLabels"
MESSAGES_CONTEXT = "CoreMessages"

_PLACE = re.compile(r"%(\d)")


def core_label(text: str) -> str:
    """A core label in the interface language (unchanged when it is not a known label)."""
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def core_message(text: str | Message) -> str:
    """A core or service message in the interface language: a Message by its template,
    an older finished sentence by the templates of MESSAGES (unchanged if unknown)."""
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
    if found is None and "; " in text:  # a list of messages or labels
        return "; ".join(_message(piece, _language) for piece in text.split("; "))
    if found is None and ", " in text:  # “Dự 9/10 buổi (90%), vắng có lý do 1”
        pieces = [_known(piece) for piece in text.split(", ")]
        if all(piece is not None for piece in pieces):
            found = ", ".join(piece for piece in pieces if piece is not None)
    if found is None:
        return text
    if text[:1].isupper() and found[:1].islower():  # “%1 is missing.” with a label first
        return found[:1].upper() + found[1:]
    return found


def _known(text: str) -> str | None:
    """`text` translated, also when only its final full stop is missing from a
    template; None when no label or template matches it."""
    found = _translated(text)
    if found is None and text.endswith(".") and not text.endswith(".."):
        found = _translated(text[:-1])
        found = None if found is None else found + "."
    if found is None and text[:1].isupper():  # a template written in lower case, capitalised
        found = _translated(text[:1].lower() + text[1:])
        found = None if found is None else found[:1].upper() + found[1:]
    return found


def _translated(text: str) -> str | None:
    if text in _SOURCES:
        return QCoreApplication.translate(MESSAGES_CONTEXT, text)
    translated = core_label(text)
    if translated != text:
        return translated
    for template, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        result = QCoreApplication.translate(MESSAGES_CONTEXT, template)
        return _fill(result, {k: _part(v) for k, v in match.groupdict().items()})
    return None


def _fill(translation: str, args: dict[str, str]) -> str:
    return _PLACE.sub(lambda m: args.get(f"a{m.group(1)}", m.group(0)), translation)


def _part(text: str) -> str:
    """A variable part: a label (maybe lower-cased), a message, a list of them, or
    left as it is (a name, a number, a date)."""
    if "; " in text:  # a list: each piece on its own
        return "; ".join(_part(piece) for piece in text.split("; "))
    if text[:1].islower():  # “Chưa nhập tên chi bộ.”: a label, lower-cased
        capital = text[:1].upper() + text[1:]
        translated = core_label(capital)
        if translated != capital:
            return translated[:1].lower() + translated[1:]
    for joint in (", ", " + "):  # “1 tập thể, 2 cá nhân”: only when every piece is known
        if joint in text:
            pieces = [_known(piece) for piece in text.split(joint)]
            if all(piece is not None for piece in pieces):
                return joint.join(piece for piece in pieces if piece is not None)
    found = _known(text)
    return text if found is None else found


_SOURCES = frozenset(map(str, MESSAGES))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Templates with placeholders, as anchored patterns, longest literal text first (so
    “Biểu dương ngày %1 (%2)” is tried before “Biểu dương ngày %1”)."""
    found = []
    for template in map(str, MESSAGES):  # QT_TRANSLATE_NOOP returns its text, typed object
        if not _PLACE.search(template):
            continue
        pieces = _PLACE.split(template)
        last = len(pieces) - 2 if pieces[-1] == "" else -1  # a placeholder ending it
        regex = "".join(
            re.escape(piece)
            if n % 2 == 0
            # Inside a template a part holds no “: ”, so “%1 cá nhân” does not swallow
            # “Phòng A: thiếu 1 tập thể, 2 cá nhân”; a part that ends it holds no “; ”,
            # so “%1 điểm ≥ %2” does not swallow a list (lists are split first).
            else f"(?P<a{piece}>(?:(?!; ).)+?)"
            if n == last
            else f"(?P<a{piece}>(?:(?!: ).)+?)"
            for n, piece in enumerate(pieces)
        )
        found.append((template, re.compile(regex, re.DOTALL)))
    found.sort(key=lambda pair: -len(_PLACE.sub("", pair[0])))
    return tuple(found)


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
