"""Paragraph styles of party documents, derived from PageSettings (one set per settings)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from chibo_app.documents import fonts
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.text_blocks import CENTRE, JUSTIFY, LEFT, TextStyle

_ALIGNS: dict[object, str] = {TA_CENTER: CENTRE, TA_JUSTIFY: JUSTIFY}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # justified, first line indented
    plain: ParagraphStyle  # justified, no indent (field lines, list items)
    heading: ParagraphStyle  # bold section heading
    title: ParagraphStyle
    summary: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    centre_italic: ParagraphStyle
    cell: ParagraphStyle  # table body
    cell_centre: ParagraphStyle
    cell_header: ParagraphStyle
    label: ParagraphStyle  # "Nơi nhận:"
    small: ParagraphStyle  # the recipients
    text: TextStyles  # the same looks for plain-text TextBlocks (the fast path)


@dataclass(frozen=True)
class TextStyles:
    body: TextStyle
    plain: TextStyle
    heading: TextStyle
    title: TextStyle
    centre: TextStyle
    centre_bold: TextStyle
    centre_italic: TextStyle
    cell: TextStyle
    cell_centre: TextStyle
    cell_header: TextStyle
    label: TextStyle
    small: TextStyle


def text_style(style: ParagraphStyle) -> TextStyle:
    align = _ALIGNS.get(style.alignment, LEFT)
    return TextStyle(
        font=style.fontName,
        size=style.fontSize,
        leading=style.leading,
        align=align,
        first_indent=style.firstLineIndent,
        space_before=style.spaceBefore,
        space_after=style.spaceAfter,
    )


@functools.lru_cache(maxsize=8)
def styles_for(settings: PageSettings) -> Styles:
    fonts.register_fonts()
    size = settings.body_size
    base = ParagraphStyle(
        "base",
        fontName=fonts.REGULAR,
        fontSize=size,
        leading=settings.leading,
        alignment=TA_JUSTIFY,
        spaceAfter=settings.paragraph_space,
    )
    body = ParagraphStyle("body", base, firstLineIndent=settings.first_line_indent_mm * mm)
    plain = ParagraphStyle("plain", base)
    heading = ParagraphStyle(
        "heading",
        body,
        fontName=fonts.BOLD,
        spaceBefore=settings.paragraph_space,
        keepWithNext=1,  # never a section heading alone at the foot of a page
    )
    centre = ParagraphStyle("centre", base, alignment=TA_CENTER, spaceAfter=0)
    centre_bold = ParagraphStyle("centre_bold", centre, fontName=fonts.BOLD)
    centre_italic = ParagraphStyle("centre_italic", centre, fontName=fonts.ITALIC)
    title = ParagraphStyle(
        "title",
        centre_bold,
        fontSize=settings.title_size,
        leading=settings.title_size * 1.25,
        spaceBefore=settings.body_size * 1.2,
        spaceAfter=2,
    )
    summary = ParagraphStyle("summary", centre_bold, spaceAfter=settings.body_size * 0.6)
    table_size = settings.table_size
    cell = ParagraphStyle(
        "cell",
        base,
        fontSize=table_size,
        leading=table_size * 1.2,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    cell_centre = ParagraphStyle("cell_centre", cell, alignment=TA_CENTER)
    cell_header = ParagraphStyle("cell_header", cell_centre, fontName=fonts.BOLD)
    label = ParagraphStyle(
        "label",
        base,
        fontName=fonts.BOLD_ITALIC,
        fontSize=settings.small_size,
        leading=settings.small_size * 1.2,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    small = ParagraphStyle(
        "small",
        label,
        fontName=fonts.REGULAR,
        fontSize=settings.small_size - 1,
        leading=(settings.small_size - 1) * 1.2,
    )
    return Styles(
        body=body,
        plain=plain,
        heading=heading,
        title=title,
        summary=summary,
        centre=centre,
        centre_bold=centre_bold,
        centre_italic=centre_italic,
        cell=cell,
        cell_centre=cell_centre,
        cell_header=cell_header,
        label=label,
        small=small,
        text=TextStyles(
            body=text_style(body),
            plain=text_style(plain),
            heading=text_style(heading),
            title=text_style(title),
            centre=text_style(centre),
            centre_bold=text_style(centre_bold),
            centre_italic=text_style(centre_italic),
            cell=text_style(cell),
            cell_centre=text_style(cell_centre),
            cell_header=text_style(cell_header),
            label=text_style(label),
            small=text_style(small),
        ),
    )
