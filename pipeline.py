"""The build pipeline: plan files → graph + passages + indexes in the build folder.

This is the one place that runs the whole stream (read → parse → extract →
RDF → networkx view; passages → BM25, and → encoder → vector index) and publishes the result with
:func:`kg.store.buildfolder.publish_build`. A build is skipped when the source bytes, the
code version and the encoder are unchanged.

Every build adds its PROV-O record to the plan's graph
(:mod:`kg.graph.provenance`) and checks the graph against the SHACL shapes
(:mod:`kg.graph.validate`). ``shacl="warn"`` (the default, or ``$PLANKG_SHACL``)
publishes the build and lists the violations in the manifest and as a
warning, since one odd edge should not cost a user the whole plan;
``shacl="fail"`` refuses to publish (CI's tests validate the seed and the
corpus plans strictly); ``shacl="off"`` skips the check.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import os
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from embeddings.encoder import get_encoder
from embeddings.index import build_index, save_index
from embeddings.passages import make_passages, passage_context, save_passages
from kg.errors import InputError, ValidationError
from kg.extract.extractor import extract_facts
from kg.ingest.parse import parse_source, plan_id_from_path
from kg.graph.nxview import to_networkx
from kg.graph.provenance import BuildInfo, add_build_provenance
from kg.graph.rdf import build_graph
from kg.graph.stats import stamped_stats
from kg.graph.validate import validate_graph
from kg.ingest.read import READERS, read_bytes, read_source
from kg.store.views import save_derived, save_ntriples
from qa.index.bm25 import build_bm25, entity_vocabulary, save_bm25
from qa.index.catalogue import catalogue_of, save_catalogue
from qa.index.kb import KB
from qa.index.kbstore import save_kb
from kg.ingest.formats import SUPPORTED
from kg.store.buildfolder import (
    PlanBuild,
    build_key,
    code_version,
    default_home,
    default_sources,
    prune_builds,
    publish_build,
)
from kg.store.placement import place_plan

__all__ = ["BuildReport", "expand_sources", "build_plans"]

Progress = Callable[[str, int, int], None]
SHACL_MODES = ("warn", "fail", "off")


@dataclass(frozen=True)
class BuildReport:
    """What building one file did. ``same_as``: the file holds a built plan's very bytes, so nothing was built
    (``plan_id`` is that plan's). ``taken``: another file's plan holds the file name's id, so this one got a new id
    and both are kept. ``replaced``: the build this one superseded (the file changed since)."""

    plan_id: str
    build: PlanBuild
    skipped: bool
    seconds: float
    path: Path | None = None
    same_as: PlanBuild | None = None
    taken: PlanBuild | None = None
    replaced: PlanBuild | None = None


def expand_sources(paths: Iterable[str | Path] | None) -> list[Path]:
    """Files to build: the given files, the plan files inside given folders, or the embedded default."""
    paths = list(paths or [])
    if not paths:
        return default_sources()
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            # A folder's README (README.md, readme.txt …) describes the folder — the corpus's lists its plans'
            # expected counts — and is never one of its plans.
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in READERS and not f.name.lower().startswith("readme"))
            if not found:
                raise InputError(f"文件夹「{p}」里没有规划文件（{SUPPORTED}）。")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError(f"「{p}」：没有这个文件或文件夹，请检查路径；应给出规划文件（{SUPPORTED}）或存放规划的文件夹。")
    return out


def _one_file_per_plan(sources: list[Path]) -> list[Path]:
    """``sources`` with repeats of one file dropped (two files of one name are placed apart: kg.store.placement)."""
    seen: set[Path] = set()
    out = []
    for path in sources:
        if (resolved := path.resolve()) not in seen:
            seen.add(resolved)
            out.append(path)
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
    shacl: str | None = None,
    untitled: str | None = None,
) -> list[BuildReport]:
    """Build every plan in ``paths`` (default: the embedded plan) into ``home``.

    ``untitled`` names a plan whose text has no title line (an upload: the name of the file the
    reader chose), which would otherwise be titled by its plan id, a code no reader knows.

    ``progress(stage, done, total)`` is called as work advances. ``shacl`` is
    ``warn``, ``fail`` or ``off`` (default ``$PLANKG_SHACL``, else ``warn``);
    with ``fail`` a graph that breaks the shapes raises
    :class:`~kg.errors.ValidationError` and nothing is published.
    """
    home = Path(home) if home else default_home()
    progress = progress or _noop
    shacl = shacl or os.environ.get("PLANKG_SHACL") or "warn"
    if shacl not in SHACL_MODES:
        raise InputError(f"未知的 SHACL 模式「{shacl}」；可用：{'、'.join(SHACL_MODES)}。")
    sources = _one_file_per_plan(expand_sources(paths))
    enc = get_encoder(encoder)
    reports = []
    for path in sources:
        reports.append(_build_one(path, home=home, encoder=enc, force=force, progress=progress, shacl=shacl,
                                  untitled=untitled))
    return reports


def _package_version() -> str:
    try:
        return importlib.metadata.version("plankg")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that was never pip-installed
        return "unknown"


def _check_shapes(graph, plan_id: str, shacl: str) -> dict:
    """Validate against the SHACL shapes; raise (``fail``) or warn (``warn``); the manifest's record."""
    if shacl == "off":
        return {"checked": False}
    report = validate_graph(graph)
    if not report.conforms:
        message = f"Plan {plan_id!r}: {report.summary()}"
        if shacl == "fail":
            raise ValidationError(message + "\n(the build was not published; PLANKG_SHACL=warn publishes it anyway)")
        warnings.warn(message, stacklevel=3)
    return {
        "checked": True,
        "conforms": report.conforms,
        "violations": len(report.violations),
        "first": [str(v) for v in report.violations[:20]],
        "warnings": len(report.warnings),
        "first_warnings": [str(v) for v in report.warnings[:20]],
        "seconds": round(report.seconds, 2),
    }


def _build_one(path: Path, *, home: Path, encoder, force: bool, progress: Progress, shacl: str,
               untitled: str | None = None) -> BuildReport:
    t0 = time.perf_counter()
    started = datetime.now(timezone.utc)
    # The build key hashes the raw bytes: an unchanged PDF/Word/HTML file is skipped unread.
    raw = read_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()
    place = place_plan(home, path, digest, plan_id_from_path(path))
    if place.same_as is not None:
        # The very bytes of a built plan (a copy under another name or folder): loaded once, never twice.
        return BuildReport(place.plan_id, place.same_as, True, time.perf_counter() - t0, path, same_as=place.same_as)
    plan_id = place.plan_id
    key = build_key(digest, encoder.name)
    existing = place.own
    if not force and existing is not None and existing.manifest.get("build_key") == key:
        damaged = existing.damaged()
        if not damaged:
            prune_builds(home, plan_id)  # superseded builds past their grace go, even when nothing is rebuilt
            return BuildReport(plan_id, existing, True, time.perf_counter() - t0, path)
        progress(f"{plan_id}: 现有构建缺少 {'、'.join(damaged[:3])}，重新构建", 0, 4)

    def write(folder: Path) -> dict:
        progress(f"{plan_id}: parsing", 0, 4)
        src = read_source(path, raw=raw)  # the bytes hashed into the key, so the digests agree
        doc = parse_source(src, plan_id=plan_id)
        if untitled and doc.title == plan_id:  # the parser's last resort: no title line
            doc.title = untitled
        progress(f"{plan_id}: extracting", 1, 4)
        facts = extract_facts(doc)
        progress(f"{plan_id}: graph", 2, 4)
        graph = build_graph(doc, facts)
        paths = PlanBuild(plan_id, folder, {})
        passages = make_passages(doc)
        save_passages(passages, paths.passages_path)
        save_bm25(build_bm25(passages, vocabulary=entity_vocabulary(graph)), paths.bm25_path,
                  meta={"source_sha256": src.sha256, "passages": len(passages)})
        progress(f"{plan_id}: embedding {len(passages)} passages", 3, 4)
        vectors = encoder.encode(
            [passage_context(p) for p in passages],
            progress=lambda done, total: progress(f"{plan_id}: embedding", done, total),
        )
        index = build_index(vectors)
        save_index(
            index,
            paths.index_dir,
            meta={"source_sha256": src.sha256, "encoder": encoder.name, "passages": len(passages)},
        )
        add_build_provenance(graph, BuildInfo(
            plan_id, key, str(path), src.sha256, _package_version(), code_version(), encoder.name,
            started, datetime.now(timezone.utc),
        ))
        validation = _check_shapes(graph, plan_id, shacl)
        save_ntriples(graph, paths.graph_path)
        # Derived indexes are built once here, so loading an engine rebuilds nothing.
        save_derived(graph, paths.graph_pickle_path, source_sha256=src.sha256)
        view = to_networkx(graph)
        save_derived(view, paths.view_path, source_sha256=src.sha256)
        # What an engine over many plans reads at start instead of the view (qa/planset.py).
        save_catalogue(catalogue_of(view, plan_id, doc.title), folder, source_sha256=src.sha256)
        # The answering indexes over the view, so a plan's cold load is one read (qa/index/kbstore.py).
        save_kb(KB(view), folder, source_sha256=src.sha256)
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
            "validation": validation,
            **stamped_stats(graph),  # `plankg stats` reads these instead of loading the graph
        }

    build = publish_build(home, plan_id, key, write)
    replaced = existing if existing is not None and existing.manifest.get("source_sha256") != digest else None
    return BuildReport(plan_id, build, False, time.perf_counter() - t0, path, taken=place.taken, replaced=replaced)
