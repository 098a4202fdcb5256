"""The Python sides of Qt objects that PySide holds now (Shiboken's binding manager)."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QLayout, QLayoutItem
from shiboken6 import Shiboken


def layout_items() -> list[QLayoutItem]:
    """The layout items (not layouts: those are QObjects, whose deletion PySide hears of) with a Python side now.
    Qt deletes such an item when its widget goes without telling PySide, so any of these can turn stale."""
    gc.collect()
    return [o for o in Shiboken.getAllValidWrappers() if isinstance(o, QLayoutItem) and not isinstance(o, QLayout)]


class HeldLayoutItems:
    """The layout items PySide holds a Python side of once the window is built. PySide's own glue makes these: a
    layout put into one already on a widget (``addLayout``) has each of its items given a Python side, kept with the
    outer layout. Each is safe while its widget lives; once the widget is deleted, Qt deletes the item and the
    Python side is stale. ``problems`` says when that happened or when a new one appeared."""

    def __init__(self) -> None:
        self.widgets = {Shiboken.getCppPointer(item)[0]: item.widget() for item in layout_items()}

    def problems(self) -> list[str]:
        found = [
            f"a layout item got a Python side after the window was built: {item}"
            for item in layout_items()
            if Shiboken.getCppPointer(item)[0] not in self.widgets
        ]
        found += [
            f"the widget of a layout item with a Python side was deleted (the item is stale): {address:#x}"
            for address, widget in self.widgets.items()
            if widget is not None and not Shiboken.isValid(widget)
        ]
        return found
