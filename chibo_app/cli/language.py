"""What the command line says, in the user's language.

Vietnamese is the source language; CHIBO_LANGUAGE=en (the variable the window also
honours) switches to English, read from the interface's own catalogue
(resources/i18n/chibo_en.ts, finished translations only), so the window and the command
line say the same thing. Qt is not needed for that: the .ts file is plain XML.
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ET

from chibo_app.core.messages import Message, Translate, render
from chibo_app.resources_path import resource_path

ENVIRONMENT = "CHIBO_LANGUAGE"
LANGUAGES = ("vi", "en")


def language() -> str:
    chosen = os.environ.get(ENVIRONMENT, "").strip().lower()
    return chosen if chosen in LANGUAGES else "vi"


def say(text: Message | str) -> str:
    """A message (or label) as the user reads it; other strings as they are."""
    if language() == "vi":
        return str(text)
    return render(text, _translator(language()))


@functools.cache
def _translator(code: str) -> Translate:
    catalogue = _catalogue(code)

    def translate(context: str, text: str) -> str:
        return catalogue.get((context, text), text)

    return translate


def _catalogue(code: str) -> dict[tuple[str, str], str]:
    path = resource_path("i18n", f"chibo_{code}.ts")
    try:
        root = ET.parse(path).getroot()  # our own file, shipped with the app
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            found[(name, message.findtext("source") or "")] = translation.text
    return found
