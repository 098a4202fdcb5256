"""The catalogue page's behaviour: the register's services, those without a way to reach them or never checked
first; a service's texts, contacts, areas and checked mark, and its organisation's general contact, saved at the
register (laptops pull them at their next sync).

What the coordinator typed is checked before it is sent (``app.catalogue.contacts``), errors under the fields. The
register answers each row on its own; a refusal is said on the row and beside the fields it names, and the form
keeps what was typed.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.catalogue.contacts import contact_problems
from app.models import Organisation, Service
from sync.catalogue_wire import (
    CatalogueImportAnswer,
    MunicipalityRow,
    OrganisationContact,
    ServiceRow,
    attention_first,
    changes,
)
from sync.console_wire import RowAnswer, rejected_fields
from ui.console.catalogue_forms import EditBox
from ui.console.catalogue_view import CatalogueView
from ui.file_dialogs import open_file

if TYPE_CHECKING:
    from sync.client import RegisterClient
    from ui.console.console import Console

Catalogue_ = tuple[list[ServiceRow], list[OrganisationContact], list[MunicipalityRow]]


def read_catalogue(client: RegisterClient) -> Catalogue_:
    return (
        client.reference_rows("services", ServiceRow),
        client.reference_rows("organisations", OrganisationContact),
        client.reference_rows("municipalities", MunicipalityRow),
    )


class Catalogue(QObject):
    def __init__(self, console: Console, view: CatalogueView) -> None:
        super().__init__(view)
        self.console = console
        self.view = view
        self.organisations: dict[str, OrganisationContact] = {}
        view.refresh_requested.connect(self.load)
        view.import_requested.connect(self.import_file)
        view.chosen_changed.connect(self._chosen)
        view.service_form.save_requested.connect(self.save_service)
        view.organisation_form.save_requested.connect(self.save_organisation)

    def load(self) -> None:
        self.view.refresh_button.setEnabled(False)
        self.console.call(read_catalogue, self._shown, self._failed)

    def _shown(self, catalogue: Catalogue_) -> None:
        services, organisations, municipalities = catalogue
        self.view.refresh_button.setEnabled(True)
        self.organisations = {organisation.id: organisation for organisation in organisations}
        ordered = attention_first(services)
        self.view.show_catalogue(ordered, organisations, municipalities)
        waiting = sum(service.needs_attention for service in ordered)
        self.view.show_message(
            lambda: self.tr("Services with no way to reach them or never checked: %n (listed first)", "", waiting)
        )

    def _chosen(self) -> None:
        service = self.view.chosen()
        self.view.service_form.show_service(service, self.view.municipalities)
        organisation = self.organisations.get(service.organisation_id) if service else None
        regions = sorted({m.region for m in self.view.municipalities if m.region})
        self.view.organisation_form.show_organisation(organisation, regions)

    # Saving ------------------------------------------------------------------------------------------------------

    def save_service(self) -> None:
        self._save(self.view.service_form, Service, "services")

    def save_organisation(self) -> None:
        self._save(self.view.organisation_form, Organisation, "organisations")

    def _save(self, form: EditBox, model: type[Service] | type[Organisation], table: str) -> None:
        """The form's changes checked, then sent as one row naming only what changed."""
        before = form.row
        if before is None:
            return
        typed = form.typed()
        problems = contact_problems(model, typed)
        form.form.errors.show(problems)
        if problems:
            return
        changed = changes(before, typed)
        if not changed:
            self.view.show_message(lambda: self.tr("Nothing to save: the register has it so already."))
            return
        form.save_button.setEnabled(False)
        row = {"id": before.id, **changed}
        self.console.call(
            lambda client: client.put_reference_rows(table, [row]),
            partial(self._answered, form, before.model_copy(update=changed)),
            partial(self._not_saved, form),
        )

    def _answered(self, form: EditBox, saved: Any, answers: list[RowAnswer]) -> None:
        form.save_button.setEnabled(True)
        answer = next((answer for answer in answers if answer.key == saved.id), None)
        if answer is None or answer.status == "rejected":
            reason = answer.reason if answer else ""
            self._refused(form, saved, reason)
            return
        name = saved.name_fi
        if form.row is not None and form.row.id == saved.id:  # still the one shown
            form.row = saved
        if isinstance(saved, ServiceRow):
            self.view.model.replace(saved)
        else:
            self.organisations[saved.id] = saved
            self.view.model.set_organisations(self.organisations)
        if answer.status == "unchanged":
            self.view.show_message(lambda: self.tr("Nothing to save: the register has it so already."))
        else:
            self.view.show_message(lambda: self.tr("Saved: %1. Laptops get it at their next sync.").replace("%1", name))

    def _refused(self, form: EditBox, saved: Any, reason: str) -> None:
        def wording() -> str:
            return self.tr("The register refused this: %1")

        if isinstance(saved, ServiceRow):
            self.view.model.set_problem(saved.id, lambda: wording().replace("%1", reason))
        form.show_refusal(rejected_fields(reason) or [("", reason)], wording)
        self.view.show_message(lambda: self.tr("Not saved: the register refused it. What you typed is kept."))

    def _not_saved(self, form: EditBox, error: Exception) -> None:
        form.save_button.setEnabled(True)
        self.view.show_message(partial(self.console.describe, error))

    # Importing ---------------------------------------------------------------------------------------------------

    def import_file(self) -> None:
        """A PTV file (open API v11 JSON) into the register's catalogue; laptops get it at their next sync."""
        path = open_file(self.view, self.console.context, "catalogue", self.tr("Import a PTV file"),
                         filters=self.tr("PTV catalogue (*.json)"))  # fmt: skip
        if path is None:
            return
        self.view.import_button.setEnabled(False)
        self.view.show_message(lambda: self.tr("Importing %1 at the register…").replace("%1", path.name))
        self.console.call(lambda client: client.import_catalogue(path), self._imported, self._not_imported)

    def _imported(self, answer: CatalogueImportAnswer) -> None:
        self.view.import_button.setEnabled(True)

        def wording() -> str:
            said = self.tr(
                "Imported. Services new: %1, changed: %2, as they were: %3; laptops get them at their next sync."
            )
            for number, value in enumerate((answer.services_created, answer.services_updated,
                                            answer.services_unchanged), start=1):  # fmt: skip
                said = said.replace(f"%{number}", str(value))
            if answer.left_out:
                said += " " + self.tr("Left out, with the reason: %1").replace("%1", "; ".join(answer.left_out))
            return said

        self.view.show_message(wording)
        self.load()

    def _not_imported(self, error: Exception) -> None:
        self.view.import_button.setEnabled(True)
        if getattr(error, "code", "") == "not_ptv":
            self.view.show_message(lambda: self.tr("That file is not a PTV catalogue file; nothing was imported."))
        else:
            self.view.show_message(partial(self.console.describe, error))

    def _failed(self, error: Exception) -> None:
        self.view.refresh_button.setEnabled(True)
        self.view.show_message(partial(self.console.describe, error))
