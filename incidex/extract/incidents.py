"""From a Document to coded IncidentRecords (before normalisation of labels and merging)."""
from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc

from incidex.extract.mentions import (
    IncidentMention,
    PlaceMention,
    SentenceInfo,
    analyse_document,
    borrow_places,
    date_from_the_setting,
    find_dateline_place,
    find_office_place,
    find_title_place,
    mark_earlier_paragraphs_background,
    place_by_title_country,
    place_opening_the_story,
    place_examples_of_a_record,
    place_the_village_in_its_province,
    refine_country_place,
    places_compatible,
    group_incidents,
)
from incidex.extract.segment import csv_as_tsv, flatten_tables, split_blocks, table_rows, text_for_parsing
from incidex.extract.slots import code_incident, code_methods_from_title
from incidex.ingest.pubdate import reference_date
from incidex.model import UNKNOWN_GROUP, Document, IncidentRecord, Place, names_a_group
from incidex.normalize.countries import country_from_demonym
from incidex.normalize.gazetteer import capital_of
from incidex.normalize.groups import find_groups, forget_group_lookups, regional_branch
from incidex.nlp.pipeline import fold_case, is_mostly_upper, load_nlp


def _keep(record: IncidentRecord) -> bool:
    """An incident needs a date and a place at least at country level to be worth storing."""
    if record.date is None or record.place.country is None:
        return False
    return True


def _codes_nothing(record: IncidentRecord) -> bool:
    return (record.attacktypes == ["Unknown"] and record.targtypes in ([], ["Unknown"]) and not record.nkill
            and not record.nwound and not record.nhostkid and not names_a_group(record.gname) and not record.perpetrators)


_SHARED_BY_SITES = ("attacktypes", "weaptypes", "weapsubtypes", "weapdetail", "gname", "gname2", "inspired",
                    "claimed", "claimmode", "claim_channel", "motive", "suicide", "success")


# "Mohammad Sidique Khan ... set off his bomb on a westbound Circle Line train": the bomber's own device
_OWN_DEVICE_SET_OFF = re.compile(r"\b(?:detonated|set\s+off|triggered|exploded)\s+(?:his|her)\s+(?:own\s+)?"
                                 r"(?:bomb|device|explosives|explosive\s+device|suicide\s+vest|vest|belt|rucksack|backpack)\b",
                                 re.IGNORECASE)


def _count_own_device_bomber(mention: IncidentMention, record: IncidentRecord,
                             siblings: list[IncidentRecord]) -> None:
    """A site of a suicide assault where its bomber set off his own device ("four British
    Islamists blew themselves up ... | Mohammad Sidique Khan ... set off his bomb ..., killing
    six people") is a suicide attack too, and the bomber's death is among its dead (GTD)."""
    if not siblings or not (record.suicide == 1 or any(s.suicide == 1 for s in siblings)):
        return
    if not any(_OWN_DEVICE_SET_OFF.search(c.text()) for c in mention.contributions):
        return
    record.suicide = 1
    if not record.nkillter and record.nkill is not None:
        record.nkill += 1
        record.nkillter = 1


def share_coordinated_coding(coded: list[tuple[IncidentMention, IncidentRecord]]) -> None:
    """A site named only in a list of a coordinated attack's sites takes the attack's method,
    weapons, group and claim from the incident it was listed with; its own toll is not told
    (the report gives the total), so it stays unknown."""
    record_of = {id(m): r for m, r in coded}
    order = {id(m): n for n, (m, _) in enumerate(coded)}
    for mention, record in coded:
        if not mention.listed_site:
            _count_own_device_bomber(mention, record, [record_of[id(o)] for o in mention.coordinated if id(o) in record_of])
            if any(order.get(id(o), len(coded)) < order[id(mention)] for o in mention.coordinated) and not any(
                    e.field in ("nkill", "nwound") for e in record.evidence):
                # a later site of the assault told without a toll of its own ("in Makhachkala,
                # another group of gunmen attacked a church"): the total is the first's
                record.nkill = record.nwound = record.nkillter = record.nwoundte = None
            continue
        source = next((record_of[id(o)] for o in mention.coordinated
                       if not o.listed_site and id(o) in record_of), None)
        if source is None:
            continue
        for name in _SHARED_BY_SITES:
            setattr(record, name, copy.deepcopy(getattr(source, name)))
        if record.targtypes in ([], ["Unknown"]):
            # "twin suicide bombings at churches in Tanta and Alexandria": the town alone tells no
            # target; the attack's is the site's
            for name in ("targtypes", "targsubtypes", "target1"):
                setattr(record, name, copy.deepcopy(getattr(source, name)))
        if not any(e.field in ("nkill", "nwound") for e in record.evidence):
            record.nkill = record.nwound = record.nkillter = record.nwoundte = None


