"""Sign-in screen layout: choose the unit once, pick yourself from the list, type your PIN; or add yourself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRegularExpression, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.choice import Choice
from ui.widgets.choices import TOUCH
from ui.widgets.errors import ErrorLabel, FieldErrors
from ui.widgets.lists import add_row

if TYPE_CHECKING:
    from app.services.workers import WorkerInfo


def _pin_edit(digits: QRegularExpressionValidator) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(digits)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    edit.setMinimumHeight(TOUCH)
    edit.setMaximumWidth(200)
    return edit


class SignInView(QWidget):
    sign_in_requested = Signal(str, str, str)  # worker id, PIN, PIN again (first sign-in on this laptop)
    add_requested = Signal(str, object, str, str)  # name, organisation id or None, PIN, PIN again
    unit_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workers: list[WorkerInfo] = []
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)

        digits = QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), self)  # one for all PIN fields
        self.unit_box = QGroupBox()
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumHeight(TOUCH)
        self.unit_button = QPushButton()
        self.unit_button.setMinimumHeight(TOUCH)
        unit_row = QHBoxLayout(self.unit_box)
        unit_row.addWidget(self.unit_combo, 1)
        unit_row.addWidget(self.unit_button)

        self.worker_list = QListWidget()
        self.worker_list.setObjectName("workerList")
        self.worker_list.setStyleSheet("QListWidget::item { min-height: 40px; }")
        self.pin_label = QLabel()
        self.pin_edit = _pin_edit(digits)
        self.pin_label.setBuddy(self.pin_edit)
        self.pin_again_label = QLabel()
        self.pin_again_edit = _pin_edit(digits)
        self.pin_again_label.setBuddy(self.pin_again_edit)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setMinimumHeight(TOUCH)
        self.errors = FieldErrors(ErrorLabel())
        self.pin_error = self.errors.add("pin", ErrorLabel())
        self.pin_again_error = self.errors.add("pin_again", ErrorLabel())
        self.first_time_note = QLabel()
        self.first_time_note.setWordWrap(True)
        self.empty_note = QLabel()  # shown instead of an empty list on a new laptop
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()

        sign_in = QWidget()
        form = QFormLayout(sign_in)
        form.addRow(self.worker_list)
        form.addRow(self.empty_note)
        form.addRow(self.first_time_note)
        form.addRow(self.pin_label, self.pin_edit)
        form.addRow("", self.pin_error)
        form.addRow(self.pin_again_label, self.pin_again_edit)
        form.addRow("", self.pin_again_error)
        form.addRow("", self.sign_in_button)
        form.addRow(self.errors.general)

        self.add_box = QGroupBox()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setMinimumHeight(TOUCH)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setMinimumHeight(TOUCH)
        self.new_pin_edit = _pin_edit(digits)
        self.new_pin_again_edit = _pin_edit(digits)
        self.add_button = QPushButton()
        self.add_button.setMinimumHeight(TOUCH)
        self.add_errors = FieldErrors(ErrorLabel())
        self.name_label, self.organisation_label = QLabel(), QLabel()
        self.new_pin_label, self.new_pin_again_label = QLabel(), QLabel()
        add_form = QFormLayout(self.add_box)
        add_form.addRow(self.name_label, self.name_edit)
        add_form.addRow("", self.add_errors.add("display_name", ErrorLabel()))
        add_form.addRow(self.organisation_label, self.organisation_combo)
        add_form.addRow(self.new_pin_label, self.new_pin_edit)
        add_form.addRow("", self.add_errors.add("pin", ErrorLabel()))
        add_form.addRow(self.new_pin_again_label, self.new_pin_again_edit)
        add_form.addRow("", self.add_errors.add("pin_again", ErrorLabel()))
        add_form.addRow("", self.add_button)
        add_form.addRow(self.add_errors.general)
        for label, edit in (
            (self.name_label, self.name_edit),
            (self.organisation_label, self.organisation_combo),
            (self.new_pin_label, self.new_pin_edit),
            (self.new_pin_again_label, self.new_pin_again_edit),
        ):
            label.setBuddy(edit)

        columns = QHBoxLayout()
        columns.addWidget(sign_in, 3)
        columns.addWidget(self.add_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.unit_box)
        layout.addLayout(columns, 1)

        self.worker_list.currentItemChanged.connect(self._worker_selected)
        self.worker_list.itemActivated.connect(lambda _item: self.pin_edit.setFocus())
        self.sign_in_button.clicked.connect(self._request_sign_in)
        self.pin_edit.returnPressed.connect(self._request_sign_in)
        self.pin_again_edit.returnPressed.connect(self._request_sign_in)
        self.add_button.clicked.connect(self._request_add)
        self.new_pin_again_edit.returnPressed.connect(self._request_add)
        self.unit_button.clicked.connect(lambda: self.unit_chosen.emit(self.unit_combo.currentData()))
        self.retranslate()
        self._worker_selected()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is working?"))
        self.empty_note.setText(
            self.tr("Nobody works on this laptop yet. Add yourself on the right: your name and a PIN of your own.")
        )
        self.unit_box.setTitle(self.tr("Choose the unit this laptop works for"))
        self.unit_button.setText(self.tr("Use this unit"))
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin_again_label.setText(self.tr("PIN a&gain:"))
        self.first_time_note.setText(
            self.tr("First time on this laptop: choose a PIN of 4 to 8 digits and type it twice.")
        )
        self.sign_in_button.setText(self.tr("Sign in"))
        self.add_box.setTitle(self.tr("Not on the list? Add yourself"))
        self.name_label.setText(self.tr("&Name:"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.new_pin_label.setText(self.tr("P&IN (4–8 digits):"))
        self.new_pin_again_label.setText(self.tr("PIN agai&n:"))
        self.add_button.setText(self.tr("Add and sign in"))
        self.worker_list.setAccessibleName(self.tr("Workers"))
        if self.organisation_combo.count():
            self.organisation_combo.setItemText(0, self.tr("No organisation"))
        self._fill_workers(self.current_worker_id())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_units(self, units: list[Choice], needed: bool) -> None:
        self.unit_combo.clear()
        for unit in units:
            self.unit_combo.addItem(unit.label, unit.key)
        self.unit_box.setVisible(needed)
        self.worker_list.setEnabled(not needed)
        self.add_box.setEnabled(not needed)

    def show_workers(self, workers: list[WorkerInfo], selected: str | None) -> None:
        self.workers = workers
        self._fill_workers(selected)

    def show_organisations(self, organisations: list[Choice]) -> None:
        self.organisation_combo.clear()
        self.organisation_combo.addItem(self.tr("No organisation"), None)
        for organisation in organisations:
            self.organisation_combo.addItem(organisation.label, organisation.key)

    def reset(self) -> None:
        """Clear typed PINs (on lock and after sign-in) so the next person never sees them."""
        for edit in (self.pin_edit, self.pin_again_edit, self.new_pin_edit, self.new_pin_again_edit):
            edit.clear()
        self.errors.clear()
        self.add_errors.clear()

    def current_worker_id(self) -> str | None:
        item = self.worker_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def current_worker(self) -> WorkerInfo | None:
        wanted = self.current_worker_id()
        return next((w for w in self.workers if w.id == wanted), None)

    def focus_first(self) -> None:
        if not self.workers:
            self.name_edit.setFocus()
        else:
            (self.pin_edit if self.current_worker_id() else self.worker_list).setFocus()

    def _fill_workers(self, selected: str | None) -> None:
        # Quiet while the rows are made again (a language switch, the store's read after the early one): the list
        # passing through "no worker chosen" would disable the PIN field and move the focus out of it.
        blocker = QSignalBlocker(self.worker_list)
        self.worker_list.clear()
        self.empty_note.setVisible(not self.workers)
        for worker in self.workers:
            text = worker.display_name
            if worker.organisation:
                text += f" · {worker.organisation}"
            if worker.is_student:
                text += " · " + self.tr("student")
            item = add_row(self.worker_list, text, {Qt.ItemDataRole.UserRole: worker.id})
            if worker.id == selected:
                self.worker_list.setCurrentItem(item)
        blocker.unblock()
        self._worker_selected()

    def _worker_selected(self) -> None:
        worker = self.current_worker()
        first_time = worker is not None and not worker.has_pin
        for widget in (self.first_time_note, self.pin_again_label, self.pin_again_edit):
            widget.setVisible(first_time)
        self.sign_in_button.setEnabled(worker is not None)
        self.pin_edit.setEnabled(worker is not None)
        self.errors.clear()

    def _request_sign_in(self) -> None:
        worker = self.current_worker_id()
        if worker is not None:
            self.sign_in_requested.emit(worker, self.pin_edit.text(), self.pin_again_edit.text())

    def _request_add(self) -> None:
        self.add_requested.emit(
            self.name_edit.text(),
            self.organisation_combo.currentData(),
            self.new_pin_edit.text(),
            self.new_pin_again_edit.text(),
        )
