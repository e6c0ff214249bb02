"""ttl / nt / jsonld / graphml / gexf of a graph or a neighbourhood; png / svg drawings of a neighbourhood.

Every data format is lossless. The RDF formats re-read to a graph isomorphic
to the stored one: Turtle keeps each number's lexical form (rdflib's Turtle
shorthand would print ``18666666.66667`` as ``1.866667e+07``). GraphML and GEXF
re-read with :func:`read_network` to the same networkx view, node for node and
attribute for attribute: attributes that hold lists (``aliases``, ``sources``)
or mix types (``number`` is ``4`` on a chapter, ``"7.1"`` on a box) are written
as JSON text, and their names are recorded in the file (GraphML graph data,
GEXF ``<meta><description>``).

Every writer returns the bytes and, given ``path``, also writes them
atomically (a temporary file in the same folder, then ``os.replace``), so a
reader never sees half a file. Drawings use a CJK font so Chinese labels are
legible: Debian's ``fonts-wqy-microhei`` first, then any installed font with
Chinese glyphs; without one they fall back to DejaVu Sans with a warning that
names the package to install.
"""
from __future__ import annotations

import io
import json
import math
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
from xml.etree import ElementTree

from networkx.readwrite.gexf import GEXFWriter
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdfns  # XSD stays off module globals: pytest probes them and XSD warns
from rdflib.namespace import PROV, RDF, RDFS
from rdflib.plugins.serializers.turtle import TurtleSerializer

from kg.errors import BackendNotFound
from kg.facts import ENTITY_TYPES
from kg.graph.nxview import STRUCTURE_TYPES, to_networkx
from kg.graph.ontology import PK, load_ontology
from kg.store.buildfolder import atomic_write_bytes

__all__ = [
    "node_colours",
    "term_labels",
    "RDF_FORMATS",
    "NETWORK_FORMATS",
    "IMAGE_FORMATS",
    "CJK_FONT_PATHS",
    "export_graph",
    "export_neighbourhood",
    "rdf_subgraph",
    "read_network",
    "find_cjk_font",
    "drawing_font",
]

#: Format name → rdflib serializer.
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
NETWORK_FORMATS = ("graphml", "gexf")
IMAGE_FORMATS = ("png", "svg")
#: Fonts tried first for Chinese labels (Debian package fonts-wqy-microhei).
CJK_FONT_PATHS = (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),)
_FALLBACK_FONT = "DejaVu Sans"
_CJK_PROBE = ord("中")
_PREFIXES = ("pk", "skos", "prov", "rdfs", "rdf", "xsd")


def export_graph(graph: Graph | nx.MultiDiGraph, fmt: str, *, path: str | Path | None = None) -> bytes:
    """Serialise a whole RDF graph as ``ttl``, ``jsonld``, ``graphml`` or ``gexf``.

    Parameters
    ----------
    graph : rdflib.Graph or networkx.MultiDiGraph
        The graph; a networkx graph is handed to :func:`export_neighbourhood`.
    fmt : str
        ``ttl``, ``nt``, ``jsonld`` (RDF, prefixes kept), ``graphml`` or ``gexf`` (the
        :func:`~kg.graph.nxview.to_networkx` view; re-read it with :func:`read_network`).
    path : str or Path, optional
        Also write the bytes here, atomically.

    Returns
    -------
    bytes

    Raises
    ------
    BackendNotFound
        If ``fmt`` is not one of the formats above (drawings are of neighbourhoods only).

    Examples
    --------
    >>> g = Graph(bind_namespaces="none")
    >>> g.bind("pk", PK._NS)
    >>> _ = g.add((URIRef("https://plankg.org/plan/x"), RDF.type, PK.Plan))
    >>> "pk:Plan" in export_graph(g, "ttl").decode()
    True
    """
    if isinstance(graph, nx.Graph):
        return export_neighbourhood(graph, fmt, path=path)
    if fmt in RDF_FORMATS:
        data = _serialize_rdf(graph, fmt)
    elif fmt in NETWORK_FORMATS:
        data = _write_network(to_networkx(graph), fmt)
    else:
        raise BackendNotFound(
            f"Unknown export format {fmt!r} for a whole graph; use one of "
            f"{', '.join([*RDF_FORMATS, *NETWORK_FORMATS])} (png/svg draw a neighbourhood: export_neighbourhood)"
        )
    return _finish(data, path)


