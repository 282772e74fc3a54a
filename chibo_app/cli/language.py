"""What the command line says, in the user's language.

Vietnamese is the source language; CHIBO_LANGUAGE=en (the variable the window also
honours) switches to English, read from the interface's own catalogue
(resources/i18n/chibo_en.ts, finished translations only), so the window and the command
line say the same thing. Qt is not needed for that: the .ts file is plain XML.
"""

from __future__ import annotations

import argparse
import functools
import os
import xml.etree.ElementTree as ET

from chibo_app.core.messages import Message, Translate, render
from chibo_app.resources_path import resource_path

ENVIRONMENT = "CHIBO_LANGUAGE"
LANGUAGES = ("vi", "en")
HELP_CONTEXT = "CommandLine"  # the command line's own help texts in the catalogue

# argparse's own words in Vietnamese (it looks them up through gettext at call time);
# in English it keeps its own.
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "lệnh và đối số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "the following arguments are required: %s": "thiếu đối số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu đối số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "not allowed with argument %s": "không dùng cùng với đối số %s",
}


def language() -> str:
    chosen = os.environ.get(ENVIRONMENT, "").strip().lower()
    return chosen if chosen in LANGUAGES else "vi"


def say(text: Message | str) -> str:
    """A message (or label) as the user reads it; other strings as they are."""
    if language() == "vi":
        return str(text)
    return render(text, _translator(language()))


def say_help(text: str) -> str:
    """A help text of the command line (written in Vietnamese) in the user's language."""
    if not text or language() == "vi":
        return text
    return _translator(language())(HELP_CONTEXT, text, -1)


def argparse_word(text: str) -> str:
    """argparse's gettext: its own words, in Vietnamese when that is the language."""
    return ARGPARSE_VI.get(text, text) if language() == "vi" else text


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with our help texts and descriptions in the user's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return say_help(action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(say_help(text))


@functools.cache
def _translator(code: str) -> Translate:
    catalogue = _catalogue(code)

    def translate(context: str, text: str, count: int) -> str:
        found = catalogue.get((context, text), text)
        if isinstance(found, str):
            return found
        return found[_plural_form(code, count, len(found))]

    return translate


def _plural_form(code: str, count: int, forms: int) -> int:
    """Which plural form a count takes (Qt's rule for the languages shipped: English has
    one for 1 and one for every other number, Vietnamese has one)."""
    if code == "en" and count != 1:
        return min(1, forms - 1)
    return 0


def _catalogue(code: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    path = resource_path("i18n", f"chibo_{code}.ts")
    try:
        root = ET.parse(path).getroot()  # our own file, shipped with the app
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            if forms and all(forms):
                found[(name, message.findtext("source") or "")] = forms
            elif translation.text and not forms:
                found[(name, message.findtext("source") or "")] = translation.text
    return found
