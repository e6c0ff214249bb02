"""Precision and recall of measure matching (kg/compare) on the hand-labelled sample.

Every pair of rows from different sources in ``tests/data/compare/measure_sample.tsv``
is a candidate; the matcher predicts "same measure" when the two names share a
measure key, the label says so when they share a concept. Prints the counts,
precision, recall and every wrong or missed pair (for reading by hand).

    python bench/measure_matching.py [--json]
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.compare.match import compatibility, measure_key  # noqa: E402
from kg.compare.measures import normalise_measure  # noqa: E402
from kg.compare.records import MeasureRecord  # noqa: E402

__all__ = ["SAMPLE", "load_sample", "score"]

SAMPLE = ROOT / "tests" / "data" / "compare" / "measure_sample.tsv"


def load_sample(path: Path = SAMPLE) -> list[dict[str, str]]:
    """Rows of the sample (source, name, unit, concept); ``#`` lines are its description."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def score(rows: list[dict[str, str]]) -> dict:
    """Pair counts, precision and recall, the wrong and missed pairs, and incompatible matches."""
    recs = [MeasureRecord(f"{r['source']}:{r['name']}", r["source"], "sample", normalise_measure(r["name"]), unit=r["unit"] or None) for r in rows]
    tp, fp, fn, incompatible = [], [], [], []
    for (ra, a), (rb, b) in combinations(zip(rows, recs), 2):
        if a.plan == b.plan:
            continue
        same = ra["concept"] == rb["concept"]
        predicted = measure_key(a.measure) == measure_key(b.measure)
        pair = (f"{a.plan}:{a.measure.printed}", f"{b.plan}:{b.measure.printed}")
        if predicted and same:
            tp.append(pair)
            ok, note = compatibility(a, b)
            if not ok:
                incompatible.append((*pair, note))
        elif predicted:
            fp.append(pair)
        elif same:
            fn.append(pair)
    return {
        "rows": len(rows),
        "predicted": len(tp) + len(fp),
        "true_positive": len(tp),
        "precision": len(tp) / ((len(tp) + len(fp)) or 1),
        "recall": len(tp) / ((len(tp) + len(fn)) or 1),
        "wrong": fp,
        "missed": fn,
        "incompatible": incompatible,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    result = score(load_sample())
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['rows']} names; {result['predicted']} pairs matched, {result['true_positive']} right: "
          f"precision {result['precision']:.3f}, recall {result['recall']:.3f}")
    for title in ("wrong", "missed", "incompatible"):
        for pair in result[title]:
            print(f"  {title}: " + " ↔ ".join(pair))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
