from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from incidex.model import Evidence, IncidentRecord, Perpetrator, Place
from incidex.store.merge import merge_records, same_incident
from store_seed_records import seed_records

ATTACKS = ["Armed Assault", "Bombing/Explosion", "Unarmed Assault", "Hostage Taking (Barricade Incident)"]
WEAPONS = ["Firearms", "Melee", "Explosives", "Incendiary", "Other"]


def trebes() -> IncidentRecord:
    return seed_records()[0]


def later_report() -> IncidentRecord:
    """A second report of the Trèbes attack: next day, other spelling, revised toll."""
    return IncidentRecord(
        date=date(2018, 3, 24), place=Place(country="France", city="TREBES"),
        attacktypes=["Hostage Taking (Barricade Incident)"], weaptypes=["Explosives", "Firearms"],
        nkill=4, nwound=16, motive="revenge for Syria",
        perpetrators=[Perpetrator(name="redouane lakdim", age=26),
                      Perpetrator(name="Marine Pequignot")],
        evidence=[Evidence("motive", "He shouted revenge for Syria.", 10, 40)],
        mentions={"weapon": ["pistol", "knife"]})


# -- same_incident ---------------------------------------------------------------------

def test_two_reports_of_one_attack_are_the_same_incident():
    assert same_incident(trebes(), later_report())


def test_nearby_town_within_30_km_is_the_same_incident():
    carcassonne = IncidentRecord(date=date(2018, 3, 23),
                                 place=Place(country="France", city="Carcassonne",
                                             latitude=43.2130, longitude=2.3491),
                                 attacktypes=["Armed Assault"])
    assert same_incident(trebes(), carcassonne)


def test_far_city_or_other_country_or_distant_date_is_not():
    far = replace(trebes(), place=Place(country="France", city="Paris",
                                        latitude=48.8566, longitude=2.3522))
    assert not same_incident(trebes(), far)
    other_country = replace(trebes(), place=replace(trebes().place, country="Spain"))
    assert not same_incident(trebes(), other_country)
    two_days_later = replace(trebes(), date=date(2018, 3, 25))
    assert not same_incident(trebes(), two_days_later)


def test_disjoint_attack_types_are_different_incidents_but_missing_types_are_compatible():
    bombing = replace(trebes(), attacktypes=["Bombing/Explosion"])
    assert not same_incident(trebes(), bombing)
    untyped = replace(trebes(), attacktypes=[])
    assert same_incident(trebes(), untyped)


def test_month_precision_matches_only_equally_vague_record_of_same_month_and_city():
    paris_month = IncidentRecord(date=date(2015, 11, 1), date_precision="month",
                                 place=Place(country="France", city="Paris"))
    paris_day = IncidentRecord(date=date(2015, 11, 13), date_precision="day",
                               place=Place(country="France", city="Paris"))
    paris_day_1st = replace(paris_day, date=date(2015, 11, 1))
    assert same_incident(paris_month, replace(paris_month))
    assert not same_incident(paris_month, paris_day)
    assert not same_incident(paris_month, paris_day_1st)
    assert not same_incident(paris_month, replace(paris_month, date=date(2015, 12, 1)))
    nice = replace(paris_month, place=Place(country="France", city="Nice"))
    assert not same_incident(paris_month, nice)


def test_undated_records_never_match():
    a = replace(trebes(), date=None)
    assert not same_incident(a, a)


# -- merge_records ---------------------------------------------------------------------

def test_merge_keeps_old_values_and_fills_gaps():
    merged = merge_records(trebes(), later_report())
    assert merged.date == date(2018, 3, 23)
    assert merged.place.city == "Trèbes"
    assert merged.motive == "revenge for Syria"
    assert merged.summary == trebes().summary


def test_merge_takes_larger_casualty_figures():
    merged = merge_records(trebes(), later_report())
    assert merged.nkill == 5  # old 5 beats the partial count 4
    assert merged.nwound == 16  # revised upwards
    assert merge_records(later_report(), trebes()).nkill == 5


def test_merge_unions_types_perpetrators_evidence_mentions():
    merged = merge_records(trebes(), later_report())
    assert merged.attacktypes == ["Armed Assault", "Hostage Taking (Barricade Incident)"]
    assert merged.weaptypes == ["Firearms", "Melee", "Explosives"]
    names = [p.name for p in merged.perpetrators]
    assert names == ["Redouane Lakdim", "Marine Pequignot"]
    assert merged.perpetrators[0].age == 25  # old value kept
    assert len(merged.evidence) == len(trebes().evidence) + 1
    assert merged.mentions == {"weapon": ["pistol", "knife"]}


