"""Two plans side by side, the passages they share highlighted."""

from __future__ import annotations

from html import escape

from chibo_app.core.copy_detection import Passages

HIGHLIGHT = "background-color: #ffe08a;"


def highlighted_html(
    title: str, items: list[str], ranges: tuple[tuple[tuple[int, int], ...], ...]
) -> str:
    """The items as paragraphs, with the given character ranges highlighted."""
    parts = [f"<p><b>{escape(title)}</b></p>"]
    for text, spans in zip(items, ranges, strict=True):
        html, last = [], 0
        for start, end in _merged(spans):
            html.append(escape(text[last:start]))
            html.append(f'<span style="{HIGHLIGHT}">{escape(text[start:end])}</span>')
            last = end
        html.append(escape(text[last:]))
        parts.append(f"<p>• {''.join(html)}</p>")
    return "".join(parts)


def side_by_side(
    mine_title: str, mine: list[str], other_title: str, other: list[str], passages: Passages
) -> tuple[str, str]:
    return (
        highlighted_html(mine_title, mine, passages.a),
        highlighted_html(other_title, other, passages.b),
    )


def _merged(spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
