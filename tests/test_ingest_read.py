import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidex.ingest.read import IngestError, content_hash, read_paths, read_text
from incidex.model import Document, Skipped

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TODAY = date(2025, 1, 1)

REPORT = (
    "Car bomb kills six near Mogadishu checkpoint\n\n"
    "MOGADISHU, 14 October 2017 (Reuters) - A car bomb exploded at a busy checkpoint on the edge of "
    "Mogadishu on Saturday, killing six people and wounding eleven others, police said. Al-Shabaab "
    "claimed responsibility for the attack in a statement on its radio station.\n"
)


def read_all(*paths, **kwargs):
    return list(read_paths(list(paths), today=TODAY, **kwargs))


def only(results):
    assert len(results) == 1, results
    return results[0]


# --- good input -------------------------------------------------------------------------------

def test_plain_text_report(tmp_path):
    path = tmp_path / "mogadishu.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.source == str(path)
    assert doc.title == "Car bomb kills six near Mogadishu checkpoint"
    assert (doc.published, doc.published_from) == (date(2017, 10, 14), "text")
    assert doc.content_hash == content_hash(REPORT)
    assert "Al-Shabaab" in doc.text


def test_windows_line_endings_and_byte_order_mark_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REPORT.replace("\n", "\r\n").encode("utf-8"))
    doc = only(read_all(path))
    assert doc.text == REPORT
    assert doc.title == "Car bomb kills six near Mogadishu checkpoint"


def test_cp1252_text_is_read(tmp_path):
    text = "Attentat à Trèbes : quatre morts\n\nLe terroriste a pris des otages dans un supermarché à Trèbes.\n"
    path = tmp_path / "trebes.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert "supermarché à Trèbes" in doc.text


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(REPORT.encode("utf-16"))
    doc = only(read_all(path))
    assert doc.text == REPORT


def test_markdown_title_loses_its_markup(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("# Gunmen storm hotel in Kabul\n\nGunmen stormed the Intercontinental hotel, killing 22.\n")
    assert only(read_all(path)).title == "Gunmen storm hotel in Kabul"


def test_title_skips_bare_date_and_breadcrumb_lines(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text("Tuesday , 20 October 2020\nHome » World » Asia\n\nSuicide bomber strikes Quetta rally\n\n"
                    "A suicide bomber killed 128 people at an election rally near Quetta on July 13, 2018.\n")
    doc = only(read_all(path))
    assert doc.title == "Suicide bomber strikes Quetta rally"
    # the copy date is two years after the events, so it is not taken as the publication date
    assert doc.published is None


def test_folder_is_read_recursively_in_sorted_order_ignoring_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text(REPORT)
    (tmp_path / "a" / "1.md").write_text(REPORT.replace("six", "seven"))
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(REPORT)
    (tmp_path / "c.HTML").write_text((FIXTURES / "news_page.html").read_text())
    results = read_all(tmp_path)
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in results] == ["a/1.md", "b/2.txt", "c.HTML"]
    assert all(isinstance(r, Document) for r in results)


def test_explicit_file_with_unknown_extension_is_read_as_text(tmp_path):
    path = tmp_path / "report.log"
    path.write_text(REPORT)
    assert isinstance(only(read_all(path)), Document)


def test_a_single_path_string_is_one_path_not_characters(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(REPORT)
    assert len(list(read_paths(str(path)))) == 1


def test_html_news_page_without_boilerplate():
    doc = only(read_all(FIXTURES / "news_page.html"))
    assert isinstance(doc, Document)
    assert doc.title == "Manchester Arena bomber kills 22 at pop concert"
    assert (doc.published, doc.published_from) == (date(2017, 5, 23), "metadata")
    assert doc.url == "https://courier.example.org/news/2017/05/23/manchester-arena-attack"
    assert "suicide bomber set off an explosive device in the foyer of Manchester Arena" in doc.text
    assert "Salman Abedi" in doc.text
    for boilerplate in ("Share on Facebook", "WhatsApp", "Privacy policy", "Subscribe today", "Most read",
                        "Accept all cookies", "All rights reserved", "Heatwave warning"):
        assert boilerplate not in doc.text


def test_jsonl_documents_and_a_bad_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": REPORT, "published": "2017-10-15", "source": "Reuters wire", "url": "https://x.example/1",
                    "docid": "wire-1"}),
        "{not json at all",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text field"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Gunmen attacked a police post in Peshawar, killing two officers, on 3 March 2016."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    results = read_all(path)
    assert [type(r).__name__ for r in results] == ["Document", "Skipped", "Skipped", "Skipped", "Skipped", "Document"]
    first, bad_json, a_list, no_text, blank, last = results
    assert (first.source, first.docid, first.url) == ("Reuters wire", "wire-1", "https://x.example/1")
    assert (first.published, first.published_from) == (date(2017, 10, 15), "metadata")
    assert bad_json.source == f"{path}#2" and "line 2" in bad_json.reason and "JSON" in bad_json.reason
    assert a_list.source == f"{path}#4" and "object" in a_list.reason
    assert "no \"text\" field" in no_text.reason
    assert "whitespace" in blank.reason
    assert last.source == f"{path}#7"
    assert last.published is None


