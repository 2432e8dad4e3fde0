"""Throughput benchmark: the full incidex pipeline against spaCy's own NER pass.

Builds a corpus of at least --docs documents from the project's example reports and the
seed (each copy made unique by a numbered line, so content-hash de-duplication does not
skip it), then in the same run:
  1. spaCy's stock en_core_web_sm pipeline (nlp.pipe over the same texts),
  2. the incidex pipeline: read -> parse -> extract -> store into a fresh SQLite file.
Prints documents/s, words/s and the ratio of the two. Usage:

    python bench/throughput.py [--docs 1000] [--skip-store]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_9d89ff7a1776516b.txt"


def corpus_texts() -> list[tuple[str, str]]:
    from incidex.ingest.read import read_paths
    from incidex.model import Document

    sources = [ROOT / "examples"]
    if SEED.exists():
        sources.append(SEED)
    return [(d.source, d.text) for d in read_paths(sources) if isinstance(d, Document)]


def build_corpus(n: int) -> list[tuple[str, str]]:
    base = corpus_texts()
    if not base:
        sys.exit("no example reports found under examples/")
    out = []
    i = 0
    while len(out) < n:
        source, text = base[i % len(base)]
        out.append((f"{source}#copy{i}", f"{text}\n\nBenchmark copy {i}.\n"))
        i += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--skip-store", action="store_true", help="extract only, no SQLite writes")
    args = parser.parse_args()

    import spacy

    from incidex.ingest.read import read_text
    from incidex.extract.incidents import extract_many
    from incidex.nlp.pipeline import MODEL_NAME, load_nlp

    corpus = build_corpus(args.docs)
    words = sum(len(t.split()) for _, t in corpus)
    print(f"corpus: {len(corpus)} documents, {words} words "
          f"({len(corpus_texts())} distinct reports, copied)")

    stock = spacy.load(MODEL_NAME)
    t0 = time.perf_counter()
    for _ in stock.pipe((t for _, t in corpus), batch_size=32):
        pass
    spacy_s = time.perf_counter() - t0
    print(f"spaCy {MODEL_NAME} (full stock pipeline incl. NER): {spacy_s:.1f} s, "
          f"{len(corpus) / spacy_s:.1f} docs/s, {words / spacy_s:.0f} words/s")

    load_nlp()  # model loading is start-up cost, not throughput
    documents = [read_text(text, source) for source, text in corpus]
    t0 = time.perf_counter()
    n_incidents = 0
    if args.skip_store:
        for records in extract_many(documents):
            n_incidents += len(records)
    else:
        from incidex.store.db import Store

        with tempfile.TemporaryDirectory() as tmp:
            with Store(Path(tmp) / "bench.db") as store:
                for document, records in zip(documents, extract_many(documents)):
                    n_incidents += len(records)
                    store.ingest(document, records)
    pipe_s = time.perf_counter() - t0
    print(f"incidex pipeline ({'extract only' if args.skip_store else 'extract + store'}): {pipe_s:.1f} s, "
          f"{len(corpus) / pipe_s:.1f} docs/s, {words / pipe_s:.0f} words/s, {n_incidents} incident records")
    print(f"ratio incidex / spaCy NER time: {pipe_s / spacy_s:.2f}x")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
