"""Đảng viên chính thức, dự bị and quần chúng are told apart on import, from every signal
the file has, shown in the preview, correctable per row, and never guessed over what the
register already knows."""

import datetime as dt
import json
from collections import Counter

import kind_shapes
import pytest

from chibo_app.cli import main
from chibo_app.core.member_import import RowStatus
from chibo_app.core.member_kinds import (
    FROM_NO_PARTY_DATA,
    FROM_NOTES,
    FROM_USER,
    KindSignals,
    KindWord,
    infer_kind,
    is_status_not_post,
    kind_word,
    person_warnings,
)
from chibo_app.core.people import KIND_LABELS, Kind
from chibo_app.services import people
from chibo_app.services.members_import import apply_import, preview_file, with_kinds
from chibo_app.services.session import open_session

TODAY = dt.date(2026, 11, 25)


def kinds_in_db(session):
    return {r.full_name: r.kind for r in people.list_rows(session)}


@pytest.mark.parametrize("make", kind_shapes.SHAPES, ids=lambda f: f.__name__)
def test_a_mixed_list_gives_each_person_the_right_kind(session, tmp_path, make):
    preview = preview_file(session, make(tmp_path / "list.xlsx"))
    assert preview.blocking_rows == [], [(r.row_number, r.reason) for r in preview.blocking_rows]
    assert {r.person.full_name: r.person.kind for r in preview.rows} == kind_shapes.EXPECTED
    assert all(r.kind_source for r in preview.rows)
    apply_import(session, preview)
    assert kinds_in_db(session) == kind_shapes.EXPECTED


def test_status_words_in_the_party_post_column_are_not_posts(session, tmp_path):
    path = kind_shapes.make_by_status_in_party_post(tmp_path / "list.xlsx")
    apply_import(session, preview_file(session, path))
    posts = {r.full_name: r.party_position for r in people.list_rows(session)}
    assert posts == {
        "Nguyễn Văn An": "Bí thư",
        "Lê Thị Hoa": None,
        "Trần Thị Bình": "Chi ủy viên",
        "Hoàng Thị Thu Hương": None,
        "Phan Văn Tài": None,
    }


def test_the_issue_list_says_where_each_kind_comes_from(session, tmp_path):
    preview = preview_file(session, kind_shapes.make_by_notes(tmp_path / "list.xlsx"))
    hoa = next(r for r in preview.rows if r.person.full_name == "Lê Thị Hoa")
    assert (hoa.person.kind, hoa.kind_source, hoa.kind_sure) == (Kind.NON_PARTY, FROM_NOTES, True)
    an = next(r for r in preview.rows if r.person.full_name == "Nguyễn Văn An")
    # "DANH SÁCH ĐẢNG VIÊN" and nothing else: chính thức, a guess, with the warning.
    assert (an.person.kind, an.kind_sure) == (Kind.FULL, False)
    assert list(map(str, an.warnings)) == ["Đảng viên chính thức chưa có ngày vào Đảng."]


def test_a_kind_corrected_in_the_preview_is_imported_and_checked_again(session, tmp_path):
    path = kind_shapes.make_by_empty_party_fields(tmp_path / "list.xlsx")
    preview = preview_file(session, path)
    rows = {r.person.full_name: r.row_number for r in preview.rows}
    corrected = with_kinds(
        session,
        preview,
        {rows["Phan Văn Tài"]: Kind.PROBATIONARY, rows["Trần Thị Bình"]: Kind.NON_PARTY},
    )
    by_name = {r.person.full_name: r for r in corrected.rows}
    assert by_name["Phan Văn Tài"].kind_source == FROM_USER
    warnings = list(map(str, by_name["Phan Văn Tài"].warnings))
    assert warnings == ["Đảng viên dự bị chưa có ngày vào Đảng."]
    # A quần chúng cannot keep a party card: the row is now invalid, with the reason.
    assert by_name["Trần Thị Bình"].status == RowStatus.INVALID
    assert "Quần chúng không có số thẻ đảng viên." in map(str, by_name["Trần Thị Bình"].reasons)
    assert preview.rows[0].person.kind == Kind.FULL  # the first preview is untouched
    fixed = with_kinds(session, corrected, {rows["Trần Thị Bình"]: Kind.FULL})
    apply_import(session, fixed)
    assert kinds_in_db(session)["Phan Văn Tài"] == Kind.PROBATIONARY
    assert kinds_in_db(session)["Trần Thị Bình"] == Kind.FULL


