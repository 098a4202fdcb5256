"""Revoking a laptop, asked first: Yes or No, and whether to order the laptop to erase its contact requests."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


def ask_revoke(parent: QWidget, title: str, question: str, erase_text: str) -> bool | None:
    """None when the coordinator answers No; else whether the erase order was ticked (it starts unticked)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.No))
    erase = QCheckBox(erase_text, box)
    box.setCheckBox(erase)
    box.exec()
    return erase.isChecked() if box.clickedButton() is yes else None
