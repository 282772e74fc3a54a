"""Refresh the interface translations from the source code.

    .venv/bin/python packaging/update_translations.py           # update the .ts files
    .venv/bin/python packaging/update_translations.py --check   # also fail on unfinished
    .venv/bin/python packaging/update_translations.py --qm DIR  # and compile .qm into DIR

Runs PySide6's lupdate over chibo_app/ui/**/*.py and forms/*.ui into
resources/i18n/chibo_vi.ts and chibo_en.ts, then adds the labels core/ and services/
show on screen (context CoreLabels, read from the tables listed in
chibo_app/ui/core_text.py). lupdate merges: translations already made
are kept, new source texts come in as "unfinished", texts gone from the code are
dropped. Vietnamese is the source language, so every message of chibo_vi.ts is then
marked finished with the source as its translation. New English texts are left
unfinished for a translator (Qt Linguist: `pyside6-linguist resources/i18n/chibo_en.ts`);
the test tests/ui/test_translations.py fails while any is left.

qtbase_vi.ts (Qt's own buttons, file dialog and context menus) is written by hand and
not touched here.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TARGETS = {"vi": "vi_VN", "en": "en_GB"}
PLURAL_FORMS = {"vi": 1, "en": 2}  # Qt's plural forms of each language
LABELS = "CoreLabels"
MESSAGES = "CoreMessages"
HELP = "CommandLine"
# Where msg("…") templates are collected from: every layer without Qt.
MESSAGE_SOURCES = ("core", "storage", "documents", "spreadsheets", "services", "cli")


def tool(name: str) -> Path:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / f"{name}.exe", folder / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{name} not found in {folder}")


def sources() -> list[Path]:
    python = sorted((ROOT / "chibo_app" / "ui").rglob("*.py"))
    forms = sorted((ROOT / "forms").glob("*.ui"))
    return [p for p in python if "__pycache__" not in p.parts] + forms


def run_lupdate(ts: Path, language: str) -> None:
    command = [
        str(tool("lupdate")),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "vi_VN",
        "-target-language",
        TARGETS[language],
        *(str(p.relative_to(ROOT)) for p in sources()),
        "-ts",
        str(ts.relative_to(ROOT)),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def core_labels() -> list[str]:
    """The labels core and services show on screen (see chibo_app/ui/core_text.py)."""
    sys.path.insert(0, str(ROOT))
    from chibo_app.ui import core_text

    return core_text.all_labels()


def core_messages() -> list[str]:
    """The templates of every `msg("…")` and `plural_msg("…")` below ui/ (see
    chibo_app/core/messages.py), read from the source without importing it."""
    sys.path.insert(0, str(ROOT))
    from chibo_app.core.message_catalogue import templates_in

    found: dict[str, None] = {}
    for layer in MESSAGE_SOURCES:
        for path in sorted((ROOT / "chibo_app" / layer).rglob("*.py")):
            for template in templates_in(path):
                found.setdefault(template, None)
    return list(found)


def plural_messages() -> set[str]:
    """Those of core_messages() with plural forms (`plural_msg("…")`)."""
    sys.path.insert(0, str(ROOT))
    from chibo_app.core.message_catalogue import plural_templates_in

    return {
        template
        for layer in MESSAGE_SOURCES
        for path in sorted((ROOT / "chibo_app" / layer).rglob("*.py"))
        for template in plural_templates_in(path)
    }


def help_texts() -> list[str]:
    """The help and description texts of the `chibo` command's parsers."""
    sys.path.insert(0, str(ROOT))
    from chibo_app.core.message_catalogue import help_texts_in

    found: dict[str, None] = {}
    for path in sorted((ROOT / "chibo_app" / "cli").rglob("*.py")):
        for text in help_texts_in(path):
            found.setdefault(text, None)
    return list(found)


def saved_translations(ts: Path, context: str) -> dict[str, ET.Element]:
    """context's <translation> elements by source text, before lupdate drops them."""
    if not ts.is_file():
        return {}
    found = {}
    for name, message in messages(ET.parse(ts)):
        translation = message.find("translation")
        if name == context and translation is not None:
            found[message.findtext("source") or ""] = translation
    return found


