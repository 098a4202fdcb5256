"""One reference table edited in the console: the register's rows in a table, the chosen one (or a new one) in a
form under it, saved through ``PUT /reference/{table}``.

The form checks what it can before anything is sent (required fields, the order of times) and says so beside the
fields. The register answers each row on its own; a rejected row keeps what the coordinator typed, and the reason
is said beside the fields it names and on the row in the table. Retiring a row (``active: false``) or cancelling a
visit asks first; ticking it back and saving again undoes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.choice import Choice
from sync.console_wire import RowAnswer, rejected_fields
from ui.console.row_table import chosen_row, row_table
from ui.console.rows_model import RowsModel
from ui.widgets.choices import TOUCH
from ui.widgets.form import Form
from ui.widgets.message import MessageLabel, Wording

if TYPE_CHECKING:
    from ui.console.console import Console

Row = TypeVar("Row", bound=BaseModel)
Problem = tuple[str, Wording]  # a field's name (empty: the row as a whole) and what is wrong with it


class EditorView(QGroupBox):
    """The table of a reference table's rows and the form of one row. A page's editor adds its fields to ``form``
    and says how the form reads (``values``), fills (``fill``) and checks itself (``check``)."""

    save_requested = Signal()

    def __init__(self, model: RowsModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.table = row_table(model)
        self.form = Form()
        self.new_button, self.save_button = QPushButton(), QPushButton()
        for button in (self.new_button, self.save_button):
            button.setMinimumHeight(TOUCH)
        self.editing: Any = None  # the row the form shows; None for a new one
        self.busy = False

    def stretch(self, *columns: int) -> None:
        """These columns share the table's width (long names elided, read whole in their tooltips), so the state and
        problem columns stay in sight without scrolling sideways."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def finish(self) -> None:
        """Lay out the table over the form, once the page's editor has added its fields."""
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.form.finish(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.start_new()

    # What a page's editor says ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form's fields as the register's row names them, the key left out."""
        raise NotImplementedError

    def fill(self, row: Any) -> None:
        """The form shows ``row``, or is made ready for a new row when it is None."""
        raise NotImplementedError

    def check(self) -> list[Problem]:
        """What the form can tell is wrong before anything is sent."""
        raise NotImplementedError

    def question(self, before: Any, values: dict[str, Any]) -> str | None:
        """What to ask before saving ``values`` over ``before`` (retiring a row), or None."""
        return None

    # The editor's own ------------------------------------------------------------------------------------------

    def chosen(self) -> Any:
        return chosen_row(self.table, self.model)

    def row_values(self) -> dict[str, Any]:
        """The row to send: the form's fields and the key, a new one for a new row."""
        key = self.model.key(self.editing) if self.editing is not None else uuid.uuid4().hex
        return {"id": key, **self.values()}

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.form.errors.clear()
        self.fill(None)

    def show_rows(self, rows: Sequence[Any], chosen: Any = None) -> None:
        """New rows from the register; ``chosen`` (a key) is chosen again and shown in the form. A new row being
        typed stays as it is."""
        self.model.set_rows(rows)
        at = self.model.find(chosen) if chosen is not None else None
        if at is not None:
            self.table.selectRow(at)
        elif self.editing is not None:
            self.start_new()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Each beside its field; those of no field of the form under the buttons."""
        errors = self.form.errors
        errors.clear()
        general: list[Wording] = []
        for name, wording in problems:
            label = errors.labels.get(name)
            if label is None:
                general.append(wording)
            else:
                label.show_message(wording)
        if general:
            errors.general.show_message(lambda: " ".join(wording() for wording in general))

    def label_of(self, name: str) -> str:
        label = self.form.labels.get(name)
        return label.text().replace("&", "") if label is not None else name

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)

    def _selection_changed(self) -> None:
        row = self.chosen()
        if row is None:
            return
        self.editing = row
        self.form.errors.clear()
        self.fill(row)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()


class Editor(QObject, Generic[Row]):
    """Loads ``table`` from the register into its view and saves the view's row there."""

    saved = Signal()  # the register took a row: the rows that refer to this table may name it differently now
    loaded = Signal()

    def __init__(
        self,
        console: Console,
        view: EditorView,
        table: str,
        row: type[Row],
        *,
        order: Callable[[Row], Any],
        say: Callable[[Wording | str], None],
    ) -> None:
        super().__init__(view)
        self.console, self.view, self.table, self.row, self.order, self.say = console, view, table, row, order, say
        view.save_requested.connect(self.save)

    def load(self, chosen: Any = None) -> None:
        table, row = self.table, self.row
        self.console.call(lambda client: client.reference_rows(table, row), partial(self._show, chosen), self._failed)

    def _show(self, chosen: Any, rows: list[Row]) -> None:
        self.view.show_rows(sorted(rows, key=self.order), chosen)
        self.loaded.emit()

    def save(self) -> None:
        view = self.view
        if view.busy:
            return
        problems = view.check()
        if problems:
            view.show_problems(problems)
            return
        view.form.errors.clear()
        values = view.row_values()
        question = view.question(view.editing, values)
        if question is not None:
            buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            answer = QMessageBox.question(view, view.title(), question, buttons, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        view.set_busy(True)
        table = self.table
        self.console.call(
            lambda client: client.put_reference_rows(table, [values]), partial(self._answered, values), self._failed
        )

    def _answered(self, values: dict[str, Any], answers: list[RowAnswer]) -> None:
        self.view.set_busy(False)
        answer = answers[0]
        if answer.status == "rejected":
            self._rejected(answer)
            return
        if answer.status == "unchanged":
            self.say(lambda: self.tr("Nothing changed: the register has it so already."))
        else:
            self.say(lambda: self.tr("Saved at the register. Laptops get it at their next sync."))
        self.saved.emit()
        self.load(values["id"])

    def _rejected(self, answer: RowAnswer) -> None:
        """What the register refused, beside the fields it names and on the row; the form keeps what was typed."""
        problems: list[Problem] = [
            (field, partial(self._problem_words, problem)) for field, problem in rejected_fields(answer.reason)
        ]
        self.view.show_problems(problems)
        view = self.view

        def on_the_row() -> str:
            return "; ".join(f"{view.label_of(name)}: {wording()}" if name else wording() for name, wording in problems)

        self.view.model.set_problem(answer.key, on_the_row)
        self.say(lambda: self.tr("The register refused this row; see the fields marked."))

    def _problem_words(self, problem: str) -> str:
        """The register's words for a field (``app``'s checks, in English) in the coordinator's language."""
        if problem == "required":
            return self.tr("Required.")
        if problem.startswith("longer than"):
            return self.tr("Too long for the register.")
        if problem.startswith("refused by the database"):
            return self.tr(
                "The register refused the row: something it refers to is missing there, or its key is taken. "
                "Refresh and try again."
            )
        return self.tr("The register does not take this value.")

    def _failed(self, error: Exception) -> None:
        self.view.set_busy(False)
        self.say(partial(self.console.describe, error))


class EditorsPage(QWidget):
    """A console page of two editors side by side (a table and the one beside it that refers to it), with
    Refresh and the page's message under them."""

    refresh_requested = Signal()

    def __init__(self, left: EditorView, right: EditorView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors = (left, right)
        self.refresh_button = QPushButton()
        self.refresh_button.setMinimumHeight(TOUCH)
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        bottom = QHBoxLayout()
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.retranslate()

    def show_message(self, wording: Wording | str) -> None:
        self.message.say(wording)

    def forget(self) -> None:
        for editor in self.editors:
            editor.show_rows([])
            editor.start_new()  # nothing typed stays either
        self.show_message("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Re&fresh"))


def offer(combo: QComboBox, choices: Sequence[Choice], none: str | None = None) -> None:
    """``choices`` in ``combo`` (after ``none``, meaning no choice, when given), the chosen one kept."""
    chosen = combo.currentData()
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for choice in choices:
        combo.addItem(choice.label, choice.key)
    pick(combo, chosen)


def pick(combo: QComboBox, key: Any) -> None:
    """``key`` chosen in ``combo`` when offered; else the first item."""
    at = combo.findData(key) if key is not None else -1
    combo.setCurrentIndex(at if at >= 0 else 0 if combo.count() else -1)