def export_neighbourhood(
    G: nx.MultiDiGraph,
    fmt: str,
    *,
    rdf: Graph | None = None,
    path: str | Path | None = None,
    title: str | None = None,
) -> bytes:
    """Export a networkx neighbourhood as graphml, gexf, a png/svg drawing, or ttl/jsonld.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A neighbourhood from :func:`kg.graph.nxview.neighbourhood` (or any view from
        :func:`~kg.graph.nxview.to_networkx`).
    fmt : str
        ``graphml``, ``gexf``, ``png``, ``svg``, ``ttl`` or ``jsonld``.
    rdf : rdflib.Graph, optional
        The graph ``G`` was made from; needed for ``ttl``/``jsonld``, which
        export the RDF about ``G``'s nodes (see :func:`rdf_subgraph`).
    path : str or Path, optional
        Also write the bytes here, atomically.
    title : str, optional
        A title drawn above png/svg drawings.

    Returns
    -------
    bytes

    Raises
    ------
    BackendNotFound
        If ``fmt`` is unknown.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("https://x/a", type="Park", label="产业园", aliases=["园区", "产业区"])
    >>> data = export_neighbourhood(G, "graphml")
    >>> nx.read_graphml(io.BytesIO(data)).nodes["https://x/a"]["aliases"]
    '["园区", "产业区"]'
    """
    if fmt in NETWORK_FORMATS:
        data = _write_network(G, fmt)
    elif fmt in IMAGE_FORMATS:
        data = _draw(G, fmt, title=title)
    elif fmt in RDF_FORMATS:
        if rdf is None:
            raise ValueError(f"Exporting a neighbourhood as {fmt} needs the RDF graph it came from: pass rdf=graph")
        data = _serialize_rdf(rdf_subgraph(rdf, G.nodes), fmt)
    else:
        known = ", ".join([*NETWORK_FORMATS, *IMAGE_FORMATS, *RDF_FORMATS])
        raise BackendNotFound(f"Unknown export format {fmt!r} for a neighbourhood; use one of {known}")
    return _finish(data, path)


def rdf_subgraph(graph: Graph, nodes: Iterable[str]) -> Graph:
    """The triples of ``graph`` about ``nodes``: their types, literals, provenance and mutual edges.

    Statements (reified relations) between two of the nodes come along, so
    every edge stays citable. Prefix bindings are kept.

    Examples
    --------
    >>> g = Graph()
    >>> a, b, c = (URIRef(f"https://x/{n}") for n in "abc")
    >>> g += [(a, PK.supports, b), (b, PK.supports, c)]
    >>> len(rdf_subgraph(g, ["https://x/a", "https://x/b"]))
    1
    """
    keep = {URIRef(n) for n in nodes}
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns)
    for node in keep:
        for p, o in graph.predicate_objects(node):
            if isinstance(o, Literal) or o in keep or p in (RDF.type, PROV.wasDerivedFrom):
                out.add((node, p, o))
        for stmt in graph.subjects(RDF.subject, node):
            if graph.value(stmt, RDF.object) in keep:
                for p, o in graph.predicate_objects(stmt):
                    out.add((stmt, p, o))
    return out


# --------------------------------------------------------------- serialisers


def _serialize_rdf(graph: Graph, fmt: str) -> bytes:
    if fmt == "jsonld":
        context = {p: str(ns) for p, ns in graph.namespaces() if p in _PREFIXES}
        return graph.serialize(format="json-ld", context=context, indent=2, encoding="utf-8")
    if fmt == "ttl":
        buffer = io.BytesIO()
        _ExactTurtleSerializer(graph).serialize(buffer, encoding="utf-8")
        return buffer.getvalue()
    return graph.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")


class _ExactTurtleSerializer(TurtleSerializer):
    """Turtle that writes every literal with its own lexical form.

    rdflib's shorthand prints an ``xsd:double`` with ``%e`` (7 significant
    digits) and turns decimal ``5`` into ``5.0``; only integers and booleans
    keep their lexical form as shorthand, so only they use it.
    """

    def label(self, node, position):  # noqa: ANN001, ANN201 (rdflib's signature)
        if isinstance(node, Literal) and node.datatype is not None and node.datatype not in _SHORTHAND_SAFE:
            return node._literal_n3(use_plain=False, qname_callback=lambda dt: self.get_pname(dt, True))
        return super().label(node, position)


_SHORTHAND_SAFE = frozenset({rdfns.XSD.integer, rdfns.XSD.boolean})
#: Graph attribute (GraphML) / meta description prefix (GEXF) naming the JSON-encoded attributes.
_JSON_ATTRS = "plankg_json_attributes"
_EDGE_KEY = "edge_key"  # networkx drops a GEXF edge's key when the file holds no parallel edges


