"""Exports: RDF round trips, GraphML/GEXF re-read, PNG/SVG drawings with a CJK font, atomic writes."""
from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

import kg.export as export
from kg.errors import BackendNotFound
from kg.export import drawing_font, export_graph, export_neighbourhood, find_cjk_font, rdf_subgraph, read_network
from kg.graph.nxview import neighbourhood, to_networkx
from kg.graph.ontology import PK
from tests.kg.real_graphs import PLAN_PATHS, plan_graph

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def G(graph):
    return to_networkx(graph)


@pytest.fixture
def hood(G, iri):
    return neighbourhood(G, str(iri("Park/循环经济产业园")), hops=1)


# ------------------------------------------------------------------- RDF


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's JSON-LD parser
@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_round_trip_is_isomorphic(graph, fmt, parser):
    data = export_graph(graph, fmt)
    assert isomorphic(Graph().parse(data=data, format=parser), graph)


def test_jsonld_uses_the_prefixes(graph):
    assert b'"pk": "https://plankg.org/ontology#"' in export_graph(graph, "jsonld")


def test_jsonld_reads_as_json(graph, iri):
    import json

    doc = json.loads(export_graph(graph, "jsonld"))
    nodes = {n["id"]: n for n in doc["@graph"]}
    para = nodes[str(iri("para", "ch04-s2-p01"))]
    assert para["type"] == "Paragraph" and para["text"] == "加快循环经济产业园建设，引进龙头企业。"
    assert para["partOf"] == str(iri("section", "4.2")) and para["paragraphId"] == "ch04-s2-p01"
    park = nodes[str(iri("Park/循环经济产业园"))]
    assert park["label"] == {"zh": "循环经济产业园"} and park["aliases"] == {"zh": "循环园"}
    assert not any(k.startswith(("pk:", "rdfs:", "prov:")) for n in doc["@graph"] for k in n)


def test_neighbourhood_as_rdf(graph, hood, iri):
    data = export_neighbourhood(hood, "ttl", rdf=graph)
    sub = Graph().parse(data=data, format="turtle")
    assert isomorphic(sub, rdf_subgraph(graph, hood.nodes))
    assert set(sub.subjects(RDF.type, PK.Park)) == {iri("Park/循环经济产业园")}
    assert len(set(sub.subjects(RDF.type, PK.Statement))) == len(
        [e for e in hood.edges(keys=True) if hood.edges[e]["sources"]]
    )
    assert not list(sub.subjects(RDF.type, PK.Paragraph))  # cited, not copied
    with pytest.raises(ValueError, match="rdf=graph"):
        export_neighbourhood(hood, "jsonld")


# -------------------------------------------------------------- networks


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_formats_reread_to_the_same_view(graph, G, hood, fmt):
    _same_view(read_network(export_graph(graph, fmt), fmt), G)
    _same_view(read_network(export_neighbourhood(hood, fmt), fmt), hood)


def test_graphml_attributes_are_string_safe(hood, iri):
    H = nx.read_graphml(io.BytesIO(export_neighbourhood(hood, "graphml")), force_multigraph=True)
    park = H.nodes[str(iri("Park/循环经济产业园"))]
    assert park["label"] == "循环经济产业园" and park["sources"] == '["box7.1-i01", "ch04-s2-p01"]'
    project = H.nodes[str(iri("Project/园区污水处理厂"))]
    assert project["type"] == "Project"
    data = H.get_edge_data(str(iri("Park/循环经济产业园")), str(iri("Industry/再生铝产业")), key="includes")
    assert data["sources"] == '["box7.1-i01", "ch04-s2-p01"]'


# ----------------------------------------------- lossless on the real plans


def _same_view(H: nx.MultiDiGraph, G: nx.MultiDiGraph) -> None:
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True), key=repr) == sorted(G.edges(keys=True, data=True), key=repr)


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("path", PLAN_PATHS)
def test_every_export_is_lossless_on_real_plans(path):
    graph = plan_graph(path)
    for fmt, parser in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        assert isomorphic(Graph().parse(data=export_graph(graph, fmt), format=parser), graph), fmt
    G = to_networkx(graph)
    for fmt in ("graphml", "gexf"):
        _same_view(read_network(export_graph(graph, fmt), fmt), G)


