"""Messages by id: a Vietnamese template with named values, rendered in the user's
language by whoever shows it; str() is always the Vietnamese sentence."""

from pathlib import Path

import pytest

from chibo_app.core import stored_messages
from chibo_app.core.message_catalogue import (
    non_literal_templates,
    plural_templates_in,
    templates_in,
)
from chibo_app.core.messages import (
    CONTEXT,
    LABELS_CONTEXT,
    Label,
    Message,
    msg,
    plural_msg,
    render,
)
from chibo_app.errors import ChiboError, ValidationError

PACKAGE = Path(__file__).resolve().parents[2] / "chibo_app"

ENGLISH = {
    (CONTEXT, "Năm {year} không hợp lệ."): "The year {year} is not valid.",
    (CONTEXT, "Chưa nhập {field}."): "{field} is missing.",
    (CONTEXT, "{what}: {why}"): "{what}: {why}",
    (LABELS_CONTEXT, "Tên chi bộ"): "Cell name",
    (LABELS_CONTEXT, "Quần chúng"): "Non-party staff",
}


PLURALS = {"{count} cá nhân": ("{count} individual", "{count} individuals")}


def english(context: str, text: str, count: int = -1) -> str:
    if count >= 0 and text in PLURALS:  # English: one form for 1, one for the others
        return PLURALS[text][0 if count == 1 else 1]
    return ENGLISH.get((context, text), text)


def test_vietnamese_sentence_and_english_rendering():
    message = msg("Năm {year} không hợp lệ.", year=2031)
    assert str(message) == "Năm 2031 không hợp lệ."
    assert render(message, english) == "The year 2031 is not valid."


def test_values_that_are_messages_or_labels_are_translated_too():
    inner = msg("Năm {year} không hợp lệ.", year=1889)
    outer = msg("{what}: {why}", what=Label("Quần chúng"), why=inner)
    assert str(outer) == "Quần chúng: Năm 1889 không hợp lệ."
    assert render(outer, english) == "Non-party staff: The year 1889 is not valid."
    lowered = msg("Chưa nhập {field}.", field=Label("Tên chi bộ", lower=True))
    assert str(lowered) == "Chưa nhập tên chi bộ."
    assert render(lowered, english) == "cell name is missing."
    known = msg("Chưa nhập {field}.", field="tên chi bộ")  # a label's text, lower-cased
    assert render(known, english) == "cell name is missing."
    typed = msg("Chưa nhập {field}.", field="Phòng Lãnh sự")  # typed text: as it is
    assert render(typed, english) == "Phòng Lãnh sự is missing."


def test_an_unknown_template_stays_vietnamese_and_a_missing_value_is_refused():
    assert render(msg("Chưa dịch {n}.", n=3), english) == "Chưa dịch 3."
    with pytest.raises(KeyError):
        msg("Năm {year} không hợp lệ.")


def test_a_translation_that_lost_a_field_falls_back_to_the_source():
    def broken(_context, text, _count):
        return "The year {nam} is not valid." if "Năm" in text else text

    assert render(msg("Năm {year} không hợp lệ.", year=5), broken) == "Năm 5 không hợp lệ."


def test_errors_carry_their_message():
    error = ChiboError(msg("Năm {year} không hợp lệ.", year=2031))
    assert str(error) == "Năm 2031 không hợp lệ."
    assert isinstance(error.message, Message)
    problems = ValidationError({"year": msg("Năm {year} không hợp lệ.", year=1)})
    assert problems.problems == {"year": "Năm 1 không hợp lệ."}
    assert render(problems.messages["year"], english) == "The year 1 is not valid."
    assert str(ChiboError("Câu đã viết sẵn.")) == "Câu đã viết sẵn."  # older code


def test_every_template_in_the_package_is_a_literal():
    offenders = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := non_literal_templates(path))
    }
    assert offenders == {}


def test_the_checks_see_templates(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('a = msg("Một {x}.", x=1)\nb = msg(f"Hai {y}")\nc = other.msg("Ba.")\n')
    assert templates_in(sample) == ["Một {x}.", "Ba."]
    assert non_literal_templates(sample) == [2]
    sample.write_text('a = plural_msg("{count} cá nhân", count=1)\nb = msg("Một {x}.", x=1)\n')
    assert templates_in(sample) == ["{count} cá nhân", "Một {x}."]
    assert plural_templates_in(sample) == ["{count} cá nhân"]


def test_a_plural_message_picks_its_form_by_its_count():
    one, two = (plural_msg("{count} cá nhân", count=n) for n in (1, 2))
    assert (str(one), str(two)) == ("1 cá nhân", "2 cá nhân")  # Vietnamese: one form
    assert (render(one, english), render(two, english)) == ("1 individual", "2 individuals")
    inside = msg("thiếu {what}", what=two)
    assert render(inside, english) == "thiếu 2 individuals"
    assert render(msg("{count} cá nhân", count=2), english) == "2 cá nhân"  # not a plural one
    assert stored_messages.load(stored_messages.dump(one)) == one
    assert stored_messages.load(stored_messages.dump(msg("Ba."))).plural is False
    with pytest.raises(KeyError):
        plural_msg("{count} cá nhân", count="hai")
