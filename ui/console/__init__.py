"""The coordinator's console: headquarters' work against the register from the desktop program.

Opened from File > Headquarters console… by a signed-in coordinator. The coordinator's token is typed for each
session, kept only in the console's field, and forgotten when the window locks. Every call goes to the register
through ``sync.central.as_coordinator`` on the network thread; the pages show the register's answers and its
refusals in words, on the row they concern.
"""
