"""Draw and score the hand-labelled extraction sample (entities, targets, figures of works).

``draw`` extracts the facts of each plan and draws a seeded random sample of
entities (per plan), targets and figures of works; it writes one JSON line per
item with the context a judge needs (``judge`` unset). A person then reads
each line and sets ``judge`` to ``true`` (correct), ``false`` (wrong) with a
``note``. ``score`` re-extracts the plans and reports, per type, precision
over the judged items that extraction still produces, and recall over the
gold items of ``gold`` lines (facts a judge listed by hand for whole
paragraphs: found when the extraction has them).

Usage::

    python tools/extraction_sample.py draw  OUT.jsonl PLAN:N_ENT:N_TARGET:N_FIGURE ... [--seed N]
    python tools/extraction_sample.py paragraphs OUT.jsonl PLAN:N ... [--seed N]
    python tools/extraction_sample.py score SAMPLE.jsonl [--root DIR]

Plan paths are relative to ``--root`` (default: the checkout's parent, where
``shared/`` sits) or absolute; the seed is ``data/…`` inside the checkout.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.extractor import extract_facts  # noqa: E402
from kg.facts import Facts  # noqa: E402
from kg.extract.units import parse_quantities  # noqa: E402
from kg.ingest.parse import parse_file  # noqa: E402

__all__ = ["facts_of", "item_key", "draw", "draw_paragraphs", "score"]

SEED = 10  # the random seed the first sample (tests/data/extraction-sample.jsonl) was drawn with
_ENTITY_TYPES = ("Project", "Park", "Industry", "Place", "Organization")


def _resolve(plan: str, root: Path) -> Path:
    path = Path(plan)
    if path.is_absolute():
        return path
    return ROOT / path if (ROOT / path).exists() else root / path


def facts_of(plan: str, root: Path) -> tuple[dict[str, str], Facts]:
    """The paragraph texts (by id) and extracted facts of a plan."""
    doc = parse_file(_resolve(plan, root))
    return {p.id: p.text for p in doc.paragraphs()}, extract_facts(doc)


def _snippet(text: str, needle: str, width: int = 40) -> str:
    at = text.find(needle)
    if at < 0:
        return text[: 2 * width]
    return text[max(0, at - width): at + len(needle) + width]


def _target_row(t, facts: Facts) -> dict:
    owner = facts.entities[t.owner].label if t.owner else None
    return {"measure": t.measure_name, "raw": t.quantity.raw, "value": t.quantity.value, "unit": t.quantity.unit,
            "owner": owner, "status": t.status, "year": t.year, "period": t.period, "source": t.source}


def item_key(row: dict) -> tuple:
    """What identifies a sampled item across re-extractions."""
    if row["kind"] == "entity":
        return ("entity", row["plan"], row["type"], row["label"])
    if row["kind"] == "target":
        return ("target", row["plan"], row["source"], row["raw"], row["measure"], row["owner"], row["status"])
    return ("figure", row["plan"], row["source"], row["raw"], row["owner"])


def _items(plan: str, texts: dict[str, str], facts: Facts) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for e in sorted(facts.entities.values(), key=lambda e: e.key):
        if e.type in _ENTITY_TYPES:
            src = sorted(e.sources)[0]
            out["entity"].append({"kind": "entity", "plan": plan, "type": e.type, "label": e.label,
                                  "source": src, "context": _snippet(texts.get(src, ""), e.label)})
    for t in facts.targets:
        row = _target_row(t, facts)
        out["target"].append({"kind": "target", "plan": plan, "type": "Target", **row,
                              "context": _snippet(texts.get(t.source, ""), t.quantity.raw)})
    for e in sorted(facts.entities.values(), key=lambda e: e.key):
        for q in e.quantities:
            out["figure"].append({"kind": "figure", "plan": plan, "type": "Figure", "owner": e.label,
                                  "quantity_kind": q.kind, "raw": q.raw, "value": q.value, "unit": q.unit,
                                  "source": q.source, "context": _snippet(texts.get(q.source, ""), q.raw)})
    return out


def draw(out: Path, specs: list[str], root: Path, seed: int = SEED) -> None:
    """Write a fresh, unjudged sample: ``PLAN:N_ENTITIES:N_TARGETS:N_FIGURES`` per plan, drawn with ``seed``."""
    rng = random.Random(seed)
    rows = []
    for spec in specs:
        plan, *counts = spec.rsplit(":", 3)
        texts, facts = facts_of(plan, root)
        items = _items(plan, texts, facts)
        for kind, n in zip(("entity", "target", "figure"), map(int, counts)):
            pool = items[kind]
            rows += rng.sample(pool, min(n, len(pool)))
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps({**row, "judge": None}, ensure_ascii=False) + "\n")


def draw_paragraphs(out: Path, specs: list[str], root: Path, seed: int = SEED) -> None:
    """Write ``N`` paragraphs per plan (``PLAN:N``) drawn at random among those printing a figure.

    A judge lists every target, actual and named entity of each paragraph by
    hand as ``gold`` lines (see :func:`score`); the paragraphs are drawn from
    the text, not from what extraction found, so the lines measure recall.
    """
    rng = random.Random(seed)
    rows = []
    for spec in specs:
        plan, n = spec.rsplit(":", 1)
        doc = parse_file(_resolve(plan, root))
        pool = [p for p in doc.paragraphs() if p.kind not in ("indicator", "term", "title")
                and parse_quantities(p.text, source=p.id)]
        rows += [{"kind": "paragraph", "plan": plan, "source": p.id, "text": p.text}
                 for p in rng.sample(pool, min(int(n), len(pool)))]
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _found(plan: str, texts: dict[str, str], facts: Facts) -> dict[tuple, set[str]]:
    """What extraction holds per (kind, plan, paragraph): printed figures of targets, names of entities."""
    keys: dict[tuple, set[str]] = defaultdict(set)
    for t in facts.targets:
        keys[("target", plan, t.source)].add(t.quantity.raw)
    for e in facts.entities.values():
        for src in e.sources:
            keys[("entity", plan, src)] |= e.aliases | {e.label}
    return keys


def _is_found(row: dict, found: dict[tuple, set[str]]) -> bool:
    """A gold line is found when its paragraph holds its figure (控制在5%以内 holds 5%) or its name."""
    printed = row.get("raw") or row.get("label")
    held = found.get((row["kind"], row["plan"], row["source"]), set())
    if row["kind"] == "entity":
        return printed in held
    return any(printed in raw or raw in printed for raw in held)


def score(sample: Path, root: Path) -> dict[str, dict[str, float]]:
    """Precision and recall per type; prints a Markdown table and returns it.

    Precision: judged items that extraction still produces, by type (an item
    it no longer produces counts neither way, but one judged right is
    counted as ``lost``: what later rules cost in recall). Recall: gold lines
    (every target and named entity a judge listed for a whole paragraph) that
    extraction finds in that paragraph.
    """
    rows = [json.loads(line) for line in sample.open(encoding="utf-8") if line.strip()]
    current: set[tuple] = set()
    found: dict[tuple, set[str]] = {}
    for plan in sorted({r["plan"] for r in rows}):
        texts, facts = facts_of(plan, root)
        for kind_rows in _items(plan, texts, facts).values():
            current |= {item_key(r) for r in kind_rows}
        found.update(_found(plan, texts, facts))
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r.get("gold"):
            t = stats[r["type"]]
            t["gold"] += 1
            t["found"] += _is_found(r, found)
        elif r.get("judge") is not None:
            t = stats[r["type"]]
            t["sampled"] += 1
            if item_key(r) in current:
                t["judged"] += 1
                t["correct"] += bool(r["judge"])
            else:  # judged right and no longer produced: what a rule cost in recall
                t["lost"] += bool(r["judge"])
    table = {}
    print("| type | sampled | still produced | correct | precision | right, now dropped | gold | found | recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    for type_, t in sorted(stats.items()):
        p = t["correct"] / t["judged"] if t["judged"] else float("nan")
        rc = t["found"] / t["gold"] if t["gold"] else float("nan")
        table[type_] = {"precision": p, "recall": rc, "judged": t["judged"], "gold": t["gold"], "lost": t["lost"]}
        cells = [str(t["sampled"]), str(t["judged"]), str(t["correct"]), f"{p:.1%}" if t["judged"] else "–",
                 str(t["lost"]),
                 str(t["gold"]) if t["gold"] else "–", str(t["found"]) if t["gold"] else "–",
                 f"{rc:.1%}" if t["gold"] else "–"]
        print(f"| {type_} | " + " | ".join(cells) + " |")
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("draw", "paragraphs", "score"))
    ap.add_argument("file", type=Path)
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--root", type=Path, default=ROOT.parent)
    ap.add_argument("--seed", type=int, default=SEED, help="random seed of a draw")
    args = ap.parse_args(argv)
    if args.command == "draw":
        draw(args.file, args.specs, args.root, args.seed)
    elif args.command == "paragraphs":
        draw_paragraphs(args.file, args.specs, args.root, args.seed)
    else:
        score(args.file, args.root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
