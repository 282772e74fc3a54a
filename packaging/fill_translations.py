"""Fill unfinished English translations from a JSON file of {context: {source: text}}.

    .venv/bin/python packaging/fill_translations.py texts.json

For a batch of new texts written with their English at hand (Qt Linguist is the tool for
one at a time). Only messages still marked unfinished change, in place, line by line as
lupdate wrote them, so the diff shows the new translations and nothing else.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "chibo_en.ts"
_ENTITIES = {'"': "&quot;", "'": "&apos;"}


def fill(texts: dict[str, dict[str, str]]) -> int:
    ts = TS.read_text(encoding="utf-8")
    done = 0
    for context, messages in texts.items():
        start = ts.find(f"<name>{escape(context)}</name>")
        if start < 0:
            continue
        end = ts.find("</context>", start)
        block = ts[start:end]
        for source, text in messages.items():
            if isinstance(text, list):  # the plural forms of a numerus message
                block, count = _fill_forms(block, source, text)
                done += count
                continue
            pattern = re.compile(
                r"(<source>"
                + re.escape(escape(source, _ENTITIES))
                + r"</source>\s*)<translation type=\"unfinished\">[^<]*</translation>"
            )
            block, count = pattern.subn(
                lambda m, t=text: m.group(1) + f"<translation>{escape(t, _ENTITIES)}</translation>",
                block,
            )
            done += count
        ts = ts[:start] + block + ts[end:]
    TS.write_text(ts, encoding="utf-8")
    return done


def _fill_forms(block: str, source: str, forms: list[str]) -> tuple[str, int]:
    pattern = re.compile(
        r"(<source>"
        + re.escape(escape(source, _ENTITIES))
        + r"</source>\s*)<translation type=\"unfinished\">(\s*)(?:<numerusform>[^<]*</numerusform>\s*"
        + r"|<numerusform/>\s*)+</translation>"
    )

    def filled(match: re.Match[str]) -> str:
        pad = match.group(2)
        inner = "".join(f"{pad}<numerusform>{escape(f, _ENTITIES)}</numerusform>" for f in forms)
        return match.group(1) + f"<translation>{inner}{pad[:-4]}</translation>"

    return pattern.subn(filled, block)


if __name__ == "__main__":
    print(fill(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))), "filled")
