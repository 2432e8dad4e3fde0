"""From a Document to coded IncidentRecords (before normalisation of labels and merging)."""
from __future__ import annotations

from typing import Iterable, Iterator

from incidex.extract.mentions import analyse_document, find_dateline_place, group_incidents
from incidex.extract.segment import split_blocks
from incidex.extract.slots import code_incident
from incidex.model import Document, IncidentRecord
from incidex.nlp.pipeline import fold_case, is_mostly_upper, load_nlp


def _keep(record: IncidentRecord) -> bool:
    """An incident needs a date and a place at least at country level to be worth storing."""
    if record.date is None or record.place.country is None:
        return False
    return True


def extract_incidents(document: Document) -> list[IncidentRecord]:
    return next(extract_many([document]))


def extract_many(documents: Iterable[Document], batch_size: int = 32) -> Iterator[list[IncidentRecord]]:
    """Incidents of each document, in order. Blocks of all documents are parsed in batches."""
    nlp = load_nlp()
    for document in documents:
        text = document.text
        folded = is_mostly_upper(text)
        analysed_text = fold_case(text) if folded else text
        blocks = split_blocks(analysed_text)
        docs = list(nlp.pipe((b.text for b in blocks), batch_size=batch_size))
        infos = analyse_document(blocks, docs, analysed_text, document.published, folded)
        mentions = group_incidents(infos, document.published)
        dateline = find_dateline_place(blocks, folded)
        if dateline is not None:
            for mention in mentions:
                if mention.role == "main" and mention.place is None:
                    mention.place = dateline
                    break
        records = [code_incident(m, document.published) for m in mentions]
        yield [r for r in records if _keep(r)]
