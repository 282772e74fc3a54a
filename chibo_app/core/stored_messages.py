"""Messages kept in the database (the rule engine's reasons in evaluations.explanation):
a JSON shape that stores a Message by its id (the Vietnamese template) and its values,
so the reason is shown in the reader's language, whatever language wrote it.

    {"id": "Khung tiêu chí: {frame}.", "args": {"frame": "Cá nhân …"}}

A message with plural forms (messages.plural_msg) also has "plural": true.

A value is a JSON scalar, a list, a message in the same shape, or a label
{"label": "…", "lower": true}. A text written before messages were stored (a finished
Vietnamese sentence) is {"text": "…"}, or a bare string in a file's change history: it
is read back as the string and shown as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from chibo_app.core.messages import Label, Message

# What an explanation holds: messages, and the sentences stored before them.
Stored = Message | str


def dump(value: object) -> Any:
    """A message, label, list or scalar as JSON data."""
    if isinstance(value, Message):
        data = {"id": value.template, "args": {k: dump(v) for k, v in value.values.items()}}
        return {**data, "plural": True} if value.plural else data
    if isinstance(value, Label):
        return {"label": value.text, "lower": value.lower}
    if isinstance(value, (list, tuple)):
        return [dump(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # a date or a number type of its own: as it was said


def load(data: Any) -> Any:
    """The inverse of dump; a {"text": …} or a bare string is the string."""
    if isinstance(data, dict):
        if "id" in data:
            args = data.get("args") or {}
            values = {str(k): load(v) for k, v in args.items()}
            return Message(str(data["id"]), values, plural=data.get("plural") is True)
        if "label" in data:
            return Label(str(data["label"]), bool(data.get("lower")))
        return str(data.get("text", ""))
    if isinstance(data, list):
        return [load(item) for item in data]
    return data


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps' own, made once


def dump_list(items: Iterable[Stored]) -> str:
    """An explanation as the column stores it."""
    return _ENCODER.encode([_item(item) for item in items])


def load_list(text: str | None) -> tuple[Stored, ...]:
    """The column read back: each item a Message, or a sentence stored before."""
    data = json.loads(text or "[]")
    if not isinstance(data, list):
        return ()
    return tuple(
        item if isinstance(item, (Message, str)) else str(item) for item in map(load, data)
    )


def _item(item: Stored) -> Any:
    return {"text": item} if isinstance(item, str) else dump(item)


def texts(items: Sequence[Stored]) -> list[str]:
    """The Vietnamese sentences (documents, the change history)."""
    return [str(item) for item in items]
