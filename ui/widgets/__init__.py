"""Reusable widgets: touch-sized choices, chips, and error labels that sit next to their field."""
