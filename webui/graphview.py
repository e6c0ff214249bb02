"""The Graph tab's interactive drawing: a neighbourhood for Cytoscape.js, served from the app itself.

Cytoscape.js (npm package ``cytoscape``, installed into ``webui/static`` by the
project's install step; see ``webui/static/package.json``) draws the graph in the
browser: zoom, pan, drag, a force-directed layout, search and type filters. No
CDN: the app serves the library file from disk. The server sends the elements as
JSON in a ``data-graph`` attribute; :data:`GRAPH_JS` (the ``gr.HTML`` component's
``js_on_load``) draws them and reports a tapped node with ``trigger('select', {node})``.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

from kg.export import node_colours, term_labels

__all__ = [
    "MAX_DRAWN",
    "CYTOSCAPE_DIR",
    "CYTOSCAPE_JS",
    "closest",
    "type_colour",
    "graph_elements",
    "edge_captions",
    "graph_html",
    "default_centre",
    "GRAPH_JS",
]

#: Most nodes drawn; larger neighbourhoods keep the nodes closest to the centre.
MAX_DRAWN = 150
#: Where the project's install step puts Cytoscape.js (``npm ci --prefix webui/static``).
CYTOSCAPE_DIR = Path(__file__).resolve().parent / "static" / "node_modules" / "cytoscape" / "dist"
CYTOSCAPE_JS = CYTOSCAPE_DIR / "cytoscape.min.js"


def type_colour(type_: str) -> str:
    """The colour of one node type, as in ``kg.export``'s drawings.

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


def graph_elements(G: nx.MultiDiGraph, centre: str, *, degree: dict[str, int] | None = None) -> dict:
    """Cytoscape elements of ``G``: nodes with label, Chinese type name, colour and degree; edges with relation names.

    ``degree`` (default: degrees within ``G``) sizes the nodes; pass degrees in
    the whole graph so the most connected entities stand out.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="Park", label="产业园"); G.add_node("b", type="Project", label="厂房")
    >>> _ = G.add_edge("b", "a", key="supports")
    >>> el = graph_elements(G, "a")
    >>> [n["data"]["label"] for n in el["nodes"]], el["edges"][0]["data"]["label"], el["nodes"][0]["data"]["centre"]
    (['产业园', '厂房'], '支撑', True)
    """
    names, colours = term_labels(), node_colours(G)
    degree = degree or dict(G.degree())
    nodes = []
    for v, a in sorted(G.nodes(data=True), key=lambda nd: (nd[0] != centre, nd[0])):
        t = str(a.get("type") or "")
        nodes.append({"data": {
            "id": v, "label": str(a.get("label") or v.rsplit("/", 1)[-1]), "type": t,
            "typeName": names.get(t, t), "colour": colours.get(t, "#999999"),
            "degree": int(degree.get(v, 0)), "centre": v == centre,
        }})
    edges = [
        {"data": {"id": f"e{i}", "source": u, "target": v, "label": caption}}
        for i, ((u, v), caption) in enumerate(edge_captions(G).items())
    ]
    return {"nodes": nodes, "edges": edges}


def edge_captions(G: nx.MultiDiGraph) -> dict[tuple[str, str], str]:
    """One caption per drawn edge (u, v), sorted: the Chinese names of all relations from u to v.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b", "supports"), ("a", "b", "locatedIn"), ("a", "a", "partOf")])
    >>> edge_captions(G)
    {('a', 'b'): '支撑/位于'}
    """
    names = term_labels()
    captions: dict[tuple[str, str], list[str]] = {}
    for u, v, key in G.edges(keys=True):
        if u != v:  # a self-loop is not drawn
            captions.setdefault((u, v), []).append(names.get(key, key))
    return {uv: "/".join(dict.fromkeys(keys)) for uv, keys in sorted(captions.items())}


def default_centre(G: nx.MultiDiGraph, candidates: list[str], *, hops: int = 1, low: int = 6, high: int = 60) -> str | None:
    """The first of ``candidates`` (node IRIs, best first) whose ``hops`` neighbourhood has ``low``–``high`` nodes.

    Falls back to the candidate with the largest neighbourhood under ``high``.
    """
    from kg.graph.nxview import neighbourhood

    best, best_n = None, 0
    for node in candidates:
        n = neighbourhood(G, [node], hops=hops).number_of_nodes()
        if low <= n <= high:
            return node
        if best_n < n <= high:
            best, best_n = node, n
    return best


