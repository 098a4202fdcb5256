"""The PySide6 desktop program. Thin: views lay out widgets, controllers hold behaviour."""
