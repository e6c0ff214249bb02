"""The app's handlers called directly on the seed engine (no server, no browser)."""
from __future__ import annotations

import dataclasses
import html
import io
import json
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


def _visible(fragment: str) -> str:
    """The text of an HTML fragment as a reader sees it (no tags, no attribute values)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


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
    markers = {int(n) for n in re.findall(r'<sup class="pk-mark">\[(\d+)\]</sup>', out)}
    sources = [int(n) for n in re.findall(r'<span class="pk-num">\[(\d+)\]</span>', out)]
    assert markers and sources == list(range(1, len(sources) + 1)) and markers <= set(sources)


def test_chat_marks_not_found_and_refusals_differently(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, "零陵区现有多少家三甲医院？", [])
    out = _assistant(history)
    assert "pk-notfound" in out and "未找到明确答案" in out
    if "<details" in out:
        assert "不是答案的依据" in out
    for bad, words in (("", "问题为空"), ("问" * 600, "超过上限 500 字"), ("？？！🚀", "只有标点或符号")):
        history, _, _ = ui.chat_reply(ui_engine, bad, [])
        out = _assistant(history)
        assert "pk-notfound" in out and "无法提问" in out and words in out


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


def test_they_after_a_list_asks_about_each_listed_item(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, "规划建设哪些高铁？", [])
    follow, _, _ = ui.chat_reply(ui_engine, "它们在哪些章节中被提到？", history)
    shown = _visible(_assistant(follow))
    assert "“它们”指上一回答列出的4项" in shown and "按上文理解为" not in shown
    assert all(name in shown for name in ("邵永高铁", "永清广高铁", "南衡高铁", "兴永郴赣高铁"))
    single, _, _ = ui.chat_reply(ui_engine, "它的总投资是多少？", history)
    assert "上一回答列出了4项（邵永高铁、永清广高铁、南衡高铁、兴永郴赣高铁），“它”指其中哪一项" in _visible(_assistant(single))
    # With no list before it, 它们 is not guessed: the answer asks which is meant.
    alone, _, _ = ui.chat_reply(ui_engine, "它们的总投资是多少？", [])
    assert "指哪一个或哪几个" in _visible(_assistant(alone))


def test_a_typed_pointer_needs_a_referent_of_its_type(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, "何仙观水库的总库容是多少？", [])
    assert ui.resolve_follow_up(ui_engine, "这个园区有哪些项目？", history) == "这个园区有哪些项目？"
    history, _, _ = ui.chat_reply(ui_engine, "循环经济产业园有哪些重点项目？", [])
    assert ui.resolve_follow_up(ui_engine, "这个园区的总投资是多少？", history) == "循环经济产业园的总投资是多少？"


@pytest.mark.parametrize("question, chapter", [
    ("人才倍增计划那个专栏在哪一章", "第28章"),
    ("数字经济那一章是第几章", "第11章"),
    ("优速物流那个项目在哪一章？", "第26章"),
])
def test_a_pointer_right_after_its_name_is_no_follow_up(ui_engine, question, chapter):
    """「人才倍增计划那个专栏在哪一章」 asked after 「2030年常住人口城镇化率是多少」 was read 「人才倍增计划常住人口城镇化率专栏
    在哪一章」: the 那个 points at the name before it (apposition), not at the last question's indicator."""
    history, _, _ = ui.chat_reply(ui_engine, "2030年常住人口城镇化率是多少", [])
    assert ui.resolve_follow_up(ui_engine, question, history) == question
    reply, _, _ = ui.chat_reply(ui_engine, question, history)
    shown = _visible(_assistant(reply))
    assert "按上文理解为" not in shown and "城镇化率" not in shown and chapter in shown, shown


def test_example_questions_are_answered(ui_engine):
    examples = ui.example_questions(ui_engine)
    assert len(examples) >= 4 and len(set(examples)) == len(examples)
    unanswered = [q for q in examples if not ui_engine.ask(q).found]
    assert not unanswered


def test_reading_pane_shows_the_cited_paragraph_in_its_section(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, QUESTION, [])
    key = html.unescape(re.search(r'class="pk-read" value="([^"]+)"', _assistant(history)).group(1))
    plan, pid = key.split("|")
    pane = ui.read_source(ui_engine, f"{key}|3")
    cite = ui_engine.kb.citation(ui_engine.kb.paragraph(pid, plan=plan))
    assert 'id="pk-cited"' in pane and f'data-pid="{pid}"' in pane
    assert html.escape(cite.chapter) in pane and (cite.section is None or html.escape(cite.section) in pane)
    assert pane.count("<p") > 1  # the paragraphs around it, not just the cited one
    assert "零陵区国民经济和社会发展第十四个五年规划" in pane  # the plan by its title
    assert ui.read_source(ui_engine, "x|no-such-paragraph") == ui.READER_HINT


def test_first_screen_names_plans_by_title_with_counts(ui_engine):
    from webui.plans import plan_infos

    out = ui.intro_html(plan_infos(ui_engine))
    assert "《零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要》" in out
    assert re.search(r"\d+ 章 · \d+ 节 · \d+ 专栏", out) and "引用" in out and "lingling" not in out


