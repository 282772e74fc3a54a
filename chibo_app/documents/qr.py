"""A small QR code drawn straight onto a reportlab canvas.

reportlab's QrCodeWidget picks the best of eight mask patterns, which costs ~2.3 ms
per code (over a second for a batch of 500 forms). Any mask gives a valid, readable
code (the reader learns the mask from the format bits), so one fixed mask is used:
~0.2 ms. The dark modules of each row are merged into runs, one rectangle per run.
"""

from __future__ import annotations

import itertools
from typing import Any

from reportlab.graphics.barcode import qrencoder

_MASK = 2  # vertical stripes; any of 0–7 is valid


def modules(payload: str) -> list[list[bool]]:
    """The module matrix (True = dark) for `payload` at error correction level M."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, _MASK)
    count = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(count)] for r in range(count)]


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code with its lower-left corner at (x, y), `size` points square."""
    matrix = modules(payload)
    step = size / len(matrix)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * step
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + column * step, top, length * step, step)
            column += length
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
