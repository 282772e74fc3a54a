"""The nomination list keeps seed 003's grouping — I. Tập thể, II. Cá nhân, III. Mô hình,
then each phòng, đơn vị (each chooses its own nominees) — and names the people of a unit
in the order every list uses (core.person_order): Bí thư, Phó Bí thư, chi ủy viên, members
without a post, then quần chúng. A list printed before, in name order, still verifies."""

import functools
import subprocess

from openpyxl import load_workbook

from chibo_app.core.nominations import Kind, Nomination
from chibo_app.core.people import Kind as PersonKind
from chibo_app.core.people import Person, Position, PositionKind
from chibo_app.services import (
    cell,
    documents,
    nomination_lists,
    nominations,
    people,
    verification,
)

# (name, kind, party post) in one unit, in the order the list must print them
OFFICE = [
    ("Võ Thị Xuân", PersonKind.FULL, "Bí thư"),
    ("Trần Văn Yên", PersonKind.FULL, "Chi ủy viên"),
    ("Lê Thị Ánh", PersonKind.FULL, ""),
    ("Nguyễn Văn Bình", PersonKind.PROBATIONARY, ""),
    ("Đặng Thị An", PersonKind.NON_PARTY, ""),  # first by name, last as quần chúng
]


def _nominate(session):
    units = {name: cell.add_unit(session, name) for name in ("Văn phòng Sở", "Phòng Lãnh sự")}
    for name, kind, post in OFFICE:
        dated = {"admitted_on": "2015-03-02"} if kind != PersonKind.NON_PARTY else {}
        if kind == PersonKind.FULL:
            dated["full_member_on"] = "2016-03-02"
        if kind == PersonKind.PROBATIONARY:
            dated["admitted_on"] = "2026-02-02"
        person_id = people.save_person(
            session, Person(full_name=name, kind=kind, unit_id=units["Văn phòng Sở"], **dated)
        )
        if post:
            people.save_position(
                session, Position(person_id, PositionKind.PARTY, post, start_date="2025-01-01")
            )
        nominations.save(
            session,
            Nomination(
                2026, Kind.INDIVIDUAL, f"Thành tích của {name}", person_id=person_id, field="Khác"
            ),
        )
    # another unit's nominee (named before all of them) stays in his unit, after the office
    other = people.save_person(
        session, Person(full_name="Âu Văn Ba", unit_id=units["Phòng Lãnh sự"])
    )
    nominations.save(
        session,
        Nomination(2026, Kind.INDIVIDUAL, "Số hóa hồ sơ", person_id=other, field="Khác"),
    )
    nominations.save(
        session,
        Nomination(2026, Kind.COLLECTIVE, "Tập thể", unit_id=units["Phòng Lãnh sự"], field="Khác"),
    )
    return [name for name, _k, _p in OFFICE] + ["Âu Văn Ba"]


def _pdf_text(path):
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


def test_people_of_a_unit_come_by_post_then_name(session, tmp_path):
    from chibo_app.services.nomination_printing import export_list

    expected = _nominate(session)
    listed = [
        r.name for r in nomination_lists.rows(session, 2026) if r.nomination.kind == Kind.INDIVIDUAL
    ]
    assert listed == expected
    export_list(session, 2026, tmp_path / "ds.pdf")
    text = _pdf_text(tmp_path / "ds.pdf").split("II. CÁ NHÂN", 1)[1]
    assert sorted(expected, key=text.index) == expected
    assert "1 Võ Thị Xuân Bí thư" in text and "5 Đặng Thị An" in text
    export_list(session, 2026, tmp_path / "ds.xlsx")
    sheet = load_workbook(tmp_path / "ds.xlsx").active
    names = [row[1] for row in sheet.iter_rows(values_only=True) if row[1] in expected]
    assert names == expected


def test_a_list_printed_in_name_order_still_verifies(session, tmp_path, monkeypatch):
    from chibo_app.services.nomination_printing import export_list

    expected = _nominate(session)
    with monkeypatch.context() as patch:  # as lists were printed before
        earlier = functools.partial(nomination_lists.list_data, by_post=False)
        patch.setattr(nomination_lists, "list_data", earlier)
        before = export_list(session, 2026, tmp_path / "before.pdf")
    text = _pdf_text(tmp_path / "before.pdf").split("II. CÁ NHÂN", 1)[1]
    assert text.index("Đặng Thị An") < text.index("Võ Thị Xuân")  # by name then
    assert verification.verify(session, before.code).status == documents.VerifyStatus.UNCHANGED
    item = next(r.nomination for r in nomination_lists.rows(session, 2026) if r.name == expected[0])
    nominations.save(session, item.with_changes(title="Thành tích khác"))
    assert verification.verify(session, before.code).status == documents.VerifyStatus.CHANGED
