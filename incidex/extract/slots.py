"""Fill the GTD slots of one incident mention from its sentences.

Each slot is read from the sentences the mention owns (minus the masked background parts),
and the sentence that gave the value is kept as evidence.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Optional, Sequence

from spacy.tokens import Span, Token

from incidex.extract.casualties import (PLUS_ATTACKERS, PRELIMINARY_FIGURES, SEVERAL_EVENTS, VAGUE_NUMBER, PerpetratorModel, count_casualties,
                                       stated_toll)
from incidex.extract.lexicon import load_lexicon
from incidex.extract.mentions import (ANAPHORIC_LEAD, ARMED_MEN_ATTACKED, DEED_INTENDED, GROUP_RECORD, Contribution, IncidentMention, SentenceInfo,
                                     blank as _blank)
from incidex.extract.segment import TableRow
from incidex.model import UNKNOWN_GROUP, IncidentRecord, Perpetrator, Place, names_a_group
from incidex.normalize.countries import country_from_demonym, normalize_country
from incidex.normalize.dates import MONTH_PATTERN
from incidex.normalize.gazetteer import resolve_country, resolve_place
from incidex.normalize.groups import UNIT_WORD_BEFORE, find_groups, is_branch_of
from incidex.normalize.numbers import parse_count

# GTD's attack-type hierarchy: when an incident has several types, the one higher in this
# list is attacktype1 (GTD Codebook, "Attack Information").
ATTACK_HIERARCHY = [
    "Assassination", "Hijacking", "Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)",
    "Bombing/Explosion", "Armed Assault", "Unarmed Assault", "Facility/Infrastructure Attack", "Unknown",
]
WEAPON_ARMED = {"Firearms", "Melee"}
JIHADI_INSPIRED = "Jihadi-inspired extremists"

_WEAPON_CONTEXT = re.compile(
    r"\b(armed with|threaten(ed|ing)? (\w+ ){0,3}with|wielding|brandishing|waving|carrying|used an?|using an?|with an?)\b",
    re.IGNORECASE,
)
# "The militants used guns, knives and homemade bombs": the weapons named right after "used" (not
# "to prevent weapons being used")
_WEAPONS_USED = re.compile(r"\b(?:used|using)\s+(?!to\b)(?P<what>[^.;:]{1,60})", re.IGNORECASE)
_RESPONSE_CLAUSE = re.compile(
    r"\b(was|were|been|being)\s+(\w+\s+){0,3}(shot|killed|arrested|detained|wounded|neutrali[sz]ed|captured|overpowered|subdued|chased|confronted|shot dead|stopped|tackled|challenged|restrained|grabbed)\s+(\w+\s+){0,3}by\s+"
    # (not "was shot and killed in Bayview Cemetery by the suspects, David N. Anderson, ...": the attackers)
    r"(?!(?:the\s+|a\s+|an\s+|two\s+|three\s+)?(?:suspects?|attackers?|assailants?|gunm[ae]n|terrorists?|militants?|"
    r"shooters?|bombers?|perpetrators?)\b)[^,.;:()]*"
    # "one of the two people who died appeared to have been hit by a bullet fired by armed officers
    # as they tried to stop the attacker": the police's shot, not the attack's weapon
    r"|\b(?:hit|struck|killed|wounded)\s+by\s+(?:an?\s+|the\s+)?(?:stray\s+|police\s+)?(?:bullets?|shots?|gunfire)\s+"
    r"(?:fired\s+)?by\s+(?:the\s+)?(?:armed\s+|police\s+)?(?:officers?|police|policem[ae]n|soldiers|troops|"
    r"security\s+forces|gendarmes)\b[^,.;:()]*"
    # "Both assailants were killed ..., one by an armed civilian and the other by a police officer"
    r"|\b(?:one|the other|another|both|the second|the first)\s+by\s+(?:an?\s+|the\s+|another\s+)?(?:off-duty\s+)?"
    r"(?:police(?:\s+officers?)?|policem[ae]n|officers?|soldiers?|troops|security forces|gendarmes?)\b"
    # "The driver is shot dead.", "The gunman was later shot": what was done to the attacker
    r"|\b(?:the\s+)?(?:attackers?|assailants?|gunm[ae]n|driver|bombers?|stabbers?|terrorists?|perpetrators?|"
    r"shooters?|hostage-takers?)\s+(?:is|was|were|are)\s+(?:later\s+|then\s+|also\s+)?(?:shot dead|shot and killed|"
    r"shot|neutrali[sz]ed)\b(?:\s+(?:\w+\s+){0,3}?by\s+[^,.;:()]*)?"
    # "A food delivery driver who drove his car at the attacker was hailed as a hero": who stopped him
    r"|\b(?:who\s+)?(?:drove|rammed|steered|drives|rams)\s+(?:his|her|their|a|the)\s+(?:car|vehicle|van|truck)\s+"
    r"(?:at|into)\s+the\s+(?:attacker|assailant|gunman|suspect|stabber|knifeman|terrorist)\b"
    # "Outcome: Perpetrator killed by police after a three-hour standoff": a fact sheet's short form
    r"|\b(perpetrators?|attackers?|assailants?|gunm[ae]n|shooters?|bombers?|stabbers?|terrorists?|hostage-takers?)\s+"
    r"(shot|killed|arrested|detained|wounded|neutrali[sz]ed|captured|overpowered|subdued|shot dead)\s+(\w+\s+){0,3}by\s+[^,.;:()]*"
    r"|\b(the\s+|a\s+)?(special\s+|french\s+|armed\s+)?(police(\s+(officers?|force|forces|unit))?|soldiers|troops|security forces|officers|gendarmes|gendarmerie|force|swat\s+team|commandos|(?:armed\s+|security\s+)?guards|security\s+guard)"
    # (not "police were killed when a suicide bomber rammed ...": there the police are the victims)
    # ("Police officers who arrived at the school shot the perpetrator")
    # (not "a security guard who was shot in the hand": a victim)
    r"(?:\s+who(?:\s+(?!(?:was|were|had\s+been|has\s+been)\b)\w+){1,6}?)?"
    # ("Police officers from the BRI special intervention unit shot the two men dead")
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?(?=\s+(?:shot|killed|stormed|overpowered|neutrali[sz]ed|arrested)\b))?"
    r"(\s+(?!(?:was|were|been|being|are|is|had|have|has)\b)\w+){0,3}\s+(shot|shoots|killed|kills|arrested|stormed|storms?|raids?|broke into|overpowered|neutrali[sz]ed|raided|chased|detained|captured|opened fire|returned fire|fired|rammed|tackled|stopped|cornered|confront(?:s|ed)|freed|rescued|evacuated|ringed|surrounded|cordoned off|sealed off|besieged)[^,.;:]*"
    # ("Burkina Faso security forces, backed by French troops, freed 126 hostages")
    r"|\b(?:backed|supported|assisted|aided|helped)\s+by\s+(?:[\w-]+\s+){0,2}(?:troops|forces|soldiers|police|commandos)\b",
    re.IGNORECASE,
)
# Who told the story is not who was attacked: "a French police source said", "according to police"
_SOURCE_CLAUSE = re.compile(
    r"\baccording to (?:[^,.;]*,\s*){0,3}[^,.;]*|\b(\w+\s+)?(police|security|military|army|government|intelligence)\s+"
    # ("the Adamawa State Police Command spokesman, Othman Abubakar, said")
    # ("Kabul police district chief Mawlawi Sabir said")
    r"(?:(?:command|department|service|force|headquarters|district|station)\s+)?(sources?|spokes(man|woman|person)|officials?|chief|commissioner|statement)\b"
    # ("police and fire officials said")
    r"|\b(police|officials|authorities|investigators|prosecutors?|military|army)(\s+and\s+[\w-]+(\s+officials)?)?(\s+on\s+\w+day)?(\s+(?:have|has|had))?\s+(said|say|says|told|reported|"
    r"believe\w*|described|stated|confirmed|identified|named|declared|announced|blamed|accused)\b"
    # "..., the mayor said on Monday": the one who tells, not the one attacked
    # ("the mayor of the commune told AFP")
    # ("a local lawmaker said", "the lawmaker representing Malumfashi, told Reuters")
    r"|\b(the\s+)?([\w'-]+\s+){0,2}(mayor|governor|minister|prefect|spokes(man|woman|person)|officials?|officers?|"
    r"lawmakers?|legislators?|councill?ors?|senators?|MPs?)"
    r"(\s+(of|representing|for)\s+(the\s+)?[\w'-]+(\s+[\w'-]+)?)?"
    # ("the governor of Antioquia, Andres Julian Rendon, said")
    r"(,\s+((?-i:[A-Z])[\w'-]+\s+){0,3}(?-i:[A-Z])[\w'-]+,)?,?\s+(said|says|told|added|confirmed|stated)\b"
    # "Health ministry spokesman Wahid Majroh said": the office, then the name, then the saying
    r"|\b([\w'-]+\s+){0,2}(ministry|police|army|military|government|provincial|hospital)\s+(spokes(man|woman|person)|official|chief|director)"
    r"\s+((?-i:[A-Z])[\w'-]+\s+){1,3}(said|says|told|added|confirmed|stated)\b"
    # "Interior Minister Suleyman Soylu said", "the defence ministry said"
    r"|\b([\w'-]+\s+){0,2}(minister|mayor|governor|prefect|spokes(man|woman|person)|president|secretary|commissioner|"
    # ("Inspector General of Police Zulfiqar Hameed told Dawn")
    r"superintendent|inspector general)(\s+of\s+(the\s+)?[\w-]+)?\s+((?-i:[A-Z])[\w'-]+\s+){1,3}(said|says|told|added|confirmed|stated)\b"
    # ("Russia's foreign ministry and Afghan police said")
    # ("The foreign ministry on Friday confirmed that two Italian engineers ... were kidnapped")
    r"|\b([\w'-]+\s+){0,2}(ministry|department|government)\s+(and\s+(?:[\w'-]+\s+){1,2})?((also|later|further|today|yesterday|"
    r"(on\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?(said|says|told|reported|added|confirmed|"
    r"stated|announced)\b"
    # ("The United Nations Assistance Mission in Afghanistan (UNAMA) said on Monday that")
    r"|\b(?:the\s+)?(?:(?-i:[A-Z])[\w'-]+\s+(?:(?:of|for|in|on)\s+(?:the\s+)?)?){1,7}\((?-i:[A-Z]{2,8})\)\s+"
    r"(?:said|says|told|reported|added|stated|announced)\b"
    r"|\b(the\s+)?([\w'-]+\s+){0,2}(red cross|red crescent|charity|aid (group|agency)|rights group|monitor|observatory|hospital|"
    # ("a local official and aid workers said Wednesday")
    r"aid (workers|officials|groups|agencies)|humanitarian (workers|officials|groups)|relief workers|residents|witnesses)"
    r"\s+(said|says|told|reported|added|confirmed|stated)\b",
    re.IGNORECASE,
)


# who is shot dead by a police officer in a passive clause: the attacker, unless the clause's
# subject is a victim ("Russia's ambassador ..., was shot dead by an off-duty police officer")
_VICTIM_SUBJECT = re.compile(
    r"\b(ambassador|envoy|consul|diplomat|mayor|judge|minister|governor|senator|politician|candidate|president|"
    r"prosecutor|lawmaker|journalist|priest|imam|rabbi|worshippers?|civilians?|child|children|tourists?|students?|"
    r"pupils?|teachers?|bystanders?|passers-?by)\b[^.;]{0,70}$", re.IGNORECASE)


# "slitting the throat of a priest ... before they were shot dead by police": the doers, whatever
# victim the clause before names
_DOER_PRONOUN_BEFORE = re.compile(r"\b(before|after|until|when|as)\s+(they|he|she)\s+$", re.IGNORECASE)


def blank_responses_to_attack(text: str) -> str:
    """`text` with the responders' clauses blanked ("the attacker was shot dead by police",
    "police stormed the building"), so that their guns are not the attack's weapons."""
    def blank(match: re.Match) -> str:
        by = re.search(r"\bby\s+(?:(?:a|an|the|two|three|several|suspected|armed|lone|masked|unknown)\s+)*([\w-]+)",
                       match.group(0), re.IGNORECASE)
        if by and by.group(1).lower() in load_lexicon().perpetrator_nouns:
            return match.group(0)  # "A soldier ... was shot and killed by a gunman": the attack itself
        before = text[max(0, match.start() - 80):match.start()]
        if match.group(0)[:4].lower() in ("was ", "were") and _VICTIM_SUBJECT.search(before) \
                and not _DOER_PRONOUN_BEFORE.search(before):
            return match.group(0)
        return " " * len(match.group(0))
    return _RESPONSE_CLAUSE.sub(blank, text)


# the small words of Arabic and European names ("Taimour Abdulwahab al-Abdaly", "Abu Bakr al Baghdadi")
_PARTICLE = r"(?:al|el|bin|ben|abu|ibn)-[A-Z][a-z’'\-]+|al|bin|ben|el|van|de|von"
_NAME_WORD = r"(?:[A-Z][a-z’'\-]+|al|bin|ben|el|van|de)"
_NAMED_ATTACKERS = re.compile(
    rf"(?:^|[:;]\s+)([A-Z][a-z’'\-]+(?:\s+{_NAME_WORD}){{1,3}})(?:\s+and\s+([A-Z][a-z’'\-]+(?:\s+{_NAME_WORD}){{1,3}}))?"
    # ("- Turku, 18 August: Abderrahman Bouanane, an 18-year-old Moroccan, stabbed people")
    r"(?:\s*,\s*(?:an?\s+)?\d{1,2}(?:-year-old(?:\s+[\w-]+){0,3})?\s*,)?"
    r"\s+(?:opened fire|killed|stabbed|shot|detonated|drove|rammed|attacked|blew|set off|stormed|took|kidnapped)\b")
# "Cherif Chekatt, 29, a petty criminal born in Strasbourg who ..., opened fire": a name that opens
# its sentence (after an optional date) with an age, the sentence telling an attack after it
# (a long apposition defeats the parser's subject)
# (after an item's heading line that the sentence took in: "3. Parramatta, New South Wales - 2 October
# 2015 At about 4:30 pm, Farhad Jabar, 15, ... shot dead Curtis Cheng")
_AGED_NAME_OPENS = re.compile(r"^(?:\W*\d{1,2}[.)]\s+[^.;]{0,80}?\b(?:19|20)\d\d\s+)?"
                              r"\W*(?:(?:On|In|At)\s+[\w :.]{3,25}?,?\s+)?$")
_AGE_APPOSITION = re.compile(r"^\.?\s*,\s*(?:(?:a|an)\s+)?(\d{1,2})(?:-year-old\b|\s*,)")  # ("Fields Jr., 20,")
_ATTACK_AFTER_NAME = re.compile(r"\b(?:opened fire|stabbed|shot|detonated|drove|rammed|attacked|blew himself|"
                                r"blew herself|set off|stormed|took|kidnapped|killed|planted)\b")
_DIED_BETWEEN = re.compile(r"\b(?:died|(?:was|were)\s+(?:killed|shot\s+dead)|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$")
_OTHER_ATTACKER_BETWEEN = re.compile(r"\b(?:a|an|the|one|two|three|several|masked|armed)\s+(?:[\w-]+\s+)?(?:gunman|gunmen|"
                                     r"attackers?|assailants?|man|men|woman|suspects?|militants?|terrorists?|bombers?)\b",
                                     re.IGNORECASE)
_ATTACKER_APPOSITION = re.compile(r"\s*,\s*(?:an?\s+)?\d{1,2}-year-old\s+(?:[\w-]+\s+){0,2}?(?:terrorist|attacker|gunman|"
                                  r"bomber|jihadist|extremist|assailant)\b")
# ("Khairi Saadallah, a Libyan refugee who lives in Reading, was detained at the scene")
_HELD_AFTER_AGED_NAME = re.compile(r"\s*,\s*(?:\d{1,2}\s*,\s*)?(?:(?:of|from)\s+[^,;]{2,40},\s*|an?\s+[^,;]{2,60},\s*)?"
                                   r"(?:(?:was|has\s+been|had\s+been|is\s+being)"
                                   r"\s+(?:later\s+|quickly\s+|swiftly\s+)?(?:arrested|charged|detained|apprehended|"
                                   r"taken\s+into\s+custody|sentenced|convicted|jailed|found\s+guilty)"
                                   # ("Brenton Tarrant, a 29-year-old Australian, had pleaded guilty to 51 murders")
                                   r"|(?:had\s+|has\s+)?pleaded\s+guilty"
                                   # ("Shamsud-Din Jabbar, 42, ..., was killed in a gunfight with police")
                                   r"|(?:was|were)\s+(?:shot\s+dead|killed|shot)\s+(?:in\s+an?\s+(?:gunfight|shootout|shoot-out|"
                                   r"exchange\s+of\s+fire|firefight)\s+with|by)\s+(?:the\s+)?(?:police|officers|security\s+forces|troops)"
                                   # ("Sudesh Amman, 20, was wearing a fake suicide vest when he was shot")
                                   r"|(?:was|were)\s+wearing\s+(?:an?\s+)?(?:fake\s+|hoax\s+|real\s+)?(?:suicide|explosive)\s+(?:vests?|belts?))\b")
_OPENING_AGED_NAME = re.compile(r"^\W*((?:[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?)(?:\s+(?:[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?|al|bin|ibn)){1,3})"
                                r"(?=\s*,\s*\d{1,2}\s*,)")
_ATTACK_RIGHT_AFTER_APPOSITION = re.compile(r"\s*,\s*(?:\d{1,2}\s*,\s*)?(?:then\s+)?" + _ATTACK_AFTER_NAME.pattern)
# "the group led by X" (its leader), "The bus, operated by Yellow Bus Line" (its owner): not the doer
_LEADER_BEFORE = re.compile(r"\b(?:led|founded|headed|commanded|run|operated|owned|managed|organi[sz]ed|sponsored|"
                            r"hosted|chaired|published|produced)\s+$", re.IGNORECASE)
