"""The app's HTML pieces (``webui``) on small hand-made inputs: escaping, marks, numbered citations, Chinese, the graph data."""
from __future__ import annotations

import doctest
import html
import json
import re

import networkx as nx
import pytest

import webui.briefing
import webui.graphview
import webui.messages
import webui.plans
import webui.reader
import webui.render
import webui.targets
import webui.terms
from kg.errors import EntityNotFound, InputError, NoAnswer, QueryError
from qa.answer import Answer, Citation, Item
from webui.graphview import MAX_DRAWN, closest, graph_elements, graph_html
from webui.messages import GENERIC, zh_message
from webui.render import answer_html, highlight, note

CITE = Citation("box7.1-i01", "循环经济产业园。建设<再生铝>生产线", part="第2篇 产业发展", chapter="第4章 制造业", box="专栏7.1 重点项目", plan="p1")
OTHER = Citation("ch04-p02", "另一段", chapter="第4章 制造业", plan="p1")
# English prose is lower-case words; SPARQL keywords (SELECT …), prefixes and file types are not prose.
_ALLOWED = {"skos", "prov", "rdfs", "docx", "html", "true", "false"}


def _english(text: str) -> list[str]:
    return [w for w in re.findall(r"\b[a-z]{4,}\b", text) if w not in _ALLOWED]


@pytest.mark.parametrize(
    "module",
    [webui.render, webui.graphview, webui.messages, webui.plans, webui.reader, webui.terms, webui.briefing, webui.targets],
)
def test_docstring_examples(module):
    assert doctest.testmod(module).failed == 0


