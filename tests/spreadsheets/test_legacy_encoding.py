import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chibo_app.spreadsheets.legacy_encoding import (
    convert,
    detect_legacy,
    font_hint,
    tcvn3_to_unicode,
    to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
VOWELS = [unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưy" for tone in TONES]
LOWER = VOWELS + list("bcdđghklmnpqrstvx")
LETTERS = LOWER + [c.upper() for c in LOWER]
TONED_CAPITALS = {c.upper() for c in VOWELS if c not in "aăâeêioôơuưy"}

words = st.text(alphabet=LETTERS, min_size=1, max_size=8)
texts = st.lists(words, min_size=1, max_size=6).map(" ".join)
lower_texts = st.lists(st.text(alphabet=LOWER, min_size=1, max_size=8), min_size=1, max_size=6).map(
    " ".join
)

# Real syllables, to build realistic Unicode names and titles.
SYLLABLES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Văn Thị "
    "Hữu Đức Thanh Minh Ngọc Thu Quốc Xuân An Bình Cường Dũng Giang Hà Hải Hương Khánh "
    "Linh Long Mai Nam Phương Quân Sơn Tâm Thảo Trang Tuấn Việt Yến Ánh Ơn Hoà Hòa "
    "Toàn Khoa Thuý Thủy Uyên Nguyên Tiên Huệ Xuyên Quyết Khuê Ngoan Oanh Loan "
    "Tô Lâm Tạ Âu Ấn Ưng Ứng Ông Ôn Ở Đảng Ủy Ban Nhân Dân Tỉnh Chi Bộ Sở Ngoại Vụ "
    "Danh Sách Viên Ngày Tháng Năm Sinh Họ Và Tên Số Thẻ Chức Phòng Đơn Vị Ghi Chú "
    "Trưởng Phó Chánh Chuyên Kế Toán Thanh Tra Lãnh Sự Hợp Tác Quốc Tế Huế Xòe "
    "Khoẻ Thoả Lòa Hoè Quỳnh Nguyệt Tuyết Uyển Duyên Hưng Thịnh Lực Nghĩa"
).split()
names = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=6).map(" ".join)
styled_names = st.tuples(names, st.sampled_from(["keep", "upper", "lower"])).map(
    lambda p: p[0].upper() if p[1] == "upper" else p[0].lower() if p[1] == "lower" else p[0]
)


def test_known_tcvn3_examples():
    assert tcvn3_to_unicode("NguyÔn V¨n An") == "Nguyễn Văn An"
    assert tcvn3_to_unicode("§") == "Đ"
    assert tcvn3_to_unicode("®") == "đ"
    assert tcvn3_to_unicode("¦") == "Ư" and tcvn3_to_unicode("\xad") == "ư"
    assert tcvn3_to_unicode("§¶ng Céng s¶n ViÖt Nam") == "Đảng Cộng sản Việt Nam"
    assert unicode_to_tcvn3("Nguyễn Văn An") == "NguyÔn V¨n An"


def test_tcvn3_capitals_typed_with_lower_case_codes():
    assert tcvn3_to_unicode("NGUYÔN V¡N AN") == "NGUYỄN VĂN AN"  # whole text in capitals
    assert tcvn3_to_unicode("CHI Bé Së NGO¹I Vô") == "CHI BỘ SỞ NGOẠI VỤ"
    assert tcvn3_to_unicode("ñY ban") == "ỦY ban"  # capital after the first letter
    assert tcvn3_to_unicode("VÞ Xuyªn") == "Vị Xuyên"  # title case stays
    assert tcvn3_to_unicode("§ç ThÞ ¸nh") == "Đỗ Thị ánh"  # the caller title-cases names
    assert tcvn3_to_unicode("danh s¸ch", all_caps=True) == "DANH SÁCH"  # .VnTimeH


def test_known_vni_examples():
    assert vni_to_unicode("Nguyeãn Vaên An") == "Nguyễn Văn An"
    assert vni_to_unicode("Ñaûng Coäng Saûn Vieät Nam") == "Đảng Cộng Sản Việt Nam"
    assert vni_to_unicode("Tröôøng Thò Lyù") == "Trường Thị Lý"
    assert vni_to_unicode("Ñaø Naüng, Khaúng ñònh, Baéc Ninh") == "Đà Nẵng, Khẳng định, Bắc Ninh"
    assert vni_to_unicode("NGUYEÃN VAÊN AN, ÑOÃ THÒ AÙNH") == "NGUYỄN VĂN AN, ĐỖ THỊ ÁNH"
    assert (
        vni_to_unicode("Phaïm Ngoïc Ôn, Hoà Chí Minh, Kyø, Yû")
        == "Phạm Ngọc Ơn, Hồ Chí Minh, Kỳ, Ỷ"
    )
    assert unicode_to_vni("Nguyễn Văn An") == "Nguyeãn Vaên An"
    assert unicode_to_vni("ỶỸỴÝỲ") == "YÛYÕÎYÙYØ"


def test_vni_upper_case_uses_upper_case_marks():
    assert unicode_to_vni("Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ") == "AÁ AÀ AÅ AÃ AÄ AÉ AÈ AÚ AÜ AË"
    assert unicode_to_vni("Ơ Ư Đ Ị Ĩ Ỉ") == "Ô Ö Ñ Ò Ó Æ"
    assert vni_to_unicode("Aù") == "Á"  # a mark typed in the other case still counts