# a group's leader or voice, named with the office: who claims, not who attacked
_LEADER_TITLES = r"(?:leader|head|chief|emir|amir|spokes(?:man|woman|person)|commander|founder)"
_LEADER_AFTER = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?{_LEADER_TITLES}\s+(?:of|for)\b", re.IGNORECASE)
# ... or with the office before the name: "TTP spokesman Muhammad Khorasani claimed responsibility"
_LEADER_TITLE_BEFORE = re.compile(rf"\b{_LEADER_TITLES}\s+$", re.IGNORECASE)
_HELD_TO_ACCOUNT = "arrested|detained|charged|convicted|sentenced|confessed"
# the attacker's end: held to account, or shot dead
_ARRESTED = re.compile(rf"\b({_HELD_TO_ACCOUNT}|shot dead|killed by police)\b")
# "X was charged with murder", "X and Y were convicted of terrorism", "X was sentenced to life for the bombing"
_HELD_TO_ACCOUNT_LEMMAS = {"charge", "convict", "sentence", "indict"}
# held to account only (not "shot dead", which the victims also are)
_PROSECUTED = re.compile(rf"\b({_HELD_TO_ACCOUNT}|indicted|remanded)\b")
# one word of a person's name as the name cues read it, accents allowed ("Şeyh Abdurrahman Alagöz"), hyphened parts too
_NAME_PART = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ’']+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ’']+)*"
_NAME_CUE = re.compile(
    r"\b(?:(?:named|identified)(?:\s+only)?(?:\s+by\s+[\w ]{1,40}?)?\s+as(?:\s+\d{1,2}-year-old)?|named|called|by|suspect|gunman|attacker|"
    r"assailant|perpetrator|bomber|terrorist|stabber)\s*[,:]?\s+(?:(?:is|was)\s+)?(?:\d{1,2}-year-old\s+)?"
    # ("John T. Earnest": a middle initial)
    r"((?:" + _NAME_PART + r"|[A-Z]\.)(?:(?:\s+(?:[A-Z]\.\s+)?(?:" + _NAME_PART + r"|" + _PARTICLE + r")){1,4}"
    r"(?:\s+[A-Z]\.(?!\w)){0,3}"
    # German and Austrian authorities give a suspect's surname as its initial ("Sulaiman A.",
    # "Abdullah A. H. H.")
    r"|(?:\s+[A-Z]\.(?!\w)){1,3}))"
)
# a name given to someone who is no attacker: "The 29-year-old officer, named as Rouven Laur"
_NAMES_NO_ATTACKER = re.compile(
    r"\b(officers?|policem[ae]n|policewom[ae]n|constables?|gendarmes?|soldiers?|guards?|teachers?|priests?|"
    r"victims?|dead|deceased|wounded|injured|hostages?|activists?|journalists?|mayor|imam|rabbi|nurse|doctor|"
    r"children|child|boys?|girls?|students?|pupils?|worshippers?|tourists?|passengers?|civilians?|residents?)"
    # ("The victim has today been named by the Ministry of Defence as Drummer Lee Rigby")
    r"\W+(?:(?:[\w-]+\W+){0,2}|(?:has|have|had)\s+(?:now\s+|today\s+|since\s+|formally\s+)?been\s+)$"
    # "The woman who was killed was identified as Heather Heyer", "The three people who died have
    # been named as James Furlong, 36, ..."
    r"|\bwho\s+(?:(?:was|were|had been)\s+(?:\w+\s+)?(?:killed|slain|murdered|wounded|injured|hurt)|died|"
    r"lost\s+(?:their|his|her)\s+lives?)\s+(?:[\w-]+\s+){0,4}$"
    # ("The man killed in the building has been identified by his family as Vernon Hunter")
    r"|\b(?:man|woman|person|people|men|women|one|two|three|those|victim)\s+(?:killed|slain|murdered|wounded|injured|hurt)\s+"
    r"(?:[\w-]+\s+){0,6}$",
    re.IGNORECASE)
_HARMED_ONE_BEFORE = re.compile(r"\b(?:shot\s+dead|shot\s+and\s+killed|killed|stabbed|murdered|shot|kidnapped|abducted)\s+"
                                r"(?:a|an|the)\s+[^.;]{0,100}?,\s+(?:later\s+|since\s+|subsequently\s+)?$", re.IGNORECASE)
_IDENTIFIED_AS = re.compile(
    # ("identified the person responsible as Anthony Quinn Warner, 63")
    # ("identified the Marriott bomber as Dani Dwi Permana, 18, ... and the Ritz-Carlton bomber as ...")
    r"\b(?:named|identified)\s+((?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?!only\b)[\w-]+(?:\s+responsible)?|him|her|them)\s+(?:(?:on|late|early|in)\s+\w+\s+){0,2}as\s+"
    r"((?:" + _NAME_PART + r"|[A-Z]\.)(?:\s+(?:" + _NAME_PART + r"|" + _PARTICLE + r")){1,4})"
)
# "... and the Ritz-Carlton bomber as Nana Ikhwan Maulana, 28": the next one named the same way
_AND_THE_OTHER_AS = re.compile(
    r"\band\s+the\s+(?:[\w-]+\s+)?(?:bomber|gunman|attacker|assailant|hijacker|driver|shooter|suspect)\s+as\s+"
    r"((?:" + _NAME_PART + r")(?:\s+(?:" + _NAME_PART + r"|" + _PARTICLE + r")){1,4})")
# "Police named the gunman who killed seven people at a Jehovah's Witnesses hall ... as Philipp F."
_NAMED_THE_ATTACKER_AS = re.compile(
    r"\b(?:named|identified)\s+the\s+(?:(?:male|female|first|second|third|other|suspected|alleged|dead|slain)\s+)?(?:gunman|attacker|assailant|bomber|suspect|shooter|perpetrator|driver|stabber)\b"
    r"[^.;]{0,140}?\bas\s+((?:" + _NAME_PART + r")(?:\s+(?:" + _NAME_PART + r"|"
    + _PARTICLE + r")){0,3}(?:\s+[A-Z]\.(?!\w))?)")
# the agent of the attack, described and then named with an age: "by a former pupil, NAME, 20,"
_BY_DESCRIBED_NAME = re.compile(
    r"\bby\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]+,\s+"
    # ("by the suspects, David N. Anderson, 47, and Francine Graham, 50": a middle initial)
    r"((?:" + _NAME_PART + r")(?:\s+(?:" + _NAME_PART + r"|[A-Z]\.|" + _PARTICLE + r")){1,3}),\s+\d{1,2}\b")
_AND_NAME = re.compile(
    # ("Tamerlan Tsarnaev, 26, and his brother Dzhokhar Tsarnaev, 19")
    r"(?:\s*,\s*\d{1,2}\b)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their)\s+(?:younger\s+|older\s+|elder\s+)?"
    r"(?:brother|sister|wife|husband|son|daughter|father|mother|cousin|friend|accomplice)\s+)?"
    r"((?:" + _NAME_PART + r")(?:\s+(?:" + _NAME_PART + r"|"
    + _PARTICLE + r")){1,4})")
_INTRODUCES_ATTACKER_LIST = re.compile(
    r"\b(attackers?|perpetrators?|bombers?|gunmen|suspects|assailants|terrorists)\b[^.]*\b(identified|named)\s+as\s*:\s*$",
    re.IGNORECASE)
# '"Al Shabaab mujahideen carried out an operation in Kenya's Mandera in which we killed 36
# Christians," Sheikh Abdiasis Abu Musab, al Shabaab's spokesman for military operations, told
# Reuters': a group's spokesman quoted claiming the deed in the first person
_WE_DID = r"(?i:\bwe\s+(?:have\s+)?(?:killed|carried out|attacked|executed|slaughtered|bombed|kidnapped|abducted|seized|captured)\b)"
# a deed told in the first person by the group's spokesman, or by a caller: '"We have seized Aldo
# Moro and wiped out his bodyguard," said a man who telephoned ANSA' is the group's claim
_CALLER = r"\b(?:telephoned|phoned|rang|caller)\b"
_FIRST_PERSON_CLAIM = re.compile(
    rf"[“\"][^”\"]{{0,300}}{_WE_DID}[^”\"]{{0,300}}[”\"][^.]{{0,120}}\b(?:group|[A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\b"
    rf"|{_CALLER}[^“\".]{{0,120}}[“\"][^”\"]{{0,80}}?{_WE_DID}"
    rf"|[“\"][^”\"]{{0,80}}?{_WE_DID}[^”\"]{{0,300}}[”\"][^.]{{0,60}}{_CALLER}")
# "Taliban spokesman Zabihullah Mujahid told Reuters by telephone that Taliban fighters had
# carried out the attack": a group's spokesman telling its men did it claims the attack (whose
# spokesman is checked against the groups the sentence names: a police spokesman claims nothing)
_SPOKESMAN_SAID_DEED = re.compile(
    r"\bspokes(?:man|woman|person)\b(?P<speaker>[^.;]{0,120}?)\b(?:said|says|told|confirmed|announced)\b[^.;]{0,80}?"
    r"\b(?:that\s+)?(?:its|their|the\s+group['’]s|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2})\s+"
    r"(?:fighters|militants|men|members|guerrillas|mujahideen|cadres|rebels|commandos|combatants)\s+(?:had\s+)?"
    r"(?:carried\s+out|were\s+behind|staged|conducted|launched|attacked|killed|planted|detonated)\b", re.IGNORECASE)


def _spokesman_claim(text: str, groups: list) -> Optional[re.Match]:
    """The claim a group's spokesman makes by saying its men did the deed, if the speaker is one
    of the named groups' ("Taliban spokesman ...", "spokesman of the Forces nationales de
    libération (Palipehutu-FNL)")."""
    for match in _SPOKESMAN_SAID_DEED.finditer(text):
        speaker_end = match.start("speaker") + min(len(match.group("speaker")), 60)
        if any(match.start() - 30 <= g.end <= match.start() or match.start() <= g.start < speaker_end
               for g in groups):
            return match
    return None


_FIRST_PERSON_DEED = re.compile(r"[“\"]\s*I\s+(abducted|kidnapped|killed|attacked|bombed|shot|did|carried out|planted)\b")
_AGED_NAME_IN_LIST = re.compile(r"(?<![\w’'])((?:[A-Z][a-z’'\-]+)(?:\s+(?:[A-Z][a-z’'\-]+|al|bin|ben|el)){1,3}),\s+(\d{1,2})\b")
_THE_SUSPECTS_OPEN = re.compile(r"^\W*the\s+(?:two|three|four|five|six|seven|eight|nine|ten|suspects|men|attackers|gunmen|"
                                r"accused|defendants)\b", re.IGNORECASE)
_AGE_AFTER_NAME = re.compile(r"^\.?\s*,\s*(?:a\s+)?(\d{1,2})\b")  # ("Fields Jr., 20,")
# "Dzmitry Kanavalau and Uladzislau Kavalyou, both 25": the age the names share
_SHARED_AGE_AFTER_NAMES = re.compile(r"^(?:\s+and\s+(?:[A-Z][\w’'-]+\s+){0,3}?[A-Z][\w’'-]+)?\s*,\s*(?:both|all|each)\s+(?:aged\s+)?(\d{1,2})\b")
_AGE_PHRASE = re.compile(r"\b(\d{1,2})-year-old\b|\baged (\d{1,2})\b")
_ATTACK_VERBS = {"stab", "shoot", "attack", "carry", "detonate", "drive", "ram", "kill", "open", "fire",
                 "enter", "seize", "explode", "take", "plant", "kidnap", "abduct", "hijack", "murder", "behead",
                 "blow", "set", "storm", "hold", "massacre",
                 "surrender"}  # "Patrick Crusius ... surrendered to officers near the store after the attack"

# objects that make an attack verb ordinary: "took office", "held a press conference", "opened an inquiry"
_BENIGN_OBJECTS = {"office", "power", "part", "place", "oath", "meeting", "conference", "talk", "session",
                   "investigation", "inquiry", "probe", "election", "vote", "funeral", "vigil", "rally", "prayer"}


@dataclass
class _Part:
    contribution: Contribution
    text: str


def _parts(mention: IncidentMention) -> list[_Part]:
    return [_Part(c, c.text()) for c in mention.contributions]


def _evidence(record: IncidentRecord, field_name: str, part: _Part) -> None:
    info = part.contribution.info
    record.add_evidence(field_name, info.span.text.strip(), info.start, info.end)


# "hours before the abduction": a reference to another event, not this one's method
_OTHER_EVENT_REFERENCE = re.compile(
    r"\b(hours|minutes|days|weeks|shortly|soon|just|months|years)\s+(before|after)\s+(the|that|this|its)\s+(\w+\s+){0,2}?"
    r"(attacks?|bombings?|abductions?|kidnappings?|shootings?|stabbings?|blasts?|explosions?|sieges?|raids?|massacres?)\b",
    re.IGNORECASE)
# an earlier crime in the attacker's record: "he spent four years in prison in Italy for setting
# fire to a school" tells no method of this attack
_EARLIER_CRIME = re.compile(
    r"\b(?:(?:spent|served|had served|had spent)\s+[^.;]{0,40}?\b(?:prison|jail)|(?:previously|once|had been|was once)\s+"
    r"(?:been\s+)?(?:jailed|imprisoned|convicted|sentenced)"
    # ("Ibrahim was sentenced in 2010 to nine years in prison for opening fire on police")
    r"|(?:was|were)\s+(?:jailed|imprisoned|convicted|sentenced)\s+in\s+(?:19|20)\d\d"
    r"|received\s+an?\s+[\w-]+\s+(?:prison\s+|jail\s+)?sentence\s+in\s+(?:19|20)\d\d)\b[^.;]{0,40}?\b(?:for|of)\b[^.;]*",
    re.IGNORECASE)
# "he had claimed to be carrying explosives in a backpack": a threat, not a weapon used
_CLAIMED_EXPLOSIVES = re.compile(
    r"\b(claim(ed|ing)|said|pretend(ed|ing)|purport(ed|ing)|threaten(ed|ing))\s+(to be |that he was |that she was |he was |she was |to have |he had |she had )?"
    r"(carrying|wearing|had|having|armed with)\b[^.;]{0,30}?\b(explosives?|bombs?|(suicide |explosive )?(vests?|belts?))\b",
    re.IGNORECASE)


_VEHICLE_BOMB = re.compile(
    r"\b(car|truck|lorry|van|vehicle|suv|motorcycle|motorbike|minibus|bus|tanker)s?\s+(packed|loaded|laden|filled|rigged|stuffed|fitted)\s+"
    r"with\s+(\w+\s+)?(explosives|bombs?|ied|tnt)|\b(car|truck|lorry|van|vehicle)[- ]bombs?|\bvbieds?\b"
    # ("rammed an explosive laden vehicle into the post")
    r"|\bexplosives?[- ](laden|packed|filled)\b"
    # ("a bomb packed into a rented Ryder van exploded")
    r"|\b(?:bomb|explosives?)\s+(?:packed|loaded|hidden|placed)\s+(?:into|in|inside)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:car|truck|lorry|van|vehicle|suv|minibus|bus)\b"
    # ("a second suicide bomber drove a truck into the Drakkar building": the bomber's truck)
    r"|\bsuicide\s+(?:car\s+|truck\s+)?bombers?\s+(?:drove|rammed|crashed|steered|smashed)\s+(?:an?|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(car|truck|lorry|van|vehicle|suv|minibus|bus|tanker)\b",
    re.IGNORECASE)


# armed men who attacked, told in one clause ("Taliban fighters attacked a police checkpoint")
_ARMED_MEN_STORMED = re.compile(r"\b(gunmen|fighters|militants|insurgents|terrorists|assailants|attackers|jihadists|"
                                r"armed men)\s+(?:then\s+)?(stormed|overran|raided)\b", re.IGNORECASE)
_DEATHS_TOLD = re.compile(r"\b(killed|killing|wounded|wounding|injured|dead)\b", re.IGNORECASE)
_SIEGE_CUE = re.compile(r"\b(sieges?|stand-?off|barricaded|holed up|besieged|stormed|held (?:\w+ ){0,4}(?:inside|in the)|"
                        r"holding (?:\w+ ){0,4}(?:inside|in the))\b", re.IGNORECASE)
_TAKEN_AWAY = re.compile(r"\bhostages?\s+(?:\w+\s+){0,2}?(?:back\s+)?(?:to|into|across|towards?)\s+(?:the\s+)?"
                         r"(?:(?-i:[A-Z])\w+|forest|bush|border|mountains?|desert)", re.IGNORECASE)
_ARMED_ASSAULT_TOLD = re.compile(
    # ("...; 2 customs officers killed": a brief's toll after a semicolon still tells it)
    ARMED_MEN_ATTACKED.pattern + r"[^.]{0,120}?\b(killing|killed|wounding|wounded|injuring)\b"
    # "Al Qaeda-affiliated militants killed hundreds of villagers and soldiers": the armed men
    # themselves killed, with no weapon named
    # ("Islamist armed groups allied with the Islamic State ... killed at least 30 civilians")
    r"|\b(gunmen|fighters|militants|insurgents|rebels|terrorists|jihadists|guerrillas|armed men|armed groups?)\s+"
    r"(?:[^.;]{0,80}?\s)?(killed|massacred|slaughtered|executed)\b",
    re.IGNORECASE)


