"""Privacy: anonymous records stay anonymous, and the one identifying record is encrypted and purged."""
