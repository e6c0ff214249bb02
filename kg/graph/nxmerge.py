"""Several plans' networkx views merged into one, as :func:`kg.graph.nxview.to_networkx` gives for their union.

Each build persists its plan's view (:mod:`kg.store.views`); an engine serving
many plans merges them here instead of converting the union of their RDF graphs.
"""
from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

__all__ = ["merge_views"]


def merge_views(views: Iterable[nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """One view of several plans from their own views, as :func:`to_networkx` gives for their union.

    Plans share only a few nodes (administrative places named by both); for
    those, ``aliases`` are united, ``sources``, ``plan_sources`` and ``quantities`` joined, and
    an edge both plans state keeps the paragraph ids of both. The first view
    is extended in place (views are loaded fresh for this).

    Examples
    --------
    >>> a, b = nx.MultiDiGraph(), nx.MultiDiGraph()
    >>> a.add_node("town", type="Place", label="珠山镇", aliases=["珠山"], sources=["a-p1"])
    >>> b.add_node("town", type="Place", label="珠山镇", aliases=["珠山乡"], sources=["b-p9"])
    >>> b.add_node("park", type="Park", label="产业园", aliases=[])
    >>> _ = b.add_edge("park", "town", key="locatedIn", predicate="locatedIn", sources=["b-p9"])
    >>> G = merge_views([a, b])
    >>> G.nodes["town"]["aliases"], G.nodes["town"]["sources"], G.number_of_edges()
    (['珠山', '珠山乡'], ['a-p1', 'b-p9'], 1)
    """
    views = iter(views)
    G = next(views, None)
    if G is None:
        return nx.MultiDiGraph()
    for H in views:
        # networkx's add_nodes_from/add_edges_from took 8 s for 13 plans (50k edges) on a busy
        # machine: the views' own dicts are moved over instead. In a MultiDiGraph _succ[u][v] and
        # _pred[v][u] are one key dict, so moving both sides keeps them one.
        for n, data in H._node.items():
            if n in G._node:
                G._node[n].update(_merge_node(G._node[n], data))
            else:
                G._node[n] = data
        for mine, theirs in ((G._succ, H._succ), (G._pred, H._pred)):
            for u, nbrs in theirs.items():
                if u not in mine:
                    mine[u] = nbrs
                    continue
                for v, keys in nbrs.items():
                    here = mine[u].setdefault(v, keys)
                    if here is keys:
                        continue
                    for k, data in keys.items():
                        if k in here:
                            here[k]["sources"] = sorted(set(here[k]["sources"]) | set(data["sources"]))
                        else:
                            here[k] = data
    nx._clear_cache(G)
    return G


def _merge_node(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = {**a, **b, "aliases": sorted(set(a.get("aliases", [])) | set(b.get("aliases", [])))}
    for key in ("sources", "quantities"):
        if key in a or key in b:
            out[key] = sorted(a.get(key, []) + b.get(key, []))
    if "plan_sources" in a or "plan_sources" in b:
        out["plan_sources"] = {**a.get("plan_sources", {}), **b.get("plan_sources", {})}
    return out
