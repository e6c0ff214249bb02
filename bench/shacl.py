"""What checking the SHACL shapes adds to a build: validation time vs building the graph, per plan.

    python bench/shacl.py [--runs 3] [PLAN ...]      (default: the seed and ../shared/corpus/*)

For each plan: parse + extract + build the RDF graph (the baseline, timed in the
same run), then :func:`kg.graph.validate.validate_graph` on it with its build
record; the median of ``--runs`` each, and their ratio. Exports are timed too
(Turtle, JSON-LD with the context). Prints Markdown rows for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

from kg.export import export_graph
from kg.extract.extractor import extract_facts
from kg.graph.provenance import BuildInfo, add_build_provenance
from kg.graph.rdf import build_graph
from kg.graph.validate import validate_graph
from kg.ingest.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _median(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plans", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    plans = args.plans or [ROOT / "data" / "lingling-14th-five-year-plan.txt",
                           *sorted(p for p in CORPUS.glob("*.md") if p.stem != "README")]
    warm = parse_file(plans[0])
    validate_graph(build_graph(warm, extract_facts(warm)))  # not timed: imports pyshacl, parses the shapes
    print("| plan | triples | build graph (s) | validate (s) | ratio | violations | ttl (s) | jsonld (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for path in plans:
        def build():
            doc = parse_file(path)
            return doc, build_graph(doc, extract_facts(doc))

        t_build, (doc, graph) = _median(build, args.runs)
        now = datetime.now(timezone.utc)
        add_build_provenance(graph, BuildInfo(doc.plan_id, "bench", str(path), doc.sha256, "bench", "bench", "none", now, now))
        t_val, report = _median(lambda: validate_graph(graph), args.runs)
        t_ttl, _ = _median(lambda: export_graph(graph, "ttl"), args.runs)
        t_json, _ = _median(lambda: export_graph(graph, "jsonld"), args.runs)
        print(f"| {path.name} | {len(graph)} | {t_build:.2f} | {t_val:.2f} | {t_val / t_build:.2f} | "
              f"{len(report.violations)} | {t_ttl:.2f} | {t_json:.2f} |")


if __name__ == "__main__":
    main()
