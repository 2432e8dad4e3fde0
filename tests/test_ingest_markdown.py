"""Markdown taken off a newsletter's words, line by line."""
from hypothesis import given
from hypothesis import strategies as st

from incidex.ingest.markdown import looks_like_markdown, markdown_to_text
from incidex.ingest.read import read_text


def test_emphasis_headings_and_links_lose_their_markup():
    text = ("# Weekly Monitor\n*Sent 3 December 2024*\n\n## Africa\n"
            "**Burkina Faso, 30 Nov** — JNIM [claimed](https://example.org/x) an ambush. ![map](map.png)\n"
            "> quoted line\n---\n")
    assert markdown_to_text(text) == ("Weekly Monitor\nSent 3 December 2024\n\nAfrica\n"
                                      "Burkina Faso, 30 Nov — JNIM claimed an ambush. \nquoted line\n\n")


def test_bullets_tables_and_words_with_underscores_stay():
    text = "* Mali: a bus hit a mine\n- Niger: an ambush\n| date | place |\n|---|---|\nfile_name and 2*3*4"
    assert markdown_to_text(text) == text


def test_plain_text_is_no_markdown_and_reads_unchanged():
    text = "PARIS, 23 March 2018 (Reuters) - A gunman took hostages in a supermarket in Trebes."
    assert not looks_like_markdown(text)
    assert read_text(text, source="wire").text == text


def test_a_text_file_in_markdown_is_read_as_markdown():
    document = read_text("## Europe\n\n**Germany, 29 Nov** — A man was arrested in Erfurt over a plot.",
                         source="pasted")
    assert document.text == "Europe\n\nGermany, 29 Nov — A man was arrested in Erfurt over a plot."


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_conversion_keeps_the_lines_and_never_fails(text):
    converted = markdown_to_text(text)
    assert converted.count("\n") <= text.count("\n")
    assert markdown_to_text(converted).count("\n") == converted.count("\n")