# "In October it abducted 12 Iranian border guards": the deed of a group the sentence before named
# ("Shining Path rebels murdered two state officials ... In Huaraz, the rebels set fire to the
# offices of ...": the rebels the paragraph named)
# "the second time in less than a month that the IRA has struck in Warrington": the group of the
# earlier attack the next sentence tells
_GROUP_STRUCK_AGAIN = re.compile(r"\b(?:second|third|fourth|fifth)\s+time\b[^.;]{0,60}?\bthat\s+(?P<group>[^.;]{2,60}?)\s+"
                                 r"(?:has|had)\s+(?:struck|attacked|hit|bombed)\b", re.IGNORECASE)
# ("In December, four of its members took over the Israeli Embassy in Bangkok")
_GROUP_PRONOUN_DEED = re.compile(r"\b(?:it|(?:its|their)\s+(?:fighters|militants|men|members|gunmen|commandos|operatives|guerrillas)|"
                                 r"the group|the organi[sz]ation|"
                                 r"the (?:rebels|guerrillas|insurgents|militants|terrorists|jihadists))\s+(?:had\s+|has\s+|have\s+|also\s+)?"
                                 r"(?:abducted|kidnapped|attacked|killed|bombed|ambushed|stormed|seized|raided|"
                                 r"struck|targeted|carried out|executed|beheaded|set fire|torched|burned|murdered|"
                                 r"blew up|dynamited|took over|hijacked|occupied)\b", re.IGNORECASE)


_THE_SAME_GROUP = re.compile(r"\bthe\s+same\s+(?:group|organi[sz]ation|militants|faction|outfit|network|insurgents)\b",
                             re.IGNORECASE)


def name_the_group_told_before(coded: list[tuple[IncidentMention, IncidentRecord]], infos: list[SentenceInfo]) -> None:
    """An incident with no group whose sentence says "it" did the deed ("Jaish al-Adl has carried
    out several attacks in the province. In October it abducted 12 Iranian border guards") is
    the one group the sentence before names."""
    position = {id(info): n for n, info in enumerate(infos)}
    for n, (mention, record) in enumerate(coded):
        if names_a_group(record.gname) or not mention.contributions:
            continue
        first = mention.contributions[0]
        if _THE_SAME_GROUP.search(first.text()):
            # "The same group killed more than 150 people ... at Kabul airport": the group of the
            # incident told before it, whatever other name the sentences between mention
            earlier = next((r for _, r in reversed(coded[:n]) if names_a_group(r.gname)), None)
            if earlier is not None:
                record.gname = earlier.gname
                record.add_evidence("gname", first.info.text, first.info.start, first.info.end)
                continue
        at = position.get(id(first.info), 0)
        before = infos[at - 1] if at > 0 else None
        struck = _GROUP_STRUCK_AGAIN.search(before.text) if before is not None and before.block == first.info.block else None
        if struck and len(named := {g.gname for g in find_groups(struck.group("group"))}) == 1:
            # "It is the second time in less than a month that the IRA has struck in Warrington.
            # On the night of February 26, bombs exploded at the town's gas storage depot": its deed
            record.gname = named.pop()
            record.add_evidence("gname", before.text, before.start, before.end)
            continue
        if not _GROUP_PRONOUN_DEED.search(first.text()):
            continue
        # the nearest sentence before it, in its paragraph, that names a group (or the one just
        # before it, whatever paragraph it closes)
        for before in range(at - 1, max(-1, at - 4), -1):
            if before < at - 1 and infos[before].block != first.info.block:
                break
            groups = find_groups(infos[before].text)
            named = {g.gname for g in groups}
            if named:
                # ("ISWAP, which split from Boko Haram in 2016, has become ...": the group the
                # sentence is about, named first, as its subject)
                subject = groups[0].gname if len(named) > 1 and not infos[before].text[:groups[0].start].strip() else None
                if len(named) == 1 or subject:
                    record.gname = subject or named.pop()
                    record.add_evidence("gname", infos[before].text, infos[before].start, infos[before].end)
                break


