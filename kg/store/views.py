"""The networkx view persisted with each build, so an engine start does not parse N-Triples.

Parsing a plan's ``graph.nt`` into rdflib and converting it
(:func:`kg.graph.nxview.to_networkx`) took 2.2 s of a one-shot ``plankg ask`` on
the seed and most of the 236 s an engine needed to load 100 plans; unpickling
the view built at build time takes about 35 ms per plan. The file carries a
stamp of the converting code and the networkx version, and the source hash;
a view that does not match is rebuilt from ``graph.nt`` at load (slow, but
correct). The pickle is read from the user's own build folder, which is
trusted like the code itself.
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
from kg.graph import nxview
from kg.graph.nxview import to_networkx
from kg.store.buildfolder import PlanBuild, atomic_write_bytes

__all__ = ["view_stamp", "save_view", "read_view", "load_view"]


@functools.cache
def view_stamp() -> str:
    """A hash of the converting code and the networkx version a view was pickled with."""
    h = hashlib.sha256(Path(nxview.__file__).read_bytes())
    h.update(nx.__version__.encode())
    return h.hexdigest()[:12]


def save_view(G: nx.MultiDiGraph, path: Path, *, source_sha256: str) -> None:
    """Pickle ``G`` with its stamp to ``path``, atomically."""
    header = {"code": view_stamp(), "source_sha256": source_sha256}
    atomic_write_bytes(path, pickle.dumps((header, G), protocol=pickle.HIGHEST_PROTOCOL))


def read_view(path: Path, *, source_sha256: str) -> nx.MultiDiGraph:
    """The view pickled at ``path``; raises IndexNotBuilt if it is missing, unreadable or stale."""
    try:
        header, G = pickle.loads(Path(path).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError) as exc:
        raise IndexNotBuilt(f"No readable graph view at {str(path)!r} ({exc}); run `plankg build`.") from exc
    expect: dict[str, Any] = {"code": view_stamp(), "source_sha256": source_sha256}
    if header != expect:
        raise IndexNotBuilt(f"The graph view {str(path)!r} is stale ({header} ≠ {expect}); run `plankg build`.")
    return G


def load_view(build: PlanBuild) -> nx.MultiDiGraph:
    """The networkx view of one build: its persisted view, or converted from ``graph.nt`` if that is stale."""
    try:
        return read_view(build.view_path, source_sha256=build.manifest["source_sha256"])
    except IndexNotBuilt:
        graph = rdflib.Graph()
        graph.parse(build.graph_path, format="nt")
        return to_networkx(graph)
