"""Follow-ups page layout: open contact requests by deadline (overdue marked), the one opened, and a new one.

The list never shows a name or a number; opening a request shows them (and is logged). Taking a request shows the
consent text the person agrees to, and is saved only with the consent ticked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.vocab import ContactStatus, Language
from ui.labels import label, options
from ui.widgets.choices import TOUCH
from ui.widgets.dates import short_date
from ui.widgets.form import Form
from ui.widgets.lists import set_cell
from ui.widgets.message import MessageLabel, Wording

if TYPE_CHECKING:
    from app.choice import Choice
    from app.services.contact_requests import FollowUp

OVERDUE = QColor("#b00020")


class FollowUpsView(QWidget):
    reload_requested = Signal()
    open_requested = Signal(str)  # request id
    status_requested = Signal(str, str)  # request id, new status
    take_requested = Signal()
    retention_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUp] = []
        self.organisations: dict[str, str] = {}
        self.own_organisation: str | None = None  # the signed-in worker's organisation
        self.themes: dict[str, str] = {}
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.open_button, self.contacted_button = QPushButton(), QPushButton()
        self.closed_button, self.unreachable_button = QPushButton(), QPushButton()
        self.new_button = QPushButton()
        self.retention_button = QPushButton()  # a coordinator's: how long closed requests keep names and numbers
        self.retention_button.hide()
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.message = MessageLabel()
        self.message.setWordWrap(True)

        self.form_box = QGroupBox()
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        self.consent_check = QCheckBox()
        self.name_edit, self.phone_edit = QLineEdit(), QLineEdit()
        self.email_edit, self.time_edit = QLineEdit(), QLineEdit()
        self.name_edit.setMaxLength(200)
        self.phone_edit.setMaxLength(40)
        self.email_edit.setMaxLength(254)
        self.time_edit.setMaxLength(2000)
        self.language_combo, self.theme_combo, self.organisation_combo = QComboBox(), QComboBox(), QComboBox()
        self.save_button = QPushButton()
        self.form = Form()
        self.form.addRow(self.consent_text)
        self.form.field("consent", self.consent_check)
        fields: tuple[tuple[str, QWidget], ...] = (
            ("name", self.name_edit),
            ("phone", self.phone_edit),
            ("email", self.email_edit),
            ("preferred_time", self.time_edit),
            ("language", self.language_combo),
            ("theme_key", self.theme_combo),
            ("organisation_id", self.organisation_combo),
        )
        for name, field in fields:
            self.form.field(name, field)
        self.form.finish(self.save_button)
        self.form_box.setLayout(self.form)
        for widget in (
            self.open_button, self.contacted_button, self.closed_button, self.unreachable_button, self.new_button,
            self.save_button, self.name_edit, self.phone_edit, self.email_edit, self.time_edit,
            self.language_combo, self.theme_combo, self.organisation_combo,
        ):  # fmt: skip
            widget.setMinimumHeight(TOUCH)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.contacted_button, self.closed_button, self.unreachable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.retention_button)
        buttons.addWidget(self.new_button)
        listing = QVBoxLayout()
        listing.addWidget(self.heading)
        listing.addWidget(self.table, 1)
        listing.addLayout(buttons)
        listing.addWidget(self.message)
        listing.addWidget(self.details)
        self.form_scroll = QScrollArea()  # beside the list, so taking a request never hides the deadlines
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form_box)
        self.form_scroll.setMinimumWidth(460)
        self.form_scroll.hide()
        layout = QHBoxLayout(self)
        layout.addLayout(listing, 3)
        layout.addWidget(self.form_scroll, 2)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self._emit_open())
        self.open_button.clicked.connect(self._emit_open)
        for button, status in (
            (self.contacted_button, "contacted"),
            (self.closed_button, "closed"),
            (self.unreachable_button, "unreachable"),
        ):
            button.clicked.connect(lambda _checked=False, status=status: self._emit_status(status))
        self.new_button.clicked.connect(self.show_form)
        self.retention_button.clicked.connect(self.retention_requested)
        self.save_button.clicked.connect(self.take_requested)
        self.phone_edit.returnPressed.connect(self.take_requested)
        self.retranslate()
        self._selection_changed()

    # What the user chose --------------------------------------------------------------------------------------

    def selected(self) -> FollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def form_data(self) -> dict[str, Any]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {
            "consent": self.consent_check.isChecked(),
            "name": text(self.name_edit),
            "phone": text(self.phone_edit),
            "email": text(self.email_edit),
            "preferred_time": text(self.time_edit),
            "language": self.language_combo.currentData() or "fi",
            "theme_key": self.theme_combo.currentData() or None,
            "organisation_id": self.organisation_combo.currentData() or "",
        }

    def _emit_open(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_requested.emit(chosen.id)

    def _emit_status(self, status: str) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.status_requested.emit(chosen.id, status)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.details.clear()  # another request's name must not stay on screen
        for button in (self.open_button, self.closed_button, self.unreachable_button):
            button.setEnabled(chosen is not None)
        self.contacted_button.setEnabled(chosen is not None and chosen.status is ContactStatus.NEW)

    # What the program says ------------------------------------------------------------------------------------

    def show_choices(self, themes: Sequence[Choice], organisations: Sequence[Choice]) -> None:
        self.themes = {c.key: c.label for c in themes}
        self.organisations = {c.key: c.label for c in organisations}
        current = self.organisation_combo.currentData()
        self.organisation_combo.clear()
        for choice in organisations:
            self.organisation_combo.addItem(choice.label, choice.key)
        self.organisation_combo.setCurrentIndex(max(0, self.organisation_combo.findData(current)))
        self.theme_combo.clear()
        self.theme_combo.addItem("–", None)
        for choice in themes:
            self.theme_combo.addItem(choice.label, choice.key)

    def show_rows(self, rows: list[FollowUp]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        emphasis = self.table.font()
        emphasis.setBold(True)
        overdue: dict[int, Any] = {Qt.ItemDataRole.ForegroundRole: QBrush(OVERDUE), Qt.ItemDataRole.FontRole: emphasis}
        for r, row in enumerate(rows):
            deadline = short_date(row.deadline)
            cells = [
                self.tr("⚠ %1 · overdue").replace("%1", deadline) if row.overdue else deadline,
                short_date(row.received_on),
                label(row.status),
                self.organisations.get(row.organisation_id, row.organisation_id),
                self.themes.get(row.theme_key or "", ""),
            ]
            for c, text in enumerate(cells):
                set_cell(self.table, r, c, text, overdue if row.overdue else None)
        self.heading.setText(self.tr("Open contact requests: %n", "", len(rows)))
        ids = [row.id for row in rows]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        self._selection_changed()

    def show_details(self, body: Any) -> None:
        lines = [
            self.tr("Name: %1").replace("%1", body.name or "–"),
            self.tr("Phone: %1").replace("%1", body.phone or "–"),
            self.tr("E-mail: %1").replace("%1", body.email or "–"),
            self.tr("Preferred time: %1").replace("%1", body.preferred_time or "–"),
        ]
        self.details.setText("\n".join(lines))

    def show_message(self, wording: Wording | str) -> None:
        """``wording`` says the message in the current language, now and after a language switch."""
        self.message.say(wording)

    def show_form(self) -> None:
        """A new request: who calls back starts as the worker's own organisation, the one most requests go to."""
        if not self.form_scroll.isVisible() and self.own_organisation is not None:
            index = self.organisation_combo.findData(self.own_organisation)
            if index >= 0:
                self.organisation_combo.setCurrentIndex(index)
        self.form_scroll.show()
        self.consent_check.setFocus()

    def clear_form(self) -> None:
        self.form.errors.clear()
        self.consent_check.setChecked(False)
        for edit in (self.name_edit, self.phone_edit, self.email_edit, self.time_edit):
            edit.clear()
        self.form_scroll.hide()

    # Language -------------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_F5:  # the list again, as the register may have brought new requests
            self.reload_requested.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Deadline"), self.tr("Received"), self.tr("Status"), self.tr("Answers"), self.tr("Theme")]
        )
        self.open_button.setText(self.tr("&Open"))
        self.contacted_button.setText(self.tr("Called &back"))
        self.closed_button.setText(self.tr("&Close"))
        self.unreachable_button.setText(self.tr("Could &not reach"))
        self.new_button.setText(self.tr("&New contact request…"))
        self.retention_button.setText(self.tr("Keep contact details…"))
        self.form_box.setTitle(self.tr("New contact request"))
        self.consent_text.setText(
            self.tr(
                "Read this to the person: “Your name and contact details are stored so that the organisation you "
                "choose calls you back within three working days. Only that organisation sees them, and they are "
                "deleted 30 days after your request is closed.”"
            )
        )
        self.form.set_label("consent", self.tr("The person &agrees"))
        self.form.set_label("name", self.tr("&Name"))
        self.form.set_label("phone", self.tr("&Phone"))
        self.form.set_label("email", self.tr("&E-mail"))
        self.form.set_label("preferred_time", self.tr("Preferred &time"))
        self.form.set_label("language", self.tr("Lang&uage"))  # Alt+L is the Language menu
        self.form.set_label("theme_key", self.tr("T&heme"))
        self.form.set_label("organisation_id", self.tr("&Who calls back"))
        self.save_button.setText(self.tr("&Save the request"))
        current = self.language_combo.currentData()
        self.language_combo.clear()
        for code, name in options(Language):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        if self.rows:
            self.show_rows(self.rows)
