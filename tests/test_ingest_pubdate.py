import json
from datetime import date
from pathlib import Path

import pytest

from incidex.ingest.pubdate import (
    CUES_FILE,
    explain_publication_date,
    find_publication_date,
    iter_date_mentions,
    office_holder_spans,
    parse_date_string,
    reference_date,
)
from incidex.ingest.read import read_paths
from incidex.model import Document

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


# --- the example corpus: every report's own date ------------------------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _example_cases() -> list[tuple[Path, Path]]:
    cases = []
    for gold_path in sorted(EXAMPLES.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        sources = [p for p in EXAMPLES.glob(stem + ".*") if not p.name.endswith(".gold.json")]
        assert len(sources) == 1, f"{gold_path.name} has no single document beside it: {sources}"
        cases.append((sources[0], gold_path))
    return cases


@pytest.mark.parametrize("source, gold_path", _example_cases(), ids=lambda p: p.name)
def test_example_report_gets_its_gold_publication_date(source, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = list(read_paths(source))
    assert all(isinstance(d, Document) for d in documents), documents
    if "publication_dates" in gold:  # a .jsonl file: one date per line, keyed by docid
        expected = gold["publication_dates"]
        assert {d.docid: d.published.isoformat() for d in documents if d.published} == expected
    else:
        assert len(documents) == 1
        published = documents[0].published
        assert (published.isoformat() if published else None) == gold["publication_date"], documents[0].published_from


def test_examples_are_all_covered():
    assert len(_example_cases()) >= 16


# --- datelines without a year ---------------------------------------------------------------

def test_yearless_dateline_is_not_before_a_dated_background_event():
    # "July 2005" lies after May 23, 2005, so the report cannot be from 2005
    text = ("LEEDS, May 23 (Reuters) - Police said the bomb was the worst in the region since the "
            "attacks of July 2005.")
    assert find_publication_date(text, today=TODAY) == (date(2006, 5, 23), "text")


def test_yearless_dateline_year_fits_the_weekdays_named():
    # Only 1999 is named; August 10 falls on a Thursday in 2000, the day the text reports on
    text = ("LONDON, Aug 10 (Reuters) - Police said on Thursday they had arrested 12 men after overnight "
            "raids. The group was banned in 1999.")
    result = explain_publication_date(text, today=TODAY)
    assert result.date == date(2000, 8, 10)
    assert "Thursday" in result.reason


def test_yearless_dateline_year_from_the_office_holders_named():
    # Only 2005 is named; the Prime Minister and the President pin the year, the weekdays the day
    text = ("LEEDS, June 4 (Reuters) - A man stabbed three people at a bus station late on Sunday, police "
            "said on Monday. Prime Minister Theresa May condemned the attack, and U.S. President Donald Trump "
            "offered help. It was the worst attack in the city since 2005.")
    result = explain_publication_date(text, today=TODAY)
    assert result.date == date(2018, 6, 4)  # a Monday, in both terms
    assert "Theresa May" in result.reason


def test_former_office_holders_say_nothing_about_the_year():
    text = ("LEEDS, June 4 (Reuters) - A man stabbed three people late on Sunday, police said on Monday. "
            "{title} Barack Obama was quoted. The city was last attacked in 2001.")
    # in office, Obama puts the report in 2009-2017: June 4 is a Monday in 2012
    assert find_publication_date(text.format(title="President"), today=TODAY) == (date(2012, 6, 4), "text")
    # out of office, he says nothing: the first Monday June 4 from 2001 on is in 2001 itself
    for title in ("Former President", "former U.S. President", "then-President"):
        assert find_publication_date(text.format(title=title), today=TODAY) == (date(2001, 6, 4), "text"), title


def test_office_holders_alone_give_a_year_only_with_weekdays():
    with_weekdays = ("KABUL, Jan 28 (Reuters) - The toll from Saturday's blast rose to 103 on Sunday, officials "
                     "said. President Ashraf Ghani declared Sunday a day of mourning, and U.S. President "
                     "Donald Trump condemned the attack.")
    assert find_publication_date(with_weekdays, today=TODAY) == (date(2018, 1, 28), "text")
    without = ("KABUL, Jan 28 (Reuters) - The toll from the blast rose to 103, officials said. President "
               "Ashraf Ghani condemned the attack.")
    assert find_publication_date(without, today=TODAY) == (None, "none")


def test_planned_dates_do_not_move_the_dateline_year():
    text = ("ROME, March 3 (Reuters) - Italian police said on Friday they had arrested a suspect in the "
            "March 2016 bombing, with the trial set for 2019.")
    assert find_publication_date(text, today=TODAY) == (date(2017, 3, 3), "text")  # a Friday
    # a year written as a count is no year either
    count = text.replace("with the trial set for 2019", "and 2019 people marched in protest")
    assert find_publication_date(count, today=TODAY) == (date(2017, 3, 3), "text")


def test_yearless_dateline_takes_the_year_of_a_header_date_on_the_same_day():
    text = "Gunmen attack hotel\n12 March 2015\n\nTUNIS, March 12 (AFP) - Gunmen attacked a hotel, killing two."
    assert find_publication_date(text, today=TODAY) == (date(2015, 3, 12), "text")


# --- header and byline dates ------------------------------------------------------------------

def test_header_date_kept_when_the_body_has_only_background_months_and_years():
    text = ("Attack on market kills nine\nOctober 3, 2019\n\nA bomb killed nine people on Wednesday. "
            "The town was last hit in March 2015, and the group was founded in 2002.")
    assert find_publication_date(text, today=TODAY) == (date(2019, 10, 3), "text")


def test_byline_date_with_a_time_on_its_own_line():
    text = ("Suicide attack on mosque\n\nBy our correspondent\nFriday 24 November 2017 16.20 GMT\n\n"
            "At least 235 people were killed when gunmen attacked a mosque during Friday prayers.")
    assert find_publication_date(text, today=TODAY) == (date(2017, 11, 24), "text")


def test_muc_agency_with_a_bracketed_acronym():
    text = ("SAN SALVADOR, 17 NOV 89 (INTERPRESS AGENCY [IPS]) -- [TEXT] THE OPPOSITION ASKED FOR A "
            "CEASE-FIRE.")
    assert find_publication_date(text, today=TODAY) == (date(1989, 11, 17), "text")


# --- the office-holder data -------------------------------------------------------------------

def test_office_holder_terms_are_well_formed():
    offices = json.loads(CUES_FILE.read_text(encoding="utf-8"))["office_holders"]
    assert offices
    for office in offices:
        assert office["titles"] and office["holders"], office["office"]
        for holder in office["holders"]:
            assert holder["names"] and holder["terms"], holder
            for start, end in holder["terms"]:
                assert end is None or date.fromisoformat(start) <= date.fromisoformat(end), holder


@pytest.mark.parametrize("source, gold_path", _example_cases(), ids=lambda p: p.name)
def test_office_holders_named_in_an_example_were_in_office_on_its_date(source, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for document in read_paths(source):
        spans, named = office_holder_spans(document.text)
        assert named == [] or spans is not None, f"office holders contradict each other: {named}"
        if spans is not None:
            own_date = gold.get("publication_dates", {}).get(document.docid, gold["publication_date"])
            published = date.fromisoformat(own_date)
            assert any(a <= published <= b for a, b in spans), named


def test_reference_date_falls_back_on_a_month_and_year():
    text = "List of terrorist incidents in January 2019\n\n15 January: gunmen attack a hotel in Nairobi.\n"
    assert reference_date(text, today=date(2026, 11, 25)) == date(2019, 1, 31)
    # a month in the future of `today` is no reference
    assert reference_date("Incidents in December 2030\n\n5 December: a bomb.", today=date(2026, 11, 25)) is None


@pytest.mark.parametrize("title, expected", [
    ("SECURITY DIGEST — WEEK 41/2015", date(2015, 10, 11)),
    ("Weekly brief, week 3, 2019", date(2019, 1, 20)),
    ("Sahel monitor 2023-W52", date(2023, 12, 31)),
    ("Digest week 60/2015", None),  # no such week
])
def test_a_titled_iso_week_ends_on_its_sunday(title, expected):
    text = f"{title}\n\nOn Saturday 10 October, two bombs exploded in Ankara.\n"
    assert reference_date(text, today=date(2026, 11, 26)) == expected


def test_a_year_in_the_title_dates_a_report_whose_items_name_no_year():
    text = "Country Reports on Terrorism 2019: Kenya\n\nOn January 15, gunmen attacked a hotel in Nairobi.\n"
    assert reference_date(text, today=date(2026, 11, 26)) == date(2019, 12, 31)
    # no year anywhere: nothing to read the items against
    assert reference_date("Kenya\n\nOn January 15, gunmen attacked a hotel.\n", today=date(2026, 11, 26)) is None


def test_compiled_and_a_capitals_dateline_under_a_title_date_the_report():
    assert explain_publication_date("Red Sea timeline\n\nCompiled 30 January 2024.\n\n- 2023-11-19 ...\n",
                                    today=date(2026, 11, 26)).date == date(2024, 1, 30)
    text = "Pakistan says train siege over\n\nQUETTA, Pakistan, March 12, 2025 — Security forces ended a standoff.\n"
    assert explain_publication_date(text, today=date(2026, 11, 26)).date == date(2025, 3, 12)


def test_a_term_of_office_alone_lets_only_a_clear_weekday_fit_choose_the_year():
    text = ("SRINAGAR, India, April 23 (Reuters) - Militants opened fire on tourists on Tuesday, killing "
            "26 men, officials said on Wednesday. Prime Minister Narendra Modi cut short a visit abroad.")
    # Modi took office in 2014: of the years since, only 2025 puts April 23 on a Wednesday
    assert find_publication_date(text, today=date(2026, 11, 26)) == (date(2025, 4, 23), "text")
    # no weekday fits one year clearly better than all others: no year
    vague = text.replace("on Tuesday", "").replace(" on Wednesday", "")
    assert find_publication_date(vague, today=date(2026, 11, 26)) == (None, "none")


def test_a_date_line_followed_by_its_source():
    text = "Police officer dies after knife attack\n\nJune 2, 2024 | Deutsche Welle\n\nA police officer died."
    assert find_publication_date(text, today=date(2026, 11, 26)) == (date(2024, 6, 2), "text")


def test_weekdays_alone_give_a_yearless_dateline_the_latest_year_they_fit():
    text = ("QUETTA, Pakistan, Feb 7 (Reuters) - Two bomb blasts killed at least 29 people on Wednesday, "
            "officials said.")
    # no year, date or office holder: the latest Feb 7 that was a Wednesday
    result = explain_publication_date(text, today=date(2026, 11, 26))
    assert result.date == date(2024, 2, 7) and "no year in the text" in result.reason
    # weekdays days apart ("on Monday ... on Thursday") put the filing day a day or more after
    # them whatever the year: no year is a fit
    far = text.replace("on Wednesday", "on Monday").replace("said.", "said on Thursday.")
    assert find_publication_date(far, today=date(2026, 11, 26)) == (None, "none")


def test_a_subtitle_date_a_bracketed_compiled_label_and_a_translation_source():
    today = date(2026, 11, 26)
    report = "AFGHANISTAN: Attack on a school\nSituation report No. 3 — 10 May 2021\n\n1. On 8 May 2021, a bomb.\n"
    assert find_publication_date(report, today=today) == (date(2021, 5, 10), "text")
    table = "Attacks on tourist sites, 2015 (working table, compiled 2 January 2016)\n\ndate\tplace\tkilled\n"
    assert find_publication_date(table, today=today) == (date(2016, 1, 2), "text")
    translated = "Colombia: car bomb\nTranslated from El Tiempo (Bogotá), 16 June 2021\n\nA car bomb exploded.\n"
    assert find_publication_date(translated, today=today) == (date(2021, 6, 16), "text")
    # a list item's date under the title is an item's, not the report's
    listed = "Recent incidents\n- Kabul — 10 May 2021\n"
    assert find_publication_date(listed, today=today)[0] != date(2021, 5, 10)


def test_a_retrospective_keeps_its_header_date_years_after_the_events():
    today = date(2026, 11, 26)
    text = ("In Amenas: the gas plant siege, ten years on\n\n16 January 2023\n\n"
            "On 16 January 2013, militants seized the gas facility.\n")
    assert find_publication_date(text, today=today) == (date(2023, 1, 16), "text")
    # without the retrospective's words, a header date years after every event is a copy date
    copied = text.replace(", ten years on", "")
    assert find_publication_date(copied, today=today)[0] != date(2023, 1, 16)


def test_first_of_a_bulletins_dated_item_lines_is_not_the_report_date():
    from incidex.ingest.pubdate import find_publication_date

    text = ("PAKISTAN SECURITY BULLETIN — AUGUST 2016\n\nQUETTA, BALOCHISTAN — 8 AUGUST 2016\nA SUICIDE BOMBER "
            "STRUCK THE CIVIL HOSPITAL.\n\nMARDAN, KHYBER PAKHTUNKHWA — 2 SEPTEMBER 2016\nA SUICIDE BOMBER "
            "ATTACKED THE DISTRICT COURTS.\n")
    assert find_publication_date(text, today=date(2026, 1, 1))[0] is None
    single = "Daily threat digest — 18 March 2025\n\nGunmen attacked a checkpoint near Mopti.\n"
    assert find_publication_date(single, today=date(2026, 1, 1))[0] == date(2025, 3, 18)


def test_date_under_a_release_line_is_the_release_date_even_long_after_the_events():
    from incidex.ingest.pubdate import find_publication_date

    text = ("U.S. Department of Justice\nFOR IMMEDIATE RELEASE\nTuesday, January 10, 2017\n\nA jury sentenced "
            "the gunman who on June 17, 2015 killed nine people at a church in Charleston.\n")
    assert find_publication_date(text, today=date(2026, 1, 1))[0] == date(2017, 1, 10)


def test_press_release_of_a_date_is_the_report_date():
    text = "Polizeipräsidium München - Press release of 13 February 2025\n\nCar driven into demonstration\n"
    assert find_publication_date(text, today=date(2026, 1, 1))[0] == date(2025, 2, 13)


def test_desk_line_with_place_and_weekday_is_the_report_date():
    text = ("Suicide bombers attack Makassar cathedral\n\nThe Jakarta Post\n"
            "Makassar, South Sulawesi | Mon, March 29, 2021\n\nTwo suicide bombers blew themselves up on Sunday.\n")
    assert find_publication_date(text, today=date(2026, 1, 1))[0] == date(2021, 3, 29)


def test_yearless_dateline_with_no_year_evidence_gives_a_reference_but_no_date():
    text = "Damascus, June 22 (SANA) - A terrorist blew himself up in a church this evening.\n"
    assert find_publication_date(text, today=date(2026, 11, 26))[0] is None
    assert reference_date(text, today=date(2026, 11, 26)) == date(2026, 6, 22)
    assert reference_date(text, today=date(2026, 3, 1)) == date(2025, 6, 22)


@pytest.mark.parametrize("line, expected", [
    ("Source: Tolo News website, Kabul, in Dari 1230 gmt 6 Jan 24", date(2024, 1, 6)),
    ("Source: Al-Jazeera TV, Doha, in Arabic 1800 gmt 14 Mar 98", date(1998, 3, 14)),
])
def test_a_monitoring_source_line_dates_the_report(line, expected):
    text = f"Blast kills four in market\n\nAt least four people were killed on Saturday.\n\n{line}\n"
    assert find_publication_date(text, today=date(2026, 11, 27)) == (expected, "text")


def test_a_titles_closing_figure_is_no_day_of_the_month_on_the_next_line():
    # "..., killing 20" over "June 24, 2024": not "20 June", and the date line dates the report
    text = "Gunmen attack churches in Dagestan, killing 20\n\nJune 24, 2024\n\nMOSCOW — Gunmen opened fire on Sunday.\n"
    assert find_publication_date(text, today=date(2026, 11, 27)) == (date(2024, 6, 24), "text")


def test_a_court_story_keeps_its_header_date_years_after_the_attack():
    today = date(2026, 11, 26)
    text = ("TURKISH DAILY NEWS\nSaturday, February 17, 2007\n\n"
            "Seven get life for 2003 Istanbul suicide bombings\n\n"
            "The bombs exploded on the morning of Saturday, Nov. 15, 2003.\n")
    assert find_publication_date(text, today=today) == (date(2007, 2, 17), "text")
    # without the court's decision in the lead, a header date years after the events is a copy date
    copied = text.replace("Seven get life for", "Remembering the")
    assert find_publication_date(copied, today=today)[0] != date(2007, 2, 17)


def test_a_news_sites_meta_line_and_a_release_line_with_a_second_column():
    today = date(2026, 11, 26)
    meta = "Christmas Day bombing: court sentences bomb plotter\n\nOn December 21, 2013 · In News\n\nABUJA -- The man.\n"
    assert find_publication_date(meta, today=today) == (date(2013, 12, 21), "text")
    release = ("U.S. DEPARTMENT OF JUSTICE\n\nFOR IMMEDIATE RELEASE                  CONTACT: Public Affairs Office\n"
               "THURSDAY, JANUARY 22, 1998\n\nA bomb killed him on Dec. 11, 1985.\n")
    assert find_publication_date(release, today=today) == (date(1998, 1, 22), "text")
    # a story's opening sentence that starts with "On <date>," is no meta line
    story = "Attack in Kabul\n\nOn March 23, 2018, a suicide bomber killed 14 people.\n"
    assert find_publication_date(story, today=today)[0] != date(2018, 3, 23)


def test_an_anniversary_piece_looks_back_on_its_event_not_on_the_later_trial():
    from incidex.ingest.pubdate import find_publication_date, years_looked_back

    today = date(2026, 11, 29)
    text = ("THE LONDON CHRONICLE\nMonday 21 July 2025\n\nTwenty years on: the day four bombs failed to go off\n\n"
            "Twenty years ago today, at lunchtime on Thursday 21 July 2005, four men tried to set off bombs.\n\n"
            "On 9 July 2007, the four were convicted of conspiracy to murder.\n")
    # the looked-back event is 2005, however much later the trial the piece ends with
    assert find_publication_date(text, today=today) == (date(2025, 7, 21), "text")
    assert years_looked_back("Ten years ago tomorrow - on Friday, 22 May 2015 - a young man walked in") == [10]
    assert years_looked_back("A bomb exploded on Sunday.") == []


def test_a_broadcast_transcript_is_dated_by_its_transcript_line():
    from incidex.ingest.pubdate import find_publication_date

    text = ("NATIONAL EVENING REPORT\nTranscript - Tuesday, May 5, 2015, 6:30 p.m. ET\n"
            "Segment 1: \"Garland shooting: ISIS claim\"\n\nANCHOR: Good evening.\n")
    assert find_publication_date(text, today=date(2026, 1, 1)) == (date(2015, 5, 5), "text")


def test_a_site_stamp_and_a_monitoring_items_header_columns():
    from incidex.ingest.pubdate import find_publication_date

    today = date(2026, 11, 29)
    # "14 July 2011 Last updated at 11:36 GMT": a news site's stamp under the section name
    page = "NEWS | SOUTH ASIA\n\nMumbai blasts: What we know\n\n14 July 2011 Last updated at 11:36 GMT\n\nThree bombs went off.\n"
    assert find_publication_date(page, today=today) == (date(2011, 7, 14), "text")
    # "Item RU-091202-014 | Wednesday, 2 December 2009 | 1140 GMT": the date's own column
    item = ("EURASIA OPEN SOURCE MONITOR\nItem RU-091202-014 | Wednesday, 2 December 2009 | 1140 GMT\n\n"
            "RUSSIA: MILITANTS CLAIM TRAIN BOMBING\n\nThe bombing derailed the train on 27 November.\n")
    assert find_publication_date(item, today=today) == (date(2009, 12, 2), "text")
    # a body sentence that ends "last updated" is no stamp
    body = "Attack in Kabul\n\nOn March 23, 2018 the list was last updated.\n"
    assert find_publication_date(body, today=today)[0] != date(2018, 3, 23)
