"""Messages by id: what core, services and the command line say to the user.

A `Message` is a Vietnamese template — its own id, the source text of the translation —
with named fields, and the values that fill them: `msg("Năm {year} không hợp lệ.",
year=2031)`. `str()` gives the Vietnamese sentence (documents and the database keep
Vietnamese); the interface and the command line render it in the user's language with
`render`, looking the template up in the translation catalogue (context "CoreMessages"
of resources/i18n/chibo_*.ts, where packaging/update_translations.py collects every
`msg("…")` of the package). A field whose value is itself a Message, or a label the
catalogue knows, is translated in turn.

`plural_msg("{count} cá nhân", count=2)` is a message whose field `count` picks the
translation's plural form ("1 individual", "2 individuals"): Vietnamese has one form,
the catalogue holds it as a plural message (numerus="yes", Qt's own plural rules).
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

CONTEXT = "CoreMessages"
LABELS_CONTEXT = "CoreLabels"

# (context, Vietnamese source, count) → the text in the user's language, or the source
# itself; a count ≥ 0 picks a plural form, -1 for a message that has none.
Translate = Callable[[str, str, int], str]
COUNT = "count"  # the field of a plural message that picks its form


@dataclass(frozen=True)
class Message:
    template: str
    values: Mapping[str, object] = field(default_factory=dict)
    plural: bool = False  # the translation has plural forms, picked by values["count"]

    def __str__(self) -> str:
        return render(self, _source)

    def fields(self) -> list[str]:
        return template_fields(self.template)


def msg(template: str, /, **values: object) -> Message:
    """A message to show the user; `template` is a literal (the extraction reads it)."""
    _check_values(template, values)
    return Message(template, values)


def _check_values(template: str, values: Mapping[str, object]) -> None:
    missing = _field_names(template).difference(values)
    if missing:
        raise KeyError(f"no value for {sorted(missing)} in {template!r}")


def plural_msg(template: str, /, **values: object) -> Message:
    """A message with plural forms in translation, picked by its integer field `count`
    ("{count} cá nhân" → "1 individual", "2 individuals"); a literal template too."""
    if not isinstance(values.get(COUNT), int):
        raise KeyError(f"a plural message needs an integer {COUNT!r}: {template!r}")
    _check_values(template, values)
    return Message(template, values, plural=True)


@functools.lru_cache(maxsize=4096)  # templates are literals; a list makes thousands of them
def _field_names(template: str) -> frozenset[str]:
    return frozenset(template_fields(template))


def template_fields(template: str) -> list[str]:
    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]


def render(text: Message | str, translate: Translate) -> str:
    """`text` in the language `translate` speaks; a plain string is taken as a label (or
    left as it is)."""
    if isinstance(text, str):
        return translate(LABELS_CONTEXT, text, -1) if text else text
    values = {name: _value(value, translate) for name, value in text.values.items()}
    count = text.values.get(COUNT) if text.plural else None
    number = count if isinstance(count, int) and count >= 0 else -1
    translated = translate(CONTEXT, text.template, number) or text.template
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return text.template.format(**values)


def _value(value: object, translate: Translate) -> str:
    if isinstance(value, Message):
        return render(value, translate)
    if isinstance(value, Label):
        shown = render(value.text, translate)
        return shown[:1].lower() + shown[1:] if value.lower else shown
    if isinstance(value, (list, tuple)):
        return "; ".join(_value(item, translate) for item in value)
    if isinstance(value, str):
        return _known_label(value, translate)
    return str(value)


def _known_label(text: str, translate: Translate) -> str:
    """A text value in the user's language when it is a label the catalogue knows (a
    kind, a status, a field name — also lower-cased inside a sentence); a name, a unit
    or typed text is not in the catalogue and stays as it is."""
    if not text:
        return text
    found = translate(LABELS_CONTEXT, text, -1)
    if found != text or not text[:1].islower():
        return found
    capital = text[:1].upper() + text[1:]
    found = translate(LABELS_CONTEXT, capital, -1)
    return found[:1].lower() + found[1:] if found != capital else text


@dataclass(frozen=True)
class Label:
    """A field value that is a label from a core table, said so explicitly (a plain
    text value is translated too when the catalogue knows it as a label). `lower`: the
    label inside a sentence ("Chưa nhập tên chi bộ.")."""

    text: str
    lower: bool = False

    def __str__(self) -> str:
        return self.text[:1].lower() + self.text[1:] if self.lower else self.text


def _source(_context: str, text: str, _count: int) -> str:
    return text


# What a check finds wrong with each field of a form: field name → its message.
Problems = dict[str, "Message | str"]


class UnreadableValue(ValueError):
    """A typed or imported value that cannot be read (a date, a due date); `message`
    says why and is shown in the user's language, str(error) is the Vietnamese."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message

    def with_values(self, **values: object) -> Message:
        """The same message with some of its fields told differently."""
        return Message(self.message.template, {**self.message.values, **values})
