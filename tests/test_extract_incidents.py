"""Incident mentions: main story, list items, background mentions, and non-incidents."""
from datetime import date
from pathlib import Path

import pytest

from incidex.extract.incidents import extract_each, extract_incidents, extract_many
from incidex.extract.segment import csv_as_tsv, flatten_tables, mask_citations, split_blocks, table_rows
from incidex.ingest.read import read_text


def incidents(text, published):
    return extract_incidents(read_text(text, "test.txt", published=published))


BULLETIN = """Security bulletin: attacks on soft targets

Two attacks hit European cities this month, both claimed by the Islamic State.

  • Attack in Barcelona, Spain: On August 17, 2017, a van was driven into crowds on Las Ramblas, killing 13 people and injuring more than 100. ISIS claimed responsibility for the attack through its Amaq News Agency.
  • Attack in Turku, Finland: On August 18, 2017, a man stabbed passersby in the market square, killing two women and wounding eight people. Police shot the attacker in the leg.

Propaganda: a poster circulated on Telegram on August 20, 2017 urged supporters to use knives.
The fall of Raqqa (October 2017) ended the group's territorial rule.
"""


def test_list_items_become_incidents_with_their_own_date_and_place():
    found = incidents(BULLETIN, "2017-08-25")
    by_city = {r.place.city: r for r in found}
    assert set(by_city) == {"Barcelona", "Turku"}
    barcelona, turku = by_city["Barcelona"], by_city["Turku"]
    assert barcelona.date == date(2017, 8, 17) and barcelona.place.country == "Spain"
    assert "Vehicle" in barcelona.weaptypes[0]
    assert barcelona.nkill == 13
    assert barcelona.claimed == 1 and barcelona.claim_channel == "Amaq News Agency"
    assert barcelona.gname == "Islamic State of Iraq and the Levant (ISIL)"
    assert turku.date == date(2017, 8, 18) and turku.place.country == "Finland"
    assert turku.attacktypes[0] == "Armed Assault" and turku.weaptypes == ["Melee"]
    assert (turku.nkill, turku.nwound) == (2, 9)  # the attacker shot by police counts in nwound
    assert turku.nwoundte == 1


def test_propaganda_and_military_events_are_not_incidents():
    found = incidents(BULLETIN, "2017-08-25")
    assert all(r.date != date(2017, 8, 20) for r in found)
    assert all(r.place.city != "Raqqa" for r in found)


def test_background_mention_gets_its_own_incident_and_does_not_leak():
    text = ("On June 3, 2017, three attackers drove a van into pedestrians on London Bridge and then stabbed "
            "people in nearby Borough Market, killing eight people. It was the third attack in Britain since "
            "the bombing in Manchester (May 22, 2017), which killed 22 people.")
    found = incidents(text, "2017-06-05")
    dates = sorted(r.date for r in found)
    assert dates == [date(2017, 5, 22), date(2017, 6, 3)]
    london = next(r for r in found if r.date == date(2017, 6, 3))
    assert "Explosives" not in london.weaptypes  # the Manchester bomb belongs to Manchester
    assert london.nkill == 8


def test_relative_date_resolves_against_publication_date():
    text = ("KABUL (Reuters) - Gunmen stormed a hotel in Kabul late on Saturday, killing at least 18 people, "
            "officials said on Sunday. The Taliban claimed responsibility for the attack.")
    found = incidents(text, "2018-01-21")  # a Sunday
    assert len(found) == 1
    assert found[0].date == date(2018, 1, 20)
    assert found[0].place.city == "Kabul"
    assert found[0].gname == "Taliban" and found[0].claimed == 1
    assert found[0].nkill == 18


def test_text_without_incident_gives_nothing():
    text = ("The government raised the national threat level on Monday after a review of intelligence. "
            "Officials warned of a wave of attacks across the region but gave no details.")
    assert incidents(text, "2019-11-04") == []


def test_foiled_plot_is_not_an_incident():
    text = ("LONDON, Aug 10 (Reuters) - British police said on Thursday they had foiled a plot to blow up "
            "airliners flying from London to the United States and arrested 21 people.")
    assert incidents(text, "2006-08-10") == []


def test_upper_case_wire_text_is_read():
    text = ("LIMA, 17 JUL 92 (EFE) -- [TEXT] A CAR BOMB EXPLODED LAST NIGHT ON TARATA STREET IN THE "
            "MIRAFLORES DISTRICT OF LIMA, KILLING 18 PEOPLE AND WOUNDING 140 OTHERS. POLICE BLAMED THE "
            "SHINING PATH.")
    found = incidents(text, "1992-07-17")
    assert len(found) == 1
    assert found[0].place.country == "Peru"
    assert found[0].attacktypes[0] == "Bombing/Explosion"
    assert found[0].date == date(1992, 7, 16)
    assert found[0].nkill == 18 and found[0].nwound == 140


