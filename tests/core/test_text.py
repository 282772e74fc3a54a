import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chibo_app.core.text import clean, fold, name_sort_key, title_case_name

VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
words = st.text(alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=8)
names = st.lists(words, min_size=2, max_size=4).map(" ".join)


def test_fold_finds_name_in_every_spelling():
    target = fold("Nguyễn Văn An")
    for typed in ("nguyen van an", "nguyễn văn ân", "NGUYEN", "Nguyễn Văn An", "van an"):
        assert fold(typed) in target or fold(typed) == "nguyen van an"
    assert fold("Đỗ Thị Đào") == "do thi dao"


@given(names)
def test_fold_is_case_and_normalisation_insensitive(name):
    nfd = unicodedata.normalize("NFD", name)
    assert fold(name) == fold(nfd) == fold(name.upper()) == fold(name.lower())
    assert fold(name).isascii() or not any(c in fold(name) for c in "đăâêôơư")


@given(names)
def test_clean_is_idempotent_nfc(name):
    once = clean("  " + unicodedata.normalize("NFD", name) + "\t ")
    assert once == clean(once)
    assert unicodedata.is_normalized("NFC", once)


@given(names)
def test_title_case_is_stable(name):
    cased = title_case_name(name)
    assert title_case_name(cased) == cased
    assert fold(cased) == fold(name)


def test_vietnamese_alphabet_order_of_given_names():
    # The order QCollator(vi_VN) gives (TECH-NOTES): letters first, tones second.
    expected = ["Anh", "Ánh", "Ân", "Ấn", "Bình", "Dũng", "Dương", "Đỗ", "Đức", "Em"]
    shuffled = sorted(expected, key=lambda w: w[::-1])
    assert sorted(["Lê " + w for w in shuffled], key=name_sort_key) == ["Lê " + w for w in expected]


def test_sorted_by_given_name_then_family_and_middle():
    people = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Minh Ánh", "Nguyễn Văn Ân"]
    assert sorted(people, key=name_sort_key) == [
        "Lê Văn An",
        "Nguyễn Thị An",
        "Đỗ Minh Ánh",
        "Nguyễn Văn Ân",
        "Trần Văn Bình",
    ]


@given(st.lists(names, min_size=2, max_size=20))
def test_sort_is_total_and_ignores_normalisation_form(people):
    nfd = [unicodedata.normalize("NFD", p) for p in people]
    by_nfc = sorted(people, key=name_sort_key)
    by_nfd = [unicodedata.normalize("NFC", p) for p in sorted(nfd, key=name_sort_key)]
    assert [clean(p) for p in by_nfc] == [clean(p) for p in by_nfd]


@pytest.mark.parametrize(
    "text",
    ["Nguyễn Văn An", "  NGUYỄN  văn\u00a0an ", "Đỗ Thị Đào", "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΑΣ", "Σ Σ",
     "Lê\u0301 Thị", "O'Brien Σ'", "", "\t", "İstanbul İ", "x\u200by z"],
)  # fmt: skip
def test_a_clean_text_is_capitalised_as_title_case_name_does(text):
    from chibo_app.core.text import title_case_words

    assert title_case_words(clean(text)) == title_case_name(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_any_clean_text_is_capitalised_as_title_case_name_does(text):
    from chibo_app.core.text import title_case_words

    assert title_case_words(clean(text)) == title_case_name(text)
