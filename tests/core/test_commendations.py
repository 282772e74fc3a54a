"""A commendation says whom it praises (a comrade, a collective, or its nomination's
subject) and what for: "Biểu dương đồng chí Nguyễn Văn A (Phòng Lãnh sự): …"."""

from chibo_app.core.meetings import (
    Commendation,
    Meeting,
    NominationSubject,
    commendation_sentence,
    normalise_meeting,
    praised,
    validate_meeting,
)

NAMES = {1: ("Nguyễn Văn An", 10), 2: ("Trần Thị Bình", None)}
UNITS = {10: "Phòng Lãnh sự", 11: "Văn phòng"}


def whom(item, nomination=None):
    return praised(item, nomination, NAMES, UNITS)


def test_a_comrade_with_their_unit():
    assert whom(Commendation("x", person_id=1)) == "đồng chí Nguyễn Văn An (Phòng Lãnh sự)"
    assert whom(Commendation("x", person_id=2)) == "đồng chí Trần Thị Bình"


def test_a_quan_chung_is_no_comrade():
    item = Commendation("x", person_id=2)
    assert praised(item, None, NAMES, UNITS, outside={2}) == "quần chúng Trần Thị Bình"
    subject = NominationSubject("individual", "Tận tụy", 2, None)
    assert praised(Commendation("x", 5), subject, NAMES, UNITS, {2}) == "quần chúng Trần Thị Bình"


def test_a_collective():
    assert whom(Commendation("x", unit_id=11)) == "tập thể Văn phòng"


def test_a_nominations_subject():
    individual = NominationSubject("individual", "Cải cách hồ sơ", 1, None)
    collective = NominationSubject("collective", "Văn phòng số", None, 11)
    model = NominationSubject("model", "Một cửa điện tử", None, 10)
    lone_model = NominationSubject("model", "Sổ tay điện tử", None, None)
    item = Commendation("x", nomination_id=5)
    assert whom(item, individual) == "đồng chí Nguyễn Văn An (Phòng Lãnh sự)"
    assert whom(item, collective) == "tập thể Văn phòng"
    assert whom(item, model) == "mô hình “Một cửa điện tử” (Phòng Lãnh sự)"
    assert whom(item, lone_model) == "mô hình “Sổ tay điện tử”"
    # a person or unit chosen on the commendation itself comes first
    assert whom(Commendation("x", 5, person_id=2), collective) == "đồng chí Trần Thị Bình"


def test_the_sentence():
    assert commendation_sentence(
        "đồng chí Nguyễn Văn An (Phòng Lãnh sự)", "Đề xuất 3 sáng kiến cải cách thủ tục."
    ) == (
        "Biểu dương đồng chí Nguyễn Văn An (Phòng Lãnh sự): Đề xuất 3 sáng kiến cải cách thủ tục."
    )
    # an older commendation names no one: its text, as it was announced
    assert commendation_sentence("", "Biểu dương các đảng viên") == "Biểu dương các đảng viên"


def test_a_commendation_needs_whom_and_what_for():
    bare = Meeting("2026-06-05", commendations=(Commendation("Hoàn thành xuất sắc"),))
    assert "commendations" in validate_meeting(normalise_meeting(bare))
    no_text = Meeting("2026-06-05", commendations=(Commendation("  ", person_id=1),))
    assert "commendations" in validate_meeting(normalise_meeting(no_text))
    good = Meeting("2026-06-05", commendations=(Commendation("Hoàn thành", unit_id=11),))
    assert validate_meeting(normalise_meeting(good)) == {}
    empty = normalise_meeting(Meeting("2026-06-05", commendations=(Commendation(" "),)))
    assert empty.commendations == ()  # an empty line is dropped, not refused
