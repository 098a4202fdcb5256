"""Where the main window opens: maximised into the free area of a laptop-sized screen, else at its size, fitted and
centred. A plain function of two rectangles, so it is tested without a screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

FRAME = 40  # room for the title bar the window system adds around the window


def opening_geometry(size: QSize, available: QRect) -> QRect | None:
    """Where the window opens on a screen whose free area (without taskbars) is ``available``: None to maximise it,
    on a laptop-sized screen where every row counts (1366x768: 1280x720 left a strip unused and cut the pages);
    on a larger one the size asked, shrunk to fit the free area with its frame, centred on it."""
    if available.width() <= 1440 or available.height() <= 900:
        return None
    width, height = min(size.width(), available.width()), min(size.height(), available.height() - FRAME)
    left = available.x() + (available.width() - width) // 2
    top = available.y() + (available.height() - FRAME - height) // 2 + FRAME
    return QRect(left, top, width, height)