# the heading of a group's profile: "Boko Haram: who are they, and what do they want?", "Who are
# al-Shabaab?", "Profile: ETA", "The IRA's deadliest attacks" (not "Boko Haram kills 43 rice
# farmers": a story's headline, whose group is its own incident's)
_PROFILE_LEAD = re.compile(r"^\W*(?:(?:who|what)\s+(?:are|is|were|was)\s+|(?:profile|timeline|explainer|factbox|fact\s+box|"
                           r"q\s*&\s*a)\s*[:|-]\s*)?(?:the\s+)?$", re.IGNORECASE)
_PROFILE_TAIL = re.compile(r"^(?:['’]s\s+(?:\w+\s+){0,2}(?:attacks|history|rise|campaign|record)\b|\s*(?:[:?|]|\s-\s|$))",
                           re.IGNORECASE)


_ENCYCLOPEDIA_LINE = re.compile(r"\s+From\s+Wikipedia\b")


def profile_subject_group(infos: list[SentenceInfo]) -> Optional[tuple[str, SentenceInfo]]:
    """The one group a profile's heading is about, and the heading."""
    lines = {i.block for i in infos if i.index_in_block == 0} - {i.block for i in infos if i.index_in_block > 0}
    for info in infos:
        if info.block > 3:
            break
        # ("Revolutionary Organization 17 November | From Wikipedia, the free encyclopedia": an
        # encyclopedia page's title, with the line under it)
        text = _ENCYCLOPEDIA_LINE.split(info.text, 1)[0]
        # (a title that ends in a question reads as a paragraph of one line)
        if info.block_kind != "heading" and not (info.block in lines and len(text) <= 120):
            continue
        groups = [g for g in find_groups(text) if not g.inspired]
        if len({g.gname for g in groups}) != 1:
            continue
        first = groups[0]
        if _PROFILE_LEAD.match(text[:first.start]) and _PROFILE_TAIL.match(text[first.end:]):
            return first.gname, info
    return None


def name_the_profiled_group(coded: list[tuple[IncidentMention, IncidentRecord]], infos: list[SentenceInfo]) -> None:
    """The items of a group's profile ("Key dates | - 7 September 2010: Gunmen storm the federal
    prison in Bauchi ...") that name no group are the group's deeds: the list is its record."""
    subject = profile_subject_group(infos)
    if subject is None:
        return
    gname, heading = subject
    for mention, record in coded:
        if (mention.contributions and mention.contributions[0].info.block_kind == "list_item"
                and (not names_a_group(record.gname) or record.inspired)):
            record.gname = gname
            record.inspired = False
            record.add_evidence("gname", heading.text, heading.start, heading.end)


def share_a_claim_naming_the_town(coded: list[tuple[IncidentMention, IncidentRecord]]) -> None:
    """An incident with no group whose town a claimed incident's claim sentence also names ("Two
    suicide bombings struck Coptic churches in ... Tanta and Alexandria ..., in attacks claimed by
    the Islamic State group" ... "Hours later, a suicide bomber blew himself up outside St. Mark's
    Cathedral in Alexandria") was claimed with it, where both fell on one day."""
    for n, (mention, record) in enumerate(coded):
        if names_a_group(record.gname) or mention.place is None or not mention.place.place.city:
            continue
        town = re.compile(rf"\b{re.escape(mention.place.surface)}\b")
        # (the same day's: "the bus attack near Mandera on Nov. 22" was not claimed by the quarry's claim)
        found = next(((other, e) for _, other in coded[:n] if other.claimed == 1 and names_a_group(other.gname)
                      and other.date == record.date
                      for e in other.evidence if e.field == "claimed" and town.search(e.sentence)), None)
        if found is not None:
            source, claim = found
            for name in ("gname", "gname2", "claimed", "claimmode", "claim_channel"):
                setattr(record, name, copy.deepcopy(getattr(source, name)))
            record.add_evidence("claimed", claim.sentence, claim.start, claim.end)


def code_regional_branch(record: IncidentRecord) -> None:
    """"The Islamic State group claimed responsibility" for a bombing in Kabul: GTD codes the
    branch that operates where and when the attack happened (data: groups.json)."""
    country = record.place.country if record.place else None
    record.gname = regional_branch(record.gname, country, record.date)
    record.gname2 = regional_branch(record.gname2, country, record.date)