def test_a_guess_never_changes_the_kind_already_recorded(session, tmp_path):
    first = kind_shapes.make_by_kind_column(tmp_path / "a.xlsx")
    apply_import(session, preview_file(session, first))
    hoa_id = next(r.id for r in people.list_rows(session) if r.full_name == "Lê Thị Hoa")
    people.save_person(session, people.get_person(session, hoa_id).with_changes(
        kind=Kind.PROBATIONARY, admitted_on="2026-06-01"))
    # The empty-fields list would guess quần chúng for Hoa: the register keeps dự bị.
    preview = preview_file(session, kind_shapes.make_by_empty_party_fields(tmp_path / "b.xlsx"))
    hoa = next(r for r in preview.rows if r.person.full_name == "Lê Thị Hoa")
    assert hoa.status == RowStatus.MATCHED
    assert hoa.person.kind == Kind.PROBATIONARY and not hoa.kind_sure
    apply_import(session, preview)
    assert kinds_in_db(session)["Lê Thị Hoa"] == Kind.PROBATIONARY


def test_cli_preview_rows_carry_the_kind(session, db_path, tmp_path, capsys):
    path = kind_shapes.make_by_notes(tmp_path / "list.xlsx")
    session.close()
    assert main(["--db", str(db_path), "members", "import", str(path), "--dry-run", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert {r["full_name"]: r["kind"] for r in rows} == {
        name: str(kind) for name, kind in kind_shapes.EXPECTED.items()
    }
    assert {r["kind_source"] for r in rows} >= {FROM_NOTES}
    an = next(r for r in rows if r["full_name"] == "Nguyễn Văn An")
    assert an["warnings"] == ["Đảng viên chính thức chưa có ngày vào Đảng."]


def test_cli_kind_option_corrects_a_row(session, db_path, tmp_path, capsys):
    path = kind_shapes.make_by_empty_party_fields(tmp_path / "list.xlsx")
    session.close()
    # Rows 6-10 hold the people, under four title rows and the header.
    code = main(["--db", str(db_path), "members", "import", str(path), "--kind", "7=dự bị",
                 "--kind", "10=chinh thuc", "--json"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["row"], r["kind"], r["kind_source"]) for r in rows[1::3]] == [
        (7, "probationary", FROM_USER),
        (10, "full", FROM_USER),
    ]
    reopened = open_session(db_path)
    try:
        assert kinds_in_db(reopened)["Lê Thị Hoa"] == Kind.PROBATIONARY
        assert kinds_in_db(reopened)["Phan Văn Tài"] == Kind.FULL
    finally:
        reopened.close()


def test_cli_counts_the_kinds_it_read_and_those_corrected(session, db_path, tmp_path, capsys):
    """The text preview's line of kinds: the rows' kinds counted (the preview's, without
    building its rows), a --kind correction included."""
    path = kind_shapes.make_by_headings(tmp_path / "list.xlsx")
    session.close()
    args = ["--db", str(db_path), "members", "import", str(path), "--dry-run"]
    assert main([*args, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    found = Counter(r["kind"] for r in rows)
    assert len(found) == 3  # every kind, in this list
    assert main(args) == 0
    expected = ", ".join(f"{KIND_LABELS[k]}: {found[str(k)]}" for k in Kind)
    assert expected in capsys.readouterr().out.splitlines()
    first = rows[0]["row"]
    assert main([*args, "--kind", f"{first}=quần chúng"]) == 0
    found[rows[0]["kind"]] -= 1
    found["non_party"] += 1
    expected = ", ".join(f"{KIND_LABELS[k]}: {found[str(k)]}" for k in Kind)
    assert expected in capsys.readouterr().out.splitlines()


def test_cli_kind_option_refuses_a_bad_value(session, db_path, tmp_path, capsys):
    path = kind_shapes.make_by_empty_party_fields(tmp_path / "list.xlsx")
    session.close()
    assert main(["--db", str(db_path), "members", "import", str(path), "--kind", "7=bí thư"]) == 2
    assert "--kind" in capsys.readouterr().err


# --- the rules, signal by signal ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Quần chúng", KindWord.NON_PARTY),
        ("QC", KindWord.NON_PARTY),
        ("Chưa vào Đảng", KindWord.NON_PARTY),
        ("Không phải đảng viên", KindWord.NON_PARTY),
        ("II. CÁN BỘ KHÔNG LÀ ĐẢNG VIÊN", KindWord.NON_PARTY),
        ("ĐV dự bị", KindWord.PROBATIONARY),
        ("Dự bị", KindWord.PROBATIONARY),
        ("1. ĐẢNG VIÊN CHÍNH THỨC", KindWord.FULL),
        ("Đảng viên", KindWord.PARTY),
        ("Bí thư", None),
        ("Văn phòng", None),
        ("Không", None),  # in a note, "Không" says nothing
        ("", None),
    ],
)
def test_kind_words(text, word):
    assert kind_word(text) == word


def test_a_bare_no_in_the_kind_column_is_quan_chung():
    assert kind_word("Không", kind_column=True) == KindWord.NON_PARTY


def test_posts_are_not_statuses():
    assert is_status_not_post("Đảng viên") and is_status_not_post("Quần chúng")
    assert not is_status_not_post("Bí thư") and not is_status_not_post("Chi ủy viên")
    assert not is_status_not_post(None)


@pytest.mark.parametrize(
    ("signals", "kind", "sure"),
    [
        (KindSignals(column="Dự bị", notes="Quần chúng"), Kind.PROBATIONARY, True),  # column first
        (KindSignals(notes="Quần chúng", heading="ĐẢNG VIÊN"), Kind.NON_PARTY, True),
        (KindSignals(party_position="Quần chúng", card="01234567"), Kind.NON_PARTY, True),
        (KindSignals(heading="QUẦN CHÚNG", title_text="DANH SÁCH ĐẢNG VIÊN"), Kind.NON_PARTY, True),
        # "Đảng viên" with dates: the dates tell chính thức from dự bị (Điều lệ Điều 5).
        (KindSignals(notes="Đảng viên", admitted_on="2026-03-12"), Kind.PROBATIONARY, True),
        (KindSignals(notes="Đảng viên", admitted_on="2025-11-25"), Kind.FULL, True),
        (KindSignals(notes="Đảng viên", admitted_on="2025-11-26"), Kind.PROBATIONARY, True),
        (KindSignals(notes="Đảng viên"), Kind.FULL, True),
        (KindSignals(full_member_on="2020-01-01"), Kind.FULL, True),
        (KindSignals(card="01234567"), Kind.FULL, True),
        (KindSignals(sheet_has_party_data=True, title_text="DANH SÁCH ĐẢNG VIÊN"), Kind.NON_PARTY,
         False),
        (KindSignals(title_text="DANH SÁCH ĐẢNG VIÊN"), Kind.FULL, False),
        (KindSignals(title_text="DANH SÁCH CÁN BỘ, ĐẢNG VIÊN"), Kind.NON_PARTY, False),
        (KindSignals(), Kind.NON_PARTY, False),
    ],
)
def test_infer_kind_weighs_the_signals_in_order(signals, kind, sure):
    guess = infer_kind(signals, TODAY)
    assert (guess.kind, guess.sure) == (kind, sure)


def test_empty_party_fields_are_named_as_the_reason():
    guess = infer_kind(KindSignals(sheet_has_party_data=True), TODAY)
    assert guess.source == FROM_NO_PARTY_DATA


@pytest.mark.parametrize(
    ("kind", "admitted", "full", "expected"),
    [
        (Kind.FULL, None, None, {"admitted_on": "Đảng viên chính thức chưa có ngày vào Đảng."}),
        (Kind.FULL, "2005-03-12", None, {}),
        (Kind.PROBATIONARY, None, None, {"admitted_on": "Đảng viên dự bị chưa có ngày vào Đảng."}),
        (Kind.PROBATIONARY, "2026-03-12", None, {}),
        (Kind.PROBATIONARY, "2025-11-25", None,
         {"full_member_on": "Đã quá 12 tháng dự bị: cần xét công nhận đảng viên chính thức."}),
        (Kind.NON_PARTY, None, None, {}),
    ],
)
def test_person_warnings(kind, admitted, full, expected):
    found = person_warnings(kind, admitted, full, TODAY)
    assert {field: str(text) for field, text in found.items()} == expected


def test_the_sheet_guesser_answers_as_infer_kind_for_every_combination():
    """KindGuesser works each combination of a row's signals out once for the whole sheet:
    every answer must be infer_kind's for that row, whatever rows came before it (its
    key keeps an admission date only as "under twelve months": the boundary is here)."""
    import itertools

    from chibo_app.core.member_kinds import KindGuesser

    for has_party_data, title in itertools.product((False, True), ("", "DANH SÁCH ĐẢNG VIÊN")):
        guesser = KindGuesser(TODAY, has_party_data, title)
        for column, notes, post, heading, card, admitted, full in itertools.product(
            (None, "Dự bị", "Không", "Đảng viên"),
            (None, "Quần chúng", "ĐV dự bị"),
            (None, "Đảng viên"),
            (None, "II. QUẦN CHÚNG", "ĐẢNG VIÊN"),
            (None, "01234567"),
            (None, "2025-11-25", "2025-11-26", "2026-03-12", "2025-Q4", "2025-11", "2025"),
            (None, "2020-01-01"),
        ):
            signals = KindSignals(column, notes, post, heading, card, admitted, full,
                                  has_party_data, title)  # fmt: skip
            expected = infer_kind(signals, TODAY)
            found = guesser.guess(column, notes, post, heading, card, admitted, full)
            assert found == expected, signals


def test_the_sheet_guesser_by_columns_answers_as_row_by_row():
    """guess_all (a column per signal) gives each row guess()'s answer, every combination
    in one sheet, the keys seen before it or not."""
    import itertools

    from chibo_app.core.member_kinds import KindGuesser

    rows = list(
        itertools.product(
            (None, "Dự bị", "Không", "Đảng viên"),
            (None, "Quần chúng", "ĐV dự bị"),
            (None, "Đảng viên"),
            (None, "II. QUẦN CHÚNG", "ĐẢNG VIÊN"),
            (None, "", "01234567"),
            (None, "", "2025-11-25", "2025-11-26", "2026-03-12", "2025-Q4", "2025-11", "2025"),
            (None, "2020-01-01"),
        )
    )
    rows += rows[::7]  # keys already seen
    for has_party_data, title in itertools.product((False, True), ("", "DANH SÁCH ĐẢNG VIÊN")):
        one_by_one = KindGuesser(TODAY, has_party_data, title)
        expected = [one_by_one.guess(*row) for row in rows]
        by_columns = KindGuesser(TODAY, has_party_data, title)
        half = len(rows) // 2
        found = by_columns.guess_all(*map(list, zip(*rows[:half], strict=True)))
        found += by_columns.guess_all(*map(list, zip(*rows[half:], strict=True)))
        assert found == expected