def test_blocks_and_citations():
    blocks = split_blocks("Title line\n\nFirst paragraph. Second sentence.\n  • item one\n  • item two\n[1] note")
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list_item", "list_item", "footnote"]
    # a judgment's numbered paragraphs right under its title are its text; notes the text cites are notes
    judgment = split_blocks("Judgment of 21 December 2020\n\n[1] The defendant is sentenced.\n\n[2] On 9 October "
                            "2019 he drove to the synagogue.\n")
    assert [b.kind for b in judgment] == ["heading", "paragraph", "paragraph"]
    cited = split_blocks("Gunmen killed 132 villagers, the group said.[1]\n\n[1] Interviews with witnesses.\n")
    assert cited[-1].kind == "footnote"
    masked = mask_citations("He was arrested (AP, October 1, 2017).")
    assert "2017" not in masked and len(masked) == len("He was arrested (AP, October 1, 2017).")


# Reuters, 22 March 2016 (example 14): plural "bombings" is a method, and "the Nov. 13 attacks in
# Paris that killed 130 people" is one dated event, not "13 attacks"
BRUSSELS_EVENING = (
    "BRUSSELS, March 22 (Reuters) - Islamic State claimed responsibility on Tuesday for suicide "
    "bombings at Brussels airport and on a metro train in the city centre that killed 34 people, "
    "saying in a statement on its Amaq news agency that its fighters had targeted a country taking "
    "part in the international coalition against it. More than 200 people were wounded. The bombings "
    "came four days after police captured Salah Abdeslam, the main surviving suspect in the Nov. 13 "
    "attacks in Paris that killed 130 people, in the Brussels district of Molenbeek.")


def test_plural_bombings_code_the_method():
    found = incidents(BRUSSELS_EVENING, "2016-03-22")
    brussels = next(r for r in found if r.place.country == "Belgium")
    assert brussels.date == date(2016, 3, 22)
    assert brussels.attacktypes == ["Bombing/Explosion"] and brussels.weaptypes == ["Explosives"]
    assert brussels.nkill == 34 and brussels.claim_channel == "Amaq News Agency"


def test_a_day_named_plural_attack_is_a_background_incident():
    found = incidents(BRUSSELS_EVENING, "2016-03-22")
    paris = [r for r in found if r.place.country == "France"]
    assert len(paris) == 1
    assert paris[0].date == date(2015, 11, 13) and paris[0].place.city == "Paris"


def test_a_vague_plural_is_still_no_incident():
    text = ("LONDON, June 4 (Reuters) - Ministers met on Sunday to discuss the attacks of recent "
            "years and how to prevent more bombings in European cities.")
    assert incidents(text, "2017-06-04") == []


def test_the_event_word_that_opens_a_sentence_about_an_earlier_attack_is_not_its_method():
    text = ("KABUL (Reuters) - A suicide bomber drove an ambulance packed with explosives into a crowded "
            "street in Kabul on Saturday, killing 103 people.\n\n"
            "The bombing came a week after Taliban gunmen stormed Kabul's Intercontinental Hotel on "
            "Jan. 20 and fought security forces through the night, killing at least 22 people.")
    found = incidents(text, "2018-01-27")
    hotel = next(r for r in found if r.date == date(2018, 1, 20))
    assert "Bombing/Explosion" not in hotel.attacktypes and "Armed Assault" in hotel.attacktypes
    assert hotel.nkill == 22


# The Guardian-style report of the Berlin market attack (example 06): only relative dates
BERLIN = """Berlin attack: Germany hunts Tunisian suspect as Isis claims responsibility

Wednesday 21 December 2016 14.05 GMT

German authorities launched a Europe-wide manhunt on Wednesday for a Tunisian man after his identity papers were found in the cab of the lorry that was driven into a crowded Christmas market in Berlin on Monday evening, killing 12 people.

The articulated lorry ploughed into wooden stalls at the market on Breitscheidplatz, beside the ruined tower of the Kaiser Wilhelm Memorial Church, shortly after 8pm on Monday. Police said 48 people were injured.

Islamic State said yesterday through its Amaq news agency that the attack had been carried out by "a soldier of the Islamic State".

Chancellor Angela Merkel declared a day of mourning starting Thursday. World leaders condemned the attack.
"""