def code_methods(record: IncidentRecord, parts: list[_Part], blank_responses: bool = True) -> None:
    lex = load_lexicon()
    attack: list[str] = []
    weapons: list[str] = []
    detail: list[str] = []
    fake = False
    fired = False  # a shooting is told: a real gun beside any fake one
    claimed_explosives = False
    assault_words: set[str] = set()  # the methods that told an armed assault

    def take(method, part: _Part) -> None:
        if method.attacktype == "Armed Assault":
            assault_words.add(method.name)
        if method.attacktype not in attack:
            attack.append(method.attacktype)
            _evidence(record, "attacktype", part)
        if method.weaptype and method.weaptype not in weapons:
            weapons.append(method.weaptype)
            _evidence(record, "weaptype", part)

    for part in parts:
        text = part.text if not blank_responses else blank_responses_to_attack(part.text)
        text = _blank(_EARLIER_CRIME, _blank(ANAPHORIC_LEAD, _blank(_OTHER_EVENT_REFERENCE, text)))
        text = _blank(GROUP_RECORD, text)  # ("which has carried out dozens of bombings and shootings")
        text = _blank(lex.not_attacks, text)  # "The blast set several shops on fire": no arson
        text = _blank(DEED_INTENDED, text)  # "saying it had intended to take hostages": meant, not done
        text = _blank(_CALLED_IT, text)  # 'called the attack "an act of sabotage"': a name for it, no means
        text = _blank(STATEMENT_QUOTED, text)  # the claimant's words: '"... and shoot our people ..."' 
        if _CLAIMED_EXPLOSIVES.search(text):
            claimed_explosives = True
            _evidence(record, "weaptype", part)
            text = _blank(_CLAIMED_EXPLOSIVES, text)
        has_event = False
        for method in lex.methods:
            match = method.event.search(text)
            if not match:
                continue
            has_event = True
            # the attacker's own shots, not the police's ("police ... shot dead five suspects")
            fired |= method.name == "shooting" and not lex.response_force.search(text[max(0, match.start() - 80):match.start()])
            take(method, part)
            if method.name == "ramming" and _VEHICLE_BOMB.search(text):
                # "a car packed with explosives rammed into one of the buses": a vehicle bomb
                # driven at its target is a bombing, whether or not the report says it blew up
                take(next(m for m in lex.methods if m.name == "bombing"), part)
        if not has_event and part.contribution.info.methods_from_weapons:
            # a table row whose method cell names only the weapon ("bomb on aircraft"): the
            # methods the sentence analysis read off it
            for method in lex.methods:
                if method.name in part.contribution.info.methods:
                    has_event = True
                    take(method, part)
        context = _WEAPON_CONTEXT.search(text)
        used = None if has_event or context else _WEAPONS_USED.search(text)
        if has_event or lex.generic_event.search(text) or context or used:
            for method in lex.methods:
                if method.weapon is None:
                    continue
                found = method.weapon.search(text if has_event or context else used.group("what") if used else "")
                if found:
                    if method.weaptype and method.weaptype not in weapons:
                        weapons.append(method.weaptype)
                        _evidence(record, "weaptype", part)
                    detail.append(found.group(0))
        if lex.fake_weapons.search(text):
            fake = True
            _evidence(record, "weaptype", part)
    if fake:
        # "rifles" that turned out to be an air rifle and a paintball gun are fake weapons; "He
        # fired several shots at police officers with a pistol" (and carried a fake one) is not
        if not fired:
            weapons = [w for w in weapons if w != "Firearms"]
        if "Bombing/Explosion" not in attack:
            # "told the crew he was wearing a belt of explosives. The belt turned out to be fake"
            weapons = [w for w in weapons if w != "Explosives"]
        weapons.append("Fake Weapons")
    elif claimed_explosives and "Bombing/Explosion" not in attack:
        weapons = [w for w in weapons if w != "Explosives"] + ["Fake Weapons"]
    if "Bombing/Explosion" in attack and assault_words == {"massacre"} and not set(weapons) & set(WEAPON_ARMED):
        # '"Our people who were massacred included mothers ..."' after two car bombs: the word
        # for the bombing's killing, not an assault of its own
        attack.remove("Armed Assault")
    # a gun or knife seen without its use told is an armed assault, unless it is how hostages were
    # taken ("took the victims at gunpoint", "armed men abducted"): that is the kidnapping itself
    held_at_weapon_point = any(a.startswith("Hostage Taking") for a in attack)
    for weapon in weapons:
        if weapon in WEAPON_ARMED and "Armed Assault" not in attack and not held_at_weapon_point:
            attack.append("Armed Assault")
    if "Assassination" in attack and "Armed Assault" in attack:
        # "fired two shots" at the former prime minister: the shooting is how the assassination
        # was done (weapon Firearms), not a second attack type
        attack.remove("Armed Assault")
    siege = any(_SIEGE_CUE.search(p.text) for p in parts)
    if "Hostage Taking (Kidnapping)" in attack and "Hostage Taking (Barricade Incident)" in attack:
        # a siege holds its hostages where they were taken; "kidnapped ... from their home ...
        # took the three hostages towards the border" carried them away
        if siege:
            attack.remove("Hostage Taking (Kidnapping)")
        else:
            attack.remove("Hostage Taking (Barricade Incident)")
    if ("Hostage Taking (Barricade Incident)" in attack and not siege
            and any(_TAKEN_AWAY.search(p.text) for p in parts)):
        # "taking some 250 hostages back to Gaza": carried away, a kidnapping (GTD), not a siege
        attack[attack.index("Hostage Taking (Barricade Incident)")] = "Hostage Taking (Kidnapping)"
    if "Bombing/Explosion" in attack and "Explosives" not in weapons:
        weapons.append("Explosives")
    if "Bombing/Explosion" in attack and any(_VEHICLE_BOMB.search(p.text) for p in parts):
        # "a suicide bomber rammed a car packed with explosives into their convoy": a vehicle
        # bomb (GTD: Explosives, vehicle subtype), not a ramming with the vehicle as weapon
        weapons = [w for w in weapons if not w.startswith("Vehicle")]
        if not any(lex_method.attacktype == "Unarmed Assault" and lex_method.name != "ramming"
                   and lex_method.event.search(p.text) for p in parts for lex_method in lex.methods):
            attack = [a for a in attack if a != "Unarmed Assault"]
    if not attack and blank_responses:
        # "the ambassador was shot dead by an off-duty police officer": the clause read as the
        # responders' was the attack itself when the incident tells no other method
        code_methods(record, parts, blank_responses=False)
        return
    if set(attack) <= {"Facility/Infrastructure Attack"} and (
            any(_ARMED_ASSAULT_TOLD.search(p.text) for p in parts)
            # "JNIM militants attacked FAMa positions in Dioura. 10 soldiers were killed.": the
            # same, the toll told in a sentence of its own
            or (any(ARMED_MEN_ATTACKED.search(p.text) for p in parts) and any(_DEATHS_TOLD.search(p.text) for p in parts))):
        # "Taliban fighters attacked a police checkpoint ..., killing six policemen": an assault
        # by armed men that names no weapon is GTD's Armed Assault (weapon unknown); so is a raid
        # that burns homes and kills ("raided the town of Damasak, burning homes and killing four";
        # "NSAG members attacked the military detachment ... homes, shops and the main market were
        # set on fire ... at least 40 civilians were killed")
        attack.append("Armed Assault")
    elif not attack and any(ARMED_MEN_ATTACKED.search(p.text) for p in parts):
        # "Separately, militants attacked an army position in Bamba": an assault by armed men
        # with no weapon, method or toll told is still GTD's Armed Assault (weapon unknown)
        attack.append("Armed Assault")
    if ("Bombing/Explosion" in attack and "Armed Assault" not in attack
            and any(_ARMED_MEN_STORMED.search(p.text) for p in parts)):
        # "began with a suicide car bomb before dozens of fighters stormed the compound": the
        # complex attack's assault after its bomb
        attack.append("Armed Assault")
    if (set(attack) <= {"Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)"} and attack
            and any(_ARMED_ASSAULT_TOLD.search(p.text) for p in parts)):
        # "Suspected JNIM militants 8 Feb attacked bus near Ségou town, killing at least 12
        # passengers; ... had also abducted driver": the assault that killed, and the abduction
        attack.append("Armed Assault")
    attack.sort(key=ATTACK_HIERARCHY.index)
    record.attacktypes = attack[:3] or ["Unknown"]
    record.weaptypes = weapons[:4] or ["Unknown"]
    if detail:
        record.weapdetail = ", ".join(dict.fromkeys(d.lower() for d in detail))


def code_methods_from_title(record: IncidentRecord, title: SentenceInfo) -> None:
    """"Man held after deadly knife attack on kindergarten group in Aschaffenburg" over a story
    that tells the attack without its weapon ("attacked a group of kindergarten children"): the
    title's method codes the story's one incident, where its own sentences coded none."""
    told = IncidentRecord(role=record.role)
    code_methods(told, [_Part(Contribution(title), title.text)])
    if told.attacktypes == ["Unknown"]:
        return
    record.attacktypes, record.weaptypes = told.attacktypes, told.weaptypes
    record.weapdetail = record.weapdetail or told.weapdetail
    for item in told.evidence:
        record.add_evidence(item.field, item.sentence, item.start, item.end)


# A sentence names targets when it tells the attack itself, not when it only refers to it
# ("arrested a man in connection with the attack")
_HARM_VERB = re.compile(
    r"\b(attacked|attacking|assaulted|killed|killing|kills|murdered|wounded|wounding|injured|injuring|targeted|targeting|"
    r"shot dead|shot and killed|gunned down|stabbed|assassinated|beheaded|"
    r"stormed|storming|raided|ambushed|massacred|hit|struck|opened fire|took hostages?|held hostages?|kidnapped|abducted|"
    # ("the fire that gutted the passenger ship SuperFerry 14": the vessel destroyed)
    r"gutted|sank|sunk|scuttled|torched|set ablaze|set on fire|"
    r"(attack|bombing|assault|shooting|stabbing)s?\s+(was|were)\s+carried out|carried out\s+(an?|the|two|three)\s+(\w+\s+)?(attacks?|bombings?)"
    # "The attack at the Shah Cheragh mosque": the site attacked, named by the noun
    r"|(attack|bombing|shooting|assault)s?\s+(at|on|against)\s+(the|a|an)\s)\b",
    re.IGNORECASE)
# Not targets: who guarded the place, who told the story, who the attacker was, what was quoted
# the words of a claim or statement, quoted: 'In a statement it said: "Mrs Thatcher will now
# realise that Britain cannot ... shoot our people in their own streets ...' (the quote may run on
# past the sentence)
STATEMENT_QUOTED = re.compile(r"\b(?:statement|communiqu[eé]|message|letter|claim)\b[^\"“.;]{0,40}?[:,]\s*[\"“][^\"”]*(?:[\"”]|$)",
                              re.IGNORECASE)
_CALLED_IT = re.compile(r"\b(?:called|calling|described|describing|branded|termed|labelled|labeled)\s+(?:it|the\s+(?:[\w-]+\s+)?"
                        r"(?:attack|bombing|blast|explosion|incident|killing|shooting|assault))\s+(?:as\s+)?[\"“][^\"”]{0,100}[\"”]",
                        re.IGNORECASE)
_NOT_TARGET = re.compile(
    # the agent of a passive: "was shot dead by an off-duty police officer" (the attacker)
    r"\bby\s+(an?|the|two|three|four)\s+([\w-]+\s+){0,2}(police\s*(officers?|m[ae]n)|policem[ae]n|soldiers?|officers?|guards?|troops)\b|"
    r"\b(soldiers|police(men)?|troops|guards|officers)(\s+and\s+\w+)?\s+(guarding|protecting|posted at|on duty at)\b"
    # the responders: "police evacuated the area", "police shot dead five suspects"
    # ("Police and federal agents are investigating a fire that damaged the mosque")
    r"|\b(police|soldiers|troops|security forces|firefighters|rescuers|officers)"
    r"(\s+and\s+(?:[\w-]+\s+)?(?:agents|investigators|officials|firefighters|prosecutors))?"
    r"\s+(have\s+|has\s+|had\s+)?(later\s+|quickly\s+|then\s+)?"
    r"(evacuated|cordoned|sealed|defused|rushed|arrived|responded|closed|blocked|searched|cleared|surrounded|"
    r"shot dead|shot and killed|killed|ended|stormed|arrested|detained|found|recovered|were called|called|treated|"
    # ("police took control of Orient House": the state's response)
    r"took control of|took over|occupied|"
    r"were searching|are searching|were hunting|are hunting|are investigating|were investigating|"
    r"are treating|were treating|described|investigat\w+|launched|mounted|began|started)\b"
    # "The Operational Defence Centre of the Saxon State Criminal Police Office (OAZ) has taken over
    # the investigation"
    r"|\b(?:(?:the\s+)?[\w'’-]+\s+(?:of\s+(?:the\s+)?)?){0,8}?(?:police|prosecutors?|office|investigators|unit|agency)"
    r"(?:\s+\([A-Z]{2,8}\))?\s+(?:has|have|had)\s+taken over"
    r"\s+the\s+(?:investigation|case|inquiry)\b"
    r"|\b(turned|handed|gave)\s+(himself|herself|themselves)\s+(in|over|up)\s+to\s+(the\s+)?(\w+\s+)?police\b"
    r"|\bsurrendered\s+to\s+(the\s+)?(\w+\s+)?police\b"
    r"|\b(told|telling|tell)\s+(reporters|journalists|the media|media)\b|\b(to|for|with)\s+(journalists|reporters)\b"
    # who gave the news: "the Ministry of Interior said", "the Health Ministry reported"
    # ("The Ministry of National Defence informs the national and international public that ...")
    r"|\b(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?ministry(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?(?:\s+spokes(?:man|woman|person))?"
    r"\s+(?:(?:on\s+\w+day\s+)?(?:said|says|reported|announced|announces|stated|confirmed|added|identified|named|informs|informed)|put the (?:death )?toll|gave the (?:death )?toll)\b"
    r"|\b(a|an|the)\s+([\w-]+\s+){0,3}(man|woman)\s+(armed|charged|wielding|carrying|who (drove|opened|stabbed|shot|attacked|killed|took))\b"
    # where people were going: "most of them Pakistani nationals returning home"
    r"|\b(?:returning|going|heading|travell?ing|driving|walking|on\s+(?:their|his|her)\s+way)\s+(?:back\s+)?home\b"
    # who gave the toll: "The Police put the casualty figures at 71 dead and 124 injured"
    r"|\b(?:police|officials|authorities|army|military)\s+(?:put|gave|placed|revised|raised)\s+the\s+(?:casualty\s+|death\s+)?"
    r"(?:figures?|toll)\b"
    # how soldiers were dressed: "while traveling in civilian clothes"
    r"|\bin\s+(?:civilian|plain)\s+clothes\b"
    # the accused: "an indictment charging 14 men, 13 Saudi nationals and one Lebanese man"
    r"|\b(?:charging|indicting|convicting|sentencing|accusing|prosecuting)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:men|man|women|woman|people|persons|suspects|defendants|individuals)\b(?:[^.;]{0,80}?\b(?:m[ae]n|nationals)\b)?"
    # the court that tries the case: "Belarus' Supreme Court on Wednesday sentenced two young men"
    r"|\b(?:supreme|constitutional|high|appeals?|district|assize|federal|special|criminal)\s+court\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sentenced|convicted|ruled|acquitted|found|ordered|jailed|upheld|rejected|heard|handed)\b"
    # ("The court also found the men guilty of a bomb attack")
    r"|\bfound\s+(?:the\s+|both\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:men|man|women|woman|suspects|defendants|accused)\s+guilty\b"
    # the one held: "A 25-year-old man has been arrested on suspicion of murder"
    r"|\b(a|an|the)\s+([\w-]+\s+){0,3}(man|woman|teenager|youth)\s+(has|had)?\s*(been|was|were|is)\s+"
    r"(arrested|detained|charged|held|apprehended)\b"
    # where a claim was found: "a videotape in which a man ... said the group carried out the
    # attack was found near a Madrid mosque" (not where a bomb was found: its target)
    r"|\b(?:video(?:tape)?|tape|cassette|letter|note|statement|leaflets?|message|manifesto)\b[^.;]{0,160}?"
    r"\b(?:was|were)\s+(?:found|discovered|left)\s+(?:near|outside|close to|beside|next to|in|at)"
    r"\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\b"
    # the bomb squad: "defused by the police explosive ordnance disposal team"
    r"|\b(defused|disarmed|neutrali[sz]ed|destroyed|safely detonated|(?:were|was)\s+detonated)\s+by\s+[^.,;]{0,60}"
    # who condemns the attack: "The United Nations ... Mission in Mali (MINUSMA) strongly condemns
    # the attack perpetrated ... against the village of Ogossagou"
    # (or calls it names: "Prime Minister Theresa May called the killing \"shocking\"")
    r"|^[^.;:\"“]{0,200}?\b(condemns|condemned|deplores|deplored|denounces|denounced"
    r"|(called|described|branded) the (attack|killing|murder|bombing|shooting|massacre)s?)\b"
    r"|“[^”]{0,300}”|\"[^\"]{0,300}\""
    # what a victim once was: "a former journalist and lawmaker who had campaigned ..."
    r"|\bformer\s+[\w-]+(?:\s+and\s+[\w-]+)?"
    # the attackers, as the agent of a passive: "was killed in his flat ... by four or five men"
    r"|\bby\s+(?:(?:a|an|the|two|three|four|five|six|several|some|\d+)\s+(?:or\s+\w+\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?:men|man|attackers?|assailants?|gunmen|gunman|youths|militants|knifem[ae]n)\b"
    # the attacker described: "The suspect, an 18-year-old Austrian man, fired several shots"
    r"|\b(?:suspect|attacker|assailant|gunman|perpetrator|shooter|stabber|bomber|driver)\s*,\s*(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:man|woman|youth|teenager|national|citizen|resident)\b"
    # the channel a claim came through: "claimed responsibility ... through its Andalus radio station"
    r"|\b(?:through|via|on|over)\s+(?:its|their|the\s+group['’]s)\s+(?:[\w-]+\s+){0,3}?(?:radio(?:\s+station)?|"
    r"website|news\s+agency|channel|outlet|media\s+(?:wing|arm))\b"
    # the attackers described: "when unidentified armed men attacked a check post"
    r"|\b(?:unidentified|unknown|armed|masked|hooded)\s+(?:armed\s+)?(?:men|man|assailants|attackers|individuals|persons)\b"
    # the attacker held to account: "Driver charged with terrorism after Muslim family killed"
    r"|\b(?:driver|man|woman|men|women|teen(?:ager)?|youth|suspect)s?\s+(?:charged|arrested|held|detained|jailed|"
    r"sentenced|convicted|found\s+guilty)\b"
    # a landmark the scene is measured from: "about a hundred meters from the main campus of the
    # Ateneo de Davao University"
    r"|\b(?:[\d,.]+|a|one|two|three|four|five|a\s+few|several|a\s+hundred|hundreds\s+of)\s+(?:meters|metres|yards|feet|"
    r"kilometers|kilometres|km|miles|blocks)\s+(?:away\s+)?(?:from|of)\s+(?:the\s+)?"
    # (not "some 10 meters from where the prime minister had been standing": the one attacked)
    r"(?![^,.;]*\b(?:where|who|whom|him|her|them|minister|president|governor|mayor|candidate|leader)\b)"
    r"(?:[\w'’-]+\s+){0,9}?[\w'’-]+(?=[,.;]|$)"
    # a ship's class of cabin, and the station a claimant called: "in the tourist-class section",
    # "called a radio station and claimed that the group had bombed the ferry"
    r"|\btourist[- ]class\b|\b(?:called|phoned|telephoned|rang)\s+(?:a|the|an?\s+local)\s+(?:radio|television|tv)\s+station\b"
    # who lost power, not what was hit: "knocking out power to about 45,000 homes and businesses"
    r"|\b(?:power|electricity)\s+(?:to|for)\s+(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+)?[\d,.]+"
    r"(?:\s+(?:million|thousand))?\s+(?:homes|households|customers|people|residents)(?:\s+and\s+businesses)?\b"
    # the vehicle that was the weapon: "the second and third floors, where the plane struck", "the
    # plane was registered to a man who lived in the burned house" (not "the plane was hit")
    r"|\b(?:plane|aircraft|airplane|jet|truck|lorry|van)\s+(?:struck|crashed|slammed|plowed|ploughed|rammed|flew|smashed|"
    r"(?:was|is|had\s+been)\s+(?:registered|rented|hired|stolen|bought))\b"
    # a landmark that only places the scene: "beside the ruined tower of the Kaiser Wilhelm
    # Memorial Church"
    r"|\b(beside|next to|opposite|across (the (street|road) )?from|in the shadow of)\s+(the\s+)?([\w'’-]+\s+){0,8}"
    r"(church|cathedral|mosque|synagogue|temple|shrine|school|embassy|station|hotel|museum|monument|memorial|"
    r"headquarters|barracks|ministry|parliament)\b",
    re.IGNORECASE)


# "the Crocus City Hall concert venue": a venue's name, not the town hall of a town named Crocus
_VENUE_NAMED_CITY_HALL = re.compile(r"\b([A-Z][\w'’-]+)\s+(City\s+Hall)\b")


def _blank_unless_town_hall(match: re.Match) -> str:
    if resolve_place(match.group(1)) is not None:
        return match.group(0)  # "Manila City Hall"
    return match.group(1) + " " + " " * len(match.group(2))


# an organisation's name, not people attacked: "New People's Army", "People's Protection Units"
# (case-sensitive: "people's homes" stays)
_PEOPLES_ORGANISATION = re.compile(r"\bPeople['’]s(?=\s+[A-Z])")


# the grievance an attack answers names no target: "revenge for Sweden's troops in Afghanistan"
_REASON_CLAUSE = re.compile(r"\b(?:in revenge for|revenge for|in retaliation for|retaliation for|to avenge|"
                            r"as punishment for|to punish|in response to|in protest (?:against|at|of)"
                            # ('a "natural response" to an Israeli raid ... in which 11 Palestinians were killed')
                            r"|response\W{0,2}\s+to"
                            # "the insurgents accused the farmers of handing over a gunman to soldiers"
                            r"|accus(?:ed|ing)\s+(?!of\b)(?:[\w'’-]+\s+){1,4}?of)\b[^.;]*",
                            re.IGNORECASE)


_GENERIC_PEOPLE = {"people", "persons", "victims", "victim", "crowd", "crowds", "man", "men", "woman", "women"}


_TARGET_LEAD = re.compile(r"^(?:(?:at|outside|inside|stormed|attacked|targeted|struck|hit|into|entrance\s+(?:of|to))\s+)"
                          r"(?:(?:the|a|an)\s+)?", re.IGNORECASE)
# ("called journalists in Maiduguri and said the sect carried out the attacks")
_TOLD_THE_PRESS = re.compile(r"\b(?:told|telling|tell|tells|brief|briefed|briefing|talk\s+to|speak\s+to|speaking\s+to|"
                             r"called|calling|phoned|phoning|e-?mailed|wrote\s+to|contacted)\s+"
                             r"(?:the\s+)?(reporters|journalists|media|press)\b",
                             re.IGNORECASE)


