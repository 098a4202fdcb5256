"""What became of a print, in the worker's language: the printer named, and whether paper can be expected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP
from ui.printer_kind import PrinterKind
from ui.printing import Handed, PrintOutcome


def _translate(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def expects_paper(outcome: PrintOutcome) -> bool:
    """Whether the worker can take the sheet from the tray; anything else is shown where it cannot be missed."""
    return outcome.handed is Handed.SENT and outcome.kind is PrinterKind.PAPER


def outcome_message(outcome: PrintOutcome) -> str:
    if outcome.handed is Handed.REFUSED:
        text = _translate(
            QT_TRANSLATE_NOOP("Printing", "The printer %1 did not take the handout: nothing was printed.")
        )
    elif outcome.kind is PrinterKind.VIRTUAL:
        text = _translate(
            QT_TRANSLATE_NOOP("Printing", "The handout went to %1, a virtual printer: it makes a file, not paper.")
        )
    elif outcome.handed is Handed.TROUBLED:
        text = _translate(
            QT_TRANSLATE_NOOP(
                "Printing",
                "The handout went to the printer %1, but the printer reports a problem (switched off, offline, "
                "out of paper or jammed): if nothing comes out, check it and print again.",
            )
        )
    else:
        text = _translate(QT_TRANSLATE_NOOP("Printing", "The handout went to the printer %1."))
    return text.replace("%1", outcome.printer)


def no_printer_message(virtual: list[str]) -> str:
    """No paper printer: the virtual ones the system lists instead are named, so nobody looks for their paper."""
    if not virtual:
        return _translate(QT_TRANSLATE_NOOP("Printing", "No printer is set up on this laptop."))
    return _translate(
        QT_TRANSLATE_NOOP(
            "Printing", "No paper printer is set up on this laptop, only virtual printers that make files: %1."
        )
    ).replace("%1", ", ".join(virtual))