def test_the_date_nearest_the_attack_words_wins_over_the_news_of_the_day():
    found = incidents(BERLIN, "2016-12-21")
    assert len(found) == 1
    berlin = found[0]
    assert berlin.date == date(2016, 12, 19) and berlin.place.city == "Berlin"
    assert berlin.nkill == 12


def test_a_passive_amaq_statement_is_a_claim():
    berlin = incidents(BERLIN, "2016-12-21")[0]
    assert berlin.claimed == 1 and berlin.claim_channel == "Amaq News Agency"


def test_a_landmark_beside_the_scene_is_not_a_target():
    berlin = incidents(BERLIN, "2016-12-21")[0]
    assert "Religious Figures/Institutions" not in berlin.targtypes


def test_a_speech_about_the_shooting_opens_no_incident_where_it_was_made():
    text = ("CHARLESTON, S.C. (Reuters) - A white gunman opened fire at a Bible study in a black church "
            "in Charleston on Wednesday night, killing nine people.\n\n"
            "President Obama, speaking at the White House on Thursday, said the shooting again showed "
            "how easily people who wanted to inflict harm could get hold of a gun.")
    found = incidents(text, "2015-06-19")
    assert [(r.place.city, r.date) for r in found] == [("Charleston", date(2015, 6, 17))]


def test_upper_case_wire_names_a_town_by_its_settlement_word():
    # TST2-MUC4-0007 (MUC-4, FBIS transcript): the dateline city is not where it happened
    text = ("MEDELLIN, 12 APR 90 (DPA) -- [TEXT] THE MAYOR COMMENTED ON THE ATTACK IN WHICH 20 PERSONS "
            "WERE KILLED AND APPROXIMATELY 100 WERE INJURED, WHICH WAS PERPETRATED YESTERDAY BY "
            "TERRORISTS NEAR ITAGUI MUNICIPALITY. THE BLAST FROM THE EXPLOSION HIT A TRUCK FULL OF "
            "POLICEMEN.")
    found = incidents(text, "1990-04-12")
    assert found and found[0].place.city == "Itagüí" and found[0].place.country == "Colombia"
    assert found[0].date == date(1990, 4, 11)


def test_upper_case_wire_towns_after_a_capitalised_preposition_or_downtown():
    # TST1-MUC3-0073 / -0100 (MUC-4 dev): a sentence's first word is capitalised by the truecaser
    # ("In huaraz, ..."), and "downtown" stands outside the town's name
    text = ("SANTIAGO, 29 DEC 89 (EFE) -- [TEXT] A BOMB, WHICH SHATTERED THE GLASSES OF THE \"CITICORP\" "
            "FINANCIAL COMPANY OFFICES IN DOWNTOWN VINA DEL MAR, EXPLODED TODAY SHORTLY AFTER 0200.")
    found = incidents(text, "1989-12-29")
    assert [(r.place.city, r.date) for r in found] == [("Viña del Mar", date(1989, 12, 29))]
    text = ("LIMA, 1 APR 90 (EFE) -- [TEXT] IN HUARAZ, THE CAPITAL OF ANCASH DEPARTMENT, THE TERRORISTS "
            "SET FIRE TO THE OFFICES OF THE LOCAL DEVELOPMENT CORPORATION BUT INJURED NO ONE.")
    found = incidents(text, "1990-04-01")
    # (the wire model adds records of the other types it predicts; each is placed by the rules)
    assert found and {(r.place.provstate, r.place.city) for r in found} == {("Ancash", "Huaraz")}


def test_a_list_of_home_countries_does_not_take_the_wounded_elsewhere():
    text = ("ISTANBUL (Reuters) - A suicide bomber killed 10 people in Sultanahmet Square in Istanbul on "
            "Tuesday. The Istanbul governor's office said 15 people were wounded, among them tourists "
            "from Germany, Norway and Peru.")
    found = incidents(text, "2016-01-12")
    # nkill 11: the ten victims and the bomber (GTD counts attackers among the dead)
    assert [(r.place.city, r.nkill, r.nwound) for r in found] == [("Istanbul", 11, 15)]


def test_firefighters_are_no_firefight():
    text = ("LIMA, 17 JUL 92 (EFE) -- Two car bombs exploded last night on Tarata Street in the Miraflores "
            "district of Lima, killing 25 people. Firefighters worked through the night to rescue residents "
            "trapped in the rubble.")
    found = incidents(text, "1992-07-17")
    assert found and found[0].attacktypes == ["Bombing/Explosion"] and found[0].weaptypes == ["Explosives"]