def test_turtle_keeps_every_digit_and_chinese(tmp_path):
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    q = URIRef("https://plankg.org/plan/x/quantity/1")
    g = Graph()
    g += [
        (q, PK.value, Literal(18666666.66667, datatype=XSD.double)),
        (q, PK.rawText, Literal("1866.666667万元")),
        (q, PK.baseNumber, Literal("5", datatype=XSD.decimal)),
        (q, PK.order, Literal(7)),
    ]
    text = export_graph(g, "ttl").decode("utf-8")
    assert "18666666.66667" in text and "1.866667e+07" not in text and "1866.666667万元" in text
    assert isomorphic(Graph().parse(data=text, format="turtle"), g)


def test_gexf_rereads(graph, G):
    H = nx.read_gexf(io.BytesIO(export_graph(graph, "gexf")))
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()


def test_networkx_input_is_delegated(hood):
    assert export_graph(hood, "graphml") == export_neighbourhood(hood, "graphml")


@pytest.mark.parametrize("fmt", ["png", "xml", ""])
def test_unknown_whole_graph_format(graph, fmt):
    with pytest.raises(BackendNotFound, match=repr(fmt)):
        export_graph(graph, fmt)


def test_unknown_neighbourhood_format(hood):
    with pytest.raises(BackendNotFound, match="'pdf'"):
        export_neighbourhood(hood, "pdf")


# -------------------------------------------------------------- drawings


def _png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def test_png(hood):
    data = export_neighbourhood(hood, "png", title="循环经济产业园")
    assert data.startswith(PNG_MAGIC)
    width, height = _png_size(data)
    assert 300 <= width <= 3000 and 200 <= height <= 3000


def test_empty_neighbourhood_draws(hood):
    assert export_neighbourhood(nx.MultiDiGraph(), "png").startswith(PNG_MAGIC)


@pytest.mark.skipif(not WQY.is_file(), reason="fonts-wqy-microhei not installed")
def test_cjk_font_is_used():
    assert find_cjk_font() == WQY
    assert drawing_font() == "WenQuanYi Micro Hei"


@pytest.mark.skipif(not WQY.is_file(), reason="fonts-wqy-microhei not installed")
def test_svg_has_chinese_glyphs_from_the_cjk_font(hood):
    from matplotlib import ft2font

    font = ft2font.FT2Font(str(WQY))
    svg = export_neighbourhood(hood, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for ch in "循环珠山镇":  # label glyphs are drawn as paths named <font>-<glyph index>
        assert f'id="{font.postscript_name}-{font.get_char_index(ord(ch)):x}"' in svg, ch


def test_svg_is_reproducible(hood):
    assert export_neighbourhood(hood, "svg") == export_neighbourhood(hood, "svg")


def test_no_cjk_font_warns_and_falls_back(hood, monkeypatch):
    monkeypatch.setattr(export, "find_cjk_font", lambda *a, **k: None)
    with pytest.warns(UserWarning, match="fonts-wqy-microhei"):
        assert drawing_font() == "DejaVu Sans"
    with pytest.warns(UserWarning, match="fonts-wqy-microhei"):
        assert export_neighbourhood(hood, "png").startswith(PNG_MAGIC)


def test_find_cjk_font_skips_fonts_without_chinese(tmp_path):
    import matplotlib

    latin = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    assert find_cjk_font([tmp_path / "missing.ttf", latin], search_system=False) is None


# ---------------------------------------------------------- atomic writes


def test_write_to_path(graph, tmp_path):
    target = tmp_path / "out" / "graph.ttl"
    data = export_graph(graph, "ttl", path=target)
    assert target.read_bytes() == data
    export_graph(graph, "jsonld", path=target)  # overwrite in place
    assert target.read_bytes().lstrip().startswith(b"{")
    assert os.listdir(target.parent) == ["graph.ttl"]


def test_failed_write_leaves_old_file_and_no_temp(graph, tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        export_graph(graph, "ttl", path=target)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["graph.ttl"]
