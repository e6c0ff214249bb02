"""Passage retrieval benchmark: recall@5 and MRR@10 for BM25, dense and hybrid search.

Questions come from the dev QA set (rows with a ``cite`` string) and from
``bench/data/retrieval_questions.jsonl`` (questions in users' own words, each
with a ``cite``). The gold passages of a question are those whose text
contains its cite string (after NFKC and whitespace removal). A question
counts for recall@5 when a gold passage is among the first five hits; MRR@10
is the mean reciprocal rank of the first gold passage within ten hits.

Also measured: index build time (encoding + vector index, and BM25) and
per-question latency (median and p95 over several runs).

Usage::

    python bench/retrieval_eval.py [--encoder NAME] [--index BACKEND] [--runs 5]

Prints Markdown tables for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from embeddings.encoder import embed_passages, get_encoder  # noqa: E402
from embeddings.index import build_index  # noqa: E402
from embeddings.passages import Passage, make_passages  # noqa: E402
from kg.document import Document  # noqa: E402
from kg.ingest.parse import parse_file  # noqa: E402
from qa.index.bm25 import bigrams, build_bm25  # noqa: E402
from qa.index.retrieve import Hit, Retriever  # noqa: E402

__all__ = ["Question", "Variant", "load_questions", "graph_linker", "coverage_rerank", "evaluate", "latency",
           "variants", "report", "main"]

SEED = ROOT / "data" / "lingling-14th-five-year-plan.txt"
DEV = ROOT.parent / "shared" / "eval" / "dev_qa.jsonl"
OWN = ROOT / "bench" / "data" / "retrieval_questions.jsonl"


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    cite: str
    source: str
    gold: frozenset[str]


def load_questions(path: Path, passages: Sequence[Passage], *, source: str) -> list[Question]:
    """Rows with a ``cite`` string whose gold passages exist; others are skipped."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if not row.get("cite"):
            continue
        cite = _norm(row["cite"])
        gold = frozenset(p.id for p in passages if cite in _norm(p.text))
        if gold:
            out.append(Question(row["id"], row["q"], row["cite"], source, gold))
    return out


def graph_linker(doc: Document) -> tuple[list[str], Callable[[str], list[str]]]:
    """The graph's entity names (BM25's dictionary) and a question → expansion paragraphs function.

    Built the way the engine does it: extract facts, build the RDF graph, link
    the question's entities and take the paragraphs they were read from.
    """
    from rdflib.namespace import RDFS, SKOS

    from kg.extract.extractor import extract_facts
    from kg.graph.nxview import to_networkx
    from kg.graph.rdf import build_graph
    from qa.index.kb import KB
    from qa.question.link import link_entities

    graph = build_graph(doc, extract_facts(doc))
    names = {str(o) for prop in (RDFS.label, SKOS.altLabel) for o in graph.objects(None, prop)}
    nx_graph = to_networkx(graph)
    kb = KB(nx_graph)

    def expand(question: str) -> list[str]:
        links = link_entities(kb.index, question, limit=3)
        return [pid for link in links for pid in nx_graph.nodes[link.node].get("sources") or []][:30]

    return sorted(n for n in names if 2 <= len(n) <= 20), expand


@dataclass(frozen=True)
class Variant:
    """One measured configuration: a retriever, a mode and optional extras."""

    name: str
    retriever: Retriever
    mode: str
    expand: Callable[[str], list[str]] | None = None
    rerank: bool = False


def coverage_rerank(hits: Sequence[Hit], question: str, *, top: int = 30, weight: float = 0.1) -> list[Hit]:
    """Re-order the first ``top`` hits by fused score + ``weight`` × share of the question's
    character bigrams found in the passage. Measured here; not kept in :mod:`qa.index.retrieve`."""
    grams = set(bigrams(question))
    if not grams:
        return list(hits)

    def boosted(h: Hit) -> float:
        text = _norm(h.passage.text)
        return h.score + weight * sum(g in text for g in grams) / len(grams)

    return sorted(hits[:top], key=boosted, reverse=True) + list(hits[top:])


def _search(v: Variant, q: Question, k: int = 10) -> list[str]:
    expand = v.expand(q.text) if v.expand else ()
    hits = v.retriever.search(q.text, k=30 if v.rerank else k, mode=v.mode, expand=expand)
    if v.rerank:
        hits = coverage_rerank(hits, q.text)
    return [h.passage.id for h in hits[:k]]