def test_graph_view_draws_an_interactive_neighbourhood(ui_engine):
    view, facts, centre, label, status = ui.graph_view(ui_engine, PARK, 1)
    assert label == PARK and centre in ui_engine.G
    data = json.loads(html.unescape(re.search(r'data-graph="([^"]*)"', view).group(1)))
    ids = {n["data"]["id"] for n in data["nodes"]}
    assert centre in ids and len(ids) > 2 and data["edges"]
    assert "Park" not in _visible(view) and "园区" in _visible(view)  # legend in Chinese
    assert PARK in facts and "pk-facts" in facts and status == "" and "Relations" not in facts
    neighbour = next(iter(set(ui_engine.G.successors(centre)) | set(ui_engine.G.predecessors(centre))))
    facts, picked, _ = ui.pick_node(ui_engine, neighbour)
    assert picked == neighbour and html.escape(ui_engine.kb.label(neighbour)) in facts


def test_graph_view_of_an_unknown_entity_is_a_message(ui_engine):
    with pytest.raises(EntityNotFound):
        ui.graph_view(ui_engine, "不存在的实体名称", 1)
    out = ui._guarded(ui.graph_view, ui_engine, 5)("不存在的实体名称", 1)
    assert all(o == gr.skip() for o in out[:4]) and "没有与「不存在的实体名称」匹配的实体" in out[4] and "pk-note-warn" in out[4]


def test_xref_view_of_an_absent_phrase_is_marked_not_found(ui_engine):
    out, _ = ui.xref_view(ui_engine, "量子计算机")
    assert "pk-notfound" in out and "量子计算机" in out


def test_xref_view_keeps_the_phrase_whole(ui_engine):
    out, _ = ui.xref_view(ui_engine, "物流中心")
    assert "pk-notfound" not in out and "<mark>物流中心</mark>" in out


def test_exports_without_an_entity_are_messages(ui_engine, tmp_path):
    for fn in (ui.export_file, ui.briefing_file):
        out = ui._guarded(fn, ui_engine, 3, folder=tmp_path)("", 1, "PNG")
        assert out[:2] == (gr.skip(), gr.skip()) and "请输入实体名称" in out[2]
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name, drawn", [("零陵高新技术产业开发区", "零陵区"), ("何仙观水库扩建", "何仙观水库")])
def test_an_export_of_a_name_the_plan_lacks_says_which_entity_stands_in(ui_engine, tmp_path, name, drawn):
    """Trying the app: 「零陵高新技术产业开发区」, which the plan never names, was exported and briefed as 零陵区 with only
    「已生成 零陵区-1跳.png」 said; the status now says whose picture and briefing they are."""
    warned = f"规划中没有“{name}”，以下按名称最接近的“"
    _, _, status = ui.export_file(ui_engine, name, 1, "PNG 图片", folder=tmp_path)
    assert warned in status and drawn in status and "已生成" in status
    _, _, status = ui.briefing_file(ui_engine, name, 1, "HTML", folder=tmp_path)
    assert warned in status and "已生成" in status
    assert warned in ui.graph_view(ui_engine, name, 1)[4]


@pytest.mark.parametrize("name", ["零陵区", "新材料产业园", "邵永高铁"])
def test_an_export_of_a_name_the_plan_prints_warns_of_nothing(ui_engine, tmp_path, name):
    """A name the plan prints, or a short name of one typed whole (新材料产业园 for 新材料百亿产业园), is that entity."""
    _, _, status = ui.export_file(ui_engine, name, 1, "SVG 矢量图", folder=tmp_path)
    assert "规划中没有" not in status and "已生成" in status


def test_xref_view_counts_per_chapter_with_passages(ui_engine):
    out, status = ui.xref_view(ui_engine, "零陵古城")
    assert "处）" in out and "<table>" in out and out.count("<details") >= 2 and "<mark>零陵古城</mark>" in out


@pytest.mark.parametrize("fmt", list(ui.EXPORT_FORMATS))
def test_export_file_writes_each_format(ui_engine, tmp_path, fmt):
    path, preview, status = ui.export_file(ui_engine, PARK, 1, fmt, folder=tmp_path)
    data = open(path, "rb").read()
    suffix = ui.EXPORT_FORMATS[fmt]
    assert "pk-note-ok" in status and "已生成" in status and (preview == path) == (suffix == "png")
    if suffix == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000
    elif suffix == "svg":
        assert b"<svg" in data
    elif suffix == "graphml":
        G = nx.read_graphml(io.BytesIO(data))
        assert G.number_of_nodes() > 1 and PARK in {d.get("label") for _, d in G.nodes(data=True)}
    else:
        g = rdflib.Graph().parse(data=data, format="turtle" if suffix == "ttl" else "json-ld")
        assert PARK in {str(o) for o in g.objects(None, rdflib.RDFS.label)}