def test_jsonl_line_longer_than_the_limit_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": "x " * 5000}) + "\n" + json.dumps({"text": REPORT}) + "\n")
    results = read_all(path, max_bytes=2000)
    assert isinstance(results[0], Skipped) and "line 1" in results[0].reason and "too large" in results[0].reason
    assert isinstance(results[1], Document)


# --- bad input: always a Skipped with a reason, never an exception ---------------------------------

def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    skipped = only(read_all(path))
    assert isinstance(skipped, Skipped) and skipped.reason == "empty file"


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("  \n\t\n   \n")
    skipped = only(read_all(path))
    assert isinstance(skipped, Skipped) and "whitespace" in skipped.reason


def test_binary_file_with_nul_bytes(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    skipped = only(read_all(path))
    assert isinstance(skipped, Skipped) and "binary" in skipped.reason


def test_binary_file_without_nul_bytes(tmp_path):
    path = tmp_path / "controls.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"some words here")
    skipped = only(read_all(path))
    assert isinstance(skipped, Skipped) and "binary" in skipped.reason


def test_undecodable_garbage(tmp_path):
    path = tmp_path / "garbage.txt"
    # invalid UTF-8 and mostly non-ASCII once read as Windows-1252
    path.write_bytes(bytes(b for b in range(0xA0, 0x100)) * 20)
    skipped = only(read_all(path))
    assert isinstance(skipped, Skipped) and "not text" in skipped.reason


def test_file_over_the_size_limit_small(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(REPORT * 20)
    skipped = only(read_all(path, max_bytes=1000))
    assert isinstance(skipped, Skipped)
    assert "too large" in skipped.reason and f"{len(REPORT.encode()) * 20:,} bytes" in skipped.reason


def test_truly_large_file_is_skipped_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write(b"A bomb exploded.")
        f.truncate(50_000_000)  # sparse: 50 MB on paper, instant to create
    skipped = only(read_all(path))
    assert isinstance(skipped, Skipped)
    assert "50,000,000 bytes" in skipped.reason and "50.0 MB" in skipped.reason


def test_html_page_with_no_article():
    skipped = only(read_all(FIXTURES / "no_article.html"))
    assert isinstance(skipped, Skipped) and "no article text" in skipped.reason


def test_missing_path(tmp_path):
    skipped = only(read_all(tmp_path / "nope.txt"))
    assert isinstance(skipped, Skipped) and "no such file" in skipped.reason


def test_fifo_is_not_read(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    skipped = only(read_all(path))  # would block forever if opened
    assert isinstance(skipped, Skipped) and "not a regular file" in skipped.reason


UNREADABLE_CHECK = """
import os, sys
from incidex.ingest.read import read_paths
from incidex.model import Skipped
if os.geteuid() == 0:  # root reads anything: become an unprivileged user once the code is imported
    os.setgid(65534)
    os.setuid(65534)
results = list(read_paths([sys.argv[1]]))
assert len(results) == 1 and isinstance(results[0], Skipped), results
print(results[0].reason)
"""


def test_unreadable_file():
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o755)
        path = folder / "secret.txt"
        path.write_text(REPORT)
        path.chmod(0o000)
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        done = subprocess.run([sys.executable, "-c", UNREADABLE_CHECK, str(path)], capture_output=True,
                              text=True, env=env, cwd="/")
        assert done.returncode == 0, done.stderr
        assert "permission denied" in done.stdout
    finally:
        path.chmod(0o644)
        path.unlink()
        folder.rmdir()


# --- read_text -----------------------------------------------------------------------------------

def test_read_text_with_arguments():
    doc = read_text(REPORT, source="pasted", published="2017-10-15", url="https://x.example", docid="d1")
    assert (doc.source, doc.published, doc.published_from, doc.docid) == ("pasted", date(2017, 10, 15), "argument", "d1")
    assert doc.content_hash == content_hash(REPORT)


def test_read_text_finds_the_date_itself():
    doc = read_text(REPORT, source="pasted", today=TODAY)
    assert (doc.published, doc.published_from) == (date(2017, 10, 14), "text")


def test_read_text_html():
    html = (FIXTURES / "news_page.html").read_text()
    doc = read_text(html, source="paste", html=True)
    assert doc.title == "Manchester Arena bomber kills 22 at pop concert"
    assert "Share on Facebook" not in doc.text
    # a whole page is recognised as HTML even without html=True
    assert read_text(html, source="paste").text == doc.text


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("  \n\t ", "whitespace"),
    ("abc\x00\x01\x02def", "binary"),
    ("12 34 56 !!", "no article text"),
])
def test_read_text_rejects_bad_input(text, message):
    with pytest.raises(IngestError, match=message):
        read_text(text, source="paste")


