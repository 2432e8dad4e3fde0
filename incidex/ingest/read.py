"""Read reports from files, folders or pasted text into Documents.

Every input either becomes a Document or a Skipped with the reason in plain
words; read_paths never lets an exception escape, so one bad file in a folder
of thousands does not stop an ingest run.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from incidex.ingest.html import html_to_text
from incidex.ingest.markdown import looks_like_markdown, markdown_to_text
from incidex.ingest.pubdate import explain_publication_date, parse_date_string
from incidex.ingest.title import title_from_text
from incidex.model import Document, Skipped

PathLike = Union[str, "os.PathLike[str]"]

# Extensions read from a folder; anything else there is ignored silently.
READERS_BY_SUFFIX = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
DEFAULT_MAX_BYTES = 10_000_000
# A folder's README / CHANGELOG / LICENSE describe the folder; they are not reports. Named
# explicitly on the command line they are read like any other file.
FOLDER_DOCUMENTATION = {"README", "CHANGELOG", "LICENSE", "NOTICE", "CONTRIBUTING"}
# How much of a .jsonl file is sniffed for binary content before reading it line by line.
SNIFF_BYTES = 8192
# Share of control characters above which decoded text is treated as binary.
MAX_CONTROL_SHARE = 0.02
# Share of plain ASCII characters a Windows-1252 decoding needs to count as text:
# accented Western European prose stays far above it, random bytes fall far below.
MIN_ASCII_SHARE_CP1252 = 0.85
# A page extractor left with only menu words has not found an article: it needs a line that reads like a sentence.
MIN_WORDS_IN_HTML_SENTENCE = 6
MIN_WORDS_IN_TEXT = 3

_WORD = re.compile(r"[^\W\d_]{2,}")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class IngestError(ValueError):
    """Input that cannot be read as a report; the message says why in plain words."""


def content_hash(text: str) -> str:
    """sha256 of the text with whitespace collapsed: the same report re-wrapped hashes the same."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def read_text(
    text: str,
    source: str,
    published: date | str | None = None,
    url: str | None = None,
    docid: str | None = None,
    title: str | None = None,
    html: bool = False,
    *,
    today: date | None = None,
) -> Document:
    """A Document from pasted text (or HTML); raises IngestError when it holds no report.

    A full HTML page (starting with <!DOCTYPE html> or <html>) is read as HTML even
    when `html` is False, since its tags would otherwise end up in the text.
    """
    if not isinstance(text, str):
        raise IngestError(f"expected text, got {type(text).__name__}")
    problem = _binary_problem(text)
    if problem:
        raise IngestError(problem)
    published_date = None
    if published is not None:
        published_date = published if isinstance(published, date) else parse_date_string(str(published), today)
        if published_date is None:
            raise IngestError(f"cannot read the publication date {published!r}")
        if published_date > (today or date.today()):
            raise IngestError(f"the publication date {published_date.isoformat()} is in the future")
    return _build_document(
        _normalise_newlines(text), source, as_html=html or _looks_like_html_page(text),
        argument_date=published_date, url=url, docid=docid, title=title, today=today,
    )


