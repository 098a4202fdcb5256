"""The catalogue page's layout: the services, those needing attention first, and beside them the chosen service's
form and its organisation's general contact."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.catalogue_wire import MunicipalityRow, OrganisationContact, ServiceRow
from ui.console.catalogue_forms import OrganisationForm, ServiceForm
from ui.console.catalogue_model import ServicesModel
from ui.console.row_table import chosen_row, row_table
from ui.widgets.choices import TOUCH
from ui.widgets.message import MessageLabel, Wording


class CatalogueView(QWidget):
    refresh_requested = Signal()
    chosen_changed = Signal()
    import_requested = Signal()  # a national service catalogue (PTV) file, imported at the register

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ServicesModel(self)
        self.table = row_table(self.model)
        self.table.setWordWrap(False)
        self.refresh_button, self.import_button = QPushButton(), QPushButton()
        self.refresh_button.setMinimumHeight(TOUCH)
        self.import_button.setMinimumHeight(TOUCH)
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        self.service_form, self.organisation_form = ServiceForm(), OrganisationForm()
        self.municipalities: list[MunicipalityRow] = []

        left = QWidget()
        listing = QVBoxLayout(left)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        listing.addLayout(row)
        listing.addWidget(self.message)
        forms = QWidget()
        column = QVBoxLayout(forms)
        column.addWidget(self.service_form)
        column.addWidget(self.organisation_form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(forms)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.refresh_button.clicked.connect(self.refresh_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.table.selectionModel().selectionChanged.connect(self.chosen_changed)
        self.retranslate()

    def chosen(self) -> ServiceRow | None:
        return chosen_row(self.table, self.model)

    def show_catalogue(
        self,
        services: Sequence[ServiceRow],
        organisations: Sequence[OrganisationContact],
        municipalities: Sequence[MunicipalityRow],
    ) -> None:
        self.municipalities = list(municipalities)
        self.model.set_organisations({organisation.id: organisation for organisation in organisations})
        self.model.set_rows(services)
        self.chosen_changed.emit()

    def show_message(self, wording: Wording | str) -> None:
        self.message.say(wording)

    def forget(self) -> None:
        self.model.set_rows([])
        self.model.set_organisations({})
        self.municipalities = []
        self.show_message("")
        self.service_form.show_service(None, [])
        self.organisation_form.show_organisation(None, [])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.import_button.setText(self.tr("Import a &PTV file for every laptop…"))
        self.model.retranslate()
