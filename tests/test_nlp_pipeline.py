"""The shared spaCy pipeline's own components."""
from incidex.nlp.pipeline import fold_case, parse


def entities(text):
    return [(e.text, e.label_) for e in parse(text).ents]


def test_a_given_name_before_a_town_is_a_person():
    # Hassan is a city in India, which the place ruler tags before the NER sees it
    assert ("Ahmed Hassan", "PERSON") in entities("Ahmed Hassan, of Harehills, appeared in court on Friday.")
    assert ("Mohamed Salem", "PERSON") in entities("Police named the attacker as Mohamed Salem.")


def test_a_town_after_an_english_word_stays_a_place():
    assert ("Kabul", "GPE") in entities("Central Kabul was hit by a blast.")
    assert ("Kabul", "GPE") in entities("Gunmen Storm Kabul Hotel")
    assert ("Hassan", "GPE") in entities("Police in Hassan said two men were arrested.")


def test_fold_case_keeps_offsets():
    text = "GUERRILLAS ATTACKED THE TOWN. SIX DIED."
    folded = fold_case(text)
    assert len(folded) == len(text) and folded.startswith("Guerrillas attacked") and "Six died" in folded


def test_country_of_two_words_is_a_place_not_a_man_with_his_age():
    # the small NER reads "Burkina Faso, 30 Nov" as a person and an age
    assert ("Burkina Faso", "GPE") in entities("Burkina Faso, 30 Nov — JNIM claimed an ambush on a military convoy.")
    assert ("Sri Lanka", "GPE") in entities("Sri Lanka said on Monday that a local group was behind the bombings.")
