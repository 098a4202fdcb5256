"""No Python side of a layout's item outlives the item.

PySide keeps the Python object that ``QLayout.itemAt`` returns alive as a child of the layout's own Python object,
but Qt deletes the item itself whenever its widget goes (a choice row rebuilt for another stop, a report replaced).
The stale Python object then stands for whatever Qt puts at that address next: the program read a table's model as
a ``QWidgetItem`` and died in Shiboken's releaseWrapper (the soak, 5 crashes in 915 actions). So ``ui/`` never asks
a layout for its items; what it needs to know of its widgets it keeps itself."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from tests.wrappers import layout_items
from ui.widgets.choices import Chips, Segmented
from ui.widgets.form import Form

ROOT = Path(__file__).resolve().parents[1]
# A layout's items, and item-widget rows made in Python: the same kind of Python side (README, "Threads and models").
ASKS_FOR_ITEMS = re.compile(r"\.(itemAt|takeAt|itemAtPosition)\(|\bQ(List|Table|Tree)WidgetItem\(")


def held() -> set[int]:
    return {Shiboken.getCppPointer(item)[0] for item in layout_items()}


def test_a_forms_tab_order_leaves_no_python_side_of_its_items(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = Form(page)
    choice, chips, spin = Segmented(), Chips(), QSpinBox()
    choice.set_options([("a", "A"), ("b", "B")])
    chips.set_options([("x", "X"), ("y", "Y"), ("z", "Z")])
    form.field("choice", choice)
    form.field("chips", chips)
    form.field("count", spin)
    before = held()

    chain = form.focus_chain()
    assert chain == [*choice.buttons.values(), *chips.buttons.values(), spin]
    choice.set_options([("c", "C")])  # the stop's choices came: the old buttons go, and their items with them
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert form.focus_chain() == [choice.buttons["c"], *chips.buttons.values(), spin]
    assert held() - before == set()  # (other tests' windows may be going meanwhile)


def test_no_desktop_code_asks_a_layout_for_its_items_or_makes_item_rows() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ASKS_FOR_ITEMS.search(line)
    ]
    assert found == []