def _place_main_story(mentions: list[IncidentMention], fallback: Optional[PlaceMention], filed_from: bool = False,
                      folded: bool = False) -> None:
    if fallback is None:
        return
    # only the story's first incident: a later one ("In December two soldiers were killed in an
    # attack on an army post") is not where the wire was filed from just because it names no place
    main = next((m for m in mentions if m.role == "main"), None)
    if main is None:
        return
    if main.place is None:
        main.place = fallback
    elif (main.place.place.city is None and main.place.place.provstate is None
          and fallback.place.country == main.place.place.country and fallback.place.city is not None
          and (country_from_demonym(main.place.surface)
               or any(_THIS_TOWN.search(c.info.text) for c in main.contributions)
               # ("LAHORE: ... ambushed the convoy ... for the second Test against Pakistan"): a
               # dateline away from the capital is the local desk's town, where the story happened
               or (filed_from and _away_from_the_capital(fallback.place)))):
        # "LOCKERBIE, Scotland -- ... exploded in the air over this small Scottish town",
        # "GUATEMALA CITY, 22 DEC 89 -- ... murdered yesterday morning in zone 10 of this capital":
        # the story names its town only by the country or as "this capital"; the dateline names it
        main.place = fallback
    elif (filed_from and not folded and fallback.place.city is not None and main.place.place.city != fallback.place.city
          and fallback.place.country == main.place.place.country
          and main.place.place.provstate is not None and main.place.place.provstate == fallback.place.provstate
          # (the sentence that tells the attack "in this town", naming no town of its own)
          and any(_THIS_TOWN.search(c.info.text) and c.info.event and not any(p.place.city and not p.dateline for p in c.info.places)
                  for c in main.contributions)):
        # "REYHANLI, Turkey, May 12 (Reuters) - ... twin car bombings that killed 46 people in this
        # town" and, later, a faction "active in Hatay": the dateline's town, in that province
        main.place = fallback
    elif (filed_from and not folded and main.place.near and fallback.place.city is not None
          and fallback.place.country == main.place.place.country and fallback.place.city != main.place.place.city
          and fallback.place.geonameid is None):
        # "ISSERS, Algeria (AFP) - A suicide bomber drove a car ... at the gates of a paramilitary
        # police school east of Algiers": the city the scene lies by; the dateline's town, one the
        # gazetteer lacks (no desk files from there), is the scene (not "TEMUCO, Chile (AP) - ...
        # on a road near the town of Ercilla": the desk's city, and the village by the scene)
        main.place = fallback


def _away_from_the_capital(place: Place) -> bool:
    capital = capital_of(place.country) if place.country else None
    if capital is not None and place.city and place.geonameid is None:
        return place.city.lower() != (capital.city or "").lower()  # a village the gazetteer lacks
    return capital is not None and not places_compatible(place, capital)


_THIS_TOWN = re.compile(r"\bthis\s+(?:[\w-]+\s+)?(?:capital|city|town)\b", re.IGNORECASE)


def _recode_with_known_attackers(coded: list[tuple[IncidentMention, IncidentRecord]], document: Document,
                                 rows) -> list[tuple[IncidentMention, IncidentRecord]]:
    """An incident that names, among its dead or wounded, an attacker the report names in another
    of its incidents is coded again knowing him: "Tamerlan Tsarnaev was killed" in the shootout
    told after the bombing he carried out is a perpetrator's death (nkillter)."""
    names = [p.name for _, r in coded for p in r.perpetrators if p.name]
    if len(coded) < 2 or not names:
        return coded
    recoded = []
    for mention, record in coded:
        own = {p.name for p in record.perpetrators}
        others = [n for n in names if n not in own]
        told = " ".join(c.text() for c in mention.contributions)
        if others and any(n in told for n in others):
            record = code_incident(mention, document.published, table_rows=rows, known_perpetrators=others)
        recoded.append((mention, record))
    return recoded


def extract_incidents(document: Document) -> list[IncidentRecord]:
    return next(extract_many([document]))


@dataclass
class Extraction:
    """One document's outcome: its incidents, or the error that stopped its extraction."""
    document: Document
    records: list[IncidentRecord] = field(default_factory=list)
    error: Optional[Exception] = None


@dataclass
class _PreparedDocument:
    document: Document
    folded: bool = False  # ALL-CAPS wire copy, case-folded for the parser
    rows: list = field(default_factory=list)  # table rows, same offsets as analysed_text
    analysed_text: str = ""
    blocks: list = field(default_factory=list)
    error: Optional[Exception] = None  # why it could not be read or parsed


# How many blocks go through spaCy at once. Blocks of several documents share batches: a
# report has a dozen short paragraphs, and a batch per report leaves spaCy's matrix work in
# small pieces (parsing the example corpus took 10 to 25% less time this way).
PARSE_BATCH_BLOCKS = 128
# a batch of reports is also closed at this much text, so a few huge reports do not pile up
PARSE_BATCH_CHARS = 400_000