def test_read_text_rejects_html_without_article():
    with pytest.raises(IngestError, match="no article text"):
        read_text((FIXTURES / "no_article.html").read_text(), source="paste", html=True)


def test_read_text_rejects_bad_or_future_published_argument():
    with pytest.raises(IngestError, match="cannot read the publication date"):
        read_text(REPORT, source="paste", published="someday")
    with pytest.raises(IngestError, match="future"):
        read_text(REPORT, source="paste", published=date(2099, 1, 1))


def test_ingest_error_is_a_value_error():
    assert issubclass(IngestError, ValueError)


# --- properties ----------------------------------------------------------------------------------

words = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Z", "C")), min_size=1, max_size=8),
                 min_size=1, max_size=20)
whitespace = st.text(alphabet=" \t\n\r\u00a0\u2003", min_size=1, max_size=4)


@given(words, st.data())
def test_content_hash_ignores_how_whitespace_is_laid_out(tokens, data):
    rewrapped = data.draw(whitespace, "leading")
    for token in tokens:
        rewrapped += token + data.draw(whitespace, "gap")
    assert content_hash(rewrapped) == content_hash(" ".join(tokens))


@given(words)
def test_content_hash_changes_with_the_words(tokens):
    assert content_hash(" ".join(tokens)) != content_hash(" ".join(tokens) + " extra")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ".htm", ".jsonl", ".dat"]))
def test_read_paths_never_raises_on_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        results = list(read_paths([path], max_bytes=2000))
    assert results
    assert all(isinstance(r, (Document, Skipped)) for r in results)
    assert all(r.reason for r in results if isinstance(r, Skipped))


def test_a_dateline_is_not_a_title(tmp_path):
    path = tmp_path / "muc.txt"
    path.write_text("LIMA, 10 JAN 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY\nIN FRONT OF A BANK IN MIRAFLORES.\n")
    doc = only(read_all(path))
    assert doc.title is None
    assert doc.published == date(1990, 1, 10)


def test_title_in_hard_wrapped_text_and_with_a_byline(tmp_path):
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("THE ARMED FORCES PRESS COMMITTEE REPORTED THAT A GROUP OF TERRORISTS\n"
                       "ATTACKED THE ELECTRICAL SUBSTATION IN SAN MIGUEL, CAUSING A BLACKOUT.\n\n"
                       "   THE ATTACK TOOK PLACE AT 0300 ON 3 JANUARY.\n")
    assert only(read_all(wrapped)).title is None
    bylined = tmp_path / "bylined.txt"
    bylined.write_text("Militants attack army camp in Uri\nBy Staff Reporter\n\n"
                       "Four heavily armed militants stormed an army brigade headquarters before dawn on Sunday, "
                       "killing seventeen soldiers in the deadliest attack on the army in Kashmir in decades.\n")
    assert only(read_all(bylined)).title == "Militants attack army camp in Uri"


def test_folder_readme_is_not_a_report(tmp_path):
    (tmp_path / "README.md").write_text("# Reports\n\nThis folder holds reports of attacks in 2017.\n")
    (tmp_path / "report.txt").write_text("On Monday a bomb exploded in a market in Kabul, killing 12 people.\n")
    names = [Path(d.source).name for d in read_paths([tmp_path]) if isinstance(d, Document)]
    assert names == ["report.txt"]
    named = list(read_paths([tmp_path / "README.md"]))
    assert isinstance(named[0], Document)  # named on its own it is read


@pytest.mark.parametrize("text, expected", [
    ("attacked a military de-\ntachment near the town", "attacked a military detachment near the town"),
    ("killing 51 soldiers, ac-  \r\n  cording to the army", "killing 51 soldiers, according to the army"),
    # a name's own hyphen before a capital, a list's dash and a figure stay as they are
    ("near Tin-\nAkoff, in Oudalan", "near Tin-\nAkoff, in Oudalan"),
    ("Casualties:\n- 12 killed\n- 3 wounded", "Casualties:\n- 12 killed\n- 3 wounded"),
    ("the 2015-\n16 campaign", "the 2015-\n16 campaign"),
])
def test_words_broken_across_lines_are_joined(text, expected):
    document = read_text(text + " " + "The attack was reported by the army on Monday. " * 3, source="t")
    assert document.text.startswith(expected)
