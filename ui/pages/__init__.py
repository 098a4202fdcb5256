"""The pages of the main window: each a view (layout) beside a controller (behaviour)."""
