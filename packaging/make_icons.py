"""Render the application icon from its SVG source at build time (nothing generated is
committed): PNGs in the freedesktop hicolor layout and a Windows .ico.

    python packaging/make_icons.py [--out build/icons]

Writes, under the output folder:
    hicolor/<n>x<n>/apps/chibo.png   n = 16, 24, 32, 48, 64, 128, 256, 512
    hicolor/scalable/apps/chibo.svg
    chibo.ico                         16, 24, 32, 48, 64 as 32-bit bitmaps, 256 as PNG

Rendering uses Qt's own QSvgRenderer (PySide6, already a dependency), offscreen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "chibo.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_BITMAP_SIZES = (16, 24, 32, 48, 64)  # what Explorer and the taskbar pick from
ICO_PNG_SIZE = 256  # the large icon view; stored as PNG, as Windows Vista and later read


def render(svg: Path, size: int):  # -> QImage (PySide6 imported lazily, see main)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def bitmap_bytes(image) -> bytes:
    """One ICO entry as a 32-bit BGRA DIB: BITMAPINFOHEADER (height doubled for the
    mask), the rows bottom-up, then a 1-bit AND mask (all 0: the alpha channel rules)."""
    size = image.width()
    # ARGB32 is stored as B, G, R, A bytes on little-endian machines: the DIB order.
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    rows = [bits[y * stride : y * stride + size * 4] for y in range(size)]
    if sys.byteorder != "little":
        rows = [_swap_words(row) for row in rows]
    mask_stride = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + bytes(mask_stride * size)


def _swap_words(row: bytes) -> bytes:
    return b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4))


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    """An .ico file: ICONDIR, one ICONDIRENTRY per image, then the images."""
    head = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(head) + 16 * len(entries)
    directory, payload = b"", b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return head + directory + payload


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def make_icons(out: Path, svg: Path = SOURCE) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed, nor wanted
    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # noqa: F841
    written = []
    images = {size: render(svg, size) for size in {*PNG_SIZES, *ICO_BITMAP_SIZES, ICO_PNG_SIZE}}
    for size in PNG_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / "chibo.png"
        write_atomic(path, png_bytes(images[size]))
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / "chibo.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    entries = [(size, bitmap_bytes(images[size])) for size in ICO_BITMAP_SIZES]
    entries.append((ICO_PNG_SIZE, png_bytes(images[ICO_PNG_SIZE])))
    ico = out / "chibo.ico"
    write_atomic(ico, ico_bytes(entries))
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--svg", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    for path in make_icons(args.out, args.svg):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
