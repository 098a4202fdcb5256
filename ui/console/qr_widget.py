"""A QR code on screen, from the same matrix the referral handouts print (``app.handouts.qr_modules``)."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.handouts import qr_modules

QUIET = 4  # modules of white border, as a scanner wants


class QrWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.modules: tuple[tuple[bool, ...], ...] = ()
        self.setMinimumSize(QSize(240, 240))

    def set_text(self, text: str) -> None:
        self.text = text
        self.modules = qr_modules(text) if text else ()
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(280, 280)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self.modules:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = len(self.modules) + 2 * QUIET
        box = side // count  # whole pixels per module: a scaled, blurred module is what scanners misread
        left, top = (self.width() - box * count) // 2, (self.height() - box * count) // 2
        painter.fillRect(left, top, box * count, box * count, Qt.GlobalColor.white)
        for r, row in enumerate(self.modules):
            c = 0
            for dark, run in groupby(row):
                length = len(list(run))
                if dark:
                    x, y = left + (c + QUIET) * box, top + (r + QUIET) * box
                    painter.fillRect(QRectF(x, y, length * box, box), Qt.GlobalColor.black)
                c += length
        painter.end()
