"""The one font family every printed document uses, shipped with the app.

Liberation Serif 2 has Times New Roman's metrics (what party documents are typed in)
and every precomposed Vietnamese letter. The TTFs live in resources/fonts/ so the
app never depends on the fonts of the machine it runs on; reportlab embeds a subset
of each face it uses in every PDF.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from chibo_app.documents.reportlab_internals import CachedSplitFace
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
                pdfmetrics.registerFont(CachedSplitFace(name, str(folder / file_name)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            # Paragraph markup resolves <b>/<i> through this table too.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FAMILY, bold, italic, face(bold=bool(bold), italic=bool(italic)))
            _registered = True
    return FAMILY


def font_file(name: str) -> Path:
    """The TTF file of a registered face (for drawing text outside reportlab)."""
    return fonts_folder() / _FILES[name]


def face(*, bold: bool = False, italic: bool = False) -> str:
    """The registered font name of one face of the family."""
    if bold and italic:
        return BOLD_ITALIC
    if bold:
        return BOLD
    return ITALIC if italic else REGULAR
