"""Extraction time against the length of one plan: does building a long plan grow linearly?

    python bench/plan_size.py                        # 80 k, 160 k, 320 k characters, 5 runs each
    python bench/plan_size.py --copies 1 2 4 8 --runs 3 --pasted

A plan of *k* copies is the seed followed by k-1 synthetic plans (``bench/synth.py``:
names, places and figures changed), so names, works and targets grow with the text
as in a long real plan; one copy is about 80 k characters. ``--pasted`` joins each
chapter's lines into one paragraph, as a text pasted without line breaks reads.
Each size is parsed once and extracted ``--runs`` times in this process after a
warm-up (jieba's dictionary loads once); the table gives the median wall and CPU
seconds and their ratio to the smallest size of the same run — linear growth
doubles with the text. The load average is printed, as other work shares the machine.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from kg.extract.extractor import extract_facts  # noqa: E402
from kg.ingest.parse import parse_document  # noqa: E402
from kg.ingest.read import read_source  # noqa: E402
from synth import SEED, synthesise  # noqa: E402

__all__ = ["long_plan", "main"]


def long_plan(copies: int, *, pasted: bool = False) -> str:
    """The seed and ``copies - 1`` synthetic plans as one text (see the module docstring)."""
    seed = read_source(SEED).text
    texts = [seed] + [synthesise(seed, n).text for n in range(1, copies)]
    if pasted:
        texts = [_paste(t) for t in texts]
    return "\n\n".join(texts)


def _paste(text: str) -> str:
    """The text with every chapter's lines run together (a heading still opens its own line)."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and line.strip() and not line.lstrip().startswith(("第", "专栏")) and out[-1].strip():
            out[-1] += line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pasted", action="store_true")
    args = ap.parse_args()
    docs = [(k, parse_document(t, plan_id=f"long-{k}"), len(t))
            for k in args.copies for t in [long_plan(k, pasted=args.pasted)]]
    extract_facts(docs[0][1])  # warm-up: dictionaries and compiled patterns
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("| copies | characters | entities | wall s (median) | CPU s (median) | wall ×smallest | CPU ×smallest | size ×smallest |")
    print("|---|---|---|---|---|---|---|---|")
    first = None
    for k, doc, chars in docs:
        walls, cpus = [], []
        for _ in range(args.runs):
            w, c = time.perf_counter(), time.process_time()
            facts = extract_facts(doc)
            walls.append(time.perf_counter() - w)
            cpus.append(time.process_time() - c)
        row = (statistics.median(walls), statistics.median(cpus), chars)
        first = first or row
        print(f"| {k} | {chars:,} | {len(facts.entities):,} | {row[0]:.2f} | {row[1]:.2f} | "
              f"{row[0] / first[0]:.2f} | {row[1] / first[1]:.2f} | {chars / first[2]:.2f} |", flush=True)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
