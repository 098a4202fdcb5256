"""Reports page layout: what to count (report, period, municipality, unit) and from where (this laptop or the
register, for coordinators), the figures as tables, bar charts, exports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.choices import TOUCH
from ui.widgets.dates import follow_locale, short_date
from ui.widgets.message import MessageLabel, Wording

if TYPE_CHECKING:
    from app.choice import Choice
    from app.reports.table import Report, Table

# The report kinds in their order, as app.reports names them.
KINDS = ("review", "municipality", "theme", "organisation", "package", "month", "stea")
LAPTOP, REGISTER = "laptop", "register"  # where the figures come from


class ReportsView(QWidget):
    show_requested = Signal()
    export_requested = Signal(str)  # format: csv, xlsx or pdf
    language_changed = Signal()  # after the page's own texts: the figures on screen are to be said again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(date.today().year)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))  # what a report can cover (app.reports)
            edit.setCalendarPopup(True)
        self.municipality_combo = QComboBox()
        self.unit_combo = QComboBox()
        self.source_combo = QComboBox()
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setClearButtonEnabled(True)
        self.exact_check = QCheckBox()
        self.exact_check.setChecked(True)
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.export_buttons = {name: QPushButton() for name in ("csv", "xlsx", "pdf")}
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label, self.year_label, self.from_label = QLabel(), QLabel(), QLabel()
        self.to_label, self.municipality_label = QLabel(), QLabel()
        self.unit_label, self.source_label, self.token_label = QLabel(), QLabel(), QLabel()
        for label, buddy in (
            (self.kind_label, self.kind_combo),
            (self.year_label, self.year_spin),
            (self.from_label, self.start_edit),
            (self.to_label, self.end_edit),
            (self.municipality_label, self.municipality_combo),
            (self.unit_label, self.unit_combo),
            (self.source_label, self.source_combo),
            (self.token_label, self.token_edit),
        ):
            label.setBuddy(buddy)
        for widget in (
            self.show_button,
            *self.export_buttons.values(),
            self.kind_combo,
            self.municipality_combo,
            self.unit_combo,
            self.source_combo,
            self.token_edit,
        ):
            widget.setMinimumHeight(TOUCH)

        filters = QGridLayout()
        filters.addWidget(self.kind_label, 0, 0)
        filters.addWidget(self.kind_combo, 0, 1)
        filters.addWidget(self.year_label, 0, 2)
        filters.addWidget(self.year_spin, 0, 3)
        filters.addWidget(self.from_label, 0, 4)
        filters.addWidget(self.start_edit, 0, 5)
        filters.addWidget(self.to_label, 0, 6)
        filters.addWidget(self.end_edit, 0, 7)
        filters.addWidget(self.municipality_label, 1, 0)
        filters.addWidget(self.municipality_combo, 1, 1, 1, 3)
        filters.addWidget(self.unit_label, 1, 4)
        filters.addWidget(self.unit_combo, 1, 5, 1, 3)
        filters.addWidget(self.source_label, 2, 0)
        filters.addWidget(self.source_combo, 2, 1, 1, 3)
        filters.addWidget(self.token_label, 2, 4)
        filters.addWidget(self.token_edit, 2, 5, 1, 3)
        filters.addWidget(self.exact_check, 3, 0, 1, 8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        for button in self.export_buttons.values():
            buttons.addWidget(button)

        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.addStretch(1)
        self.grids: list[QTableWidget] = []  # the tables now shown, in order
        # Every widget of the figures shown, kept here to take them out again: the layout is never asked for its
        # items (tests/test_layout_items.py).
        self.shown: list[QWidget] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)

        self.year_spin.valueChanged.connect(self._year_chosen)
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        self.token_edit.returnPressed.connect(self.show_requested)
        self.show_button.clicked.connect(self.show_requested)
        for name, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, name=name: self.export_requested.emit(name))
        QShortcut(QKeySequence("F5"), self, self.show_requested.emit)
        self._year_chosen(self.year_spin.value())
        self.retranslate()
        self._source_chosen()

    # What the user chose --------------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData() or "review")

    def period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def municipality(self) -> str | None:
        data = self.municipality_combo.currentData()
        return str(data) if data else None

    def unit(self) -> str | None:
        data = self.unit_combo.currentData()
        return str(data) if data else None

    def source(self) -> str:
        if self.source_combo.isHidden():
            return LAPTOP
        return str(self.source_combo.currentData() or LAPTOP)

    def token(self) -> str:
        return self.token_edit.text()

    def forget_token(self) -> None:
        """The window locked: the next person at the laptop must not read headquarters' figures with this token."""
        self.token_edit.clear()

    def allow_central(self, allowed: bool) -> None:
        """Only a coordinator chooses the register's central report; for everyone else the figures are the laptop's."""
        if not allowed:
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(LAPTOP)))
        self.source_label.setVisible(allowed)
        self.source_combo.setVisible(allowed)
        self._source_chosen()

    def _source_chosen(self, _index: int = 0) -> None:
        central = self.source() == REGISTER
        self.token_label.setVisible(central)
        self.token_edit.setVisible(central)
        if central and not self.token_edit.text():
            self.token_edit.setFocus()

    def _year_chosen(self, year: int) -> None:
        self.start_edit.setDate(QDate(year, 1, 1))
        self.end_edit.setDate(QDate(year, 12, 31))

    def show_choices(self, municipalities: Sequence[Choice], units: Sequence[Choice]) -> None:
        _fill(self.municipality_combo, self.tr("All municipalities"), municipalities)
        _fill(self.unit_combo, self.tr("All units"), units)

    # What the program says ------------------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.show_button, *self.export_buttons.values()):
            widget.setEnabled(not busy)

    def show_message(self, wording: Wording | str) -> None:
        """``wording`` says the message in the current language, now and after a language switch."""
        self.message.say(wording)

    def clear_report(self) -> None:
        """No figures on screen: after a failed request, old figures must not pass for the ones asked for."""
        for widget in self.shown:
            self.results_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.shown = []
        self.grids = []
        self.heading.clear()

    def show_report(self, report: Report) -> None:
        self.clear_report()
        place = f"{report.municipality} · {report.unit}"
        start, end = short_date(report.start), short_date(report.end)  # as the date editors above write dates
        self.heading.setText(f"{report.title}: {start} – {end} · {place}")
        for table in report.tables:
            title = QLabel(table.title)
            title.setStyleSheet("font-weight: bold; font-size: 12pt;")
            self.grids.append(self._grid(table, report))
            self._add(title, self.grids[-1])
            if table.note:
                note = QLabel(table.note)
                note.setWordWrap(True)
                self._add(note)
            chart = self._chart(table, report)
            if chart is not None:
                self._add(chart)

    def _add(self, *widgets: QWidget) -> None:
        """Put ``widgets`` below the figures shown, above the stretch that keeps them at the top."""
        for widget in widgets:
            self.results_layout.insertWidget(len(self.shown), widget)
            self.shown.append(widget)

    def _grid(self, table: Table, report: Report) -> QTableWidget:
        exported = report.threshold > 0
        grid = QTableWidget(len(table.rows), len(table.columns))
        grid.setHorizontalHeaderLabels([column.label for column in table.columns])
        grid.setVerticalHeaderLabels([row.label for row in table.rows])
        # The cells are made by the table's own model (setData), not as QTableWidgetItems made in Python: those carry a
        # Python side that Qt's delete must release, and on the real window's threads it was now and then gone first
        # (a segmentation fault in Shiboken's releaseWrapper; see ui/widgets/lists.py).
        model, bold = grid.model(), grid.font()
        bold.setBold(True)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for r in range(len(table.rows)):
            for c in range(len(table.columns)):
                value = table.shown(r, c) if exported else table.cells[r][c]
                at = model.index(r, c)
                model.setData(at, f"{value:.0f}" if isinstance(value, float) else str(value))
                model.setData(at, right, Qt.ItemDataRole.TextAlignmentRole)
                if table.rows[r].key == "total":
                    model.setData(at, bold, Qt.ItemDataRole.FontRole)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Room for every row and for the scroll bar a wide table gets, so no row hides behind it.
        rows = sum(grid.rowHeight(r) for r in range(grid.rowCount()))
        height = grid.horizontalHeader().height() + rows + grid.horizontalScrollBar().sizeHint().height() + 6
        grid.setFixedHeight(min(height, 520))
        grid.setAccessibleName(table.title)
        return grid

    def _chart(self, table: Table, report: Report) -> QWidget | None:
        columns = [c for c, column in enumerate(table.columns) if column.key in table.chart]
        rows = [r for r, row in enumerate(table.rows) if row.key != "total"]
        if not columns or not rows:
            return None
        # QtCharts loads the first time a chart is drawn, not with the window.
        from PySide6.QtCharts import (  # noqa: PLC0415
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QValueAxis,
        )
        from PySide6.QtGui import QPainter  # noqa: PLC0415

        from app.reports.table import count_axis  # noqa: PLC0415

        series = QBarSeries()
        top = 0.0
        for c in columns:
            bars = QBarSet(table.columns[c].label)
            for r in rows:
                value: Any = table.shown(r, c) if report.threshold else table.cells[r][c]
                number = float(value) if isinstance(value, int | float) else 0.0  # a hidden cell draws no bar
                bars.append(number)
                top = max(top, number)
            series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        categories = QBarCategoryAxis()
        categories.append([table.rows[r].label for r in rows])
        if top <= 0:
            return None  # a table of zeros: the figures say it, an empty chart would only take room
        step, end = count_axis(top)
        values = QValueAxis()
        values.setRange(0, end)
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)  # whole steps: counts never get ticks 0, 0, 1, 1
        values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(300)
        return view

    # Language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {
            "review": self.tr("Yearly review"),
            "municipality": self.tr("By municipality"),
            "theme": self.tr("By theme"),
            "organisation": self.tr("By organisation"),
            "package": self.tr("By service package"),
            "month": self.tr("By month"),
            "stea": self.tr("STEA: people reached"),
        }
        current = self.kind()
        self.kind_combo.clear()
        for kind in KINDS:
            self.kind_combo.addItem(names[kind], kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_label.setText(self.tr("&Report"))
        self.year_label.setText(self.tr("&Year"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.municipality_label.setText(self.tr("&Municipality"))
        self.unit_label.setText(self.tr("&Unit"))
        if self.municipality_combo.count():
            self.municipality_combo.setItemText(0, self.tr("All municipalities"))
        if self.unit_combo.count():
            self.unit_combo.setItemText(0, self.tr("All units"))
        source = self.source()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("This laptop"), LAPTOP)
        self.source_combo.addItem(self.tr("The register: every laptop (coordinators)"), REGISTER)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(source)))
        self.source_combo.blockSignals(False)
        self.source_label.setText(self.tr("Figures &from"))
        self.token_label.setText(self.tr("Coordinator's &token"))
        self.token_edit.setPlaceholderText(self.tr("from headquarters; not stored"))
        self.exact_check.setText(self.tr("Exact figures on screen (for the unit's own use)"))
        self.exact_check.setToolTip(
            self.tr('Exported files always hide numbers from 1 to 4 as "<5", because reports are public.')
        )
        self.show_button.setText(self.tr("&Show (F5)"))
        self.export_buttons["csv"].setText(self.tr("Save as &CSV…"))
        self.export_buttons["xlsx"].setText(self.tr("Save as &Excel…"))
        self.export_buttons["pdf"].setText(self.tr("Save as &PDF…"))
        for edit in (self.start_edit, self.end_edit):
            follow_locale(edit)


def _fill(combo: QComboBox, everything: str, choices: Sequence[Choice]) -> None:
    """``everything`` first (no filter), then the choices; the current choice stays chosen if it is still there."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for choice in choices:
        combo.addItem(choice.label, choice.key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
