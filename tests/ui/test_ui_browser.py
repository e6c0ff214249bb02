"""The real app in headless Chromium (an English browser), driven as a new member of staff would.

Chinese throughout, the first screen, numbered citations and the reading pane, the interactive graph,
briefings and tables, plans uploaded and removed, SPARQL, bad input, and the phone width.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PARK = "新材料百亿产业园"
TITLE = "零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要"
# English prose is lower-case words; SPARQL keywords, prefixes, file types and the query text are not prose.
_ALLOWED = {"skos", "prov", "rdfs", "docx", "html", "true", "false", "owl"}


# Names that stay as they are in Chinese offices: file formats and SPARQL.
_NAMES = {"SPARQL", "Word", "Excel", "PDF", "HTML", "CSV", "PNG", "SVG", "GraphML", "Turtle", "RDF", "JSON", "LD", "Markdown", "ASK",
          "SELECT", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE", "LIMIT", "MB"}


def _english(text: str) -> list[str]:
    """English words in ``text`` (lower-case prose, or capitalised words that are not format or SPARQL names)."""
    words = re.findall(r"\b[A-Za-z]{2,}\b", text)
    return [w for w in words if w not in _NAMES and w.lower() not in _ALLOWED and (len(w) >= 4 or w[0].isupper())]


def test_the_page_is_chinese_without_developer_links(page, bt):
    page.locator("#pk-intro .pk-intro").wait_for()
    page.wait_for_function("document.documentElement.lang === 'zh-CN'")
    body = page.locator("body").inner_text()
    for link in ("Use via API", "Built with Gradio", "Settings", "API"):
        assert link not in body
    assert page.locator("footer").count() == 0 or not page.locator("footer").is_visible()
    for name in bt.TABS:
        bt.open_tab(page, name)
        page.wait_for_timeout(200)
        # The SPARQL editor holds query text (ontology terms); everything around it must be Chinese.
        visible = page.evaluate("""() => { const b = document.body.cloneNode(true);
            b.querySelectorAll('#pk-query .cm-content, #pk-query .cm-gutters').forEach(e => e.remove());
            document.body.appendChild(b); const t = b.innerText; b.remove(); return t; }""")
        assert not _english(visible), (name, _english(visible))


def test_first_screen_explains_itself(page, bt):
    bt.open_tab(page, "Chat")  # the page is shared: an earlier test may have left another tab open
    intro = page.locator("#pk-intro .pk-intro")
    intro.wait_for()
    text = intro.inner_text()
    assert f"《{TITLE}》" in text and re.search(r"\d+ 章 · \d+ 节 · \d+ 专栏", text)
    assert "引用怎么看" in text and "[1]" in text and "lingling" not in text
    examples = page.locator("#pk-examples button")
    examples.first.wait_for()
    assert examples.count() >= 4
    question = examples.first.inner_text()
    examples.first.click()
    answer = page.locator("#pk-chat .pk-answer").first
    answer.wait_for()
    assert question in page.locator("#pk-chat").inner_text() and "pk-notfound" not in answer.get_attribute("class")


def test_answers_have_numbered_markers_and_sources_open_in_the_reading_pane(page, bt):
    answer = bt.ask(page, "哪些项目支持新材料百亿园区？")
    assert "pk-notfound" not in answer.get_attribute("class") and answer.locator(".pk-items li").count() >= 1
    markers = {int(m) for m in re.findall(r"\[(\d+)\]", " ".join(answer.locator("sup.pk-mark").all_inner_texts()))}
    numbers = [int(n.strip("[]")) for n in answer.locator(".pk-num").all_inner_texts()]
    assert markers and numbers == list(range(1, len(numbers) + 1)) and markers <= set(numbers)
    source = answer.locator("details.pk-cite").first
    summary = source.locator("summary").inner_text()
    cited = bt.read_source(page, answer, 1)
    pid = cited.get_attribute("data-pid")
    assert source.locator("button.pk-read").get_attribute("value").endswith(f"|{pid}") and "pk-reader-cited" in cited.get_attribute("class")  # highlighted in its section
    # Readers see where a source is (篇/章/节), never the app's paragraph ids (ch04-s1-p03, ind-01, pre-p02).
    assert re.search(r"第\d+章", summary) and pid not in summary and pid not in cited.inner_text()
    assert not re.search(r"\b(?:ch|pre|ind|box)[\w.]*-[a-z]*\d+", answer.inner_text())
    pane = page.locator("#pk-reader .pk-reader")
    path = pane.locator(".pk-reader-path").inner_text()
    assert re.search(r"第\d+篇", path) and re.search(r"第\d+章", path)
    assert pane.locator("p").count() > 1 and TITLE in pane.inner_text()  # the section around it
    follow = bt.ask(page, "它位于哪里？")
    assert "按上文理解为" in follow.inner_text()


def test_they_after_a_list_is_answered_for_each_listed_item(page, bt):
    bt.open_tab(page, "Chat")
    bt.ask(page, "规划建设哪些高铁？")
    follow = bt.ask(page, "它们在哪些章节中被提到？")
    text = follow.inner_text()
    assert "“它们”指上一回答列出的4项" in text and "按上文理解为" not in text
    assert all(name in text for name in ("邵永高铁", "永清广高铁", "南衡高铁", "兴永郴赣高铁"))
    assert "pk-notfound" not in follow.get_attribute("class")


def test_graph_is_interactive(page, bt):
    bt.open_tab(page, "Graph")
    page.wait_for_function("() => document.querySelector('#pk-graph .pk-cy')?._cy")
    default = bt.graph_state(page)
    assert len(default["nodes"]) >= 6  # the default view already shows a useful neighbourhood
    bt.show_entity(page, PARK).scroll_into_view_if_needed()
    page.wait_for_timeout(400)  # Cytoscape ignores the wheel while the page is still scrolling
    state = bt.graph_state(page)
    nodes = {n["label"]: n for n in state["nodes"]}
    assert nodes[PARK]["centre"] and len(nodes) >= 6 and state["fontPx"] >= 12
    by_degree = sorted(state["nodes"], key=lambda n: n["degree"])
    assert by_degree[-1]["width"] > by_degree[0]["width"]  # node size by degree
    box = state["box"]
    # zoom with the wheel
    page.mouse.move(box["x"] + box["w"] / 2, box["y"] + box["h"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(300)
    assert bt.graph_state(page)["zoom"] > state["zoom"]
    # pan by dragging the background (a corner, away from the nodes)
    before = bt.graph_state(page)
    box = before["box"]
    page.mouse.move(box["x"] + 6, box["y"] + 6)
    page.mouse.down()
    page.mouse.move(box["x"] + 86, box["y"] + 46, steps=8)
    page.mouse.up()
    after = bt.graph_state(page)
    assert (after["pan"]["x"], after["pan"]["y"]) != (before["pan"]["x"], before["pan"]["y"])
    page.locator("#pk-graph [data-zoom=fit]").click()
    # drag a node
    other = next(n for n in bt.graph_state(page)["nodes"] if not n["centre"])
    page.mouse.move(other["x"], other["y"])
    page.mouse.down()
    page.mouse.move(other["x"] + 40, other["y"] + 30, steps=8)
    page.mouse.up()
    moved = next(n for n in bt.graph_state(page)["nodes"] if n["id"] == other["id"])
    assert moved["pos"] != other["pos"]
    # click a node for its facts and sources
    page.mouse.click(moved["x"], moved["y"])
    page.locator("#pk-facts h3", has_text=moved["label"]).wait_for()
    assert page.locator("#pk-facts .pk-cite").count() >= 1
    page.locator("#pk-recentre").click()
    page.locator(f'#pk-graph .pk-graph-box[data-centre="{moved["label"]}"]').wait_for()
    # a source of the facts opens in the reading pane (on the chat tab)
    facts_cite = page.locator("#pk-facts details.pk-cite").first
    facts_cite.locator("summary").click()
    pid = facts_cite.locator("button.pk-read").get_attribute("value").split("|")[-1]
    assert pid not in page.locator("#pk-facts").inner_text()
    facts_cite.locator("button.pk-read").click()
    page.locator(f'#pk-reader #pk-cited[data-pid="{pid}"]').wait_for()
    assert page.locator("#pk-reader").is_visible()
    bt.open_tab(page, "Graph")
    # search within the graph and filter by node type
    bt.show_entity(page, PARK)
    page.locator("#pk-graph .pk-graph-search").fill("锰")
    assert {n["label"] for n in bt.graph_state(page)["nodes"] if n["matched"]} == {l for l in nodes if "锰" in l}
    kind = next(n["type"] for n in state["nodes"] if not n["centre"])
    page.locator(f'#pk-graph .pk-filter input[value="{kind}"]').uncheck()
    hidden = [n for n in bt.graph_state(page)["nodes"] if n["type"] == kind and not n["centre"]]
    assert hidden and not any(n["visible"] for n in hidden)


@pytest.mark.parametrize("fmt", ["Word", "PDF"])
def test_briefing_downloads(page, bt, fmt, tmp_path):
    bt.show_entity(page, PARK)
    download = bt.download_briefing(page, fmt)  # the entity comes over from the graph tab
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = path.read_bytes()
    assert PARK in download.suggested_filename and "简报" in download.suggested_filename
    if fmt == "PDF":
        assert data.startswith(b"%PDF")
    else:
        import docx

        assert docx.Document(path).paragraphs[0].text == f"简报：{PARK}"
    assert page.locator("#pk-ex-preview img").is_visible()


def test_neighbourhood_and_targets_download(page, bt, tmp_path):
    bt.show_entity(page, PARK)
    download = bt.export_as(page, "GraphML")
    G = nx.read_graphml(io.BytesIO(Path(download.path()).read_bytes()))
    assert PARK in {d.get("label") for _, d in G.nodes(data=True)} and G.number_of_edges() >= 1
    page.locator("#pk-tg-format").get_by_label("Excel", exact=True).check()
    page.locator("#pk-tg-go").click()
    link = page.locator('#pk-ex-file a[download$=".xlsx"]')
    link.wait_for()
    with page.expect_download() as info:
        link.click()
    from openpyxl import load_workbook

    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    ws = load_workbook(saved).active
    assert TITLE in ws["A1"].value and ws["A2"].value == "名称" and ws.max_row > 10


def test_sparql_examples_are_chinese_and_update_is_refused(page, bt):
    bt.open_tab(page, "SPARQL")
    # Before any query: a heading in words (Gradio's placeholder headers were the columns 1, 2, 3).
    assert "结果显示在这里" in page.locator("#pk-results thead").inner_text()
    page.locator("#pk-run").click()
    status = page.locator("#pk-sparql-status .pk-note")
    status.wait_for()
    assert "共" in status.inner_text() and "行" in status.inner_text()
    headers = page.locator("#pk-results thead").inner_text()
    assert re.search(r"[\u4e00-\u9fff]", headers) and not _english(headers)
    status = bt.run_query(page, 'INSERT DATA { pk:x rdfs:label "x" }')
    assert "只读" in status.inner_text() and "pk-note-warn" in status.get_attribute("class")


def test_bad_input_gives_chinese_messages_and_the_server_keeps_running(page, bt):
    bt.open_tab(page, "Graph")
    page.locator("#pk-entity input").fill("完全不存在的实体名称")
    page.locator("#pk-entity input").press("Escape")
    page.locator("#pk-show").click()
    assert "没有与「完全不存在的实体名称」匹配的实体" in page.locator("#pk-graph-status .pk-note").inner_text()
    refused = bt.ask(page, "")
    assert "pk-notfound" in refused.get_attribute("class") and "问题为空" in refused.inner_text()
    too_long = bt.ask(page, "问" * 600)
    assert "超过上限" in too_long.inner_text()
    no_words = bt.ask(page, "？？！……🚀")
    assert "pk-notfound" in no_words.get_attribute("class") and "只有标点或符号" in no_words.inner_text()
    assert "pk-notfound" not in bt.ask(page, "哪些项目支持新材料百亿园区？").get_attribute("class")


def test_upload_a_pdf_plan_ask_about_it_then_remove_it(plans_page, bt, tmp_path):
    """The plan arrives as an office PDF (typeset as the PDF reader's tests do); bad files come first."""
    pytest.importorskip("fpdf")
    from tests.kg.ingest.office_pdf import typeset_pdf

    page = plans_page
    text = (ROOT / "tests" / "data" / "mini-plan.txt").read_text("utf-8").replace("杉源县", "柏溪县")
    plan = typeset_pdf(text, tmp_path / "柏溪县规划.pdf", header="柏溪县国民经济和社会发展第十四个五年规划纲要")
    listing = page.locator("#pk-plan-list")
    bt.open_tab(page, "Plans")
    # The page's load refreshes the list (plans uploaded elsewhere); Gradio shows its timer (「0.3s」) there meanwhile.
    page.wait_for_function(r"!/^\s*\d+(\.\d+)?s/.test(document.querySelector('#pk-plan-list').innerText)")
    before = listing.inner_text()
    # Bad files first: a clear Chinese message, and the plans already built stay as they were.
    for name, data, words in (("plan.exe", b"MZ\x90\x00", "不支持"), ("plan.txt", b"\x00\x01binary" * 40, "二进制")):
        bad = tmp_path / name
        bad.write_bytes(data)
        assert words in bt.upload_plan(page, bad)
        assert listing.inner_text() == before
    page.evaluate("""() => { window.pkSeen = false; new MutationObserver(() => {
        if (document.querySelector('#pk-plan-status .pk-progress progress')) window.pkSeen = true;
      }).observe(document.body, {subtree: true, childList: true}); }""")
    status = bt.upload_plan(page, plan)
    assert "已载入" in status and "柏溪县" in status
    assert page.evaluate("window.pkSeen")  # the build's progress was shown while it ran
    assert "柏溪县国民经济和社会发展" in listing.inner_text() and "上传" in listing.inner_text()
    assert "柏溪县" in page.locator("#pk-intro").inner_text()
    answer = bt.ask(page, "柏溪县的专栏3.1有哪些项目？")
    assert "pk-notfound" not in answer.get_attribute("class")
    title = re.search(r"《(.+?)》", status).group(1)
    assert "已删除" in bt.remove_plan(page, title)
    assert "柏溪县" not in listing.inner_text() and listing.inner_text() == before


def test_a_plan_uploaded_in_one_page_is_listed_removable_and_comparable_in_another(plans_page, bt, tmp_path):
    """A page opened (or reloaded) after an upload shows it on every tab; an open page sees it when 对比 is opened."""
    page = plans_page
    text = (ROOT / "tests" / "data" / "mini-plan.txt").read_text("utf-8").replace("杉源县", "松岭县")
    plan = tmp_path / "松岭县规划.txt"
    plan.write_text(text, "utf-8")
    status = bt.upload_plan(page, plan)
    title = re.search(r"《(.+?)》", status).group(1)
    assert "松岭县" in title
    # The page that uploaded it, without a reload: its 对比 menu offers the plan and compares it.
    bt.open_tab(page, "Compare")
    page.locator("#pk-compare-plans").get_by_text(f"《{title}》").wait_for()
    page.locator("#pk-compare-plans").get_by_text(f"《{title}》").check()
    page.locator("#pk-compare-go").click()
    page.locator("#pk-compare-table table").wait_for()
    assert "松岭县" in page.locator("#pk-compare-table").inner_text()
    # Another staff member's page (or this one reloaded): the plan list and the removal menu hold it.
    fresh = page.context.new_page()
    fresh.goto(page.url)
    fresh.locator("#pk-intro .pk-intro").wait_for()
    bt.open_tab(fresh, "Plans")
    fresh.locator("#pk-plan-list").get_by_text(title).wait_for()
    assert "已删除" in bt.remove_plan(fresh, title)
    assert "松岭县" not in fresh.locator("#pk-plan-list").inner_text()
    # Removed in the other page: the first page's 对比 menu drops it when opened again.
    bt.open_tab(page, "Plans")
    bt.open_tab(page, "Compare")
    page.locator("#pk-compare-plans").get_by_text(f"《{title}》").wait_for(state="detached")
    fresh.close()


def test_removing_a_plan_asks_first_in_chinese_and_cancel_keeps_it(plans_page, bt, tmp_path):
    """「删除所选规划」 deleted a plan's builds at one click; it now asks, and 「取消」 loses nothing."""
    page = plans_page
    text = (ROOT / "tests" / "data" / "mini-plan.txt").read_text("utf-8").replace("杉源县", "桐江县")
    plan = tmp_path / "桐江县规划.txt"
    plan.write_text(text, "utf-8")
    title = re.search(r"《(.+?)》", bt.upload_plan(page, plan)).group(1)
    listing = page.locator("#pk-plan-list")
    before = listing.inner_text()
    kept = bt.remove_plan(page, title, answer="取消")
    assert "已取消" in kept and title in kept and not _english(kept)
    assert listing.inner_text() == before and page.locator("#pk-remove-ask").is_hidden()
    answer = bt.ask(page, "桐江县的专栏3.1有哪些项目？")
    assert "pk-notfound" not in answer.get_attribute("class")  # its build is still served
    # The question names the plan, in Chinese, before anything is deleted.
    asked = bt.removal_question(page, title)
    assert "确定删除" in asked and title in asked and not _english(asked)
    assert listing.inner_text() == before
    page.locator("#pk-remove-cancel").click()
    page.locator("#pk-remove-ask").wait_for(state="hidden")
    assert "已删除" in bt.remove_plan(page, title)
    assert "桐江县" not in listing.inner_text()


def test_phone_width_reaches_every_tab_reads_graph_labels_and_scrolls_wide_tables(phone, bt):
    page = phone
    tabs = page.locator("#pk-tabs [role=tablist] button")
    tabs.first.wait_for()
    assert sorted(tabs.all_inner_texts()) == sorted(bt.TABS.values())  # none behind "⋯"
    assert all(tabs.nth(i).is_visible() for i in range(tabs.count()))
    for name in bt.TABS:
        bt.open_tab(page, name)
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    bt.show_entity(page, PARK)
    state = bt.graph_state(page)
    assert state["fontPx"] >= 12 and state["box"]["w"] <= 390
    bt.run_query(page, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5")
    wide = page.evaluate("""() => { const t = document.querySelector('#pk-results table');
        let e = t; while (e && e.scrollWidth <= e.clientWidth + 1) e = e.parentElement;
        return e ? getComputedStyle(e).overflowX : null; }""")
    assert wide in ("auto", "scroll")
    assert page.evaluate("document.documentElement.scrollWidth") <= 391


def test_the_same_plan_as_txt_then_md_is_refused_and_the_built_in_plan_is_asked_about_as_built_in(plans_page, bt, tmp_path):
    """A newcomer uploaded one 纲要 as a GB18030 .txt and as a .md and got two plans; and the question before removing
    the built-in plan spoke of 「上传的文件」 it does not have."""
    page = plans_page
    text = (ROOT / "tests" / "data" / "mini-plan.txt").read_text("utf-8").replace("杉源县", "槐川县")
    text = text.replace("同时，", ">90%的行政村通硬化路。\n\n同时，")  # a line the Markdown reader takes for a quote
    txt, md = tmp_path / "槐川县纲要.txt", tmp_path / "槐川县纲要（再传）.md"
    txt.write_bytes(text.encode("gb18030"))
    md.write_text(text, "utf-8")
    title = re.search(r"《(.+?)》", bt.upload_plan(page, txt)).group(1)
    again = bt.upload_plan(page, md)
    assert f"与已载入的《{title}》内容相同" in again and "不再重复载入" in again and not _english(again)
    listing = page.locator("#pk-plan-list")
    assert listing.inner_text().count(title) == 1
    built_in = next(line.split("》")[0].lstrip("《") for line in listing.inner_text().splitlines() if "内置" in line)
    asked = bt.removal_question(page, built_in)
    assert "内置规划" in asked and "原文件不会删除" in asked and "plankg build" in asked
    assert "上传的文件" not in asked
    page.locator("#pk-remove-cancel").click()
    page.locator("#pk-remove-ask").wait_for(state="hidden")
    assert "已删除" in bt.remove_plan(page, title)
    assert built_in in listing.inner_text() and title not in listing.inner_text()