def test_police_ramming_the_gunmans_car_is_no_ramming_attack():
    text = ("CHRISTCHURCH, New Zealand (Reuters) - A gunman shot dead 49 people at two mosques in "
            "Christchurch on Friday. Two police officers rammed the suspect's car and pulled him out of it "
            "about 36 minutes after the first emergency call.")
    found = incidents(text, "2019-03-16")
    assert found and found[0].attacktypes == ["Armed Assault"]
    assert "Vehicle" not in " ".join(found[0].weaptypes) and "Police" not in found[0].targtypes


def test_a_suspect_the_small_ner_misses_is_still_named():
    text = ("CHARLESTON, S.C. (Reuters) - A white gunman shot dead nine black worshippers at a historic church "
            "in Charleston on Wednesday night.\n\n"
            "Dylann Storm Roof appeared by video link at a bond hearing on Friday afternoon and was formally "
            "charged with nine counts of murder.")
    found = incidents(text, "2015-06-19")
    assert [p.name for p in found[0].perpetrators] == ["Dylann Storm Roof"]


def test_explosives_a_hostage_taker_only_claimed_to_carry_are_fake_weapons():
    text = ("SYDNEY (Reuters) - A gunman armed with a shotgun took 18 people hostage in a cafe in Sydney on "
            "Monday; two hostages died when police stormed the building. Hostages said he had claimed to be "
            "carrying explosives in a backpack; police have not said whether any were found.")
    found = incidents(text, "2014-12-16")
    assert found and "Hostage Taking (Barricade Incident)" in found[0].attacktypes
    assert "Firearms" in found[0].weaptypes and "Fake Weapons" in found[0].weaptypes
    assert "Explosives" not in found[0].weaptypes


DIGEST_TABLE = """# Weekly security digest - 12 June 2017

Attacks recorded this week:

| Date | Location | Attack | Casualties |
|---|---|---|---|
| 3 June 2017 | London, United Kingdom | Van ramming and stabbing on London Bridge | 8 killed, 48 wounded |
| 7 June 2017 | Tehran, Iran | Gunmen and suicide bombers attacked the parliament | 17 killed |
| 10 June 2017 | Mogadishu, Somalia | Car bomb at a restaurant | 31 killed |

Analysts expect further attacks during Ramadan.
"""


def test_each_row_of_a_table_of_attacks_is_an_incident():
    found = incidents(DIGEST_TABLE, "2017-06-12")
    rows = sorted((r.date, r.place.city, r.place.country, r.nkill, r.nwound) for r in found)
    assert rows == [(date(2017, 6, 3), "London", "United Kingdom", 8, 48),
                    (date(2017, 6, 7), "Tehran", "Iran", 17, None),
                    (date(2017, 6, 10), "Mogadishu", "Somalia", 31, None)]
    by_city = {r.place.city: r for r in found}
    assert by_city["Mogadishu"].attacktypes == ["Bombing/Explosion"]
    assert by_city["Tehran"].suicide == 1


def test_flattened_tables_keep_every_offset():
    from incidex.extract.segment import flatten_tables

    flat = flatten_tables(DIGEST_TABLE)
    assert len(flat) == len(DIGEST_TABLE) and "|" not in flat
    assert "Date" not in flat  # the header row names columns, it tells nothing
    assert flat.count("•") == 3


TIMELINE = """Jihadist attacks in Europe: a timeline

Published 30 June 2017

The last three months brought a run of attacks across Europe.

22 March 2017: London, United Kingdom. Khalid Masood drove a car into pedestrians on Westminster Bridge and stabbed a police officer, killing five people.
7 April 2017: Stockholm, Sweden. A hijacked beer truck was driven into a crowd on Drottninggatan, killing five people.
22 May 2017: Manchester, United Kingdom. A suicide bomber detonated an explosive device at the Manchester Arena, killing 22 people.

The Islamic State claimed the London and Manchester attacks.
"""


def test_dated_timeline_lines_are_items_even_without_bullets_or_blank_lines():
    found = incidents(TIMELINE, "2017-06-30")
    assert sorted((r.date, r.place.city, r.nkill) for r in found) == [
        (date(2017, 3, 22), "London", 5), (date(2017, 4, 7), "Stockholm", 5),
        (date(2017, 5, 22), "Manchester", 23)]  # 22 killed and the suicide bomber


