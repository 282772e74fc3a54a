"""openpyxl's temporary sheet files go into the scratch folder of the file being written.

openpyxl writes every worksheet to a temporary XML file before zipping it — in the
system's temporary folder, and left there if the process is killed: the names and card
numbers of an encrypted database in plain text where anyone can read them. Importing
this module (every module here that writes a workbook does) sends them to
fileio.scratch_folder() instead, removed with the write however it ends.
"""

from __future__ import annotations

import os
import tempfile

from openpyxl.worksheet import _writer

from chibo_app.fileio import scratch_folder


def _temporary_file(suffix: str = "") -> str:
    fd, name = tempfile.mkstemp(suffix=suffix, prefix="openpyxl.", dir=scratch_folder())
    os.close(fd)
    _writer.ALL_TEMP_FILES.append(name)
    return name


_writer.create_temporary_file = _temporary_file
