"""The app's handlers called directly on the seed engine (no server, no browser)."""
from __future__ import annotations

import html
import io
import logging
import re

import gradio as gr
import networkx as nx
import pytest
import rdflib

import ui
from kg.errors import EntityNotFound, QueryError

PARK = "新材料百亿产业园"
QUESTION = "哪些项目支持新材料百亿园区？"


def _assistant(history: list[dict]) -> str:
    assert history[-1]["role"] == "assistant"
    return history[-1]["content"]


def test_chat_reply_gives_a_cited_answer(ui_engine):
    history, box, status = ui.chat_reply(ui_engine, QUESTION, [])
    out = _assistant(history)
    assert history[0] == {"role": "user", "content": QUESTION}
    assert (box, status) == ("", "")
    assert "pk-notfound" not in out
    assert '<ol class="pk-items">' in out and "<details" in out and "<mark>" in out
    assert re.search(r"<summary>.*第\d+章.*</summary>", out)  # each citation's 篇/章/节/专栏 path


def test_chat_marks_not_found_and_refusals_differently(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, "零陵区现有多少家三甲医院？", [])
    out = _assistant(history)
    assert "pk-notfound" in out and "Not found" in out
    if "<details" in out:
        assert "Hints, not evidence" in out
    for bad, words in (("", "empty"), ("问" * 600, "limit")):
        history, _, _ = ui.chat_reply(ui_engine, bad, [])
        out = _assistant(history)
        assert "pk-notfound" in out and "Cannot ask" in out and words in out


def test_chat_escapes_html_in_the_question(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, "<script>alert(1)</script>新材料百亿产业园", [])
    assert "<script>" not in _assistant(history)


def test_follow_up_questions_use_the_previous_entity(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, QUESTION, [])
    linked = ui_engine.find_entities(QUESTION, limit=1)[0]
    assert ui.resolve_follow_up(ui_engine, "它位于哪里？", history) == f"{linked.label}位于哪里？"
    assert ui.resolve_follow_up(ui_engine, "那循环经济产业园呢？", history) == QUESTION.replace(linked.mention, "循环经济产业园")
    for whole in ("何仙观水库的总库容是多少？", "规划应该如何改善营商环境？", "为什么呢？"):
        assert ui.resolve_follow_up(ui_engine, whole, history) == whole
    assert ui.resolve_follow_up(ui_engine, "它的总投资是多少？", []) == "它的总投资是多少？"  # nothing to refer to
    follow, _, _ = ui.chat_reply(ui_engine, "它位于哪里？", history)
    assert len(follow) == 4 and f"按上文理解为：{linked.label}位于哪里？" in _assistant(follow)


def test_example_questions_are_answered(ui_engine):
    examples = ui.example_questions(ui_engine)
    assert len(examples) >= 4 and len(set(examples)) == len(examples)
    unanswered = [q for q in examples if not ui_engine.ask(q).found]
    assert not unanswered


def test_graph_view_draws_a_clickable_neighbourhood(ui_engine):
    view, facts, centre, label, status = ui.graph_view(ui_engine, PARK, 1)
    assert label == PARK and centre in ui_engine.G
    assert f'data-node="{centre}"' in view and view.count("data-node=") > 2
    assert "园区 Park" in view  # legend with Chinese type names
    assert PARK in facts and "pk-facts" in facts and status == ""
    neighbour = next(iter(set(ui_engine.G.successors(centre)) | set(ui_engine.G.predecessors(centre))))
    facts, picked, _ = ui.pick_node(ui_engine, neighbour)
    assert picked == neighbour and html.escape(ui_engine.kb.label(neighbour)) in facts


def test_graph_view_of_an_unknown_entity_is_a_message(ui_engine):
    with pytest.raises(EntityNotFound):
        ui.graph_view(ui_engine, "不存在的实体名称", 1)
    out = ui._guarded(ui.graph_view, ui_engine, 5)("不存在的实体名称", 1)
    assert all(o == gr.skip() for o in out[:4]) and "No entity matches" in out[4] and "pk-note-warn" in out[4]


def test_xref_view_of_an_absent_phrase_is_marked_not_found(ui_engine):
    out, _ = ui.xref_view(ui_engine, "量子计算机")
    assert "pk-notfound" in out and "量子计算机" in out


