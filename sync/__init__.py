"""Sync between the local store and the central register: wire protocol, client and engine."""