def test_merge_caps_types_at_gtd_limits():
    old = IncidentRecord(weaptypes=["Firearms", "Melee", "Explosives"],
                         attacktypes=["Armed Assault", "Bombing/Explosion"])
    new = IncidentRecord(weaptypes=["Incendiary", "Chemical", "Other"],
                         attacktypes=["Hijacking", "Unarmed Assault"])
    merged = merge_records(old, new)
    assert merged.weaptypes == ["Firearms", "Melee", "Explosives", "Incendiary"]
    assert merged.attacktypes == ["Armed Assault", "Bombing/Explosion", "Hijacking"]


def test_merge_does_not_mutate_inputs():
    old, new = trebes(), later_report()
    merge_records(old, new)
    assert old == trebes() and new == later_report()


def test_more_precise_date_replaces_vaguer_one():
    vague = IncidentRecord(date=date(2015, 11, 1), date_precision="month")
    exact = IncidentRecord(date=date(2015, 11, 13), date_precision="day")
    assert merge_records(vague, exact).date == date(2015, 11, 13)
    assert merge_records(exact, vague).date == date(2015, 11, 13)


# -- properties ------------------------------------------------------------------------

small_ints = st.one_of(st.none(), st.integers(min_value=0, max_value=300))
names = st.sampled_from(["Trèbes", "Trebes", "Carcassonne", "Paris", "Nice", None])
records = st.builds(
    IncidentRecord,
    date=st.one_of(st.none(), st.dates(min_value=date(2017, 12, 25), max_value=date(2018, 1, 5))),
    date_precision=st.sampled_from([None, "day", "month", "year"]),
    place=st.builds(Place, country=st.sampled_from(["France", "france", "Spain", None]),
                    city=names,
                    latitude=st.one_of(st.none(), st.floats(43.0, 43.5)),
                    longitude=st.one_of(st.none(), st.floats(2.0, 2.8))),
    attacktypes=st.lists(st.sampled_from(ATTACKS), max_size=4),
    weaptypes=st.lists(st.sampled_from(WEAPONS), max_size=5),
    nkill=small_ints, nwound=small_ints, claimed=st.sampled_from([None, 0, 1]),
    gname=st.sampled_from([None, "ISIL", "Unknown"]),
    perpetrators=st.lists(st.builds(Perpetrator, name=st.sampled_from(["A B", "a b", "C", None]),
                                    age=small_ints), max_size=3),
    evidence=st.lists(st.builds(Evidence, field=st.sampled_from(["nkill", "date"]),
                                sentence=st.sampled_from(["x", "y"]),
                                start=st.integers(0, 3), end=st.integers(4, 6)), max_size=3),
    mentions=st.dictionaries(st.sampled_from(["weapon", "target"]),
                             st.lists(st.sampled_from(["knife", "gun", "car"]), max_size=3)),
    role=st.sampled_from(["main", "list", "background"]),
)


@settings(max_examples=300, deadline=None)
@given(records)
def test_merge_is_idempotent(a):
    assert merge_records(a, a) == a


@settings(max_examples=300, deadline=None)
@given(records, records)
def test_same_incident_is_symmetric(a, b):
    assert same_incident(a, b) == same_incident(b, a)


@settings(max_examples=200, deadline=None)
@given(records, records)
def test_merge_absorbs_new_record(a, b):
    """Merging the same report twice changes nothing the second time."""
    once = merge_records(a, b)
    assert merge_records(once, b) == once
    assert once.nkill == (None if a.nkill is None and b.nkill is None
                          else max(x for x in (a.nkill, b.nkill) if x is not None))


def test_later_report_names_the_group_and_its_claim():
    # the morning's wire knew no group; the evening's carries the Amaq claim
    morning = IncidentRecord(gname="Unknown", claimed=0)
    evening = IncidentRecord(gname="Islamic State of Iraq and the Levant (ISIL)", claimed=1,
                             claimmode="Posted to website, blog, etc.", claim_channel="Amaq News Agency")
    merged = merge_records(morning, evening)
    assert merged.gname == "Islamic State of Iraq and the Levant (ISIL)"
    assert (merged.claimed, merged.claim_channel) == (1, "Amaq News Agency")
    # and a later report that says nothing of them takes nothing away
    assert merge_records(merged, morning) == merged
