"""Perpetrator group normalisation to GTD gnames (incidex.normalize.groups)."""
from datetime import date

import pytest

from incidex.normalize import groups

ISIL = "Islamic State of Iraq and the Levant (ISIL)"


@pytest.mark.parametrize(
    "name, gname",
    [
        ("ISIS", ISIL),
        ("ISIL", ISIL),
        ("IS", ISIL),
        ("Isis", ISIL),
        ("Islamic State", ISIL),
        ("the Islamic State group", ISIL),
        ("Islamic State militants", ISIL),
        ("Islamic State's", ISIL),
        ("ISIS-linked", ISIL),
        ("Daesh", ISIL),
        ("Da'esh", ISIL),
        ("Da\u2019esh", ISIL),
        ("Islamic State of Iraq and Syria", ISIL),
        ("a soldier of the Islamic State", ISIL),
        ("Islamic State (IS)", ISIL),
        ("ISIS-K", "Khorasan Chapter of the Islamic State"),
        ("Islamic State Khorasan Province", "Khorasan Chapter of the Islamic State"),
        ("Sinai Province", "Sinai Province of the Islamic State"),
        ("Islamic State of Iraq", "Islamic State of Iraq (ISI)"),
        ("al-Qaeda", "Al-Qaida"),
        ("Al Qaida", "Al-Qaida"),
        ("AQAP", "Al-Qaida in the Arabian Peninsula (AQAP)"),
        ("al-Qaeda in the Islamic Maghreb", "Al-Qaida in the Islamic Maghreb (AQIM)"),
        ("al-Shabab", "Al-Shabaab"),
        ("Boko Haram", "Boko Haram"),
        ("the Taliban", "Taliban"),
        ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan (TTP)"),
        ("TTP", "Tehrik-i-Taliban Pakistan (TTP)"),
        ("Hamas", "Hamas (Islamic Resistance Movement)"),
        ("Hizbullah", "Hezbollah"),
        ("Houthi rebels", "Houthi extremists (Ansar Allah)"),
        ("Ansar Allah", "Houthi extremists (Ansar Allah)"),
        ("PKK", "Kurdistan Workers' Party (PKK)"),
        ("Lashkar-e-Tayyiba", "Lashkar-e-Taiba (LeT)"),
        ("Jaish-e-Mohammed", "Jaish-e-Mohammad (JeM)"),
        ("Nusra Front", "Al-Nusrah Front"),
        ("HTS", "Hay'at Tahrir al-Sham"),
        ("JNIM", "Jamaat Nusrat al-Islam wal Muslimin (JNIM)"),
        ("Abu Sayyaf", "Abu Sayyaf Group (ASG)"),
        ("Tamil Tigers", "Liberation Tigers of Tamil Eelam (LTTE)"),
        ("CPI (Maoist)", "Communist Party of India - Maoist (CPI-Maoist)"),
        ("Real IRA", "Real Irish Republican Army (RIRA)"),
        ("IRA", "Irish Republican Army (IRA)"),
        ("ETA", "Basque Fatherland and Freedom (ETA)"),
        ("Fulani herdsmen", "Fulani extremists"),
        ("FARC", "Revolutionary Armed Forces of Colombia (FARC)"),
        ("Ejercito de Liberacion Nacional", "National Liberation Army of Colombia (ELN)"),
        ("Sendero Luminoso", "Shining Path (SL)"),
        ("SHINING PATH", "Shining Path (SL)"),
        ("Frente Farabundo Marti para la Liberacion Nacional", "Farabundo Marti National Liberation Front (FMLN)"),
        ("FMLN", "Farabundo Marti National Liberation Front (FMLN)"),
        ("Movimiento Revolucionario Tupac Amaru", "Tupac Amaru Revolutionary Movement (MRTA)"),
        ("Frente Patriotico Manuel Rodriguez", "Manuel Rodriguez Patriotic Front (FPMR)"),
        ("M-19", "M-19 (Movement of April 19)"),
        ("19th of April Movement", "M-19 (Movement of April 19)"),
        ("Los Extraditables", "The Extraditables"),
        ("Medellin Cartel", "Medellin Drug Cartel"),
        ("URNG", "Guatemalan National Revolutionary Unity (URNG)"),
        ("New People's Army", "New People's Army (NPA)"),
        ("Aum Shinrikyo", "Aum Shinri Kyo"),
        ("neo-Nazis", "Neo-Nazi extremists"),
        ("white supremacists", "White extremists"),
    ],
)
def test_aliases_normalise_to_gtd_gname(name, gname):
    assert groups.normalize_group(name) == gname


