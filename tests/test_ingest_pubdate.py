from datetime import date
from pathlib import Path

import pytest

from incidex.ingest.pubdate import (
    explain_publication_date,
    find_publication_date,
    iter_date_mentions,
    parse_date_string,
)

SEED = Path("/work/shared/seeds/000_9d89ff7a1776516b.txt")
TODAY = date(2025, 1, 1)


@pytest.mark.skipif(not SEED.exists(), reason="seed document not present")
def test_seed_gets_its_own_date_not_the_copy_date():
    text = SEED.read_text(encoding="utf-8")
    assert text.startswith("Tuesday , 20 October 2020")  # the copy date heading the page
    assert find_publication_date(text) == (date(2018, 3, 26), "text")


def test_muc_dateline_with_two_digit_year():
    text = ("BOGOTA, 7 SEP 89 (INRAVISION TELEVISION CADENA 1) -- [REPORT] [JORGE ALONSO SIERRA "
            "VALENCIA] [TEXT] LIBERAL SENATOR FEDERICO ESTRADA VELEZ WAS KIDNAPPED ON 3 APR 89 IN MEDELLIN.")
    assert find_publication_date(text, today=TODAY) == (date(1989, 9, 7), "text")


def test_muc_dateline_after_a_document_id_line():
    text = "DEV-MUC3-0017 (NOSC)\n\n   LIMA, 10 JAN 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN FRONT OF A BANK."
    result = explain_publication_date(text, today=TODAY)
    assert result.date == date(1990, 1, 10)
    assert "LIMA" in result.reason


def test_reuters_dateline_takes_its_year_from_the_text():
    text = ("PARIS, March 24 (Reuters) - France paid tribute on Saturday to a police officer who swapped "
            "places with a hostage during Friday's supermarket siege, the deadliest attack since the "
            "truck attack of July 2016. Officials said on March 23, 2018 that four people had died.")
    assert find_publication_date(text, today=TODAY) == (date(2018, 3, 24), "text")


def test_yearless_dateline_never_lands_in_the_future():
    text = ("KABUL, December 30 (Reuters) - A suicide bomber killed six people at a funeral, officials said. "
            "It was the third such attack in 2024.")
    found, source = find_publication_date(text, today=date(2024, 6, 1))
    assert (found, source) == (date(2023, 12, 30), "text")


def test_yearless_dateline_without_any_year_in_the_text_gives_no_date():
    text = "TEGUCIGALPA, 7 FEB (REUTER) -- A BOMB EXPLODED TODAY AT THE OFFICES OF A U.S. COMPANY."
    result = explain_publication_date(text, today=TODAY)
    assert (result.date, result.source) == (None, "none")
    assert any("no year" in r for r in result.rejected)


def test_muc_dateline_with_mismatched_brackets_and_dash_on_next_line():
    text = "CARACAS (VENEZUELA), 17 JUL 89 (VENEZOLANA DE TELEVISION CANAL 8)\n-- [INTERVIEW] [TEXT] WE HAVE REPORTS."
    assert find_publication_date(text, today=TODAY) == (date(1989, 7, 17), "text")
    text = "BOGOTA, 27 APR 90 [INRAVISION TELEVISION CADENA 1) -- [SPEECH] [TEXT] FELLOW COUNTRYMEN."
    assert find_publication_date(text, today=TODAY) == (date(1990, 4, 27), "text")


def test_all_capitals_body_cue_is_not_a_label():
    text = ("PANAMA CITY (PANAMA), 10 MAY 90 -- [TEXT] THE GROUP RELEASED A COMMUNIQUE DATED 8 JANUARY 1990 "
            "IN WHICH IT CLAIMED THE BOMBING.")
    assert find_publication_date(text, today=TODAY) == (date(1990, 5, 10), "text")


def test_text_without_any_date():
    assert find_publication_date("Gunmen killed five people at a market on Tuesday, police said.") == (None, "none")


def test_future_date_is_rejected_with_a_reason():
    text = "Published: March 3, 2031\nA bomb exploded near the court house on March 2, 2018."
    result = explain_publication_date(text, today=TODAY)
    assert (result.date, result.source) == (None, "none")
    assert any("2031-03-03" in r and "future" in r for r in result.rejected)


def test_future_metadata_date_falls_back_to_the_text():
    text = "Posted on 12 June 2019 by staff\nTwo soldiers were wounded when a mine exploded."
    result = explain_publication_date(text, metadata_date=date(2099, 1, 1), today=TODAY)
    assert (result.date, result.source) == (date(2019, 6, 12), "text")
    assert any("metadata" in r and "future" in r for r in result.rejected)


def test_metadata_date_wins_over_text():
    text = "Published: March 3, 2018\nA bomb exploded on March 2, 2018."
    assert find_publication_date(text, metadata_date=date(2018, 3, 4), today=TODAY) == (date(2018, 3, 4), "metadata")


