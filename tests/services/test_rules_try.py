"""`chibo rules try CASES.json [--rule-set CODE] --json` in a real process: every case
derived from the clauses of 366-QĐ/TW Điều 11, Điều 5 and HD 43 mục 7 (tests/rule_clauses)
gets its level; the output is one object per case {id, score, level, reasons}."""

import json
import os
import subprocess
import sys

import pytest

from tests.rule_clauses import ALL_CASES, tasks


def chibo(tmp_path, *argv):
    env = {**os.environ, "CHIBO_DB": str(tmp_path / "try.sqlite"), "PYTHONIOENCODING": "utf-8"}
    if not (tmp_path / "try.sqlite").exists():  # the cell's file holds its rule sets
        created = subprocess.run(
            [sys.executable, "-m", "chibo_app", "init", "--cell", "Chi bộ Sở Ngoại vụ",
             "--superior", "Đảng ủy Sở", "--place", "Hà Tĩnh", "--secretary", "Nguyễn Văn An"],
            capture_output=True, text=True, env=env, encoding="utf-8",
        )  # fmt: skip
        assert created.returncode == 0, created.stderr
    return subprocess.run(
        [sys.executable, "-m", "chibo_app", *argv],
        capture_output=True,
        text=True,
        env=env,
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def tried(tmp_path_factory):
    folder = tmp_path_factory.mktemp("try")
    cases = folder / "cases.json"
    cases.write_text(json.dumps([c["case"] for c in ALL_CASES], ensure_ascii=False), "utf-8")
    done = chibo(folder, "rules", "try", str(cases), "--rule-set", "366-QĐ/TW", "--json")
    assert done.returncode == 0, done.stderr
    return {item["id"]: item for item in json.loads(done.stdout)}


def test_every_clause_gets_its_level_through_the_command(tried):
    assert len(tried) == len(ALL_CASES)
    wrong = {
        c["case"]["id"]: (c["expected"], tried[c["case"]["id"]]["level"])
        for c in ALL_CASES
        if tried[c["case"]["id"]]["level"] != c["expected"]
    }
    assert not wrong, wrong
    for item in tried.values():
        assert set(item) == {"id", "score", "level", "reasons"}
        assert item["reasons"] and all(isinstance(r, str) for r in item["reasons"])


def test_the_output_says_why(tried):
    late = tried["s-k1.2-late"]
    assert late["score"] == 98.25 and late["level"] == "completed"
    assert any("đúng hạn 90% (9/10) < 100%" in r for r in late["reasons"])
    assert tried["s-k4.2-canh_cao"]["reasons"][-2].endswith(
        "bị kỷ luật cảnh cáo (từ khiển trách trở lên)."
    )
    assert tried["d5-suspended"]["reasons"] == [
        "Không đánh giá, xếp loại: Bị đình chỉ sinh hoạt đảng (366-QĐ/TW Điều 5 k2.1)."
    ]
    assert tried["d5-suspended"]["score"] is None
    assert any("HD 43 mục 7.5" in r for r in tried["m7.5-sick-90"]["reasons"])
    assert not any("HD 43 mục 7.5" in r for r in tried["m7.5-sick-89"]["reasons"])


def test_other_rule_set_bad_input_and_the_text_form(tmp_path):
    cases = tmp_path / "cases.json"
    few = [{"id": 1, "general": None, "tasks": tasks(done=3)}]
    cases.write_text(json.dumps(few), "utf-8")
    done = chibo(tmp_path, "rules", "try", str(cases), "--rule-set", "124-QĐ/TW", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        {
            "id": 1,
            "score": None,
            "level": "good",
            "reasons": json.loads(done.stdout)[0]["reasons"],
        }
    ]
    text = chibo(tmp_path, "rules", "try", str(cases))
    assert text.returncode == 0 and "- 1: " in text.stdout
    unknown = chibo(tmp_path, "rules", "try", str(cases), "--rule-set", "999")
    assert unknown.returncode != 0 and "Không có bộ tiêu chí mã “999”" in unknown.stderr
    cases.write_text("[{", "utf-8")
    broken = chibo(tmp_path, "rules", "try", str(cases), "--json")
    assert broken.returncode != 0 and "không phải JSON hợp lệ" in broken.stderr
    cases.write_text(json.dumps([{"id": "x", "group": "boss"}]), "utf-8")
    refused = chibo(tmp_path, "rules", "try", str(cases), "--json")
    assert refused.returncode != 0 and "Trường hợp thứ 1 (x)" in refused.stderr
    assert refused.stdout == ""
