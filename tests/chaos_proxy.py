"""A TCP proxy for fault injection: between a client and the register it resets connections before the request,
after the request (the register has done the work, the answer never arrives), in the middle of the response,
delays them, or answers 503 itself, each at random.

The fault is chosen per connection; clients under test send ``Connection: close`` so that every request takes a
connection of its own (and its own chance of failing).
"""

from __future__ import annotations

import contextlib
import random
import select
import socket
import struct
import threading
import time

from tests.loopback_proxy import LoopbackProxy

MODES = ("pass", "reset_before", "reset_after_request", "reset_mid_response", "delay", "busy")


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN, as a dropped mobile link or a crashed middlebox does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class ChaosProxy(LoopbackProxy):
    def __init__(self, target_port: int, *, seed: int = 1, weights: dict[str, float] | None = None) -> None:
        self.random = random.Random(seed)
        self.weights = weights or {
            "pass": 4, "reset_before": 1, "reset_after_request": 2, "reset_mid_response": 2, "delay": 1, "busy": 1,
        }  # fmt: skip
        self.enabled = True
        self.counts: dict[str, int] = dict.fromkeys(MODES, 0)
        self._lock = threading.Lock()
        super().__init__(target_port)

    def _mode(self) -> str:
        with self._lock:
            if not self.enabled:
                mode = "pass"
            else:
                modes, weights = zip(*self.weights.items(), strict=True)
                mode = self.random.choices(modes, weights)[0]
            self.counts[mode] += 1
            return mode

    def handle(self, client: socket.socket) -> None:
        self._serve(client, self._mode())

    def _serve(self, client: socket.socket, mode: str) -> None:
        if mode == "reset_before":
            _reset(client)
            return
        if mode == "busy":
            client.settimeout(5)
            try:
                client.recv(65536)
                client.sendall(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\n"
                               b"Connection: close\r\n\r\n")  # fmt: skip
            except OSError:
                pass
            client.close()
            return
        if mode == "delay":
            time.sleep(0.2)
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
        except OSError:
            _reset(client)
            return
        sent_to_client = 0
        try:
            while True:
                ready, _, _ = select.select([client, upstream], [], [], 10)
                if not ready:
                    break
                if client in ready:
                    data = client.recv(65536)
                    if not data:
                        break
                    upstream.sendall(data)
                if upstream in ready:
                    data = upstream.recv(65536)
                    if not data:
                        break
                    if mode == "reset_after_request":
                        break  # the register answered; the answer is lost
                    if mode == "reset_mid_response":
                        client.sendall(data[: max(1, len(data) // 3)])
                        break
                    client.sendall(data)
                    sent_to_client += len(data)
        except OSError:
            pass
        finally:
            upstream.close()
            if mode in ("reset_after_request", "reset_mid_response"):
                _reset(client)
            else:
                client.close()