def test_xref_view_keeps_the_phrase_whole(ui_engine):
    out, _ = ui.xref_view(ui_engine, "物流中心")
    assert "pk-notfound" not in out and "<mark>物流中心</mark>" in out


def test_exports_without_an_entity_are_messages(ui_engine, tmp_path):
    for fn in (ui.export_file, ui.briefing_file):
        out = ui._guarded(fn, ui_engine, 3, folder=tmp_path)("", 1, "PNG")
        assert out[:2] == (gr.skip(), gr.skip()) and "No entity name given" in out[2]
    assert not list(tmp_path.iterdir())


def test_xref_view_counts_per_chapter_with_passages(ui_engine):
    out, status = ui.xref_view(ui_engine, "零陵古城")
    assert "处）" in out and "<table>" in out and out.count("<details") >= 2 and "<mark>零陵古城</mark>" in out


@pytest.mark.parametrize("fmt", list(ui.EXPORT_FORMATS))
def test_export_file_writes_each_format(ui_engine, tmp_path, fmt):
    path, preview, status = ui.export_file(ui_engine, PARK, 1, fmt, folder=tmp_path)
    data = open(path, "rb").read()
    assert "pk-note-ok" in status and (preview == path) == (fmt == "PNG")
    if fmt == "PNG":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000
    elif fmt == "SVG":
        assert b"<svg" in data
    elif fmt == "GraphML":
        G = nx.read_graphml(io.BytesIO(data))
        assert G.number_of_nodes() > 1 and PARK in {d.get("label") for _, d in G.nodes(data=True)}
    else:
        g = rdflib.Graph().parse(data=data, format="turtle" if fmt == "Turtle" else "json-ld")
        assert PARK in {str(o) for o in g.objects(None, rdflib.RDFS.label)}


@pytest.mark.parametrize("fmt", ["Markdown", "HTML"])
def test_briefing_has_picture_facts_and_citations(ui_engine, tmp_path, fmt):
    path, picture, _ = ui.briefing_file(ui_engine, PARK, 1, fmt, folder=tmp_path)
    text = re.sub(r"</?mark>", "", open(path, encoding="utf-8").read())
    cited = ui_engine.kb.citation(ui_engine.kb.source_paragraphs(ui_engine.neighbourhood(PARK)[0])[0])
    assert "data:image/png;base64," in text and PARK in text and cited.id in text and cited.text[:20] in text
    assert open(picture, "rb").read(4) == b"\x89PNG"


def test_sparql_view_select_ask_and_refusals(ui_engine):
    table, turtle, status = ui.sparql_view(ui_engine, "SELECT ?p ?name WHERE { ?p a pk:Park ; rdfs:label ?name }")
    assert table["headers"] == ["p", "name"] and PARK in {row[1] for row in table["data"]} and "rows" in status
    table, _, status = ui.sparql_view(ui_engine, "ASK { ?p a pk:Park }")
    assert table["data"] == [["true"]]
    _, turtle, status = ui.sparql_view(ui_engine, "CONSTRUCT { ?p a pk:Park } WHERE { ?p a pk:Park }")
    assert "pk:Park" in turtle and "triples" in status
    with pytest.raises(QueryError):
        ui.sparql_view(ui_engine, "INSERT DATA { <https://x/a> <https://x/b> <https://x/c> }")
    run = ui._guarded(ui.sparql_view, ui_engine, 3)
    assert "read-only" in run("DELETE WHERE { ?s ?p ?o }", 5)[2]
    assert "pk-note-warn" in run("SELECT WHERE {", 5)[2]
    assert "empty" in run("", 5)[2]


def test_unexpected_errors_are_logged_and_reported_generically(ui_engine, caplog):
    def broken(engine, text):
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="plankg.ui"):
        out = ui._guarded(broken, ui_engine, 2)("x")
    assert out[0] == gr.skip() and "server is still running" in out[1] and "boom" not in out[1]
    assert "boom" in caplog.text


def test_build_ui_makes_blocks_without_launching(ui_engine):
    demo = ui.build_ui(ui_engine)
    assert isinstance(demo, gr.Blocks)
    ids = {c.get("props", {}).get("elem_id") for c in demo.get_config_file()["components"]}
    assert {"pk-chat", "pk-graph", "pk-xref", "pk-ex-file", "pk-results"} <= ids