@pytest.mark.parametrize("name", ["is", "Is", "Real Madrid", "", "   ", None, "the police", "unknown gunmen"])
def test_non_groups_are_none(name):
    assert groups.normalize_group(name) is None


def test_data_is_consistent():
    names = groups.gnames()
    assert len(names) >= 80
    assert len(set(names)) == len(names)
    for gname in names:
        assert groups.normalize_group(gname) == gname
    forms = groups.group_surface_forms()
    assert len(forms) == len(set(forms))
    assert {"Sendero Luminoso", "ISIS", "Daesh", "Los Extraditables"} <= set(forms)
    # every surface form leads back to exactly the group that lists it (no alias claimed twice)
    for entry in groups._data()["groups"]:
        for form in [*entry["aliases"], *entry["acronyms"]]:
            assert groups.normalize_group(form) == entry["gname"], form


def test_inspired_conventions():
    assert groups.jihadi_inspired_gname() == "Jihadi-inspired extremists"
    assert groups.jihadi_inspired_gname() in groups.gnames()
    assert groups.inspired_label("ISIS") == "Jihadi-inspired extremists"
    assert groups.inspired_label("Al-Qaida") == "Jihadi-inspired extremists"
    assert groups.inspired_label("white supremacists") == "White extremists"
    assert groups.inspired_label("Kurdistan Workers' Party (PKK)") is None
    assert groups.inspired_label("no such group") is None


def test_inspired_attack_versus_claimed_attack():
    [inspired] = groups.find_groups("Police are investigating an ISIS-inspired stabbing in Melbourne.")
    assert inspired.gname == ISIL and inspired.surface == "ISIS" and inspired.inspired
    [claimed] = groups.find_groups("ISIS claimed responsibility for the attack through its Amaq News Agency.")
    assert claimed.gname == ISIL and not claimed.inspired
    [by] = groups.find_groups("The attacker was inspired by the Islamic State, police said.")
    assert by.surface == "Islamic State" and by.inspired
    [spaced] = groups.find_groups("It was an Islamic State - inspired plot.")
    assert spaced.inspired


def test_find_groups_offsets_and_longest_match():
    text = "Al-Qaeda in the Arabian Peninsula (AQAP) and al Shabaab rival the Islamic State of Iraq and the Levant."
    found = groups.find_groups(text)
    assert [m.gname for m in found] == [
        "Al-Qaida in the Arabian Peninsula (AQAP)",
        "Al-Qaida in the Arabian Peninsula (AQAP)",
        "Al-Shabaab",
        ISIL,
    ]
    for m in found:
        assert text[m.start:m.end] == m.surface
    assert found[-1].surface == "Islamic State of Iraq and the Levant"


def test_acronyms_only_as_written():
    assert groups.find_groups("It is unclear who is behind it; Ira Glass and an eta of noon.") == []
    assert [m.gname for m in groups.find_groups("The IRA's bomb.")] == ["Irish Republican Army (IRA)"]
    assert groups.find_groups("Unknown gunmen opened fire.") == []


