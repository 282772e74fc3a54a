"""The verification QR as a small PNG, for documents that cannot draw it (Word files).

Written with the standard library (zlib): a 1-bit greyscale image, one pixel row per
module row scaled up, with the four-module quiet zone readers need.
"""

from __future__ import annotations

import struct
import zlib

from chibo_app.documents.qr import modules

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)


def qr_png(payload: str, scale: int = 8) -> bytes:
    """PNG bytes of the QR code for `payload`, `scale` pixels per module."""
    matrix = modules(payload)
    size = len(matrix) + 2 * QUIET_ZONE
    white_row = [False] * size
    rows = [white_row] * QUIET_ZONE
    rows += [[False] * QUIET_ZONE + row + [False] * QUIET_ZONE for row in matrix]
    rows += [white_row] * QUIET_ZONE
    side = size * scale
    raw = bytearray()
    for row in rows:
        bits = "".join("0" if dark else "1" for dark in row for _ in range(scale))
        bits += "0" * (-len(bits) % 8)
        line = b"\x00" + int(bits, 2).to_bytes(len(bits) // 8, "big")  # filter: none
        raw += line * scale
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(bytes(raw), 9)),
            _chunk(b"IEND", b""),
        ]
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)
