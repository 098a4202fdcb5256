"""The common part of the test suite's TCP proxies: a listener on a free loopback port, a thread per connection."""

from __future__ import annotations

import socket
import threading


class LoopbackProxy:
    """Accepts connections on ``self.port`` and hands each to ``handle`` in a thread of its own.

    Subclasses set their own attributes before calling ``__init__``: accepting starts at once.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = int(self.listener.getsockname()[1])
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        self.listener.close()

    def handle(self, client: socket.socket) -> None:
        raise NotImplementedError

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.handle, args=(client,), daemon=True).start()
