"""The comparison tab in headless Chromium over three made-up plans: pick plans, see the table, export CSV."""
from __future__ import annotations

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import COMPARE_PLANS

pytestmark = pytest.mark.browser

CITY, _, COUNTY14 = COMPARE_PLANS


@pytest.fixture(scope="module")
def app_url(compare_engine, bt):
    """The app over the three comparison plans (overrides the seed app for this module)."""
    demo, url = bt.start_app(compare_engine)
    yield url
    demo.close()


@pytest.fixture(scope="module")
def titles(compare_engine) -> dict[str, str]:
    """Plan id → the title the tab shows for it."""
    from webui.compare import plan_choices

    return {plan_id: title for title, plan_id in plan_choices(compare_engine)}


def _compare(page, bt, titles, plans: list[str]):
    bt.open_tab(page, "Compare")
    group = page.locator("#pk-compare-plans")
    # On a loaded machine the group can render its default choice (two plans) after the first clicks:
    # set every box, let the page settle, and set again until what is shown is what was picked.
    for _ in range(20):
        for plan_id, title in titles.items():
            try:
                group.get_by_label(title, exact=True).set_checked(plan_id in plans)
            except PlaywrightError:
                pass  # the group re-rendered under the click ("did not change its state"): the next round sets it again
        page.wait_for_timeout(300)
        if all(group.get_by_label(t, exact=True).is_checked() == (p in plans) for p, t in titles.items()):
            break
    page.locator("#pk-compare-go").click()


def test_compare_tab_shows_cited_table_with_gaps_and_differences(page, bt, titles):
    _compare(page, bt, titles, [CITY, COUNTY14])
    table = page.locator("#pk-compare-table table")
    table.wait_for()
    forest = table.locator("tr", has_text="森林覆盖率")
    assert forest.locator("td.pk-diff").count() == 2
    assert table.locator("td.pk-gap").count() >= 1
    cite = forest.locator("details.pk-cite").first
    cite.locator("summary").click()
    assert "森林覆盖率" in cite.locator(".pk-passage").inner_text()
    assert "同义表述" in table.inner_text()
    link = page.locator('#pk-compare-file a[download$=".csv"]')
    page.locator("#pk-compare-export").click()
    link.wait_for()
    with page.expect_download() as info:
        link.click()
    assert info.value.suggested_filename.endswith(".csv")


def test_one_plan_is_refused_with_a_message(page, bt, titles):
    _compare(page, bt, titles, [CITY])
    # The page is shared with the test before, whose 「ok」 note stays until this answer replaces it:
    # wait for the warning itself (a missing refusal times out and fails).
    status = page.locator("#pk-compare-status .pk-note.pk-note-warn")
    status.wait_for()
    assert "两个规划" in status.inner_text()
