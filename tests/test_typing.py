"""mypy --strict holds on the packages pyproject makes strict, checked against the
libraries' own types: reportlab's and openpyxl's through the typeshed stubs of the test
extra. A new type error fails the suite, not only a lint run someone may skip."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STUBS = ("types-reportlab", "types-openpyxl")


def strict_packages() -> list[str]:
    """The folders of the modules pyproject's mypy overrides make strict."""
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    modules = [m for o in mypy["overrides"] if o.get("strict") for m in o["module"]]
    return [m.removesuffix(".*").replace(".", "/") for m in modules]


def test_the_strict_packages_are_the_layers_below_the_ui():
    assert strict_packages() == [
        "chibo_app/core",
        "chibo_app/storage",
        "chibo_app/services",
        "chibo_app/documents",
        "chibo_app/spreadsheets",
    ]


@pytest.mark.slow
def test_mypy_strict_finds_no_error_with_the_stubs():
    for stub in STUBS:  # without them reportlab and openpyxl would be unchecked Any
        try:
            version(stub)
        except PackageNotFoundError:
            pytest.fail(f"{stub} is not installed: pip install -e '.[test]'")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *strict_packages()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