@settings(max_examples=300)
@given(texts)
def test_tcvn3_round_trip_up_to_case_of_toned_capitals(text):
    back = tcvn3_to_unicode(unicode_to_tcvn3(text))
    assert back.lower() == text.lower()
    # Only toned capitals may change case (TCVN3 has no codes for them).
    for original, decoded in zip(text, back, strict=True):
        if original != decoded:
            assert original in TONED_CAPITALS or decoded.upper() in TONED_CAPITALS


@settings(max_examples=300)
@given(lower_texts)
def test_tcvn3_round_trip_exact_in_lower_case(text):
    assert tcvn3_to_unicode(unicode_to_tcvn3(text)) == text


@settings(max_examples=300)
@given(texts)
def test_vni_round_trip_exact(text):
    assert vni_to_unicode(unicode_to_vni(text)) == text


@settings(max_examples=500)
@given(styled_names)
def test_unicode_vietnamese_is_never_detected_as_legacy(text):
    assert detect_legacy(text) is None
    assert detect_legacy(unicodedata.normalize("NFD", text)) is None
    assert to_unicode(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn An",
        "Đỗ Thị Ánh",
        "Trần Ngọc Ơn",
        "Hoà",
        "Nguyên Hòa",
        "Tô Lâm",
        "Huế",
        "Xuân",
        "Lê",
        "An",
        "Số thẻ: 01234567",
        "",
        "Email: a@b.vn",
    ],
)
def test_unicode_and_ascii_come_back_unchanged(text):
    assert detect_legacy(text) is None
    assert to_unicode(text) == text


@pytest.mark.parametrize(
    "name",
    [
        "Nguyễn Văn An",
        "Đỗ Thị Ánh",
        "Trần Ngọc Ơn",
        "Hoàng Thị Thu Hương",
        "Lê Hoàng Cường",
        "Phạm Đức Long",
        "DANH SÁCH ĐẢNG VIÊN",
        "Họ và tên",
        "Ngày vào Đảng",
    ],
)
def test_legacy_text_is_detected_without_a_font(name):
    assert detect_legacy(unicode_to_tcvn3(name)) == "tcvn3"
    assert detect_legacy(unicode_to_vni(name)) == "vni"
    assert to_unicode(unicode_to_vni(name)) == name
    assert to_unicode(unicode_to_tcvn3(name)).lower() == name.lower()


def test_font_name_is_a_strong_hint():
    assert font_hint(".VnTime") == font_hint(".VnTimeH") == font_hint(".VnArial") == "tcvn3"
    assert font_hint("VNI-Times") == font_hint("VNI-Helve") == "vni"
    assert font_hint("Times New Roman") is None and font_hint(None) is None
    assert detect_legacy("Hå", ".VnTime") == "tcvn3"  # too little evidence without the font
    assert detect_legacy("Hå") is None
    assert to_unicode("Hå", ".VnTime") == "Hồ"
    assert to_unicode("danh s¸ch", ".VnTimeH") == "DANH SÁCH"
    # A Unicode cell left in a legacy font is not converted.
    assert detect_legacy("Nguyễn Văn An", ".VnTime") is None


def test_convert_leaves_unicode_cells_of_a_legacy_sheet_alone():
    assert convert("Nguyễn Văn An", "tcvn3") == "Nguyễn Văn An"
    assert convert("Nguyễn Văn An", "vni") == "Nguyễn Văn An"
    assert convert("NguyÔn V¨n An", "tcvn3") == "Nguyễn Văn An"
    assert convert("plain", "vni") == "plain"
    with pytest.raises(ValueError):
        convert("NguyÔn", "viscii")


def _scores_char_by_char(text):
    """legacy_scores as it was first written, one character at a time: the counted
    version must give the same evidence."""
    from chibo_app.spreadsheets import legacy_encoding as legacy

    if text.isascii():
        return 0, 0, 0
    unicode_score = 2 * len(legacy._UNICODE_VIETNAMESE.findall(text))
    vni, marks = 0, set()
    for match in legacy._VNI_TOKEN.finditer(text):
        if match.group(3) is not None:
            continue
        pair = match.group(1) + match.group(2)
        case = match.group(2).upper() if pair[0].isupper() else match.group(2).lower()
        if legacy._VNI_DECODE.get(match.group(1) + case) is not None:
            if pair not in legacy._VNI_AMBIGUOUS_PAIRS:
                vni += 2
                marks.add(match.start(2))
    tcvn3 = 0
    for index, char in enumerate(text):
        if char in legacy._TCVN3_STRONG:
            tcvn3 += 2
        elif char in legacy._TCVN3_WEAK and index not in marks:
            tcvn3 += 1
        if char in legacy._VNI_LETTERS:
            vni += 1
    return tcvn3, vni, unicode_score


@settings(max_examples=300)
@given(st.lists(styled_names, min_size=1, max_size=8), st.sampled_from(["tcvn3", "vni", "both"]))
def test_the_scores_are_those_of_counting_char_by_char(parts, legacy_kinds):
    from chibo_app.spreadsheets.legacy_encoding import legacy_scores

    encoded = [
        unicode_to_tcvn3(p) if legacy_kinds == "tcvn3" or (legacy_kinds == "both" and i % 2)
        else unicode_to_vni(p)
        for i, p in enumerate(parts)
    ]  # fmt: skip
    for text in ("\n".join(encoded), "\n".join([*parts, *encoded]), "\n".join(parts)):
        assert legacy_scores(text) == _scores_char_by_char(text)
