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
import re
import socket
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "TABS",
    "free_port",
    "start_app",
    "launch_chromium",
    "open_tab",
    "ask",
    "read_source",
    "show_entity",
    "graph_state",
    "find_mentions",
    "export_as",
    "download_briefing",
    "upload_plan",
    "remove_plan",
    "run_query",
    "take_screenshots",
    "main",
]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
_WAIT_MS = 30_000
#: Tab titles of the app, by the short names the helpers take.
TABS = {"Chat": "问答", "Graph": "图谱", "Cross-reference": "交叉引用", "Export": "简报与导出", "Plans": "规划管理", "SPARQL": "SPARQL", "Compare": "对比"}


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
    """Click the tab ``name`` (a key of :data:`TABS`, e.g. ``"Graph"``, or its Chinese title)."""
    page.get_by_role("tab", name=TABS.get(name, name), exact=True).click()


def ask(page, question: str):
    """Ask in the Chat tab; return the locator of the newest answer."""
    open_tab(page, "Chat")
    answers = page.locator("#pk-chat .pk-answer")
    before = answers.count()
    page.locator("#pk-question textarea").fill(question)
    page.locator("#pk-ask").click()
    answers.nth(before).wait_for(timeout=_WAIT_MS)
    return answers.nth(before)


def read_source(page, answer, n: int = 1):
    """Open source ``[n]`` of ``answer`` in the reading pane; return the pane's cited paragraph."""
    cite = answer.locator("details.pk-cite").nth(n - 1)
    cite.locator("summary").click()
    page.evaluate("document.querySelectorAll('#pk-cited').forEach(p => p.id = 'pk-cited-old')")
    cite.locator("button.pk-read").click()
    cited = page.locator("#pk-reader #pk-cited")
    cited.wait_for(timeout=_WAIT_MS)
    return cited


def show_entity(page, name: str, *, hops: int = 1):
    """Draw ``name``'s neighbourhood in the Graph tab; return the drawing's locator once Cytoscape drew it."""
    open_tab(page, "Graph")
    page.locator("#pk-hops").get_by_label(str(hops), exact=True).check()
    box = page.locator("#pk-entity input")
    box.fill(name)
    box.press("Escape")
    page.locator("#pk-show").click()
    page.locator(f'#pk-graph .pk-graph-box[data-centre="{name}"]').wait_for(timeout=_WAIT_MS)
    page.wait_for_function(
        "name => document.querySelector('#pk-graph .pk-cy')?._cy?.nodes('[?centre]').data('label') === name", arg=name, timeout=_WAIT_MS
    )
    return page.locator("#pk-graph .pk-cy")


def graph_state(page) -> dict:
    """What the Cytoscape drawing shows: zoom, pan, and each node's label, type, size, visibility and screen position."""
    return page.evaluate(_GRAPH_STATE)


_GRAPH_STATE = """() => {
  const box = document.querySelector('#pk-graph .pk-cy'); const cy = box._cy; const r = box.getBoundingClientRect();
  return {zoom: cy.zoom(), pan: cy.pan(), fontPx: parseFloat(cy.nodes()[0].style('font-size')) * cy.zoom(),
          box: {x: r.x, y: r.y, w: r.width, h: r.height},
          nodes: cy.nodes().map(n => ({id: n.id(), label: n.data('label'), type: n.data('type'), centre: n.data('centre'),
            degree: n.data('degree'), width: n.width(), visible: n.visible(), matched: n.hasClass('match'),
            x: r.x + n.renderedPosition().x, y: r.y + n.renderedPosition().y, pos: n.position()}))};
}"""


def download_briefing(page, fmt: str, entity: str | None = None):
    """Make a briefing in the Export tab as ``fmt`` (Word, PDF, HTML); return the Playwright Download."""
    return _download(page, "#pk-br-format", fmt, "#pk-br-go", {"Word": "docx", "PDF": "pdf", "HTML": "html"}[fmt], entity)


def upload_plan(page, path) -> str:
    """Upload the plan file ``path`` in the Plans tab and wait for its build; return the final status text."""
    open_tab(page, "Plans")
    page.evaluate("document.querySelectorAll('#pk-plan-status .pk-note').forEach(n => n.dataset.old = '1')")
    with page.expect_file_chooser() as chooser:
        page.locator("#pk-upload").click()
    chooser.value.set_files(str(path))
    final = page.locator("#pk-plan-status .pk-note:not([data-old]):not(.pk-progress)")
    final.wait_for(timeout=120_000)
    return final.inner_text()


def find_mentions(page, phrase: str):
    """Look ``phrase`` up in the Cross-reference tab; return the result locator."""
    open_tab(page, "Cross-reference")
    page.locator("#pk-phrase textarea").fill(phrase)
    page.locator("#pk-find").click()
    result = page.locator("#pk-xref .pk-xref, #pk-xref .pk-answer").first
    result.wait_for(timeout=_WAIT_MS)
    return result


def export_as(page, fmt: str, entity: str | None = None):
    """Download the neighbourhood in the Export tab as ``fmt`` (a key of ``ui.EXPORT_FORMATS``); return the Download."""
    from ui import EXPORT_FORMATS

    return _download(page, "#pk-ex-format", fmt, "#pk-ex-go", EXPORT_FORMATS[fmt], entity)


