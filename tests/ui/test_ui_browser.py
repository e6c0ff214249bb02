"""The real app in headless Chromium: chat, graph, exports, SPARQL and bad input, as a user drives them."""
from __future__ import annotations

import io

import networkx as nx
import pytest

pytestmark = pytest.mark.browser

PARK = "新材料百亿产业园"


def test_chat_shows_a_cited_answer(page, bt):
    answer = bt.ask(page, "哪些项目支持新材料百亿园区？")
    assert "pk-notfound" not in answer.get_attribute("class")
    assert answer.locator(".pk-items li").count() >= 1
    cite = answer.locator("details.pk-cite").first
    cite.locator("summary").click()
    assert cite.locator(".pk-passage").is_visible() and cite.locator("mark").count() >= 1
    follow = bt.ask(page, "它位于哪里？")
    assert "按上文理解为" in follow.inner_text()


def test_graph_tab_shows_and_recentres_the_neighbourhood(page, bt):
    svg = bt.show_entity(page, PARK)
    nodes = svg.locator("[data-node]")
    assert nodes.count() >= 2 and page.locator("#pk-graph .pk-legend").is_visible()
    assert PARK in svg.text_content()
    assert PARK in page.locator("#pk-facts h3").inner_text()
    other = nodes.nth(1) if PARK not in nodes.nth(0).text_content() else nodes.nth(2)
    label = other.locator("title").text_content().split("（")[0]
    other.click()
    page.locator("#pk-facts h3", has_text=label).wait_for()
    page.locator("#pk-recentre").click()
    page.locator(f'#pk-graph svg[aria-label="{label}"]').wait_for()


@pytest.mark.parametrize("fmt", ["GraphML", "PNG"])
def test_export_downloads(page, bt, fmt, tmp_path):
    bt.show_entity(page, PARK)
    download = bt.export_as(page, fmt)  # the entity comes over from the graph tab
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = path.read_bytes()
    assert PARK in download.suggested_filename
    if fmt == "PNG":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000
    else:
        G = nx.read_graphml(io.BytesIO(data))
        assert PARK in {d.get("label") for _, d in G.nodes(data=True)} and G.number_of_edges() >= 1


def test_sparql_select_shows_rows_and_update_is_refused(page, bt):
    status = bt.run_query(page, "SELECT ?park ?name WHERE { ?park a pk:Park ; rdfs:label ?name } ORDER BY ?name")
    assert "rows" in status.inner_text()
    assert page.locator("#pk-results").get_by_text(PARK).count() >= 1
    status = bt.run_query(page, 'INSERT DATA { pk:x rdfs:label "x" }')
    assert "read-only" in status.inner_text() and "pk-note-warn" in status.get_attribute("class")


def test_bad_input_gives_messages_and_the_server_keeps_running(page, bt):
    bt.open_tab(page, "Graph")
    page.locator("#pk-entity input").fill("完全不存在的实体名称")
    page.locator("#pk-entity input").press("Escape")
    page.locator("#pk-show").click()
    assert "No entity matches" in page.locator("#pk-graph-status .pk-note").inner_text()
    refused = bt.ask(page, "")
    assert "pk-notfound" in refused.get_attribute("class")
    too_long = bt.ask(page, "问" * 600)
    assert "limit" in too_long.inner_text()
    assert "pk-notfound" not in bt.ask(page, "哪些项目支持新材料百亿园区？").get_attribute("class")
