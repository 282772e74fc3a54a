"""Legacy Vietnamese text (TCVN3/ABC and VNI-Windows) to and from Unicode.

Old spreadsheets were typed with 8-bit fonts: the bytes were stored as if they were
Windows-1252, so an .xlsx opened today holds Latin-1 look-alikes ("NguyÔn V¨n An").

TCVN3 (".VnTime", ".VnArial", and the all-caps ".VnTimeH"): one byte per letter.
Upper-case codes exist only for Ă Â Ê Ô Ơ Ư Đ; a toned capital ("Ấ") was typed with
the lower-case code and shown in capitals by the "H" fonts. So `unicode_to_tcvn3`
writes toned capitals with the lower-case code, and `tcvn3_to_unicode` can only
recover their case from context: a text whose plain letters are all capitals, or a
word with capitals after its first letter and no plain lower-case letter, is
upper-cased ("NGUYÔN" -> "NGUYỄN"); otherwise the toned vowel stays lower case
("¸nh" -> "ánh") and callers title-case names themselves.

VNI-Windows ("VNI-Times", "VNI-*"): a base letter followed by one mark byte
("Vaên" = Văn, "Nguyeãn" = Nguyễn), with single bytes for ơ ư đ and the toned i/ỵ.
Marks have upper-case forms used after capitals ("NGUYEÃN").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Literal

Encoding = Literal["tcvn3", "vni"]

# Tone order used by both tables below: sắc, huyền, hỏi, ngã, nặng.
_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_BASES = "aăâeêioôơuưy"

# --- TCVN3 -----------------------------------------------------------------
# Per base vowel: the untoned code (or None if it is plain ASCII), then the five tones.
_TCVN3_VOWELS = {
    "a": ("a", "¸µ¶·¹"),
    "ă": ("¨", "¾»¼½Æ"),
    "â": ("©", "ÊÇÈÉË"),
    "e": ("e", "ÐÌÎÏÑ"),
    "ê": ("ª", "ÕÒÓÔÖ"),
    "i": ("i", "Ý×ØÜÞ"),
    "o": ("o", "ãßáâä"),
    "ô": ("«", "èåæçé"),
    "ơ": ("¬", "íêëìî"),
    "u": ("u", "óïñòô"),
    "ư": ("\xad", "øõö÷ù"),
    "y": ("y", "ýúûüþ"),
}
_TCVN3_CAPITALS = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _tcvn3_tables() -> tuple[dict[str, str], dict[str, str]]:
    decode: dict[str, str] = {"®": "đ"}
    encode: dict[str, str] = {"đ": "®"}
    for base, (plain, toned) in _TCVN3_VOWELS.items():
        if plain != base:
            decode[plain] = base
            encode[base] = plain
        for tone, code in zip(_TONES, toned, strict=True):
            letter = _compose(base, tone)
            decode[code] = letter
            encode[letter] = code
            encode[letter.upper()] = code  # no upper-case toned codes in TCVN3
    for capital, code in _TCVN3_CAPITALS.items():
        decode[code] = capital
        encode[capital] = code
    return decode, encode


_TCVN3_DECODE, _TCVN3_ENCODE = _tcvn3_tables()
_TCVN3_DECODE_TABLE = str.maketrans(_TCVN3_DECODE)
_TCVN3_ENCODE_TABLE = str.maketrans(_TCVN3_ENCODE)
_WORD = re.compile(r"\S+")
# Toned vowels have no capital codes, so an all-caps word shows them in lower case;
# ă â ê ô ơ ư đ do have capital codes: in lower case they were meant so.
_TONED_TO_UPPER = str.maketrans(
    {
        letter: letter.upper()
        for letter in _TCVN3_DECODE.values()
        if letter.islower() and letter not in "ăâêôơưđ"
    }
)

# --- VNI ---------------------------------------------------------------------
# Marks after a base letter (lower-case forms; upper-case = .upper()).
_VNI_TONE_MARKS = "ùøûõï"  # sắc huyền hỏi ngã nặng
_VNI_CIRCUMFLEX = ("â", "áàåãä")  # â ê ô, alone and with each tone
_VNI_BREVE = ("ê", "éèúüë")  # ă, alone and with each tone
# Letters that are a single byte in VNI: ơ ư đ, the toned i, and ỵ.
_VNI_SINGLE = {
    "ơ": "ô",
    "ư": "ö",
    "đ": "ñ",
    "í": "í",
    "ì": "ì",
    "ỉ": "æ",
    "ĩ": "ó",
    "ị": "ò",
    "ỵ": "î",
}


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Unicode letter -> VNI text, and VNI text (1-2 chars) -> Unicode letter."""
    encode: dict[str, str] = {}
    for base in _BASES:
        for tone_index, tone in enumerate(("",) + _TONES):
            letter = _compose(base, tone)
            if letter in _VNI_SINGLE:
                code = _VNI_SINGLE[letter]
            elif base in "âêô":
                plain = {"â": "a", "ê": "e", "ô": "o"}[base]
                marks = _VNI_CIRCUMFLEX
                code = plain + (marks[0] if tone_index == 0 else marks[1][tone_index - 1])
            elif base == "ă":
                code = "a" + (_VNI_BREVE[0] if tone_index == 0 else _VNI_BREVE[1][tone_index - 1])
            elif base == "i":
                continue  # toned i are all single bytes, handled above
            else:
                head = _VNI_SINGLE.get(base, base)
                code = head + ("" if tone_index == 0 else _VNI_TONE_MARKS[tone_index - 1])
            encode[letter] = code
    encode["đ"] = _VNI_SINGLE["đ"]
    for letter, code in list(encode.items()):
        encode[letter.upper()] = code.upper()
    decode = {code: letter for letter, code in encode.items() if len(code) > 1 or code != letter}
    return encode, decode


