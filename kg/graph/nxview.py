"""rdflib ``Graph`` → networkx ``MultiDiGraph`` for traversal and drawing.

Nodes are the IRIs (as strings) of plans, structure nodes, paragraphs,
entities and quantities; ``pk:Statement`` nodes are folded into the edges they
reify, as each edge's ``sources`` (the ids of the paragraphs it was read from).
Literals become node attributes named after the predicate's local name, with
friendlier names for the common ones (``label``, ``aliases``, ``pid``,
``part``/``chapter``/``section``/``box``, ``raw``). One pass over the triples,
so a graph of tens of thousands of triples converts in well under a second.

The view is a function of the graph's triples, not of the order rdflib yields them
(a set's, which differs per process with ``PYTHONHASHSEED``): triples are read
sorted and edges added in node order, since answerers break ties in graph order.
"""
from __future__ import annotations

from collections import defaultdict, deque
from typing import Any, Iterable
from urllib.parse import unquote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.errors import EntityNotFound
from kg.facts import ENTITY_TYPES
from kg.graph.ontology import PK

__all__ = ["STRUCTURE_TYPES", "to_networkx", "neighbourhood", "find_nodes"]

#: Node types of the document tree (besides ``Plan`` and ``Paragraph``).
STRUCTURE_TYPES = ("FrontMatter", "CoverLetter", "BackMatter", "Part", "Chapter", "Section", "Box", "BoxGroup", "IndicatorTable", "Glossary")

_NODE_TYPES = frozenset({"Plan", "Paragraph", "Quantity", "Target", *STRUCTURE_TYPES, *ENTITY_TYPES})
_PK = str(PK)
# Literal predicates whose attribute name is not simply the local name.
_ATTR_NAMES = {
    RDFS.label: "label",
    SKOS.definition: "definition",
    PK.paragraphId: "pid",
    PK.partLabel: "part",
    PK.chapterLabel: "chapter",
    PK.sectionLabel: "section",
    PK.boxLabel: "box",
    PK.quantityKind: "kind",
    PK.rawText: "raw",
}
_SKIPPED_LITERALS = frozenset({SKOS.prefLabel})  # equals rdfs:label on Terms
_HUB_EDGES = frozenset({"inPlan"})
# Edges from other vocabularies the view keeps: the plan's 发文机关.
_OTHER_EDGES = frozenset({DCTERMS.publisher})  # every node has one; walking it reaches the whole plan


