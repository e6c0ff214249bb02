"""Dump the facts extraction reads from plans as canonical JSON, to compare two versions of the code.

    PYTHONPATH=<old checkout> python bench/facts_digest.py --out /tmp/old plan.txt …
    PYTHONPATH=<new checkout> python bench/facts_digest.py --out /tmp/new plan.txt …
    diff -r /tmp/old /tmp/new        # no output: the two versions extract identical facts

A change made for speed only (an index in place of a scan) must leave every entity,
relation, quantity and target — and their order — as it was; EXTRACTION_VERSION then
stays. One file per plan (``<plan id>.json``) and one line per plan on stdout with
its SHA-256, so a run can be compared at a glance.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
from pathlib import Path

from kg.extract.extractor import extract_facts
from kg.ingest.parse import parse_file


def _plain(value):
    """JSON for what dataclasses.asdict leaves as sets (sources, aliases): sorted lists."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    raise TypeError(type(value))


def digest(path: Path) -> str:
    """The facts of one plan as canonical JSON (lists keep extraction's order)."""
    facts = extract_facts(parse_file(path))
    return json.dumps(dataclasses.asdict(facts), ensure_ascii=False, sort_keys=True, indent=1, default=_plain)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plans", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in args.plans:
        text = digest(path)
        (args.out / f"{path.stem}.json").write_text(text, encoding="utf-8")
        print(hashlib.sha256(text.encode()).hexdigest()[:16], path.name, flush=True)


if __name__ == "__main__":
    main()