def test_a_claim_over_incidents_named_by_place_goes_to_each_of_them():
    by_city = {r.place.city: r for r in incidents(TIMELINE, "2017-06-30")}
    isil = "Islamic State of Iraq and the Levant (ISIL)"
    assert (by_city["London"].gname, by_city["London"].claimed) == (isil, 1)
    assert (by_city["Manchester"].gname, by_city["Manchester"].claimed) == (isil, 1)
    assert by_city["Stockholm"].claimed == 0 and by_city["Stockholm"].gname == "Unknown"


def test_a_date_before_a_trailing_attribution_dates_the_attack():
    text = ("MAIDUGURI, Nigeria (Reuters) - At least 40 people were killed when two suicide bombers blew "
            "themselves up at a mosque in Maiduguri, Borno state, on Friday, police said.")
    found = incidents(text, "2017-06-24")  # a Saturday
    assert found and found[0].date == date(2017, 6, 23) and found[0].suicide == 1


def test_the_mayor_who_tells_the_story_is_no_target():
    text = ("OUAGADOUGOU (AFP) - Gunmen killed six people including a priest during Sunday mass at a "
            "Catholic church in Dablo in northern Burkina Faso, the mayor said on Monday.")
    found = incidents(text, "2019-05-13")
    assert found and "Government (General)" not in found[0].targtypes
    assert "Religious Figures/Institutions" in found[0].targtypes and found[0].nkill == 6


def test_a_town_the_story_names_beats_the_dateline_city():
    text = ("KANO, Nigeria (Reuters) - Suspected Boko Haram militants abducted 110 schoolgirls from a school "
            "in Dapchi, Yobe state, on Monday, officials said.")
    found = incidents(text, "2018-02-21")
    assert found and (found[0].place.city, found[0].place.provstate) == ("Dapchi", "Yobe")
    assert found[0].date == date(2018, 2, 19) and found[0].gname == "Boko Haram"


def test_a_claim_of_the_attacks_inside_a_numbered_item_belongs_to_that_item():
    text = ("Threat assessment: attacks on places of worship\n\nPrepared by the Regional Analysis Unit, 5 July 2019\n\n"
            "1. On 15 March 2019, a gunman opened fire at two mosques in Christchurch, New Zealand, killing 51 people.\n"
            "2. On 21 April 2019, suicide bombers attacked three churches and three hotels in Colombo, Sri Lanka, "
            "killing more than 250 people. The Islamic State claimed the attacks through Amaq.\n")
    by_city = {r.place.city: r for r in incidents(text, "2019-07-05")}
    assert set(by_city) == {"Christchurch", "Colombo"}
    assert by_city["Colombo"].claimed == 1 and by_city["Colombo"].claim_channel == "Amaq News Agency"
    assert by_city["Christchurch"].claimed == 0


def test_a_town_named_near_another_is_the_namesake_near_it():
    near = incidents("A bomb exploded at a bus stop in Hyderabad, near Karachi, on Tuesday, killing three people.",
                     date(2019, 3, 6))
    alone = incidents("A bomb exploded at a bus stop in Hyderabad on Tuesday, killing three people.", date(2019, 3, 6))
    assert [r.place.country for r in near] == ["Pakistan"] and [r.place.country for r in alone] == ["India"]


def test_a_separate_attack_in_a_town_the_gazetteer_lacks_keeps_only_the_province():
    found = incidents("Two suicide bombers killed 12 people at a market in Maiduguri, Borno state, on Sunday, "
                      "police said.\n\nSeparately, gunmen attacked a military post in Dalori on Saturday, "
                      "killing three soldiers.", date(2016, 1, 31))
    separate = next(r for r in found if r.date == date(2016, 1, 30))
    # not Maiduguri: the town the text names, in the province of the story
    assert (separate.place.provstate, separate.place.city) == ("Borno", "Dalori")


def test_a_state_named_alone_places_the_incident_at_its_level():
    # "in Borno" (a state GeoNames has no town of) and "in Chhattisgarh": GTD specificity 4
    found = incidents("Gunmen killed five farmers in Borno on Sunday, officials said.", "2020-11-30")
    assert [(r.place.country, r.place.provstate, r.place.city, r.place.specificity) for r in found] == [
        ("Nigeria", "Borno", None, 4)]
    found = incidents("Maoist rebels killed two policemen with a roadside bomb in Chhattisgarh on Monday.", "2023-04-26")
    assert [(r.place.provstate, r.place.city, r.date) for r in found] == [("Chhattisgarh", None, date(2023, 4, 24))]


