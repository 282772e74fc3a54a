"""A small QR code drawn straight onto a reportlab canvas.

reportlab's QrCodeWidget picks the best of eight mask patterns, which costs ~2.3 ms
per code (over a second for a batch of 500 forms). Any mask gives a valid, readable
code (the reader learns the mask from the format bits), so one fixed mask is used.
A verification code always fits a version-1 code, which qr_v1 makes in ~40 µs from
tables built once; anything else goes through reportlab's encoder (~0.25 ms). The
dark modules of each row are merged into runs, one rectangle per run.
"""

from __future__ import annotations

import itertools
from typing import Any

from chibo_app.documents import qr_v1

_MASK = 2  # vertical stripes; any of 0–7 is valid


def modules(payload: str) -> list[list[bool]]:
    """The module matrix (True = dark) for `payload` at error correction level M."""
    if qr_v1.fits(payload):
        return qr_v1.modules(payload)
    return reportlab_modules(payload)


def reportlab_modules(payload: str) -> list[list[bool]]:
    """The same through reportlab's general encoder (any length, any version)."""
    from reportlab.graphics.barcode import qrencoder  # noqa: PLC0415 - rarely needed

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()  # type: ignore[no-untyped-call]  # in the stubs
    code.makeImpl(False, _MASK)
    return [[bool(dark) for dark in row] for row in code.modules]  # isDark(r, c), unrolled


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code with its lower-left corner at (x, y), `size` points square.

    Written as raw PDF operators in module units under one scaling matrix: integer
    rectangles joined into one string are ~10× quicker than a reportlab path (which
    formats every coordinate as a float), and the file is smaller.
    """
    matrix = modules(payload)
    count = len(matrix)
    step = size / count
    rects: list[str] = []
    for row_index, row in enumerate(matrix):
        bottom = count - 1 - row_index  # PDF y grows upwards
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                rects.append(f"{column} {bottom} {length} 1 re")
            column += length
    canvas.addLiteral(f"q {step:.4f} 0 0 {step:.4f} {x:.3f} {y:.3f} cm 0 g {' '.join(rects)} f Q")
