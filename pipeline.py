"""The build pipeline: plan files → graph + passages + vector index in the build folder.

This is the one place that runs the whole stream (read → parse → extract →
RDF; passages → encoder → index) and publishes the result with
:func:`kg.store.buildfolder.publish_build`. A build is skipped when the source bytes, the
code version and the encoder are unchanged.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from embeddings.encoder import get_encoder
from embeddings.index import build_index, save_index
from embeddings.passages import make_passages, passage_context, save_passages
from kg.errors import InputError
from kg.extract.extractor import extract_facts
from kg.ingest.parse import parse_source, plan_id_from_path
from kg.graph.rdf import build_graph
from kg.ingest.read import READERS, read_source
from kg.store.buildfolder import (
    PlanBuild,
    build_key,
    code_version,
    current_build,
    default_home,
    default_sources,
    publish_build,
)
from kg.errors import IndexNotBuilt

__all__ = ["BuildReport", "expand_sources", "build_plans"]

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildReport:
    plan_id: str
    build: PlanBuild
    skipped: bool
    seconds: float


def expand_sources(paths: Iterable[str | Path] | None) -> list[Path]:
    """Files to build: the given files, the plan files inside given folders, or the embedded default."""
    paths = list(paths or [])
    if not paths:
        return default_sources()
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in READERS)
            if not found:
                raise InputError(f"Folder {str(p)!r} holds no plan ({', '.join(READERS)})")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError(f"No such file: {str(p)!r}; give the path of a plan ({', '.join(READERS)})")
    return out


def _noop(stage: str, done: int, total: int) -> None:
    return None


def build_plans(
    paths: Iterable[str | Path] | None = None,
    *,
    home: Path | None = None,
    encoder: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> list[BuildReport]:
    """Build every plan in ``paths`` (default: the embedded plan) into ``home``.

    ``progress(stage, done, total)`` is called as work advances.
    """
    home = Path(home) if home else default_home()
    progress = progress or _noop
    enc = get_encoder(encoder)
    reports = []
    for path in expand_sources(paths):
        reports.append(_build_one(path, home=home, encoder=enc, force=force, progress=progress))
    return reports


def _build_one(path: Path, *, home: Path, encoder, force: bool, progress: Progress) -> BuildReport:
    t0 = time.perf_counter()
    src = read_source(path)
    plan_id = plan_id_from_path(path)
    key = build_key(src.sha256, encoder.name)
    if not force:
        try:
            existing = current_build(home, plan_id)
            if existing.manifest.get("build_key") == key:
                return BuildReport(plan_id, existing, True, time.perf_counter() - t0)
        except IndexNotBuilt:
            pass

    def write(folder: Path) -> dict:
        progress(f"{plan_id}: parsing", 0, 4)
        doc = parse_source(src, plan_id=plan_id)  # read once: a PDF's extraction is not cheap
        progress(f"{plan_id}: extracting", 1, 4)
        facts = extract_facts(doc)
        progress(f"{plan_id}: graph", 2, 4)
        graph = build_graph(doc, facts)
        graph.serialize(destination=str(folder / "graph.nt"), format="nt", encoding="utf-8")
        passages = make_passages(doc)
        save_passages(passages, folder / "passages.jsonl")
        progress(f"{plan_id}: embedding {len(passages)} passages", 3, 4)
        vectors = encoder.encode(
            [passage_context(p) for p in passages],
            progress=lambda done, total: progress(f"{plan_id}: embedding", done, total),
        )
        index = build_index(vectors)
        save_index(
            index,
            folder / "index",
            meta={"source_sha256": src.sha256, "encoder": encoder.name, "passages": len(passages)},
        )
        progress(f"{plan_id}: done", 4, 4)
        counts = Counter(e.type for e in facts.entities.values())
        return {
            "plan_id": plan_id,
            "title": doc.title,
            "source": str(Path(path).resolve()),
            "source_sha256": src.sha256,
            "encoding": src.encoding,
            "code_version": code_version(),
            "encoder": encoder.name,
            "index": type(index).__name__,
            "counts": {
                "parts": len(doc.parts),
                "chapters": sum(1 for _ in doc.chapters()),
                "sections": sum(1 for _ in doc.sections()),
                "boxes": sum(1 for _ in doc.boxes()),
                "indicators": len(doc.indicators),
                "terms": len(doc.glossary),
                "paragraphs": sum(1 for _ in doc.paragraphs()),
                "passages": len(passages),
                "triples": len(graph),
                "entities": dict(sorted(counts.items())),
                "relations": len(facts.relations),
            },
            "warnings": list(doc.warnings),
        }

    build = publish_build(home, plan_id, key, write)
    return BuildReport(plan_id, build, False, time.perf_counter() - t0)
