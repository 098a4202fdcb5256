"""A TCP proxy that behaves like a weak mobile link: limited bandwidth each way and a round-trip delay.

Each chunk is delivered half a round trip after it was read, and no faster than the bandwidth allows after the one
before it; a new connection costs one round trip before any data flows (the TCP handshake). It counts the bytes
that crossed in each direction, headers included.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time

from tests.loopback_proxy import LoopbackProxy


class ShapedLink(LoopbackProxy):
    def __init__(self, target_port: int, *, bits_per_second: float = 1_000_000, round_trip: float = 0.3) -> None:
        self.bytes_per_second = bits_per_second / 8
        self.round_trip = round_trip
        self.sent = 0  # client to server
        self.received = 0  # server to client
        self._lock = threading.Lock()
        super().__init__(target_port)

    def handle(self, client: socket.socket) -> None:
        time.sleep(self.round_trip)  # SYN, SYN-ACK
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        for source, target, upward in ((client, upstream, True), (upstream, client, False)):
            chunks: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
            threading.Thread(target=self._read, args=(source, chunks), daemon=True).start()
            threading.Thread(target=self._deliver, args=(chunks, target, upward), daemon=True).start()

    @staticmethod
    def _read(source: socket.socket, chunks: queue.Queue[tuple[float, bytes] | None]) -> None:
        while True:
            try:
                data = source.recv(16384)
            except OSError:
                data = b""
            if not data:
                chunks.put(None)
                return
            chunks.put((time.monotonic(), data))

    def _deliver(self, chunks: queue.Queue[tuple[float, bytes] | None], target: socket.socket, upward: bool) -> None:
        free_at = 0.0
        while (item := chunks.get()) is not None:
            read_at, data = item
            start = max(read_at + self.round_trip / 2, free_at)
            free_at = start + len(data) / self.bytes_per_second
            time.sleep(max(0.0, free_at - time.monotonic()))
            try:
                target.sendall(data)
            except OSError:
                break
            with self._lock:
                if upward:
                    self.sent += len(data)
                else:
                    self.received += len(data)
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)
