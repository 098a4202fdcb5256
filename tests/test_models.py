"""The History model keeps Qt's model contract, and the contract check itself catches what it is there to catch.

The whole window's models are checked on the real threads in tests/real_window.py (run by test_real_window.py);
these run in this process, without painting, so a slip is reported as a failure rather than a crash.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.db import Store
from app.identity import current_author
from app.records import Record
from app.services import history
from tests.conftest import count_encounters
from tests.models import model_contract
from ui.i18n import Translations
from ui.pages.history_model import HistoryModel

Index = QModelIndex | QPersistentModelIndex


@pytest.fixture
def rows(store: Store) -> list[Record]:
    count_encounters(store, 5)
    with store.session() as session:
        return history.recent(session=session, author=current_author(session))


def test_the_history_model_and_its_proxy_keep_the_contract_through_reloads_filters_and_languages(
    qtbot: QtBot, rows: list[Record], translations: Translations
) -> None:
    model = HistoryModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    with model_contract() as contract:
        contract.watch(model)
        contract.watch(proxy)
        model.set_rows(rows, {})
        table.selectRow(2)
        kept = QPersistentModelIndex(proxy.index(2, 0))
        header: list[Any] = []
        model.headerDataChanged.connect(lambda *_: header.append(model.headerData(0, Qt.Orientation.Horizontal)))
        translations.install("sv")
        model.retranslate()
        assert header == ["När"] and proxy.index(2, 1).data() == "Möte"
        assert kept.isValid() and kept.row() == 2  # the chosen row stays where it was: no layout change
        proxy.setFilterFixedString("barn")
        assert proxy.rowCount() == 5
        proxy.setFilterFixedString("nothing like this")
        assert proxy.rowCount() == 0
        proxy.setFilterFixedString("")
        model.set_rows(rows[:3], {})
        model.set_rows([], {})
        model.retranslate()
    contract.assert_kept()


class _Shuffled(QAbstractListModel):
    """A model that reorders its rows the way History's language switch used to signal it."""

    def __init__(self) -> None:
        super().__init__()
        self.items = ["a", "b", "c"]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.items[index.row()] if role == Qt.ItemDataRole.DisplayRole else None


def test_the_check_reports_a_layout_change_without_its_announcement(qtbot: QtBot) -> None:
    model = _Shuffled()
    with model_contract() as contract:
        contract.watch(model)
        model.items.reverse()
        model.layoutChanged.emit()
    assert len(contract.problems) == 1 and "ChangeInFlight::LayoutChanged" in contract.problems[0]


def test_the_check_reports_what_qabstractitemmodeltester_finds(qtbot: QtBot) -> None:
    class Liar(_Shuffled):
        """Answers every role with its text, so its size hint is no size."""

        def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return self.items[index.row()]

    with model_contract() as contract:
        contract.watch(Liar())
    assert contract.problems and any("FAIL!" in problem for problem in contract.problems), contract.problems