_VNI_ENCODE, _VNI_DECODE = _vni_tables()
_VNI_ENCODE_TABLE = str.maketrans({k: v for k, v in _VNI_ENCODE.items() if k != v})
_VNI_MARKS = set(
    _VNI_TONE_MARKS + _VNI_CIRCUMFLEX[0] + _VNI_CIRCUMFLEX[1] + _VNI_BREVE[0] + _VNI_BREVE[1]
)
_VNI_MARKS |= {m.upper() for m in _VNI_MARKS}
_VNI_SINGLE_CODES = {code: letter for code, letter in _VNI_DECODE.items() if len(code) == 1}
# One pass: a base letter with its mark, or a single-byte letter. Two passes would
# decode the output of the first again (Unicode "ô" is VNI's code for "ơ").
_VNI_TOKEN = re.compile(
    "([aeiouyAEIOUYôöÔÖ])([" + "".join(sorted(_VNI_MARKS)) + "])"
    "|([" + "".join(sorted(_VNI_SINGLE_CODES)) + "])"
)


def _vni_token(match: re.Match[str]) -> str:
    single = match.group(3)
    if single is not None:
        return _VNI_SINGLE_CODES[single]
    base, mark = match.group(1), match.group(2)
    # A mark typed in the other case than its base still means the same letter.
    letter = _VNI_DECODE.get(base + (mark.upper() if base.isupper() else mark.lower()))
    if letter is None:  # not a valid pair, e.g. "uâ": decode each char on its own
        return _VNI_SINGLE_CODES.get(base, base) + _VNI_SINGLE_CODES.get(mark, mark)
    return letter


# --- conversions ----------------------------------------------------------------


def tcvn3_to_unicode(text: str, *, all_caps: bool = False) -> str:
    """Decode TCVN3 text; `all_caps` for .VnTimeH fonts, which show every letter capital."""
    decoded = text.translate(_TCVN3_DECODE_TABLE)
    if all_caps:
        decoded = decoded.upper()
    elif _typed_in_capitals(text):
        decoded = decoded.translate(_TONED_TO_UPPER)
    else:
        decoded = _WORD.sub(_restore_caps, decoded)
    return unicodedata.normalize("NFC", decoded)


