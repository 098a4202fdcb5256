"""The register's services as a table, those that need the coordinator first: no way to reach them from a sheet,
or never checked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sync.catalogue_wire import OrganisationContact, ServiceRow
from ui.console.rows_model import RowsModel
from ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


class ServicesModel(RowsModel[ServiceRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda service: service.id, parent)
        self.organisations: dict[str, OrganisationContact] = {}

    def set_organisations(self, organisations: dict[str, OrganisationContact]) -> None:
        self.organisations = organisations
        self.retranslate()

    def organisation_name(self, organisation_id: str) -> str:
        organisation = self.organisations.get(organisation_id)
        if organisation is None:
            return organisation_id
        return getattr(organisation, f"name_{current_language()}", None) or organisation.name_fi

    def headers(self) -> list[str]:
        return [
            self.tr("Service"),
            self.tr("Contacts"),
            self.tr("Checked"),
            self.tr("Organisation"),
            self.tr("Problem"),
        ]

    def cell(self, row: ServiceRow, column: int) -> str:
        if column == 0:
            return getattr(row, f"name_{current_language()}", None) or row.name_fi
        if column == 1:
            found = [value for value in (row.phone, row.web, row.address) if value]
            return " · ".join(found) if found else self.tr("None: no way to reach it")
        if column == 2:
            return self.tr("Checked") if row.contacts_checked else self.tr("Never checked")
        return self.organisation_name(row.organisation_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.rows[index.row()]
            if (index.column() == 1 and not row.reachable) or (index.column() == 2 and not row.contacts_checked):
                bold = QFont()
                bold.setBold(True)
                return bold
            return None
        return super().data(index, role)
