"""A QR code version 1 (21 × 21), level M, alphanumeric mode, mask 2 — nothing else.

Every verification QR ("CHIBO:" + ten base32 characters, 16 characters) is one of
these. reportlab's general encoder spends ~0.25 ms a code rebuilding the same fixed
patterns and the Reed–Solomon tables each time; here they are built once at import
and a code costs ~40 µs. qr.modules falls back to reportlab for anything longer or
outside the alphanumeric set; tests check both give the same matrix (ISO/IEC 18004).
"""

from __future__ import annotations

SIZE = 21
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
CAPACITY = 20  # alphanumeric characters in 1-M
_DATA_CODEWORDS = 16
_EC_CODEWORDS = 10
_MASK = 2  # (column % 3 == 0) inverts a data module
_LEVEL_M = 0  # the format bits' code for level M
_VALUE = {ch: n for n, ch in enumerate(ALPHANUMERIC)}


def _gf_tables() -> tuple[list[int], list[int]]:
    exp = [0] * 512
    log = [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _generator(degree: int) -> list[int]:
    """Coefficients of ∏(x − αⁱ), i < degree, highest power first."""
    poly = [1]
    for i in range(degree):
        result = [0] * (len(poly) + 1)
        for j, coefficient in enumerate(poly):
            result[j] ^= coefficient
            if coefficient:
                result[j + 1] ^= _EXP[_LOG[coefficient] + i]
        poly = result
    return poly


_GENERATOR_LOGS = [_LOG[c] for c in _generator(_EC_CODEWORDS)[1:]]


def _error_codewords(data: list[int]) -> list[int]:
    remainder = [0] * _EC_CODEWORDS
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = remainder[1:] + [0]
        if factor:
            shift = _LOG[factor]
            for i, g in enumerate(_GENERATOR_LOGS):
                remainder[i] ^= _EXP[g + shift]
    return remainder


def _format_bits() -> int:
    data = (_LEVEL_M << 3) | _MASK
    bits = data << 10
    for shift in range(4, -1, -1):
        if bits & (1 << (shift + 10)):
            bits ^= 0x537 << shift
    return ((data << 10) | bits) ^ 0x5412


def _template() -> tuple[list[list[bool]], list[tuple[int, int]]]:
    """The fixed modules (finders, timing, format, dark module) and the data module
    positions in placement order."""
    grid: list[list[bool | None]] = [[None] * SIZE for _ in range(SIZE)]
    for top, left in ((0, 0), (0, SIZE - 7), (SIZE - 7, 0)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                row, col = top + r, left + c
                if 0 <= row < SIZE and 0 <= col < SIZE:
                    ring = max(abs(r - 3), abs(c - 3))
                    grid[row][col] = ring in (0, 1, 3) if 0 <= r < 7 and 0 <= c < 7 else False
    for i in range(8, SIZE - 8):
        grid[6][i] = grid[i][6] = i % 2 == 0
    bits = _format_bits()
    for i in range(15):
        dark = (bits >> i) & 1 == 1
        grid[i if i < 6 else i + 1 if i < 8 else SIZE - 15 + i][8] = dark
        grid[8][SIZE - i - 1 if i < 8 else 15 - i if i < 9 else 15 - i - 1] = dark
    grid[SIZE - 8][8] = True
    positions: list[tuple[int, int]] = []
    upward = True
    col = SIZE - 1
    while col > 0:
        if col == 6:
            col -= 1
        rows = range(SIZE - 1, -1, -1) if upward else range(SIZE)
        for row in rows:
            for c in (col, col - 1):
                if grid[row][c] is None:
                    positions.append((row, c))
        upward = not upward
        col -= 2
    fixed = [[bool(v) for v in row] for row in grid]
    return fixed, positions


_FIXED, _POSITIONS = _template()


def fits(payload: str) -> bool:
    """Alphanumeric text of up to 20 characters (digits alone would take numeric mode)."""
    return (
        0 < len(payload) <= CAPACITY
        and all(ch in _VALUE for ch in payload)
        and not payload.isdigit()
    )


def modules(payload: str) -> list[list[bool]]:
    """The module matrix (True = dark) of `payload`; check `fits(payload)` first."""
    bits: list[int] = []

    def put(value: int, length: int) -> None:
        bits.extend((value >> i) & 1 for i in range(length - 1, -1, -1))

    put(0b0010, 4)
    put(len(payload), 9)
    for i in range(0, len(payload) - 1, 2):
        put(_VALUE[payload[i]] * 45 + _VALUE[payload[i + 1]], 11)
    if len(payload) % 2:
        put(_VALUE[payload[-1]], 6)
    capacity = _DATA_CODEWORDS * 8
    bits.extend([0] * min(4, capacity - len(bits)))
    bits.extend([0] * (-len(bits) % 8))
    data = [int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8)]
    pads = (0xEC, 0x11)
    data += [pads[i % 2] for i in range(_DATA_CODEWORDS - len(data))]
    matrix = [row[:] for row in _FIXED]
    index = 0
    for byte in data + _error_codewords(data):
        for shift in range(7, -1, -1):
            row, col = _POSITIONS[index]
            matrix[row][col] = bool((byte >> shift) & 1) != (col % 3 == 0)
            index += 1
    return matrix
