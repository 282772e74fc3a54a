"""One version, pyproject.toml's, everywhere it is shown."""

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import chibo_app

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_package_version_is_pyprojects():
    assert chibo_app.__version__ == pyproject_version()


def test_chibo_version_in_a_real_process(tmp_path):
    env = {**os.environ, "CHIBO_DB": str(tmp_path / "unused.sqlite")}
    done = subprocess.run(
        [sys.executable, "-m", "chibo_app", "--version"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"chibo {pyproject_version()}\n"
    assert not (tmp_path / "unused.sqlite").exists()  # --version opens no data file


def test_version_option_is_described_in_vietnamese():
    from chibo_app.cli import build_parser

    assert re.search(r"--version\s+hiện số phiên bản\n", build_parser().format_help())
