"""Counts in words and digits, valued as the GTD codes them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidex.normalize.numbers import Count, find_counts, parse_count


@pytest.mark.parametrize("text,value", [
    ("15", 15), ("1,200", 1200), ("four", 4), ("twenty-one", 21), ("twenty one", 21),
    ("one hundred", 100), ("one hundred and five", 105), ("THREE", 3), ("Two", 2),
    ("a dozen", 12), ("a", 1), ("an", 1), ("one", 1),
])
def test_exact_counts(text, value):
    assert parse_count(text) == Count(value, approx=False, lower_bound=False)


@pytest.mark.parametrize("text,value", [("dozens", 24), ("dozens of", 24), ("scores", 40), ("hundreds", 200),
                                        ("nearly 30", 30), ("about 30", 30), ("some 30", 30),
                                        ("almost thirty", 30), ("several", 3)])
def test_approximate_counts_take_a_conservative_figure(text, value):
    count = parse_count(text)
    assert count.value == value and count.approx and not count.lower_bound


@pytest.mark.parametrize("text,value", [("at least 3", 3), ("more than 20", 20), ("AT LEAST THREE", 3),
                                        ("at least four", 4), ("over 100", 100)])
def test_lower_bounds(text, value):
    count = parse_count(text)
    assert count.value == value and count.lower_bound


@pytest.mark.parametrize("text", ["no one", "nobody", "none", "No one"])
def test_zero(text):
    assert parse_count(text).value == 0


def test_number_phrase_before_the_counted_noun():
    assert parse_count("two female passersby").value == 2
    assert parse_count("four policemen").value == 4
    assert parse_count("dozens of people") == Count(24, approx=True)


def test_not_counts():
    for text in ("hello", "24-year-old", "5%", "", "police"):
        assert parse_count(text) is None, text


def test_find_counts_in_a_sentence():
    text = ("At least four people were killed and dozens injured when a 24-year-old man opened fire "
            "at 10:30 on 23 March 2018; 15 were hurt, two female passersby among them, in 2017.")
    found = find_counts(text)
    assert [(c.value, text[s:e]) for c, s, e in found] == [
        (4, "At least four"), (24, "dozens"), (15, "15"), (2, "two")]
    assert found[0][0].lower_bound and found[1][0].approx


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_parse_count_never_raises(text):
    count = parse_count(text)
    assert count is None or count.value >= 0
    for c, start, end in find_counts(text):
        assert 0 <= start < end <= len(text) and c.value >= 0


def test_a_hundred_is_one_hundred():
    # "A hundred and two people were wounded": "a" stands for one before a scale word
    assert parse_count("A hundred and two").value == 102
    assert parse_count("a thousand").value == 1000
    assert parse_count("a dozen").value == 12  # (a vague word keeps its own value)
