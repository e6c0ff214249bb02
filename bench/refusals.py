"""Tabulate a question set's refusals by the answerer or check that refused them (qa.trace).

    python bench/refusals.py QA.jsonl --homes ROOT [--all]

Rows naming a plan in ``doc`` are asked of the build under ``ROOT/<doc stem>`` (score_corpus.py's --build-root);
rows without ``doc`` of ``ROOT`` itself. Prints, for each row answered found=False (only rows that are no trap unless
--all), the refusing steps, then a count per refusing step. Nothing is scored: this says who refused, not who was right.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa.engine import Engine  # noqa: E402
from qa.trace import explain, refusers, tracing  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("qa")
    ap.add_argument("--homes", required=True, help="the build root (one build folder per doc stem)")
    ap.add_argument("--all", action="store_true", help="traps too")
    ap.add_argument("-v", action="store_true", help="print every event of each refused row")
    args = ap.parse_args(argv)
    rows = [json.loads(l) for l in Path(args.qa).read_text(encoding="utf-8").splitlines() if l.strip()]
    engines: dict[str, Engine] = {}
    table: collections.Counter[str] = collections.Counter()
    for row in rows:
        if row.get("trap") and not args.all:
            continue
        home = Path(args.homes) / Path(row["doc"]).stem if row.get("doc") else Path(args.homes)
        engine = engines.setdefault(str(home), Engine.from_home(home))
        with tracing() as events:
            answer = engine.ask(row["q"])
        if answer.found:
            continue
        who = refusers(events)
        last = who[-2] if len(who) >= 2 and who[-1] == "answerer:clause_fallback" else (who[-1] if who else "?")
        table[last] += 1
        print(f"{row['id']} {row['q']}\n  refused by {last}  (all: {', '.join(who)})")
        if args.v:
            print("  " + explain(events).replace("\n", "\n  "))
    print("\nrefusals by the step that refused (before the clause fallback):")
    for name, n in table.most_common():
        print(f"  {n:3}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
