"""Count the killed and wounded of one incident, GTD style, from parsed sentences.

GTD convention: nkill counts every death the incident caused, perpetrators included, and
nkillter counts the perpetrators among them (same for nwound / nwoundte).

Reports state casualties several times: a total ("Four people were shot to death"), then the
same victims one by one ("shot a customer and an employee to death", "the officer died").
Adding these up would count the same victim twice, so each class (victims, perpetrators) and
effect takes the largest figure any single sentence states; inside one sentence conjoined
noun phrases ("a police officer and four civilians were wounded") are added up, since they
name different people. A person both wounded and killed counts as killed only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Literal, Optional

from spacy.tokens import Span, Token

from incidex.extract.lexicon import load_lexicon
from incidex.normalize.countries import country_from_demonym
from incidex.normalize.groups import find_groups
from incidex.normalize.numbers import MONTH_NAMES, WORDS_UP_TO_TWENTY, parse_count
from incidex.model import names_a_group

Effect = Literal["kill", "wound"]

# ("Five policemen were martyred": South Asian and Middle Eastern reports' word for killed)
# ("Over 30 terrorists were neutralised": military communiqués' word for killed)
KILL_LEMMAS = {"kill", "murder", "slay", "die", "execute", "behead", "massacre", "assassinate", "slaughter", "perish",
               "martyr", "neutralise", "neutralize"}
WOUND_LEMMAS = {"wound", "injure", "hurt", "maim"}
DEATH_MANNER_LEMMAS = {"shoot", "stab", "beat", "hack", "burn", "crush", "club", "gun", "bludgeon"}
STATE_WORDS = {"dead": "kill", "killed": "kill", "wounded": "wound", "injured": "wound"}
SUBJECT_PRONOUNS = {"he", "she"}
OBJECT_PRONOUNS = {"him", "her"}
PLURAL_PRONOUNS = {"they", "them"}
REFLEXIVE_PRONOUNS = {"himself", "herself"}
_PANIC = {"panic", "stampede", "chaos", "rush", "scramble", "confusion", "crush"}
# "two other officials", "16 more", "A fourth victim ... was mistakenly shot dead": more than told before
# (not "more than 40 citizens": a figure's bound)
_OTHERS = re.compile(r"\b(other|others|more(?!\s+than\b))\b|\ban?\s+(second|third|fourth|fifth|sixth|seventh)\b", re.IGNORECASE)
_MODALS = {"must", "will", "shall", "should", "would", "could", "may", "might", "can", "'ll", "wo"}
ATTACKER_VERBS = {"stab", "shoot", "attack", "detonate", "ram", "fire", "open", "threaten", "seize", "hit",
                  "drive", "plough", "plow", "behead", "slash", "hack", "carry", "kidnap", "abduct", "hijack"}
# "several soldiers", "many people", "a number of civilians": people told without a figure (the
# hostage count shares the words)
VAGUE_NUMBER = re.compile(r"\b(a number of|(?:unknown|undisclosed|unspecified)\s+number|several|some(?! \d)|many|a few|"
                          r"numerous)\b", re.IGNORECASE)
# "IS claimed responsibility Saturday for a suicide bombing ... that killed 56 worshippers": the
# reporter's toll of the attack claimed, in a relative clause, not the claimant's own figure
_TOLL_OF_THE_CLAIMED_ATTACK = re.compile(
    r"\bclaimed\s+(?:responsibility\s+)?(?:\w+\s+){0,2}for\s+(?:the|an?|this|last|its)\s+[^.;\"“]{0,120}?"
    r"(?:,\s+|\s+)(?:that|which)\s+(?:\w+\s+)?(?:killed|left|wounded|injured|claimed\s+the\s+lives)\b",
    re.IGNORECASE)
# "21 militants were killed in clearance operations across the province": the security forces'
# own operations, not the attack told
ARMY_OPERATIONS = (r"\bin\s+(?:the\s+|subsequent\s+|ongoing\s+)?(?:[\w-]+\s+)?(?:clearance|security|military|"
                   r"counter-?terrorism|counter-?insurgency|sanitisation|sanitization|search|follow-up|mop-up|combing|"
                   r"intelligence-based)\s+operations?\b")
_IN_OPERATIONS_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?" + ARMY_OPERATIONS, re.IGNORECASE)
_VAGUE_FIGURE = re.compile(r"(?:the\s+)?(?:scores|dozens|hundreds|thousands)\b", re.IGNORECASE)
_VAGUE_QUANTITY = re.compile(rf"{VAGUE_NUMBER.pattern}|\b(scores of|other|others)\b")
AGGREGATE_HEADS = {"total", "number", "toll", "tally", "count"}


_FIGURE_QUALIFIER = r"(?:(?:at least|more than|some|about|nearly|over|around)\s+)?"
_FIGURE = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+|" + "|".join(sorted(WORDS_UP_TO_TWENTY, key=len, reverse=True))
_TOLL_FIGURE = f"{_FIGURE_QUALIFIER}({_FIGURE})"
_TOLL_PATTERNS: dict[Effect, re.Pattern[str]] = {
    effect: re.compile(
        # ("The bombings of 21 April 2019 killed ...": a year is no toll)
        # ("More than 100 people were killed or wounded": a figure over both effects, neither's)
        rf"(?<!\bno )(?<!\bno-)\b(?!(?:19|20)\d\d\b){_TOLL_FIGURE}\+?\s+(?:people\s+|persons\s+)?(?:(?:were|was|have been|had been)\s+)?(?:{states})\b"
        r"(?!\s+(?:or|and/or)\s+(?:wounded|injured|killed|dead|hurt)\b)"
        # "; 2 customs officers killed.": a brief's toll names who in a word or two, and ends its
        # clause ("four suicide bombers killed 52 people" is no toll of four; "36 other people
        # were injured in the ensuing panic" none GTD counts; "in 2015 gunmen killed" no year's)
        rf"|(?<!\bno )(?<!\bno-)\b(?!(?:19|20)\d\d\b){_TOLL_FIGURE}\+?\s+"
        rf"(?:(?!(?:who|that|which|had|have|has|were|was|other|others|more)\b)[a-z-]+\s+){{1,2}}"
        rf"(?:(?:were|was|have been|had been)\s+)?(?:{states})\b"
        rf"(?=\s*(?:[,.;:|)]|$)|\s+(?:at|on|near|by|when|during|after|and|while|as)\b|\s+in\b(?!\s+the\s+(?:ensuing\s+)?(?:panic|stampede|crush|chaos)))"
        # "334 hostages, more than half of them children, were killed": an aside between the
        # figure and its verb (which cuts the parse's subject from it)
        rf"|(?<!\bno )(?<!\bno-)\b(?!(?:19|20)\d\d\b){_TOLL_FIGURE}\+?\s+(?:[a-z-]+\s+)?[a-z-]+\s*,\s+[^,.;()]{{3,60}},\s+"
        rf"(?:were|was|have been|had been)\s+(?:{states})\b"
        # ("killed 66-year-old Orthodox priest Nikolai Kotelnikov": an age, not a toll)
        rf"|\b(?:{verbs})\s+{_TOLL_FIGURE}(?!\s*(?:am|pm|a\.m|p\.m|%))\b(?![-\s]+years?[-\s]+old\b)"
        # a fact box's field: "• Killed: 22 (plus the attacker)", "Injured: more than 800"
        rf"|^\W*(?:{fields})\s*:\s*{_TOLL_FIGURE}\b", re.IGNORECASE)
    # a security brief's "4 KIA, 6 WIA": killed and wounded in action
    for effect, states, verbs, fields in (
        ("kill", "dead|killed|deaths|died|who died|who were killed|KIA", "killed|killing", "killed|dead|deaths|fatalities"),
        ("wound", "wounded|injured|WIA", "wounded|wounding|injured|injuring", "injured|wounded|injuries"))}


# "Killed: 22 (plus the attacker)", "Death toll rises to 14, plus the bomber": the attackers beside
# the toll (GTD's nkill counts them too); "killed 26 people besides the two bombers"
PLUS_ATTACKERS = re.compile(r"(?:(?:\(|,)\s*(?:plus|besides|not counting|excluding|not including)|"
                            r"\s(?:besides|not counting|excluding|not including))\s+"
                            r"(?:the\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s))?"
                            r"(the|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:suicide\s+)?(?:attackers?|bombers?|"
                            # ("killed 57 people, not counting the three bombers and wounded more than 100")
                            r"perpetrators?|gunm[ae]n|assailants?|terrorists?)(?:\s*(?:\)|[.;,]|$)|\s+and\s)", re.IGNORECASE)


def stated_toll(text: str, effect: Effect) -> Optional[tuple[int, re.Match[str]]]:
    """A toll stated tersely, without a clause to parse: "89 dead", "| 8 killed, 48 wounded |",
    "in which 130 people were killed", "killing 12"; the first one, with its match."""
    match = _TOLL_PATTERNS[effect].search(text)
    while match is not None and _IN_OPERATIONS_AFTER.match(text, match.end()):
        match = _TOLL_PATTERNS[effect].search(text, match.end())  # (the army's dead, not the attack's)
    if match is None:
        return None
    count = parse_count(next(g for g in match.groups() if g))
    return count.value, match


# "14 people were killed in the two explosions at the airport ... and 20 in a blast about an hour
# later ... on a train leaving Maelbeek station": a second site's toll, its verb gapped
_GAPPED_SITE_TOLL = re.compile(
    rf"(?<!\bno )(?<!\bno-)\b(?!(?:19|20)\d\d\b){_TOLL_FIGURE}\+?\s+(?:people\s+|persons\s+)?(?:(?:were|was|have been|had been)\s+)?"
    r"(?P<effect>killed|dead|died|wounded|injured)\s+(?P<first>(?:in|at|on|inside|near)\s[^;:]{3,150}?)\s+and\s+"
    rf"{_FIGURE_QUALIFIER}(?P<second>{_FIGURE})\s+(?:more\s+|others?\s+|people\s+)?"
    r"(?P<where>(?:in|at|on|inside|near)\s[^;]+)", re.IGNORECASE)


@dataclass
class GappedToll:
    """The toll a sentence gives a second site by gapping its verb."""
    effect: Effect
    count: int
    first: tuple[int, int]  # where the first site's words lie in the text
    second: tuple[int, int]  # where the second site's figure and words lie (to the text's end)


def gapped_site_toll(text: str) -> Optional[GappedToll]:
    """"14 people were killed ... at the airport ... and 20 in a blast ... at Maelbeek station":
    the second site's toll, with where each site's words lie."""
    match = _GAPPED_SITE_TOLL.search(text)
    if match is None:
        return None
    count = parse_count(match.group("second"))
    if count is None or count.value is None:
        return None
    effect: Effect = "kill" if match.group("effect").lower() in ("killed", "dead", "died") else "wound"
    return GappedToll(effect, count.value, match.span("first"), (match.start("second"), len(text)))


@dataclass
class CasualtyStatement:
    effect: Effect
    count: int
    perpetrator: bool
    sentence: Span
    phrase: str
    # "Several soldiers were wounded": victims told without a figure (count 0 here); when no
    # sentence gives a figure either, the total is unknown, not zero
    uncounted: bool = False
    # "bringing the death toll to five": the total so far, not more people beside those told
    total: bool = False
    # "shot 11 Black people and two white people": hit, some of them killed; a wound figure only
    # where no sentence says how many were wounded
    implied: bool = False
    # "The suicide bomber also died" (after "security forces killed three of the attackers"):
    # more attackers beside those told; of victims, "five soldiers ... were also killed" is
    # mostly a part of the toll already given, so only the attackers' count adds up
    also: bool = False
    named: Optional[str] = None  # the one person it is about, by name ("Tori Johnson")
    aged: Optional[int] = None  # the one person it is about, by age ("A 15-year-old pupil")
    # "He then fired at a car ... and killed the 22-year-old man": the attacker's next deed, its
    # victims beside those of the deeds told before
    sequel: bool = False
    # "put the death toll at 14 including the attackers": a total that counts the attackers too
    # (of a perpetrators' statement, "Four of the attackers were among the dead": deaths that the
    # victims' toll already counts)
    with_attackers: bool = False
    # "one attacker blew himself up": the attacker's death told by his own deed
    own_death: bool = False


@dataclass
class Casualties:
    nkill: Optional[int] = 0
    nkillter: int = 0
    nwound: Optional[int] = 0
    nwoundte: int = 0
    statements: list[CasualtyStatement] = field(default_factory=list)
    wounded_who_died: int = 0  # "A second detainee died of his wounds": no longer among the wounded

    @property
    def stated(self) -> bool:
        return bool(self.statements)


_MONTH_WORD = re.compile(MONTH_NAMES + r"\.?", re.IGNORECASE)


def _day_of_month(number: Token) -> bool:
    """"Thursday 9 January": a number before a month's name is a day, not a count of people."""
    return number.i + 1 < len(number.doc) and bool(_MONTH_WORD.fullmatch(number.doc[number.i + 1].text))


