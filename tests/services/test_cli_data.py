"""`chibo` backup, restore, check and password commands on real files."""

import json

from chibo_app import cli

INIT = [
    "init",
    "--cell",
    "Chi bộ Sở Ngoại vụ",
    "--superior",
    "Đảng ủy Ủy ban nhân dân tỉnh",
    "--place",
    "Hà Tĩnh",
    "--secretary",
    "Nguyễn Văn An",
]


def run(db_path, *args):
    return cli.main(["--db", str(db_path), *args])


def names(db_path, capsys):
    capsys.readouterr()
    assert run(db_path, "members", "list", "--json") == 0
    return sorted(p["full_name"] for p in json.loads(capsys.readouterr().out))


def test_backup_list_restore_and_check(db_path, tmp_path, capsys):
    run(db_path, *INIT)
    run(db_path, "demo", "--people", "5", "--seed", "1")
    before = names(db_path, capsys)
    assert run(db_path, "backup") == 0
    made = capsys.readouterr().out.split("Đã sao lưu vào ")[1].strip()
    (tmp_path / "usb").mkdir()
    assert run(db_path, "backup", "--to", str(tmp_path / "usb")) == 0
    assert list((tmp_path / "usb").glob("*.sqlite"))
    capsys.readouterr()
    assert run(db_path, "backups") == 0
    listing = capsys.readouterr().out
    assert made in listing
    # Why each copy was taken, in words, not the code of its file name.
    assert "Sao lưu ngay (thủ công)" in listing and " thu-cong " not in listing
    run(db_path, "demo", "--people", "1")  # refused: has people; the data stays
    capsys.readouterr()
    assert run(db_path, "restore", made) == 0
    assert "Đã khôi phục" in capsys.readouterr().out
    assert names(db_path, capsys) == before
    assert run(db_path, "check") == 0
    assert capsys.readouterr().out.strip()


def test_password_set_then_required_then_removed(db_path, capsys, monkeypatch, fast_kdf):
    run(db_path, *INIT)
    run(db_path, "demo", "--people", "3", "--seed", "2")
    before = names(db_path, capsys)
    monkeypatch.setenv("CHIBO_NEW_PASSWORD", "mat-khau-bi-mat")
    assert run(db_path, "password", "set") == 0
    capsys.readouterr()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert run(db_path, "members", "list") == 2
    assert "mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("CHIBO_PASSWORD", "sai-mat-khau")
    assert run(db_path, "members", "list") == 2
    assert "Sai mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("CHIBO_PASSWORD", "mat-khau-bi-mat")
    assert names(db_path, capsys) == before
    assert run(db_path, "password", "remove") == 0
    capsys.readouterr()
    monkeypatch.delenv("CHIBO_PASSWORD")
    assert db_path.read_bytes().startswith(b"SQLite format 3")
    assert names(db_path, capsys) == before


def test_plans_nominations_and_verify_through_chibo(db_path, tmp_path, capsys):
    """The plans, nominations and verify commands as a user types them."""
    run(db_path, "demo", "--people", "20", "--seed", "4")
    capsys.readouterr()
    assert run(db_path, "plans", "list", "--year", "2026", "--json") == 0
    plans = json.loads(capsys.readouterr().out)
    assert set(plans[0]) == {
        "person_id",
        "full_name",
        "status",
        "submitted_on",
        "confirmed_on",
        "tasks",
        "checks",
        "similar_to",
    }
    out = tmp_path / "ke-hoach.pdf"
    assert run(db_path, "plans", "print", "--year", "2026", "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert (
        run(db_path, "plans", "signed-off", "--year", "2026", "-o", str(tmp_path / "ds.xlsx")) == 0
    )
    capsys.readouterr()
    assert run(db_path, "nominations", "list", "--year", "2026", "--json") == 0
    assert set(json.loads(capsys.readouterr().out)[0]) == {
        "id",
        "kind",
        "name",
        "unit",
        "field",
        "status",
        "title",
    }
    assert (
        run(
            db_path,
            "nominations",
            "export",
            "--year",
            "2026",
            "-o",
            str(tmp_path / "dien-hinh.pdf"),
        )
        == 0
    )
    capsys.readouterr()
    code = db_path.parent / "code.txt"
    from chibo_app.services.session import open_session  # noqa: PLC0415

    session = open_session(db_path)
    code.write_text(
        session.db.execute(
            "SELECT code FROM documents WHERE doc_type = 'DS' ORDER BY id LIMIT 1"
        ).fetchone()[0]
    )
    session.close()
    assert run(db_path, "verify", code.read_text()) == 0
    assert capsys.readouterr().out.strip()
    assert run(db_path, "verify", "KHONG-CO-MA") in (1, 2)


def test_the_backups_list_says_why_in_the_users_language(db_path, capsys, monkeypatch):
    run(db_path, *INIT)
    assert run(db_path, "backup") == 0
    capsys.readouterr()
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    assert run(db_path, "backups") == 0
    listing = capsys.readouterr().out
    assert "Back up now (manual)" in listing and "Total: 1 backups" in listing
    assert "thủ công" not in listing
