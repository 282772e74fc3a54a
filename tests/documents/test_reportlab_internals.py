"""The reportlab internals the documents use (documents/reportlab_internals.py) are still
there and still mean the same: a reportlab release that renames, removes or changes one
fails here, not in a user's print job."""

from __future__ import annotations

import inspect
from weakref import WeakKeyDictionary

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, LongTable, Paragraph, Spacer, Table

from chibo_app.documents.fonts import REGULAR, register_fonts
from chibo_app.documents.reportlab_internals import (
    CachedSplitFace,
    at_top_of_frame,
    pdf_document,
    row_heights,
)
from chibo_app.documents.table_end import stacked_height

TEXT = "Đảng viên Nguyễn Thị Hồng Nhung — ắ ẵ ỗ ữ"


def test_a_canvas_draws_into_a_pdf_document(tmp_path):
    canvas = Canvas(str(tmp_path / "x.pdf"))
    assert isinstance(pdf_document(canvas), PDFDocument)


def test_the_font_methods_text_blocks_calls_with_the_document(tmp_path):
    assert list(inspect.signature(TTFont.splitString).parameters) == [
        "self", "text", "doc", "encoding"
    ]  # fmt: skip
    assert list(inspect.signature(TTFont.getSubsetInternalName).parameters) == [
        "self", "subset", "doc"
    ]  # fmt: skip
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    assert isinstance(font, CachedSplitFace)
    doc = pdf_document(Canvas(str(tmp_path / "x.pdf")))
    runs = font.splitString(TEXT, doc)
    assert runs and all(isinstance(s, int) and isinstance(part, bytes) for s, part in runs)
    assert font.getSubsetInternalName(runs[0][0], doc).startswith("/F")


def test_the_split_cache_lives_on_the_documents_font_state_and_answers_the_same(tmp_path):
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    assert isinstance(font.state, WeakKeyDictionary)
    doc = pdf_document(Canvas(str(tmp_path / "a.pdf")))
    first = font.splitString(TEXT, doc)
    assert font.state[doc].chibo_split[TEXT] is first
    assert font.splitString(TEXT, doc) is first  # from the cache
    # reportlab's own split, in a fresh document, gives the same runs.
    fresh = pdf_document(Canvas(str(tmp_path / "b.pdf")))
    assert TTFont.splitString(font, TEXT, fresh) == first


def test_a_wrapped_tables_row_heights():
    table = Table([["một"], ["hai\nba"], ["bốn"]])
    _width, height = table.wrap(200, 1000)
    heights = row_heights(table)
    assert len(heights) == 3 and sum(h or 0 for h in heights) == pytest.approx(height)
    assert heights[1] is not None and heights[0] is not None and heights[1] > heights[0]
    # A LongTable with a span measures rows only down to the height it is offered.
    long = LongTable([[str(n), "x"] for n in range(200)], style=[("SPAN", (0, 0), (0, 1))])
    long.wrap(200, 50)
    measured = row_heights(long)
    assert len(measured) == 200 and measured[0] is not None and measured[-1] is None


class _Probe(Flowable):
    """Asks to split every time, and notes whether its frame was at its top then."""

    def __init__(self, seen: list[bool]) -> None:
        super().__init__()
        self.seen = seen

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height + 100

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.seen.append(at_top_of_frame(self))
        return []


def test_whether_the_frame_is_at_its_top(tmp_path):
    canvas = Canvas(str(tmp_path / "x.pdf"))
    seen: list[bool] = []
    frame = Frame(0, 0, 300, 300)
    assert frame.split(_Probe(seen), canvas) == []  # nothing placed yet
    assert frame.add(Spacer(10, 20), canvas)
    assert frame.split(_Probe(seen), canvas) == []  # under the spacer
    assert seen == [True, False]
    assert not at_top_of_frame(_Probe(seen))  # in no frame at all


def test_stacked_height_is_how_a_frame_stacks_flowables(tmp_path):
    canvas = Canvas(str(tmp_path / "x.pdf"))
    style = ParagraphStyle("p", fontSize=10, leading=12, spaceBefore=6, spaceAfter=4)
    parts = [Spacer(10, 30), Paragraph("một dòng", style), Paragraph("dòng nữa", style)]
    # 30 + (0 after the spacer, 6 before) + 12 + (4 after, 6 before: 6) + 12
    assert stacked_height(parts, 200, canvas) == pytest.approx(30 + 6 + 12 + 6 + 12)
    assert stacked_height([Spacer(10, 0), *parts[1:]], 200, canvas) == pytest.approx(30)


class _Recording:
    """A graphics state that notes what renderPM's renderer asks of it."""

    def __init__(self, width, height, background):
        self.size, self.calls = (width, height, background), []
        self.ctm, self.fillColor, self.strokeColor = (1, 0, 0, 1, 0, 0), None, None

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args: self.calls.append((name, args))


def test_renderpm_drives_the_graphics_state_it_is_given():
    from reportlab.graphics.shapes import Drawing, Rect, String  # noqa: PLC0415

    from chibo_app.documents.reportlab_internals import draw_on_state  # noqa: PLC0415

    register_fonts()
    drawing = Drawing(100, 50)
    drawing.add(Rect(10, 10, 20, 30, fillColor="red", strokeColor=None))
    drawing.add(String(5, 5, TEXT, fontName=REGULAR, fontSize=9))
    state = draw_on_state(drawing, 144, _Recording)
    assert state.size == (200, 100, 0xFFFFFF)  # pixels at 144 dpi, white
    names = [name for name, _args in state.calls]
    assert ["pathBegin", "moveTo", "lineTo", "lineTo", "lineTo", "pathClose"] == names[
        names.index("pathBegin") : names.index("pathClose") + 1
    ]
    assert ("moveTo", (10, 10)) in state.calls and "pathFill" in names
    assert ("setFont", (REGULAR, 9)) in state.calls
    assert ("drawString", (5, 5, TEXT)) in state.calls
    assert state.ctm[0] == 2  # the scale to device pixels, as the state's transform
