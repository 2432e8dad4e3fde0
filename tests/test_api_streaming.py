"""stream_text: exports are sent while they are written, errors reach the reader, and a
client that goes away stops the writer."""
from __future__ import annotations

import threading

import pytest

from incidex.api.streaming import CHUNK_CHARS, stream_text


def test_chunks_arrive_before_the_writer_has_finished():
    first_chunk_read = threading.Event()

    def write(out):
        out.write("a" * CHUNK_CHARS)  # a full chunk: sent at once
        # the rest is only written once the reader has the first chunk; without streaming
        # this would wait forever (bounded here by the timeout)
        assert first_chunk_read.wait(timeout=10)
        out.write("tail")

    chunks = stream_text(write)
    first = next(chunks)
    first_chunk_read.set()
    assert first == b"a" * CHUNK_CHARS
    assert b"".join(chunks) == b"tail"


def test_output_is_utf8_and_complete():
    text = "Trèbes, Saint-Pétersbourg, Мельбурн\n" * 5000
    assert b"".join(stream_text(lambda out: out.write(text))).decode("utf-8") == text


def test_a_writer_error_reaches_the_reader_after_what_was_written():
    def write(out):
        out.write("x" * CHUNK_CHARS)
        raise ValueError("database went away")

    chunks = stream_text(write)
    assert next(chunks) == b"x" * CHUNK_CHARS
    with pytest.raises(ValueError, match="database went away"):
        next(chunks)


def test_closing_the_stream_stops_the_writer():
    stopped = threading.Event()

    def write(out):
        try:
            while True:  # an endless export: only the reader going away ends it
                out.write("y" * 1000)
        finally:
            stopped.set()

    chunks = stream_text(write)
    next(chunks)
    next(chunks)
    chunks.close()
    assert stopped.wait(timeout=5)
