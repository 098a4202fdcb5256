"""Use cases: keyword-only functions over a session that validate, write, and return plain data.

They never commit: the caller's transaction (``Store.session()``) commits on success and rolls back on any error,
so a refused write leaves nothing behind.
"""
