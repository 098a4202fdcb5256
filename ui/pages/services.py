"""Services page behaviour: search as the worker types, record the referral, then print its handout.

The referral is saved before anything is printed, so a missing printer, a missing font or a cancelled dialog never
loses it; the handout can be printed again from "Handouts given".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from app.changes import ANY, Changes
from app.errors import FontMissingError
from ui import printing
from ui.backend import lazy
from ui.context import Context
from ui.file_dialogs import handout_name, open_file, save_file
from ui.messages import error_message
from ui.pages.contact_check import ContactCheck, Decision
from ui.pages.services_view import LIST_LIMIT, ServicesView
from ui.print_messages import expects_paper, no_printer_message, outcome_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.catalogue import ptv
    from app.catalogue.ptv import ImportReport
    from app.catalogue.search import ServiceHit
    from app.services import referrals
    from app.services.referrals import HandoutRecord, Unreachable
else:
    ptv = lazy("app.catalogue.ptv")
    referrals = lazy("app.services.referrals")

SEARCH_DELAY_MS = 150  # long enough to skip the letters in between, short enough to feel immediate


NOT_LISTED = object()  # before the lists were first read


class Services(QObject):
    def __init__(self, context: Context, view: ServicesView) -> None:
        super().__init__(view)  # its search timer goes with the page, never firing at a closed window
        self.context = context
        self.view = view
        self._searches = 0  # only the newest search's results are shown
        self._shown = 0  # the number of the search whose results are on screen
        self._add_first = False  # Enter was pressed before the results of the typed words arrived
        self.contact_check: ContactCheck | None = None  # the question about unreachable services, while open
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        view.query_changed.connect(self.timer.start)
        view.add_first_requested.connect(self.add_first)
        view.refer_requested.connect(self.refer)
        view.preview_requested.connect(self.preview)
        view.save_requested.connect(self.ask_save)
        view.reprint_requested.connect(self.reprint)
        view.import_requested.connect(self.ask_import)
        context.choices_changed.connect(self._choices_changed)
        context.day_changed.connect(self._day_changed)
        context.records_changed.connect(self._records_changed)
        self._filtered_day: str | None = None  # the stop day whose municipality the filter was set to
        self._listed_day: object = NOT_LISTED  # the stop day whose guidance sessions are listed (None: no day)

    # Searching -------------------------------------------------------------------------------------------------

    def search(self) -> None:
        self.timer.stop()
        self._searches += 1
        number, query, language = self._searches, self.view.query(), self.context.language

        def run(s: Session) -> list[ServiceHit]:
            return referrals.search(
                session=s,
                words=query["words"] or "",
                theme=query["theme"],
                municipality=query["municipality"],
                language=query["language"],
                target_group=query["target_group"],
                display_language=language,
                limit=LIST_LIMIT,
            )

        self.context.tasks.run(run, lambda hits: self._found(number, hits))

    def _found(self, number: int, hits: list[ServiceHit]) -> None:
        if number == self._searches:
            self._shown = number
            self.view.show_results(hits)
            if self._add_first:
                self._add_first = False
                self.view.add_first()

    def add_first(self) -> None:
        """Enter adds the best match for the words typed, also when typed faster than the list follows."""
        if self.timer.isActive():
            self._add_first = True
            self.search()
        elif self._shown != self._searches:  # the search for the typed words is still running
            self._add_first = True
        else:
            self.view.add_first()

    def _choices_changed(self) -> None:
        self.view.set_default_language(self.context.language)
        found = self.context.choices
        self.view.show_filters(found.themes, found.municipalities)
        self._filter_to_stop()
        self.search()  # names in the new language

    def _day_changed(self) -> None:
        day = self.context.day
        self._filter_to_stop()
        if (day.id if day else None) != self._listed_day:  # another day (its counts changing are not this page's)
            self.load_lists()

    def _filter_to_stop(self) -> None:
        """Services that reach this stop first: the stop's municipality, once a day and once the municipalities are
        listed (a start on a day already open reads the day before them); the worker's own choice then stands."""
        day = self.context.day
        if day is None or day.id == self._filtered_day:
            return
        if self.view.municipality_combo.findData(day.municipality_code) >= 0:
            self._filtered_day = day.id
            self.view.set_municipality(day.municipality_code)

    def _records_changed(self, changes: Changes) -> None:
        if changes is ANY or changes.touches("guidance", "referral"):  # the day's sessions, the handouts given
            self.load_lists()

    def load_lists(self) -> None:
        """The stop day's guidance sessions (to link a referral to) and the handouts given."""
        day, language = self.context.day, self.context.language
        self._listed_day = day.id if day else None
        if day is not None:
            day_id = day.id
            self.context.tasks.run(
                lambda s: referrals.sessions_at(session=s, stop_day_id=day_id), self.view.show_sessions
            )
        else:
            self.view.show_sessions([])
        self.context.tasks.run(lambda s: referrals.recent_handouts(session=s, language=language), self.view.show_recent)

    def choose_session(self, session_id: str) -> None:
        """Start a referral from this guidance session (after the session was saved with "Referred")."""
        day = self.context.day
        if day is None:
            return
        day_id = day.id
        self.context.tasks.run(
            lambda s: referrals.sessions_at(session=s, stop_day_id=day_id),
            lambda sessions: self.view.show_sessions(sessions, keep=session_id),
        )

    # Referring and printing ------------------------------------------------------------------------------------

    def refer(self) -> None:
        """Ctrl+P: record the referral, then print its handout."""
        self._refer_with(None)

    def _refer_with(self, path: Path | None) -> None:
        service_ids = self.view.chosen_ids()
        if not service_ids:
            self.view.show_problem(lambda: self.tr("Choose at least one service first."))
            return
        self._check_contacts(service_ids, lambda kept, borrowed: self._refer(kept, borrowed, path), on_chosen=True)

    def _refer(self, service_ids: list[str], borrowed: list[str], path: Path | None) -> None:
        """Record the referral, then print the sheet (or write it to ``path``); the referral stays whatever
        happens to the sheet, and "Handouts given" gives it again."""
        author, now, today = self.context.require_author(), self.context.now(), self.context.today()
        language, size = self.view.handout_language.value() or "fi", self.view.page_size.value() or "A4"
        day = self.context.day
        stop_day_id, session_id = (day.id if day else None), self.view.session_id()

        def run(s: Session) -> bytes | Path | FontMissingError | OSError:
            referrals.refer(session=s, author=author, service_ids=service_ids, language=language,
                            stop_day_id=stop_day_id, session_id=session_id, now=now)  # fmt: skip
            try:
                if path is not None:
                    return referrals.save_handout_pdf(session=s, author=author, service_ids=service_ids,
                                                      language=language, day=today, path=path, page_size=size,
                                                      organisation_contact=borrowed)  # fmt: skip
                return referrals.handout_pdf(session=s, author=author, service_ids=service_ids, language=language,
                                             day=today, page_size=size, organisation_contact=borrowed)  # fmt: skip
            except (FontMissingError, OSError) as problem:  # the referral is kept; "Handouts given" gives it later
                return problem

        def done(sheet: bytes | Path | FontMissingError | OSError) -> None:
            self.view.clear_chosen()
            self.context.records_changed.emit(Changes.of("referral"))
            if isinstance(sheet, Path):
                self.view.hide_problem()
                self.context.message.emit(
                    self.tr("Referral saved; the handout is saved as %1").replace("%1", sheet.name)
                )
                return
            self.context.message.emit(self.tr("Referral saved."))
            if isinstance(sheet, FontMissingError):
                self.view.show_problem(partial(error_message, sheet))
            elif isinstance(sheet, OSError):
                self.view.show_problem(lambda: self._not_saved(sheet) + " " + self._kept())
            else:
                self._print(sheet, size)

        self.context.tasks.run(run, done, self._failed)

    def _check_contacts(
        self, service_ids: list[str], go: Callable[[list[str], list[str]], None], *, on_chosen: bool = False
    ) -> None:
        """Put each service the sheet gives no way to reach to the worker, then ``go`` on with the services kept
        and those to be given their organisation's contact. ``on_chosen``: the list is the handout being made, so a
        service taken off the sheet leaves that list too."""
        language = self.context.language

        def found(unreachable: list[Unreachable]) -> None:
            if not unreachable:
                go(service_ids, [])
                return
            dialog = ContactCheck(self.view, unreachable)
            self.contact_check = dialog

            def finished(result: int) -> None:
                self.contact_check = None
                dialog.deleteLater()
                if result != QDialog.DialogCode.Accepted.value:
                    return
                decisions = dialog.decisions()
                removed = {service_id for service_id, chosen in decisions.items() if chosen is Decision.REMOVE}
                if on_chosen:
                    self.view.remove_ids(removed)
                kept = [service_id for service_id in service_ids if service_id not in removed]
                if not kept:
                    self.view.show_problem(lambda: self.tr("No service is left on the handout."))
                    return
                go(kept, [i for i, chosen in decisions.items() if chosen is Decision.ORGANISATION])

            dialog.finished.connect(finished)
            dialog.open()

        self.context.tasks.run(
            lambda s: referrals.unreachable(session=s, service_ids=service_ids, language=language), found, self._failed
        )

    def reprint(self, handout: HandoutRecord) -> None:
        size = self.view.page_size.value() or "A4"
        self._check_contacts(
            handout.service_ids,
            lambda kept, borrowed: self._with_pdf(kept, handout.language, borrowed, lambda pdf: self._print(pdf, size)),
        )

    def reprint_referral(self, referral_id: str) -> None:
        """Print again the handout a referral (chosen in History) was given on."""
        language = self.context.language
        self.context.tasks.run(
            lambda s: referrals.handout_of(session=s, referral_id=referral_id, language=language),
            self.reprint,
            self._failed,
        )

    def preview(self) -> None:
        """The sheet as it stands (a service with no contact shows the "to be checked" line it would carry)."""
        size = self.view.page_size.value() or "A4"
        self._with_pdf(self.view.chosen_ids(), None, [], lambda pdf: printing.preview_pdf(self.view, pdf, size))

    def ask_save(self, handout: HandoutRecord | None) -> None:
        """Save as PDF: where to, then :meth:`save_pdf`."""
        name = handout_name(self.context.today())
        path = save_file(self.view, self.context, "handout", self.tr("Save the handout"), name, filters="PDF (*.pdf)")
        if path is not None:
            self.save_pdf(str(path), handout)

    def save_pdf(self, file_name: str, handout: HandoutRecord | None = None) -> None:
        """The handout being made: referred and saved as a PDF, as Ctrl+P refers and prints. A handout given
        earlier: its sheet saved again."""
        if handout is None:
            self._refer_with(Path(file_name))
            return
        self._check_contacts(
            handout.service_ids, lambda kept, borrowed: self._save_again(kept, borrowed, handout.language, file_name)
        )

    def _save_again(self, service_ids: list[str], borrowed: list[str], language: str, file_name: str) -> None:
        author, today, path = self.context.require_author(), self.context.today(), Path(file_name)
        size = self.view.page_size.value() or "A4"

        def failed(error: Exception) -> None:
            if isinstance(error, OSError):
                self.view.show_problem(partial(self._not_saved, error))
            else:
                self._failed(error)

        self.context.tasks.run(  # the file is written on the store thread: a slow USB stick never holds the window
            lambda s: referrals.save_handout_pdf(session=s, author=author, service_ids=service_ids,
                                                 language=language, day=today, path=path, page_size=size,
                                                 organisation_contact=borrowed),
            lambda saved: self.context.message.emit(self.tr("Handout saved as %1").replace("%1", saved.name)),
            failed,
        )  # fmt: skip

    def _not_saved(self, error: OSError) -> str:
        return self.tr("The handout could not be saved: %1").replace("%1", error.strerror or str(error))

    def _kept(self) -> str:
        return self.tr("The referral is saved: print it again later, or save the handout as a PDF.")

    def _with_pdf(
        self, service_ids: list[str], language: str | None, borrowed: list[str], then: Callable[[bytes], None]
    ) -> None:
        if not service_ids:
            return
        author, today = self.context.require_author(), self.context.today()
        language = language or self.view.handout_language.value() or "fi"
        size = self.view.page_size.value() or "A4"
        self.context.tasks.run(
            lambda s: referrals.handout_pdf(session=s, author=author, service_ids=service_ids, language=language,
                                            day=today, page_size=size, organisation_contact=borrowed),
            then,
            self._failed,
        )  # fmt: skip

    def _print(self, pdf: bytes, size: str) -> None:
        """Print, then say which printer got the sheet and whether paper can be expected from it."""
        try:
            outcome = printing.print_pdf(self.view, pdf, size)
        except printing.NoPaperPrinterError as exc:
            virtual = exc.virtual
            self.view.show_problem(lambda: no_printer_message(virtual) + " " + self._kept())
            return
        except printing.PrintError:
            self.view.show_problem(lambda: self.tr("The printer could not be used.") + " " + self._kept())
            return
        if outcome is None:  # cancelled: the referral is saved, and the status bar said so
            self.view.hide_problem()
        elif expects_paper(outcome):
            self.view.hide_problem()
            self.context.message.emit(outcome_message(outcome))
        elif outcome.handed is printing.Handed.REFUSED:
            self.view.show_problem(lambda: outcome_message(outcome) + " " + self._kept())
        else:
            self.view.show_problem(partial(outcome_message, outcome))

    def _failed(self, error: Exception) -> None:
        self.view.show_problem(partial(error_message, error))

    # Importing -------------------------------------------------------------------------------------------------

    def ask_import(self) -> None:
        """Import from the national catalogue: which file, then :meth:`import_file`."""
        title = self.tr("Import from the national service catalogue")
        path = open_file(self.view, self.context, "catalogue", title, filters="JSON (*.json)")
        if path is not None:
            self.import_file(str(path))

    def import_file(self, file_name: str) -> None:
        path = Path(file_name)

        def done(report: ImportReport) -> None:
            text = self.view.describe_import(report)
            if report.problems:
                self.view.show_problem(partial(self.view.describe_import, report))
            else:
                self.view.hide_problem()
            self.context.message.emit(text.split("\n", 1)[0])
            self.search()

        def failed(error: Exception) -> None:
            if isinstance(error, ptv.PtvFileError):
                reason = str(error)
                self.view.show_problem(
                    lambda: self.tr("This is not a file of the national service catalogue: %1").replace("%1", reason)
                )
            else:
                self._failed(error)

        self.context.tasks.run(lambda s: ptv.import_file(session=s, path=path), done, failed)