def _local(iri: URIRef) -> str:
    text = str(iri)
    return text[len(_PK):] if text.startswith(_PK) else text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Convert a plankg RDF graph into a networkx multigraph.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph built by :func:`kg.graph.rdf.build_graph` (or loaded from its Turtle).

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by IRI string with ``type``, ``label``, ``aliases`` and the
        literal attributes; entities also carry ``sources`` (paragraph ids) and
        ``quantities`` (``"kind: raw"`` strings). One edge per ``pk:`` object
        property triple, keyed by the predicate's local name, with
        ``predicate`` and ``sources`` (paragraph ids from the matching
        ``pk:Statement``; the paragraph itself for ``mentions``; empty for
        structural edges).

    Examples
    --------
    >>> from rdflib import Graph, Literal, URIRef
    >>> g = Graph()
    >>> park, place = URIRef("https://x/park/a"), URIRef("https://x/place/b")
    >>> g += [(park, RDF.type, PK.Park), (place, RDF.type, PK.Place),
    ...       (park, RDFS.label, Literal("产业园", lang="zh")),
    ...       (place, RDFS.label, Literal("珠山镇", lang="zh")),
    ...       (park, PK.locatedIn, place)]
    >>> G = to_networkx(g)
    >>> G.nodes[str(park)]["label"], list(G.edges(str(park), keys=True))[0][2]
    ('产业园', 'locatedIn')
    """
    types = {
        s: _local(o)
        for s, o in graph.subject_objects(RDF.type)
        if str(o).startswith(_PK) and _local(o) in _NODE_TYPES
    }
    G = nx.MultiDiGraph()
    for node, type_ in types.items():
        G.add_node(str(node), type=type_, label="", aliases=[])
    statements: dict[URIRef, dict[str, Any]] = defaultdict(lambda: {"sources": []})
    derived: dict[URIRef, list[URIRef]] = defaultdict(list)
    quantities: dict[URIRef, list[URIRef]] = defaultdict(list)
    edges: list[tuple[URIRef, URIRef, URIRef]] = []
    for s, p, o in sorted(graph, key=_triple_key):
        if s in types:
            if isinstance(o, Literal):
                if p not in _SKIPPED_LITERALS:
                    _set_literal(G.nodes[str(s)], p, o)
            elif p == PROV.wasDerivedFrom:
                derived[s].append(o)
            elif o in types and (str(p).startswith(_PK) or p in _OTHER_EDGES):
                edges.append((s, p, o))
                if p == PK.hasQuantity:
                    quantities[s].append(o)
        elif p in (RDF.subject, RDF.predicate, RDF.object):
            statements[s][str(p)] = o
        elif p == PROV.wasDerivedFrom:
            statements[s]["sources"].append(o)
    pids = {node: G.nodes[str(node)].get("pid", str(node)) for node, t in types.items() if t == "Paragraph"}
    sources = _statement_sources(statements, pids)
    rank = {node: i for i, node in enumerate(types)}
    for s, p, o in sorted(edges, key=lambda e: (rank[e[0]], rank[e[2]], str(e[1]))):
        name = _local(p)
        if name == "mentions":
            cited = [pids.get(s, str(s))]
        else:
            cited = sources.get((s, p, o), [])
        G.add_edge(str(s), str(o), key=name, predicate=name, sources=cited)
    for node, paras in derived.items():
        G.nodes[str(node)]["sources"] = sorted(pids.get(x, str(x)) for x in paras)
        if "/plan/" not in str(node):
            # A node every plan shares (an administrative place): paragraph ids repeat across plans, so its
            # sources are also kept by plan (merge_views joins them).
            by_plan: dict[str, list[str]] = defaultdict(list)
            for x in paras:
                by_plan[unquote(str(x).partition("/plan/")[2].split("/", 1)[0])].append(pids.get(x, str(x)))
            G.nodes[str(node)]["plan_sources"] = {p: sorted(ids) for p, ids in sorted(by_plan.items())}
    for node, qs in quantities.items():
        G.nodes[str(node)]["quantities"] = sorted(
            f"{G.nodes[str(q)].get('kind', '')}: {G.nodes[str(q)].get('raw', '')}" for q in qs
        )
    for node, data in G.nodes(data=True):
        if not data["label"]:
            data["label"] = data.get("pid") or data.get("raw") or _local(URIRef(node))
        data["aliases"].sort()
    return G


def _triple_key(triple: tuple[Node, Node, Node]) -> tuple[str, str, str]:
    return triple[0].n3(), triple[1].n3(), triple[2].n3()


def _set_literal(data: dict[str, Any], predicate: URIRef, literal: Literal) -> None:
    if predicate == SKOS.altLabel:
        data["aliases"].append(str(literal))
        return
    value = literal.toPython()
    data[_ATTR_NAMES.get(predicate) or _local(predicate)] = value if isinstance(value, (int, float)) else str(literal)


def _statement_sources(
    statements: dict[URIRef, dict[str, Any]], pids: dict[URIRef, str]
) -> dict[tuple[URIRef, URIRef, URIRef], list[str]]:
    """(subject, predicate, object) → sorted paragraph ids of the Statements reifying it."""
    out: dict[tuple[URIRef, URIRef, URIRef], set[str]] = defaultdict(set)
    keys = (str(RDF.subject), str(RDF.predicate), str(RDF.object))
    for st in statements.values():
        if all(k in st for k in keys):
            out[tuple(st[k] for k in keys)].update(pids.get(x, str(x)) for x in st["sources"])
    return {k: sorted(v) for k, v in out.items()}


def neighbourhood(
    G: nx.MultiDiGraph,
    nodes: str | Iterable[str],
    *,
    hops: int = 1,
    include_paragraphs: bool = False,
    include_quantities: bool = False,
) -> nx.MultiDiGraph:
    """The nodes within ``hops`` edges of ``nodes`` (either direction) and the edges among them.

    Paragraph and quantity nodes are left out unless asked for (entities carry
    their quantities as the ``quantities`` attribute), and ``inPlan`` edges are
    not walked, since every node has one to the plan.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_networkx`.
    nodes : str or iterable of str
        The IRIs to start from; always kept.
    hops : int, optional
        How many edges to walk out from ``nodes``.
    include_paragraphs, include_quantities : bool, optional
        Walk into paragraph / quantity (and target) nodes too.

    Returns
    -------
    networkx.MultiDiGraph
        An independent copy.

    Raises
    ------
    EntityNotFound
        If a start node is not in ``G``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from("abc", type="Project")
    >>> _ = G.add_edges_from([("a", "b", "supports"), ("b", "c", "supports")])
    >>> sorted(neighbourhood(G, "a", hops=1))
    ['a', 'b']
    """
    start = [nodes] if isinstance(nodes, str) else list(nodes)
    for node in start:
        if node not in G:
            raise EntityNotFound(f"Node {node!r} is not in the graph; look it up with find_nodes(G, name)")
    skipped = {"Paragraph"} if not include_paragraphs else set()
    if not include_quantities:
        skipped |= {"Quantity", "Target"}  # targets are figures too
    seen = set(start)
    frontier = deque((n, 0) for n in start)
    while frontier:
        node, depth = frontier.popleft()
        if depth >= hops:
            continue
        steps = [(v, k) for _, v, k in G.out_edges(node, keys=True)]
        steps += [(u, k) for u, _, k in G.in_edges(node, keys=True)]
        for other, key in steps:
            if other in seen or key in _HUB_EDGES or G.nodes[other].get("type") in skipped:
                continue
            seen.add(other)
            frontier.append((other, depth + 1))
    return G.subgraph(seen).copy()


def find_nodes(G: nx.MultiDiGraph, name: str) -> list[str]:
    """IRIs of entity and structure nodes named ``name``: exact label/alias matches, then substrings.

    Matching ignores case and surrounding spaces. Substring matches (``name``
    inside a label or alias) follow the exact ones, shortest label first.
    Paragraphs and quantities are not searched.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p1", type="Park", label="循环经济产业园", aliases=["循环园"])
    >>> G.add_node("p2", type="Project", label="循环经济产业园标准厂房", aliases=[])
    >>> find_nodes(G, "循环园"), find_nodes(G, "循环经济产业园")
    (['p1'], ['p1', 'p2'])
    """
    needle = name.strip().casefold()
    if not needle:
        return []
    exact: list[str] = []
    partial: list[tuple[int, str, str]] = []
    for node, data in G.nodes(data=True):
        if data.get("type") in ("Paragraph", "Quantity"):
            continue
        names = [str(data.get("label", ""))] + [str(a) for a in data.get("aliases", [])]
        folded = [n.casefold() for n in names]
        if needle in folded:
            exact.append(node)
        elif any(needle in n for n in folded):
            partial.append((min(len(n) for n in folded if needle in n), str(data.get("label", "")), node))
    return sorted(exact) + [node for *_, node in sorted(partial)]