def _download(page, radio: str, choice: str, button: str, suffix: str, entity: str | None):
    open_tab(page, "Export")
    if entity is not None:
        page.locator("#pk-ex-entity textarea").fill(entity)
    page.locator(radio).get_by_label(choice, exact=True).check()
    page.evaluate("document.querySelectorAll('#pk-ex-file a').forEach(a => a.dataset.old = '1')")
    link = page.locator(f'#pk-ex-file a[download$=".{suffix}"]:not([data-old])')
    page.locator(button).click()
    link.wait_for(timeout=60_000)
    with page.expect_download(timeout=_WAIT_MS) as info:
        link.click()
    return info.value


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


def take_screenshots(url: str, out: Path, *, entity: str, question: str, phrase: str, upload: Path) -> list[Path]:
    """Drive the app at ``url`` as a new member of staff would and save the README screenshots in ``out``.

    ``first.png`` (the first screen), ``chat.png`` (a cited answer with its source in the reading pane),
    ``graph.png``, ``xref.png``, ``briefing.png`` (the HTML briefing as handed over), ``export.png``,
    ``upload.png`` (after uploading ``upload``; the plan is removed again, so a ``--home`` is left as it was), ``sparql.png`` and
    ``phone.png`` (390 px wide).
    """
    from playwright.sync_api import sync_playwright

    from kg.store.sparql_examples import EXAMPLE_QUERIES

    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        page.goto(url)
        page.locator("#pk-intro .pk-intro").wait_for(timeout=_WAIT_MS)
        shots.append(_shot(page, out / "first.png"))
        answer = ask(page, question)
        read_source(page, answer, 1)
        answer.locator("details").first.evaluate("d => d.open = true")
        page.locator("#pk-chat").scroll_into_view_if_needed()
        page.evaluate(_SCROLL_CHAT_TO_TOP)  # show the question above its answer
        shots.append(_shot(page, out / "chat.png"))
        show_entity(page, entity)
        page.locator("#pk-facts .pk-facts").wait_for(timeout=_WAIT_MS)
        shots.append(_shot(page, out / "graph.png"))
        find_mentions(page, phrase)
        shots.append(_shot(page, out / "xref.png"))
        briefing = download_briefing(page, "HTML", entity)
        page.locator("#pk-ex-preview img").wait_for(timeout=_WAIT_MS)
        shots.append(_shot(page, out / "export.png"))
        saved = Path(tempfile.mkdtemp(prefix="plankg-shots-")) / briefing.suggested_filename
        briefing.save_as(saved)  # the download's own file has no suffix: the browser would show it as text
        view = browser.new_page(viewport={"width": 1000, "height": 1300})
        view.goto(saved.as_uri())
        shots.append(_shot(view, out / "briefing.png"))
        view.close()
        uploaded = re.search(r"《(.+?)》", upload_plan(page, upload)).group(1)
        shots.append(_shot(page, out / "upload.png"))
        run_query(page, next(iter(EXAMPLE_QUERIES.values())))
        shots.append(_shot(page, out / "sparql.png"))
        remove_plan(page, uploaded)
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(url)
        show_entity(phone, entity)
        phone.locator("#pk-tabs").scroll_into_view_if_needed()
        shots.append(_shot(phone, out / "phone.png"))
        browser.close()
    return shots


def remove_plan(page, title: str, answer: str = "确认删除") -> str:
    """Remove the plan titled ``title`` in the Plans tab, answering the app's question with the button ``answer``
    (「确认删除」 or 「取消」); return the status text."""
    open_tab(page, "Plans")
    page.locator("#pk-remove-plan input").click()
    page.get_by_role("option", name=f"《{title}》", exact=True).click()
    _click_for_status(page, "#pk-remove")
    button = {"确认删除": "#pk-remove-confirm", "取消": "#pk-remove-cancel"}[answer]
    return _click_for_status(page, button)


def removal_question(page, title: str) -> str:
    """Choose the plan titled ``title`` for removal in the Plans tab and return what the app asks (left unanswered)."""
    open_tab(page, "Plans")
    page.locator("#pk-remove-plan input").click()
    page.get_by_role("option", name=f"《{title}》", exact=True).click()
    page.locator("#pk-remove").click()
    page.locator("#pk-remove-confirm").wait_for()
    return page.locator("#pk-plan-status").inner_text()


def _click_for_status(page, button: str) -> str:
    """Click ``button`` and return the Plans tab's next status message."""
    page.evaluate("document.querySelectorAll('#pk-plan-status .pk-note').forEach(n => n.dataset.old = '1')")
    page.locator(button).click()
    done = page.locator("#pk-plan-status .pk-note:not([data-old])")
    done.wait_for(timeout=_WAIT_MS)
    return done.inner_text()


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
    parser.add_argument("--upload", type=Path, default=ROOT / "tests" / "data" / "mini-plan.txt", help="A plan file to upload for upload.png (removed again).")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # run from a checkout: import the app next to this tool
    from pipeline import build_plans
    from qa.engine import Engine

    home = args.home or Path(tempfile.mkdtemp(prefix="plankg-shots-"))
    if args.home is None:
        build_plans(home=home, encoder="hash")
    demo, url = start_app(Engine.from_home(home))
    try:
        shots = take_screenshots(url, args.out, entity=args.entity, question=args.question, phrase=args.phrase, upload=args.upload)
        for path in shots:
            print(path)
    finally:
        demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
