"""Qt's model contract checked while a model is used: QAbstractItemModelTester on every model.

The tester runs in its Warning mode (Fatal would abort the process, QtTest mode needs a QTest runner); its warnings
are collected here and turned into a test failure by :meth:`ModelContract.assert_kept`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


class ModelContract:
    def __init__(self) -> None:
        self.models: list[QAbstractItemModel] = []
        self.problems: list[str] = []
        self._testers: list[QAbstractItemModelTester] = []

    def watch_all(self, root: QObject) -> int:
        """Watch every model under ``root`` not watched yet (a report's tables are new models each time)."""
        found = 0
        for model in root.findChildren(QAbstractItemModel):
            if not any(model is known for known in self.models):
                self.watch(model)
                found += 1
        return found

    def watch(self, model: QAbstractItemModel) -> None:
        """From now on every change of ``model`` is checked against what its signals announced (the tester also
        fails a ``layoutChanged`` that no ``layoutAboutToBeChanged`` announced)."""
        self.models.append(model)
        self._testers.append(
            QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning, model)
        )

    def heard(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> bool:
        """A message of the tester's is a problem; True when this message was one."""
        if (context.category or "") == "qt.modeltest" or text.startswith("FAIL!"):
            self.problems.append(text)
            return True
        return False

    def stop(self) -> None:
        """Take the testers off the models: a model deleted later must not meet a tester half gone with it."""
        for tester in self._testers:
            if shiboken6.isValid(tester):
                shiboken6.delete(tester)
        self._testers = []

    def assert_kept(self) -> None:
        assert self.problems == [], "\n".join(self.problems[:20])


@contextmanager
def model_contract() -> Iterator[ModelContract]:
    """Collect the testers' warnings for the ``with`` block; other Qt messages go on to the handler before."""
    contract = ModelContract()
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if not contract.heard(kind, context, text) and previous is not None:
            previous(kind, context, text)

    previous = qInstallMessageHandler(handler)
    try:
        yield contract
    finally:
        contract.stop()
        qInstallMessageHandler(previous)