def _count_noun_phrase(token: Token) -> Optional[int]:
    """How many people a noun phrase names: '15 people' -> 15, 'the driver' -> 1, 'people' -> None."""
    lower = token.lower_
    if lower in SUBJECT_PRONOUNS | OBJECT_PRONOUNS | REFLEXIVE_PRONOUNS or lower == "another":
        return 1
    if lower in PLURAL_PRONOUNS:
        return None
    if lower == "both" and not any(c.dep_ in ("prep", "compound") for c in token.children):
        return 2  # "Both were killed in a shootout with police hours later"
    if token.like_num and _day_of_month(token):
        return None  # "Thursday 9 January - ... SP Chaudhry Aslam Khan ... was killed": a day, not nine people
    if token.like_num or lower in {"dozens", "dozen", "scores", "hundreds", "thousands", "one"}:
        count = parse_count(" ".join(t.text for t in token.subtree if t.i <= token.i))
        if count is None:
            count = parse_count(token.text)
        return count.value if count else None
    left = token.left_edge
    if (left.i < token.i and left.like_num and left.dep_ == "compound" and left.head.dep_ == "compound"
            and left.head.head.i == token.i):
        # "Forty CRPF personnel were killed": the parser hangs the figure on the unit's name
        count = parse_count(left.text)
        if count is not None:
            return count.value
    for child in token.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.like_num) or (
                # '"Sixteen terrorists ... were sent to hell"': the figure opening a quote, which the
                # parser takes for a compound (not a year: "2019 attackers")
                child.dep_ == "compound" and child.like_num and child.i == token.i - 1
                and not (child.text.isdigit() and len(child.text) == 4)):
            if _day_of_month(child):
                continue  # ("Thursday 9 January")
            text = " ".join(t.text for t in child.subtree)
            count = parse_count(text) or parse_count(child.text)
            if count is not None:
                return count.value
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return 0  # "no consulate staff were hurt"
    if token.tag_ == "NNS" and any(c.lower_ == "both" for c in token.children):
        return 2  # "Both attackers were killed"
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if token.tag_ == "NNS" and named:
        return len(_conjoined(named[0]))  # "The attackers, Adel Kermiche and Abdel Malik Petitjean, ..."
    if token.tag_ in ("NN", "NNP") or token.pos_ == "PROPN":
        return 1
    if token.tag_ == "NNS" and any(c.lower_ in ("a", "an") for c in token.children):
        return 1
    return None


def _the_other(token: Token) -> bool:
    """"One of the terrorists blew himself up and the other was neutralized": the one left, a person."""
    return token.lower_ == "other" and token.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in token.children)


def _denotes_people(token: Token, perps: "PerpetratorModel") -> bool:
    """Only people are casualties: not 'the attack', 'the car' or 'which'."""
    lower = token.lower_
    if lower in SUBJECT_PRONOUNS | OBJECT_PRONOUNS | PLURAL_PRONOUNS | REFLEXIVE_PRONOUNS:
        return True
    if (lower in ("both", "another") and token.dep_ in ("nsubj", "nsubjpass")) or _the_other(token):
        return True  # ("A police officer was martyred and another was injured", "... and the other was neutralized")
    if token.pos_ == "PRON":
        return False
    if token.ent_type_ in ("QUANTITY", "MONEY", "PERCENT") and not token.like_num:
        return False  # "about 100 km (60 miles) south of the capital": a distance, not people
    if token.ent_type_ in ("GPE", "LOC", "FAC", "NORP") and any(t.text == ":" for t in token.subtree):
        return False  # "16 October 2020, Conflans-Sainte-Honorine: teacher X was beheaded": a heading
    if token.like_num or token.ent_type_ in ("PERSON", "NORP"):
        return True
    if lower in perps.name_tokens:
        return True  # "Altintas was killed by police": the attacker named earlier, whatever the NER says
    if token.pos_ == "PROPN" and token.dep_ == "conj" and token.head.ent_type_ == "PERSON":
        return True  # "Jack Merritt, 25, and Saskia Jones, 23": a name beside a name
    if token.pos_ == "PROPN" and lower in perps.person_tokens:
        return True  # "Lahouaiej-Bouhlel was shot dead", named in full as a person before
    lemma = token.lemma_.lower()
    people = load_lexicon().person_nouns
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and (c.lower_.rstrip(".") in _TITLES or c.lower_ in people)
                                     for c in token.children):
        return True  # "Bishop Mar Mari Emmanuel", whom the NER splits: a titled name is a person
    if token.pos_ == "PROPN" and not token.text.isupper() and any(
            c.dep_ == "appos" and c.tag_ == "NN" and (c.lower_ in people or c.lower_ in _TITLES) for c in token.children):
        return True  # "Bilal Anwar Kasi, president of the Balochistan Bar Association": what he was
    return (lower in people or lemma in people or lower in perps.nouns or lemma in perps.nouns
            or any(c.dep_ == "nummod" for c in token.children) or lower in {"dozens", "dozen", "scores", "hundreds"}
            or _age_told(token) is not None)  # "a 20-year-old teaching assistant": whoever has an age


_WOUND_WORDS_AFTER_A_COUNT = {"injured", "wounded", "hurt", "hospitalised", "hospitalized"}


def _conjoined(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if (child.dep_ == "conj" and child.pos_ == "NUM" and child.i + 1 < len(child.doc)
                and child.doc[child.i + 1].lower_ in _WOUND_WORDS_AFTER_A_COUNT
                and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("killed", "dead")):
            # "nine people killed and approximately 30 injured": the parser may join the wounded's
            # count to the dead; it is a figure of its own
            continue
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            out.extend(_conjoined(child))
        elif (child.dep_ == "appos" and child.pos_ == "NOUN" and token.lower_ not in _GENERIC_VICTIMS
              and any(c.dep_ == "nummod" for c in token.children) and any(c.dep_ == "nummod" for c in child.children)
              and any(c.dep_ == "cc" for c in child.children)):
            # "142 students, three police officers and three soldiers lost their lives": a list
            # the parser reads as an apposition (not "Three other people, two women and a man")
            out.extend(_conjoined(child))
        elif (child.dep_ == "appos" and child.pos_ == "NOUN" and _nationals(token)
              and any(c.dep_ == "amod" and country_from_demonym(c.text) for c in child.children)
              and any(c.dep_ == "cc" for c in child.children)):
            # "Two Americans, a Swiss national and a Dutch citizen died": people of other
            # nationalities listed after the first, not a breakdown of them
            out.extend(_conjoined(child))
        elif (child.dep_ == "appos" and child.tag_ == "NN" and token.tag_ == "NN"
              and all(any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) for t in (token, child))
              and any(c.dep_ == "cc" for c in child.children) and any(c.dep_ == "conj" for c in child.children)):
            # "wounding a sailor, a police officer and a Marine recruiter": three people listed,
            # the second read as an apposition of the first
            out.extend(_conjoined(child))
        elif child.dep_ == "appos" and child.ent_type_ == "PERSON" and token.tag_ == "NN":
            # "killing wrestling coach Moshe Weinberg and weightlifter Yossef Romano": the name
            # of the first is an apposition, the next person is coordinated with the name
            # ("Moro's driver, Domenico Ricci, and his chief bodyguard, Oreste Leonardi, died":
            # the next person named after his post, the way the first was)
            out.extend(c for c in _conjoined(child)[1:] if c.ent_type_ == "PERSON" or (
                c.tag_ == "NN" and any(g.dep_ == "appos" and g.pos_ == "PROPN" for g in c.children)))
    return out


def _nationals(token: Token) -> bool:
    """"Two Americans", "three Chinese nationals": people counted by their nationality."""
    return token.tag_ in ("NNS", "NNPS") and (country_from_demonym(token.text) or any(
        c.dep_ == "amod" and country_from_demonym(c.text) for c in token.children))


_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "other"}
_GENERIC_VICTIMS = {"people", "persons", "others", "victims", "civilians", "passengers", "worshippers", "passersby",
                    "individuals"}


def _without_breakdown(patients: list[Token]) -> list[Token]:
    """"Three other people, two women and a man, were injured": the parser hangs the breakdown
    of a counted group on it as a coordination; the people are the group's, counted once."""
    head = patients[0]
    if len(patients) < 2 or head.lower_ not in _GENERIC_VICTIMS or any(c.dep_ == "cc" for c in head.children):
        return patients
    total = _count_noun_phrase(head)
    parts = [_count_noun_phrase(p) for p in patients[1:]]
    if total is not None and all(n is not None for n in parts) and sum(parts) == total:
        return [head]
    return patients


def _descend_aggregate(token: Token) -> Token:
    """'A total of 18 people' -> 'people'."""
    if token.lower_ in AGGREGATE_HEADS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


_TITLES = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "bishop", "archbishop", "father", "reverend", "rev",
           "sheikh", "imam", "rabbi", "pastor", "sister", "brother", "sgt", "sergeant", "cpl", "capt", "captain", "col",
           "colonel", "gen", "general", "lt", "lieutenant", "officer", "constable", "judge", "senator", "president"}
_ATTACKER_DEEDS = {"stab", "shoot", "attack", "kill", "detonate", "ram", "bomb", "behead", "murder", "massacre",
                   "kidnap", "abduct", "hijack", "storm"}
# "Two bomb blasts near election candidates' offices in Balochistan", "Two suicide bombings struck
# churches in two cities": events at several sites (not "Two explosions tore through the departure
# hall", one site)
_IN_ALL = r"(?:in all|in total|all told|altogether)"  # the toll over all told before
SEVERAL_EVENTS = re.compile(r"\b(?:two|three|four|five|twin|\d)\s+(?:[\w-]+\s+){0,2}(?:attacks|bombings|blasts|explosions)\b"
                            r"(?=[^.;]*\b(?:(?:in|at)\s+(?:two|three|four|five|\d|several|separate|different)\b|"
                            r"(?:offices|churches|mosques|sites|locations|cities|towns|places|districts|provinces|"
                            r"checkpoints|markets|hotels|stations)\b))"
                            # "Suicide bombers attacked two mosques in Afghanistan ..., killing at least 60"
                            r"|\b(?:attacked|struck|hit|targeted|stormed)\s+(?:two|three|four|five|\d)\s+(?:[\w-]+\s+)?"
                            r"(?:mosques|churches|hotels|offices|markets|checkpoints|stations|schools|villages|towns|cities)\b"
                            # "killed two people in attacks on a cafe hosting a debate ... and on a synagogue"
                            r"|\b(?:attacks|shootings|bombings)\s+on\s+(?:an?|the)\s+[^.;]{1,80}?\band\s+on\s+(?:an?|the)\s"
                            # "Nearly simultaneous truck bombs exploded outside the United States
                            # embassies in Nairobi ... and Dar es Salaam"
                            r"|\b(?:simultaneous|coordinated)\s+(?:[\w-]+\s+){0,2}(?:attacks|bombings|blasts|explosions|bombs)\b"
                            # "In all, 40 people were killed" after each site's own toll
                            rf"|^\W*{_IN_ALL}\b",
                            re.IGNORECASE)
_IN_ALL_AFTER = re.compile(rf",?\s+{_IN_ALL}\b", re.IGNORECASE)
_VAGUE_WORDS = {"dozens", "dozen", "scores", "hundreds", "thousands"}


_KILLING_NOUNS = {"murder", "killing", "massacre", "martyrdom"}  # ("resulting in the martyrdom of five soldiers")


