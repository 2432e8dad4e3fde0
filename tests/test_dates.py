"""Date expressions of news reports, resolved against the publication date."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from incidex.normalize.dates import ResolvedDate, find_dates, resolve_date

MONDAY = date(2018, 3, 26)  # the seed report's date, a Monday


def day(expr: str, published: date = MONDAY) -> date:
    found = resolve_date(expr, published)
    assert found is not None, expr
    assert found.precision == "day", expr
    return found.date


def test_weekday_in_a_story_published_that_weekday_is_the_same_day():
    assert day("on Monday") == MONDAY
    assert day("Monday") == MONDAY


def test_weekdays_are_the_latest_such_day_not_after_publication():
    assert day("Friday") == date(2018, 3, 23)
    assert day("on Friday") == date(2018, 3, 23)
    assert day("Tuesday night") == date(2018, 3, 20)
    assert day("late on Saturday") == date(2018, 3, 24)
    assert day("early on Sunday morning") == date(2018, 3, 25)
    assert day("last Monday") == date(2018, 3, 19)


def test_relative_days():
    assert day("yesterday") == date(2018, 3, 25)
    assert day("last night") == date(2018, 3, 25)
    assert day("early today") == MONDAY
    assert day("this morning") == MONDAY
    assert day("two days ago") == date(2018, 3, 24)
    assert day("2 DAYS AGO") == date(2018, 3, 24)
    assert day("the day before yesterday") == date(2018, 3, 24)


def test_muc4_dates():
    assert day("10 JAN 90", date(1990, 1, 12)) == date(1990, 1, 10)
    assert day("7 SEP 89", date(1989, 9, 8)) == date(1989, 9, 7)
    assert day("26 DEC 89", date(1990, 1, 2)) == date(1989, 12, 26)


def test_full_dates():
    assert day("March 23, 2018") == date(2018, 3, 23)
    assert day("23 March 2018") == date(2018, 3, 23)
    assert day("Friday, March 23, 2018") == date(2018, 3, 23)
    assert day("2018/03/26") == date(2018, 3, 26)
    assert day("2018-03-26") == date(2018, 3, 26)
    assert day("December 27, 2017") == date(2017, 12, 27)


def test_ambiguous_numeric_date_takes_the_reading_not_after_publication():
    # 03/04/2018 is 4 March (US) or 3 April (UK); only 4 March is before 26 March
    assert day("03/04/2018") == date(2018, 3, 4)
    assert day("26/03/2018") == date(2018, 3, 26)


def test_year_and_month_precision():
    assert resolve_date("In 2016", MONDAY) == ResolvedDate(date(2016, 1, 1), "year")
    assert resolve_date("November 2015", MONDAY) == ResolvedDate(date(2015, 11, 1), "month")
    assert resolve_date("in March", MONDAY) == ResolvedDate(date(2018, 3, 1), "month")
    mid = resolve_date("mid-March 2016", MONDAY)
    assert (mid.date, mid.precision, mid.approx) == (date(2016, 3, 1), "month", True)


def test_missing_year_never_lands_after_publication():
    assert day("the 1st of October") == date(2017, 10, 1)
    assert day("October 1") == date(2017, 10, 1)
    assert day("Dec. 11") == date(2017, 12, 11)
    assert day("March 23") == date(2018, 3, 23)
    assert resolve_date("in November", MONDAY).date == date(2017, 11, 1)


def test_not_dates():
    for text in ("200 grams", "four policemen", "24-year-old", "15 people", "the police", "", "May God"):
        assert resolve_date(text, MONDAY) is None, text


def test_find_dates_in_a_sentence():
    sentence = ("On Friday, March 23, 2018, a 24-year-old man carrying 200 grams of explosives "
                "attacked; in October 2017 two women were stabbed, police said on Tuesday night.")
    found = find_dates(sentence, MONDAY)
    assert [m.surface for m in found] == ["Friday, March 23, 2018", "October 2017", "Tuesday night"]
    assert [m.resolved.date for m in found] == [date(2018, 3, 23), date(2017, 10, 1), date(2018, 3, 20)]
    assert sentence[found[1].start:found[1].end] == "October 2017"


def test_find_dates_skips_ages_counts_and_modal_may():
    text = "The 24-year-old said four people may 5 times have seen 200 grams; 15 were hurt."
    assert find_dates(text, MONDAY) == []


def test_find_dates_muc4_and_relative():
    found = find_dates("SAN SALVADOR, 10 JAN 90 -- TWO DAYS AGO GUERRILLAS ATTACKED", date(1990, 1, 12))
    assert [m.resolved.date for m in found] == [date(1990, 1, 10), date(1990, 1, 10)]


def test_day_and_month_then_count_is_not_a_two_digit_year():
    found = find_dates("On 23 March 15 people died.", MONDAY)
    assert [m.surface for m in found] == ["23 March"]
    assert found[0].resolved.date == date(2018, 3, 23)


PAST_EXPRESSIONS = st.one_of(
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]).flatmap(
        lambda wd: st.sampled_from([wd, f"on {wd}", f"late on {wd}", f"{wd} night", f"last {wd}",
                                    f"early on {wd} morning"])),
    st.sampled_from(["yesterday", "last night", "today", "early today", "the day before yesterday",
                     "last week", "last month", "last year"]),
    st.integers(min_value=1, max_value=60).map(lambda n: f"{n} days ago"),
    st.tuples(st.sampled_from(["January", "March", "June", "October", "December", "Feb.", "Sept."]),
              st.integers(min_value=1, max_value=28)).flatmap(
        lambda md: st.sampled_from([f"{md[0]} {md[1]}", f"{md[1]} {md[0]}", f"the {md[1]}th of {md[0]}"])),
)


@settings(max_examples=300, deadline=None)
@given(expr=PAST_EXPRESSIONS, published=st.dates(min_value=date(1980, 1, 1), max_value=date(2030, 12, 31)))
def test_past_expressions_never_resolve_after_publication(expr, published):
    found = resolve_date(expr, published)
    assert found is not None
    assert found.date <= published
    assert published - found.date < timedelta(days=731)  # "last year" is 1 January of it


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), published=st.one_of(st.none(), st.dates()))
def test_resolve_date_never_raises(text, published):
    found = resolve_date(text, published)
    assert found is None or isinstance(found.date, date)
    for mention in find_dates(text, published):
        assert text[mention.start:mention.end] == mention.surface


def test_a_feast_day_with_its_year_is_that_day_and_without_it_only_in_its_week():
    found = find_dates("on Easter Sunday 2016, when a bomber struck", date(2023, 8, 20))
    assert [(m.surface, m.resolved.date) for m in found] == [("Easter Sunday 2016", date(2016, 3, 27))]
    # in that week's news the feast is the day; years later it names an earlier attack
    assert [m.resolved.date for m in find_dates("on Easter Sunday, bombers struck", date(2019, 4, 22))] == [
        date(2019, 4, 21)]
    assert find_dates("the Easter Sunday bombings", date(2023, 8, 20)) == []
    assert find_dates("on Bloody Sunday", date(2023, 8, 20)) == []


def test_dotted_numeric_dates_are_day_first_and_slashed_ones_month_first():
    assert resolve_date("05.06.2021", date(2021, 12, 31)).date == date(2021, 6, 5)
    assert resolve_date("05/06/2021", date(2021, 12, 31)).date == date(2021, 5, 6)
    assert resolve_date("25.06.2021", date(2021, 12, 31)).date == date(2021, 6, 25)  # only one reading


def test_an_ordinal_day_is_one_of_the_reports_month():
    assert resolve_date("on the 7th", date(2023, 10, 31)).date == date(2023, 10, 7)
    assert resolve_date("on the 28th", date(2023, 10, 5)).date == date(2023, 9, 28)  # still to come: last month's
    assert find_dates("on the 3rd floor", date(2023, 10, 31)) == []
    assert resolve_date("on the evening of the 10th", date(2023, 8, 12)).date == date(2023, 8, 10)


def test_a_day_of_a_month_without_its_year():
    from incidex.normalize.dates import is_month_day

    assert is_month_day("3 September") and is_month_day("on Sept. 3rd") and is_month_day("the 7th of March")
    assert not is_month_day("3 September 2004") and not is_month_day("Monday") and not is_month_day("March")


def test_new_years_night_is_the_first_of_january_before_the_report():
    found = find_dates("an attack on the Reina nightclub in Istanbul on New Year's night", date(2017, 1, 17))
    assert [m.resolved.date for m in found] == [date(2017, 1, 1)]
    eve = find_dates("gunmen struck on New Year's Eve", date(2017, 1, 17))
    assert [m.resolved.date for m in eve] == [date(2016, 12, 31)]


def test_a_month_naming_an_event_and_a_month_of_last_year():
    published = date(2016, 6, 14)
    [november] = find_dates("a state of emergency declared after the November attacks in Paris", published)
    assert (november.resolved.date, november.resolved.precision) == (date(2015, 11, 1), "month")
    [march] = find_dates("suicide bombers killed 32 people in March last year", date(2017, 6, 21))
    assert (march.resolved.date, march.resolved.precision) == (date(2016, 3, 1), "month")
    assert find_dates("the march of the people through the town", published) == []



def test_over_the_weekend_is_the_saturday_before():
    [weekend] = find_dates("beheaded more than 50 people over the weekend", date(2020, 11, 9))  # a Monday
    assert (weekend.resolved.date, weekend.resolved.approx) == (date(2020, 11, 7), True)


def test_a_number_glued_to_a_word_is_no_day():
    assert find_dates("at the busy K5 junction", date(2017, 10, 14)) == []
    assert [m.resolved.date for m in find_dates("Vendredi 9 janvier: Coulibaly", date(2015, 1, 10))] == [date(2015, 1, 9)]


def test_a_slashed_date_nearer_the_report_where_nothing_says_which_comes_first():
    assert resolve_date("02/04/2015", date(2015, 4, 3)).date == date(2015, 4, 2)
    # the report's other dates tell the order
    [day] = find_dates("on 02/04/2015", date(2015, 4, 3), order="mdy")
    assert day.resolved.date == date(2015, 2, 4)


def test_years_ago_today_is_that_very_day():
    assert resolve_date("A year ago today", date(2025, 1, 3)).date == date(2024, 1, 3)
    assert resolve_date("two years ago today", date(2025, 1, 3)).precision == "day"
    # an anniversary piece: "Thirty years ago this morning", its figure in words
    assert day("Thirty years ago this morning", date(2013, 10, 23)) == date(1983, 10, 23)
    assert resolve_date("twenty-five years ago", date(2013, 10, 23)).date.year == 1988
    assert resolve_date("two years ago", date(2025, 1, 3)).precision == "year"


def test_date_shapes_start_at_a_word():
    # "clearly today": today, not "early today"; "Omar 23" names no March; "x26/03/2018" no date
    [today] = find_dates("THEY SEE MORE CLEARLY TODAY THE NEED", MONDAY)
    assert today.surface.lower() == "today" and today.resolved.date == MONDAY
    assert find_dates("Omar 23 was arrested", MONDAY) == []
    assert [m.surface for m in find_dates("Mar 23 and early today", MONDAY)] == ["Mar 23", "early today"]


def test_a_count_after_a_bare_months_comma_is_no_day():
    # "In January, 28 soldiers were killed": January, and 28 soldiers (not the 28th)
    [month] = find_dates("In January, 28 soldiers were killed in an attack.", date(2025, 4, 24))
    assert (month.resolved.date, month.resolved.precision) == (date(2025, 1, 1), "month")
    assert find_dates("in January, 28, 2019 it rained", date(2025, 4, 24)) == []


def test_a_day_counted_from_one_told_and_a_weekday_just_after_the_report():
    from incidex.normalize.dates import find_dates
    # "on that Saturday evening": the Saturday the story told, not the one before the report
    assert find_dates("bombs went off on that Saturday evening", date(2022, 2, 19)) == []
    # a live page of Wednesday 7 June 2017 updated "Thursday 8 June": the next day, whose weekday fits
    assert [d.resolved.date for d in find_dates("UPDATE Thursday 8 June, 05:50", date(2017, 6, 7))] == [date(2017, 6, 8)]
    # without the fitting weekday, a day after the report is last year's
    assert [d.resolved.date for d in find_dates("on 8 June", date(2017, 6, 7))] == [date(2016, 6, 8)]
