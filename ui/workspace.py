"""The day's work behind the sign-in screen: the pages in tabs, each view with its controller.

The main window builds this the first time a worker signs in, so the program shows its window (and the sign-in
screen) without importing or laying out the work pages first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from ui.context import Context
from ui.pages.bookings import Bookings
from ui.pages.counter import Counter
from ui.pages.counter_view import CounterView
from ui.pages.event_view import EventView
from ui.pages.follow_ups import FollowUps
from ui.pages.follow_ups_view import FollowUpsView
from ui.pages.guidance_view import GuidanceView
from ui.pages.history import History
from ui.pages.history_view import HistoryView
from ui.pages.professional_view import ProfessionalWorkView
from ui.pages.record_form import RecordForm
from ui.pages.reports import Reports
from ui.pages.reports_view import ReportsView
from ui.pages.services import Services
from ui.pages.services_view import ServicesView
from ui.pages.sync import Sync
from ui.pages.sync_view import SyncView
from ui.pages.today import Today
from ui.pages.today_view import TodayView


def page_shortcut(index: int) -> str:
    """Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for the tenth."""
    return f"Ctrl+{(index + 1) % 10}"


class Workspace(QTabWidget):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today_view, self.counter_view = TodayView(), CounterView()
        self.guidance_view, self.event_view = GuidanceView(), EventView()
        self.professional_view, self.history_view = ProfessionalWorkView(), HistoryView()
        self.services_view, self.sync_view = ServicesView(), SyncView()
        self.reports_view, self.follow_ups_view = ReportsView(), FollowUpsView()
        self.pages: list[QWidget] = [
            self.today_view,
            self.counter_view,
            self.guidance_view,
            self.event_view,
            self.professional_view,
            self.history_view,
            self.services_view,
            self.sync_view,
            self.reports_view,
            self.follow_ups_view,
        ]
        for page in self.pages:
            self.addTab(page, "")

        self.today = Today(context, self.today_view)
        self.bookings = Bookings(context, self.today_view.bookings)
        self.counter = Counter(context, self.counter_view)
        self.guidance = RecordForm(context, self.guidance_view, "guidance", self._guidance_extras)
        self.events = RecordForm(context, self.event_view, "event", self._event_extras)
        self.professional = RecordForm(context, self.professional_view, "professional_work", self._professional_extras)
        self.history = History(context, self.history_view)
        self.services = Services(context, self.services_view)
        self.sync = Sync(context, self.sync_view)
        self.reports = Reports(context, self.reports_view)
        self.follow_ups = FollowUps(context, self.follow_ups_view)
        self.history.edit_requested.connect(self._edit)
        self.sync.synced.connect(self.today.load)  # the day's visits as headquarters last planned them
        self.sync.synced.connect(self.bookings.load)  # the day's bookings as the register has them now
        self.bookings.arrived.connect(self._booked_family_arrived)
        self.guidance.saved.connect(self._guidance_saved)
        self.currentChanged.connect(self._tab_changed)
        context.choices_changed.connect(self._choices_changed)
        context.replay()  # the day and the choices may have loaded before these pages existed

    def set_titles(self, titles: Sequence[str]) -> None:
        for index, title in enumerate(titles):
            self.setTabText(index, title)
            self.setTabToolTip(index, page_shortcut(index))

    def begin(self) -> None:
        """A worker has signed in: reload the day and start on the counter if a stop day is open."""
        self.today.load()
        self.bookings.load()
        if self.context.day is not None and self.currentWidget() is self.today_view:
            self.setCurrentWidget(self.counter_view)
        self.currentWidget().setFocus()

    def _choices_changed(self) -> None:
        found = self.context.choices
        self.guidance_view.show_choices(found.themes, found.service_packages)
        self.event_view.show_choices(found.themes, found.service_packages, found.municipalities, found.organisations)
        self.professional_view.show_choices(found.themes, found.municipalities, found.organisations)
        self.reports_view.show_choices(found.municipalities, found.units)
        self.follow_ups_view.show_choices(found.themes, found.organisations)

    def _tab_changed(self, _index: int) -> None:
        if self.currentWidget() is self.history_view:
            self.history.load()
        elif self.currentWidget() is self.services_view:
            self.services.load_lists()
            self.services_view.search_edit.setFocus()
        elif self.currentWidget() is self.sync_view:
            self.sync.load()
        elif self.currentWidget() is self.follow_ups_view:
            self.follow_ups.load()

    def _guidance_saved(self, record: object, edited: bool) -> None:
        """A new session that ended in a referral goes straight on to choosing the services."""
        body = getattr(record, "body", None)
        if not edited and getattr(body, "outcome", None) == "referral":
            self.services.choose_session(str(getattr(record, "id", "")))
            self.setCurrentWidget(self.services_view)

    def _booked_family_arrived(self, language: str, theme: str | None) -> None:
        """A booked family has come: a new guidance session for them, unless a saved one is being edited there, or
        one filled in and not saved is there and the worker wants to keep it."""
        view = self.guidance_view
        if view.editing is None and view.touched() and not self._replace_unsaved_session():
            self.context.message.emit(
                self.tr("The unsaved guidance session was kept. Save or clear it, then fill in the family's session.")
            )
        elif view.editing is None:
            view.prefill(language, [theme] if theme else [])
        self.setCurrentWidget(view)

    def _replace_unsaved_session(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Guidance session not saved"),
            self.tr(
                "The guidance session being filled in has not been saved. Empty it and open a new session for the "
                "family who arrived?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _edit(self, record: object) -> None:
        if getattr(record, "type", "") == "referral":
            self.setCurrentWidget(self.services_view)  # where a printing problem would be shown
            self.services.reprint_referral(str(getattr(record, "id", "")))
            return
        forms = {"guidance": self.guidance, "event": self.events, "professional_work": self.professional}
        form = forms.get(getattr(record, "type", ""))
        if form is None:
            return
        form.edit(record)  # type: ignore[arg-type]
        self.setCurrentWidget(form.view)  # type: ignore[arg-type]

    def _guidance_extras(self) -> dict[str, Any]:
        day, worker = self.context.day, self.context.worker
        return {
            "occurred_at": self.context.now(),
            "stop_day_id": day.id if day else None,
            "worker_id": worker.id if worker else None,
        }

    def _event_extras(self) -> dict[str, Any]:
        day = self.context.day
        return {"stop_day_id": day.id if day else None}

    def _professional_extras(self) -> dict[str, Any]:
        day = self.context.day
        return {"occurred_at": self.context.now(), "stop_day_id": day.id if day else None}
