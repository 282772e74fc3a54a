"""The same order of positions everywhere (issue 14, Consistency): Bí thư, Phó Bí thư, chi
ủy viên, other posts, members without a post, quần chúng — then Vietnamese name order —
in the signed-off list, the evaluation list, a meeting's attendance list, the member
export, the command line's member list and the people page (core.person_order)."""

import json
import subprocess

from openpyxl import load_workbook

from chibo_app import cli
from chibo_app.core.people import Kind
from chibo_app.core.person_order import (
    COMMITTEE,
    DEPUTY,
    MEMBER,
    NON_PARTY,
    OTHER_POST,
    SECRETARY,
    person_order,
    post_rank,
)
from chibo_app.services import (
    demo,
    evaluation_lists,
    evaluation_printing,
    meeting_printing,
    meetings,
    people,
    plan_printing,
)
from chibo_app.services.members_export import export_members


def test_posts_rank_before_names():
    assert [
        post_rank("Bí thư"),
        post_rank("Phó Bí thư"),
        post_rank("Chi ủy viên"),
        post_rank("Cấp ủy viên"),
        post_rank("Tổ trưởng tổ đảng"),
        post_rank(""),
        post_rank("Đảng viên"),  # a kind typed where the post belongs
        post_rank("Đảng viên dự bị"),
        post_rank("Chi ủy viên", Kind.NON_PARTY),
    ] == [SECRETARY, DEPUTY, COMMITTEE, COMMITTEE, OTHER_POST, MEMBER, MEMBER, MEMBER, NON_PARTY]
    listed = [
        ("Trần Thị Ánh", "", Kind.NON_PARTY),
        ("Lê Văn Bình", "", Kind.FULL),
        ("Nguyễn Văn Đức", "Chi ủy viên", Kind.FULL),
        ("Phạm Thị Yến", "Bí thư", Kind.FULL),
        ("Hoàng Văn An", "Chi ủy viên", Kind.FULL),
        ("Đỗ Minh Châu", "Phó Bí thư", Kind.FULL),
        ("Vũ Thị Ân", "Đảng viên", Kind.PROBATIONARY),
    ]
    ordered = [name for name, *_ in sorted(listed, key=lambda p: person_order(*p))]
    assert ordered == [
        "Phạm Thị Yến",
        "Đỗ Minh Châu",
        "Hoàng Văn An",
        "Nguyễn Văn Đức",
        "Vũ Thị Ân",  # Ân after An, before Bình (Vietnamese collation)
        "Lê Văn Bình",
        "Trần Thị Ánh",
    ]


def _pdf_text(path):
    """The PDF's text with every run of white space one space (names wrap in cells)."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


def _in_order(text, names):
    """The names as they come in `text`, each found once."""
    return sorted(names, key=lambda n: text.index(n))


def test_every_list_names_people_in_the_one_order(session, tmp_path, capsys):
    demo.fill_demo(session, people_count=14, seed=7)
    rows = {r.id: r for r in people.list_rows(session)}
    by_post = {r.full_name: r.party_position for r in rows.values()}
    secretary = next(n for n, p in by_post.items() if p == "Bí thư")
    deputy = next(n for n, p in by_post.items() if p == "Phó Bí thư")
    committee = sorted(n for n, p in by_post.items() if p == "Chi ủy viên")
    assert committee  # the demo has chi ủy viên to order

    def expected(names):
        return sorted(names, key=lambda n: person_order(n, by_post[n], _kind(rows, n)))

    # the signed-off list (PDF)
    plan_printing.print_signed_off(session, 2026, tmp_path / "ds.pdf")
    text = _pdf_text(tmp_path / "ds.pdf").split("STT", 1)[1].split("Tổng số", 1)[0]
    listed = [n for n in by_post if n in text]  # the rows: the signer is after "Tổng số"
    assert len(listed) >= 3
    assert _in_order(text, listed) == expected(listed)
    # the evaluation list: its rows, then its PDF
    evaluated = [r.full_name for r in evaluation_lists.list_year(session, 2026)]
    assert evaluated == expected(evaluated)
    assert evaluated.index(deputy) < min(evaluated.index(n) for n in committee)
    evaluation_printing.export_list(session, 2026, tmp_path / "dg.pdf")
    text = _pdf_text(tmp_path / "dg.pdf").split("STT", 1)[1]
    assert _in_order(text, evaluated) == evaluated
    # a meeting's attendance list
    meeting = meetings.meetings_of_year(session, 2026)[4]
    data = meeting_printing.record_data(session, meeting.id)
    attending = [line.full_name for line in data.lines]
    assert attending == expected(attending)
    assert attending[:2] == [secretary, deputy] or secretary not in attending
    # the member export (.xlsx read back) and the command line's list
    export_members(session, tmp_path / "dv.xlsx")
    sheet = load_workbook(tmp_path / "dv.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if "Họ và tên" in row)
    column = values[header].index("Họ và tên")
    exported = [row[column] for row in values[header + 1 :] if row[column]]
    assert exported == expected(exported)
    assert exported[:2] == [secretary, deputy]
    assert cli.main(["--db", str(session.path), "members", "list", "--json"]) == 0
    from_cli = [r["full_name"] for r in json.loads(capsys.readouterr().out)]
    assert from_cli == expected(from_cli)
    assert from_cli[:2] == [secretary, deputy]


def _kind(rows, name):
    return next(r.kind for r in rows.values() if r.full_name == name)