def test_maritime_attacks_and_feast_days():
    # "a Houthi missile hit the tanker Marlin Luanda in the Gulf of Aden": no town of Luanda,
    # no Aden; a ship's seizure is a hijacking of a maritime target
    found = incidents("Houthi fighters seized the cargo ship Galaxy Leader in the Red Sea on 19 November and "
                      "took it to Hodeidah.", "2023-11-21")
    assert [(r.place.country, r.attacktypes[0], r.targtypes[0]) for r in found] == [
        ("Yemen", "Hijacking", "Maritime")]
    found = incidents("The deadliest came on Easter Sunday 2016, when a suicide bomber blew himself up in a "
                      "park in Lahore, killing 75 people.", "2023-08-20")
    assert [(r.date, r.place.city, r.suicide) for r in found] == [(date(2016, 3, 27), "Lahore", 1)]


def test_an_interval_in_a_lead_dates_the_earlier_event():
    from incidex.extract.mentions import interval_before
    from incidex.normalize.dates import ResolvedDate

    told = ResolvedDate(date(2023, 10, 13), "day")
    hedged = interval_before("The attack came almost three years to the day after", told)
    assert (hedged.date.year, hedged.date.month, hedged.precision, hedged.approx) == (2020, 10, "month", True)
    exact = interval_before("The bombing came two days after", told)
    assert (exact.date, exact.precision, exact.approx) == (date(2023, 10, 11), "day", False)
    assert interval_before("The attack came a week after", told).date == date(2023, 10, 6)
    # years without "to the day" give no date GTD can code; nor does a lead without an interval
    assert interval_before("The attack came two years after", told) is None
    assert interval_before("The attack came shortly after", told) is None


def test_a_correction_note_tells_no_incident():
    text = ("A car bomb exploded at a market in Mogadishu on Friday, killing 12 people.\n\n"
            "Correction: An earlier version of this story said a car bomb in Baidoa killed 30 people on Friday.")
    found = incidents(text, "2024-08-03")
    assert [(r.place.city, r.nkill) for r in found] == [("Mogadishu", 12)]


def test_section_headings_tab_separated_rows_and_wrapped_lines():
    from incidex.extract.segment import Block, table_rows, text_for_parsing

    article = "Background\nUganda had seen a series of smaller explosions.\n\nAttacks\nAt about 10:00, a bomber struck."
    assert [(b.kind, b.text) for b in split_blocks(article)][:2] == [
        ("heading", "Background"), ("paragraph", "Uganda had seen a series of smaller explosions.")]
    # a short first line over a shorter one, or over a bullet, is no heading of its own
    assert split_blocks("Gunmen attacked\na bus.")[0].kind == "paragraph"
    table = "date\tplace\tkilled\twounded\n18 March 2015\tTunis, Tunisia\t22\t50\n26 June 2015\tSousse\t38\t39\n"
    rows = table_rows(table)
    assert [(r.cells["date"], r.cells["killed"]) for r in rows] == [("18 March 2015", "22"), ("26 June 2015", "38")]
    assert table[rows[0].start:rows[0].end] == "18 March 2015\tTunis, Tunisia\t22\t50"
    assert [b.kind for b in split_blocks(flatten_tables(table))] == ["list_item", "list_item"]
    wrapped = Block("paragraph", 0, 0, "The Islamic State Khorasan Province has claimed responsibility for it\n"
                                       "in a statement.\nShort title\nNext line")
    parsed = text_for_parsing(wrapped)
    assert len(parsed) == len(wrapped.text) and "responsibility for it in a statement." in parsed
    assert "Short title\nNext line" in parsed  # short lines over a capital: kept apart


def test_a_verb_attacks_is_no_plural_and_two_bombings_on_a_day_are_one_event():
    text = ("CHICAGO, June 3, 2019 - The driver gets out of the car and attacks people with a knife in Chicago, "
            "police said. Three people were wounded.")
    found = extract_incidents(read_text(text, source="t"))
    assert [(r.place.city, r.nwound) for r in found] == [("Chicago", 3)]
    twin = read_text("On 16 November 2021, two suicide bombings struck central Kampala, the capital of Uganda. "
                     "Four civilians were killed.", source="t")
    assert [(r.date, r.place.city, r.nkill) for r in extract_incidents(twin)] == [(date(2021, 11, 16), "Kampala", 4)]


