"""Stream what a TextIO writer writes, without holding the whole export in memory.

The export writers (incidex/export/*) write to a TextIO in one call. To send their output
while they run, the writer runs in a worker thread writing into a small bounded queue, and
the response reads chunks off the queue; when the client goes away the writer is stopped at
its next write.
"""
from __future__ import annotations

import io
import queue
import threading
from typing import Callable, Iterator, TextIO

CHUNK_CHARS = 64 * 1024
QUEUE_CHUNKS = 8  # at most this many chunks wait in memory: the writer blocks on a slow client
_DONE = object()


class _Cancelled(Exception):
    """The response was closed (client disconnected): stop writing."""


class _QueueText(io.TextIOBase):
    def __init__(self, chunks: "queue.Queue[object]", cancelled: threading.Event):
        self._chunks = chunks
        self._cancelled = cancelled
        self._parts: list[str] = []
        self._size = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._cancelled.is_set():
            raise _Cancelled()
        self._parts.append(text)
        self._size += len(text)
        if self._size >= CHUNK_CHARS:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            _put(self._chunks, "".join(self._parts).encode("utf-8"), self._cancelled)
            self._parts, self._size = [], 0


def _put(chunks: "queue.Queue[object]", item: object, cancelled: threading.Event) -> None:
    while True:
        try:
            chunks.put(item, timeout=0.2)
            return
        except queue.Full:
            if cancelled.is_set():
                raise _Cancelled() from None


def stream_text(write: Callable[[TextIO], object]) -> Iterator[bytes]:
    """UTF-8 chunks of what `write(out)` writes to `out`, produced as it writes them."""
    chunks: "queue.Queue[object]" = queue.Queue(maxsize=QUEUE_CHUNKS)
    cancelled = threading.Event()

    def run() -> None:
        out = _QueueText(chunks, cancelled)
        try:
            write(out)
            out.flush()
            _put(chunks, _DONE, cancelled)
        except _Cancelled:
            return
        except BaseException as exc:  # handed to the reader, which re-raises it
            try:
                _put(chunks, exc, cancelled)
            except _Cancelled:
                return

    worker = threading.Thread(target=run, name="incidex-export", daemon=True)
    worker.start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, bytes)
            yield item
    finally:
        cancelled.set()