def graph_html(G: nx.MultiDiGraph, centre: str, *, degree: dict[str, int] | None = None) -> str:
    """The Graph tab's view: tools (search, type filters, zoom), the drawing area and its data."""
    shown = closest(G, centre)
    elements = graph_elements(shown, centre, degree=degree)
    e = html.escape
    names = term_labels()
    filters = "".join(
        f'<label class="pk-filter"><input type="checkbox" checked value="{e(t)}">'
        f'<i style="background:{c}"></i>{e(names.get(t, t))}</label>'
        for t, c in node_colours(shown).items()
    )
    centre_label = str(shown.nodes[centre].get("label") or centre)
    return (
        f'<div class="pk-graph-box" data-centre="{e(centre_label)}">'
        '<div class="pk-graph-tools">'
        '<input type="search" class="pk-graph-search" placeholder="在图中查找节点…" aria-label="在图中查找节点">'
        '<button type="button" data-zoom="in" title="放大">＋</button>'
        '<button type="button" data-zoom="out" title="缩小">－</button>'
        '<button type="button" data-zoom="fit" title="适应窗口">全图</button>'
        f'</div><div class="pk-legend">{filters}</div>'
        f'<div class="pk-cy" role="img" aria-label="{e(centre_label)}的关系图" data-graph="{e(json.dumps(elements, ensure_ascii=False))}"></div>'
        f'<div class="pk-ref">{shown.number_of_nodes()} 个节点，{shown.number_of_edges()} 条关系 · '
        '滚轮缩放、拖动平移、拖动节点调整位置；点击节点查看事实与来源</div></div>'
    )


#: ``js_on_load`` of the Graph tab's ``gr.HTML``: draws each new value with Cytoscape.js.
GRAPH_JS = """
const LABEL_PX = 14, MIN_READABLE = 12;
function draw() {
  const box = element.querySelector('.pk-cy');
  if (!box || !box.dataset.graph) return;
  if (typeof cytoscape === 'undefined') {
    box.textContent = '图形库 Cytoscape.js 未安装，无法绘图：请运行 make install（npm ci --prefix webui/static）。';
    return;
  }
  // Gradio may patch the same element with a new value: redraw only when the data changed.
  if (box._cy && box._drawn === box.dataset.graph) return;
  if (box._cy) box._cy.destroy();
  box._drawn = box.dataset.graph;
  const data = JSON.parse(box.dataset.graph);
  const maxDeg = Math.max(1, ...data.nodes.map(n => n.data.degree));
  const cy = cytoscape({
    container: box, elements: data, wheelSensitivity: 0.4, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false,
    style: [
      {selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': LABEL_PX,
        'font-family': '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif', 'color': '#222',
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
        'text-outline-color': '#fff', 'text-outline-width': 2,
        'width': `mapData(degree, 0, ${maxDeg}, 18, 60)`, 'height': `mapData(degree, 0, ${maxDeg}, 18, 60)`,
        'border-color': '#fff', 'border-width': 1.5}},
      {selector: 'node[?centre]', style: {'border-color': '#222', 'border-width': 4, 'font-size': LABEL_PX + 2, 'font-weight': 'bold'}},
      {selector: 'edge', style: {
        'width': 1.4, 'line-color': '#b0b0b0', 'target-arrow-color': '#9a9a9a', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 11, 'color': '#666',
        'text-rotation': 'autorotate', 'text-outline-color': '#fff', 'text-outline-width': 2}},
      {selector: '.faded', style: {'opacity': 0.15}},
      {selector: '.match', style: {'border-color': '#ff6f00', 'border-width': 5}},
      {selector: 'node:selected', style: {'border-color': '#000', 'border-width': 4}},
    ],
    layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 90000,
             idealEdgeLength: () => 110, nodeOverlap: 40, padding: 30, fit: true},
  });
  box._cy = cy;
  element.pkCy = cy;
  const readable = () => {
    // Labels stay legible on a phone: never zoom out past the point where they shrink below MIN_READABLE px.
    if (cy.zoom() * LABEL_PX < MIN_READABLE) {
      cy.zoom({level: MIN_READABLE / LABEL_PX, renderedPosition: {x: box.clientWidth / 2, y: box.clientHeight / 2}});
      cy.center(cy.nodes('[?centre]'));
    }
  };
  readable();
  cy.on('tap', 'node', (evt) => {
    const node = evt.target;
    cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    trigger('select', {node: node.id()});
  });
  cy.on('tap', (evt) => { if (evt.target === cy) cy.elements().removeClass('faded'); });
  const search = element.querySelector('.pk-graph-search');
  search.addEventListener('input', () => {
    const q = search.value.trim();
    cy.nodes().removeClass('match');
    if (!q) return;
    const hits = cy.nodes().filter(n => n.data('label').includes(q));
    hits.addClass('match');
    if (hits.length) cy.animate({center: {eles: hits[0]}, duration: 200});
  });
  element.querySelectorAll('.pk-filter input').forEach(cb => cb.addEventListener('change', () => {
    const hidden = new Set([...element.querySelectorAll('.pk-filter input')].filter(c => !c.checked).map(c => c.value));
    cy.nodes().forEach(n => n.style('display', hidden.has(n.data('type')) && !n.data('centre') ? 'none' : 'element'));
  }));
  element.querySelectorAll('[data-zoom]').forEach(b => b.addEventListener('click', () => {
    const how = b.dataset.zoom;
    if (how === 'fit') { cy.fit(undefined, 30); readable(); return; }
    cy.zoom({level: cy.zoom() * (how === 'in' ? 1.25 : 0.8), renderedPosition: {x: box.clientWidth / 2, y: box.clientHeight / 2}});
  }));
}
draw();
watch('value', draw);
"""
