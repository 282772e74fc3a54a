"""The minutes' rules: who the meeting concerned by kind, who votes (Điều lệ Đảng Điều 3:
full members present, never dự bị), how a vote is checked and said, opinions as typed."""

import datetime as dt

import pytest

from chibo_app.core.minutes import (
    Opinion,
    Vote,
    composition,
    opinions_text,
    parse_opinions,
    vote_problems,
    vote_sentence,
)
from chibo_app.core.people import PersonFact

DAY = dt.date(2026, 5, 6)
FACTS = {
    1: PersonFact(1, "full", "active", None, "2005-03-12", "2006-03-12"),
    2: PersonFact(2, "full", "active", None, "2010-01-01", "2011-01-01"),
    3: PersonFact(3, "probationary", "active", None, "2026-01-10", None),
    4: PersonFact(4, "full", "exempted", "2026-02-01", "1990-01-01", "1991-01-01"),
    5: PersonFact(5, "non_party", "active", None, None, None),
    # full since 01/08/2026: dự bị on the meeting day
    6: PersonFact(6, "full", "active", None, "2025-08-01", "2026-08-01"),
    7: PersonFact(7, "full", "transferred", "2026-03-01", "2000-01-01", "2001-01-01"),
}


def test_composition_counts_each_kind_on_the_day():
    c = composition(FACTS, present=[1, 3, 5, 6], day=DAY)
    assert (c.full, c.probationary, c.exempted) == (2, 2, 1)  # 1, 2 | 3, 6 | 4
    assert (c.members, c.on_roll) == (5, 4)
    assert (c.present_full, c.present_probationary, c.present) == (1, 2, 3)
    assert c.voters == 1  # dự bị present (3, and 6 before 01/08) do not vote


def test_after_the_full_membership_date_one_more_votes():
    c = composition(FACTS, present=[1, 2, 3, 6], day=dt.date(2026, 8, 5))
    assert (c.full, c.probationary, c.voters) == (3, 1, 3)


@pytest.mark.parametrize(
    ("vote", "problems"),
    [
        (Vote("Thông qua nghị quyết", 15, 0, 0), []),
        (Vote("Thông qua nghị quyết", 13, 1, 1), []),
        (Vote("Thông qua nghị quyết"), []),  # not counted yet: blanks on paper
        (Vote("", 15), ["Biểu quyết thứ 1: cần ghi nội dung biểu quyết."]),
        (
            Vote("Thông qua nghị quyết", 17, 0, 0),
            [
                "Biểu quyết “Thông qua nghị quyết”: 17 ý kiến, trong khi có 15 đảng viên chính "
                "thức có mặt (đảng viên dự bị không biểu quyết)."
            ],
        ),
        (Vote("Thông qua nghị quyết", 14, 0, 0), ["Biểu quyết “Thông qua nghị quyết”: 14 ý kiến, "
                                                 "trong khi có 15 đảng viên chính thức có mặt "
                                                 "(đảng viên dự bị không biểu quyết)."]),
        (Vote("Thông qua nghị quyết", 16, -1, 0), ["Biểu quyết “Thông qua nghị quyết”: số phiếu "
                                                  "không thể âm."]),
    ],
)
def test_a_vote_counts_exactly_the_full_members_present(vote, problems):
    assert [str(p) for p in vote_problems([vote], voters=15)] == problems


def test_vote_sentence_and_share():
    assert vote_sentence(Vote("X", 14, 0, 1), 15) == (
        "Số đảng viên chính thức có mặt biểu quyết: 15/15; tán thành 14 (93,3%), không tán "
        "thành 0, ý kiến khác 1."
    )
    assert "……/15" in vote_sentence(Vote("X"), 15)


def test_opinions_typed_one_a_line():
    typed = (
        "Trần Thị Bình: đề nghị số hóa hồ sơ.\n"
        "- Đ/c Lê Văn Ân: cần rút ngắn thời gian,\n"
        "nhất là hồ sơ lãnh sự.\n"
        "\n"
        "đồng chí Hoa : thống nhất"
    )
    assert parse_opinions(typed) == (
        Opinion("Trần Thị Bình", "đề nghị số hóa hồ sơ."),
        Opinion("Lê Văn Ân", "cần rút ngắn thời gian, nhất là hồ sơ lãnh sự."),
        Opinion("Hoa", "thống nhất"),
    )
    assert parse_opinions(opinions_text(parse_opinions(typed))) == parse_opinions(typed)
    assert parse_opinions("Thống nhất cao.") == (Opinion("", "Thống nhất cao."),)


def test_quarters_without_a_chuyen_de():
    from chibo_app.core.meetings import quarters_text, quarters_without_thematic

    held = [dt.date(2026, 5, 20), dt.date(2026, 10, 20)]  # Q2, Q4
    assert quarters_without_thematic(held, 2026, dt.date(2026, 3, 30)) == ()  # Q1 not over
    assert quarters_without_thematic(held, 2026, dt.date(2026, 3, 31)) == (1,)
    assert quarters_without_thematic(held, 2026, dt.date(2026, 11, 25)) == (1, 3)
    assert quarters_without_thematic(held, 2026, dt.date(2027, 1, 5)) == (1, 3)
    assert quarters_without_thematic([dt.date(2025, 2, 1)], 2026, dt.date(2026, 4, 1)) == (1,)
    assert quarters_text([1, 3]) == "Quý I và III" and quarters_text([2]) == "Quý II"
    assert quarters_text([1, 2, 4]) == "Quý I, II và IV"


def test_someone_away_cannot_have_spoken_at_the_meeting():
    from chibo_app.core.minutes import AgendaItem, Opinion, speaker_problems

    agenda = (
        AgendaItem("Đánh giá tháng", "Trần Văn Chủ", "…", (Opinion("Lê Thị Vắng", "Đề nghị…"),)),
        AgendaItem("Phương hướng", "đồng chí lê thị vắng", "…", ()),
        AgendaItem("Học tập", "Trần Văn Chủ", "…", (Opinion("Bí thư", "Thống nhất."),)),
    )
    problems = speaker_problems(agenda, ["Lê Thị Vắng", "Ngô Văn Nghỉ"])
    assert [str(p) for p in problems] == [
        "Đồng chí Lê Thị Vắng vắng mặt buổi này nhưng được ghi là phát biểu ở mục “Đánh giá "
        "tháng”: hãy sửa điểm danh hoặc người phát biểu."
    ]  # named once, even when recorded twice; others away said nothing
    assert speaker_problems(agenda, ["Ngô Văn Nghỉ"]) == []