def _blank_surnames(part: _Part, text: str) -> str:
    """The words after a person's first name blanked: "brothers Nathaniel and Gareth Train" name no
    train, "Constable Randall Kirk" no church."""
    span = part.contribution.info.span
    if len(text) != len(span.text):
        return text
    for ent in span.ents:
        # (a name, every word capitalised, not a site the small NER took for a man: "Sacred Heart
        # of Jesus Cathedral", "a nearby kebab shop")
        if (ent.label_ == "PERSON" and len(ent) >= 2 and all(t.is_title for t in ent)
                and ent[-1].lower_ not in _SITE_WORDS):
            lo, hi = ent[1].idx - span.start_char, ent.end_char - span.start_char
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


_SPELLED_ALSO_THEN_SURNAME = re.compile(r"\s*\((?:also\s+(?:spelled|spelt|written|known\s+as)|or|aka|a\.k\.a\.)\s+[^()]{1,30}\)\s+"
                                        r"([A-Z][\w'’-]+)\b")
_MEDIUM_BY_BEFORE = re.compile(r"\b(?:broadcast|aired|shown|televised|published|released|reported|obtained|posted|carried|"
                               r"quoted|cited|issued|distributed|circulated)\s+$", re.IGNORECASE)
# the last word of a place's name, which no person's name ends with ("Martin Place", "Bourke Street")
_SITE_NAME_ENDINGS = {"Place", "Square", "Street", "Road", "Avenue", "Boulevard", "Lane", "Park", "Bridge", "Station",
                      "Centre", "Center", "Mall", "Market", "Plaza", "Gardens", "Airport", "Stadium", "Arena"}
_SITE_WORDS = {"church", "cathedral", "basilica", "chapel", "mosque", "synagogue", "temple", "shrine", "school", "college",
               "university", "hospital", "hotel", "market", "mall", "station", "airport", "stadium", "embassy",
               "consulate", "barracks", "base", "camp", "office", "bank", "shop", "restaurant", "cafe", "café", "bar"}


def code_targets(record: IncidentRecord, parts: list[_Part], blank_responses: bool = True,
                 require_harm: bool = True) -> None:
    lex = load_lexicon()
    found: list[tuple[int, int, str, str, str]] = []
    for p_index, part in enumerate(parts):
        text = blank_responses_to_attack(part.text) if blank_responses else part.text
        # ("Health Minister Ali Haji Adam told reporters": the press told is no target; the
        # teller is blanked as a source below)
        text = _TOLD_THE_PRESS.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " " * len(m.group(1)), text)
        text = _blank(_SOURCE_CLAUSE, _blank(_EARLIER_CRIME, _blank(GROUP_RECORD, text)))
        # (the harm is looked for before the attacker's own words are blanked: "The man who
        # stabbed two people")
        told = text
        text = _blank(_NOT_TARGET, text)
        text = _blank(_REASON_CLAUSE, text)
        text = _blank(_PEOPLES_ORGANISATION, text)
        text = _VENUE_NAMED_CITY_HALL.sub(_blank_unless_town_hall, text)
        text = re.sub(r"\bschool bus", "school", text, flags=re.IGNORECASE)
        text = _blank_surnames(part, text)
        if require_harm and not (_HARM_VERB.search(told) or any(m.event.search(told) for m in lex.methods)):
            continue
        for rule in lex.targets:
            for match in rule.pattern.finditer(text):
                found.append((p_index, match.start(), rule.targtype, rule.targsubtype, match.group(0)))
                _evidence(record, "targtype", part)
    if not found and blank_responses:
        # as code_methods: "was shot dead by an off-duty officer"
        code_targets(record, parts, blank_responses=False, require_harm=require_harm)
        return
    # "49 people were shot dead at two mosques": in one sentence, the site attacked ranks before
    # the people it names only as "people"
    found.sort(key=lambda f: (f[0], f[4].lower() in _GENERIC_PEOPLE, f[1]))
    types: list[str] = []
    subtypes: list[str] = []
    # "More than 100 people were killed or wounded in the ambush" after "jihadists killed scores of
    # soldiers in an ambush": a later sentence's "people" are the victims already told
    first_specific = min((f[0] for f in found if f[4].lower() not in _GENERIC_PEOPLE), default=None)
    for p_index, _, targtype, subtype, surface in found:
        if first_specific is not None and p_index > first_specific and surface.lower() in _GENERIC_PEOPLE:
            continue
        if targtype not in types:
            types.append(targtype)
            subtypes.append(subtype)
            if record.target1 is None:
                # ("hit the General Hospital": the site, without the words that led to it)
                record.target1 = _TARGET_LEAD.sub("", surface) or surface
    record.targtypes = types[:3] or ["Unknown"]
    record.targsubtypes = subtypes[:3]


def _claim_channel(text: str) -> Optional[tuple[str, Optional[str]]]:
    """(claimmode, channel) of the first claim channel the text names."""
    for channel in load_lexicon().claim_channels:
        match = channel.pattern.search(text)
        if match:
            name = match.group(0) if channel.channel == "$0" else channel.channel
            return channel.claimmode, name
    return None


# "blamed on Boko Haram", "carried out by ISIL": the group is named as the perpetrator
_BLAME_CUE = re.compile(r"\b(blamed (?:[\w'’-]+\s+){0,3}?on|blamed(?:\s+the(?:\s+[\w'’-]+){0,2})?|blames?|attributed (?:[\w'’-]+\s+){0,3}?to|carried out by|claimed by|"
                        r"perpetrated by|the work of"
                        # "No group claimed responsibility, but suspicion fell on Boko Haram"
                        r"|suspicion\s+(?:\w+\s+)?(?:fell|falls|has\s+fallen|fall|centred|centered|focused|focussed)\s+(?:immediately\s+)?on"
                        # "security officials suspect the involvement of the NSCN(K)"
                        r"|(?:suspect(?:s|ed)?|suspected|see|saw|point(?:s|ed)?\s+to)\s+(?:the\s+)?(?:involvement|hand|role)\s+of"
                        # "police blamed sympathisers of the Somali militant group al Shabaab"
                        r"|blamed\s+(?:[\w'’-]+\s+){1,2}?(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:group|movement|network)"
                        r")\s+(?:the\s+)?$", re.IGNORECASE)


def _blamed_before(text: str, start: int) -> bool:
    """Is the group that starts at `start` the one blamed ("blamed the attack on ...")?"""
    return start > 0 and bool(_BLAME_CUE.search(text[max(0, start - 70):start]))


# a group that "has pledged allegiance to" another: the pledge is the first group's, not the attacker's
_PLEDGE_BETWEEN = re.compile(r"\b(?:pledged|pledging|pledges|swore|sworn|swearing)\s+(?:its\s+|their\s+)?(?:allegiance|loyalty)\s+to\b",
                             re.IGNORECASE)
_MEMBERS_OF_BEFORE = re.compile(r"\b(?:members?|belonged|belonging)\s+(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE)


# a group cleared of the attack: "ruled out al Qaeda involvement", "discounted any role by the PKK"
_RULED_OUT_BEFORE = re.compile(r"\b(?:ruled\s+out|discounted|excluded)\s+(?:any\s+|the\s+)?(?:possibility\s+of\s+|"
                               r"(?:involvement|role|link|hand)\s+(?:of|by)\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE)
# a group named as the one fought: not the perpetrator
_OPPONENT_BEFORE = re.compile(r"\b(against|war on|fight on|coalition against|campaign against|offensive against|"
                              r"opposed to|enemies of|defected from|deserted)\s+(the\s+)?$", re.IGNORECASE)
# a group named as the one harmed: "Eleven fighters of the Popular Mobilisation Forces (PMF), ...,
# were killed when Daesh militants attacked", "attacked PMF positions", "killing 11 Hashd fighters"
_HARMED_MEMBERS_BEFORE = re.compile(r"\b(?:fighters|members|militiamen|soldiers|troops|personnel|commanders?|officers|"
                                    r"units?|positions|posts|convoy|base|headquarters|checkpoints?)\s+of\s+(?:the\s+)?$",
                                    re.IGNORECASE)
_HARMED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                           r"(?:killed|wounded|injured|martyred|shot|attacked|targeted|ambushed|hit)\b", re.IGNORECASE)
_ATTACKED_BEFORE = re.compile(r"\b(?:attack(?:s|ed)?|assault(?:s|ed)?|ambush(?:es|ed)?|raid(?:s|ed)?|struck|targeting|"
                              r"targeted|killing|killed|kills)\s+(?:on\s+|against\s+)?(?:the\s+)?(?:(?!by\b)\w+\s+)?$",
                              re.IGNORECASE)
# another event the report compares the attack with: "drew comparisons with the 1963 bombing ...,
# in which four black girls were killed by Ku Klux Klan members"
_COMPARED_EVENT = re.compile(r"\b(?:comparisons?\s+(?:with|to)|compared\s+(?:it\s+)?(?:with|to)|reminiscent\s+of|"
                             r"recalled|evoked|echoes\s+of)\b.*", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:['’]s)?\s+(?:[\w-]+\s+)??(?:fighters|members|militiamen|positions|posts|"
                            # ("killed the Taliban's refugees minister", "the Taliban governor of Balkh")
                            r"convoys?|bases?|checkpoints?|forces|commanders?|troops|governors?|ministers?|officials?|"
                            r"leaders?|chiefs?|spokes(?:man|woman|person))\b", re.IGNORECASE)
# a group told by the people it has: "produced several leaders of the Afghan Taliban", "the cleric
# known as the father of the Taliban": named, not the attackers
# (not "Pablo Escobar, leader of the Extraditables", "signed by Jacobo Arenas, ... leader of the
# FARC": one leader named with his group tells who acted)
_ITS_PEOPLE_OF_BEFORE = re.compile(r"\b(?:father|fathers|founders?|leaders|godfather|mentors?)\s+of\s+(?:the\s+)?"
                                   r"(?:[A-Z][\w-]*\s+)?$", re.IGNORECASE)


def _group_harmed(text: str, start: int, end: int) -> bool:
    """Is the group named at text[start:end] the one the attack harmed, not the attackers?"""
    before = text[max(0, start - 40):start]
    return bool((_HARMED_MEMBERS_BEFORE.search(before) and _HARMED_AFTER.match(text, end))
                or (_ATTACKED_BEFORE.search(before) and _MEMBERS_AFTER.match(text, end)))


# a second group that claimed the same attack: a competing claim, GTD's gname2 too
_ALSO_CLAIMED = re.compile(r"\balso\s+(?:claimed|claims|claiming)\b|\b(?:competing|rival|separate)\s+claims?\b", re.IGNORECASE)
# "demanded the release of Abu Daoud ...; of Sirhan Sirhan ...; of members of the Baader-Meinhof gang"
# (the list may hold an abbreviation's point: "the assassin of Sen. Robert F. Kennedy")
_RELEASE_DEMANDED_BEFORE = re.compile(r"\b(?:release|freeing|freedom)\s+of\b(?:[^.]|\b[A-Z][a-z]{0,3}\.)*$")
# a second group in the claim, named as a partner: GTD's gname2
_JOINT_CUE = re.compile(r"\b(together with|jointly with|in (coordination|cooperation|collaboration) with|along with|alongside|and)\b",
                        re.IGNORECASE)


_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
# ("Al-Qaeda's Sahel affiliate Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed")
_BRANCH_BETWEEN = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,4}(?:branch|affiliate|wing|franchise|offshoot|arm|"
                             r"province|faction)(?:\s+in\s+[\w ]{1,30})?,?\s*(?:the\s+)?$", re.IGNORECASE)


# a run of capitalised words, with the lower-case noun a report often writes after a name the
# small NER does not tag ("Hafiz Gul Bahadur group claimed responsibility")
_NAME_RUN = re.compile(r"\b((?:[A-Z][\w'’\-]+\s+){0,5}[A-Z][\w'’\-]+)"
                       r"(\s+(?:group|movement|front|faction|brigades?|network|organi[sz]ation|militia|outfit))?\b")


def _name_runs(text: str) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each capitalised run, its trailing group noun title-cased."""
    for match in _NAME_RUN.finditer(text):
        name = match.group(1) + (match.group(2).title() if match.group(2) else "")
        yield name, match.start(), match.end()


_DESCRIBED_GROUP = re.compile(r"[\w'’]+-(?:based|backed|linked|affiliated|allied|aligned|inspired)\b", re.IGNORECASE)


_POSSESSIVE_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’])(?:People|Peoples|Nation|Mujahideen|Martyrs|Patriots)['’]s?\s+$")


# a name the sentence says is a group's: "the Coordinadora Arauco-Malleco, a radical Mapuche group that"
_GROUP_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:group|organi[sz]ation|movement|faction|"
                               r"outfit|militia|network|cell)\b", re.IGNORECASE)


_UNIT_OF_A_GROUP_AFTER = re.compile(r"\s+(?:front|column|bloc|battalion|brigade|unit|cell|company)\s*,\s+(?:an?|the)\s+"
                                    r"(?:[\w-]+\s+){0,2}?(?:faction|front|unit|wing|cell|branch|part)\s+of\b")


def unlisted_group(part: _Part) -> Optional[tuple[str, str]]:
    """(name, "claim" | "blame") of a group that groups.json does not list, named in this part as
    the one that claimed the attack or is blamed for it: "National Thowheeth Jama'ath was behind
    the bombings", "blamed the attack on the Mujahideen Youth Movement". GTD records such groups
    under the name the sources give."""
    rules = load_lexicon().unlisted_group
    info = part.contribution.info
    offset = info.span.start_char
    tagged = [(ent.text, ent.start_char - offset, ent.end_char - offset, ent.label_) for ent in info.span.ents
              if ent.label_ in ("ORG", "PERSON", "NORP", "FAC")]  # (FAC: "the Gulf Clan", a name word needed)
    untagged = [(name, start, end, "") for name, start, end in _name_runs(part.text)]
    for text, start, end, label in tagged + untagged:
        if label and part.text[start:end] != text:
            continue  # masked: told of another incident
        unit = UNIT_WORD_BEFORE.search(part.text[max(0, start - 12):start]) or (
            # "The People's Anti-Fascist Front", where the tagger found only "Anti-Fascist Front"
            _POSSESSIVE_NAME_WORD_BEFORE.search(part.text[max(0, start - 16):start]) if label == "ORG" else None)
        if unit:  # "Saraya Ansar al-Sunna", where the tagger found only "Ansar al-Sunna"
            start -= len(unit.group(0))
            text = part.text[start:end]
        name = _LEADING_ARTICLE.sub("", text.strip())
        name = re.sub(r"['\u2019]s$", "", name)
        has_name_word = bool(rules.name_words.search(name)) or bool(_GROUP_APPOSITION.match(part.text, end))
        if label != "ORG" and not has_name_word:
            continue  # a person or a people ("Islamist") is not an organisation
        if not label and not rules.after.match(part.text, end):
            continue  # an untagged run is a group's name only right before the claim
        # the cues first: the gazetteer and group lookups are for the few names a claim follows
        before = part.text[max(0, start - 60):start]
        if rules.after.match(part.text, end):
            how = "claim" if "claim" in part.text[end:end + 90].lower() else "blame"
        elif rules.before.search(before):
            how = "claim" if re.search(r"\b(?:claimed|signed) by", before, re.IGNORECASE) else "blame"
        else:
            continue
        if len(name) < 3 or rules.not_a_group.search(name) or find_groups(name) or resolve_country(name):
            continue
        if _DESCRIBED_GROUP.match(name):
            continue  # "The Pakistan-based group claimed the attack": a description, not a name
        if _UNIT_OF_A_GROUP_AFTER.match(part.text, end):
            # "the Jaime Martinez front, a faction of the dissidents of the former FARC": a unit
            # of the group named next, which GTD codes (as it codes a FARC front as the FARC)
            continue
        return name, how
    return None


# a claim that gives its reason ("claimed the attack in a statement, saying it was retaliation for
# ..."); the formula of Amaq's claims ("in response to calls to target coalition nations") is none
_CLAIMED_MOTIVE = re.compile(r"\b(saying|said|adding|stating)\b[^.]{0,60}?\b(retaliation|revenge|avenge|punish\w*|"
                             r"because|protest)\b", re.IGNORECASE)


# the clause a claim adds after "saying": a reason, unless it tells the deed, its toll or its doer
_CLAIM_REASON = re.compile(r"\bclaim\w*\b[^.]{0,120}?,\s+saying\s+([^.;]{10,})", re.IGNORECASE)
_CLAIM_TELLS_DEED = re.compile(r"\b(carried|conducted|detonat\w*|killed|kill|wounded|injured|dead|fighters?|members?|"
                               r"soldiers?|bombers?|attackers?|martyrdom|behind|responsib\w*|targeted|attacked|blew)\b",
                               re.IGNORECASE)


_CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of|the|and|for|de|[A-Z][a-z]+))+")


def _spelled_out_as_other(acronym: str, text: str) -> bool:
    """Does the text write `acronym` in full as a capitalised name that is no group's name
    ("Massachusetts Institute of Technology" for "MIT")?"""
    for match in _CAPITALISED_NAME.finditer(text):
        words = [w for w in match.group(0).split() if w[:1].isupper()]
        if len(words) >= 2 and "".join(w[0] for w in words) == acronym and not find_groups(match.group(0)):
            return True
    return False


OTHER_EVENT_DAYS = 45  # a sentence dated this far from the incident tells another event


def _dated_elsewhere(part: _Part, record: IncidentRecord) -> bool:
    """Every date the sentence gives lies far from the incident's: it tells another event."""
    dates = part.contribution.info.dates
    return record.date is not None and bool(dates) and all(
        abs((d.date - record.date).days) > OTHER_EVENT_DAYS for d, _, _ in dates)


_GRIEVANCE_CUE = re.compile(r"\b(?:aveng\w*|revenge|retaliat\w*|in response to|reprisal)\b", re.IGNORECASE)


def _claim_then_grievance(part: _Part) -> bool:
    """"X claimed both attacks in a leaflet, saying they avenged the killing of bomb maker Yahya
    Ayyash in January": the claim is of this incident; its dates are the grievance's."""
    info = part.contribution.info
    claim = load_lexicon().claimed.search(info.text)
    if claim is None:
        return False
    cue = _GRIEVANCE_CUE.search(info.text, claim.end())
    return cue is not None and all(start - info.start > cue.start() for _, start, _ in info.dates)


# where a group is present, which says nothing of who carried out the attack: "JNIM is active along
# the border", "JNIM and the Islamic State in the Greater Sahara are moving south", "the area is a
# stronghold of the Islamic State in the Greater Sahara"
_GROUP_PRESENT_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[^,.;]{1,60}?)?\s+(?:is|are|has been|have been|remains?)\s+(?:\w+\s+)?"
                                  r"(?:active|present|operating|moving|expanding|entrenched|based|strong)\b", re.IGNORECASE)
# "Taliban authorities had earlier put the death toll at 25", "the Hamas-run health ministry": a
# group that governs, speaking or counting as the state, not named as this attack's doer
_GROUP_AS_STATE_AFTER = re.compile(r"(?:['’]s?)?(?:\s+|-)(?:authorities|government|administration|officials|rulers|regime|"
                                   r"run|controlled|appointed|installed|interior\s+ministry|health\s+ministry|"
                                   r"police\s+(?:chief|spokes(?:man|woman))|security\s+forces)\b", re.IGNORECASE)