def _write_network(G: nx.MultiDiGraph, fmt: str) -> bytes:
    """GraphML/GEXF take one scalar type per attribute: lists, dicts and mixed types go as JSON text."""
    node_json = _json_attributes(d for _, d in G.nodes(data=True))
    edge_json = _json_attributes(d for *_, d in G.edges(keys=True, data=True))
    names = {"node": sorted(node_json), "edge": sorted(edge_json)}
    safe = nx.MultiDiGraph()
    safe.add_nodes_from((n, _encode(d, node_json)) for n, d in G.nodes(data=True))
    safe.add_edges_from((u, v, k, {**_encode(d, edge_json), _EDGE_KEY: _json(k)}) for u, v, k, d in G.edges(keys=True, data=True))
    buffer = io.BytesIO()
    if fmt == "graphml":
        safe.graph[_JSON_ATTRS] = json.dumps(names)
        nx.write_graphml(safe, buffer)
    else:
        writer = GEXFWriter()
        writer.add_graph(safe)
        ElementTree.SubElement(writer.xml.find("meta"), "description").text = f"{_JSON_ATTRS} {json.dumps(names)}"
        writer.write(buffer)
    return buffer.getvalue()


def read_network(data: bytes, fmt: str) -> nx.MultiDiGraph:
    """Re-read a GraphML or GEXF export into the networkx view it was written from.

    Parameters
    ----------
    data : bytes
        What :func:`export_graph` or :func:`export_neighbourhood` returned for ``fmt``.
    fmt : str
        ``graphml`` or ``gexf``.

    Returns
    -------
    networkx.MultiDiGraph
        The same nodes, edges (with their keys) and attributes, lists and mixed types restored.

    Raises
    ------
    BackendNotFound
        If ``fmt`` is not a network format.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="专栏7.1", number="7.1", aliases=["专栏"]); G.add_node("b", label="第4章", number=4)
    >>> G.add_edge("a", "b", key="partOf", sources=[])
    'partOf'
    >>> H = read_network(export_neighbourhood(G, "gexf"), "gexf")
    >>> dict(H.nodes(data=True)) == dict(G.nodes(data=True)), list(H.edges(keys=True, data=True))
    (True, [('a', 'b', 'partOf', {'sources': []})])

    GEXF gives every node a label (its id when it has none), so give the nodes labels.
    """
    if fmt == "graphml":
        raw = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
        names = json.loads(raw.graph.get(_JSON_ATTRS, '{"node": [], "edge": []}'))
    elif fmt == "gexf":
        raw = nx.read_gexf(io.BytesIO(data))
        names = _gexf_json_attributes(data)
    else:
        raise BackendNotFound(f"Unknown network format {fmt!r}; use one of {', '.join(NETWORK_FORMATS)}")
    G = nx.MultiDiGraph()
    G.add_nodes_from((n, _decode(d, names["node"])) for n, d in raw.nodes(data=True))
    for u, v, d in raw.edges(data=True):
        d = {k: val for k, val in d.items() if k not in ("id", "networkx_key")} if fmt == "gexf" else dict(d)
        key = json.loads(d.pop(_EDGE_KEY))
        G.add_edge(u, v, key=key, **_decode(d, names["edge"]))
    return G


def _gexf_json_attributes(data: bytes) -> dict[str, list[str]]:
    root = ElementTree.fromstring(data)
    for element in root.iter():
        if element.tag.endswith("description") and (element.text or "").startswith(_JSON_ATTRS):
            return json.loads(element.text[len(_JSON_ATTRS):])
    return {"node": [], "edge": []}


def _json_attributes(rows: Iterable[dict[str, Any]]) -> set[str]:
    """Attribute names written as JSON: any value not a str/int/float/bool, or more than one type."""
    types: dict[str, set[type]] = {}
    for data in rows:
        for key, value in data.items():
            types.setdefault(key, set()).add(type(value))
    scalar = {str, int, float, bool}
    return {key for key, seen in types.items() if len(seen) > 1 or not seen <= scalar}


def _json(value: Any) -> str:
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _encode(data: dict[str, Any], as_json: set[str]) -> dict[str, Any]:
    return {k: _json(v) if k in as_json else v for k, v in data.items() if v is not None}


def _decode(data: dict[str, Any], as_json: Iterable[str]) -> dict[str, Any]:
    names = set(as_json)
    return {k: json.loads(v) if k in names else v for k, v in data.items()}


def _finish(data: bytes, path: str | Path | None) -> bytes:
    if path is not None:
        atomic_write_bytes(Path(path), data)
    return data


# ------------------------------------------------------------------- drawing


def find_cjk_font(candidates: Iterable[str | Path] = CJK_FONT_PATHS, *, search_system: bool = True) -> Path | None:
    """A font file that has Chinese glyphs: the first of ``candidates``, else any installed one.

    Examples
    --------
    >>> find_cjk_font([], search_system=False) is None
    True
    """
    from matplotlib import font_manager

    for path in candidates:
        if Path(path).is_file() and _has_cjk(str(path)):
            return Path(path)
    if search_system:
        for entry in font_manager.fontManager.ttflist:
            if _has_cjk(entry.fname):
                return Path(entry.fname)
    return None


