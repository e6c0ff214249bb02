"""The app's HTML pieces (``webui``) on small hand-made inputs: escaping, marks, styles, the SVG."""
from __future__ import annotations

import doctest

import networkx as nx
import pytest

import webui.graphsvg
import webui.render
from qa.answer import Answer, Citation, Item
from webui.graphsvg import MAX_DRAWN, closest, graph_html, graph_svg
from webui.render import answer_html, highlight, note

CITE = Citation("box7.1-i01", "循环经济产业园。建设<再生铝>生产线", part="第2篇 产业发展", chapter="第4章 制造业", box="专栏7.1 重点项目")


@pytest.mark.parametrize("module", [webui.render, webui.graphsvg])
def test_docstring_examples(module):
    assert doctest.testmod(module).failed == 0


def test_highlight_escapes_before_marking():
    assert highlight("a<b>&再生铝", ["再生铝", "<b>"]) == "a<mark>&lt;b&gt;</mark>&amp;<mark>再生铝</mark>"
    assert highlight("<i>", []) == "&lt;i&gt;"


def test_found_answer_lists_items_and_collapsible_citations_once():
    a = Answer("q", "有1个：年产50万吨再生铝生产线。", True, [Item("年产50万吨再生铝生产线", CITE)], [CITE, CITE])
    out = answer_html(a, marks=["再生铝"])
    assert "pk-notfound" not in out and "依据" in out
    assert out.count("<details") == 1  # the same paragraph cited twice shows once
    assert "第2篇 产业发展 / 第4章 制造业 / 专栏7.1 重点项目" in out
    assert "&lt;<mark>再生铝</mark>&gt;" in out and "\n\n" not in out


def test_not_found_and_refused_answers_look_different():
    hint = answer_html(Answer("q", "规划中未找到…", False, citations=[CITE], kind="unanswerable"))
    refused = answer_html(Answer("q", "The question is empty", False, kind="refused"))
    assert "pk-notfound" in hint and "Hints, not evidence" in hint and "Not found" in hint
    assert "pk-notfound" in refused and "Cannot ask" in refused


def test_note_levels():
    assert "pk-note-error" in note("x", "error") and note("<b>", "ok").endswith("✔ &lt;b&gt;</div>")


def test_graph_html_draws_at_most_max_drawn_nodes_nearest_first():
    G = nx.MultiDiGraph()
    G.add_node("c", type="Park", label="中心园区")
    for i in range(MAX_DRAWN + 30):
        G.add_node(f"n{i}", type="Project", label=f"项目{i}")
        G.add_edge(f"n{i}", "c" if i < 10 else f"n{i % 10}", key="supports")
    out = graph_html(G, "c")
    assert out.count("data-node=") == MAX_DRAWN and 'data-node="c"' in out
    assert set(closest(G, "c", limit=11)) == {"c", *(f"n{i}" for i in range(10))}
    assert "中心园区" in out and "项目 Project" in out and "支撑" in out


def test_graph_svg_does_not_depend_on_insertion_order():
    nodes = [("a", "Project"), ("b", "Park"), ("c", "Organization"), ("d", "Place")]
    edges = [("a", "b", "supports"), ("c", "b", "belongsTo"), ("b", "d", "locatedIn")]
    graphs = []
    for flip in (False, True):
        G = nx.MultiDiGraph()
        for n, t in nodes[::-1] if flip else nodes:
            G.add_node(n, type=t, label=f"节点{n}")
        for u, v, k in edges[::-1] if flip else edges:
            G.add_edge(u, v, key=k)
        graphs.append(graph_svg(G, "b"))
    assert graphs[0] == graphs[1]
