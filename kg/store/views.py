"""Graph views persisted with each build, so starting an engine or a CLI command parses no N-Triples.

Two pickles sit beside ``graph.nt`` in a build folder:

* ``view.pickle``: the plan's networkx view (:func:`kg.graph.nxview.to_networkx`).
  Parsing ``graph.nt`` into rdflib and converting it took 2.2 s of a one-shot
  ``plankg ask`` on the seed, and most of the 236 s an engine needed to load
  100 plans; unpickling the view takes about 35 ms per plan.
* ``graph.pickle``: the rdflib graph itself, for SPARQL, ``stats`` and export;
  unpickling took 0.31 s where parsing ``graph.nt`` took 0.72 s.

Each file carries a stamp of the converting code (``kg/graph/nxview.py`` and
the ontology), the rdflib and networkx versions, and the source hash; a file that does not match is ignored and the
object rebuilt from ``graph.nt`` (slow, but correct). The pickles are read
from the user's own build folder, which is trusted like the code itself.
(Oxigraph through ``oxrdflib`` was measured too: loading the seed's
N-Triples into it took as long as into rdflib's memory store, and counting
its triples was 5× slower.)
"""
from __future__ import annotations

import functools
import hashlib
import pickle
from pathlib import Path
from typing import Any

import networkx as nx
import rdflib

from kg.errors import IndexNotBuilt
from kg.graph import nxview, ontology
from kg.graph.nxview import to_networkx
from kg.store.buildfolder import PlanBuild, atomic_write_bytes

__all__ = ["view_stamp", "save_ntriples", "save_derived", "read_derived", "load_view", "load_rdf"]


@functools.cache
def view_stamp() -> str:
    """A hash of the converting code, the ontology, and the rdflib and networkx versions a pickle was written with."""
    h = hashlib.sha256(Path(nxview.__file__).read_bytes() + Path(ontology.__file__).read_bytes())
    h.update(f"{nx.__version__}|{rdflib.__version__}".encode())
    return h.hexdigest()[:12]


def save_ntriples(graph: rdflib.Graph, path: Path) -> None:
    """Write ``graph`` as N-Triples to ``path``, atomically, its lines sorted.

    rdflib yields a graph's triples in a set's order, which differs per process
    (``PYTHONHASHSEED``); sorted, the same plan built twice gives the same file.
    """
    lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
    atomic_write_bytes(path, b"".join(sorted(line for line in lines if line.strip())))


def save_derived(obj: Any, path: Path, *, source_sha256: str) -> None:
    """Pickle ``obj`` (a view or a graph) with its stamp to ``path``, atomically."""
    header = {"code": view_stamp(), "source_sha256": source_sha256}
    atomic_write_bytes(path, pickle.dumps((header, obj), protocol=pickle.HIGHEST_PROTOCOL))


def read_derived(path: Path, *, source_sha256: str) -> Any:
    """The object pickled at ``path``; raises IndexNotBuilt if it is missing, unreadable or stale."""
    try:
        header, obj = pickle.loads(Path(path).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError) as exc:
        raise IndexNotBuilt(f"No readable {Path(path).name} at {str(path)!r} ({exc}); run `plankg build`.") from exc
    expect: dict[str, Any] = {"code": view_stamp(), "source_sha256": source_sha256}
    if header != expect:
        raise IndexNotBuilt(f"{str(path)!r} is stale ({header} ≠ {expect}); run `plankg build`.")
    return obj


def load_rdf(build: PlanBuild) -> rdflib.Graph:
    """The rdflib graph of one build: its pickle, or parsed from ``graph.nt`` if that is stale."""
    try:
        return read_derived(build.graph_pickle_path, source_sha256=build.manifest["source_sha256"])
    except IndexNotBuilt:
        graph = rdflib.Graph()
        graph.parse(build.graph_path, format="nt")
        return graph


def load_view(build: PlanBuild) -> nx.MultiDiGraph:
    """The networkx view of one build: its pickle, or converted from the graph if that is stale."""
    try:
        return read_derived(build.view_path, source_sha256=build.manifest["source_sha256"])
    except IndexNotBuilt:
        return to_networkx(load_rdf(build))
