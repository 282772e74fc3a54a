"""`chibo report`: the figures as JSON (stable keys), the PDF, and Vietnamese errors with
exit status 2 on bad input, through the real entry point."""

import json

import pytest

from chibo_app import cli
from chibo_app.core.year_report import JSON_KEYS
from chibo_app.services import documents
from tests.report_seed import seed


@pytest.fixture
def seeded(session, db_path):
    seed(session)
    return db_path


def run(db_path, capsys, *args):
    capsys.readouterr()
    code = cli.main(["--db", str(db_path), "report", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_of_a_report_to_a_date(seeded, capsys):
    code, out, _err = run(seeded, capsys, "--year", "2026", "--until", "2026-10-15", "--json")
    assert code == 0
    data = json.loads(out)
    assert tuple(data) == JSON_KEYS
    assert (data["period"], data["end"], data["as_of"]) == ("until", "2026-10-15", "2026-10-15")
    assert data["meetings"]["thematic"] == 1  # the one of 20/10 comes after the date
    assert data["topics"]["held"] == 1
    assert data["plans"] == {
        "people": 7, "made": 5, "made_percent": 71.4, "confirmed": 4, "confirmed_percent": 57.1,
        "on_time": 4, "on_time_percent": 57.1, "returned": 0, "drafting": 0,
        "deadline": "2026-03-31",
    }  # fmt: skip
    assert set(data["people"]) == {
        "full", "probationary", "non_party", "party_members", "total", "exempted", "left",
    }  # fmt: skip
    assert set(data["tasks"]) == {
        "source", "total", "completed", "completed_percent", "exceeded", "partly", "not_done",
        "not_assessed",
    }  # fmt: skip
    assert set(data["meetings"]["by_month"][0]) == {
        "month", "regular", "thematic", "extraordinary", "attendance",
    }  # fmt: skip
    code, out, _err = run(seeded, capsys, "--year", "2026", "--half", "--json")
    half = json.loads(out)
    assert half["period"] == "half" and half["meetings"]["average_attendance"] == 84.0
    assert half["nominations"]["by_kind"] == {"collective": 1, "individual": 1, "model": 1}


def test_help_documents_every_json_key(capsys):
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    text = capsys.readouterr().out
    for key in (*JSON_KEYS, "made_percent", "average_attendance", "by_field", "held_on"):
        assert key in text, key


def test_pdf_with_json_on_stdout(seeded, capsys, tmp_path):
    target = tmp_path / "bao-cao.pdf"
    code, out, err = run(seeded, capsys, "--year", "2026", "--half", "-o", str(target), "--json")
    assert code == 0
    assert json.loads(out)["period"] == "half"  # stdout stays pure JSON
    assert "báo cáo sơ kết 6 tháng đầu năm 2026" in err and "số 01-BC" in err
    assert target.read_bytes().startswith(b"%PDF")
    code, out, _err = run(seeded, capsys, "--year", "2026", "--number", "5", "-o", str(target))
    assert code == 0 and "số 05-BC" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2026", "--until", "2025-10-15", "--json"], "phải thuộc năm 2026"),
        (["--year", "2026", "--until", "2026-02-30", "--json"], "không phải là ngày có thật"),
        (["--year", "2026", "--until", "mai", "--json"], "Ngày tính đến"),
        (["--year", "1800", "--json"], "Năm 1800 không hợp lệ"),
        (["--year", "2026"], "Cần ghi tệp ra"),
        (["--year", "2026", "-o", "bao-cao.odt"], "đuôi .pdf hoặc .docx"),  # .docx is written
        (["--year", "2026", "-o", "/khong/co/thu-muc/bc.pdf"], "Không có thư mục"),
        (["--year", "2026", "--number", "0", "-o", "{tmp}/a.pdf"], "từ 1 đến 9999"),
        (["--half", "--until", "2026-06-30", "--json"], "không dùng cùng với đối số --half"),
        (["--year", "năm nay", "--json"], "không hợp lệ"),
    ],
)
def test_bad_input_exits_2_in_vietnamese(seeded, capsys, tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    capsys.readouterr()
    try:
        code = cli.main(["--db", str(seeded), "report", *args])
    except SystemExit as stop:  # argparse errors
        code = stop.code
    out = capsys.readouterr()
    assert code == 2
    assert message in out.err and "Lỗi:" in out.err
    assert out.out == ""
    assert not list(tmp_path.glob("*.pdf"))


def test_nothing_recorded_on_a_refused_number(seeded, capsys, tmp_path, session):
    run(seeded, capsys, "--year", "2026", "--half", "-o", str(tmp_path / "a.pdf"))
    code, _out, err = run(
        seeded, capsys, "--year", "2026", "--number", "1", "-o", str(tmp_path / "b.pdf")
    )
    assert code == 2 and "01-BC/CB đã dùng" in err
    assert not (tmp_path / "b.pdf").exists()
    assert documents.next_number(session, "BC") == 2


def test_a_report_whose_text_predates_its_figures_is_printed_with_a_warning(
    seeded, capsys, tmp_path, session
):
    from chibo_app.services import evaluation, year_report

    target = tmp_path / "bao-cao.pdf"
    code, _out, err = run(seeded, capsys, "--year", "2026", "-o", str(target))
    assert code == 0 and "Cảnh báo" not in err  # nothing saved: the draft of today
    period = year_report.period_of(2026)
    year_report.save_narrative(session, period, year_report.narrative(session, period))
    code, _out, err = run(seeded, capsys, "--year", "2026", "-o", str(target))
    assert code == 0 and "Cảnh báo" not in err  # saved with today's figures
    (c,) = session.db.execute("SELECT id FROM evaluations WHERE status = 'open'").fetchall()
    evaluation.finish(session, c[0], "good")  # C's: one more classified
    target.unlink()
    code, out, err = run(seeded, capsys, "--year", "2026", "--json", "-o", str(target))
    assert code == 0 and json.loads(out)["classification"]["classified"] == 3
    assert "Cảnh báo: số liệu đã thay đổi từ khi lưu phần nhận định (lưu lúc " in err
    assert "Đảng viên được xếp loại: 2 → 3; Xếp loại “Hoàn thành tốt nhiệm vụ”: 0 → 1." in err
    assert target.read_bytes().startswith(b"%PDF")  # printed all the same
