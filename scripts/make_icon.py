"""Draw Pysäkki's icon (a white bus on a teal tile) and write resources/icons/pysakki.ico and pysakki.png.

``python scripts/make_icon.py``; the files it writes are committed, so a build never needs this script. The .ico
holds 16, 32, 48 and 256 pixel images, each drawn at its own size (small ones simplified, not shrunk): the small
three as 32-bit bitmaps, which every Windows tool reads, the 256 one as PNG, as Windows expects it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

from app.files import write_atomically  # noqa: E402

ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 32, 48, 256)
PNG_SIZE = 256
TILE, BUS, GLASS, STRIPE = QColor("#1b6e7e"), QColor("#ffffff"), QColor("#0f3f49"), QColor("#f2b824")


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels, drawn on a 256-unit grid."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(QColor(0, 0, 0, 0))
    small = size <= 32
    painter.setBrush(TILE)
    painter.drawRoundedRect(QRectF(0, 0, 256, 256), 44, 44)
    painter.setBrush(BUS)
    painter.drawRoundedRect(QRectF(28, 52, 200, 140), 26, 26)  # the body
    painter.setBrush(GLASS)
    if small:  # one band of glass reads better than three panes at 16 and 32 pixels
        painter.drawRoundedRect(QRectF(48, 72, 160, 52), 10, 10)
    else:
        for left in (48, 106, 164):
            painter.drawRoundedRect(QRectF(left, 72, 44, 52), 8, 8)
    painter.setBrush(STRIPE)
    painter.drawRect(QRectF(28, 140, 200, 16 if not small else 20))
    for centre in (78, 178):  # the wheels
        painter.setBrush(GLASS)
        painter.drawEllipse(QRectF(centre - 26, 166, 52, 52))
        if not small:
            painter.setBrush(BUS)
            painter.drawEllipse(QRectF(centre - 10, 182, 20, 20))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs want bytes; the binding takes str)
    buffer.close()
    return bytes(data.data())


def bitmap_bytes(image: QImage) -> bytes:
    """An icon's DIB: the header (height doubled for the mask), BGRA rows bottom-up, then an empty AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels, stride = bytes(image.constBits()), image.bytesPerLine()  # ARGB32 in memory: B, G, R, A
    rows = [pixels[y * stride : y * stride + size * 4] for y in range(size)]
    mask_row = bytes(((size + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file (ICONDIR, one ICONDIRENTRY per image, then the images)."""
    blobs = [png_bytes(image) if image.width() >= 256 else bitmap_bytes(image) for image in images]
    offset = 6 + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + entries + b"".join(blobs)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    write_atomically(ICONS / "pysakki.ico", ico_bytes([draw(size) for size in ICO_SIZES]))
    write_atomically(ICONS / "pysakki.png", png_bytes(draw(PNG_SIZE)))
    print(f"wrote {ICONS / 'pysakki.ico'} and {ICONS / 'pysakki.png'}")


if __name__ == "__main__":
    main()