def _typed_in_capitals(text: str) -> bool:
    """ "CHI Bé Së NGO¹I" was typed all-caps: its plain letters say so."""
    letters = [c for c in text if c.isascii() and c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _restore_caps(match: re.Match[str]) -> str:
    # A word like "NGUYễN" or "ủY" (capitals after the first letter, no plain
    # lower-case letter) was typed in capitals with a lower-case toned code.
    word = match.group(0)
    plain = [(i, c) for i, c in enumerate(word) if c.isascii() and c.isalpha()]
    if any(c.islower() for _, c in plain) or not any(i > 0 and c.isupper() for i, c in plain):
        return word
    return word.translate(_TONED_TO_UPPER)


def unicode_to_tcvn3(text: str) -> str:
    """Encode to TCVN3; toned capitals get the lower-case code (see module notes)."""
    return unicodedata.normalize("NFC", text).translate(_TCVN3_ENCODE_TABLE)


def vni_to_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", _VNI_TOKEN.sub(_vni_token, text))


def unicode_to_vni(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_VNI_ENCODE_TABLE)


def convert(text: str, encoding: str | None, *, all_caps: bool = False) -> str:
    """Decode `text` from a known legacy encoding, unless it is already Unicode.

    Used for every cell of a sheet whose encoding was detected once: a cell that
    someone later retyped in Unicode must not be decoded a second time.
    """
    if encoding is None or text.isascii() or _has_unicode_vietnamese(text):
        return text
    if encoding == "tcvn3":
        return tcvn3_to_unicode(text, all_caps=all_caps)
    if encoding == "vni":
        return vni_to_unicode(text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


# --- detection --------------------------------------------------------------------

# Latin-1 letters that NFC Vietnamese uses; they prove nothing either way.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# Vietnamese letters outside Latin-1 (ă đ ĩ ũ ơ ư and the U+1EA0 block), NFC or NFD.
_UNICODE_VIETNAMESE = re.compile("[ĂăĐđĨĩŨũƠơƯưạ-ỹẠ-Ỹ\u0300\u0301\u0303\u0309\u0323]")
# TCVN3 codes below 0xC0: never VNI, never Vietnamese Unicode letters.
_TCVN3_STRONG = {c for c in _TCVN3_DECODE if ord(c) < 0xC0}
_TCVN3_WEAK = {c for c in _TCVN3_DECODE if ord(c) >= 0xC0} - _VIET_LATIN1
# Valid VNI pairs that also occur in Unicode Vietnamese ("Hoà", "Khoá"): no evidence.
_VNI_AMBIGUOUS_PAIRS = {b + m for b in "oO" for m in "áàãÁÀÃ"}
_VNI_LETTERS = set("ñÑöÖ")


def _has_unicode_vietnamese(text: str) -> bool:
    return _UNICODE_VIETNAMESE.search(text) is not None


def font_hint(font_name: str | None) -> Encoding | None:
    """The encoding a font name implies: '.VnTime', '.VnTimeH', '.VnArial' -> tcvn3;
    'VNI-Times', 'VNI-Helve' -> vni."""
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith("vni-") or name.startswith("vni "):
        return "vni"
    return None


def is_all_caps_font(font_name: str | None) -> bool:
    """.VnTimeH, .VnArialH …: TCVN3 fonts that draw every letter as a capital."""
    name = (font_name or "").strip()
    return name.lower().startswith(".vn") and name.endswith("H")


def legacy_scores(text: str) -> tuple[int, int, int]:
    """Evidence counts (tcvn3, vni, unicode) for the characters of `text`."""
    if text.isascii():
        return 0, 0, 0
    unicode_score = 2 * len(_UNICODE_VIETNAMESE.findall(text))
    vni = 0
    vni_mark_positions: set[int] = set()
    for match in _VNI_TOKEN.finditer(text):
        if match.group(3) is not None:
            continue
        pair = match.group(1) + match.group(2)
        valid = _VNI_DECODE.get(
            match.group(1)
            + (match.group(2).upper() if pair[0].isupper() else match.group(2).lower())
        )
        if valid is not None and pair not in _VNI_AMBIGUOUS_PAIRS:
            vni += 2
            vni_mark_positions.add(match.start(2))
    # Each character counted once (in C), not looked at one by one: a list's sample is
    # tens of thousands of characters. A weak TCVN3 letter read as a VNI mark counts
    # for VNI alone.
    counts = Counter(text)
    tcvn3 = sum(2 * n for c, n in counts.items() if c in _TCVN3_STRONG)
    tcvn3 += sum(n for c, n in counts.items() if c in _TCVN3_WEAK)
    tcvn3 -= sum(1 for index in vni_mark_positions if text[index] in _TCVN3_WEAK)
    vni += sum(n for c, n in counts.items() if c in _VNI_LETTERS)
    return tcvn3, vni, unicode_score


def detect_legacy(text: str, font_name: str | None = None) -> Encoding | None:
    """'tcvn3', 'vni' or None (Unicode or plain ASCII: leave as is).

    The font name is a strong hint; without it the characters decide. Text with
    Vietnamese letters that only Unicode has (ă, đ, ơ, ư, ạ…ỹ) is never converted
    unless legacy evidence clearly outweighs them.
    """
    if text.isascii():
        return None
    tcvn3, vni, unicode_score = legacy_scores(text)
    hint = font_hint(font_name)
    if hint is not None:
        if unicode_score and unicode_score >= max(tcvn3, vni):
            return None
        return hint
    best: Encoding = "tcvn3" if tcvn3 >= vni else "vni"
    score = max(tcvn3, vni)
    if score >= 2 and score > unicode_score:
        return best
    return None


def to_unicode(text: str, font_name: str | None = None) -> str:
    """Legacy text (detected from the text and font) to Unicode NFC; others unchanged but NFC."""
    encoding = detect_legacy(text, font_name)
    if encoding is None:
        return unicodedata.normalize("NFC", text)
    return convert(text, encoding, all_caps=is_all_caps_font(font_name))