def add_texts(
    ts: Path,
    name: str,
    texts: list[str],
    saved: dict[str, ET.Element],
    plural: frozenset[str] | set[str] = frozenset(),
    forms: int = 2,
) -> None:
    """The context `name` holds `texts` too, translated ones kept. lupdate does not see
    them (core's label tables, the msg() templates below ui/), so they are added here;
    those in `plural` as plural messages (numerus="yes", `forms` plural forms: the
    language's, one in Vietnamese and two in English)."""
    tree = ET.parse(ts)
    top = tree.getroot()
    context = next((c for c in top.iter("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(top, "context")
        ET.SubElement(context, "name").text = name
    present = {m.findtext("source") for m in context.iter("message")}
    for text in texts:
        if text in present:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        kept = saved.get(text)
        kept_forms = None if kept is None else kept.findall("numerusform")
        if text in plural:
            message.set("numerus", "yes")
            if not kept_forms or len(kept_forms) != forms:
                kept = ET.Element("translation", {"type": "unfinished"})
                for _ in range(forms):
                    ET.SubElement(kept, "numerusform")
        elif kept is None or kept_forms:
            kept = ET.Element("translation", {"type": "unfinished"})
        message.append(kept)
    contexts = sorted(top.findall("context"), key=lambda c: c.findtext("name") or "")
    for c in top.findall("context"):
        top.remove(c)
    top.extend(contexts)
    write(tree, ts)


def messages(tree: ET.ElementTree[ET.Element]) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def finish_source_language(ts: Path) -> int:
    """chibo_vi.ts: each translation is its source text, marked finished."""
    tree = ET.parse(ts)
    changed = 0
    for _context, message in messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            if not forms:
                forms = [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = source
            translation.text = None
        else:
            translation.text = source
        if translation.get("type") is not None:
            changed += 1
            del translation.attrib["type"]
    write(tree, ts)
    return changed


def _protect(text: str) -> str:
    """Escape as lupdate does, so the files do not churn between lupdate and this script."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 and char not in "\n\t":
            out.append(f"&#x{ord(char):x};")
        else:
            out.append(char)
    return "".join(out)


_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _element(element: ET.Element, indent: int) -> list[str]:
    pad = " " * indent
    attrs = "".join(f' {key}="{_protect(value)}"' for key, value in element.attrib.items())
    children = list(element)
    if not children:
        return [f"{pad}<{element.tag}{attrs}>{_protect(element.text or '')}</{element.tag}>"]
    lines = [f"{pad}<{element.tag}{attrs}>"]
    for child in children:
        lines += _element(child, indent + 4)
    lines.append(f"{pad}</{element.tag}>")
    return lines


def write(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    """Write in lupdate's own layout (contexts at the margin, four-space indents)."""
    top = tree.getroot()
    attrs = "".join(f' {key}="{_protect(value)}"' for key, value in top.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in top:
        lines += _element(context, 0)
    lines.append("</TS>")
    ts.write_text("\n".join(lines) + "\n", encoding="utf-8")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    found = []
    for context, message in messages(ET.parse(ts)):
        translation = message.find("translation")
        texts = [translation.text or ""] if translation is not None else [""]
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")] or [""]
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(t.strip() for t in texts)
        ):
            found.append((context, message.findtext("source") or ""))
    return found


def compile_all(folder: Path) -> list[Path]:
    """Every resources/i18n/*.ts compiled into `folder` (for a packaged build)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = folder / f"{ts.stem}.qm"
        subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is unfinished")
    parser.add_argument("--qm", type=Path, help="also compile every .ts into this folder")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in TARGETS:
        ts = I18N / f"chibo_{language}.ts"
        saved_labels = saved_translations(ts, LABELS)
        saved_messages = saved_translations(ts, MESSAGES)
        saved_help = saved_translations(ts, HELP)
        run_lupdate(ts, language)
        add_texts(ts, LABELS, core_labels(), saved_labels)
        add_texts(
            ts, MESSAGES, core_messages(), saved_messages, plural_messages(), PLURAL_FORMS[language]
        )
        add_texts(ts, HELP, help_texts(), saved_help)
        if language == "vi":
            finish_source_language(ts)
        left = unfinished(ts)
        total = len(messages(ET.parse(ts)))
        print(f"{ts.relative_to(ROOT)}: {total} messages, {len(left)} unfinished")
        for context, source in left[:20]:
            print(f"    {context}: {source[:70]!r}")
        if len(left) > 20:
            print(f"    … and {len(left) - 20} more")
        if left and args.check:
            status = 1
    if args.qm:
        for qm in compile_all(args.qm):
            print(qm)
    return status


if __name__ == "__main__":
    sys.exit(main())
