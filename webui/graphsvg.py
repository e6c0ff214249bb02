"""The Graph tab's drawing: a neighbourhood as inline SVG with clickable nodes and a legend.

No JavaScript library and no CDN: the server lays the graph out (radially,
by hops from the centre; node types coloured as in ``kg.export``'s PNG/SVG,
so the page and the downloads agree) and the page gets plain SVG. Each node is a ``<g>`` with
a ``data-node`` attribute holding its IRI, which the app's click handler reads.
"""
from __future__ import annotations

import html
import math

import networkx as nx

# The export module owns the palette and the ontology's Chinese names; reuse them
# so the page, the PNG and the SVG downloads colour and name things alike.
from kg.export import node_colours, term_labels

__all__ = ["MAX_DRAWN", "type_colour", "closest", "graph_svg", "legend_html", "graph_html"]

#: Most nodes drawn in the page; larger neighbourhoods keep the nodes closest to the centre.
MAX_DRAWN = 120
_W, _H, _MARGIN = 820, 600, 70
_R, _R_CENTRE = 10, 16
_MAX_CAPTIONS = 30
_FONT = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif"


def type_colour(type_: str) -> str:
    """The colour of one node type.

    Examples
    --------
    >>> type_colour("Park").startswith("#"), type_colour("Park") == type_colour("Project")
    (True, False)
    """
    g = nx.MultiDiGraph()
    g.add_node("n", type=type_)
    return node_colours(g)[type_]


def closest(G: nx.MultiDiGraph, centre: str, *, limit: int = MAX_DRAWN) -> nx.MultiDiGraph:
    """``G`` cut down to the ``limit`` nodes nearest ``centre`` (ties: more connected first).

    Examples
    --------
    >>> G = nx.MultiDiGraph([("c", "a"), ("a", "b"), ("c", "d")])
    >>> sorted(closest(G, "c", limit=3))
    ['a', 'c', 'd']
    """
    if G.number_of_nodes() <= limit:
        return G
    dist = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre)
    ranked = sorted(dist, key=lambda n: (dist[n], -G.degree(n), n))
    return G.subgraph(ranked[:limit]).copy()