def _lost_lives(token: Token) -> bool:
    """"142 students ... lost their lives": died."""
    return token.lemma_.lower() == "lose" and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("lives", "life")
                                                 for c in token.children)


_COMRADE_NOUNS = {"soldiers", "men", "officers", "troops", "personnel", "comrades", "fighters", "policemen", "colleagues",
                  "soldier", "officer", "comrade", "fighter", "policeman", "colleague"}


def _lost_comrades(token: Token) -> bool:
    """"Unfortunately, we lost two soldiers": the force's own dead, told by its spokesman."""
    return token.lemma_.lower() == "lose" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _COMRADE_NOUNS and any(n.dep_ == "nummod" for n in c.children)
        for c in token.children)


def _lives_taken(token: Token) -> list[Token]:
    """"which claimed the lives of at least 160 civilians", "cost the lives of 12 people": those
    killed (empty where the verb is not so used)."""
    if token.lemma_.lower() not in ("claim", "take", "cost"):
        return []
    return [p for c in token.children if c.dep_ in ("dobj", "obj") and c.lower_ in ("lives", "life")
            for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]


# Pakistani military releases: "five soldiers embraced shahadat" (died), "all six terrorists were
# sent to hell" (killed)
_MARTYRDOM_WORDS = {"shahadat", "shahadah", "martyrdom"}


def _embraced_martyrdom(token: Token) -> bool:
    return token.lemma_.lower() == "embrace" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _MARTYRDOM_WORDS for c in token.children)


def _sent_to_hell(token: Token) -> bool:
    return token.lemma_.lower() == "send" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "hell" for g in c.children) for c in token.children)


def _throat_cut(token: Token) -> Optional[Token]:
    """The person whose throat the attacker slit ("slitting the throat of an 85-year-old priest",
    "cut the priest's throat"): reports tell a killing so."""
    if token.lemma_.lower() not in ("slit", "cut", "slash") or token.pos_ != "VERB":
        return None
    for throat in token.children:
        if throat.dep_ not in ("dobj", "obj") or throat.lower_ not in ("throat", "throats"):
            continue
        for child in throat.children:
            if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


_BODY_VERBS = {"receive", "recover", "retrieve", "pull", "bring", "collect", "find", "count"}


def _bodies_received(token: Token) -> Optional[int]:
    """How many dead "the bodies of 63 people" / "63 bodies" received or recovered counts."""
    if token.lower_ != "bodies" or token.dep_ not in ("dobj", "obj", "nsubjpass") or \
            token.head.lemma_.lower() not in _BODY_VERBS:
        return None
    count = _count_noun_phrase(token) if any(c.dep_ == "nummod" for c in token.children) else None
    for prep in token.children:
        if count is None and prep.dep_ == "prep" and prep.lower_ == "of":
            count = next((_count_noun_phrase(p) for p in prep.children if p.dep_ == "pobj"), None)
    return count


def _survived_injuries(token: Token) -> bool:
    """"three other people, who survived their injuries", "A police officer and a member of the
    public suffered minor injuries": wounded."""
    if token.lemma_.lower() not in ("survive", "suffer", "sustain"):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("injury", "wound", "burn") for c in token.children) or (
        # "his 53-year-old partner survived with serious wounds"
        token.lemma_.lower() == "survive" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ("injury", "wound", "burn") for g in c.children) for c in token.children))


def _effect_of(token: Token) -> Optional[Effect]:
    lemma = token.lemma_.lower()
    if _embraced_martyrdom(token) or _sent_to_hell(token):
        return "kill"
    if _survived_injuries(token):
        return "wound"
    if lemma in ("neutralise", "neutralize") and token.i > 0 and token.nbor(-1).text in ('"', "“", "'", "‘"):
        return None  # 160 assailants were "neutralised": the army's word, quoted at a distance
    if (lemma in KILL_LEMMAS or token.lower_ in {"killed", "killing", "died", "murdered"} or _lost_lives(token)
            or _lives_taken(token) or _lost_comrades(token)
            or (token.pos_ == "NOUN" and lemma in _KILLING_NOUNS)):
        return "kill"
    if lemma in WOUND_LEMMAS or token.lower_ in {"wounded", "wounding", "injured", "injuring"}:
        return "wound"
    if lemma in DEATH_MANNER_LEMMAS or token.lower_ in {"shot", "stabbed"}:
        # "shot the passenger to death", "were stabbed to death"
        for child in token.children:
            if child.dep_ in ("prep", "advmod") and child.lower_ == "to" and (
                any(g.lower_ == "death" for g in child.children) or _death_then_victim(child) is not None
            ):
                return "kill"
        shoot = lemma == "shoot" or token.lower_ == "shot"
        if any(c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") for c in token.children):
            return "kill"  # "He fatally stabbed Jack Merritt"
        if shoot and any(c.lower_ == "dead" for c in token.children):
            return "kill"  # "shot dead", and a timeline's "shoots him dead"
        # "shot the three men dead": the parser hangs "dead" on the object
        if shoot and any(c.dep_ in ("dobj", "obj") and any(g.lower_ == "dead" for g in c.children)
                                          for c in token.children):
            return "kill"
        if shoot or lemma == "stab" or token.lower_ == "stabbed":
            # "police shot the attacker in the leg": hit by gunfire and not said to have died
            # is a wound (a death said in the same sentence replaces it for that person)
            return "wound"
    if _is_hospitalisation(token):
        return "wound"
    if token.lemma_.lower() in ("pronounce", "declare", "confirm") and any(c.lower_ == "dead" for c in token.children):
        return "kill"  # "He was pronounced dead at the scene", "152 refugees confirmed dead"
    if token.dep_ == "oprd" and token.lower_ in STATE_WORDS and token.head.lemma_.lower() == "leave":
        return STATE_WORDS[token.lower_]  # "left two people dead"
    if (token.dep_ in ("dobj", "obj") and token.lower_ in STATE_WORDS and any(c.dep_ == "nummod" for c in token.children)
            and token.head.lemma_.lower() in ("count", "confirm", "report", "record", "put")):
        return STATE_WORDS[token.lower_]  # "Police initially counted 10 dead at the scene"
    return None


HOSPITAL_VERBS = {"take", "rush", "admit", "airlift", "fly", "transport", "bring", "carry", "treat"}
HOSPITAL_WORDS = {"hospital", "hospitals", "clinic", "clinics", "wound", "wounds", "injuries", "injury"}


def _is_hospitalisation(token: Token) -> bool:
    """'48 people were taken to hospitals', 'were being treated for gunshot wounds':
    GTD counts the people hospitalised by an attack among its wounded. Only passive
    clauses count ("he was taking a patient to hospital" is not a casualty)."""
    lemma = token.lemma_.lower()
    if lemma in {"hospitalize", "hospitalise"} or token.lower_ in {"hospitalized", "hospitalised"}:
        return True
    if lemma not in HOSPITAL_VERBS or not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "at", "in", "for"):
            if any(t.lower_ in HOSPITAL_WORDS for t in prep.subtree):
                # "was airlifted to hospital, where he was declared dead": a death, not a wound
                return not _DIED_THERE.search(token.sent.text[token.idx - token.sent.start_char:])
    return False


_DIED_THERE = re.compile(r"\b(where|and)\s+(he|she|they)\s+(was|were|later)?\s*(declared|pronounced|died|succumbed)\b"
                         r"|\b(was|were)\s+(later\s+)?(declared|pronounced)\s+dead\b", re.IGNORECASE)


TOLL_VERBS = {"rise", "climb", "reach", "increase", "jump", "stand", "hit", "grow", "be", "mount",
              "revise", "lower", "fall", "drop", "update", "put"}  # "has been revised down to 22"
# verbs that carry a toll as their object to a new figure: "raising the death toll to 100"
TOLL_RAISING_VERBS = {"raise", "bring", "take", "push", "lift", "put", "send",
                      "lower", "revise", "cut", "reduce"}  # "lowered the death toll ... to 23"


_INCLUDING_ATTACKERS = re.compile(r"\W*including\s+(?:the\s+|all\s+|both\s+)?(?:\w+\s+)?(?:attackers|bombers|assailants|gunmen|"
                                  r"militants|terrorists|perpetrators|hostage-takers)\b", re.IGNORECASE)
# the people a toll's figure counts ("rose to 25 martyrs", "to 40 dead")
_TOLL_NOUNS = {"martyr", "people", "person", "dead", "victim", "civilian", "fatality", "death"}


_WOUND_WORDS, _DEATH_WORDS = {"wounded", "injured", "hurt"}, {"killed", "dead", "deaths", "died"}


def _toll_statement(token: Token, sentence: Span) -> Optional[CasualtyStatement]:
    """'The death toll ... rose to 103', 'the number of persons killed ... has risen to 25',
    'bringing the toll to 14'."""
    raised = token.dep_ == "dobj" and token.head.lemma_.lower() in TOLL_RAISING_VERBS
    if token.dep_ not in ("nsubj", "nsubjpass") and not raised:
        return None
    words = {t.lower_ for t in token.subtree}
    if token.lower_ == "toll":
        effect: Effect = "wound" if words & {"injury", "injured", "wounded"} and "death" not in words else "kill"
    elif token.lower_ in ("number", "count", "tally") and words & {"killed", "dead", "deaths", "fatalities"}:
        effect = "kill"
    elif token.lower_ in ("number", "count", "tally") and words & {"wounded", "injured"}:
        effect = "wound"
    elif token.lower_ in ("figure", "count", "tally", "number") and raised:
        # "The ministry's first count gave 81 wounded; the next day its spokesman raised the
        # figure to 101": the figure the sentence gave before, of the one kind it names
        before = {t.lower_ for t in sentence if t.i < token.i}
        if not before & (_WOUND_WORDS | _DEATH_WORDS) and sentence.start > 0:
            # ("First reports ... spoke of 46 people hurt. Health officials later raised the
            # number to 65": the figure the sentence before gave)
            before = {t.lower_ for t in sentence.doc[sentence.start - 1].sent}
        wounds, deaths = before & _WOUND_WORDS, before & _DEATH_WORDS
        if bool(wounds) == bool(deaths):
            return None
        effect = "wound" if wounds else "kill"
    else:
        return None
    verb = token.head
    if verb.lemma_.lower() not in TOLL_VERBS and not raised:
        return None
    holders = list(verb.children)
    if raised:
        # "bringing the number of people killed to 51": the parser hangs "to 51" on "killed"
        holders += [t for t in token.subtree if t.dep_ == "prep" and t.lower_ == "to"]
        # ("has put the number of dead and missing at 116": "at 116" hung on "missing")
        holders += [g for c in verb.children if c.dep_ == "conj" and c.i > token.i
                    for g in c.children if g.dep_ == "prep" and g.lower_ == "at"]
    for child in holders:
        numbers = []
        # ("now put the death toll at more than 200")
        if child.dep_ == "prep" and child.lower_ in (("to",) if raised and verb.lemma_.lower() != "put" else ("to", "at")):
            numbers = [g for g in child.children if g.dep_ == "pobj" and g.like_num]
            # "the death toll had risen to 25 martyrs and 63 injured": the figure before its noun
            numbers += [n for g in child.children if g.dep_ == "pobj" and not g.like_num
                        and g.lemma_.lower() in _TOLL_NOUNS for n in g.children if n.dep_ == "nummod" and n.like_num]
        elif child.dep_ in ("attr", "dobj") and child.like_num and not raised:
            numbers = [child]
        for number in numbers:
            count = parse_count(" ".join(t.text for t in number.subtree)) or parse_count(number.text)
            if count is not None:
                after = sentence.doc.text[number.idx + len(number.text):number.idx + len(number.text) + 60]
                return CasualtyStatement(effect, count.value, False, sentence, f"{token.text} {verb.text} {number.text}",
                                         total=True, with_attackers=bool(_INCLUDING_ATTACKERS.match(after)))
    return None


def _subject_of(verb: Token) -> Optional[Token]:
    seen = 0
    if (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.head.children)):
        # "The missile struck the camp as troops were holding a parade, killing Brig. Gen. ...":
        # the participle tells what the missile did, not the troops of the clause it follows
        verb = verb.head.head
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
        else:
            return None
    return None