def _visible_text(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags and attribute values removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def test_highlight_escapes_before_marking():
    assert highlight("a<b>&再生铝", ["再生铝", "<b>"]) == "a<mark>&lt;b&gt;</mark>&amp;<mark>再生铝</mark>"
    assert highlight("<i>", []) == "&lt;i&gt;"


def test_answer_markers_are_numbered_and_tied_to_numbered_sources():
    a = Answer("q", "有2个。", True, [Item("年产50万吨再生铝生产线", CITE), Item("另一个项目", OTHER)], [CITE, OTHER, CITE])
    out = answer_html(a, marks=["再生铝"])
    assert "pk-notfound" not in out and out.count("<details") == 2  # the same paragraph cited twice shows once
    items = re.findall(r"<li>.*?</li>", out)
    assert '<sup class="pk-mark">[1]</sup>' in items[0] and '<sup class="pk-mark">[2]</sup>' in items[1]
    sources = re.findall(r'<span class="pk-num">\[(\d)\]</span>(.*?)</summary>', out)
    assert [n for n, _ in sources] == ["1", "2"]
    # The paragraph ids stay in attributes (the reading pane's link), never in the text a reader sees.
    assert 'value="p1|box7.1-i01"' in out and 'value="p1|ch04-p02"' in out
    assert "box7.1-i01" not in _visible_text(out) and "ch04-p02" not in _visible_text(out)
    assert "第2篇 产业发展 / 第4章 制造业 / 专栏7.1 重点项目" in out
    assert 'value="p1|box7.1-i01"' in out and "在原文中阅读" in out
    assert "&lt;<mark>再生铝</mark>&gt;" in out and "\n\n" not in out


def test_facts_point_relations_at_numbered_sources_not_paragraph_ids():
    from webui.render import facts_html

    facts = {
        "label": "新材料产业园", "type_name": "园区", "colour": "#1f77b4", "plan": "p1", "plan_title": "某县规划",
        "aliases": [], "quantities": [], "attributes": [],
        "relations": [("→", "包括", "再生铝生产线", "n1", ["ch04-p02", "box7.1-i01"]), ("←", "支撑", "项目乙", "n2", ["pre-p02"])],
        "more_relations": 0, "citations": [CITE, OTHER],
    }
    out = facts_html(facts)
    seen = _visible_text(out)
    assert not any(pid in seen for pid in ("ch04-p02", "box7.1-i01", "pre-p02"))
    assert re.search(r"再生铝生产线\s*\[1\]\s*\[2\]", seen)  # both sources, by their numbers under 来源
    assert re.search(r"项目乙 —支撑→\s*</dd>", out)  # a source not listed is not named by id


def test_the_reading_pane_marks_the_cited_paragraph_without_showing_its_id(ui_engine):
    import ui

    node = ui_engine.kb.paragraph_nodes[5]
    cite = ui_engine.kb.citation(node)
    pane = ui.read_source(ui_engine, f"{cite.plan}|{cite.id}|3")
    assert f'data-pid="{cite.id}"' in pane and cite.id not in _visible_text(pane)


def test_answer_without_items_marks_its_text():
    out = answer_html(Answer("q", "规划写明了。", True, citations=[CITE]))
    assert re.search(r'规划写明了。<sup class="pk-mark">\[1\]</sup>', out)


def test_not_found_and_refused_answers_look_different_and_speak_chinese():
    hint = answer_html(Answer("q", "规划中未找到…", False, citations=[CITE], kind="unanswerable"))
    refused = answer_html(Answer("q", "问题为空。", False, kind="refused"))
    assert "pk-notfound" in hint and "不是答案的依据" in hint and "未找到明确答案" in hint
    assert "pk-mark" not in hint  # hints carry no evidence markers
    assert "pk-notfound" in refused and "无法提问" in refused
    for out in (hint, refused):
        assert not _english(_visible_text(out)), _visible_text(out)


def test_note_levels():
    assert "pk-note-error" in note("x", "error") and note("<b>", "ok").endswith("✔ &lt;b&gt;</div>")


@pytest.mark.parametrize(
    "error, words",
    [
        (NoAnswer("The question is empty; type a question"), "问题为空"),
        (EntityNotFound("No entity matches 'abc'; check the spelling"), "「abc」"),
        (QueryError("The SPARQL endpoint is read-only: INSERT …"), "只读"),
        (QueryError("Malformed SPARQL query at line 1, column 7: Expected"), "第 1 行第 7 列"),
        (InputError("'x.bin' is a binary file, not plan text; save it"), "二进制"),
        (InputError("something new the library says"), "无法读取"),
        (RuntimeError("boom"), GENERIC),
    ],
)
def test_errors_become_chinese_messages(error, words):
    message = zh_message(error)
    assert words in message and not _english(message)


def test_graph_elements_size_nodes_by_degree_and_cap_the_drawing():
    G = nx.MultiDiGraph()
    G.add_node("c", type="Park", label="中心园区")
    for i in range(MAX_DRAWN + 30):
        G.add_node(f"n{i}", type="Project", label=f"项目{i}")
        G.add_edge(f"n{i}", "c" if i < 10 else f"n{i % 10}", key="supports")
    out = graph_html(G, "c")
    data = json.loads(html.unescape(re.search(r'data-graph="([^"]*)"', out).group(1)))
    assert len(data["nodes"]) == MAX_DRAWN and data["nodes"][0]["data"] == {**data["nodes"][0]["data"], "id": "c", "centre": True}
    assert set(closest(G, "c", limit=11)) == {"c", *(f"n{i}" for i in range(10))}
    assert {e["data"]["label"] for e in data["edges"]} == {"支撑"} and "项目" in out and "在图中查找" in out
    degree = {n["data"]["id"]: n["data"]["degree"] for n in data["nodes"]}
    assert degree["c"] == 10 and degree["n0"] > degree["n150"]


def test_graph_elements_do_not_depend_on_insertion_order():
    nodes = [("a", "Project"), ("b", "Park"), ("c", "Organization"), ("d", "Place")]
    edges = [("a", "b", "supports"), ("c", "b", "belongsTo"), ("b", "d", "locatedIn")]
    out = []
    for flip in (False, True):
        G = nx.MultiDiGraph()
        for n, t in nodes[::-1] if flip else nodes:
            G.add_node(n, type=t, label=f"节点{n}")
        for u, v, k in edges[::-1] if flip else edges:
            G.add_edge(u, v, key=k)
        out.append(graph_elements(G, "b"))
    assert out[0] == out[1]