@lru_cache(maxsize=None)
def _has_cjk(fname: str) -> bool:
    from matplotlib import ft2font

    try:
        return ft2font.FT2Font(fname).get_char_index(_CJK_PROBE) != 0
    except (OSError, RuntimeError, ValueError):
        return False


def drawing_font() -> str:
    """Register a CJK font with matplotlib and return its family name.

    Warns (``UserWarning``) and returns ``"DejaVu Sans"`` when no font with
    Chinese glyphs is installed, since labels would then draw as empty boxes.

    Examples
    --------
    >>> isinstance(drawing_font(), str)
    True
    """
    from matplotlib import font_manager

    path = find_cjk_font()
    if path is None:
        warnings.warn(
            "No font with Chinese glyphs found; Chinese labels will draw as empty boxes. "
            "Install the Debian package fonts-wqy-microhei (apt-get install fonts-wqy-microhei).",
            stacklevel=2,
        )
        return _FALLBACK_FONT
    if str(path) not in {f.fname for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def _draw(G: nx.MultiDiGraph, fmt: str, *, title: str | None) -> bytes:
    """Draw ``G`` with nodes coloured by type, a legend and Chinese labels."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    family = drawing_font()
    n = max(G.number_of_nodes(), 1)
    side = min(max(6.0, 2.2 * math.sqrt(n)), 24.0)
    rc = {"font.family": [family, _FALLBACK_FONT], "axes.unicode_minus": False, "svg.hashsalt": "plankg"}
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        if family == _FALLBACK_FONT:  # drawing_font already said why; one warning, not one per glyph
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig = Figure(figsize=(side, side * 0.8))
        FigureCanvasAgg(fig)  # no pyplot: no global figure registry to leak or share
        ax = fig.add_subplot()
        ax.set_axis_off()
        if title:
            ax.set_title(title)
        pos = nx.spring_layout(G, seed=0, k=2.0 / math.sqrt(n)) if G.number_of_nodes() else {}
        names = term_labels()
        for type_, colour in node_colours(G).items():
            members = [v for v, d in G.nodes(data=True) if d.get("type", "") == type_]
            nx.draw_networkx_nodes(
                G, pos, nodelist=members, node_color=[colour], node_size=500, ax=ax,
                label=f"{names.get(type_, type_)} {type_}".strip(),
            )
        nx.draw_networkx_edges(G, pos, ax=ax, arrows=True, arrowsize=12, edge_color="#888888", node_size=500)
        labels = {v: _short(str(d.get("label") or v)) for v, d in G.nodes(data=True)}
        nx.draw_networkx_labels(G, pos, labels=labels, font_size=9, font_family=family, ax=ax, clip_on=False)
        edge_labels: dict[tuple[str, str], str] = {}
        for u, v, key in G.edges(keys=True):
            text = names.get(key, key)
            edge_labels[(u, v)] = f"{edge_labels[(u, v)]}/{text}" if (u, v) in edge_labels else text
        nx.draw_networkx_edge_labels(
            nx.DiGraph(list(edge_labels)), pos, edge_labels=edge_labels, font_size=7, font_family=family, ax=ax,
            clip_on=False,
        )
        ax.margins(0.12)
        if G.number_of_nodes():
            ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, markerscale=0.5, scatterpoints=1)
        buffer = io.BytesIO()
        fig.savefig(buffer, format=fmt, dpi=100, bbox_inches="tight", metadata=_metadata(fmt))
    return buffer.getvalue()


def _metadata(fmt: str) -> dict[str, Any]:
    """Drop the creation date so the same neighbourhood draws the same bytes."""
    return {"Date": None} if fmt == "svg" else {}


def _short(label: str, width: int = 14) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def node_colours(G: nx.MultiDiGraph) -> dict[str, str]:
    """A fixed colour per node type (the same type keeps its colour across drawings)."""
    from matplotlib import colormaps

    order = {t: i for i, t in enumerate(("Plan", *STRUCTURE_TYPES, "Paragraph", "Quantity", *ENTITY_TYPES))}
    palette = colormaps["tab20"].colors
    present = sorted({str(d.get("type", "")) for _, d in G.nodes(data=True)}, key=lambda t: (order.get(t, len(order)), t))
    return {t: _hex(palette[order.get(t, len(order) + i) % len(palette)]) for i, t in enumerate(present)}


def _hex(rgb: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb[:3])


@lru_cache(maxsize=1)
def term_labels() -> dict[str, str]:
    """Local name → Chinese rdfs:label of every ontology term (legend and edge captions)."""
    onto = load_ontology()
    ns = str(PK)
    return {
        str(s)[len(ns):]: str(o)
        for s, o in onto.subject_objects(RDFS.label)
        if str(s).startswith(ns) and getattr(o, "language", None) == "zh"
    }