def _agent_of(verb: Token) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if verb.dep_ == "conj":
        return _agent_of(verb.head) if verb.head.i != verb.i else None
    for child in verb.children:
        if child.dep_ == "conj":
            for grandchild in child.children:
                if grandchild.dep_ == "agent":
                    return _agent_of(child)
    return None


def _death_then_victim(to: Token) -> Optional[Token]:
    """'to death police officer Keith Palmer' parsed as one noun phrase: its head, the victim."""
    for pobj in to.children:
        if pobj.dep_ == "pobj" and pobj.lower_ != "death" and any(
                t.lower_ == "death" and t.dep_ == "compound" and t.i == to.i + 1 for t in pobj.subtree):
            return pobj
    return None


def _along_with(verb: Token) -> list[Token]:
    """"Forty hostages were killed, along with 29 of the militants": the people killed with them."""
    found = []
    for child in verb.subtree:
        if (child.lower_ == "with" and child.i > 0 and child.doc[child.i - 1].lower_ in ("along", "together")
                and (child.head.i == verb.i or (child.head.i == child.i - 1 and child.head.head.i == verb.i))):
            found += [p for p in child.children if p.dep_ == "pobj"]
    for child in verb.children:
        if (child.dep_ == "advcl" and child.lemma_ in ("be", "do")
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)):
            # "Five Israelis and the bus driver were killed, as was the bomber"
            found += [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        elif (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and child.i >= verb.i + 3
              and any(c.dep_ == "cc" and c.lower_ == "as" and c.i >= 2 and child.doc[c.i - 1].lower_ == "well"
                      for c in verb.children)):
            # "The explosion killed six people, as well as the bomber"
            found.append(child)
    return found


_DASHES = {"-", "--", "—", "–"}


def _past_dateline(subject: Token) -> Token:
    """"QUITO, Aug 9 (Reuters) - Ecuadorean presidential candidate Fernando Villavicencio was shot
    dead": the parser may take the dateline's city for the subject and the story's subject for its
    apposition; the one who suffered is the apposition after the dash."""
    if subject.i != subject.sent.start or not subject.text.isupper():
        return subject
    dash = next((t for t in subject.sent if t.text in _DASHES), None)
    if dash is None:
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > dash.i]
    # ("MUNICH, Sept. 6, 1972 (AP) - All nine Israeli athletes held hostage ... were killed": or
    # the subject of a clause it hangs on the city)
    after += [t for t in subject.subtree if t.i > dash.i and t.dep_ in ("nsubj", "nsubjpass")
              and t.head.dep_ in ("acl", "relcl", "appos") and t.pos_ in ("NOUN", "PROPN")]
    return min(after, key=lambda t: t.i) if after else subject


def _in_apposition(first: Token, second: Token) -> bool:
    """Is `second` ("a local tribal leader") a singular noun phrase right after `first` ("the
    driver") and a comma, which says who the first is rather than adding someone?"""
    doc = first.doc
    return (first.tag_ == "NN" and second.tag_ == "NN" and second.left_edge.i == first.right_edge.i + 2
            and doc[first.right_edge.i + 1].text == ","
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in second.children)
            and not any(t.lower_ in ("and", "or") for t in second.subtree))


_RANK_WORDS = {"first", "only", "last", "second", "third", "latest", "highest-ranking", "most"}


def _renames(first: Token, second: Token) -> bool:
    """Is the second object, cut off by a comma, the first one's name or description, which the
    parser took for another object? "killed the Taliban governor of Balkh province, Mohammad Dawood
    Muzammil, in his office"; "killed the Taliban's refugees minister ..., the first cabinet member
    to die in an attack since ...": one man each."""
    doc = first.doc
    if not (second.i > first.i and second.left_edge.i > 0 and doc[second.left_edge.i - 1].text == ","
            and first.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in first.children)
            and not any(c.dep_ == "nummod" for c in second.children)
            and not any(t.dep_ == "cc" for t in second.subtree)):
        return False
    return ((second.ent_type_ == "PERSON" and second.tag_ == "NNP" and first.ent_type_ != "PERSON")
            or (second.tag_ == "NN" and any(c.dep_ == "amod" and c.lower_ in _RANK_WORDS for c in second.children)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in second.children)))


def _patients(verb: Token) -> tuple[list[Token], Optional[Token], bool]:
    """Who suffered the effect, the agent who caused it, and whether the clause is passive."""
    passive_subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "... and three passersby were slightly wounded": the parser sometimes hangs the
    # subject on the auxiliary
    passive_subject += [g for c in verb.children if c.dep_ in ("aux", "auxpass")
                        for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if (not passive_subject and verb.tag_ == "VBN" and verb.dep_ == "ROOT"
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "agent") for c in verb.children)):
        # a communiqué's line, a headline's passive: "- 63 terrorists neutralised;", "25 soldiers
        # killed" (the counted noun the parser makes the subject)
        passive_subject = [c for c in verb.children if c.dep_ == "nsubj" and any(g.dep_ == "nummod" for g in c.children)]
    if (not passive_subject and verb.tag_ == "VBN" and verb.dep_ == "conj"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children)):
        # "Eight people were killed and 48 injured", "... and three others injured": the auxiliary
        # is understood
        # ("Six men were killed and 19 other people injured": a counted noun, with no object)
        # ("... and some forty injured": the parser takes the figure for an adverb)
        passive_subject = [c for c in verb.children if (c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and c.i < verb.i)) and (
            c.like_num or (any(g.dep_ == "nummod" for g in c.children) and (
                c.lower_ in ("others", "more") or not any(o.dep_ in ("dobj", "obj") for o in verb.children))))]
    if (not passive_subject and verb.tag_ == "VBN" and verb.dep_ == "conj"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children)):
        # "20 hostages ... were hacked or shot to death": the subject of both verbs
        passive_subject = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if (not passive_subject and verb.dep_ == "conj" and verb.head.lemma_.lower() == "leave"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        # "left two people dead and five wounded": the understood "left" again
        passive_subject = [c for c in verb.children if c.dep_ == "nsubj" and c.like_num]
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if (not passive_subject and verb.dep_ == "conj" and auxiliary is not None and auxiliary.i > verb.sent.start
            and not any(c.dep_ == "nsubj" for c in verb.children)):
        # "Thirteen civilians ... embraced shahadat and 32 civilians were injured": the parser
        # joins the counted noun before "were" to the object before it; it is the subject
        before = verb.doc[auxiliary.i - 1]
        if (before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("conj", "dobj", "obj")
                and any(c.dep_ == "nummod" for c in before.children)):
            passive_subject = [before]
    if (not passive_subject and verb.dep_ == "conj" and auxiliary is not None
            and not any(c.dep_ == "nsubj" for c in verb.children)):
        # "Saipov exited the vehicle ... and was shot and wounded by a police officer": the
        # active verb's subject suffered the passive one
        passive_subject = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if passive_subject:
        return [_past_dateline(p) for p in passive_subject] + _along_with(verb), _agent_of(verb), True
    if verb.dep_ == "oprd" and verb.lower_ in STATE_WORDS:
        # "The attack left two people dead": the object of "left" is in that state
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
        if objects:
            return objects, None, True
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)):
        # "which resulted in one person killed" (not "Three suicide bombers killed at least 30
        # people", which the parser may read the same way)
        return [verb.head], _agent_of(verb), True
    if (verb.pos_ == "NOUN" and verb.lemma_.lower() in _KILLING_NOUNS and verb.dep_ == "pobj"
            and verb.head.lower_ in ("after", "following", "since", "before")):
        # "lawyers who had gathered after the killing of a prominent lawyer earlier in the day":
        # another deed, which the one told followed
        return [], None, True
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in _KILLING_NOUNS:
        # "for the murders of nine African-American parishioners", "the killing of two police officers"
        victims = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        return victims, None, True
    if lives := _lives_taken(verb):
        return lives, None, True
    if _lost_lives(verb):
        # ("A total of 142 students, 3 police officers and 3 soldiers lost their lives": the parser
        # may give the verb two subjects)
        return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")], None, True
    if (verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)):
        # "the operation ended ... with all four terrorists killed": the subject suffered it
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects, None, True
    if verb.lemma_.lower() in {"die", "perish"} or verb.lower_ in {"died", "dies", "die", "perished"} or (
            _embraced_martyrdom(verb) or _survived_injuries(verb)) or (
        verb.lower_ in STATE_WORDS and (verb.pos_ == "ADJ" or verb.dep_ in ("acomp", "amod", "attr"))
    ):
        subject = _subject_of(verb)
        if (subject is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and any(c.dep_ == "amod" and c.lower_ in _RANK_WORDS for c in subject.children)):
            # "..., the first cabinet member to die in an attack since ...": who the one killed
            # was, not another death
            return [], None, True
        # ("... along with five soldiers embraced shahadat")
        return ([subject] if subject is not None else []) + _along_with(verb), None, True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    # "killing two Swedish men ... and wounding a third, a taxi driver": the parser may hang the
    # apposition of the conjoined verb's object on the first verb, as a second object of its own
    later_objects = [o.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i
                     for o in c.children if o.dep_ in ("dobj", "obj")]
    objects = [o for o in objects if not any(i < o.i and o.left_edge.i > 0
                                             and o.doc[o.left_edge.i - 1].text == "," for i in later_objects)]
    # "killing the driver, a local tribal leader": one man, the second object in apposition to the first
    objects = [o for n, o in enumerate(objects) if n == 0 or not (_in_apposition(objects[n - 1], o)
                                                                   or _renames(objects[n - 1], o))]
    if not objects and verb.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in verb.children):
        # (not a passive's: "... to return it and was killed": he, not "it")
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        for child in verb.children:
            if child.dep_ == "conj":
                objects = [c for c in child.children if c.dep_ in ("dobj", "obj")]
                if objects:
                    break
    if objects:
        # "shot dead a 40-year-old woman ... and, shortly afterwards, a 20-year-old man": the
        # parser may hang the second object, cut off by commas, as a clause of its own
        objects += [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "NOUN" and c.i > objects[0].i
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for g in c.children)
                    and any(g.dep_ in ("det", "nummod") for g in c.children)]
    if not objects and verb.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP"):
        # "killed at least 43 farmers working on rice fields": the parser takes the victims for
        # the subject of the participle after them
        objects = [g for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.tag_ == "VBG" and c.i > verb.i
                   for g in c.children if g.dep_ == "nsubj" and verb.i < g.i < c.i
                   and any(x.dep_ == "nummod" for x in g.children)]
    if not objects:
        # "stabbed to death police officer Keith Palmer": the parser takes the victim for the
        # object of "to"
        objects = [v for v in (_death_then_victim(c) for c in verb.children if c.lower_ == "to") if v is not None]
    if not objects:
        # "police shot all three dead" / "shot dead all three": the parser hangs the number on
        # "dead", or on the verb as an adverb
        objects = [g for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in STATE_WORDS
                   for g in c.children if g.dep_ == "nummod" and g.like_num and g.i < c.i]
        objects += [c for c in verb.children if c.dep_ == "npadvmod" and c.like_num
                    and any(d.lower_ in ("all", "both") for d in c.children)]
    if objects:
        # ("The explosion killed six people, as well as the bomber")
        return objects + [t for t in _along_with(verb) if t.i > objects[0].i and t not in objects], _subject_of(verb), False
    # "killed one person ... before being shot dead by police": the subject of the clause the
    # "before / after being ..." phrase hangs on suffered it
    if (verb.dep_ == "pcomp" and any(c.dep_ == "auxpass" for c in verb.children)
            and verb.head.lower_ in ("before", "after", "until")):
        subject = _subject_of(verb.head.head)
        if subject is not None:
            # "Orlando, Florida (12 June 2016): Omar Mateen killed ...": a list item's place
            # heading can take the subject's slot, with the attacker in apposition to it
            named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                     or (c.dep_ == "appos" and c.pos_ == "PROPN" and subject.ent_type_ in ("GPE", "LOC"))]
            return [named[-1] if named else subject], _agent_of(verb), True
    # "was shot and killed": a conjoined verb inherits the passive subject of its head
    if verb.dep_ == "conj":
        inherited = [c for c in verb.head.children if c.dep_ in ("nsubjpass",)]
        if inherited:
            return inherited, _agent_of(verb), True
        if verb.head.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children):
            patients, agent, passive = _patients(verb.head)  # "... and was shot and wounded"
            if patients and passive:
                return patients, _agent_of(verb) or agent, True
        if any(c.dep_ == "auxpass" for c in verb.children) and verb.head.dep_ == "xcomp":
            # "A 13-year-old boy picked up the bag to return it and was killed when it exploded":
            # the subject of the clause the purpose hangs on
            subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects, _agent_of(verb), True
    return [], None, False


