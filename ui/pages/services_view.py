"""Services page layout: search the catalogue, pick services for a family, choose the sheet's language, print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import vocab
from app.choice import Choice
from ui.i18n import NATIVE_NAMES
from ui.labels import label, options
from ui.widgets.choices import TOUCH, Segmented
from ui.widgets.lists import add_row
from ui.widgets.message import MessageLabel, Wording

if TYPE_CHECKING:
    from app.catalogue.ptv import ImportReport
    from app.catalogue.search import ServiceHit
    from app.services.referrals import HandoutRecord, SessionChoice

ID = Qt.ItemDataRole.UserRole
LIST_LIMIT = 100
GROUPS = {group.value for group in vocab.TargetGroup}


class ServicesView(QWidget):
    query_changed = Signal()
    add_first_requested = Signal()  # Enter in the search box: add the best match of what was typed
    refer_requested = Signal()
    preview_requested = Signal()
    save_requested = Signal(object)  # the HandoutRecord given earlier to save again (None: the one being made)
    reprint_requested = Signal(object)  # HandoutRecord
    import_requested = Signal()  # a file of the national catalogue to be asked for and imported

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(TOUCH)
        self.theme_combo, self.municipality_combo = QComboBox(), QComboBox()
        self.language_combo, self.group_combo = QComboBox(), QComboBox()
        self.filter_combos = (self.theme_combo, self.municipality_combo, self.language_combo, self.group_combo)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.found_label = QLabel()
        self.add_button = QPushButton()
        self.chosen = QListWidget()
        self.remove_button = QPushButton()
        self.session_combo = QComboBox()
        self.handout_language = Segmented(columns=3)
        self.page_size = Segmented(columns=2)
        self.refer_button, self.preview_button, self.save_button = QPushButton(), QPushButton(), QPushButton()
        self.problem_label = MessageLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()
        self.recent = QListWidget()
        for touch_list in (self.chosen, self.recent):
            touch_list.setStyleSheet("QListWidget::item { min-height: 40px; }")
        self.reprint_button, self.resave_button = QPushButton(), QPushButton()
        self.import_button = QPushButton()
        for widget in (*self.filter_combos, self.session_combo, self.add_button, self.remove_button,
                       self.refer_button, self.preview_button, self.save_button, self.reprint_button,
                       self.resave_button, self.import_button):  # fmt: skip
            widget.setMinimumHeight(TOUCH)
        self.refer_button.setDefault(True)
        self._layout()
        self._connect()
        self.handout_language.set_options([(code, NATIVE_NAMES[code]) for code in ("fi", "sv", "en")])
        self.handout_language.set_value("fi")
        self.page_size.set_options([("A4", "A4"), ("A5", "A5")])
        self.page_size.set_value("A4")
        self.default_language = "fi"  # the worker's language, until a session says the family's
        self._sessions: dict[str, str] = {}  # session id -> its language
        self._themes: Sequence[Choice] = []
        self._municipalities: Sequence[Choice] = []
        self._browsed = False  # the worker moved through the results with the arrow keys since the last words
        self.retranslate()
        self._update_buttons()

    def _layout(self) -> None:
        filters = QGridLayout()
        for column, combo in enumerate(self.filter_combos):
            filters.addWidget(combo, 0, column)
        left = QVBoxLayout()
        left.addWidget(self.search_edit)
        left.addLayout(filters)
        left.addWidget(self.found_label)
        left.addWidget(self.results, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        left.addLayout(row)

        # The two lists get the height: at 1366x768 each shows three entries or more. The choices sit beside their
        # captions, language and paper on one row, and Remove beside Preview, so they take three rows, not seven.
        self.handout_box = QGroupBox()
        handout = QVBoxLayout(self.handout_box)
        handout.addWidget(self.chosen, 1)
        self.session_label, self.language_label, self.size_label = QLabel(), QLabel(), QLabel()
        options = QGridLayout()
        for caption, widget in (
            (self.session_label, self.session_combo),
            (self.language_label, self.handout_language),
            (self.size_label, self.page_size),
        ):
            caption.setBuddy(widget)
        options.addWidget(self.session_label, 0, 0)
        options.addWidget(self.session_combo, 0, 1, 1, 3)
        options.addWidget(self.language_label, 1, 0)
        options.addWidget(self.handout_language, 1, 1)
        options.addWidget(self.size_label, 1, 2)
        options.addWidget(self.page_size, 1, 3)
        options.setColumnStretch(1, 3)  # the language names need the room; A4 and A5 do not
        options.setColumnStretch(3, 1)
        handout.addLayout(options)
        handout.addWidget(self.refer_button)
        buttons = QHBoxLayout()
        for button, stretch in ((self.remove_button, 2), (self.preview_button, 2), (self.save_button, 3)):
            buttons.addWidget(button, stretch)
        handout.addLayout(buttons)
        handout.addWidget(self.problem_label)
        self.recent_box = QGroupBox()
        recent = QVBoxLayout(self.recent_box)
        recent.addWidget(self.recent, 1)
        again = QHBoxLayout()
        again.addWidget(self.reprint_button)
        again.addWidget(self.resave_button)
        recent.addLayout(again)
        for touch_list in (self.chosen, self.recent):
            touch_list.setMinimumHeight(3 * 44 + 2 * touch_list.frameWidth())  # three entries of the touch height
        right = QVBoxLayout()
        right.addWidget(self.handout_box, 3)
        right.addWidget(self.recent_box, 2)

        columns = QHBoxLayout(self)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.query_changed)
        for combo in self.filter_combos:
            combo.currentIndexChanged.connect(self.query_changed)
        self.results.itemActivated.connect(lambda _item: self.add_selected())
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.chosen, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.refer_button.clicked.connect(self.refer_requested)
        # Page keys: only while this page (the current tab) has the focus, so History's Ctrl+F stays its own.
        print_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self._refer_if_ready)
        print_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_edit.setFocus)
        self.search_edit.returnPressed.connect(self._enter_in_search)
        self.search_edit.textChanged.connect(self._typed)
        self.search_edit.installEventFilter(self)
        self.preview_button.clicked.connect(self.preview_requested)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(None))
        self.resave_button.clicked.connect(lambda: self.save_requested.emit(self._current_handout()))
        self.reprint_button.clicked.connect(self._reprint)
        self.recent.itemActivated.connect(lambda _item: self._reprint())
        self.import_button.clicked.connect(self.import_requested)
        self.session_combo.activated.connect(lambda _index: self._session_chosen())
        self.chosen.model().rowsInserted.connect(self._update_buttons)
        self.chosen.model().rowsRemoved.connect(self._update_buttons)
        self.recent.currentRowChanged.connect(self._update_buttons)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search services: a word or the start of one (Ctrl+F)"))
        self.add_button.setText(self.tr("Add to handout (Enter)"))
        self.remove_button.setText(self.tr("Remove (Del)"))
        self.handout_box.setTitle(self.tr("Handout for the family"))
        self.session_label.setText(self.tr("From guidance session"))
        self.language_label.setText(self.tr("Language of the handout"))
        self.size_label.setText(self.tr("Paper"))
        self.refer_button.setText(self.tr("Refer and print… (Ctrl+P)"))
        self.preview_button.setText(self.tr("Preview"))
        self.save_button.setText(self.tr("Refer and save as PDF…"))
        self.recent_box.setTitle(self.tr("Handouts given"))
        self.reprint_button.setText(self.tr("Print again"))
        self.resave_button.setText(self.tr("Save as PDF…"))
        self.import_button.setText(self.tr("Import from PTV…"))
        self.import_button.setToolTip(self.tr("Import services from a file of the national service catalogue"))
        self._fill_filters()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Up and Down in the search field move through the results while the worker keeps typing there."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress and self.results.count():
            key = event.key()  # type: ignore[attr-defined]
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
            if key in steps:
                row = min(max(self.results.currentRow() + steps[key], 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                self.results.scrollToItem(self.results.currentItem())
                self._browsed = True
                return True
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        self._browsed = False  # new words: Enter means their best match again

    def _enter_in_search(self) -> None:
        """Enter adds the result the worker moved to with the arrows, or else the best match of the words typed."""
        if self._browsed:
            self.add_selected()
        else:
            self.add_first_requested.emit()

    # Filters and results ---------------------------------------------------------------------------------------

    def show_filters(self, themes: Sequence[Choice], municipalities: Sequence[Choice]) -> None:
        self._themes, self._municipalities = themes, municipalities
        self._fill_filters()

    def _fill_filters(self) -> None:
        fills: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (self.theme_combo, self.tr("Any theme"), [(c.key, c.label) for c in self._themes]),
            (self.municipality_combo, self.tr("Any municipality"), [(c.key, c.label) for c in self._municipalities]),
            (self.language_combo, self.tr("Any language"), [(c, NATIVE_NAMES[c]) for c in ("fi", "sv", "en")]),
            (self.group_combo, self.tr("Anyone"), options(vocab.TargetGroup)),
        ]
        for combo, anything, choices in fills:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for key, text in choices:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def set_municipality(self, code: str | None) -> None:
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(code)))

    def query(self) -> dict[str, str | None]:
        return {
            "words": self.search_edit.text(),
            "theme": self.theme_combo.currentData(),
            "municipality": self.municipality_combo.currentData(),
            "language": self.language_combo.currentData(),
            "target_group": self.group_combo.currentData(),
        }

    def show_results(self, hits: Sequence[ServiceHit]) -> None:
        self._browsed = False
        self.results.clear()
        for hit in hits:
            groups = ", ".join(label(vocab.TargetGroup(g)) for g in hit.target_groups if g in GROUPS)
            lines = [hit.name, f"{hit.organisation} · {groups}" if groups else hit.organisation, hit.summary]
            if not hit.free:
                lines.append(self.tr("There may be a fee."))
            if not hit.contacts_checked:
                lines.append(self.tr("Contact details not yet checked."))
            text = "\n".join(line for line in lines if line)
            add_row(self.results, text, {ID: hit.id, Qt.ItemDataRole.AccessibleTextRole: hit.name})
        if hits:
            self.results.setCurrentRow(0)
        more = len(hits) >= LIST_LIMIT
        self.found_label.setText(
            self.tr("The first %n services; narrow the search.", "", len(hits))
            if more
            else self.tr("%n services found", "", len(hits))
        )

    def add_first(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.add_selected()

    # The handout -----------------------------------------------------------------------------------------------

    def add_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        service_id = item.data(ID)
        if service_id in self.chosen_ids():
            return
        add_row(self.chosen, item.text().split("\n", 1)[0], {ID: service_id})
        self.hide_problem()

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def remove_ids(self, service_ids: set[str]) -> None:
        for row in reversed(range(self.chosen.count())):
            if self.chosen.item(row).data(ID) in service_ids:
                self.chosen.takeItem(row)

    def chosen_ids(self) -> list[str]:
        return [self.chosen.item(row).data(ID) for row in range(self.chosen.count())]

    def clear_chosen(self) -> None:
        self.chosen.clear()
        self.session_combo.setCurrentIndex(0)
        self.handout_language.set_value(self.default_language)

    def set_default_language(self, language: str) -> None:
        if self.chosen.count() == 0 and self.session_id() is None:
            self.handout_language.set_value(language if language in ("fi", "sv", "en") else "fi")
        self.default_language = language if language in ("fi", "sv", "en") else "fi"

    def show_sessions(self, sessions: Sequence[SessionChoice], keep: str | None = None) -> None:
        current = keep or self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("None (a referral on its own)"), None)
        self._sessions = {choice.id: choice.language for choice in sessions}
        for choice in sessions:
            client = label(vocab.ClientType(choice.client_type))
            when = choice.occurred_at.astimezone().strftime("%H:%M")
            self.session_combo.addItem(f"{when} · {client}", choice.id)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(current)))
        self.session_combo.blockSignals(False)
        if keep:
            self._session_chosen()

    def _session_chosen(self) -> None:
        """A handout from a session is in the language the session was held in, when the sheet has it."""
        language = self._sessions.get(self.session_id() or "")
        self.handout_language.set_value(language if language in ("fi", "sv", "en") else self.default_language)

    def session_id(self) -> str | None:
        value = self.session_combo.currentData()
        return str(value) if value else None

    def show_recent(self, handouts: Sequence[HandoutRecord]) -> None:
        self.recent.clear()
        for handout in handouts:
            when = handout.referred_at.astimezone().strftime("%d.%m. %H:%M")
            text = f"{when} · {NATIVE_NAMES.get(handout.language, '')} · {', '.join(handout.service_names)}"
            add_row(self.recent, text, {ID: handout})
        if handouts:
            self.recent.setCurrentRow(0)  # the one just given, ready to print again or save
        self._update_buttons()

    def show_problem(self, wording: Wording) -> None:
        """``wording`` says the problem in the current language, now and after a language switch."""
        self.problem_label.say(wording)
        self.problem_label.show()

    def hide_problem(self) -> None:
        self.problem_label.hide()

    def describe_import(self, report: ImportReport) -> str:
        text = self.tr("Imported: %n new service(s), %1 updated, %2 unchanged.", "", report.services_created)
        text = text.replace("%1", str(report.services_updated)).replace("%2", str(report.services_unchanged))
        if report.problems:
            skipped = self.tr("%n entries skipped:", "", len(report.problems))
            text += "\n" + skipped + "\n" + "\n".join(str(problem) for problem in report.problems[:20])
        return text

    def _refer_if_ready(self) -> None:
        if self.refer_button.isEnabled():
            self.refer_requested.emit()

    def _current_handout(self) -> HandoutRecord | None:
        item = self.recent.currentItem()
        return None if item is None else item.data(ID)  # type: ignore[no-any-return]

    def _reprint(self) -> None:
        handout = self._current_handout()
        if handout is not None:
            self.reprint_requested.emit(handout)

    def _update_buttons(self) -> None:
        has_chosen = self.chosen.count() > 0
        for button in (self.refer_button, self.preview_button, self.save_button, self.remove_button):
            button.setEnabled(has_chosen)
        self.reprint_button.setEnabled(self.recent.currentItem() is not None)
        self.resave_button.setEnabled(self.recent.currentItem() is not None)