def test_a_long_headline_is_a_title_and_time_stamps_open_entries():
    title = "8 DRG jawans, driver killed as Naxals blow up vehicle in Chhattisgarh's Bijapur"
    assert split_blocks(title + "\n\nRaipur, January 6, 2025 (PTI): Eight jawans were killed.")[0].kind == "heading"
    log = "Daily log\n\n19.30 hrs: A bomb exploded in Narathiwat.\n21.10 hrs: Gunmen fired on a checkpoint in Rueso.\n"
    assert [b.kind for b in split_blocks(log)] == ["heading", "list_item", "list_item"]


def test_comma_separated_table_reads_as_a_tab_separated_one_of_the_same_length():
    text = ('Export\n\nevent_date,location,fatalities,notes\n2024-06-29,Gwoza,32,"Bombers struck a wedding, a '
            'funeral and a hospital."\n2024-07-01,Konduga,5,"Gunmen attacked a market."\n\nA sentence, with commas, '
            'of prose.\n')
    converted = csv_as_tsv(text)
    assert len(converted) == len(text)
    rows = table_rows(converted)
    assert [r.cells["location"] for r in rows] == ["Gwoza", "Konduga"]
    assert rows[0].cells["notes"].startswith("Bombers struck a wedding, a funeral")
    assert "A sentence, with commas, of prose." in converted  # prose is left alone


# --- several documents at a time -----------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _example_documents():
    from incidex.ingest.read import read_paths
    from incidex.model import Document

    names = ("01_manchester_arena_wire.txt", "03_africa_monthly_bulletin.md", "07_sydney_lindt_siege.txt",
             "10_lima_tarata_muc_style.txt", "16_kabul_ambulance_bombing.txt")
    return [d for d in read_paths([EXAMPLES / n for n in names]) if isinstance(d, Document)]


def test_reports_parsed_together_are_coded_as_one_at_a_time():
    documents = _example_documents()
    together = [[r.to_dict() for r in records] for records in extract_many(documents)]
    alone = [[r.to_dict() for r in extract_incidents(d)] for d in documents]
    assert together == alone
    assert all(together)  # each of these reports tells an incident


def _failing_on_kabul(monkeypatch):
    import incidex.extract.incidents as incidents_module

    real = incidents_module.code_incident

    def code_incident(mention, *args, **kwargs):
        if any("Kabul" in c.text() for c in mention.contributions):
            raise RuntimeError("simulated fault")
        return real(mention, *args, **kwargs)

    monkeypatch.setattr(incidents_module, "code_incident", code_incident)


def test_a_report_that_fails_is_reported_and_the_others_go_on(monkeypatch):
    _failing_on_kabul(monkeypatch)
    documents = _example_documents()
    outcomes = list(extract_each(documents))
    assert [o.document.source for o in outcomes] == [d.source for d in documents]
    failed = [o for o in outcomes if o.error is not None]
    assert [Path(o.document.source).name for o in failed] == ["16_kabul_ambulance_bombing.txt"]
    assert all(o.records for o in outcomes if o.error is None)
    with pytest.raises(RuntimeError):
        list(extract_many(documents))


def test_ingest_stores_the_reports_that_did_not_fail(monkeypatch, tmp_path):
    from incidex.pipeline import IngestSummary, ingest_documents
    from incidex.store.db import Store

    _failing_on_kabul(monkeypatch)
    documents = _example_documents()
    with Store(tmp_path / "t.db") as store:
        summary = ingest_documents(documents, store, IngestSummary())
        assert summary.read == 4 and summary.skipped == 1
        assert [Path(source).name for source, _ in summary.failed] == ["16_kabul_ambulance_bombing.txt"]
        assert summary.new >= 4
        monkeypatch.undo()
        again = ingest_documents(documents, store, IngestSummary())  # the failed one now goes in
        assert again.duplicates == 4 and again.new >= 1 and not again.failed


def test_extract_command_writes_a_line_for_a_report_that_failed(monkeypatch, tmp_path):
    import json

    from typer.testing import CliRunner

    from incidex.cli import app

    _failing_on_kabul(monkeypatch)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES / "16_kabul_ambulance_bombing.txt"), "-o", str(out), "-q"])
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 1 and lines[0]["incidents"] == [] and "simulated fault" in lines[0]["error"]
    assert "1 document(s) failed" in result.output


def test_a_paragraph_longer_than_the_parser_takes_fails_only_its_report():
    one_line = "Gunmen attacked a village in Borno state on Monday, killing five people, police said. " * 13_000
    documents = [read_text("A bomb exploded in Kabul on 3 May 2021, killing 5 people.", "a.txt"),
                 read_text(one_line, "one-line.txt"),
                 read_text("A bomb exploded in Quetta on 4 May 2021, killing 7 people.", "b.txt")]
    outcomes = list(extract_each(documents))
    assert [o.document.source for o in outcomes] == ["a.txt", "one-line.txt", "b.txt"]
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert "longer than the parser takes" in str(outcomes[1].error)
    assert [r.place.city for o in outcomes for r in o.records] == ["Kabul", "Quetta"]


