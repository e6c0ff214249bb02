"""Fixtures for the app tests: the seed plan built once, its engine, and the running app in Chromium.

The seed (the embedded plan) is built with the hash encoder (no model) into a
temporary ``PLANKG_HOME``; the handler tests call ``ui`` functions on the
engine directly, and the browser tests drive the real app — started exactly
as ``plankg serve`` starts it, on a free 127.0.0.1 port — with Playwright and
Debian's headless Chromium (helpers shared with ``tools/screenshots.py``).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import hash_home

ROOT = Path(__file__).resolve().parents[2]


def _load_browser_tools():
    """``tools/screenshots.py``: the browser tooling the README screenshots use too."""
    spec = importlib.util.spec_from_file_location("plankg_screenshots", ROOT / "tools" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


browser_tools = _load_browser_tools()


@pytest.fixture(scope="session")
def bt():
    """The page actions of ``tools/screenshots.py`` (ask, show_entity, export_as, run_query …)."""
    return browser_tools


@pytest.fixture(scope="session")
def ui_seed_home(tmp_path_factory) -> Path:
    """The embedded plan built with the hash encoder (fast, no model): the UI tests need the app, not the ranking."""
    return hash_home(tmp_path_factory, None, "plankg-ui-home")


@pytest.fixture(scope="session")
def ui_engine(ui_seed_home):
    from qa.engine import Engine

    return Engine.from_home(ui_seed_home)


def _need_cytoscape() -> None:
    from webui.graphview import CYTOSCAPE_JS

    if not CYTOSCAPE_JS.exists():
        pytest.fail(f"{CYTOSCAPE_JS} is missing; run `make install` (npm ci --prefix webui/static)")


@pytest.fixture(scope="session")
def app_url(ui_engine):
    """The app over the seed, served from a background thread for the whole session."""
    _need_cytoscape()
    demo, url = browser_tools.start_app(ui_engine)
    yield url
    demo.close()


@pytest.fixture(scope="session")
def plans_app_url(tmp_path_factory):
    """A second app, over the small test plan, for uploading and removing plans without touching the seed app."""
    from qa.engine import Engine

    home = hash_home(tmp_path_factory, [ROOT / "tests" / "data" / "mini-plan.txt"], "plankg-ui-plans-home")
    demo, url = browser_tools.start_app(Engine.from_home(home))
    yield url
    demo.close()


@pytest.fixture(scope="session")
def chromium():
    if not Path(browser_tools.CHROMIUM).exists():
        pytest.fail(f"{browser_tools.CHROMIUM} is missing; run scripts/install-system.sh (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = browser_tools.launch_chromium(pw)
        yield browser
        browser.close()


def _tab(chromium, url: str, **context):
    # An English browser: the app must be Chinese whatever the staff member's browser language.
    context = chromium.new_context(accept_downloads=True, locale="en-US", **context)
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.goto(url)
    return context, tab


@pytest.fixture
def page(chromium, app_url):
    """A fresh tab on the app at desktop size (downloads allowed)."""
    context, tab = _tab(chromium, app_url, viewport={"width": 1280, "height": 900})
    yield tab
    context.close()


@pytest.fixture
def phone(chromium, app_url):
    """A fresh tab on the app at phone size (390×844, touch)."""
    context, tab = _tab(chromium, app_url, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    yield tab
    context.close()


@pytest.fixture
def plans_page(chromium, plans_app_url):
    """A fresh tab on the plan-management app."""
    context, tab = _tab(chromium, plans_app_url, viewport={"width": 1280, "height": 900})
    yield tab
    context.close()