def evaluate(v: Variant, questions: Sequence[Question]) -> dict[str, float]:
    """``recall@5`` (share of questions with a gold passage in the top 5) and ``mrr@10``."""
    hits5 = rr = 0.0
    for q in questions:
        ranked = _search(v, q)
        first = next((r for r, pid in enumerate(ranked, 1) if pid in q.gold), None)
        hits5 += first is not None and first <= 5
        rr += 1 / first if first else 0.0
    n = len(questions) or 1
    return {"recall@5": hits5 / n, "mrr@10": rr / n, "hits@5": int(hits5)}


def latency(v: Variant, questions: Sequence[Question], *, runs: int) -> tuple[float, float]:
    """Median and p95 of one question's search time in milliseconds."""
    times = []
    for _ in range(runs):
        for q in questions:
            start = time.perf_counter()
            _search(v, q)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def _table(rows: list[list[str]], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def variants(retriever: Retriever, expand: Callable[[str], list[str]]) -> list[Variant]:
    """BM25, dense, the default hybrid, and the alternatives measured against it."""
    rrf_retriever = Retriever(retriever.passages, bm25=retriever.bm25, encoder=retriever.encoder,
                              index=retriever.index, fusion="rrf")
    return [
        Variant("BM25", retriever, "bm25"),
        Variant("dense", retriever, "dense"),
        Variant("hybrid, RRF k=60", rrf_retriever, "hybrid"),
        Variant("**hybrid** (default: convex fusion)", retriever, "hybrid"),
        Variant("hybrid + graph expansion", retriever, "hybrid", expand=expand),
        Variant("hybrid + coverage re-rank of top 30", retriever, "hybrid", rerank=True),
    ]


def report(vs: Sequence[Variant], sets: dict[str, list[Question]], *, runs: int) -> str:
    everything = [q for qs in sets.values() for q in qs]
    rows = []
    for v in vs:
        row = [v.name]
        for qs in (*sets.values(), everything):
            m = evaluate(v, qs)
            row.append(f"{m['hits@5']}/{len(qs)} · {m['mrr@10']:.3f}")
        med, p95 = latency(v, everything, runs=runs)
        row.append(f"{med:.1f} / {p95:.1f}")
        rows.append(row)
    header = ["retrieval", *(f"{name}: R@5 · MRR@10" for name in sets), "all: R@5 · MRR@10",
              "ms/question median / p95"]
    return _table(rows, header)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SEED)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--questions", type=Path, default=OWN)
    ap.add_argument("--encoder", default=None, help="encoder name or path (default: $PLANKG_ENCODER or built-in)")
    ap.add_argument("--index", default=None, help="vector index back-end (default: chosen by size)")
    ap.add_argument("--runs", type=int, default=5, help="latency repetitions over all questions")
    args = ap.parse_args(argv)

    doc = parse_file(args.source)
    passages = make_passages(doc)
    vocabulary, expand = graph_linker(doc)
    sets = {"dev": load_questions(args.dev, passages, source="dev"),
            "own": load_questions(args.questions, passages, source="own")}

    start = time.perf_counter()
    encoder = get_encoder(args.encoder)
    load_s = time.perf_counter() - start
    timings = {}
    start = time.perf_counter()
    vectors = embed_passages(passages, encoder)
    timings["encode passages"] = time.perf_counter() - start
    start = time.perf_counter()
    index = build_index(vectors, name=args.index)
    timings["vector index"] = time.perf_counter() - start
    start = time.perf_counter()
    bm25 = build_bm25(passages, vocabulary=vocabulary)
    timings[f"BM25 ({len(vocabulary)} vocabulary names)"] = time.perf_counter() - start
    retriever = Retriever(passages, bm25=bm25, encoder=encoder, index=index)

    print(f"plan {doc.plan_id}: {len(passages)} passages; encoder {encoder.name} (dim {encoder.dim}), "
          f"index {retriever.index.name}; questions: dev {len(sets['dev'])}, own {len(sets['own'])}\n")
    print(f"encoder load {load_s:.2f} s; " + "; ".join(f"{k} {v:.2f} s" for k, v in timings.items()) + "\n")
    print(report(variants(retriever, expand), sets, runs=args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