def _prepare(document: Document, max_length: int) -> _PreparedDocument:
    text = document.text
    folded = is_mostly_upper(text)
    cased = csv_as_tsv(fold_case(text) if folded else text)
    analysed_text = flatten_tables(cased)
    prepared = _PreparedDocument(document, folded, table_rows(cased), analysed_text, split_blocks(analysed_text))
    longest = max((len(b.text) for b in prepared.blocks), default=0)
    if longest > max_length:
        prepared.error = ValueError(f"a paragraph of {longest:,} characters is longer than the parser takes "
                                    f"({max_length:,}); split the text into paragraphs")
    return prepared


def _parse_in_batches(documents: Iterable[Document]) -> Iterator[tuple[_PreparedDocument, list[Doc]]]:
    """Each document's blocks with their parses, in document order (the parsing is done for
    several documents at a time); a document that could not be read or parsed comes with its
    `error` set and no parses."""
    nlp = load_nlp()
    pending: list[_PreparedDocument] = []

    def parse_alone(prepared: _PreparedDocument) -> list[Doc]:
        try:
            return list(nlp.pipe([text_for_parsing(b) for b in prepared.blocks]))
        except Exception as exc:  # noqa: BLE001
            prepared.error = exc
            return []

    def parse_pending() -> Iterator[tuple[_PreparedDocument, list[Doc]]]:
        ready = [p for p in pending if p.error is None]
        try:
            docs = list(nlp.pipe([text_for_parsing(b) for p in ready for b in p.blocks], batch_size=PARSE_BATCH_BLOCKS))
        except Exception:  # noqa: BLE001 - one report's fault must not cost the others theirs
            docs = None
        at = 0
        for prepared in pending:
            if prepared.error is not None:
                parsed = []
            elif docs is None:
                parsed = parse_alone(prepared)  # the batch failed: each report alone, so only the faulty one fails
            else:
                parsed = docs[at:at + len(prepared.blocks)]
                at += len(prepared.blocks)
            yield prepared, parsed
        pending.clear()

    blocks = chars = 0
    for document in documents:
        try:
            prepared = _prepare(document, nlp.max_length)
        except Exception as exc:  # noqa: BLE001
            prepared = _PreparedDocument(document, error=exc)
        pending.append(prepared)
        blocks += len(prepared.blocks)
        chars += len(prepared.analysed_text)
        if blocks >= PARSE_BATCH_BLOCKS or chars >= PARSE_BATCH_CHARS:
            yield from parse_pending()
            blocks = chars = 0
    yield from parse_pending()


def extract_each(documents: Iterable[Document]) -> Iterator[Extraction]:
    """Incidents of each document, in order; a document whose extraction fails is reported
    with its error and the others go on (one bad report must not stop a run over thousands)."""
    for prepared, docs in _parse_in_batches(documents):
        records: list[IncidentRecord] = []
        error = prepared.error
        if error is None:
            try:
                records = _extract_parsed(prepared, docs)
            except Exception as exc:  # noqa: BLE001 - reported to the caller with the document
                error = exc
        yield Extraction(prepared.document, records, error)


def extract_many(documents: Iterable[Document]) -> Iterator[list[IncidentRecord]]:
    """Incidents of each document, in order; the first failure is raised."""
    for extraction in extract_each(documents):
        if extraction.error is not None:
            raise extraction.error
        yield extraction.records