def test_muc4_uppercase_wire_copy():
    text = (
        "SAN SALVADOR, 12 JAN 90 -- THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) IS RESPONSIBLE, "
        "POLICE SAID. IN LIMA THE SHINING PATH (SENDERO LUMINOSO) AND LOS EXTRADITABLES WERE BLAMED."
    )
    found = groups.find_groups(text, ignore_case=True)
    assert [m.gname for m in found] == [
        "Farabundo Marti National Liberation Front (FMLN)",
        "Shining Path (SL)",
        "Shining Path (SL)",
        "The Extraditables",
    ]
    assert found[0].surface == "FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN)"  # name and acronym: one mention
    assert all(m.surface != "IS" for m in found)


def test_an_ally_named_and_a_unit_word_before_a_known_name():
    # "The al Qaeda-linked group claimed responsibility": al-Qaeda describes the claimant
    [linked] = groups.find_groups("The al Qaeda-linked group claimed responsibility.")
    assert linked.gname == "Al-Qaida" and linked.affiliation and not linked.inspired
    [plain] = groups.find_groups("Al Qaeda claimed responsibility.")
    assert not plain.affiliation
    # "Saraya Ansar al-Sunna" is another group than Ansar al-Sunna
    assert groups.find_groups("a little-known group, Saraya Ansar al-Sunna, later claimed it") == []
    # a self-declared member is inspired by the group, not its agent
    [member] = groups.find_groups("In a video he claimed to be a member of the Islamic State group.")
    assert member.inspired


def test_hyphenated_names_written_as_one_word_and_a_parent_group():
    found = groups.find_groups("Jamaatul Ahrar, a faction of the Tehreek-i-Taliban Pakistan, claimed responsibility")
    assert [(g.gname, g.affiliation) for g in found] == [
        ("Jamaat-ul-Ahrar", False), ("Tehrik-i-Taliban Pakistan (TTP)", True)]



def test_repeated_lookups_give_the_same_mentions_and_are_forgotten_between_documents():
    text = "The Islamic State claimed the attack through its Amaq agency."
    first = groups.find_groups(text)
    first.clear()  # a caller's list is its own
    assert [g.surface for g in groups.find_groups(text)] == ["Islamic State"]
    groups.forget_group_lookups()
    assert [g.surface for g in groups.find_groups(text)] == ["Islamic State"]


@pytest.mark.parametrize("text", [
    "since the start of the Israel-Hamas war in October",
    "talks on a Hamas-Israel ceasefire stalled",
    "the Taliban-Pakistan talks in Doha",
])
def test_a_war_or_talks_named_after_a_group_name_no_perpetrator(text):
    assert groups.find_groups(text) == []


def test_a_group_named_beside_its_war_still_counts_where_it_acts():
    assert [g.gname for g in groups.find_groups("Hamas fighters attacked the kibbutz during the war")] == [
        "Hamas (Islamic Resistance Movement)"]


def test_dissidents_of_a_group_are_its_splinter_where_the_registry_has_one():
    found = groups.find_groups("Authorities blamed dissidents of the former FARC guerrilla for the car bomb.")
    assert [(g.gname, g.surface) for g in found] == [
        ("Revolutionary Armed Forces of Colombia (FARC) dissidents", "dissidents of the former FARC")]
    # no splinter listed for ETA: the group itself
    assert [g.gname for g in groups.find_groups("dissidents of ETA")] == [groups.normalize_group("ETA")]


@pytest.mark.parametrize("gname, country, when, expected", [
    (ISIL, "Afghanistan", date(2022, 9, 5), "Khorasan Chapter of the Islamic State"),
    (ISIL, "Pakistan", date(2017, 2, 16), "Khorasan Chapter of the Islamic State"),
    (ISIL, "Nigeria", date(2022, 6, 5), "Islamic State West Africa Province (ISWAP)"),
    # before the branch existed, or where none operates, or unknown: the group as told
    (ISIL, "Afghanistan", date(2014, 6, 1), ISIL),
    (ISIL, "Syria", date(2022, 9, 5), ISIL),
    (ISIL, None, date(2022, 9, 5), ISIL),
    ("Taliban", "Afghanistan", date(2022, 9, 5), "Taliban"),
])
def test_regional_branch(gname, country, when, expected):
    assert groups.regional_branch(gname, country, when) == expected