_DAYS_LATER = re.compile(r"\b(?:(?:two|three|four|five|six|seven|several|a few|\d+)\s+(?:days|weeks|months)|a\s+(?:week|month)"
                         r"|the\s+(?:following|next)\s+(?:week|month))\s+later\b", re.IGNORECASE)
_STRAY_FIRE = {"fragment", "shrapnel", "bullet", "crossfire", "ricochet", "round", "splinter"}


# a force named as the one its fighters or members belong to ("fighters of the Syrian Democratic
# Forces", "members of the Popular Mobilization Forces"): the side attacked, in this genre
_STATE_OR_ALLIED_FORCE = re.compile(r"\b(?:Forces|Army|Units|Guards?|Police|Peshmerga|Mobili[sz]ation|Gendarmerie)\b")


# words that put fighters on the side attacked ("volunteer fighters" of Burkina Faso's VDP,
# "pro-government militiamen", "self-defence fighters")
_ON_THE_STATES_SIDE = {"volunteer", "volunteers", "pro-government", "loyalist", "self-defence", "self-defense",
                       "vigilante", "auxiliary", "government", "army", "police", "allied"}


# nouns that say only who someone is, not what part they had ("the 27-year-old man")
_PLAIN_PERSON_NOUNS = {"man", "woman", "youth", "teenager", "boy", "girl", "migrant", "refugee", "national", "citizen"}


class PerpetratorModel:
    """Decides whether a noun phrase denotes a perpetrator of the incident at hand."""

    def __init__(self, names: Iterable[str] = (), extra_nouns: Iterable[str] = (), group: Optional[str] = None,
                 ages: Iterable[int] = ()):
        lex = load_lexicon()
        self.group = group  # the incident's perpetrator group (gname), where known
        self.ages = set(ages)  # the attackers' ages, where the report gives them
        self.nouns = set(lex.perpetrator_nouns) | {n.lower() for n in extra_nouns}
        self.name_tokens = {part.lower() for name in names for part in name.split() if len(part) > 2}
        self.force = lex.response_force
        self.last_subject_perp: Optional[bool] = None
        self.last_object_perp = False
        self.last_people_counted: Optional[int] = None  # "two police officers" in the sentence before
        self.shot_by_force_in: Optional[int] = None  # the sentence where the police shot "two men"
        self.person_tokens: set[str] = set()  # words of the people the incident's sentences name
        self.learned: set[str] = set()  # nouns that `learn` took for the attacker ("man", "driver")

    def learn(self, sentences: Iterable[Span]) -> None:
        """Nouns that act as the attacker in this incident ('the driver drove toward the
        bicycle path, hitting passersby') count as perpetrators in later sentences."""
        for sentence in sentences:
            self.person_tokens |= {t.lower_ for e in sentence.ents if e.label_ == "PERSON" for t in e
                                   if t.pos_ == "PROPN" and len(t) > 2}
            for token in sentence:
                if token.dep_ != "nsubj" or self.is_force(token) or token.head.lemma_.lower() not in ATTACKER_VERBS:
                    continue
                if token.head.lemma_.lower() in ("drive", "ram", "plough", "plow") and not (
                        # ("had a forged Michigan driving licence": a document, which the parser
                        # may read as Michigan driving)
                        token.head.i + 1 < len(token.doc)
                        and token.doc[token.head.i + 1].lower_ in ("licence", "license", "licences", "licenses", "permit", "test", "lessons")):
                    # "A Palestinian drives a truck into soldiers ... The driver is shot dead"
                    self.nouns.add("driver")
                if token.pos_ == "NOUN" and token.lower_ not in self.nouns and token.lower_ not in _GENERIC_VICTIMS:
                    # (not "more than 30 others injured after a suicide bomber drove ...", which
                    # the parser may make the driver)
                    self.nouns.add(token.lower_)
                    self.learned.add(token.lower_)

    def is_force(self, token: Optional[Token]) -> bool:
        if token is None or token.lemma_.lower() in _SERVICE_MEMBERS_NOT_FORCES:
            return False  # "An Army psychiatrist opened fire": one man who serves, not the responders
        text = " ".join(t.text for t in token.subtree) if token.n_lefts + token.n_rights < 6 else token.text
        return bool(self.force.search(text)) and token.lower_ not in self.nouns

    def _another_side(self, force: str) -> bool:
        """Is the force some fighters belong to not the attackers' own: a group other than the
        incident's ("fighters of the SDF" in an ISIL attack), or a state's or allied force?"""
        groups = find_groups(force)
        if groups:
            return names_a_group(self.group) and all(g.gname != self.group for g in groups)
        return bool(_STATE_OR_ALLIED_FORCE.search(force))

    def is_perp(self, token: Token) -> bool:
        lower = token.lower_
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and self._another_side(" ".join(t.text for t in p.subtree)) for p in c.children)
               for c in token.children):
            return False  # "Two fighters of the Syrian Democratic Forces (SDF) were killed": the force attacked
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and self._another_side(" ".join(t.text for t in c.subtree))
               for c in token.children):
            return False  # "killing two PMF fighters", "two Peshmerga fighters": the same, named before the noun
        if any(c.dep_ in ("amod", "compound") and c.lower_ in _ON_THE_STATES_SIDE for c in token.children):
            return False  # "40 volunteer fighters and soldiers were killed": the army's auxiliaries
        if lower == "driver" and any(c.dep_ == "poss" for c in token.children):
            return False  # "killing five Chinese nationals and their Pakistani driver": a victim
        if any(c.dep_ == "relcl" and (c.lemma_.lower() in _ATTACKER_DEEDS or (
                c.lemma_.lower() == "open" and any(o.lower_ == "fire" for o in c.children))) and any(
                g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children) for c in token.children):
            # "The man who stabbed two people ... before being shot dead by armed police" (also
            # "police shot dead a man who opened fire" where "man" was learned from "The suspect,
            # an 18-year-old Austrian man": the clause says which man)
            return True
        if (lower in self.learned and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
                and not (token.dep_ == "nsubj" and token.head.lemma_.lower() in ATTACKER_VERBS)):
            return False  # "a man attacked customers ... A 50-year-old man died at the scene": another man
        if lower in self.learned and token.dep_ == "conj" and token.head.pos_ == "NOUN" and not self.is_perp(token.head):
            return False  # "Four women and one man, aged between 50 and 70, were killed": one of those listed
        if (lower in _PLAIN_PERSON_NOUNS and self.ages and _age_told(token) in self.ages
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
            # "A Syrian migrant who blew himself up ... The 27-year-old man ... was killed": the
            # attacker told again by his age
            return True
        if lower in self.nouns or token.lemma_.lower() in self.nouns:
            return True
        if lower in self.name_tokens:
            return True
        if token.pos_ == "PROPN":
            phrase = {t.lower_ for t in token.subtree}
            if phrase & self.name_tokens:
                return True
        for child in token.children:
            # "The passenger, who has been named as Emad Al Swealmeen, 32, died": the noun the
            # attacker's name is given to, in apposition or in a clause that names him
            if child.dep_ == "appos" or (child.dep_ == "relcl" and child.lemma_.lower() in ("name", "identify")):
                if {t.lower_ for t in child.subtree if t.pos_ == "PROPN"} & self.name_tokens:
                    return True
        return False

    def classify(self, patient: Token, agent: Optional[Token], passive: bool) -> bool:
        if (patient.lower_ in self.learned and not passive and agent is not None and not self.is_force(agent)
                and (agent.lower_ in SUBJECT_PRONOUNS or self.is_perp(agent))):
            return False  # "a man attacked ... He then ... killed the 22-year-old man": his victim
        if self.is_perp(patient):
            return True
        if patient.like_num and patient.lower_ not in _VAGUE_WORDS and any(
                prep.dep_ == "prep" and prep.lower_ == "of" and any(p.dep_ == "pobj" and self.is_perp(p) for p in prep.children)
                for prep in patient.children):
            return True  # "four of the attackers were killed" (not "dozens of assailants", no figure)
        if patient.lower_ in REFLEXIVE_PRONOUNS:
            return True  # "detonated a bomb ..., killing 22 people and himself"
        if self.is_force(patient):
            return False
        if agent is not None and agent.lemma_.lower() in _STRAY_FIRE:
            return False  # "killed by fragments of a police bullet": hit by the rescuers' fire, not their target
        if agent is not None:
            if self.is_force(agent) and (patient.pos_ in ("PRON", "PROPN", "NUM") or patient.lower_ in
                                         {"man", "woman", "driver", "suspect", "men", "suspects", "gunmen",
                                          "assailants", "attackers"} or _part_of_them(patient, self)
                                         # "One of the attackers blew himself up and three others were
                                         # shot dead by security forces"
                                         or (patient.lower_ == "others" and any(self.is_perp(t) for t in patient.sent
                                                                                 if t.i < patient.i))):
                self.shot_by_force_in = patient.sent.start
                return True  # police shot the man / "he was shot by police" / "police shot all five dead": the attackers
            if self.is_perp(agent):
                return False
        if (patient.lower_ in SUBJECT_PRONOUNS or patient.lower_ == "both" or (
                # "Three of our fighters took part in the operation ... All three were martyred"
                patient.like_num and patient.pos_ == "NUM" and any(c.lower_ == "all" for c in patient.children))
        ) and passive and self.last_subject_perp:
            return True  # "He was wounded" / "Both were killed" right after a sentence about the attackers
        if (patient.lower_ in ("men", "women") and any(c.lower_ == "both" for c in patient.children)
                and self.shot_by_force_in is not None and self.shot_by_force_in < patient.sent.start):
            return True  # "two men were shot by police. Both men were taken to separate hospitals"
        if patient.lower_ in SUBJECT_PRONOUNS and passive and any(
                a.dep_ == "relcl" and self.is_perp(a.head) for a in patient.ancestors):
            return True  # "a gunman who then stormed Parliament's Centre Block, where he was shot dead"
        if patient.lower_ in SUBJECT_PRONOUNS and self.last_object_perp and patient.head.lemma_.lower() == "die":
            return True
        if patient.lower_ in SUBJECT_PRONOUNS | {"they"} and passive and _shot_before_he_was(patient):
            # "A ... guard shot dead a colleague ..., killing two pilgrims ... before he was shot
            # dead"; "A heavily armed man and woman ... opened fire ..., killing 14 people ...
            # before they were killed in a shootout with police"
            return True
        if patient.dep_ == "attr" and (self.last_object_perp or self.last_subject_perp) and any(
                c.dep_ == "nsubj" and c.lower_ in SUBJECT_PRONOUNS for c in patient.head.children):
            return True  # "Police named the bomber as X ... He was the only person killed": the bomber
        if patient.lower_ in _ORDINALS and any(self.is_perp(t) for t in patient.sent if t.i < patient.i):
            return True  # "Three of the assailants were killed ... and the fourth died": the fourth assailant
        return False

    def observe_sentence(self, sentence: Span) -> None:
        root = sentence.root
        subject = _subject_of(root)
        self.last_people_counted = next(
            (_count_noun_phrase(t) for t in sentence if t.dep_ in ("dobj", "obj", "pobj", "nsubj", "nsubjpass")
             and t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children) and not self.is_perp(t)
             and _denotes_people(t, self)), None)
        # "Police officers ... shot the perpetrator. He died of his injuries": the one shot is
        # whom the next sentence's "he" is about
        self.last_object_perp = bool(subject is not None and self.is_force(subject) and any(
            c.dep_ in ("dobj", "obj") and self.is_perp(c) for c in root.children))
        if subject is not None and subject.lower_ not in SUBJECT_PRONOUNS:
            self.last_subject_perp = self.is_perp(subject) or (subject.like_num and _part_of_them(subject, self))
        if _NAMED_AS.search(sentence.text) and any(t.lower_ in self.name_tokens for t in sentence):
            # "we have identified the person responsible as Anthony Quinn Warner, 63. He was present
            # when the bomb went off and he died in the explosion": the attacker just named
            self.last_subject_perp = True


