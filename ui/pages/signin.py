"""Sign-in behaviour: load the unit's workers, check PINs off the GUI thread, add a worker, choose the unit."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.errors import ValidationError
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.pages.signin_view import SignInView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services import signin, workers
    from app.services.signin import SignInState
    from app.services.workers import SignInOutcome, WorkerInfo
else:
    signin = lazy("app.services.signin")
    workers = lazy("app.services.workers")


class SignIn(QObject):
    signed_in = Signal()

    def __init__(self, context: Context, view: SignInView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self._busy = False
        self._shown: SignInState | None = None
        view.sign_in_requested.connect(self.sign_in)
        view.add_requested.connect(self.add)
        view.unit_chosen.connect(self.choose_unit)

    def load(self, *, again: bool = False) -> None:
        """Read the screen's contents from the store and show them. ``again``: the screen shows them already (from
        the early read), perhaps with a worker chosen and a PIN typed meanwhile: see :meth:`_again`."""
        language = self.context.language
        shown = self._shown if again else None
        self.context.tasks.run(
            lambda s: signin.signin_state(session=s, language=language),
            (lambda state: self._again(state, shown)) if again else self.show,
        )

    def show(self, state: SignInState) -> None:
        """Fill the screen with ``state`` (the units, the organisations, the workers) and focus where to go on."""
        self._fill(state, state.last_worker_id)
        self.view.focus_first()

    def _again(self, state: SignInState, shown: SignInState | None) -> None:
        """The store's read after the early one: the same (the usual case) changes nothing; else the screen takes
        it, keeping the worker chosen if still listed, and a PIN typed for a worker no longer chosen is cleared so
        that it is never checked against another worker's."""
        if state == shown:
            return
        chosen = self.view.current_worker_id()
        kept = chosen if any(worker.id == chosen for worker in state.workers) else None
        self._fill(state, kept or state.last_worker_id)
        if kept is None:
            self.view.reset()
            self.view.focus_first()

    def _fill(self, state: SignInState, selected: str | None) -> None:
        self._shown = state
        self.view.show_units(state.units, needed=state.author is None)
        self.view.show_organisations(state.organisations)
        self.view.show_workers(state.workers, selected)
        if state.author is not None and state.author != self.context.author:
            self.context.set_author(state.author)

    def choose_unit(self, unit_id: str) -> None:
        language = self.context.language
        self.context.tasks.run(
            lambda s: signin.choose_unit(session=s, unit_id=unit_id, language=language), self.show, self._failed
        )

    def sign_in(self, worker_id: str, pin: str, pin_again: str) -> None:
        if self._busy:
            return
        self._set_busy(True)
        worker = self.view.current_worker()
        if worker is not None and not worker.has_pin:

            def first(session: Session) -> SignInOutcome:
                return workers.SignInOutcome(
                    workers.set_first_pin(session=session, worker_id=worker_id, pin=pin, pin_again=pin_again)
                )

            self.context.tasks.run(first, self._outcome, self._failed)
            return
        self.context.tasks.run(
            lambda s: workers.sign_in(session=s, worker_id=worker_id, pin=pin), self._outcome, self._failed
        )

    def add(self, name: str, organisation_id: str | None, pin: str, pin_again: str) -> None:
        if self._busy:
            return
        author = self.context.require_author()
        self._set_busy(True)
        self.context.tasks.run(
            lambda s: workers.add_worker(
                session=s,
                author=author,
                display_name=name,
                organisation_id=organisation_id,
                pin=pin,
                pin_again=pin_again,
            ),
            self._added,
            self._add_failed,
        )

    def _outcome(self, outcome: SignInOutcome) -> None:
        self._set_busy(False)
        if outcome.error is not None:
            self.view.errors.show([outcome.error])
            self.view.pin_edit.selectAll()
            self.view.pin_edit.setFocus()
            return
        self._done(outcome.worker)

    def _added(self, worker: WorkerInfo) -> None:
        self._set_busy(False)
        self.view.name_edit.clear()
        self._done(worker)

    def _done(self, worker: WorkerInfo | None) -> None:
        self.view.reset()
        self.context.set_worker(worker)
        self.load()
        self.signed_in.emit()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self.view.errors.show(error.errors)
        else:
            self.view.errors.general.show_message(partial(error_message, error))

    def _add_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self.view.add_errors.show(error.errors)
        else:
            self.view.add_errors.general.show_message(partial(error_message, error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.view.sign_in_button.setDisabled(busy)
        self.view.add_button.setDisabled(busy)