def _extract_parsed(prepared: _PreparedDocument, docs: list[Doc]) -> list[IncidentRecord]:
    document, folded, rows, analysed_text, blocks = (prepared.document, prepared.folded, prepared.rows,
                                                     prepared.analysed_text, prepared.blocks)
    text = document.text
    forget_group_lookups()
    # with no publication date, yearless and relative dates are read against the latest
    # full date the report gives (the report's own date is not before it)
    reference = document.published or reference_date(text)
    dateline_place = find_dateline_place(blocks)
    infos = analyse_document(blocks, docs, analysed_text, reference, folded, dateline_place)
    mentions = group_incidents(infos, document.published, folded)
    date_from_the_setting(mentions)
    # the main story without a place of its own is placed by the wire's dateline before it
    # borrows from other sentences (a separate attack told the same day is elsewhere);
    # the title's place comes last
    _place_main_story(mentions, dateline_place, filed_from=True, folded=folded)
    borrow_places(mentions, infos)
    refine_country_place(mentions)
    _place_main_story(mentions, find_title_place(infos))
    place_opening_the_story(mentions, infos)
    _place_main_story(mentions, find_office_place(infos))
    place_examples_of_a_record(mentions, infos)
    place_by_title_country(mentions, infos)
    place_the_village_in_its_province(mentions)
    # (after the places are borrowed: an earlier year's attack is placed as the paragraph's news was)
    mark_earlier_paragraphs_background(mentions)
    coded = [(m, code_incident(m, document.published, table_rows=rows)) for m in mentions]
    coded = _recode_with_known_attackers(coded, document, rows)
    share_coordinated_coding(coded)
    name_the_group_told_before(coded, infos)
    name_the_profiled_group(coded, infos)
    share_a_claim_naming_the_town(coded)
    for _, record in coded:
        code_regional_branch(record)
    records = [r for _, r in coded if _keep(r)]
    title = next((i for i in infos if i.block == 0 and i.block_kind == "heading" and i.methods and not i.negative), None)
    if title is not None and len(records) == 1 and records[0].attacktypes == ["Unknown"] and not folded:
        code_methods_from_title(records[0], title)
    if any(not _codes_nothing(r) for r in records):
        # beside incidents coded from what the text tells, one with no method, target,
        # casualty or group is a stray date ("No group immediately claimed either attack")
        records = [r for r in records if not _codes_nothing(r)]
    if folded:
        # the model learnt from MUC-4's upper-case radio and wire transcripts; a mixed-case
        # wire ("KUNMING, March 2 (Xinhua) --") is read by the rules, which code it better
        records = apply_wire_model(text, records, document.published)
    return records


@functools.lru_cache(maxsize=1)
def _wire_model():
    try:
        from incidex.extract.muc_model import load_muc_model

        return load_muc_model()
    except (ImportError, OSError):  # the model is optional: rules alone still work
        return None


def apply_wire_model(text: str, records: list[IncidentRecord], published: Optional[date]) -> list[IncidentRecord]:
    """For radio / wire transcripts, the model trained on MUC-4 decides whether the message
    reports an incident at all and which strings fill the roles (perpetrator, group,
    target, victim, weapon); the rules keep the GTD coding of the incidents they found."""
    model = _wire_model()
    if model is None:
        return records
    prediction = model.predict(text)
    predicted = model.records(prediction)
    if not predicted:
        return []  # not relevant: e.g. a political statement about the war
    # One incident per type the model predicts (its type classifier beats the rules on this
    # genre); each takes the rule-coded record of the same kind when there is one, so date,
    # place and casualties still come from the text.
    from incidex.evaluate.muc4 import muc_type_of

    unused = list(records)
    out: list[IncidentRecord] = []
    for data in predicted:
        same = next((r for r in unused if muc_type_of(r.to_dict()) == data["muc_type"]), None)
        if same is not None:
            unused.remove(same)
            out.append(same)
            continue
        made = _record_from_model(data, published)
        if records:  # borrow what the rules read for the message's main incident
            made.date, made.date_precision, made.place = records[0].date, records[0].date_precision, records[0].place
        out.append(made)
    # a message often reports several incidents of one kind ("two bombings in Medellin"):
    # keep every further rule-found incident of a kind the model predicts, and one of another
    # kind that the rules found with its dead or wounded (a bulletin's second attack)
    kinds = {data["muc_type"] for data in predicted}
    out.extend(r for r in unused if muc_type_of(r.to_dict()) in kinds or r.nkill or r.nwound)
    roles = predicted[0].get("mentions") or {}
    for i, record in enumerate(out):
        record.mentions = {role: list(strings) for role, strings in roles.items()} if i == 0 else {}
    return out


def _record_from_model(data: dict, published: Optional[date]) -> IncidentRecord:
    from incidex.normalize.gazetteer import resolve_country, resolve_place

    record = IncidentRecord(attacktypes=list(data.get("attacktypes") or ["Unknown"]), weaptypes=["Unknown"],
                            targtypes=["Unknown"], gname=UNKNOWN_GROUP, claimed=0)
    when = data.get("date")
    record.date = date.fromisoformat(when) if when else published
    record.date_precision = "day" if record.date else None
    place = data.get("place") or {}
    resolved = None
    if place.get("city"):
        resolved = resolve_place(place["city"], country_hint=place.get("country"))
    if resolved is None and place.get("country"):
        resolved = resolve_country(place["country"])
    record.place = resolved or Place()
    record.summary = "Incident reported by a wire message (role model; no rule matched)"
    return record
