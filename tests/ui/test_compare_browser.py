"""The comparison tab in headless Chromium over three made-up plans: pick plans, see the table, export CSV."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

pytestmark = pytest.mark.browser

CITY, COUNTY14 = "qinglan-city-14th", "mini-plan"


@pytest.fixture(scope="module")
def compare_url(tmp_path_factory, mini_plan_path, bt):
    from pipeline import build_plans
    from qa.engine import Engine

    home = tmp_path_factory.mktemp("compare-browser")
    build_plans([DATA / "compare" / f"{CITY}.txt", DATA / "compare" / "shanyuan-county-13th.txt", mini_plan_path], home=home, encoder="hash")
    demo, url = bt.start_app(Engine.from_home(home))
    yield url
    demo.close()


@pytest.fixture
def cpage(chromium, compare_url):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.goto(compare_url)
    yield tab
    context.close()


def _compare(page, bt, plans: list[str]):
    bt.open_tab(page, "Compare")
    group = page.locator("#pk-compare-plans")
    for box in group.locator("input[type=checkbox]").all():
        box.uncheck()
    for p in plans:
        group.get_by_label(p, exact=False).check()
    page.locator("#pk-compare-go").click()


def test_compare_tab_shows_cited_table_with_gaps_and_differences(cpage, bt):
    _compare(cpage, bt, [CITY, COUNTY14])
    table = cpage.locator("#pk-compare-table table")
    table.wait_for()
    forest = table.locator("tr", has_text="森林覆盖率")
    assert forest.locator("td.pk-diff").count() == 2
    assert table.locator("td.pk-gap").count() >= 1
    cite = forest.locator("details.pk-cite").first
    cite.locator("summary").click()
    assert "森林覆盖率" in cite.locator(".pk-passage").inner_text()
    assert "同义表述" in table.inner_text()
    link = cpage.locator('#pk-compare-file a[download$=".csv"]')
    cpage.locator("#pk-compare-export").click()
    link.wait_for()
    with cpage.expect_download() as info:
        link.click()
    assert info.value.suggested_filename.endswith(".csv")


def test_one_plan_is_refused_with_a_message(cpage, bt):
    _compare(cpage, bt, [CITY])
    status = cpage.locator("#pk-compare-status .pk-note-warn")
    status.wait_for()
    assert "两个规划" in status.inner_text()
