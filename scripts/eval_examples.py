"""Score the pipeline on every example report against its gold file; print a table.

    python scripts/eval_examples.py [--json]

Each report is ingested into its own temporary SQLite database (so merging across reports
does not blur the per-report figures), then scored with the project's gold scorer.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def score_examples() -> list[dict]:
    from incidex.evaluate.gold import evaluate, load_gold, records_for_gold
    from incidex.pipeline import ingest_paths
    from incidex.store.db import Store

    rows = []
    for gold_path in sorted(EXAMPLES.glob("*.gold.json")):
        gold = load_gold(gold_path)
        with tempfile.TemporaryDirectory() as tmp:
            with Store(Path(tmp) / "ex.db") as store:
                ingest_paths([EXAMPLES / gold["document"]], store)
                records = records_for_gold(store, gold, all_incidents=True)
        report = evaluate(records, gold)
        rows.append({"document": gold["document"], "gold": len(gold.get("incidents", [])),
                     "tp": report.tp, "fp": report.fp, "fn": report.fn, "f1": report.f1,
                     "field_mean": report.field_mean, "errors": report.errors})
    return rows


def totals(rows: list[dict]) -> dict:
    tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    means = [r["field_mean"] for r in rows if r["field_mean"] is not None]
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "field_mean": sum(means) / len(means) if means else None}


def main() -> None:
    rows = score_examples()
    total = totals(rows)
    if "--json" in sys.argv:
        print(json.dumps({"examples": rows, "total": total}, indent=2))
        return
    print(f"{'document':<42}{'gold':>5}{'tp':>4}{'fp':>4}{'fn':>4}{'F1':>7}{'fields':>8}")
    for r in rows:
        fm = f"{r['field_mean']:.3f}" if r["field_mean"] is not None else "-"
        print(f"{r['document']:<42}{r['gold']:>5}{r['tp']:>4}{r['fp']:>4}{r['fn']:>4}{r['f1']:7.3f}{fm:>8}")
    print(f"{'micro total':<42}{'':>5}{total['tp']:>4}{total['fp']:>4}{total['fn']:>4}{total['f1']:7.3f}"
          f"{total['field_mean']:8.3f}")


if __name__ == "__main__":
    main()
