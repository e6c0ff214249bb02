"""Take the README screenshots of every tab with headless Chromium (docs/img/*.png).

The browser tooling shared with the browser tests (``tests/ui/conftest.py``):
start the app on a free local port, open Debian's Chromium through Playwright,
and drive each tab the way a user does.

Usage::

    python tools/screenshots.py                 # build the embedded plan (hash encoder) in a temp home
    python tools/screenshots.py --home DIR      # use the plans already built in DIR
    python tools/screenshots.py --out docs/img  # where the PNGs go (default)
"""
from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "free_port",
    "start_app",
    "launch_chromium",
    "open_tab",
    "ask",
    "show_entity",
    "find_mentions",
    "export_as",
    "run_query",
    "take_screenshots",
    "main",
]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
_WAIT_MS = 30_000


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def start_app(engine, *, host: str = "127.0.0.1", port: int | None = None, timeout: float = 60.0):
    """Launch ``build_ui(engine)`` in a background thread, as ``plankg serve`` does; return (blocks, url).

    Returns once the page answers; call ``blocks.close()`` to stop it.
    """
    from ui import build_ui

    port = port or free_port(host)
    demo = build_ui(engine)
    demo.launch(server_name=host, server_port=port, show_error=False, prevent_thread_lock=True, quiet=True)
    url = f"http://{host}:{port}/"
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return demo, url
        except OSError:
            if time.monotonic() > deadline:
                demo.close()
                raise
        time.sleep(0.2)


def launch_chromium(playwright):
    """Debian's headless Chromium (never a downloaded browser)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


# ----------------------------------------------------------------- page actions


def open_tab(page, name: str) -> None:
    """Click the tab whose title contains ``name`` (e.g. ``"Graph"``)."""
    page.get_by_role("tab", name=name).click()


def ask(page, question: str):
    """Ask in the Chat tab; return the locator of the newest answer."""
    open_tab(page, "Chat")
    answers = page.locator("#pk-chat .pk-answer")
    before = answers.count()
    page.locator("#pk-question textarea").fill(question)
    page.locator("#pk-ask").click()
    answers.nth(before).wait_for(timeout=_WAIT_MS)
    return answers.nth(before)


def show_entity(page, name: str, *, hops: int = 1):
    """Draw ``name``'s neighbourhood in the Graph tab; return the SVG locator."""
    open_tab(page, "Graph")
    page.locator("#pk-hops").get_by_label(str(hops), exact=True).check()
    box = page.locator("#pk-entity input")
    box.fill(name)
    box.press("Escape")
    page.locator("#pk-show").click()
    svg = page.locator("#pk-graph .pk-graph-box svg")
    svg.wait_for(timeout=_WAIT_MS)
    return svg


def find_mentions(page, phrase: str):
    """Look ``phrase`` up in the Cross-reference tab; return the result locator."""
    open_tab(page, "Cross-reference")
    page.locator("#pk-phrase textarea").fill(phrase)
    page.locator("#pk-find").click()
    result = page.locator("#pk-xref .pk-xref, #pk-xref .pk-answer").first
    result.wait_for(timeout=_WAIT_MS)
    return result


def export_as(page, fmt: str, entity: str | None = None):
    """Export in the Export tab as ``fmt`` (PNG, SVG, GraphML, Turtle, JSON-LD); return the Playwright Download."""
    open_tab(page, "Export")
    if entity is not None:
        page.locator("#pk-ex-entity textarea").fill(entity)
    page.locator("#pk-ex-format").get_by_label(fmt, exact=True).check()
    link = page.locator(f'#pk-ex-file a[download$=".{_SUFFIX[fmt]}"]')
    page.locator("#pk-ex-go").click()
    link.wait_for(timeout=_WAIT_MS)
    with page.expect_download(timeout=_WAIT_MS) as info:
        link.click()
    return info.value


_SUFFIX = {"PNG": "png", "SVG": "svg", "GraphML": "graphml", "Turtle": "ttl", "JSON-LD": "jsonld"}


def run_query(page, query: str):
    """Run ``query`` in the SPARQL tab; return the status locator once it shows a result or an error."""
    open_tab(page, "SPARQL")
    editor = page.locator("#pk-query .cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    editor.fill(query)
    # Mark the notes already shown, then wait for a fresh one (result or refusal).
    page.evaluate("document.querySelectorAll('#pk-sparql-status .pk-note').forEach(n => n.dataset.old = '1')")
    page.locator("#pk-run").click()
    status = page.locator("#pk-sparql-status .pk-note:not([data-old])")
    status.wait_for(timeout=_WAIT_MS)
    return status


# ----------------------------------------------------------------- screenshots


def take_screenshots(url: str, out: Path, *, entity: str, question: str, phrase: str) -> list[Path]:
    """Drive every tab at ``url`` and save ``chat.png``, ``graph.png``, ``xref.png``, ``export.png``, ``sparql.png``."""
    from playwright.sync_api import sync_playwright

    from kg.store.sparql import EXAMPLE_QUERIES

    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        page.goto(url)
        answer = ask(page, question)
        answer.locator("details").first.evaluate("d => d.open = true")
        page.evaluate(_SCROLL_CHAT_TO_TOP)  # show the question above its answer
        shots.append(_shot(page, out / "chat.png"))
        show_entity(page, entity)
        page.locator("#pk-facts .pk-facts").wait_for(timeout=_WAIT_MS)
        shots.append(_shot(page, out / "graph.png"))
        find_mentions(page, phrase)
        shots.append(_shot(page, out / "xref.png"))
        export_as(page, "PNG", entity)
        shots.append(_shot(page, out / "export.png"))
        run_query(page, next(iter(EXAMPLE_QUERIES.values())))
        shots.append(_shot(page, out / "sparql.png"))
        browser.close()
    return shots


_SCROLL_CHAT_TO_TOP = """() => {
  for (const el of document.querySelectorAll('#pk-chat *')) {
    if (el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible') el.scrollTop = 0;
  }
}"""


def _shot(page, path: Path) -> Path:
    page.wait_for_timeout(300)  # let Gradio's transitions settle
    page.screenshot(path=str(path), full_page=False)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, help="A build folder with plans already built (default: build the embedded plan in a temp folder).")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--entity", default="新材料百亿产业园")
    parser.add_argument("--question", default="哪些项目支持新材料百亿园区？")
    parser.add_argument("--phrase", default="零陵古城")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # run from a checkout: import the app next to this tool
    from pipeline import build_plans
    from qa.engine import Engine

    home = args.home or Path(tempfile.mkdtemp(prefix="plankg-shots-"))
    if args.home is None:
        build_plans(home=home, encoder="hash")
    demo, url = start_app(Engine.from_home(home))
    try:
        for path in take_screenshots(url, args.out, entity=args.entity, question=args.question, phrase=args.phrase):
            print(path)
    finally:
        demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