def _shot_before_he_was(patient: Token) -> bool:
    """"X opened fire ..., killing four people before he was shot dead": the "he" of a clause of
    "before" or "until" is the one who did what the sentence's active main verb tells."""
    verb = patient.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in verb.children):
        return False
    main = verb.head
    while main.dep_ in ("advcl", "xcomp", "conj") and main.head.i != main.i:
        main = main.head
    if any(t.lower_ in ("him", "her", "them") for t in patient.doc[min(main.i, patient.i):patient.i]):
        return False  # "A gunman seized a businessman and held him for days until he was killed": the hostage
    # (one man: "Gunmen stormed the house ... before he was shot dead" is not of them; "they",
    # of several: a plural subject or a subject with others joined to it)
    if patient.lower_ == "they":
        return any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or (
            c.tag_ in ("NN", "NNP") and any(j.dep_ == "conj" for j in c.children))) for c in main.children)
    return any(c.dep_ == "nsubj" and c.lower_ not in SUBJECT_PRONOUNS and c.tag_ in ("NN", "NNP")
               for c in main.children)


_NAMED_AS = re.compile(r"\b(?:identified|named)\b[^.;]{0,60}?\bas\b", re.IGNORECASE)


# people of an army or a police force who are not its fighting men ("an Army psychiatrist", "a
# Marine veteran"): as attackers they act alone
_SERVICE_MEMBERS_NOT_FORCES = {"psychiatrist", "psychologist", "veteran", "reservist", "deserter", "chaplain",
                               "doctor", "contractor", "recruiter"}


def _part_of_them(patient: Token, perps: "PerpetratorModel") -> bool:
    """"Security forces battled the attackers ..., killing three of them": a part of the
    attackers (or of "them", whom the forces fought)."""
    for prep in patient.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if any(p.dep_ == "pobj" and (p.lower_ in PLURAL_PRONOUNS or perps.is_perp(p)) for p in prep.children):
                return True
    return False


def _included_perpetrators(patient: Token, perps: PerpetratorModel) -> int:
    """How many attackers a toll says it includes: "12 people, including the bomber" -> 1,
    "including two of the attackers" -> 2; 0 when it says none."""
    for prep in patient.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            # "four people have died, including the officer and the attacker"
            included = sum(_count_noun_phrase(t) or 1 for t in _conjoined(pobj) if perps.is_perp(t))
            if included:
                return included
    return 0


def _attackers_counted(sentence: Span, perps: "PerpetratorModel") -> Optional[int]:
    """How many attackers the sentence counts ("Two Palestinian gunmen"), if it does."""
    for token in sentence:
        if token.pos_ == "NOUN" and perps.is_perp(token):
            numbers = [c for c in token.children if c.dep_ == "nummod"]
            if numbers:
                return _count_noun_phrase(token)
            joined = _conjoined(token)
            if len(joined) > 1 and all(t.tag_ in ("NN", "NNP") for t in joined):
                return len(joined)  # "A heavily armed man and woman ... before they were killed"
    return None


def _blows_self_up(token: Token) -> bool:
    """"one attacker blew himself up", "a bomber detonated herself": the attacker's death."""
    return token.lemma_.lower() in ("blow", "detonate", "explode") and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVE_PRONOUNS | {"themselves"} for c in token.children)


def _takes_own_life(token: Token) -> bool:
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if token.lemma_.lower() == "shoot" and any(o.lower_ in REFLEXIVE_PRONOUNS | {"themselves"} for o in objects):
        # "Police said he had shot himself": his death (not "shot himself in the leg")
        return not any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.lemma_.lower() in ("leg", "foot", "hand", "arm", "thigh", "knee") for g in c.subtree) for c in token.children)
    if token.lemma_.lower() == "take":
        return any(o.lemma_.lower() in ("life", "live", "lives") and any(g.lower_ == "own" for g in o.children)
                   for o in objects)
    return token.lemma_.lower() == "commit" and any(o.lower_ == "suicide" for o in objects)


_INTENT_LEMMAS = {"intend", "plan", "try", "want", "aim", "threaten", "plot", "attempt", "seek", "hope", "vow",
                  "conspire", "prepare", "mean"}


def _person_named(patient: Token) -> Optional[str]:
    """The name of the one person a statement is about ("café manager Tori Johnson"), if named."""
    if patient.pos_ != "PROPN" or patient.ent_type_ != "PERSON":
        return None
    entity = next((e for e in patient.doc.ents if e.start <= patient.i < e.end), None)
    return entity.text if entity is not None else patient.text


_SEQUENCE_WORDS = {"then", "next", "later", "afterwards", "subsequently"}


def _next_deed(verb: Token, passive: bool, perps: "PerpetratorModel") -> bool:
    """Whether the attacker's deed is told as the next one ("He then fired at a car ... and
    killed ..."): active, by the attacker (named before or "he"), after a sequence word."""
    if passive:
        return False
    subject = _subject_of(verb)
    if subject is None or perps.is_force(subject) or not (
            subject.lower_ in ("he", "she", "they") or perps.is_perp(subject)):
        return False
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    if any(c.dep_ == "advmod" and c.lower_ in ("first", "initially") for c in verb.children):
        return False  # "first shot dead three traffic police officers ..., then seized ...": the first deed
    # (the word comes before its verb: a "then" after the object opens the next clause, whatever
    # the parse hangs it on)
    return any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE_WORDS and c.i < v.i for v in chain for c in v.children)


_AGE_BEFORE = re.compile(r"\b(\d{1,2})\s*-\s*year\s*-\s*old\b", re.IGNORECASE)


def _age_told(patient: Token) -> Optional[int]:
    """The age given to the one person a phrase is about ("a 15-year-old pupil"), if any."""
    left = patient.left_edge.i
    found = _AGE_BEFORE.search(patient.doc[left:patient.i].text) if left < patient.i else None
    return int(found.group(1)) if found else None


_GRIEVANCE_NOUNS = {"response", "revenge", "retaliation", "reprisal", "answer", "vengeance"}


def _killed_or_wounded(token: Token) -> bool:
    """"were killed or wounded", "dead or injured": one figure over both effects."""
    pairs = [(token, c) for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        pairs.append((token.head, token))
    for first, second in pairs:
        if (any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)
                and {_effect_of(first), _effect_of(second)} == {"kill", "wound"}):
            return True
    return False


def _in_grievance(token: Token) -> bool:
    """Is the deed told as what the attack answered ("a natural response to an Israeli raid in
    Nablus last week in which 11 Palestinians were killed")? Those are not its casualties."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ in ("to", "for") and ancestor.head.lemma_.lower() in _GRIEVANCE_NOUNS:
            return True
        if ancestor.lemma_.lower() in ("avenge", "revenge"):
            return True  # "saying they avenged the killing of bomb maker Yahya Ayyash"
    return False


def _intended_only(token: Token) -> bool:
    """"intending to kill", "tried to kill", "a plot to kill": what the attacker set out to do."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return token.dep_ in ("xcomp", "acl", "advcl") and token.head.lemma_.lower() in _INTENT_LEMMAS


_ATTACKER_NOUNS = r"(?:suicide\s+)?(?:attackers?|bombers?|assailants?|gunm[ae]n|militants?|terrorists?|perpetrators?|hostage-takers?)"
# a sentence of its own saying the toll counts the attackers: "The toll includes the two
# attackers", "Four of the attackers were among the dead", "Among the dead were both bombers",
# "Two of the dead were the attackers"
_TOLL_INCLUDES_ATTACKERS = re.compile(
    rf"\b(?:the\s+(?:death\s+)?toll|the\s+dead|those\s+killed|the\s+fatalities)\s+(?:also\s+)?"
    rf"(?:includes?|included|counts?|counted)\s+(?:the\s+|all\s+|both\s+)?(?P<n>[\w-]+\s+)?{_ATTACKER_NOUNS}\b"
    rf"|\b(?P<n2>[\w-]+)\s+of\s+the\s+{_ATTACKER_NOUNS}\s+(?:were|was)\s+(?:also\s+)?among\s+the\s+"
    rf"(?:dead|killed|fatalities)\b"
    rf"|\bamong\s+the\s+(?:dead|killed|fatalities)\s+(?:were|was|are|is)\s+(?:the\s+|all\s+|both\s+)?"
    rf"(?P<n3>[\w-]+\s+)?{_ATTACKER_NOUNS}\b"
    rf"|\b(?P<n4>[\w-]+)\s+of\s+the\s+(?:dead|killed|fatalities)\s+(?:were|was)\s+(?:the\s+)?{_ATTACKER_NOUNS}\b"
    # "lowered the death toll from Saturday night's triple suicide bombings on Bali to 23, including
    # the three bombers"
    rf"|\btoll\b[^.;]{{0,80}}?\bto\s+(?:\d+|[a-z]+)\s*,\s+including\s+(?:the\s+|all\s+)?(?P<n5>[\w-]+\s+)?{_ATTACKER_NOUNS}\b",
    re.IGNORECASE)


def _attackers_in_toll(sentence: Span) -> Optional[CasualtyStatement]:
    """How many attackers a sentence says the toll already counts ("The toll includes the two
    attackers": 2), as a statement of their deaths that is part of the toll, not beside it."""
    match = _TOLL_INCLUDES_ATTACKERS.search(sentence.text)
    if match is None:
        return None
    words = (match.group("n") or match.group("n2") or match.group("n3") or match.group("n4") or match.group("n5")
             or "").strip()
    noun = match.group(0).split()[-1].lower()
    if words.lower() == "both":
        count = 2
    elif words:
        told = parse_count(words)
        if told is None:
            return None  # "the toll includes the foreign attackers": how many is not said
        count = told.value
    elif noun.endswith("s") or noun.endswith("men"):
        return None  # "the toll includes the attackers": how many is not said here
    else:
        count = 1  # "the dead include the bomber"
    return CasualtyStatement("kill", count, True, sentence, match.group(0), with_attackers=True)


_AS_MANY_WOUNDED = re.compile(r"\b(?:killed|dead)\s+and\s+as\s+many\s+(?:others\s+)?(?:were\s+)?(?:injured|wounded|hurt)\b",
                              re.IGNORECASE)


