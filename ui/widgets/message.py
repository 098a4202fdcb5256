"""A label that says its message again, in the new language, when the language changes.

It keeps how to word the message (a function that calls ``tr`` over the message's key and arguments), not the words:
words made in Finnish would stay Finnish after a switch to English; the function says them in English.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

Wording = Callable[[], str]


def fixed(text: str) -> Wording:
    """Words that read the same in every language (a file name, a number, nothing at all)."""
    return lambda: text


class MessageLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wording: Wording = fixed("")

    def say(self, wording: Wording | str) -> None:
        self.wording = fixed(wording) if isinstance(wording, str) else wording
        self.setText(self.wording())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(self.wording())
        super().changeEvent(event)
