"""What comparing costs at engine load: reading measure records and adding pk:hasMeasure links.

The seed's built graph is copied under n plan ids (1, 10, 100), so every copy
states the same 25 measures — the worst case for matching (every key shared by
every plan). Reports the median of runs and the ratio to ``to_networkx`` on the
same graph (the engine's own load step, measured in the same run).

    python bench/compare_load.py [--home DIR] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import rdflib  # noqa: E402

from kg.compare.table import Comparison  # noqa: E402
from kg.graph.nxview import to_networkx  # noqa: E402
from kg.store.buildfolder import current_build  # noqa: E402

__all__ = ["copies", "median_seconds"]

SEED_ID = "lingling-14th-five-year-plan"


def copies(nt: str, n: int) -> rdflib.Graph:
    """The seed's N-Triples under ``n`` plan ids (``copy-001`` …)."""
    g = rdflib.Graph()
    for i in range(1, n + 1):
        g.parse(data=nt.replace(f"/plan/{SEED_ID}", f"/plan/copy-{i:03d}"), format="nt")
    return g


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--home", type=Path, required=True, help="a build folder holding the seed plan")
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args(argv)
    nt = current_build(args.home, SEED_ID).graph_path.read_text(encoding="utf-8")
    print("plans  triples  compare+links (s)  to_networkx (s)  ratio  links added")
    for n in (1, 10, 100):
        g = copies(nt, n)
        cmp_s = median_seconds(lambda: Comparison.from_graph(g).links(), args.runs)
        nx_s = median_seconds(lambda: to_networkx(g), args.runs)
        links = len(Comparison.from_graph(g).links())
        print(f"{n:5d}  {len(g):7d}  {cmp_s:17.3f}  {nx_s:15.3f}  {cmp_s / nx_s:5.2f}  {links}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