_GROUP_PRESENT_BEFORE = re.compile(r"\b(?:stronghold|bastion|heartland|territory|presence)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# a group blamed that denied it: "blamed ETA, which denied it"
_DENIED_AFTER = re.compile(r",?\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:quickly\s+|swiftly\s+|later\s+)?"
                           r"(?:denied|rejected|disowned)\b", re.IGNORECASE)


# (or "had a radical Islamist motive", "Islamist-motivated", as German prosecutors say it; not
# "no evidence of an Islamist motive")
_ISLAMIST_TERROR = re.compile(r"\bIslamist\s+terror(?:ist)?\s+(?:attack|act)\b|\bacts?\s+of\s+Islamist\s+terror(?:ism)?\b"
                              r"|(?<!no evidence of an )(?<!no indication of an )(?<!no sign of an )(?<!ruled out an )"
                              r"\b(?:(?:radical|extremist)\s+)?Islamist\s+motive\b|\bIslamist(?:ically)?[- ]motivated\b",
                              re.IGNORECASE)


def code_group_and_claim(record: IncidentRecord, parts: list[_Part]) -> None:
    lex = load_lexicon()
    named: Optional[str] = None
    blamed: Optional[str] = None
    inspired = False
    affiliated: Optional[str] = None  # a group named only as the perpetrators' ally or parent
    parents: set[str] = set()  # every group so named
    claimed_by: Optional[str] = None
    claimant_end, claimant_part = 0, -1  # where the claimant's name ends, in which part
    claim_index: Optional[int] = None
    unlisted: Optional[tuple[str, str]] = None  # a group groups.json does not know, and how it is named
    amaq_mode: Optional[str] = None
    member = False  # the group first named is the attackers' own ("were members of")
    # "the Massachusetts Institute of Technology ... on the MIT campus": an acronym the text
    # spells out as something else is not the group that shares it
    told = " ".join(p.text for p in parts)
    for index, part in enumerate(parts):
        if ((_dated_elsewhere(part, record) and not _claim_then_grievance(part))
                or part.contribution.info.block_kind == "footnote"):
            # "ISKP, which claimed an attack on a maternity ward there in May 2020": another
            # attack's claim; "[3] JNIM statement, June 6, 2021.": a source, not a perpetrator
            continue
        groups = find_groups(_blank(_COMPARED_EVENT, part.text))
        claim = (lex.claimed.search(part.text) or _FIRST_PERSON_CLAIM.search(part.text)
                 or _spokesman_claim(part.text, groups))
        by_claimant = [m.end() for m in lex.claimed.finditer(part.text) if m.group(0).rstrip().endswith("claimed by")]
        denied = lex.claim_denied.search(part.text)
        deniers: set[str] = set()
        if claim and denied and claim.end() <= denied.start():
            # "Jamaat-ul-Ahrar, a TTP faction, claimed that one, though the TTP itself denied
            # involvement": the group named just before the denial denies; the claim stands
            late = [g for g in groups if claim.end() <= g.start and 0 <= denied.start() - g.end <= 20]
            if late:
                deniers = {g.gname for g in late}
                denied = None
        praised = not claim and lex.claim_praised.search(part.text)
        # (only a group named by capitals is looked up in full: most are not)
        groups = [g for g in groups if not (g.surface.isupper() and _spelled_out_as_other(g.surface, told))]
        harmed = {g.gname for g in groups if _group_harmed(part.text, g.start, g.end)}
        # (every name of a group the sentence tells was harmed: "(PMF), known in Arabic as Hashd al-Shaabi")
        groups = [g for g in groups if g.gname not in harmed]
        allies = []  # groups named only as the perpetrators' allies or parents
        for group in groups:
            if group.gname in deniers and group.start >= claim.end():
                continue
            if _RELEASE_DEMANDED_BEFORE.search(part.text[:group.start]):
                continue  # "demanded the release of ... members of West Germany's Baader-Meinhof gang": prisoners
            if _OPPONENT_BEFORE.search(part.text[max(0, group.start - 40):group.start]):
                continue  # "to punish Sweden for joining the coalition against the Islamic State"
            if _RULED_OUT_BEFORE.search(part.text[max(0, group.start - 50):group.start]):
                continue  # "He also ruled out al Qaeda involvement": the group cleared
            if _DENIED_AFTER.match(part.text, group.end):
                continue  # "The government first blamed the Basque separatist group ETA, which denied it"
            if (_GROUP_PRESENT_AFTER.match(part.text, group.end)
                    or _GROUP_PRESENT_BEFORE.search(part.text[max(0, group.start - 40):group.start])):
                continue  # "No group has claimed the attack, but JNIM is active along the border"
            if not claim and _GROUP_AS_STATE_AFTER.match(part.text, group.end):
                continue  # "Taliban authorities had earlier put the death toll at 25"
            if group.inspired and any(other.end <= group.start and _PLEDGE_BETWEEN.search(part.text[other.end:group.start])
                                      for other in groups):
                # "The ADF, a Ugandan rebel group ..., has pledged allegiance to the Islamic State
                # group": the named group's parent, not the attackers' inspiration
                affiliated = affiliated or group.gname
                continue
            if group.inspired:
                inspired = True
                _evidence(record, "gname", part)
                continue
            if group.affiliation and not denied:
                # (or "Tehreek-e-Jihad Pakistan, a little-known group linked to the Pakistani
                # Taliban, claimed responsibility": the claimant's ally)
                affiliated = affiliated or group.gname
                parents.add(group.gname)
                allies.append(group)
                continue  # "The al Qaeda-linked group claimed responsibility": not al-Qaeda
            if denied:
                # "ISIS did not claim responsibility": no perpetrator named, unless one is blamed
                # ("No group claimed responsibility; authorities attributed the attack to ISIL")
                if blamed is None and _blamed_before(part.text, group.start):
                    blamed = group.gname
                    _evidence(record, "gname", part)
                continue
            if praised:
                continue  # "Islamic State Khorasan praised the attack": praise is no claim
            if claim and by_claimant and not any(0 <= group.start - end <= 25 for end in by_claimant):
                # "..., a Taliban spokesman said, in an attack later claimed by Islamic State": only
                # the group after "claimed by" claimed it
                if named is None:
                    named = group.gname
                continue
            if claim:
                named_here = claimed_by is not None and claimant_part == index
                if named_here and _BRANCH_BETWEEN.match(part.text[claimant_end:group.start]):
                    # "Islamic State's Afghan branch, Islamic State Khorasan (ISIS-K), claimed":
                    # the parent names the branch that claimed
                    claimed_by, claimant_end = group.gname, group.end
                elif claimed_by is None or is_branch_of(group.gname, claimed_by):
                    # ("... later claimed by Islamic State. | Islamic State's Khorasan branch (ISIS-K)
                    # said ... one of its fighters had carried out the attack": the branch)
                    claimed_by, claimant_end, claimant_part = group.gname, group.end, index
                elif (record.gname2 is None and group.gname != claimed_by and named_here and claimant_end <= group.start
                      and _JOINT_CUE.search(part.text[claimant_end:group.start])):
                    record.gname2 = group.gname  # "carried out together with al-Qaeda in the Islamic Maghreb"
                elif (record.gname2 is None and group.gname != claimed_by and claimant_part != index
                      and not is_branch_of(claimed_by, group.gname) and _ALSO_CLAIMED.search(part.text)):
                    # "Separately, a spokesman for the militant group Jundullah ... also claimed the
                    # attack": a competing claim, GTD's second group
                    record.gname2 = group.gname
                _evidence(record, "claimed", part)
            elif named is None and not _ITS_PEOPLE_OF_BEFORE.search(part.text[max(0, group.start - 40):group.start]):
                named = group.gname
                _evidence(record, "gname", part)
                # "the attackers ... were members of Jamaah Ansharut Daulah (JAD), a local network
                # that has pledged allegiance to the Islamic State": their own group, not an inspiration
                member = bool(_MEMBERS_OF_BEFORE.search(part.text[max(0, group.start - 40):group.start]))
            start = group.start
            if blamed is None and _blamed_before(part.text, start):
                blamed = group.gname
        if claim and not denied:
            if record.claimed != 1:
                record.claimed = 1
                claim_index = index
                _evidence(record, "claimed", part)
            found = _claim_channel(part.text)
            if found and record.claim_channel is None:
                record.claimmode = record.claimmode or found[0]
                if found[1]:
                    record.claim_channel = found[1]
        elif claim is None and "amaq" in part.text.lower() and record.claim_channel is None:
            # "Islamic State said in a statement posted by its Amaq news agency ...": the channel
            # of a claim told in another sentence
            amaq_mode, record.claim_channel = _claim_channel("Amaq")  # the lexicon's Amaq channel
        if len(groups) == len(allies) and not denied and unlisted is None:
            unlisted = unlisted_group(part)
            if unlisted is not None:
                _evidence(record, "gname", part)
    if claim_index is not None and record.claim_channel is None and claim_index + 1 < len(parts):
        # "The Taliban claimed responsibility. Their spokesman said in a message to journalists ..."
        found = _claim_channel(parts[claim_index + 1].text)
        if found:
            record.claimmode = record.claimmode or found[0]
            record.claim_channel = found[1]
    if record.claimed == 1 and record.claimmode is None and amaq_mode:
        record.claimmode = amaq_mode
    if claimed_by and member and named and named != claimed_by:
        # "the family belonged to Jamaah Ansharut Daulah ... Islamic State claimed responsibility
        # through Amaq": the attackers' own group, and the one that claimed them
        record.gname = named
        record.gname2 = record.gname2 or claimed_by
    elif claimed_by:
        record.gname = claimed_by
    elif unlisted is not None and unlisted[1] == "claim":
        record.gname = unlisted[0]
    elif blamed:
        record.gname = blamed
    elif unlisted is not None:
        record.gname = unlisted[0]
    elif named and (not inspired or member):
        record.gname = named
    elif inspired:
        record.gname = JIHADI_INSPIRED
        record.inspired = True
    elif affiliated is None and (labelled := next((p for p in parts if _ISLAMIST_TERROR.search(p.text)), None)):
        # '"an Islamist terrorist attack, no doubt about it"', and no group named: GTD's label for
        # the attacker moved by that ideology
        record.gname = JIHADI_INSPIRED
        record.inspired = True
        _evidence(record, "gname", labelled)
    else:
        # "ISIS-linked militants attacked ...", and no other group named: the one they belong to
        # (not "insurgents linked to al Qaeda and Islamic State": which of the two is not told)
        record.gname = affiliated if affiliated and len(parents) <= 1 else UNKNOWN_GROUP
    if inspired:
        record.inspired = True
    if record.claimed is None:
        record.claimed = 0


# the honorifics and ranks that stand before a name (the public offices are the lexicon's
# `office_titles`): "Sheikh", "Father", "Commander"
_HONORIFICS = {"mr", "mrs", "ms", "dr", "general", "gen", "sheikh", "imam", "father", "rev", "reverend", "bishop", "sir",
               "lord", "king", "queen", "prince", "sen", "gov", "commander", "chief", "officer", "pc", "pastor", "rabbi",
               "mullah", "maulana", "emir", "deputy", "mp", "rep"}


def _with_untagged_first_name(name: Span, sentence: Span) -> Span:
    """"Dzmitry Kanavalau and ...": the first name the small NER left out of a surname it tagged
    (a capitalised proper noun hung on the surname, and no entity or rank of its own)."""
    if len(name) != 1 or name.start <= sentence.start:
        return name
    before = sentence.doc[name.start - 1]
    if (before.is_title and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == name.root.i
            and not before.ent_type_ and not _RANK_BEFORE_NAME.match(before.text + " X")
            and before.lower_.rstrip(".") not in _HONORIFICS | load_lexicon().office_titles):
        return sentence.doc[name.start - 1:name.end]
    return name


def _person_names(sentence: Span) -> list[Span]:
    """PERSON entities, and the names the small NER leaves untagged when they are the subject
    of a verb: "Dylann Storm Roof appeared ... and was charged with nine counts of murder"."""
    names = [_with_untagged_first_name(e, sentence) for e in sentence.ents if e.label_ == "PERSON"]
    tagged = {t.i for e in sentence.ents for t in e}
    for token in sentence:
        aged = any(c.dep_ == "appos" and c.like_num and c.text.isdigit() and int(c.text) < 100 for c in token.children)
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN" or (token.i in tagged and not aged):
            continue  # ("Sudesh Amman, 20, was wearing ...": a name with its age, whatever the NER says)
        first = min([c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token.i])
        name = sentence.doc[first:token.i + 1]
        if 2 <= len(name) <= 4 and all(t.is_title for t in name):
            names.append(name)
    return names


def _office_held(before: str, office_titles: frozenset[str]) -> bool:
    """Does a public office's title ("Interior Minister", "Judge") stand right before a name?"""
    words = before.rstrip().split()
    return bool(words) and words[-1].rstrip(".").lower() in office_titles and words[-1][:1].isupper()


def _leaves_a_device(verb: Token) -> bool:
    """"who left the bomb on a bench": leaving a device is planting it."""
    return verb.lemma_.lower() == "leave" and any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in ("bomb", "device", "explosive", "bag", "backpack", "package")
        for o in verb.children)