def test_briefing_html_has_title_plan_date_summary_picture_facts_and_sources(ui_engine, tmp_path):
    path, picture, status = ui.briefing_file(ui_engine, PARK, 1, "HTML", folder=tmp_path)
    text = open(path, encoding="utf-8").read()
    cited = ui_engine.kb.citation(ui_engine.kb.source_paragraphs(ui_engine.neighbourhood(PARK)[0])[0])
    assert f"<title>简报：{PARK}</title>" in text and '<html lang="zh-CN">' in text
    assert "《零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要》" in text
    assert re.search(r"日期：\d{4}年\d{2}月\d{2}日", text)
    summary = re.search(r"<h2>摘要</h2><p>(.*?)</p>", text).group(1)
    assert "100亿元" in summary and "2025年" in summary  # a figure with its unit and the year its sentence names
    sentences = re.findall(r"([^。>]+。)<span class=\"ref\">((?:\[\d+\])+)</span>", summary)
    assert len(sentences) >= 3 and all(refs for _, refs in sentences)  # every sentence cited
    assert "<h2>主要事实</h2><table>" in text and html.escape(cited.chapter) in text
    assert cited.id not in text  # the path a person reads, never the paragraph id (exports printed 「段落 ch…」)
    assert "output_value" not in text and "nodes" not in text
    png = open(picture, "rb").read()
    assert png[:4] == b"\x89PNG" and int.from_bytes(png[16:20], "big") >= 1600


def test_sparql_view_select_ask_and_refusals(ui_engine):
    table, turtle, status = ui.sparql_view(ui_engine, "SELECT ?p ?name WHERE { ?p a pk:Park ; rdfs:label ?name }")
    assert table["headers"] == ["p", "name"] and PARK in {row[1] for row in table["data"]} and "共" in status and "行" in status
    table, _, status = ui.sparql_view(ui_engine, "ASK { ?p a pk:Park }")
    assert table["data"] == [["是"]]
    _, turtle, status = ui.sparql_view(ui_engine, "CONSTRUCT { ?p a pk:Park } WHERE { ?p a pk:Park }")
    assert "pk:Park" in turtle and "三元组" in status
    with pytest.raises(QueryError):
        ui.sparql_view(ui_engine, "INSERT DATA { <https://x/a> <https://x/b> <https://x/c> }")
    run = ui._guarded(ui.sparql_view, ui_engine, 3)
    assert "只读" in run("DELETE WHERE { ?s ?p ?o }", 5)[2]
    assert "pk-note-warn" in run("SELECT WHERE {", 5)[2] and "语法错误" in run("SELECT WHERE {", 5)[2]
    assert "示例查询" in run("SELECT WHERE {", 5)[2]  # says what to do next
    assert "查询为空" in run("", 5)[2]


def test_sparql_examples_have_chinese_titles_and_columns(ui_engine):
    from kg.store.sparql_examples import EXAMPLE_QUERIES

    for title, query in EXAMPLE_QUERIES.items():
        table, _, status = ui.sparql_view(ui_engine, query)
        assert re.search(r"[\u4e00-\u9fff]", title) and "pk-note-ok" in status and table["data"], title
        assert all(re.search(r"[\u4e00-\u9fff]", h) for h in table["headers"]), table["headers"]


def test_unexpected_errors_are_logged_and_reported_generically(ui_engine, caplog):
    def broken(engine, text):
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="plankg.ui"):
        out = ui._guarded(broken, ui_engine, 2)("x")
    assert out[0] == gr.skip() and "服务仍在运行" in out[1] and "boom" not in out[1]
    assert "boom" in caplog.text


def test_build_ui_makes_blocks_without_launching(ui_engine):
    demo = ui.build_ui(ui_engine)
    assert isinstance(demo, gr.Blocks)
    ids = {c.get("props", {}).get("elem_id") for c in demo.get_config_file()["components"]}
    assert {"pk-chat", "pk-graph", "pk-xref", "pk-ex-file", "pk-results", "pk-reader", "pk-upload", "pk-intro"} <= ids


def test_a_page_load_shows_the_plans_served_now_and_chat_skips_the_queue(ui_engine, monkeypatch):
    demo = ui.build_ui(ui_engine)
    (load,) = [fn for fn in demo.fns.values() if any(event == "load" for _, event in fn.targets)]
    scope = next(b for b in demo.blocks.values() if getattr(b, "elem_id", None) == "pk-scope")
    assert scope in load.outputs and not load.queue
    served = ui.PlanLibrary.plans

    def one_more(library):  # another session uploaded a plan after the page's config was made
        plans = served(library)
        return [*plans, dataclasses.replace(plans[0], plan_id="later", title="后来上传的规划")]

    monkeypatch.setattr(ui.PlanLibrary, "plans", one_more)
    choices = load.fn()[load.outputs.index(scope)]["choices"]
    assert ("《后来上传的规划》", "later") in choices
    # Answers only read the engine: no queue, so sessions are answered side by side.
    chat = [fn for fn in demo.fns.values() if fn.name == "chat_reply"]
    assert chat and not any(fn.queue for fn in chat)