def read_paths(
    paths: Iterable[PathLike] | PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    today: date | None = None,
) -> Iterator[Document | Skipped]:
    """Documents from files and folders (recursively, in sorted order).

    Folders contribute .txt, .md, .html/.htm and .jsonl files; a file named
    explicitly with another extension is read as plain text. A .jsonl file is
    read line by line, so `max_bytes` limits each of its lines, not the file.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                for item in _files_in_folder(path):
                    if isinstance(item, Skipped):
                        yield item
                    else:
                        yield from _read_file_safely(item, max_bytes, today)
            else:
                yield from _read_file_safely(path, max_bytes, today)
        except Exception as exc:  # noqa: BLE001 - the promise is: no exception escapes
            yield Skipped(str(path), f"cannot read: {_describe_error(exc)}")


def _files_in_folder(root: Path) -> list[Union[Path, Skipped]]:
    """Supported files under root, sorted; hidden files and folders (.git, editor files) are left out."""
    found: list[Path] = []
    problems: list[Skipped] = []

    def on_error(exc: OSError) -> None:
        problems.append(Skipped(str(exc.filename or root), f"cannot read folder: {_describe_error(exc)}"))

    for folder, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if (not name.startswith(".") and Path(name).suffix.lower() in READERS_BY_SUFFIX
                    and Path(name).stem.upper() not in FOLDER_DOCUMENTATION):
                found.append(Path(folder) / name)
    return [*problems, *sorted(found)]


def _read_file_safely(path: Path, max_bytes: int, today: Optional[date]) -> Iterator[Document | Skipped]:
    try:
        yield from _read_file(path, max_bytes, today)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        yield Skipped(str(path), f"cannot read file: {_describe_error(exc)}")


def _read_file(path: Path, max_bytes: int, today: Optional[date]) -> Iterator[Document | Skipped]:
    source = str(path)
    kind = READERS_BY_SUFFIX.get(path.suffix.lower(), "text")  # a file named explicitly may have any suffix
    try:
        info = path.stat()
    except FileNotFoundError:
        yield Skipped(source, "no such file or folder")
        return
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end.
        yield Skipped(source, "not a regular file")
        return
    if info.st_size == 0:
        yield Skipped(source, "empty file")
        return
    if kind == "jsonl":
        yield from _read_jsonl(path, max_bytes, today)
        return
    if info.st_size > max_bytes:
        yield Skipped(source, _too_large(info.st_size, max_bytes))
        return
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)  # never more than the limit, even if the file grew meanwhile
    if len(data) > max_bytes:
        yield Skipped(source, _too_large(len(data), max_bytes))
        return
    try:
        text = decode_bytes(data)
        yield _build_document(text, source, as_html=kind == "html", today=today,
                              markdown=kind == "markdown")
    except IngestError as exc:
        yield Skipped(source, str(exc))


def _read_jsonl(path: Path, max_bytes: int, today: Optional[date]) -> Iterator[Document | Skipped]:
    """One document per line: {"text", "published", "source", "url", "docid", "title"}; only text is required."""
    source = str(path)
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
        if b"\x00" in head:
            yield Skipped(source, "binary file (contains NUL bytes), not JSON lines")
            return
        f.seek(0)
        line_number = 0
        any_content = False
        while True:
            line = f.readline(max_bytes + 1)
            if not line:
                break
            line_number += 1
            where = f"{source}#{line_number}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size = len(line)
                while line and not line.endswith(b"\n"):  # skip the rest of the long line in bounded reads
                    line = f.readline(max_bytes + 1)
                    size += len(line)
                yield Skipped(where, f"line {line_number}: {_too_large(size, max_bytes, 'line')}")
                any_content = True
                continue
            if not line.strip():
                continue
            any_content = True
            yield _document_from_json_line(line, where, line_number, today)
        if not any_content:
            yield Skipped(source, "file holds only whitespace")


def _document_from_json_line(line: bytes, where: str, line_number: int, today: Optional[date]) -> Document | Skipped:
    prefix = f"line {line_number}: "
    try:
        record = json.loads(decode_bytes(line))
    except IngestError as exc:
        return Skipped(where, prefix + str(exc))
    except json.JSONDecodeError as exc:
        return Skipped(where, f"{prefix}not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return Skipped(where, f"{prefix}expected a JSON object with a \"text\" field, found {type(record).__name__}")
    text = record.get("text")
    if text is None:
        return Skipped(where, f"{prefix}no \"text\" field")
    if not isinstance(text, str):
        return Skipped(where, f"{prefix}\"text\" is a {type(text).__name__}, not a string")
    metadata_date = None
    if isinstance(record.get("published"), str):
        metadata_date = parse_date_string(record["published"], today)
    source = record.get("source")
    try:
        return _build_document(
            _normalise_newlines(text),
            str(source) if source not in (None, "") else where,
            as_html=_looks_like_html_page(text),
            metadata_date=metadata_date,
            url=_optional_str(record.get("url")),
            docid=_optional_str(record.get("docid")),
            title=_optional_str(record.get("title")),
            today=today,
        )
    except IngestError as exc:
        return Skipped(where, prefix + str(exc))


def decode_bytes(data: bytes) -> str:
    """Text from bytes: UTF-16 with BOM, UTF-8 (BOM or not), else Windows-1252 if it reads as text.

    Raises IngestError for binary data and undecodable bytes.
    """
    if not data:
        raise IngestError("empty file")
    text: Optional[str] = None
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    if text is None:
        if b"\x00" in data:
            raise IngestError("binary file (contains NUL bytes)")
        try:
            text = data.decode("utf-8-sig")  # plain UTF-8, with its byte-order mark dropped if present
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise IngestError("not text: the bytes are neither UTF-8 nor Windows-1252") from None
            if _ascii_share(text) < MIN_ASCII_SHARE_CP1252:
                raise IngestError("not text: the bytes are not UTF-8 and do not read as Windows-1252 text")
    problem = _binary_problem(text)
    if problem:
        raise IngestError(problem)
    return _normalise_newlines(text)


def _build_document(
    text: str,
    source: str,
    *,
    as_html: bool,
    today: Optional[date],
    argument_date: Optional[date] = None,
    metadata_date: Optional[date] = None,
    url: Optional[str] = None,
    docid: Optional[str] = None,
    title: Optional[str] = None,
    markdown: bool = False,
) -> Document:
    if not text.strip():
        raise IngestError("empty text" if not text else "only whitespace, no text")
    problem = _binary_problem(text)
    if problem:
        raise IngestError(problem)
    if as_html:
        text, page = html_to_text(text)
        if not _has_sentence(text, MIN_WORDS_IN_HTML_SENTENCE):
            raise IngestError("HTML page has no article text (only navigation or boilerplate was found)")
        text = _normalise_newlines(text)
        title = title or page["title"]
        url = url or page["url"]
        metadata_date = metadata_date or page["date"]
    elif len(_WORD.findall(text)) < MIN_WORDS_IN_TEXT:
        raise IngestError(f"no article text: fewer than {MIN_WORDS_IN_TEXT} words")
    else:
        if markdown or looks_like_markdown(text):
            text = markdown_to_text(text)
        text = join_hyphenated_line_breaks(text)
    if argument_date is not None:
        published, published_from = argument_date, "argument"
    else:
        found = explain_publication_date(text, metadata_date, today)
        published, published_from = found.date, found.source
    return Document(
        text=text,
        source=source,
        content_hash=content_hash(text),
        published=published,
        published_from=published_from,
        url=url,
        title=title or title_from_text(text, markdown=markdown),
        docid=docid,
    )


# a word a justified page (a PDF's text) breaks at the end of a line: "a military de-\ntachment"
_HYPHENATED_LINE_BREAK = re.compile(r"(?<=[^\W\d_]{2})-[ \t]*\r?\n[ \t]*(?=[a-zà-ÿ]{2})")


def join_hyphenated_line_breaks(text: str) -> str:
    """Words hyphenated across a line break, joined again ("de-\ntachment" -> "detachment"), so
    that the sentence is read whole. (A compound broken at its own hyphen loses it: "counter-\n
    offensive" reads "counteroffensive", which the rules read the same.)"""
    return _HYPHENATED_LINE_BREAK.sub("", text)


def _has_sentence(text: str, min_words: int) -> bool:
    return any(len(_WORD.findall(line)) >= min_words for line in text.splitlines())


def _binary_problem(text: str) -> Optional[str]:
    if "\x00" in text:
        return "binary content (contains NUL characters)"
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        return "binary content (mostly non-text characters)"
    return None


def _ascii_share(text: str) -> float:
    return sum(1 for ch in text if ch.isascii()) / max(len(text), 1)


def _looks_like_html_page(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _optional_str(value: object) -> Optional[str]:
    return None if value in (None, "") else str(value)


def _too_large(size: int, limit: int, what: str = "file") -> str:
    return f"{what} too large: {size:,} bytes ({size / 1_000_000:.1f} MB), the limit is {limit:,} bytes"


def _describe_error(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return f"{type(exc).__name__}: {exc}"
