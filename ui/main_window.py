"""The main window: for now the store's state at a glance; the day's work views plug in here."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QWidget

from app.services.status import StoreSummary


class MainWindowView(QMainWindow):
    """Shows plain data handed to it; the window itself runs no SQL."""

    def __init__(self, summary: StoreSummary, database: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Pysäkki"))
        self.setMinimumSize(800, 500)
        body = QWidget(self)
        form = QFormLayout(body)
        self.unit_label = QLabel(summary.unit_name)
        self.pending_label = QLabel()
        self.database_label = QLabel(database)
        self.database_label.setWordWrap(True)
        form.addRow(self.tr("Unit:"), self.unit_label)
        form.addRow(self.tr("Waiting to sync:"), self.pending_label)
        form.addRow(self.tr("Data file:"), self.database_label)
        self.setCentralWidget(body)
        self.show_pending(summary.pending)

    def show_pending(self, pending: int) -> None:
        text = self.tr("%n record(s)", "", pending)
        self.pending_label.setText(text)
        self.statusBar().showMessage(self.tr("Waiting to sync: %n", "", pending))
