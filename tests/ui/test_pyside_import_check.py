"""PySide6's check of imported modules, read from the files' bytes."""

import json
import linecache
import sys

import pytest

import chibo_app.cli
import chibo_app.core.dates
import chibo_app.ui.main_window
from chibo_app.ui import pyside_import_check


@pytest.fixture
def original():
    feature = sys.modules["shibokensupport.feature"]
    installed = feature._mod_uses_pyside
    assert installed.reads_bytes  # the interface installed it on import
    return installed.__closure__[0].cell_contents


@pytest.mark.parametrize(
    "module",
    [chibo_app.ui.main_window, chibo_app.core.dates, chibo_app.cli, json, sys, pytest],
    ids=lambda m: m.__name__,
)
def test_it_answers_as_pysides_own_check(original, module):
    check = pyside_import_check.reading_bytes(original)
    assert check(module) == original(module)


def test_the_answers_differ_where_pyside_is_used(original):
    check = pyside_import_check.reading_bytes(original)
    assert check(chibo_app.ui.main_window) and not check(chibo_app.core.dates)


def test_an_import_keeps_no_source_lines(tmp_path, monkeypatch):
    (tmp_path / "freshly_imported_module.py").write_text("from PySide6 import QtCore\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    import freshly_imported_module  # noqa: F401

    assert not linecache.cache
    assert (
        sys.modules["shibokensupport.feature"].pyside_feature_dict["freshly_imported_module"] == 0
    )  # PySide knows it uses PySide6