def _sorted(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with nodes and edges in sorted order, so a neighbourhood draws the same in every process."""
    out = nx.MultiDiGraph()
    out.add_nodes_from(sorted(G.nodes(data=True), key=lambda nd: nd[0]))
    out.add_edges_from(sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]))
    return out


def _positions(G: nx.MultiDiGraph, centre: str) -> dict[str, tuple[float, float]]:
    """A radial layout: the centre in the middle, nodes ``d`` hops away on the ``d``-th ring.

    Each ring is ordered by the angle of the nodes it hangs from, so branches
    stay together; crowded rings alternate between two radii to keep labels apart.
    """
    dist = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre)
    outer = max(dist.values(), default=0) + 1
    rings: dict[int, list[str]] = {}
    for v in G:
        rings.setdefault(dist.get(v, outer), []).append(v)
    depth = max(rings)
    rx, ry = (_W / 2 - _MARGIN) / max(depth, 1), (_H / 2 - _MARGIN) / max(depth, 1)
    pos, angle = {centre: (_W / 2, _H / 2)}, {centre: 0.0}
    undirected = G.to_undirected(as_view=True)

    def inward(v: str) -> float:
        """Mean angle of the already placed nodes ``v`` hangs from."""
        near = [angle[u] for u in undirected[v] if u in angle]
        return sum(near) / len(near) if near else 0.0

    for d in sorted(r for r in rings if r > 0):
        ring = sorted(rings[d], key=lambda v: (inward(v), str(G.nodes[v].get("label") or v)))
        for i, v in enumerate(ring):
            a = -math.pi / 2 + 2 * math.pi * i / len(ring)
            r = d * (1 - 0.18 * (i % 2)) if len(ring) > 16 else d
            pos[v] = (_W / 2 + rx * r * math.cos(a), _H / 2 + ry * r * math.sin(a))
            angle[v] = a
    return pos


def _short(label: str, width: int = 12) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def graph_svg(G: nx.MultiDiGraph, centre: str) -> str:
    """``G`` drawn as SVG: nodes coloured by type and labelled in Chinese, edges with their relation names.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("https://x/a", type="Park", label="产业园")
    >>> G.add_node("https://x/b", type="Project", label="标准厂房")
    >>> _ = G.add_edge("https://x/b", "https://x/a", key="supports")
    >>> svg = graph_svg(G, "https://x/a")
    >>> 'data-node="https://x/b"' in svg, "产业园" in svg, svg.count("<line")
    (True, True, 1)
    """
    e = html.escape
    if G.number_of_nodes() == 0:
        return ""
    G = _sorted(G)
    pos, colours, names = _positions(G, centre), node_colours(G), term_labels()
    radius = {v: _R_CENTRE if v == centre else _R for v in G}
    captions: dict[tuple[str, str], list[str]] = {}
    for u, v, key in G.edges(keys=True):
        if u != v:
            captions.setdefault((u, v), []).append(names.get(key, key))
    edges = []
    # Crowded drawings keep relation names in hover titles only, or the captions hide the nodes.
    captioned = len(captions) <= _MAX_CAPTIONS
    for (u, v), keys in captions.items():
        (x1, y1), (x2, y2) = pos[u], pos[v]
        d = math.hypot(x2 - x1, y2 - y1) or 1.0
        ux, uy = (x2 - x1) / d, (y2 - y1) / d
        a = (x1 + ux * radius[u], y1 + uy * radius[u])
        b = (x2 - ux * (radius[v] + 3), y2 - uy * (radius[v] + 3))
        caption = e("/".join(dict.fromkeys(keys)))
        edges.append(
            f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" stroke="#b0b0b0" '
            f'stroke-width="1.2" marker-end="url(#pk-arrow)"><title>{caption}</title></line>'
        )
        if captioned:
            edges.append(
                f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2:.1f}" font-size="11" fill="#666" text-anchor="middle" '
                f'paint-order="stroke" stroke="#fff" stroke-width="3">{caption}</text>'
            )
    nodes = []
    for v, data in G.nodes(data=True):
        x, y = pos[v]
        label, t = str(data.get("label") or v), str(data.get("type") or "")
        ring = ' stroke="#222" stroke-width="3"' if v == centre else ' stroke="#fff" stroke-width="1.5"'
        nodes.append(
            f'<g data-node="{e(v)}" tabindex="0"><title>{e(label)}（{e(names.get(t, t))} {e(t)}）</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[v]}" fill="{colours.get(t, "#999999")}"{ring}/>'
            f'<text x="{x:.1f}" y="{y + radius[v] + 15:.1f}" font-size="{15 if v == centre else 13}" '
            f'text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3" fill="#222">{e(_short(label))}</text></g>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" font-family="{_FONT}" role="img" '
        f'aria-label="{e(str(G.nodes[centre].get("label") or centre))}">'
        '<defs><marker id="pk-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#9a9a9a"/></marker></defs>'
        f'<g class="pk-edges">{"".join(edges)}</g><g class="pk-nodes">{"".join(nodes)}</g></svg>'
    )


def legend_html(G: nx.MultiDiGraph) -> str:
    """One coloured dot and the Chinese and English type name per node type in ``G``."""
    names = term_labels()
    return '<div class="pk-legend">' + "".join(
        f'<span><i style="background:{c}"></i>{html.escape(names.get(t, t))} {html.escape(t)}</span>'
        for t, c in node_colours(G).items()
    ) + "</div>"


def graph_html(G: nx.MultiDiGraph, centre: str) -> str:
    """The Graph tab's view: the drawing (at most ``MAX_DRAWN`` nodes) and its legend."""
    shown = closest(G, centre)
    hint = "点击节点查看事实与来源 · Click a node for its facts and sources"
    return (
        f'<div class="pk-graph-box">{legend_html(shown)}{graph_svg(shown, centre)}'
        f'<div class="pk-ref">{shown.number_of_nodes()} nodes, {shown.number_of_edges()} edges · {hint}</div></div>'
    )