# the rest of a name, then "and five other worshippers"
_DETACHED_OTHERS = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s+and\s+((?:at least\s+)?(?:\d+|"
                              + "|".join(WORDS_UP_TO_TWENTY) + r"))\s+other\s+[a-z]+\b", re.IGNORECASE)


def _dateline_town(token: Token, sentence: Span) -> bool:
    """"BELEDWEYNE - At least 21 people were killed": the town a wire was filed from, which the
    parser may make a subject of the sentence it opens."""
    return (token.i == sentence.start and token.text.isupper() and len(token.text) > 1
            and token.i + 1 < sentence.end and token.nbor().text in ("-", "—", "–", ":", ","))


def casualty_statements(sentence: Span, perps: PerpetratorModel) -> list[CasualtyStatement]:
    statements: list[CasualtyStatement] = []
    included = _attackers_in_toll(sentence)
    if included is not None:
        statements.append(included)
    seen: dict[int, CasualtyStatement] = {}
    for token in sentence:
        toll = _toll_statement(token, sentence)
        if toll is not None:
            statements.append(toll)
            plus = PLUS_ATTACKERS.search(sentence.text) if toll.effect == "kill" else None
            if plus:
                told = parse_count(plus.group(1))
                statements.append(CasualtyStatement("kill", told.value if told is not None else 1, True,
                                                    sentence, plus.group(0), total=True))
            continue
        blows_up = _blows_self_up(token)
        if blows_up or _takes_own_life(token):
            # "He then took his own life", "the gunman committed suicide": in an attack report,
            # the attacker's death
            subject = _subject_of(token)
            count = (_count_noun_phrase(subject) if subject is not None else None) or 1
            statements.append(CasualtyStatement("kill", count, True, sentence,
                                                subject.text if subject is not None else token.text,
                                                own_death=blows_up))
            continue
        victim = _throat_cut(token)
        if victim is not None and _denotes_people(victim, perps):
            statements.append(CasualtyStatement("kill", _count_noun_phrase(victim) or 1, False, sentence,
                                                " ".join(t.text for t in victim.subtree)))
            continue
        bodies = _bodies_received(token)
        if bodies:
            # "The city's emergency hospital said it had received the bodies of 63 people"
            statements.append(CasualtyStatement("kill", bodies, False, sentence, " ".join(t.text for t in token.subtree)))
            continue
        effect = _effect_of(token)
        if effect is None or _in_grievance(token):
            continue
        if _killed_or_wounded(token):
            continue  # "More than 100 people were killed or wounded": neither figure is told
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "the two girls, who were not hurt": no casualty
        if token.lower_ in ("died", "dies") and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.like_num and len(g.text) == 4 for g in c.children)
                for c in token.children):
            continue  # "the bomber ..., an Argentine leftist, who died in Argentina in 1989": his death years on
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children):
            continue  # '"All Jews must die"', "they will kill more": a threat, not a casualty
        if _intended_only(token):
            continue  # "intending to kill the 52 worshippers inside": an aim, not a toll
        if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lower_ in _PANIC for g in c.children)
               for c in token.children):
            continue  # "injured in the ensuing panic": not a direct result of the attack (GTD)
        if _IN_OPERATIONS_AFTER.match(token.doc.text, token.idx + len(token.text)):
            continue  # "21 militants were killed in clearance operations across the province": the army's
        patients, agent, passive = _patients(token)
        if not patients and token.lower_ in STATE_WORDS:
            # "(November 2015, 89 dead)", "left 22 dead": a count attached to the state word
            count = _count_noun_phrase(token)
            if count and any(c.dep_ == "nummod" or c.like_num for c in token.children):
                statements.append(CasualtyStatement(STATE_WORDS[token.lower_], count, False, sentence, token.text))
            continue
        for head in patients:
            if head.lower_ in ("who", "that") and head.head.dep_ == "relcl":
                head = head.head.head  # "the attacker, who died in the blast": the antecedent died
            for patient in _without_breakdown(_conjoined(_descend_aggregate(head))):
                elliptic = (patient.lower_ in ("more", "others") and any(c.like_num for c in patient.children)
                            # "A police officer was martyred and another was injured"
                            or (patient.lower_ == "another" and patient.dep_ in ("nsubj", "nsubjpass"))
                            or _the_other(patient))
                if patient.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and not patient.like_num and not elliptic:
                    continue  # ("killing 16 more": the people are understood)
                if any(c.dep_ == "prep" and c.lower_ == "among" for c in patient.children) and len(patients) > 1:
                    continue  # "24 people, among them two newborns": part of a toll already counted
                if patient.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                        p.lower_ in ("them", "those") for p in c.children) for c in patient.children) and any(
                        s.effect == effect and not s.perpetrator and s.count >= (_count_noun_phrase(patient) or 0)
                        for s in statements):
                    continue  # "Four members of a family were wounded, three of them seriously": of those counted
                if not _denotes_people(patient, perps) or _dateline_town(patient, sentence):
                    continue
                count = _count_noun_phrase(patient)
                if count is None and patient.lower_ in ("they", "them") and perps.classify(patient, agent, passive):
                    # "Two Palestinian gunmen opened fire ... before they were shot dead": as many as told
                    count = _attackers_counted(sentence, perps)
                elif count is None and patient.lower_ in _ORDINALS and any(c.lower_ == "the" for c in patient.children):
                    count = 1  # "Three of the assailants were killed ... and the fourth died of his wounds"
                elif count is None and patient.lower_ == "them" and not passive:
                    # "a man attacked two police officers from behind with a knife. He took their
                    # service weapons and shot them dead": the people just told
                    count = perps.last_people_counted
                if count is None:
                    if (_VAGUE_QUANTITY.search(" ".join(t.lower_ for t in patient.subtree if t.i <= patient.i))
                            # ("killing civilians and volunteers who were digging trenches": people
                            # killed, their number untold)
                            or (patient.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in patient.children)
                                and patient.dep_ in ("dobj", "obj", "conj", "nsubjpass"))) \
                            and not perps.classify(patient, agent, passive):
                        statements.append(CasualtyStatement(effect, 0, False, sentence, patient.text, uncounted=True))
                    continue
                is_perp = perps.classify(patient, agent, passive)
                if is_perp and token.lemma_.lower() == "execute":
                    continue  # "McVeigh was executed on June 11, 2001": his sentence, years later
                if is_perp and _DAYS_LATER.search(" ".join(t.text for t in token.subtree if t.i > token.i)):
                    continue  # "was shot dead by police four days later": the manhunt's end, another day
                phrase = " ".join(t.text for t in patient.subtree)
                included = _included_perpetrators(patient, perps)
                if included and not is_perp and included < count:
                    # "12 people, including the bomber": nkill 12, of them nkillter 1
                    statements.append(CasualtyStatement(effect, included, True, sentence, phrase))
                    count -= included
                statement = CasualtyStatement(effect, count, is_perp, sentence, phrase,
                                              # "stabbed a police officer to death, killing five
                                              # people in all": the toll with those told before
                                              total=bool(_IN_ALL_AFTER.match(
                                                  sentence.doc.text, patient.right_edge.idx + len(patient.right_edge))),
                                              implied=effect == "wound" and token.lemma_.lower() in ("shoot", "stab"),
                                              also=any(c.dep_ == "advmod" and c.lower_ == "also" for c in token.children),
                                              named=_person_named(patient) if count == 1 else None,
                                              aged=_age_told(patient) if count == 1 else None,
                                              sequel=_next_deed(token, passive, perps)
                                              and patient.lower_ not in _GENERIC_VICTIMS)
                previous = seen.get(patient.i)
                if previous is not None:
                    if previous.effect == "wound" and effect == "kill":
                        statements.remove(previous)  # wounded and then died: killed only
                    else:
                        continue
                seen[patient.i] = statement
                statements.append(statement)
                detached = _DETACHED_OTHERS.match(sentence.doc.text, patient.right_edge.idx + len(patient.right_edge))
                if count == 1 and detached and not any(
                        detached.start() <= sentence.doc[i].idx < detached.end() for i in seen):
                    # "killing JUI-S chief Maulana Hamidul Haq Haqqani and five other worshippers",
                    # where the small parser cut the name short and took the rest for another
                    # clause: the others killed beside him
                    others = parse_count(detached.group(1))
                    if others is not None:
                        statements.append(CasualtyStatement(effect, others.value, False, sentence,
                                                            detached.group(0).strip()))
    perps.observe_sentence(sentence)
    if not any(s.perpetrator and s.effect == "kill" and not s.own_death and _OTHERS.search(s.phrase) for s in statements):
        # told alone, a bomber's own death is counted from the whole report (`count_suicide_bombers`
        # knows how many bombers there were); beside "three others were shot dead" it adds one
        statements = [s for s in statements if not s.own_death]
    plus = PLUS_ATTACKERS.search(sentence.text)
    if (plus and not any(s.perpetrator and s.effect == "kill" for s in statements)
            and any(s.effect == "kill" and not s.perpetrator for s in statements)):
        # "killed 57 people, not counting the three bombers": the clause the toll rule reads
        # also when the verb, not a toll phrase, told the deaths
        told = parse_count(plus.group(1))
        statements.append(CasualtyStatement("kill", told.value if told is not None else 1, True,
                                            sentence, plus.group(0), total=True))
    if not any(s.effect == "wound" for s in statements) and _AS_MANY_WOUNDED.search(sentence.text):
        # "Five Army personnel were killed and as many injured": as many wounded as killed
        killed = [s for s in statements if s.effect == "kill" and not s.perpetrator and not s.total]
        if len(killed) == 1 and killed[0].count:
            statements.append(replace(killed[0], effect="wound", named=None, aged=None))
    return statements


def _distinct_names(names: set[str]) -> set[str]:
    """People named, one per person: "Vargas" after "Jorge Adolfo Vargas Gonzalez" is the same man."""
    words = {name: set(name.lower().split()) for name in names}
    return {name for name in names
            if not any(other != name and words[name] < words[other] for other in names)}


# kinds of victims no two of which overlap: a toll of soldiers and one of civilians, told in two
# sentences, are different people (two tolls of one kind, or of "people", may be one told twice)
_VICTIM_KINDS = {
    **dict.fromkeys(("soldier", "soldiers", "troops", "servicemen", "jawans", "paramilitaries", "personnel"), "military"),
    **dict.fromkeys(("policemen", "policeman", "constables", "constable", "police", "officers", "officer",
                     "policewomen", "cops"), "police"),
    **dict.fromkeys(("civilian", "civilians", "villagers", "villager", "residents", "passersby", "bystanders"), "civilian"),
}


def _victim_kind(statement: CasualtyStatement) -> Optional[str]:
    """"Thirteen innocent civilians , including women and children ," -> "civilian"."""
    words = statement.phrase.split(",")[0].split()
    return _VICTIM_KINDS.get(words[-1].lower()) if words else None


def _tolls_by_kind(statements: list[CasualtyStatement], effect: Effect,
                   claimed_sentences: set[int]) -> Optional[dict[str, int]]:
    """"... resulting in the martyrdom of five soldiers. Thirteen innocent civilians ... embraced
    shahadat": victims of different kinds told in different sentences add up (5 + 13). The
    largest figure of each kind, when every toll of the effect names a kind and two or more
    kinds come from different sentences; None otherwise."""
    victims = [s for s in statements if s.effect == effect and not s.perpetrator and not s.uncounted]
    if any(s.total or s.implied or s.sentence.start in claimed_sentences for s in victims):
        return None
    kinds: dict[str, int] = {}
    for statement in victims:
        kind = _victim_kind(statement)
        if kind is None:
            return None
        kinds[kind] = max(kinds.get(kind, 0), statement.count)
    if len(kinds) < 2 or len({s.sentence.start for s in victims}) < 2:
        return None
    return kinds


# "A second detainee died of his wounds days later", "Two of the wounded later died": deaths of
# people counted among the wounded (GTD's nwound counts the injured who survived)
_DIED_OF_WOUNDS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+"
                                   r"(?:his|her|their|the)\s+(?:wounds|injuries)\b")
_OF_THE_WOUNDED_PHRASE = re.compile(r"\bof the (?:wounded|injured)$", re.IGNORECASE)
_OF_THE_WOUNDED = re.compile(r"\b([\w-]+)\s+of\s+the\s+(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:died|succumbed)\b",
                             re.IGNORECASE)


def _other_than_another_effect(statement: CasualtyStatement, statements: list[CasualtyStatement]) -> bool:
    """"killing a police officer and wounding two other officers": "other" than the one killed in
    the same sentence, not more wounded beside those told before."""
    return any(s.effect != statement.effect and not s.perpetrator and len(_head_noun(s)) > 2
               and re.search(rf"\bother\s+(?:[\w-]+\s+){{0,2}}?{re.escape(_head_noun(s))}s?\b", statement.phrase,
                             re.IGNORECASE)
               for s in statements[:statements.index(statement)])


def _head_noun(statement: CasualtyStatement) -> str:
    """The singular of the last word of a statement's phrase ("a municipal police officer": "officer")."""
    return statement.phrase.split()[-1].lower().rstrip("s")


def count_wounded_who_died(sentence: Span, statements: list[CasualtyStatement]) -> int:
    """How many of those the sentence tells dead had been counted as wounded before."""
    if any(s.effect == "wound" for s in statements):
        return 0  # ("... two of the wounded died; 20 remain in hospital": the figure is told anew)
    died = 0
    for statement in statements:
        if statement.effect != "kill" or statement.perpetrator or statement.total:
            continue
        at = sentence.text.find(statement.phrase)
        if at >= 0 and (_OF_THE_WOUNDED_PHRASE.search(statement.phrase)
                        or _DIED_OF_WOUNDS_AFTER.match(sentence.text, at + len(statement.phrase))):
            died += statement.count
    if not died and any(s.effect == "kill" and s.total for s in statements):
        # "One of the injured succumbed to his wounds on Sunday, raising the death toll to four"
        told = _OF_THE_WOUNDED.search(sentence.text)
        count = parse_count(told.group(1)) if told else None
        died = count.value if count is not None else 0
    return died