def test_cue_marked_date_beats_a_bare_header_date():
    text = ("Monday, 4 May 2015\nTwo killed in attack on police station\n"
            "By Sara Ahmed | Published 2 May 2015\nTwo policemen were killed on 1 May 2015.")
    assert find_publication_date(text, today=TODAY) == (date(2015, 5, 2), "text")


def test_bare_header_date_accepted_when_close_to_the_events():
    text = "Attack in Kabul\nMarch 24, 2018\nA suicide bomber killed 14 people on March 23, 2018."
    assert find_publication_date(text, today=TODAY) == (date(2018, 3, 24), "text")


def test_bare_header_date_rejected_when_long_after_the_events():
    text = "Saturday, 14 November 2020\nA suicide bomber killed 14 people on March 23, 2018."
    result = explain_publication_date(text, today=TODAY)
    assert result.date is None
    assert any("copied" in r for r in result.rejected)


def test_only_update_cues_give_the_latest_one():
    text = ("Updated: 3 April 2017\nA car bomb killed nine people.\n"
            "[1] Casualty figures updated to 5 April 2017.")
    assert find_publication_date(text, today=TODAY) == (date(2017, 4, 5), "text")


def test_publication_word_inside_a_running_sentence_is_no_cue():
    text = ("The group said in a statement that the operation was carried out and published on "
            "12 January 2016, several hours after the blast.")
    assert find_publication_date(text, today=TODAY) == (None, "none")


def test_from_needs_to_end_its_line():
    # "from <date> to <date>" describes a period, not the report's date
    text = "Curfew in force from 3 May 2019 to 9 May 2019 after the attack on the mosque."
    assert find_publication_date(text, today=TODAY) == (None, "none")


def test_date_mentions_cover_the_common_formats():
    text = ("on 2018/03/26, 26/03/2018, 2017-05-23T07:45, November 2017, Tuesday 23 May 2017, "
            "May 5th, 2019, the 3rd of April 2001 and 10 JAN 90")
    found = [(m.year, m.month, m.day) for m in iter_date_mentions(text, today=TODAY)]
    assert found == [(2018, 3, 26), (2018, 3, 26), (2017, 5, 23), (2017, 11, None), (2017, 5, 23),
                     (2019, 5, 5), (2001, 4, 3), (1990, 1, 10)]


def test_numbers_after_a_day_and_month_are_not_two_digit_years():
    mentions = list(iter_date_mentions("On 5 March 15 people died in the blast.", today=TODAY))
    assert [(m.year, m.month, m.day) for m in mentions] == [(None, 3, 5)]


def test_lower_case_may_is_a_verb_not_a_month():
    assert list(iter_date_mentions("Attackers may 2018 plans be revealed", today=TODAY)) == []


@pytest.mark.parametrize("value, expected", [
    ("2018-03-26", date(2018, 3, 26)),
    ("2018-03-26T10:15:00Z", date(2018, 3, 26)),
    ("March 26, 2018", date(2018, 3, 26)),
    ("26 Mar 2018", date(2018, 3, 26)),
    ("not a date", None),
])
def test_parse_date_string(value, expected):
    assert parse_date_string(value) == expected


def test_time_of_day_between_cue_and_date():
    text = ("Gunman kills three at bus stop\nBy Tom Reid\nPublished: 10:32 BST, 23 May 2017 | "
            "Updated: 11:05 BST, 24 May 2017\nThree people were shot dead on 22 May 2017.")
    assert find_publication_date(text, today=TODAY) == (date(2017, 5, 23), "text")


def test_header_date_with_a_time():
    text = "Bomb blast in Lahore park\nSun 27 Mar 2016 at 18.40 GMT\nA suicide bomber killed at least 70 people."
    assert find_publication_date(text, today=TODAY) == (date(2016, 3, 27), "text")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

date_like = st.sampled_from(["March 3, 2031", "10 JAN 90", "Published: ", "Updated to ", "From ", "PARIS, ",
                             "(Reuters) - ", "2018/03/26", "\n", " ", "Tuesday , 20 October 2020", "By Ann Lee | "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(date_like, st.text(max_size=20)), max_size=25))
def test_any_text_gives_a_past_date_or_none(parts):
    result = explain_publication_date("".join(parts), today=TODAY)
    assert result.source in ("text", "none")
    assert (result.date is None) == (result.source == "none")
    assert result.date is None or result.date <= TODAY


def test_a_count_after_a_date_is_not_a_year():
    mentions = list(iter_date_mentions("By March 24, 1500 people had fled the town.", today=TODAY))
    assert [(m.year, m.month, m.day) for m in mentions] == [(None, 3, 24)]