def test_a_state_abbreviation_after_a_town_in_the_body_picks_that_states_town():
    # "in Carthage, N.C., on Saturday": not Carthage, Tunisia (the larger namesake)
    document = read_text("Gunmen opened fire on a church in Carthage, N.C., on Saturday, killing two people.\n",
                         source="carthage.txt", published=date(2022, 12, 5))
    found = extract_incidents(document)
    assert len(found) == 1
    assert (found[0].place.country, found[0].place.provstate, found[0].place.city) == (
        "United States", "North Carolina", "Carthage")


# a Reuters evening item on the Brussels bombings (22 March 2016): one sentence gives each site
# its toll, the second with its verb gapped
BRUSSELS_SITES = """BRUSSELS, March 22 (Reuters) - Islamic State claimed responsibility on Tuesday for suicide bombings at Brussels airport and on a metro train in the city centre that killed 34 people, saying in a statement on its Amaq news agency that its fighters had targeted a country taking part in the international coalition against it. Belgian officials said 14 people were killed in the two explosions at the airport at Zaventem shortly before 8 a.m. and 20 in a blast about an hour later, at 9.11 a.m., on a train leaving Maelbeek station, close to the headquarters of the European Union. More than 200 people were wounded.
"""


def test_each_site_with_its_own_toll_is_an_incident():
    found = [r for r in incidents(BRUSSELS_SITES, "2016-03-22") if r.role == "main"]
    assert len(found) == 2
    airport, metro = found
    assert "Airports & Aircraft" in airport.targtypes and airport.nkill == 14
    assert metro.targtypes == ["Transportation"] and metro.nkill == 20
    # the metro site is part of the same claimed suicide assault
    assert (metro.suicide, metro.claimed, metro.claim_channel) == (1, 1, "Amaq News Agency")
    assert metro.date == airport.date == date(2016, 3, 22)


@pytest.mark.parametrize("text", [
    # the dead at the hospital are no second site, nor are the years of a tally
    "Nine people were killed in the explosion at the market and two more at the hospital later.",
    "Two people were killed in attacks on the town in 2015 and three in 2016.",
])
def test_a_gapped_toll_without_another_blast_at_another_site_splits_nothing(text):
    found = incidents(text, "2016-03-22")
    assert len(found) <= 1


BRUSSELS_BOMBERS = """BRUSSELS, March 23 (Reuters) - Two Belgian brothers with records of violent crime were among the suicide bombers who attacked Brussels on Tuesday, federal prosecutor Frederic Van Leeuw said on Wednesday. Ibrahim El Bakraoui, 29, blew himself up at Brussels airport, where a second bomber also died, and his brother, Khalid El Bakraoui, 27, set off the bomb on the metro train at Maelbeek.
"""


def test_two_named_bombers_at_two_kinds_of_site_are_two_incidents():
    found = [r for r in incidents(BRUSSELS_BOMBERS, "2016-03-23") if r.role == "main"]
    assert [[p.name for p in r.perpetrators] for r in found] == [["Ibrahim El Bakraoui"], ["Khalid El Bakraoui"]]
    airport, metro = found
    assert "Airports & Aircraft" in airport.targtypes and metro.targtypes == ["Transportation"]
    assert metro.suicide == 1 and metro.date == date(2016, 3, 22)


def test_a_small_town_is_read_in_the_state_the_report_names():
    # Vail, Colorado (pop. 5,000), not Vail, Arizona (13,000), when the report is about Colorado;
    # "the fires that destroyed ..." are an arson
    text = ("Arsonists set fire to three buildings and four chairlifts atop the mountain in Vail early Monday, "
            "causing about $12 million in damage. No one was hurt.\n\n"
            "The Earth Liberation Front claimed responsibility for the fires that destroyed the lodge in an "
            "e-mail, saying it acted to protect lynx habitat in Colorado. Investigators in Colorado said "
            "accidental causes had been ruled out.")
    found = incidents(text, date(1998, 10, 22))
    assert len(found) == 1
    assert (found[0].place.provstate, found[0].place.city, found[0].date) == ("Colorado", "Vail", date(1998, 10, 19))
    assert (found[0].attacktypes, found[0].claimmode) == (["Facility/Infrastructure Attack"], "E-mail")