# a figure told as the first one, which later ones replace, to the end of its clause ("Initial
# reports on 14 August gave between 150 and 160 dead", "first reported 39 dead but later ...")
PRELIMINARY_FIGURES = re.compile(r"\b(?:(?:initial|early|earlier|first|preliminary)\s+(?:[\w-]+\s+)?(?:reports?|figures?|estimates?|counts?|tolls?)"
                                 # (not "Police initially counted 10 dead at the scene; four more
                                 # victims died ...": a first part of the toll, not a figure replaced)
                                 r"|(?:initially|first)\s+(?:reported|put|gave|said))\b[^;]*?(?=;|\bbut\b|$)", re.IGNORECASE)


REVISED_FIGURES = re.compile(r"\b(?:updated|latest|revised|final)\s+(?:official\s+|provisional\s+|overall\s+)?"
                             r"(?:figures?|toll|death\s+toll|casualty\s+figures?|count|tally)\b", re.IGNORECASE)


def _preliminary(statement: CasualtyStatement) -> bool:
    text = statement.sentence.text
    clauses = [m.span() for m in PRELIMINARY_FIGURES.finditer(text)]
    if not clauses or not statement.phrase:
        return False
    word = re.search(rf"\b{re.escape(statement.phrase.split()[0])}\b", text)
    return word is not None and any(lo <= word.start() < hi for lo, hi in clauses)


def count_casualties(sentences: Iterable[Span], perps: PerpetratorModel) -> Casualties:
    """The incident's nkill / nkillter / nwound / nwoundte from all its sentences."""
    best: dict[tuple[Effect, bool], int] = {}
    claimed: dict[tuple[Effect, bool], int] = {}
    implied: dict[tuple[Effect, bool], int] = {}
    implied_nouns: dict[tuple[Effect, bool], set[str]] = {}  # "a municipal police officer" stabbed: "officer"
    # the figure the latest sentence that gave one told, per effect ("killing 35 people ... | Two
    # more of the wounded later died": two more than those 35, whatever total the lead gave)
    last_told: dict[tuple[Effect, bool], int] = {}
    result = Casualties()
    generic_told: set[tuple[Effect, bool]] = set()
    claimed_sentences: set[int] = set()
    claim = load_lexicon().claimed
    sentences = list(sentences)
    # "Two suicide bombings struck churches in two cities, killing at least 44 people. The first
    # blast hit St. George's Church in Tanta, killing 27": where a sentence gives this site's own
    # toll, the total over several sites is not this one's
    several = [s for s in sentences if SEVERAL_EVENTS.search(s.text)]
    if several and len(several) < len(sentences):
        # (a site's own toll, not one named victim: "his daughter Rima was killed in the lobby",
        # "both of their fathers were killed" leave the total over the three hotels standing)
        own = [s for s in sentences if s not in several and any(
            st.effect == "kill" and not st.perpetrator and not st.implied and not st.named
            and re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|"
                          r"hundreds?)\b", st.phrase, re.IGNORECASE)
            for st in casualty_statements(s, PerpetratorModel()))]
        if own:
            sentences = [s for s in sentences if s not in several]
    vague: dict[tuple[Effect, bool], int] = {}
    preliminary: dict[tuple[Effect, bool], int] = {}
    revised: dict[tuple[Effect, bool], int] = {}  # the figures a sentence gives as the updated ones
    wounded_who_died = 0
    for sentence in sentences:
        per_sentence: dict[tuple[Effect, bool], int] = {}
        others: dict[tuple[Effect, bool], int] = {}
        totals: dict[tuple[Effect, bool], int] = {}
        implied_here: dict[tuple[Effect, bool], int] = {}
        others_of_a_kind_stabbed: set[tuple[Effect, bool]] = set()
        statements = casualty_statements(sentence, perps)
        wounded_who_died += count_wounded_who_died(sentence, statements)
        for statement in statements:
            key = (statement.effect, statement.perpetrator)
            if statement.implied and not statement.perpetrator:
                # "Bishop X and Father Y were stabbed": both, in one sentence
                implied_here[key] = implied_here.get(key, 0) + statement.count
                implied_nouns.setdefault(key, set()).add(_head_noun(statement))
                result.statements.append(statement)
                continue
            if _preliminary(statement):
                # "The Emergencies Ministry first reported 39 dead but later withdrew that figure":
                # a figure later ones replace, kept only where no other is told
                preliminary[key] = max(preliminary.get(key, 0), statement.count)
                result.statements.append(statement)
                continue
            if _VAGUE_FIGURE.match(statement.phrase) and not statement.total and not any(
                    s.effect == statement.effect and s.perpetrator == statement.perpetrator
                    and not _VAGUE_FIGURE.match(s.phrase) for s in statements):
                # "killing scores of the insurgents" ... "Over 30 terrorists were neutralised": a
                # vague word's figure only where no other sentence gives one (in its own sentence,
                # "killed dozens of people, including at least seven who ...", it stands)
                vague[key] = max(vague.get(key, 0), statement.count)
                result.statements.append(statement)
                continue
            if statement.total:
                totals[key] = max(totals.get(key, 0), statement.count)
            elif (((_OTHERS.search(statement.phrase) and not _other_than_another_effect(statement, statements)
                    # ("Two of the wounded later died": deaths beside those told; "Ten of the
                    # wounded were seriously injured" are no more wounded)
                    or (_OF_THE_WOUNDED_PHRASE.search(statement.phrase) and statement.effect == "kill"))
                   and not statement.perpetrator)
                  or (statement.also and statement.perpetrator)
                  or (statement.sequel and not statement.perpetrator and key not in generic_told)
                  # "Bukhari was shot dead ... One of his two personal security officers was also
                  # killed": beside the one person told before
                  or (statement.also and not statement.perpetrator and best.get(key, 0) == 1
                      and key not in generic_told)):
                others[key] = others.get(key, 0) + statement.count
                if _OTHERS.search(statement.phrase) and any(
                        re.search(rf"\b{re.escape(noun)}s?\b", statement.phrase, re.IGNORECASE)
                        for noun in implied_nouns.get(key, ()) if len(noun) > 2):
                    others_of_a_kind_stabbed.add(key)
            else:
                per_sentence[key] = per_sentence.get(key, 0) + statement.count
            result.statements.append(statement)
            if statement.phrase.split()[-1].lower() in _GENERIC_VICTIMS:
                generic_told.add(key)  # "killed 12 people": a toll, of which later deeds are parts
        for key, value in implied_here.items():
            implied[key] = max(implied.get(key, 0), value)
        for key, value in totals.items():
            # "Three people were killed ...; two of the wounded later died, bringing the death
            # toll to five": the toll is the sentence's figure, not one more to add
            per_sentence[key] = max(per_sentence.get(key, 0), value)
        # "The group said in a statement that it had killed 23 soldiers": the perpetrators' own
        # figure counts only where no one else gives one
        # ("A missile attack claimed by Yemen's Houthi rebels ... killed at least 36 people": the
        # reporter's toll of an attack said to be claimed, not the claimant's figure)
        into = claimed if any(not m.group(0).endswith("claimed by ") for m in claim.finditer(sentence.text)) \
            and not _TOLL_OF_THE_CLAIMED_ATTACK.search(sentence.text) else best
        if into is claimed:
            claimed_sentences.add(sentence.start)
        for key, value in per_sentence.items():
            into[key] = max(into.get(key, 0), value)
            if into is best and REVISED_FIGURES.search(sentence.text):
                revised[key] = value  # "Updated figures from MDA and hospitals: four killed; seven people wounded"
        for key, value in others.items():
            # "The governor was wounded and two other officials were killed": more people than
            # those told before (not where the sentence gives the new total itself: "A third
            # victim died of his wounds on Friday, raising the toll to three")
            # ("stabbed a municipal police officer ... | Two other municipal police officers were
            # wounded": beside the one stabbed)
            # (not "stabbed James Furlong, ... and Joseph Ritchie-Bennett | He also attacked three
            # other people, who survived": other than the dead, not than those stabbed)
            stabbed_before = implied.get(key, 0) if into is best and key in others_of_a_kind_stabbed else 0
            if into is best and key not in per_sentence and key in last_told:
                # ("A suicide car bombing that killed 37 people ... | ... killing 35 people ... |
                # Two more of the wounded later died": the 35 and two, the lead's 37)
                last_told[key] = max(last_told[key], stabbed_before) + (0 if key in totals else value)
                into[key] = max(into[key], last_told[key])
            else:
                before = max(into.get(key, 0), stabbed_before)
                if key in per_sentence and key not in totals:
                    # "Police initially counted 10 dead at the scene; four more victims died ...
                    # overnight": more than the sentence's own figure, within the lead's 14
                    into[key] = max(before, per_sentence[key] + value)
                else:
                    into[key] = max(before, per_sentence.get(key, 0)) + (0 if key in totals else value)
                if into is best:
                    last_told[key] = into[key]
        if into is best:
            for key, value in per_sentence.items():
                if key not in others:
                    last_told[key] = value
    # (the last updated figure stands, whatever larger one was told before it: "MDA: at least 10
    # people hurt" ... "Updated figures ...: seven people wounded by gunfire")
    best.update(revised)
    for key, value in (*vague.items(), *preliminary.items()):
        best.setdefault(key, value)
    for key, value in claimed.items():
        if key[1]:
            # ("... saying its fighters had killed 'two members of the PKK militia'": the
            # claimant's victims, whatever the words; the attackers' own dead it does not count)
            continue
        best.setdefault(key, value)
    for key, value in implied.items():
        if key == ("wound", False) and key not in best:
            # "Two police officers were stabbed ... One of the officers ... died": those hit who
            # died are not also wounded (GTD's nwound counts the injured who survived)
            value = max(0, value - min(best.get(("kill", False), 0), value))
        best.setdefault(key, value)
    for effect in ("kill", "wound"):
        # "Monis shot café manager Tori Johnson dead. ... Barrister Katrina Dawson was killed ...":
        # people told one by one, by name, in sentences of their own, are so many people; so are
        # people told by their ages ("A 20-year-old teaching assistant died at the scene. A
        # 15-year-old pupil died later in hospital")
        for told in (_distinct_names({s.named for s in result.statements
                                      if s.effect == effect and s.named and not s.perpetrator}),
                     {s.aged for s in result.statements if s.effect == effect and s.aged and not s.perpetrator}):
            if len(told) > best.get((effect, False), 0):
                best[(effect, False)] = len(told)
    for effect in ("kill", "wound"):
        by_kind = _tolls_by_kind(result.statements, effect, claimed_sentences)
        if by_kind is not None and sum(by_kind.values()) > best.get((effect, False), 0):
            best[(effect, False)] = sum(by_kind.values())
    uncounted = {s.effect for s in result.statements if s.uncounted}
    killed_perps = best.get(("kill", True), 0)
    wounded_perps = best.get(("wound", True), 0)
    if killed_perps and wounded_perps <= killed_perps:
        wounded_perps = 0  # the attacker shot and then killed is one death, not also a wound
    result.nkillter = killed_perps
    result.nkill = best.get(("kill", False), 0) + killed_perps
    with_attackers = max((s.count for s in result.statements if s.with_attackers and s.effect == "kill"
                          and not s.perpetrator), default=0)
    if killed_perps and with_attackers == best.get(("kill", False)) and with_attackers > killed_perps:
        # "which put the death toll at 14 including the attackers": 14 dead, three of them attackers
        result.nkill = with_attackers
    elif killed_perps and best.get(("kill", False), 0) > killed_perps and any(
            s.with_attackers and s.perpetrator and s.effect == "kill" for s in result.statements):
        # "killing 23 people ... Four of the attackers were among the dead": 23 dead, four of them
        # attackers
        result.nkill = best[("kill", False)]
    result.nwoundte = wounded_perps
    result.wounded_who_died = min(wounded_who_died, best.get(("wound", False), 0))
    result.nwound = best.get(("wound", False), 0) - result.wounded_who_died + wounded_perps
    if "kill" in uncounted and not best.get(("kill", False)):
        result.nkill = None  # "several people were killed" and no figure anywhere
    if "wound" in uncounted and not best.get(("wound", False)):
        result.nwound = None
    return result
