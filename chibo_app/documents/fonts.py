"""The one font family every printed document uses, shipped with the app.

Liberation Serif 2 has Times New Roman's metrics (what party documents are typed in)
and every precomposed Vietnamese letter. The TTFs live in resources/fonts/ so the
app never depends on the fonts of the machine it runs on; reportlab embeds a subset
of each face it uses in every PDF.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from chibo_app.resources_path import fonts_folder

FAMILY = "LiberationSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()


class _Face(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
    """A TTFont that remembers, per document, how each string it drew splits into
    subsets. reportlab redoes that character by character for every line it draws (the
    largest single cost of a 500-form batch); the wording every form repeats and the
    words people share are split once. A string's split never changes once its
    characters have codes, and the cache lives on the document's own font state, so it
    goes with the document."""

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:  # noqa: N802
        state = self.state.get(doc)
        cache: dict[Any, Any] | None = getattr(state, "chibo_split", None)
        if cache is not None:
            found = cache.get(text)
            if found is not None:
                return found
        found = super().splitString(text, doc, encoding)
        if cache is None:
            cache = self.state[doc].chibo_split = {}
        cache[text] = found
        return found


_registered = False


def register_fonts() -> str:
    """Register the four faces as one family (so <b> and <i> work); return its name.

    Safe to call often and from a worker thread: the TTFs are parsed once per process.
    """
    global _registered
    with _lock:
        if not _registered:
            folder = fonts_folder()
            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(_Face(name, str(folder / file_name)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            # Paragraph markup resolves <b>/<i> through this table too.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FAMILY, bold, italic, face(bold=bool(bold), italic=bool(italic)))
            _registered = True
    return FAMILY


def face(*, bold: bool = False, italic: bool = False) -> str:
    """The registered font name of one face of the family."""
    if bold and italic:
        return BOLD_ITALIC
    if bold:
        return BOLD
    return ITALIC if italic else REGULAR