def find_perpetrators(parts: list[_Part]) -> list[Perpetrator]:
    """Named and described attackers: 'a Moroccan Frenchman ... named Redouane Lakdim, 25'."""
    lex = load_lexicon()
    perps: dict[str, Perpetrator] = {}
    order: list[str] = []
    listing = False
    charged_before = False
    shared_nationality: dict[str, Optional[str]] = {}
    for part in parts:
        text = part.text
        info = part.contribution.info
        candidates: list[tuple[str, int]] = []
        for match in _NAME_CUE.finditer(text):
            name = match.group(1)
            if match.group(0).lower().startswith("by") and _RESPONSE_CLAUSE.search(text[max(0, match.start() - 40):match.end()]):
                continue
            if match.group(0).lower().startswith("by") and _MEDIUM_BY_BEFORE.search(text[max(0, match.start() - 30):match.start()]):
                continue  # "a video recording first broadcast by Al Jazeera": the channel, not an attacker
            if match.group(0).lower().startswith("by") and _LEADER_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                continue  # "the group led by Mokhtar Belmokhtar": its leader, not an attacker (nor an owner)
            if (re.match(r"(?i)named|identified|called", match.group(0))
                    and (_NAMES_NO_ATTACKER.search(text[max(0, match.start() - 40):match.start()])
                         # "he shot dead a 36-year-old man working at the reception desk, later
                         # named as Kai Hao": the one he killed
                         or _HARMED_ONE_BEFORE.search(text[max(0, match.start() - 120):match.start()]))):
                continue  # "The 29-year-old officer, named as Rouven Laur": the victim's name
            age = re.match(r"\s*,\s*\d{1,3}\s*(?=,)", text[match.end(1):])
            if _AMONG_THE_VICTIMS.match(text, match.end(1) + (age.end() if age else 0)):
                continue  # "A woman, identified as Ngangbam Surbala, 31, was among those killed"
            candidates.append((name, match.start(1)))
        for match in _IDENTIFIED_AS.finditer(text):
            # "named the bomber on Tuesday as Salman Abedi", "identified him as Nabil Fadli"
            if match.group(1).lower().endswith("ly") and _NAMES_NO_ATTACKER.search(text[max(0, match.start() - 40):match.start()]):
                continue  # "The teacher, named locally as Dominique Bernard": the one named is the victim
            if not re.search(r"\b(victims?|dead|deceased|wounded|injured)\b", match.group(1), re.IGNORECASE):
                candidates.append((match.group(2), match.start(2)))
                # "named the bombers as Omar al-Muwahhid and Seyfullah al-Mujahid": each of them
                position = match.end(2)
                while more := _AND_NAME.match(text, position):
                    candidates.append((more.group(1), more.start(1)))
                    position = more.end(1)
                for other in _AND_THE_OTHER_AS.finditer(text, position):
                    candidates.append((other.group(1), other.start(1)))
        for match in _BY_DESCRIBED_NAME.finditer(text):
            # "was stabbed to death ... by a former pupil, Mohammed Mogouchkov, 20,"
            if not _RESPONSE_CLAUSE.search(text[max(0, match.start() - 40):match.end()]):
                candidates.append((match.group(1), match.start(1)))
                position = match.end(1)
                while more := _AND_NAME.match(text, position):  # "..., and Francine Graham, 50"
                    candidates.append((more.group(1), more.start(1)))
                    position = more.end(1)
        for match in _NAMED_THE_ATTACKER_AS.finditer(text):
            if " " in match.group(1) and not any(match.group(1) == c[0] for c in candidates):
                candidates.append((match.group(1), match.start(1)))
        if _INTRODUCES_ATTACKER_LIST.search(text):
            listing = True
        elif listing and part.contribution.info.block_kind == "list_item":
            # "The three attackers have been identified as:" followed by one name per item
            item = re.match(r"\W*((?:[A-Z][a-z’'\-]+)(?:\s+(?:[A-Z][a-z’'\-]+|" + _PARTICLE + r")){1,4})\s*,", text)
            if item:
                candidates.append((item.group(1), item.start(1)))
        else:
            listing = False
        aged = list(_AGED_NAME_IN_LIST.finditer(text))
        if len(aged) >= 2 and (_PROSECUTED.search(text) or charged_before or _THE_SUSPECTS_OPEN.match(text)) and not (
                # "Saadallah stabbed James Furlong, 36, David Wails, 49, and ...": his victims
                _ATTACK_AFTER_NAME.search(text[:aged[0].start()])
                # "The three people who died have been named as James Furlong, 36, ..."
                or _NAMES_NO_ATTACKER.search(text[max(0, aged[0].start() - 40):aged[0].start()])):
            # "The four — Dalerdzhon Mirzoyev, 32, Saidakrami Rachabalizoda, 30, ... and
            # Muhammadsobir Fayzov, 19 — are all citizens of Tajikistan" (after "charged four men")
            candidates += [(match.group(1), match.start(1)) for match in aged]
            # "... and Muhammadsobir Fayzov, 19 — are all citizens of Tajikistan": of them all
            shared_nationality.update({match.group(1): _nationality(text[aged[-1].end():]) for match in aged})
        # (not "shot dead": "Two embassy staff were shot dead ... | Yaron Lischinsky, 30, and Sarah
        # Milgrim, 26, were leaving an event": the people named next are the dead)
        charged_before = bool(_PROSECUTED.search(text))
        names = _person_names(info.span)
        names_from_pattern: set[str] = set()
        # the small NER often tags a foreign name in apposition as ORG ("The driver, Rakhmat Akilov,")
        appositions = [e for e in info.span.ents if e.label_ == "ORG" and e.root.dep_ == "appos"
                       and not find_groups(e.text)]
        # (the small NER may tag a foreign name described after it as ORG: "Mehdi Nemmouche, the
        # French jihadist who shot dead four people")
        described = [e for e in info.span.ents if e.label_ == "ORG" and e.root.dep_ in ("nsubj", "nsubjpass")
                     and not find_groups(e.text) and e not in appositions]
        for ent in names + appositions + described:
            root = ent.root
            head = root.head
            # "The gunman, Man Haron Monis, 50, ...": a name in apposition to an attacker noun
            # (not one the parser hung on a far noun: "Four Palestinian gunmen who hijacked ... after
            # killing a wheelchair-bound American passenger, Leon Klinghoffer, 69")
            # ("Three suicide bombers died: Ibrahim El Bakraoui and ...": a list after a colon is theirs)
            adjacent = (not any(t.pos_ in ("VERB", "AUX") for t in root.doc[min(head.i, ent.start) + 1:ent.start])
                        or (ent.start > 0 and root.doc[ent.start - 1].text == ":"))
            if root.dep_ == "appos" and adjacent and (head.lower_ in lex.perpetrator_nouns or (
                    # "The driver, Rakhmat Akilov, ... was arrested the same evening"
                    head.lower_ == "driver" and _ARRESTED.search(text)) or (
                    # "Police arrested a 25-year-old man, Ali Harbi Ali, ... at the scene"
                    head.lower_ in ("man", "woman", "suspect", "teenager", "youth") and head.dep_ in ("dobj", "obj")
                    and head.head.lemma_.lower() in ("arrest", "detain", "apprehend") and ent.label_ == "PERSON") or (
                    # "an 18-year-old Moroccan asylum seeker, Abderrahman Bouanane, stabbed people"
                    head.dep_ == "nsubj" and head.head.lemma_.lower() in _ATTACK_VERBS
                    and ent.label_ == "PERSON" and len(ent) >= 2 and not normalize_country(ent.text)) or (
                    # "police detained a Syrian woman, Ahlam Albashir, who planted the bomb"
                    ent.label_ == "PERSON" and len(ent) >= 2 and any(
                        c.dep_ == "relcl" and (c.lemma_.lower() in _ATTACK_VERBS or _leaves_a_device(c))
                        and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)
                        for c in list(root.children) + list(head.children)))):
                candidates.append((ent.text, ent.start_char - info.span.start_char))
                continue
            if ent.label_ in ("PERSON", "ORG") and len(ent) >= 2 and all(t.is_title for t in ent) and any(
                    c.dep_ == "appos" and any(g.dep_ == "relcl" and g.lemma_.lower() in _ATTACK_VERBS
                                              and any(w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in g.children)
                                              and part.contribution.covers(info.start + g.idx - info.span.start_char)
                                              for g in c.children)
                    for c in root.children):
                # "Mehdi Nemmouche, the French jihadist who shot dead four people at the Jewish
                # Museum ..., was sentenced": the name the clause after it describes
                candidates.append((ent.text, ent.start_char - info.span.start_char))
                continue
            if ent in described:
                continue  # (an ORG subject is a name only as the rule above reads it)
            if root.dep_ == "conj" and head.dep_ in ("nsubj", "nsubjpass") and head.ent_type_ == "PERSON":
                # "Dzmitry Kanavalau and Uladzislau Kavalyou, both 25, ... were convicted of
                # terrorism": the second name shares the first's verb
                root, head = head, head.head
            if root.dep_ == "nsubj" or (root.dep_ == "nsubjpass" and head.lemma_.lower() in _HELD_TO_ACCOUNT_LEMMAS):
                # ("teacher Samuel Paty was beheaded": the passive subject is the victim)
                verbs = [head] + [c for c in head.children if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or (
                    # "X appeared before Leeds Magistrates' Court charged with one count of murder"
                    c.dep_ == "advcl" and c.lemma_.lower() == "charge" and head.lemma_.lower() == "appear")]
                # (a conjoined verb with a subject of its own is not the name's: "Mrs Thatcher insisted
                # that the conference should go on, and it opened on schedule"; nor is "open" without fire)
                verbs = [v for v in verbs if v.i == head.i or v.dep_ != "conj" or not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("he", "she", "they") for c in v.children)]
                verbs = [v for v in verbs if v.lemma_.lower() != "open" or any(c.lower_ == "fire" for c in v.children)]
                # (nor "set" without a bomb or a fire: "set up roadblocks")
                verbs = [v for v in verbs if v.lemma_.lower() != "set" or any(
                    c.lower_ in ("off", "fire", "ablaze", "alight") for c in v.children)]
                head = next((v for v in verbs if v.lemma_.lower() in _ATTACK_VERBS | _HELD_TO_ACCOUNT_LEMMAS | {"claim"}), head)
                if head not in verbs:
                    continue  # its own verb is one of the ordinary uses just set aside
                verb_words = {t.lower_ for t in head.subtree}
                if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _BENIGN_OBJECTS for c in head.children):
                    continue  # "Hassan Sheikh Mohamud took office", "the mayor held a meeting"
                if head.lemma_.lower() in _ATTACK_VERBS and any(
                        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                        for c in head.children):
                    continue  # "Justice Adeniyi Ademola held that the prosecution had proved ...": a holding, no deed
                # "X, 29, blew himself up", "X was charged with nine counts of murder",
                # "'I abducted your girls,' X says", "X claimed that attack"
                if (head.lemma_.lower() in _ATTACK_VERBS
                        or (head.lemma_.lower() in _HELD_TO_ACCOUNT_LEMMAS and verb_words & {
                            "murder", "murders", "terrorism", "killing", "killings", "attempted", "crime", "crimes", "assault",
                            "arson", "bombing", "bombings", "attack", "attacks", "shooting", "shootings", "stabbing", "stabbings"})
                        or (head.lemma_.lower() == "claim" and verb_words & {"attack", "responsibility", "abduction",
                                                                             "kidnapping", "bombing", "killing"})
                        or (head.lemma_.lower() in ("say", "says") and _FIRST_PERSON_DEED.search(text))):
                    if not part.contribution.covers(info.start + head.idx - info.span.start_char):
                        # "The attack at the museum came two years after Mohamed Merah killed a
                        # rabbi ...": his deed is the earlier attack's part of the sentence
                        continue
                    candidates.append((ent.text, ent.start_char - info.span.start_char))
        for ent in names:
            offset = ent.start_char - info.span.start_char
            if len(ent.text.split()) < 2:
                continue  # a first and a last name ("Bombings, 20, 102" in a table row is none)
            deed = _ATTACK_AFTER_NAME.search(text, offset + len(ent.text))
            if deed and _PASSIVE_BEFORE.search(text[max(0, deed.start() - 25):deed.start()]):
                deed = None  # "Niloy Chakrabarti, 40, who wrote under a pen name, was killed in his flat": done to him
            if deed and _DIED_BETWEEN.search(text[offset + len(ent.text):deed.start()]):
                # "Diego Salva Lezaun, 27, ... and Carlos Saenz de Tejada Garcia, 28, from Burgos,
                # died instantly as they set off in the Nissan Patrol": the dead, leaving
                deed = None
            if deed and _OTHER_ATTACKER_BETWEEN.search(text[offset + len(ent.text):deed.start()]):
                # "Yaron Lischinsky, 30, and Sarah Milgrim, 26, were leaving an event ... when a
                # gunman approached a group of four people and opened fire": the gunman's deed
                deed = None
            if (_AGED_NAME_OPENS.match(text[:offset]) and _AGE_APPOSITION.match(text[offset + len(ent.text):])
                    and (deed
                         # "Usman Khan, a 28-year-old convicted terrorist released on licence, attended ..."
                         or _ATTACKER_APPOSITION.match(text[offset + len(ent.text):]))):
                candidates.append((ent.text, offset))
            elif _AGED_NAME_OPENS.match(text[:offset]) and _HELD_AFTER_AGED_NAME.match(text, offset + len(ent.text)):
                # "Nathaniel Veltman, 20, of London, was arrested in a mall parking lot": the suspect
                candidates.append((ent.text, offset))
            elif text[:offset].rstrip().endswith(",") and _ATTACK_RIGHT_AFTER_APPOSITION.match(text, offset + len(ent.text)):
                # "an 18-year-old Moroccan asylum seeker, Abderrahman Bouanane, stabbed people"
                candidates.append((ent.text, offset))
        opening = _OPENING_AGED_NAME.match(text)
        if opening and _HELD_AFTER_AGED_NAME.match(text, opening.end(1)) and not any(
                e.start_char - info.span.start_char <= opening.start(1) < e.end_char - info.span.start_char for e in names):
            # "Shamsud-Din Jabbar, 42, a U.S. citizen from Texas, was killed in a gunfight with
            # police": a name with its age, held or killed, that the small NER left untagged
            candidates.append((opening.group(1), opening.start(1)))
        for match in _NAMED_ATTACKERS.finditer(text):
            # "San Bernardino, California (2 December 2015): Syed Rizwan Farook and Tashfeen Malik
            # opened fire": names the parser hung on the item's place heading
            for group_index in (1, 2):
                name = match.group(group_index)
                if name and not find_groups(name) and not resolve_place(name) and not any(
                        w.lower() in lex.perpetrator_nouns or w.lower() in lex.person_nouns for w in name.split()):
                    candidates.append((name, match.start(group_index)))
                    names_from_pattern.add(name)
        person_names = {e.text for e in names} | names_from_pattern
        responses = [m.span() for m in _RESPONSE_CLAUSE.finditer(text)]
        quoted = [m.span() for m in STATEMENT_QUOTED.finditer(text)]
        for name, position in candidates:
            spelled = _SPELLED_ALSO_THEN_SURNAME.match(text, position + len(name))
            if spelled and " " not in name:
                # "a lone gunman, Radouane (also spelled Redouane) Lakdim": the first name's variant
                # between it and the surname
                name = f"{name} {spelled.group(1)}"
            if any(lo <= position < hi for lo, hi in quoted):
                continue  # 'In a statement it said: "Mrs Thatcher will now realise ...': named by the claimant
            if not part.contribution.covers(info.start + position):
                continue  # "The stabbings came seven months after Usman Khan killed two people": another attack's man
            if any(lo <= position < hi for lo, hi in responses):
                continue  # "police officer Alan Horujko confronts Artan and shoots him": the responder
            if _LEADER_AFTER.match(text, position + len(name)) or _LEADER_TITLE_BEFORE.search(
                    text[max(0, position - 30):position]):
                continue  # "Doku Umarov, the leader of the Caucasus Emirate, claimed responsibility"
            if _office_held(text[:position], lex.office_titles):
                continue  # "Interior Minister Francesco Cossiga set up roadblocks": the official
            if name.split()[-1] in _SITE_NAME_ENDINGS:
                continue  # "2. Martin Place, Sydney, ... Man Haron Monis, 50, ... took 18 people hostage": a square
            name = _RANK_BEFORE_NAME.sub("", name.strip(" ,"))  # "Major Nidal Malik Hasan": the man's name
            if not re.search(r"\s[A-Z]\.$", name):  # "Sulaiman A." keeps the point of its initial
                name = name.rstrip(".")
            if name.isupper() and " " in name:
                name = name.title()  # "SAYFULLO HABIBULLAEVIC SAIPOV, the defendant": an indictment's capitals
            if not any(w[:1].isupper() for w in name.split()):
                continue  # "a hijacked lorry was driven ...": a subject, but no name
            if find_groups(name):
                continue  # "Islamic State's Amaq news agency said ...": the group, not a person
            if any(name == p.surface for p in info.places):
                continue  # "Kasindi, North Kivu, Democratic Republic of Congo": a town the NER took for a man
            if lex.unlisted_group.name_words.search(name):
                continue  # "The Resistance Front (TRF) claimed responsibility": an unlisted group
            if any(m.event.fullmatch(name) for m in lex.methods) or lex.generic_event.fullmatch(name):
                continue  # "| Bombings | 20 | ...": a table's attack-type column, not a name
            if name not in person_names and any(w.lower() in lex.perpetrator_nouns or w.lower() in lex.person_nouns
                                                for w in name.split()):
                continue  # "Suspect Gunman": words, not a name ("Man Haron Monis" is a name)
            key = _same_person_key(name, perps)
            if key is None:
                perps[name] = Perpetrator(name=name)
                order.append(name)
                key = name
            perp = perps[key]
            after = text[position + len(name):]
            age = _AGE_AFTER_NAME.match(after) or _SHARED_AGE_AFTER_NAMES.match(after)
            window = text[max(0, position - 80): position + len(name) + 60]
            if age:
                perp.age = perp.age or int(age.group(1))
            else:
                phrase = _AGE_PHRASE.search(window)
                if phrase:
                    perp.age = perp.age or int(phrase.group(1) or phrase.group(2))
            perp.nationality = perp.nationality or shared_nationality.get(name) or _nationality(window)
    for name in list(order):
        if " " not in name:
            # "Khairi Saadallah, 26, has today been sentenced ... | Saadallah stabbed ...": the
            # surname the attack is told with, named in full before
            full = next((e for part in parts for e in part.contribution.info.span.ents
                         if e.label_ == "PERSON" and e.text.endswith(" " + name) and len(e.text.split()) <= 4), None)
            if full is not None and full.text not in perps:
                perp = perps.pop(name)
                perp.name = full.text
                after = full.doc.text[full.end_char:full.end_char + 8]
                age = _AGE_AFTER_NAME.match(after)
                perp.age = perp.age or (int(age.group(1)) if age else None)
                perps[full.text] = perp
                order[order.index(name)] = full.text
    # the record ("criminal record", "imprisoned for drug trafficking") of a lone perpetrator
    if len(order) == 1:
        perp = perps[order[0]]
        for part in parts:
            match = lex.record.search(part.text)
            if match and perp.record is None:
                perp.record = part.contribution.info.span.text.strip()
    if not order:
        unnamed = _unnamed_perpetrator(parts)
        if unnamed is not None and unnamed.nationality is None:
            # "A Syrian migrant who blew himself up ... | The 27-year-old man, whose application
            # for asylum had been rejected": the one attacker, described twice
            unnamed.nationality = _described_nationality(parts)
        return [unnamed] if unnamed else []
    if len(order) == 1 and (perps[order[0]].age is None or perps[order[0]].nationality is None):
        # "A 21-year-old man accused of killing 22 people ... | Patrick Crusius, of Allen, ...":
        # the one attacker described before he is named
        unnamed = _unnamed_perpetrator(parts)
        if unnamed is not None:
            perps[order[0]].age = perps[order[0]].age or unnamed.age
            perps[order[0]].nationality = perps[order[0]].nationality or unnamed.nationality
        if perps[order[0]].nationality is None:
            # "prosecutors said they believe a Syrian man who allegedly stabbed four people ...
            # | The 35-year-old suspect, identified only as Mahmoud M.": the one attacker's
            # nationality, told before his name without his age
            perps[order[0]].nationality = _described_nationality(parts)
    return [perps[n] for n in order]


def _described_nationality(parts: list[_Part]) -> Optional[str]:
    """The country of "a Syrian man who allegedly stabbed four people", where a part says it."""
    described = next((m for p in parts if (m := _DEMONYM_ATTACKER.search(p.text))), None)
    if described is None:
        # "He held both Austrian and North Macedonian citizenship": the first one named
        described = next((m for p in parts if (m := _CITIZENSHIP_HELD.search(p.text))), None)
    return country_from_demonym(described.group(1)) if described else None


_CITIZENSHIP_HELD = re.compile(r"\b(?:He|She)\s+(?:held|holds|had|has)\s+(?:both\s+)?(?:dual\s+)?([A-Z][a-z]+)"
                               r"(?:\s+and\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)?\s+(?:citizenship|nationality)\b")


_DEMONYM_ATTACKER = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([A-Z][a-z]+)\s+(?:man|woman|national|citizen|asylum[- ]seeker|refugee|"
                               r"migrant|teenager|suspect)\s+(?:who\s+(?:allegedly\s+|had\s+)?(?:stabbed|shot|attacked|killed|drove|"
                               r"rammed|opened fire|detonated|set off|blew (?:himself|herself) up)|accused\s+of|suspected\s+of)\b")


# (a word before: "a Sri Lankan national", read as two words and then as the last one)
_DEMONYM_CITIZEN = re.compile(r"(?<![\w.])((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+|U\.S\.|U\.K\.|US|UK)\s+"
                              r"(?:citizen|national|passport holder)\b")
_FROM_COUNTRY = re.compile(r"\b(?:man|woman|national|citizen|asylum[- ]seeker|refugee|migrant|immigrant|teenager|youth)\s+"
                           r"(?:originally\s+)?from\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
_CITIZENS_OF = re.compile(r"\b(?:citizens?|nationals?)\s+of\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


_RANK_BEFORE_NAME = re.compile(r"^(?:(?:Army|Navy|Air\s+Force|Marine)\s+)?(?:Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|"
                               r"Sergeant|Sgt\.|Corporal|Cpl\.|Private|Pvt\.|Colonel|Col\.|Staff\s+Sergeant|"
                               r"Specialist|Spc\.)\s+(?=[A-Z])")


def _same_person_key(name: str, perps: dict[str, Perpetrator]) -> Optional[str]:
    words = name.lower().split()
    for existing in perps:
        known = existing.lower().split()
        if not set(words) & set(known):
            continue
        if len(words) >= 2 and len(known) >= 2 and words[0] != known[0] and len(words[0]) > 2 and len(known[0]) > 2:
            continue  # "Tamerlan Tsarnaev" and "his brother Dzhokhar Tsarnaev": two people of one family
        return existing
    return None


def _nationality(window: str) -> Optional[str]:
    citizens = _CITIZENS_OF.search(window)
    # (not "a British national of Somali heritage": a demonym after "of" is an origin)
    if citizens and normalize_country(citizens.group(1)) and not country_from_demonym(citizens.group(1).split()[0]):
        return normalize_country(citizens.group(1))  # "are all citizens of Tajikistan"
    from_country = _FROM_COUNTRY.search(window)
    if from_country and normalize_country(from_country.group(1)):
        return normalize_country(from_country.group(1))  # "a 39-year-old man from Uzbekistan"
    for word in _DEMONYM_CITIZEN.findall(window):
        # "an Iraqi-born Swedish citizen": Sweden; "Omar Mateen, 29, U.S. citizen"
        country = (country_from_demonym(word) or country_from_demonym(word.split()[-1])
                   or (normalize_country(word) if word.replace(".", "").isupper() else None))
        if country:
            return country
    found: list[str] = []
    # (a two-word demonym first: "a Sri Lankan national", "a South African")
    for match in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?=\s+(?:-?[a-z]|\d)|[,.;]|$))?\b", window):
        if _INSTITUTION_AFTER.match(window, match.end()) or _INSTITUTION_AFTER.match(" " + match.group(0).split()[-1].lower()):
            # (or "a Philippine Airlines jet", the institution's word inside the match)
            continue  # "named by Israeli officials as Raad Hazem": who named him, not his nationality
        if _ANCESTRY_AFTER.match(window, match.end()):
            continue  # "a U.S.-born Muslim of Palestinian descent": his family's origin
        if _SCHOOLED_AFTER.match(window, match.end()):
            continue  # "Azahari Husin, a British-trained engineer": where he studied, not his nationality
        country = country_from_demonym(match.group(0)) or next(
            (c for word in match.group(0).split() if (c := country_from_demonym(word))), None)
        if country and country not in found:
            found.append(country)
    if not found and (born := _BORN_IN.search(window)):
        # "a U.S.-born Muslim": born there, and nothing else told
        word = born.group(1)
        return country_from_demonym(word) or normalize_country(word)
    return found[0] if found else None


_ANCESTRY_AFTER = re.compile(r"\s+(?:descent|origin|heritage|extraction|ancestry|parents)\b")
_SCHOOLED_AFTER = re.compile(r"-(?:trained|educated|schooled|based|backed|funded|made|built|led|linked)\b")
_BORN_IN = re.compile(r"(?<![\w.])([A-Z][a-z]+|U\.S\.|U\.K\.|US|UK)-born\b")


_INSTITUTION_AFTER = re.compile(r"\s+(?:officials?|authorities|police|forces|army|military|security|media|government|"
                                r"troops|sources|investigators|prosecutors?|intelligence|ministry|embassy|"
                                # "identified only as Mahmoud M. in line with German privacy rules"
                                r"privacy|laws?|rules|courts?"
                                # ("planted a bomb aboard a Philippine Airlines jet": a carrier's name)
                                r"|airlines?|airways|air\s+force|navy|national\s+police|coast\s+guard|consulate)\b")


