"""Pieces of a personal plan as people type them: item markers, dotted leaders, inline
targets and due dates, and the lines that open each part of seed 003's form.

Matching is done on folded text (no diacritics, lower case) that keeps the length of
the original, so a match's position cuts the original text: what is read back is what
was typed, accents and capitals included.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from chibo_app.core.text import clean, fold

# Dotted leaders and writing lines: "......", "…………", "____", ". . . ." (3 or more).
_LEADERS = re.compile(r"(?:[.…·_][ \t\u00a0]*){3,}|…{2,}")
# A list marker at the start of an item: a dash or bullet glyph (also the Symbol-font
# characters Word leaves in pasted text), or a number/letter followed by a space.
_MARKER = re.compile(
    r"^\s*(?:(?P<bullet>[-–—•*+●○◦▪■□➢➤►✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc])\s*"
    r"|(?P<number>\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[ivx]{1,4})[.):])\s+)",
    re.IGNORECASE,
)
_TARGET_KEY = (
    r"chi tieu(?:\s*,\s*san pham)?(?:\s*,\s*ket qua)?(?: du kien)?"
    r"|san pham(?:\s*,\s*ket qua)?(?: du kien)?|ket qua(?: du kien| dat duoc)?|muc tieu"
)
_DUE_KEY = (
    r"thoi gian hoan thanh|thoi gian thuc hien|thoi gian|thoi han(?: hoan thanh)?"
    r"|tien do(?: hoan thanh)?|hoan thanh"
)
_KEYS = re.compile(
    rf"(?:^|(?<=[\s(;,.\-–+•]))(?P<key>(?P<target>{_TARGET_KEY})|(?P<due>{_DUE_KEY}))\s*:"
)
_SEPARATORS = " \t;,.-–"
_NOTHING = {"khong", "khong co", "khong co noi dung", "chua co", "khong dang ky"}


@functools.lru_cache(maxsize=2048)
def _fold_char(ch: str) -> str:
    return fold(ch)[:1] or ch


def fold_aligned(text: str) -> str:
    """fold() one character at a time: the result has exactly the length of `text` (NFC
    text in; a character that folds to nothing stays as it is)."""
    return "".join(_fold_char(ch) for ch in text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def without_leaders(text: str) -> str:
    """Dotted leaders and underscores of a form's writing lines taken out; tabs become
    spaces; spaces single. A full stop typed before a leader ("số. ……") stays."""

    def leader(match: re.Match[str]) -> str:
        start, dots = match.start(), match.group()
        typed = start > 0 and match.string[start - 1].isalnum() and dots[:2] in (". ", ".\t")
        return ". " if typed else " "

    return clean(_LEADERS.sub(leader, nfc(text)).replace("\t", " ")).replace(" .", ".")


def marker(text: str) -> tuple[str, str]:
    """('bullet' | 'number' | '', the text without its list marker)."""
    match = _MARKER.match(text)
    if match is None:
        return "", text.strip()
    kind = "bullet" if match.group("bullet") else "number"
    return kind, text[match.end() :].strip()


def is_nothing(text: str) -> bool:
    """'Không', 'Không có.', '(không)': a part left empty on purpose."""
    return fold(text).strip(" .;:()-") in _NOTHING


def inline_parts(text: str) -> tuple[str, list[str], list[str]]:
    """(task text, targets, due dates) of one typed line.

    "Viết 02 bài (Sản phẩm: 02 bài đăng; thời gian hoàn thành: quý II/2026)" and
    "Viết 02 bài. Chỉ tiêu: 02 bài. Thời gian: quý II" both give ("Viết 02 bài",
    ["02 bài đăng"], ["quý II/2026"]). A line with no key is all task text.
    """
    folded = fold_aligned(text)
    found = list(_KEYS.finditer(folded))
    if not found:
        return text.strip(), [], []
    head = text[: found[0].start("key")]
    opened = head.rstrip(_SEPARATORS).endswith("(")
    head = head.rstrip(_SEPARATORS).removesuffix("(").rstrip(_SEPARATORS)
    targets: list[str] = []
    dues: list[str] = []
    for n, match in enumerate(found):
        end = found[n + 1].start("key") if n + 1 < len(found) else len(text)
        value = _value(text[match.end() : end], last=n + 1 == len(found) and opened)
        if value:
            (dues if match.group("due") else targets).append(value)
    return head, targets, dues


def _value(text: str, *, last: bool) -> str:
    value = text.strip().rstrip(_SEPARATORS + "(").strip()
    if last:  # the ")" that closes "(Sản phẩm: …; thời gian: …)"
        value = value.rstrip(" .;,")
        if value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1]
    value = value.strip().rstrip(_SEPARATORS).strip()
    return value.lstrip(_SEPARATORS).strip()


def trailing_bracket(text: str) -> tuple[str, str] | None:
    """'Làm X (quý II/2026)' → ('Làm X', 'quý II/2026'); None without a final bracket."""
    stripped = text.rstrip(" .;,")
    if not stripped.endswith(")") or "(" not in stripped:
        return None
    start = stripped.rindex("(")
    inside = stripped[start + 1 : -1].strip()
    return (stripped[:start].rstrip(_SEPARATORS), inside) if inside else None


# --- the lines that open the parts of the form -------------------------------------

# Only the headings' own words: an item that merely starts "Khắc phục …" or "Nêu gương
# …" must never be taken for a heading (and lost).
_SECTION_1 = re.compile(r"giai phap khac phuc")
_SECTION_2 = re.compile(r"noi dung\W{0,3}lam theo")
_SECTION_3 = re.compile(r"noi dung\W{0,3}neu guong")
_END = re.compile(
    r"^(?:xac nhan cua (?:chi bo|cap uy|chi uy)|nguoi (?:xay dung|lap|viet) ke hoach"
    r"|\(?ky,? (?:va )?ghi ro ho|t/m chi bo|tm\. chi bo)"
)
_BOILERPLATE = re.compile(
    r"^(?:tren co so nhiem vu duoc giao|toi xay dung ke hoach hoc tap|sinh hoat tai chi bo)"
)
_INTRO = re.compile(r"^toi xay dung ke hoach")


def heading_of(folded: str) -> int | None:
    """1, 2 or 3 for the line that opens that part of the form; 4 for the signatures."""
    start = folded[:120]
    if _END.match(folded):
        return 4
    if _SECTION_2.search(start):
        return 2
    if _SECTION_3.search(start):
        return 3
    if _SECTION_1.search(start):
        return 1
    return None


def is_boilerplate(folded: str) -> bool:
    """The form's own sentences that are neither a field nor an item."""
    return bool(_BOILERPLATE.match(folded))


def is_intro(folded: str) -> bool:
    """'Tôi xây dựng kế hoạch … như sau:': what follows is the plan itself."""
    return bool(_INTRO.match(folded))


def after_colon(text: str) -> str:
    """What follows the first ':' of a heading ('3. … (nếu có): Không' → 'Không')."""
    return text.split(":", 1)[1].strip() if ":" in text else ""
