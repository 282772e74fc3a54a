"""The reportlab internals the documents still use, all in one place.

Each is used because reportlab has no public route to the same thing, or the public one
is measurably slower; tests/documents/test_reportlab_internals.py fails when a reportlab
release renames, removes or changes one, so an upgrade stops at the test instead of at a
user's print job (pyproject bounds reportlab below the next major version too).

- `pdf_document(canvas)`: the canvas's PDFDocument (`Canvas._doc`). text_blocks writes
  the PDF text operators itself and caches each line's encoding on the document; the
  font subsets a line is encoded in (`TTFont.splitString`, `getSubsetInternalName`)
  belong to the document. Drawing the same lines through the public text object
  (`beginText`, `textOut`, `drawText`) made 500 plan forms 1.2–1.4× slower (measured on
  bench_plan_forms' forms, interleaved runs).
- `row_heights(table)`: a wrapped Table's row heights (`Table._rowHeights`), to split a
  list's table so that its last rows go over with the closing (table_end). No public
  accessor exists.
- `CachedSplitFace`: a TTFont whose `splitString` (text → runs per font subset, worked
  out character by character each time a line is drawn) remembers its answers on the
  font's per-document state (`TTFont.state[doc]`). A string's split never changes in a
  document once its characters have codes. For Paragraph text (the list PDFs) it cut
  the time spent splitting a 1,000-row nomination list from 490–680 ms to 10–60 ms.
- `draw_on_state(drawing, dpi, make_state)`: renderPM's own renderer walks a Drawing
  and drives a canvas (`PMCanvas`) whose graphics state comes from the rlPyCairo backend
  (`PMCanvas._getGState`, and `_gs` holds it); reportlab has no other raster route and
  rlPyCairo needs pycairo. Here the canvas is given our state instead (documents/
  chart_image.py paints it with Pillow), and its `setFont` / `drawString` pass fonts
  straight to it (reportlab's go through the missing backend's text paths).
- `at_top_of_frame(flowable)`: whether the frame asking a flowable to split is at its
  top (`Flowable._frame`, `Frame._atTop`), so a closing that cannot fit anywhere is
  drawn rather than pushed to the next page forever (table_end). No public accessor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from reportlab.graphics import renderPM
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table


def pdf_document(canvas: Canvas) -> PDFDocument:
    """The document `canvas` draws into (reportlab's `Canvas._doc`)."""
    internals: Any = canvas  # the stubs, like the docs, leave `_doc` out
    return cast(PDFDocument, internals._doc)


def row_heights(table: Table) -> list[float | None]:
    """The heights of `table`'s rows as laid out by its last `wrap` (`_rowHeights`);
    None for the rows a LongTable did not measure (with spanned rows it stops past the
    height it was offered)."""
    internals: Any = table  # not in the stubs either
    heights: list[float | None] = internals._rowHeights
    return [None if height is None else float(height) for height in heights]


S = TypeVar("S")


class _StateCanvas(renderPM.PMCanvas):
    """renderPM's canvas over the graphics state its `backend` argument makes."""

    def _getGState(  # noqa: N802 - reportlab's name, called as self._getGState(…)
        self, w: int, h: int, bg: int, backend: Any = None, fmt: str = "RGB24"
    ) -> Any:
        return backend(w, h, bg)

    def setFont(self, fontName: str, fontSize: float, leading: float | None = None) -> None:  # noqa: N802, N803
        self.__dict__["_gs"].setFont(fontName, fontSize)

    def drawString(  # noqa: N802
        self,
        x: float,
        y: float,
        text: str,
        _fontInfo: Any = None,  # noqa: N803 - (name, size) from the renderer
        text_anchor: str = "left",
        direction: str | None = None,
        shaping: bool = False,
    ) -> None:
        """`text` from (x, y) on its baseline: the renderer has applied the anchor."""
        state = self.__dict__["_gs"]
        if _fontInfo is not None:
            state.setFont(*_fontInfo)
        state.drawString(x, y, text)


def draw_on_state(drawing: Drawing, dpi: int, make_state: Callable[[int, int, int], S]) -> S:
    """Render `drawing` at `dpi` onto the graphics state `make_state(width, height,
    background)` makes (the pixel size, white); return that state."""
    canvas = _StateCanvas(drawing.width, drawing.height, dpi=dpi, bg=0xFFFFFF, backend=make_state)
    renderPM.draw(drawing, cast(Any, canvas), 0, 0)
    return cast(S, canvas.__dict__["_gs"])


def at_top_of_frame(flowable: Flowable) -> bool:
    """Whether the frame now placing `flowable` has placed nothing yet."""
    frame = getattr(flowable, "_frame", None)
    return bool(getattr(frame, "_atTop", False))


class CachedSplitFace(TTFont):
    """A TTFont that remembers, per document, how each string it drew splits into
    subsets (see the module notes); the cache goes with the document's font state."""

    def splitString(  # noqa: N802 - reportlab's name
        self, text: str | bytes, doc: PDFDocument, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        state: Any = self.state.get(doc)  # reportlab's per-document State, ours added
        cache: dict[str | bytes, list[tuple[int, bytes]]] | None = getattr(
            state, "chibo_split", None
        )
        if cache is not None:
            found = cache.get(text)
            if found is not None:
                return found
        found = super().splitString(text, doc, encoding)
        if cache is None:
            state = self.state[doc]  # splitting made it
            cache = state.chibo_split = {}
        cache[text] = found
        return found