def _unnamed_perpetrator(parts: list[_Part]) -> Optional[Perpetrator]:
    """'The stabbing terrorist, a 29-year-old Tunisian, ...': age and nationality without a name.
    A part that names the attacker as such comes first ("The suspect, a 26-year-old Syrian man"),
    then one that only says "man" or "woman" (where "two men aged 67 and 56 and a 56-year-old
    woman" killed may also stand)."""
    attacker_nouns = ("terrorist", "attacker", "assailant", "gunman", "stabber", "bomber", "suspect", "perpetrator")
    # ("A 17-year-old Afghan asylum seeker attacked passengers on a regional train")
    for nouns in (attacker_nouns, ("man", "woman", "boy", "girl", "teenager", "youth", "asylum seeker", "asylum-seeker",
                                   "migrant", "refugee")):
        found = _unnamed_perpetrator_told(parts, nouns)
        if found is None and nouns is attacker_nouns:
            # "The driver, a 24-year-old Afghan national, was arrested at the scene"
            found = _unnamed_perpetrator_told([p for p in parts if _ARRESTED.search(p.text)], ("driver",))
        if found is not None:
            return found
    for part in parts:
        # "after a 20-year-old Syrian with a history of Islamist offences was arrested": the
        # one arrested, told by his age and nationality only
        aged = _AGED_DEMONYM.search(part.text)
        country = country_from_demonym(aged.group(2)) if aged else None
        if country and _ARRESTED.search(part.text[aged.end():]) and not _SUFFERED_AFTER.match(part.text, aged.end()):
            return Perpetrator(name=None, age=int(aged.group(1)), nationality=country)
    return None


_AGED_DEMONYM = re.compile(r"\b(\d{1,2})-year-old\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


# "Ngangbam Surbala, 31, was among those killed": one of the victims, by name (an attacker who
# died is "shot dead by police", which names him no victim)
_AMONG_THE_VICTIMS = re.compile(r"[\s,]*(?:was|were)\s+among\s+(?:those\s+|the\s+)?(?:killed|dead|victims|wounded|injured)\b")
_SUFFERED_AFTER = re.compile(r"[\s,]*(?:[\w-]+\s+){0,2}?(?:who\s+)?(?:was|were|has been|had been)\s+(?:\w+\s+)?"
                             r"(?:killed|wounded|injured|stabbed|shot|murdered|hurt)\b|[\s,]*(?:[\w-]+\s+){0,2}?(?:died|succumbed)\b"
                             r"|[\s,]*(?:[\w-]+\s+){0,2}?(?:was|is|were|remains?)\s+in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition\b"
                             # ("A 13-year-old boy picked up the bag to return it and was killed when
                             # it exploded": doing no deed of an attacker's before)
                             r"|[\s,]*(?:(?!(?:stabbed|shot|attacked|opened|detonated|drove|rammed|fired|killed|set)\b)[\w-]+\s+){1,10}?"
                             r"and\s+(?:was|were)\s+killed\s+(?:when|as|in)\b"
                             r"|" + _AMONG_THE_VICTIMS.pattern)


# ("killing a 42-year-old man in the town of Shlomi": the victim)
_SUFFERED_BEFORE = re.compile(r"\b(?:shot|killed|stabbed|murdered|wounded|injured|attacked|hit|struck|kidnapped|abducted|"
                              r"beheaded|gunned down|ran over|run over|killing|wounding|injuring|stabbing|shooting|"
                              r"murdering|kidnapping|abducting|beheading)(?:\s+(?:dead|to death))?\s+(?:a|an|the)\s+$",
                              re.IGNORECASE)


# ("The youngest of the wounded was a 15-year-old boy")
_ONE_OF_THE_HURT_BEFORE = re.compile(r"\b(?:of|among)\s+the\s+(?:wounded|injured|dead|killed|victims|casualties|hostages)\b"
                                     r"[^.;]{0,30}$", re.IGNORECASE)


_ATTACKER_DESCRIBED_BEFORE = re.compile(r"\b(?:suspect|attacker|assailant|gunman|stabber|perpetrator|bomber)\s*,\s*(?:an?\s+)?$",
                                        re.IGNORECASE)


def _unnamed_perpetrator_told(parts: list[_Part], nouns: tuple[str, ...]) -> Optional[Perpetrator]:
    for part in parts:
        text = part.text
        lower = text.lower()
        if not any(re.search(rf"\b{re.escape(n)}\b", lower) for n in nouns):
            continue
        age = _AGE_PHRASE.search(text)
        if not age:
            continue
        window = text[max(0, age.start() - 20): age.end() + 40]
        if (_RESPONSE_CLAUSE.search(text[:age.start()]) and "terrorist" not in lower
                # ("Police arrested the suspect, a 23-year-old Syrian asylum seeker": his description)
                and not _ATTACKER_DESCRIBED_BEFORE.search(text[:age.start()])):
            continue
        # ("a 37-year-old woman and her two-year-old daughter ... have died": mother and child)
        victims_nearby = re.search(r"\b(victim|hostages?|passers?-?by|women|girls|boys|children|toddler|(her|his|their)\s+(?:[\w-]+\s+)?"
                                   r"(daughter|son|baby|child|mother|husband|wife))\b", window, re.IGNORECASE)
        if (victims_nearby or _SUFFERED_AFTER.match(text, age.end()) or _SUFFERED_BEFORE.search(text[:age.start()])
                or _ONE_OF_THE_HURT_BEFORE.search(text[:age.start()])):
            continue  # "One woman, aged 79, was killed", "shot dead a 40-year-old woman": a victim's age
        # "A 24-year-old man, Ryuji Kimura, a resident of Kawanishi, ...": named in apposition
        named = _NAME_IN_APPOSITION.match(text, age.end())
        return Perpetrator(name=named.group(1) if named else None, age=int(age.group(1) or age.group(2)),
                           nationality=_nationality(window))
    return None


_NAME_IN_APPOSITION = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:man|woman|suspect|attacker|assailant|asylum[- ]seeker|migrant|refugee)\s*,\s+((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+)\s*,")


# "26 (+5)": 26 victims and 5 perpetrators dead, as list pages write it
_TABLE_FIGURE = re.compile(r"^\W*(?:about|at least|over|more than|c\.|~)?\s*(\d[\d,]*)\+?\s*(?:\(\s*\+\s*(\d+)\s*\))?")


def code_table_tolls(record: IncidentRecord, mention: IncidentMention, rows: Sequence[TableRow]) -> None:
    """A table row's Dead / Injured columns are the toll: they override what the row's prose
    ("a suicide bomber blows himself up") lets the parser count."""
    columns = load_lexicon().table_columns
    opening = mention.contributions[0].info if mention.contributions else None
    for row in rows:
        # the row the incident was read from; a table of one attack's sites ("| Leopold Cafe | 2 |
        # 10 |") under the paragraph that told it does not give the whole attack's toll
        if opening is None or not (opening.start < row.end and row.start < opening.end):
            continue
        for name, value in row.cells.items():
            figure = _TABLE_FIGURE.match(value)
            if figure is None:
                continue
            count = int(figure.group(1).replace(",", ""))
            perpetrators = int(figure.group(2)) if figure.group(2) else 0
            if name in columns.get("kill", ()):
                record.nkill, record.nkillter = count + perpetrators, perpetrators
                record.add_evidence("nkill", row.text.strip(), row.start, row.end)
            elif name in columns.get("wound", ()):
                record.nwound = count
                record.add_evidence("nwound", row.text.strip(), row.start, row.end)
        return


@functools.lru_cache(maxsize=1)
def _single_victim_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(n) for n in load_lexicon().person_nouns), key=len, reverse=True))
    return re.compile(r"\b(shot dead|gunned down|shot and killed|stabbed to death|beheaded|assassinated|killed|murdered)"
                      rf"\s+(a|an)\s+([\w-]+\s+){{0,3}}?({nouns})\b(?!\s+and\b)"
                      # "the beheading of teacher Samuel Paty": one named victim of a deed told as a noun
                      r"|\b(?:killing|murder|beheading|assassination|stabbing|shooting)\s+of\s+(?:[\w-]+\s+){0,2}?"
                      rf"(?i:{nouns})\s+(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}})\b(?!\s+and\b)", re.IGNORECASE)


def _single_victim_killed(text: str) -> bool:
    return bool(_single_victim_pattern().search(text))


def _clause_span(contribution: Contribution) -> Optional[Span]:
    """The tokens of a sentence inside the contribution's `only` range, as a span of its doc."""
    info, (lo, hi) = contribution.info, contribution.only
    span = info.span
    base = span.start_char - info.start  # document offset -> offset in the parsed block
    clause = span.doc.char_span(max(lo, info.start) + base, min(hi, info.end) + base, alignment_mode="contract")
    return clause if clause is not None and len(clause) > 2 else None


_SHOTS_FIRED = re.compile(r"\b(?:opened fire|fired|shot|shooting|gunfire|gunshots?|shootout|exchange of fire|"
                          r"attacked|stormed|raided|ambushed|beat|beaten|assaulted)\b", re.IGNORECASE)


# shots at a plant, not at people: "Someone opened fire on two electrical substations"
_FIRED_AT_FACILITY = re.compile(
    r"\b(?:opened\s+fire|fired(?:\s+(?:shots|rounds|bullets))?|shot)\s+(?:on|at|into|up)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:substations?|power\s+(?:stations?|plants?|lines?|grid)|transformers|pylons?|pipelines?|"
    r"(?:cell(?:phone)?|telecom(?:munications)?|mobile(?:\s+phone)?|transmission)\s+towers?)\b", re.IGNORECASE)


def code_incident(mention: IncidentMention, published: Optional[date], doc_title: Optional[str] = None,
                  table_rows: Sequence[TableRow] = (), known_perpetrators: Sequence[str] = ()) -> IncidentRecord:
    """The GTD record of one incident mention. `known_perpetrators`: attackers the report names
    in its other incidents ("Tamerlan Tsarnaev was killed" in the shootout told after the bombing)."""
    lex = load_lexicon()
    record = IncidentRecord(role=mention.role)
    parts = _parts(mention)
    if mention.date is not None:
        record.date = mention.date.date
        record.date_precision = mention.date.precision
        for part in parts:
            if any(d[0] == mention.date for d in part.contribution.info.dates):
                _evidence(record, "date", part)
                break
    elif published is not None and mention.role == "main":
        # A story with no date of its own reports an event of the day it appeared, or of the
        # earliest day its sources spoke ("killed at least 38 people during an overnight attack
        # ..., a local civil society leader said on Sunday")
        # (only days of the week before it: a statement of months before is about something else)
        said = min((d.date for part in parts for d in part.contribution.info.said_on
                    if 0 <= (published - d.date).days <= 7), default=published)
        record.date, record.date_precision = min(said, published), "day"
        record.approxdate = f"on or before {record.date.isoformat()}"
    if mention.place is not None:
        record.place = Place(**vars(mention.place.place))
        for part in parts:
            info = part.contribution.info
            if info.start <= mention.place.start < info.end:
                _evidence(record, "city", part)
                break
    code_methods(record, parts)
    # a site of a listed, coordinated attack is told by its name only ("St Sebastian's Church in Negombo")
    code_targets(record, parts, require_harm=not mention.listed_site)
    code_group_and_claim(record, parts)
    record.perpetrators = find_perpetrators(parts)
    names = [p.name for p in record.perpetrators if p.name]
    perps_model = PerpetratorModel(names=names + [n for n in known_perpetrators if n not in names], group=record.gname,
                                   ages=[p.age for p in record.perpetrators if p.age])
    sentences = []
    # a site of a coordinated assault whose own toll is told ("Shehzad Tanweer ... detonated his
    # bomb ..., killing seven people") is not counted by the sentences that tell the whole
    # assault ("the 52 people killed in the suicide bombings on London's transport network")
    # (the part of a sentence told of one site is that site's: "14 people were killed in the two
    # explosions at the airport", cut from "... and 20 in a blast ... at Maelbeek station")
    whole_assault = {id(p) for p in parts if not p.contribution.only and _WHOLE_ASSAULT.search(p.text)
                     } if mention.coordinated else set()
    own_toll_told = bool(mention.coordinated) and any(
        id(p) not in whole_assault and stated_toll(p.text, "kill") for p in parts)
    for part in parts:
        if own_toll_told and id(part) in whole_assault:
            continue
        if part.contribution.masked:
            continue  # dependency-based counting needs whole sentences
        if part.contribution.only:
            # "It came two days after Warrant Officer Patrice Vincent was killed when ...": the
            # clauses of the part that tells this incident (the parse is the whole sentence's)
            clause = _clause_span(part.contribution)
            if clause is not None:
                sentences.append(clause)
            continue
        sentences.append(part.contribution.info.span)
    perps_model.learn(sentences)
    casualties = count_casualties(sentences, perps_model)
    terse = not casualties.stated and any(stated_toll(p.text, "kill") or stated_toll(p.text, "wound")
                                          for p in parts)
    if (mention.role == "background" and not casualties.stated) or terse:
        # a background aside or a table row gives its toll without a clause to parse:
        # "(November 2015, 89 dead)", "| 8 killed, 48 wounded |"
        for part in parts:
            for field_name, count in _terse_tolls(part):
                if getattr(record, field_name) is None:
                    setattr(record, field_name, count)
                    _evidence(record, field_name, part)
                    plus = PLUS_ATTACKERS.search(part.text) if field_name == "nkill" else None
                    if plus:
                        # "• Killed: 22 (plus the attacker)": GTD's nkill counts him too
                        told = parse_count(plus.group(1))
                        attackers = told.value if told is not None else 1  # "the attacker": one
                        record.nkill, record.nkillter = count + attackers, attackers
    else:
        record.nkill, record.nkillter = casualties.nkill, casualties.nkillter
        record.nwound, record.nwoundte = casualties.nwound, casualties.nwoundte
        if mention.role == "background":
            # an aside ("the 2015 Paris attacks, which killed 130 people") tells what it tells: the
            # wounded and the attackers it does not mention are unknown, not none
            told = {(st.effect, st.perpetrator) for st in casualties.statements}
            if not any(effect == "wound" for effect, _ in told):
                record.nwound, record.nwoundte = None, None
            if ("kill", True) not in told and not record.nkillter:
                record.nkillter = None
        for statement in casualties.statements:
            field_name = "nkill" if statement.effect == "kill" else "nwound"
            sent = statement.sentence
            record.add_evidence(field_name, sent.text.strip(), sent.start_char, sent.end_char)
        for part in parts:
            if (part.contribution.masked or part.contribution.only or lex.claimed.search(part.text)
                    or (len(parts) > 1 and SEVERAL_EVENTS.search(part.text))
                    or (own_toll_told and id(part) in whole_assault)):
                # a sentence that also tells another incident (its tolls may be that one's), a
                # claim, or a toll over several sites ("Two suicide bombings ... in two cities")
                continue
            # ("Initial reports on 14 August gave between 150 and 160 dead": the figures later
            # ones replace, to the end of their clause)
            for field_name, count in _terse_tolls(part, PRELIMINARY_FIGURES):
                # "...stabbed a police officer to death; six killed including the attacker, about
                # 50 injured": a terse toll the parse missed, larger than what it counted (the
                # wounded who died later are no longer among them)
                if count > (getattr(record, field_name) or 0) + (casualties.wounded_who_died if field_name == "nwound" else 0):
                    setattr(record, field_name, count)
                    _evidence(record, field_name, part)
    if mention.gapped_toll is not None:
        effect, count = mention.gapped_toll
        field_name = "nkill" if effect == "kill" else "nwound"
        if not getattr(record, field_name):
            if not casualties.stated:
                # the figure is all the sentence tells of this site: its attackers' deaths and
                # its other toll are unknown, not none
                record.nkill = record.nkillter = record.nwound = record.nwoundte = None
            setattr(record, field_name, count)
            _evidence(record, field_name, parts[0])
    _fix_evidence_offsets(record, mention)
    if not casualties.stated and not record.nkill:
        for part in parts:
            if _single_victim_killed(part.text):
                # "gunmen ... shot dead a district judge": one victim, where the parse fails
                record.nkill = 1
                _evidence(record, "nkill", part)
                break
    if table_rows:
        code_table_tolls(record, mention, table_rows)
    record.nperps = max(len(record.perpetrators), count_attackers(parts, record) or 0) or None
    full_text = " ".join(p.text for p in parts)
    if (record.attacktypes[:2] == ["Hostage Taking (Kidnapping)", "Armed Assault"] and not record.nkill
            and not record.nwound and not _SHOTS_FIRED.search(full_text)):
        # "kidnapped by unidentified gunmen ... seized from her home": armed kidnappers (weapon
        # Firearms), no assault beside the kidnapping where no one was shot, killed or wounded
        record.attacktypes.remove("Armed Assault")
    if record.attacktypes == ["Armed Assault"] and not record.nkill and not record.nwound and _FIRED_AT_FACILITY.search(full_text):
        # GTD's Facility/Infrastructure Attack: the aim was to damage a non-human target, and
        # the shots hurt no one
        record.attacktypes = ["Facility/Infrastructure Attack"]
    hostage = any(t in record.attacktypes for t in ("Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
                                                    "Hijacking"))
    record.ishostkid = 1 if hostage else 0
    if hostage:
        record.nhostkid = _count_hostages(full_text)
        code_ransom(record, parts)
    # ("was wearing a fake suicide vest": a hoax, no suicide attack)
    record.suicide = 1 if lex.suicide.search(_blank(lex.fake_weapons, full_text)) or _died_in_own_blast(record, full_text) else 0
    # a bomb that failed beside victims killed or wounded ("A second, unexploded device found ...
    # and defused" after the blast that killed 14): the attack succeeded (GTD)
    harmed = ((record.nkill or 0) - (record.nkillter or 0)) > 0 or ((record.nwound or 0) - (record.nwoundte or 0)) > 0
    record.success = 0 if lex.failed.search(full_text) and not harmed else 1
    if record.suicide and record.success and "Bombing/Explosion" in record.attacktypes and not record.nkillter:
        count_suicide_bombers(record, full_text)
    for part in parts:
        if (record.motive is None and (cue := lex.motive.search(part.text))
                and (not lex.claimed.search(part.text) or _CLAIMED_MOTIVE.search(part.text))
                # ("a session shortened because of the emergency": a cause that is no attacker's)
                and (cue.group(0).lower() != "because of" or _tells_the_attacker(part.text, names))
                and not lex.motive_unknown.search(part.text)):
            record.motive = part.contribution.info.span.text.strip()
            _evidence(record, "motive", part)
        reason = _CLAIM_REASON.search(part.text) if record.motive is None and lex.claimed.search(part.text) else None
        if reason and not _CLAIM_TELLS_DEED.search(reason.group(1)):
            # "The BLA claimed the attack, saying China was exploiting Balochistan's resources":
            # the reason the claim gives (not "saying one of its fighters had carried it out")
            record.motive = part.contribution.info.span.text.strip()
            _evidence(record, "motive", part)
        if record.demands is None and lex.demands.search(part.text) and not lex.demands_none.search(part.text):
            record.demands = part.contribution.info.span.text.strip()
            _evidence(record, "demands", part)
    shouted = re.search(r"(shout\w*|yell\w*|cr(y|ied)\w*)\s+([“\"][^”\"]+[”\"](\s+and\s+[“\"][^”\"]+[”\"])?)", full_text)
    if record.motive is None and shouted:
        record.motive = f"The attacker shouted {shouted.group(3)}"
    record.summary = _summary(record, parts)
    record.mentions = _role_mentions(record, parts)
    return record


def _tells_the_attacker(text: str, attackers: Sequence[str] = ()) -> bool:
    """Does the sentence tell of the attacker, his choice of target or his group ("Kimura had
    filed a lawsuit ...", "he chose his victims", "The group said it targeted the station")?"""
    lex = load_lexicon()
    return bool(_CHOICE_OF_TARGET.search(text) or find_groups(text)
                or any(w in lex.perpetrator_nouns for w in re.findall(r"[a-z]+", text.lower()))
                or any(re.search(rf"\b{re.escape(word)}\b", text) for name in attackers for word in name.split()[-1:]))


# "he chose his victims because of their skin colour", "it targeted the station because of ..."
_CHOICE_OF_TARGET = re.compile(r"\b(?:target(?:ed|ing|s)?|victims?|chose|picked|singled out|selected)\b", re.IGNORECASE)


def _fix_evidence_offsets(record: IncidentRecord, mention: IncidentMention) -> None:
    """Casualty evidence came with block-relative offsets; map them to document offsets."""
    by_text = {c.info.span.text.strip(): (c.info.start, c.info.end) for c in mention.contributions}
    for ev in record.evidence:
        if ev.sentence in by_text:
            ev.start, ev.end = by_text[ev.sentence]


_HOSTAGE_NOUNS = (r"(?:hostages?|people|persons|girls?|boys?|students?|schoolgirls|schoolboys|children|passengers|"
                  r"workers?|tourists?|guests|customers|shoppers|worshippers|civilians|villagers|women|men|employees|staff|"
                  r"fishermen|sailors|crew|crew members|nationals|foreigners|engineers?|soldiers|policemen|priests?|nuns?|"
                  r"journalists?|teachers?|pupils|residents|farmers|miners|volunteers?|aid workers?|missionar(?:y|ies)|"
                  r"doctors?|nurses?|businessm[ae]n|businesswom[ae]n|officials?|guards|officers|troops|traders|"
                  r"drivers|contractors|pilgrims|travell?ers|labou?rers|herders|athletes|diplomats|players|(?:wo)?man|child)")
_HOSTAGE_COUNTS = [
    # "took 18 people hostage", "abducted more than 200 schoolgirls", "holding about 170 guests and staff hostage"
    re.compile(r"\b(?:seized|seizing|took|taking|held|holding|kidnapp?ed|kidnapping|abducted|abducting|captured)\s+"
               r"(?P<n>(?:[\w-]+(?:,\d{3})*\s+){0,3}?)" + _HOSTAGE_NOUNS + r"\b", re.IGNORECASE),
    # "killing at least 42 people ... and abducting six others" ("... and seizing nine others")
    re.compile(r"\b(?:kidnapp?ed|kidnapping|abducted|abducting|seized|seizing)\s+(?P<n>(?:[\w-]+\s+){1,2}?)(?:others|more)\b",
               re.IGNORECASE),
    # "some 40 people were taken hostage", "A nun and two parishioners were held hostage", "more
    # than 80 students and five teachers were taken away" (from a kidnapping)
    # (counts start at a word: a match found from inside a word is also found from its start, so
    # the other positions need not be tried; the same below)
    re.compile(r"(?<![\w-])(?P<n>(?:[\w-]+,?\s+){1,8}?)(?:were|was|being|had been|have been|are)\s+(?:being\s+)?"
               r"(?:(?:taken|held|kept)\s+hostage|abducted|kidnapp?ed|taken away)\b", re.IGNORECASE),
    # "among the 1,100 people taken hostage there"
    # ("three crew members seized from a fishing trawler off Lahad Datu"; of "one of three crew
    # members seized", the three were seized)
    re.compile(r"(?<![\w,-])(?:(?:one|two|three|four|five|some|several|most|many|each|all)\s+of\s+(?:the\s+)?)?"
               r"(?P<n>(?:[\w,-]+\s+){1,3}?)" + _HOSTAGE_NOUNS + r"\s+(?:who\s+were\s+)?(?:(?:taken|held)\s+hostage"
               r"|(?:seized|snatched|abducted|kidnapp?ed)\s+(?:from|off)\s)\b", re.IGNORECASE),
    # "Of the 839 students at the school, 333 were still missing": those taken (a kidnapping's
    # count only: `_count_hostages` is read for hostage-taking records)
    re.compile(r"(?<![\w,-])(?P<n>\d[\d,]*|(?:[\w-]+\s+){0,2}?(?:dozens|hundreds|scores))\s+(?:[\w-]+\s+)?(?:were|are|remain|remained)\s+"
               r"(?:still\s+)?missing\b", re.IGNORECASE),
    # "freed 126 hostages": those held until the siege ended
    re.compile(r"\b(?:freed|freeing|rescued|rescuing|released|releasing|liberated)\s+(?P<n>(?:[\w-]+(?:,\d{3})*\s+){1,3}?)"
               r"hostages\b", re.IGNORECASE),
    # "hijacked a commercial bus carrying 30 passengers": the people aboard are the hostages
    re.compile(r"\b(?:hijack\w*|seized|commandeered)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:bus|train|plane|aircraft|"
               r"airliner|flight|jet|ship|vessel|ferry|boat|tanker)\s+(?:carrying|with)\s+(?P<n>(?:[\w-]+\s+){0,3}?)"
               r"(?:passengers|people|persons|crew|crew members|travell?ers|pilgrims)\b", re.IGNORECASE),
]
_WHOLE_ASSAULT = re.compile(r"\b(?:the|these|those|both|all|two|three|four|five|twin|coordinated|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:attacks|bombings|blasts|explosions)\b")
# where a count starts inside a noun phrase ("Police said some 40 people" -> "some 40 people")
_COUNT_START = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                          r"forty|fifty|hundreds|dozens|about|some|around|nearly|almost|at least|more than|over)\b|\d)",
                          re.IGNORECASE)


# "four heavily armed al-Shabaab terrorists stormed", "Two female suicide bombers blew themselves
# up", "Three men drove a van into pedestrians", "killed all five attackers": how many carried out
# the attack (GTD nperps); the words between count and noun describe them ("heavily armed")
_STRENGTH_BEFORE = re.compile(r"\b(?:has|have|had|numbering|strength of|estimated|with)\s+$", re.IGNORECASE)
_ATTACKERS_TOLD = re.compile(
    r"(?<![\w,-])(?P<n>(?:about |some |around |nearly |at least |more than |between )?(?:\d{1,3}|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?: (?:and|to) \d{1,3})?)\s+"
    # ("On 13 March 2016 gunmen opened fire": a day, not thirteen gunmen)
    # ("70 others injured when terrorists opened fire": the wounded, not seventy terrorists)
    r"(?:(?!(?:years?|months?|weeks?|days?|hours?|since|after|before|of|a|an|the|and|or|who|which|were|was|\d+|"
    r"others|people|persons|injured|wounded|killed|dead|when|while|by|in|on|at|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|" + MONTH_PATTERN + r")\b)[\w-]+\s+){0,3}?"
    r"(?:(?:gunm[ae]n|attackers|assailants|militants|fighters|terrorists|suicide bombers|bombers|insurgents|jihadists|"
    r"rebels|hijackers|hostage-takers)\b"
    r"|m[ae]n(?=\s+(?:armed|attacked|opened fire|stormed|drove|stabbed|shot|burst|raided)\b)"
    # "Eight members of the Palestinian Black September group broke into": only when the group is
    # the attackers' (`_members_of_the_group`)
    r"|(?P<members>members)(?=\s+of\s))", re.IGNORECASE)
# "Officials said seven suicide bombers carried out the attacks": a count over several sites
_OVER_ALL_SITES = re.compile(r"\bthe (?:attacks|bombings|blasts|explosions)\b", re.IGNORECASE)


def _group_after_of(text: str, end: int, within: int = 0) -> Optional[str]:
    """The gname of the group named right after "of (the)" at `end` ("fighters of the Popular
    Mobilisation Forces"), or `within` characters after it ("members of the Palestinian Black
    September group")."""
    of = re.match(r"\s+of\s+(?:the\s+)?", text[end:])
    if of is None:
        return None
    named = find_groups(text[end + of.end():end + of.end() + 60 + within])
    return named[0].gname if named and named[0].start <= within else None


def _fighters_of_another_side(text: str, end: int, gname: Optional[str]) -> bool:
    """"Eleven fighters of the Popular Mobilisation Forces ... were killed when Daesh militants
    attacked": fighters of a group other than the attackers' are victims, not attackers."""
    named = _group_after_of(text, end)
    return named is not None and named != gname


def _members_of_the_group(text: str, end: int, gname: Optional[str]) -> bool:
    """"Eight members of the Palestinian Black September group": members of the attackers' own
    group (not "five members of a family", "members of the security forces")."""
    return names_a_group(gname) and _group_after_of(text, end, within=20) == gname


def count_attackers(parts: list[_Part], record: IncidentRecord) -> Optional[int]:
    """The number of attackers told by the first of the incident's sentences that gives one."""
    for part in parts:
        years = part.contribution.info.years
        if (_dated_elsewhere(part, record) or _OVER_ALL_SITES.search(part.text)
                or (record.date is not None and years and record.date.year not in years)):
            continue  # "since July 7, 2005, when four suicide bombers killed 52 people": another attack
        # ("The ELN, which has about 2,500 fighters, ...": the group's strength, not the attackers)
        match = next((m for m in _ATTACKERS_TOLD.finditer(part.text)
                      if not _STRENGTH_BEFORE.search(part.text[max(0, m.start() - 20):m.start()])
                      and not _fighters_of_another_side(part.text, m.end(), record.gname)
                      # ("killing two PMF fighters": the side attacked, named before the noun)
                      and not any(g.gname != record.gname for g in find_groups(m.group(0)))
                      and (m.group("members") is None or _members_of_the_group(part.text, m.end(), record.gname))), None)
        if match:
            # "Between 25 and 30 gunmen", "About 20 to 30 gunmen": the lower figure
            count = parse_count(re.sub(r"(?i)^between\s+", "", re.split(r" (?:and|to) ", match.group("n"))[0]))
            if count is not None and count.value > 0:
                return count.value
    return None


def _phrase_count(phrase: str) -> Optional[int]:
    """People a (possibly conjoined) noun phrase counts: "A nun and two parishioners" -> 3."""
    total = 0
    for part in re.split(r"\s*(?<!\d),(?!\d{3})\s*|\s+and\s+", phrase.strip()):  # not "1,100"
        start = _COUNT_START.search(part)
        count = parse_count(part[start.start():]) if start else None
        if count is not None:
            total += count.value
    return total or None


_RANSOM = re.compile(r"\bransoms?\b", re.IGNORECASE)
_NO_RANSOM = re.compile(r"\bno ransom\b|\bwithout (a |any )?ransom\b|\bdid not demand (a |any )?ransom\b", re.IGNORECASE)
# "a ransom of $5 million", "demanded 10 million dollars": GTD's ransomamt is in US dollars
_DOLLAR_AMOUNT = re.compile(
    r"(?:US\s?\$|\$)\s?(?P<a>\d[\d,.]*)\s*(?P<m>million|billion|m\b|bn\b)?"
    r"|(?P<b>\d[\d,.]*)\s*(?P<n>million|billion)?\s*(?:US |American )?dollars\b", re.IGNORECASE)


# a ransom asked or paid, not the habit of "gangs that kidnap for ransom"
_RANSOM_DEMANDED = re.compile(r"\b(demand\w*|asked for|ask\w* for|paid|pay\w*|sought|seek\w*|negotiat\w*)\b[^.;]{0,40}"
                              r"\bransoms?\b|\bransoms?\b[^.;]{0,30}\b(demand|was paid|were paid|had been paid)",
                              re.IGNORECASE)


def code_ransom(record: IncidentRecord, parts: list[_Part]) -> None:
    """GTD ransom / ransomamt / ransomnote of a kidnapping or hostage taking."""
    told = [part for part in parts if _RANSOM.search(part.text)]
    # the sentence that tells a ransom demanded or paid first ("The kidnappers later demanded
    # a ransom of 1 billion naira"), then any other
    told.sort(key=lambda part: not (_RANSOM_DEMANDED.search(part.text) or _NO_RANSOM.search(part.text)))
    for part in told:
        record.ransom = 0 if _NO_RANSOM.search(part.text) else 1
        record.ransomnote = part.contribution.info.span.text.strip()
        _evidence(record, "ransom", part)
        amount = _DOLLAR_AMOUNT.search(part.text)
        if amount and record.ransom:
            figure = float((amount.group("a") or amount.group("b")).replace(",", ""))
            scale = (amount.group("m") or amount.group("n") or "").lower()
            figure *= {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get(scale, 1)
            record.ransomamt = figure
        return


_SUICIDE_BOMBERS = re.compile(
    # ("Two female suicide bombers blew themselves up")
    r"\b(?:(?P<n>two|three|four|five|\d{1,2})\s+(?:(?!(?:suicide|a|an|the|of|one|two|three|four|five|six)\b)[a-z-]+\s+){0,2}?)?suicide bombers?\b|\bblew (?:himself|herself) up\b"
    # "Seven suspects blew themselves up ... when police surrounded it"
    r"|\b(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?blew\s+themselves\s+up\b",
    re.IGNORECASE)
_SUICIDE_ATTACK = re.compile(r"\bsuicide\s+(?:bombing|attack|blast|explosion)\b", re.IGNORECASE)
_ONE_SUICIDE_VEHICLE = re.compile(r"\b(?:a|an|one)\s+suicide\s+(?:car|truck|vehicle|motorcycle|motorbike)[\s-]+bomb(?:ing|er)?\b"
                                  r"(?![^.]*\b(?:second|another|two|three|several)\s+suicide\b)", re.IGNORECASE)
_THE_BOMBER = re.compile(r"\bthe\s+(?:suicide\s+)?bomber\b(?!s)", re.IGNORECASE)
# the bomber lived: "the bomber survived", "was arrested", "failed to detonate" (not "The official survived")
_BOMBER_SURVIVED = re.compile(r"\b((bombers?|attackers?|assailants?|he|she|they)\s+(\w+\s+){0,3}survived|was arrested|"
                              r"were arrested|failed to detonate|did not detonate|was detained|was captured|"
                              r"was overpowered)\b", re.IGNORECASE)




def _terse_tolls(part: _Part, unless: Optional[re.Pattern] = None) -> Iterator[tuple[str, int]]:
    """("nkill" | "nwound", count) of the tolls a part states tersely ("89 dead", "killing 12"),
    but for those in the clauses `unless` matches."""
    text = _blank(_REASON_CLAUSE, part.text)  # (not the toll of the deed the attack answered)
    if unless is not None:
        text = _blank(unless, text)
    for effect, field_name in (("kill", "nkill"), ("wound", "nwound")):
        toll = stated_toll(text, effect)
        if toll:
            yield field_name, toll[0]


_DIED_IN_BLAST = re.compile(r"\b([\w-]+)\s+(?:also\s+)?(?:died|was killed|were killed)\s+in\s+the\s+(?:blast|explosion|bombing)\b")


def _died_in_own_blast(record: IncidentRecord, text: str) -> bool:
    """"Rojas died in the blast" after he drove a car bomb into the academy: a bomber who dies
    in his own bomb's explosion makes a suicide attack (GTD's `suicide`)."""
    if "Bombing/Explosion" not in record.attacktypes or not record.nkillter:
        return False
    own = {"bomber", "bombers", "driver", "attacker", "attackers"} | {
        word.lower() for p in record.perpetrators if p.name for word in p.name.split()}
    if len(record.perpetrators) == 1:
        own |= {"he", "she"}  # "... identified ... as Anthony Quinn Warner. ... he died in the explosion"
    return any(m.group(1).lower() in own for m in _DIED_IN_BLAST.finditer(text))


_TOLL_INCLUDES_ATTACKERS = re.compile(r"\b(?:toll|figure|tally|dead|death\s+toll)\s+(?:\w+\s+)?(?:included|includes|including)\s+"
                                      r"(?:the\s+)?(?:\w+\s+)?(?:attackers|gunmen|assailants|militants|bombers?|perpetrators|"
                                      r"terrorists)\b", re.IGNORECASE)


def count_suicide_bombers(record: IncidentRecord, text: str) -> None:
    """A suicide bombing kills its bombers: GTD counts them in nkill and nkillter even where the
    report's toll leaves them out ("A Syrian refugee blew himself up ..., wounding 15 people").
    Only when no sentence already stated the attackers' deaths, none says a bomber lived, and
    the report says how many bombers there were (one, or a number)."""
    if _BOMBER_SURVIVED.search(text):
        return
    if _TOLL_INCLUDES_ATTACKERS.search(text):
        # "21 people were killed ..., adding that the toll included the attackers": GTD's nkill
        # already, with the attackers' share of it not told
        if not record.nkillter:
            record.nkillter = None
        return
    counts = []
    for match in _SUICIDE_BOMBERS.finditer(text):
        if match.group("n") or match.group("n2"):
            count = parse_count(match.group("n") or match.group("n2"))
            counts.append(count.value if count else 1)
        elif not match.group(0).lower().endswith("bombers"):
            counts.append(1)  # "a suicide bomber", "blew himself up"
    if not counts and _SUICIDE_ATTACK.search(text) and _THE_BOMBER.search(text):
        counts.append(1)  # "killed in a suicide bombing ... when the bomber detonated explosives"
    if not counts and _ONE_SUICIDE_VEHICLE.search(text):
        counts.append(1)  # "began with a suicide car bomb": its driver
    if not counts:
        return  # "suicide bombers blew themselves up": how many is not said
    bombers = max(counts)
    record.nkillter = bombers
    record.nkill = (record.nkill or 0) + bombers
    if record.nwoundte and record.nwoundte <= bombers:
        # "Armed guards shot the attacker as he approached the gate, but he detonated his
        # explosives": the bomber's wound ends in his death, counted once (as count_casualties does)
        record.nwound = max(0, (record.nwound or 0) - record.nwoundte)
        record.nwoundte = 0


def _count_hostages(text: str) -> Optional[int]:
    """The largest number of hostages a sentence of the incident states (1 for "a hostage")."""
    counts = []
    for pattern in _HOSTAGE_COUNTS:
        for match in pattern.finditer(text):
            words = match.group("n").strip()
            if VAGUE_NUMBER.search(words) or re.search(r"\b(bod(y|ies)|corpses|remains)\b", words, re.IGNORECASE):
                continue  # "held a number of students hostage": how many is not told; "bodies were taken away"
            count = _phrase_count(words) if words else None
            if count is not None:
                counts.append(count)
    return max(counts) if counts else None


def _summary(record: IncidentRecord, parts: list[_Part]) -> str:
    first = next((p for p in parts if p.text.strip()), None)
    text = re.sub(r"\s+", " ", first.text).strip() if first else ""
    when = record.date.strftime("%m/%d/%Y") if record.date else "Unknown date"
    return f"{when}: {text}"[:1000]


def _role_mentions(record: IncidentRecord, parts: list[_Part]) -> dict[str, list[str]]:
    """Strings from the text per MUC role (perpetrator, group, target, victim, weapon)."""
    groups: list[str] = []
    for part in parts:
        for group in find_groups(part.text):
            if group.surface not in groups:
                groups.append(group.surface)
    return {
        "perpetrator": [p.name for p in record.perpetrators if p.name],
        "group": groups,
        "target": [record.target1] if record.target1 else [],
        "victim": [],
        "weapon": [w.strip() for w in (record.weapdetail or "").split(",") if w.strip()],
    }
