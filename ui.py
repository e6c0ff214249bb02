"""The Gradio app: chat, graph, cross-reference, export and SPARQL tabs over one ``Engine``.

``build_ui(engine)`` wires plain handler functions of ``engine`` (``chat_reply``,
``graph_view``, ``xref_view``, ``export_file``, ``briefing_file``,
``sparql_view``) into a ``gr.Blocks``; nothing is built at import time, and
tests call the handlers directly. The HTML they return comes from
:mod:`webui.render` (answers, citations, facts) and :mod:`webui.graphsvg` (the
clickable neighbourhood drawing). Library errors (``KGQAError``) become a
message in the page; anything else is logged and reported as a generic
failure, and the server keeps running.
"""
from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import unquote

import gradio as gr

from kg.errors import EntityNotFound, KGQAError
from kg.export import export_neighbourhood
from kg.store.sparql import EXAMPLE_QUERIES, PREFIXES
from webui.compare import compare_tab
from webui.graphsvg import MAX_DRAWN, graph_html
from webui.render import (
    CSS,
    answer_html,
    briefing_html,
    briefing_markdown,
    facts_html,
    node_facts,
    note,
    xref_html,
)

if TYPE_CHECKING:
    from qa.engine import Engine

__all__ = [
    "EXPORT_FORMATS",
    "example_questions",
    "resolve_follow_up",
    "chat_reply",
    "graph_view",
    "pick_node",
    "xref_view",
    "export_file",
    "briefing_file",
    "readable_term",
    "sparql_view",
    "build_ui",
]

log = logging.getLogger("plankg.ui")

#: Download formats of the Export tab → file suffix.
EXPORT_FORMATS = {"PNG": "png", "SVG": "svg", "GraphML": "graphml", "Turtle": "ttl", "JSON-LD": "jsonld"}
_GENERIC = "Something went wrong while handling this request; it has been logged. The server is still running — try again or change the input."
# Pronouns that point back to the last entity; 其 in 其中/其他…, 该 in 应该 are not pronouns.
_ANAPHORA = re.compile(r"(它们|它|(?<!尤)其(?![中他它余实次])|(?<!应)该(?:项目|园区|产业|工程|地|镇|指标|战略|机构|术语)?|这个|那个|上述)")
_ELLIPSIS = re.compile(r"^(?:那么?|还有)?(.{2,30}?)呢[？?]?$")
_THEME_FONTS = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "sans-serif"]


# ----------------------------------------------------------------- chat


def example_questions(engine: Engine, *, limit: int = 6) -> list[str]:
    """Questions the built plans can answer, one per kind, about their most-cited fitting entities.

    Built from the graph (entity types, quantities, the part structure), so
    every plan gets examples about its own content.
    """
    kb = engine.kb

    titles = " ".join(kb.label(n) for n in kb.by_type.get("Plan", []))

    def most_cited(type_: str, fits: Callable[[str], bool] = lambda n: True) -> str | None:
        nodes = [n for n in kb.by_type.get(type_, []) if fits(n)]
        best = max(nodes, key=lambda n: (len(list(kb.inn(n, "supports"))), len(kb.mentions(n)), n), default=None)
        return kb.label(best) if best else None

    def invested(node: str) -> bool:
        return any(q.startswith("investment") for q in kb.attrs(node).get("quantities") or [])

    picks = [
        ("哪些项目支持{}？", most_cited("Park")),
        ("{}的总投资是多少？", most_cited("Project", invested)),
        ("{}的目标是多少？", most_cited("Indicator")),
        ("什么是“{}”？", most_cited("Term")),
        # The plan's own region (named in its title) is mentioned everywhere: not a useful example.
        ("{}在哪些章节中被提到？", most_cited("Place", lambda n: kb.label(n) not in titles)),
    ]
    out = [template.format(name) for template, name in picks if name]
    parts = kb.by_type.get("Part", [])
    if parts:
        out.append(f"第{kb.attrs(parts[0]).get('number', 1)}篇包括哪些章？")
    return out[:limit]


def _text(message: dict) -> str:
    """The text of a Chatbot message (a string, or Gradio 6's list of content parts)."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") for p in content or [] if isinstance(p, dict))


def resolve_follow_up(engine: Engine, message: str, history: list[dict]) -> str:
    """Rewrite a follow-up question using the entity of the last question that named one.

    「它的总投资是多少？」 after 「新材料百亿产业园有哪些项目？」 becomes
    「新材料百亿产业园的总投资是多少？」; 「那循环经济产业园呢？」 re-asks the last
    question about the new entity. Questions that stand on their own come back unchanged.
    """
    q = (message or "").strip()
    previous = [_text(m) for m in history if m.get("role") == "user"]
    for prev in reversed(previous):
        links = engine.find_entities(prev, limit=1) if prev.strip() else []
        if not links:
            continue
        ellipsis = _ELLIPSIS.match(q)
        if ellipsis and links[0].mention in prev and engine.find_entities(ellipsis.group(1), limit=1):
            return prev.replace(links[0].mention, ellipsis.group(1), 1)
        if _ANAPHORA.search(q) and not engine.find_entities(_ANAPHORA.sub("", q), limit=1):
            return _ANAPHORA.sub(links[0].label, q, count=1)
        return q
    return q


ALL_PLANS = "全部规划 All plans"
MAX_SUGGESTIONS = 2000


def _scope(plan: str | None) -> str | None:
    """The plan id a scope choice means (None: every plan)."""
    return None if not plan or plan == ALL_PLANS else plan


def chat_reply(engine: Engine, message: str, history: list[dict] | None, plan: str | None = None) -> tuple[list[dict], str, str]:
    """Answer ``message`` (within ``plan``, or every plan) and append the exchange to ``history``.

    Returns the new history (Gradio 6 ``{"role", "content"}`` messages, the
    answer rendered as HTML), an empty string to clear the input box, and an
    empty status. Questions the engine refuses (empty, too long) get the
    refusal as a visibly different answer.
    """
    history = list(history or [])
    asked = resolve_follow_up(engine, message, history)
    try:
        answer = engine.ask(asked, plan=_scope(plan))
    except KGQAError as e:
        answer = engine.refusal(message, str(e))
    marks = [*answer.highlights, *(i.label for i in answer.items if len(i.label) <= 40)]
    marks += [name for l in engine.find_entities(asked, limit=3) for name in (l.mention, l.label)] if asked.strip() else []
    rewritten = asked if asked != (message or "").strip() else None
    history += [
        {"role": "user", "content": message or "（空）"},
        {"role": "assistant", "content": answer_html(answer, marks=marks, understood_as=rewritten)},
    ]
    return history, "", ""


# ----------------------------------------------------------------- graph


def _neighbourhood(engine: Engine, name: str | None, hops: int | str):
    if not (name or "").strip():
        raise EntityNotFound("No entity name given; type a name or pick one of the suggestions in the Graph tab")
    return engine.neighbourhood(name.strip(), hops=int(hops))


def graph_view(engine: Engine, name: str, hops: int | str = 1) -> tuple[str, str, str, str, str]:
    """Draw the neighbourhood of entity ``name``.

    Returns (graph HTML, facts HTML of the centre, centre node IRI, centre
    label, status). Raises ``EntityNotFound`` for an unknown name.
    """
    centre, G = _neighbourhood(engine, name, hops)
    status = ""
    if G.number_of_nodes() > MAX_DRAWN:
        status = note(
            f"The neighbourhood has {G.number_of_nodes()} nodes; the {MAX_DRAWN} closest are drawn. "
            "The Export tab downloads all of them.",
            "info",
        )
    return graph_html(G, centre), facts_html(node_facts(engine, centre)), centre, engine.kb.label(centre), status


def pick_node(engine: Engine, node: str) -> tuple[str, str, str]:
    """A clicked node: (its facts HTML, its IRI to re-centre on, status)."""
    if node not in engine.G:
        raise EntityNotFound(f"Node {node!r} is not in the graph; search the entity by name instead")
    return facts_html(node_facts(engine, node)), node, ""


# ----------------------------------------------------------------- cross-reference


def xref_view(engine: Engine, phrase: str, plan: str | None = None) -> tuple[str, str]:
    """Every chapter/section/paragraph mentioning ``phrase`` (within ``plan``): (HTML, status)."""
    answer = engine.xref(phrase, plan=_scope(plan))
    phrase = phrase.strip()
    marks = [phrase, *(l.label for l in engine.find_entities(phrase, limit=1) if l.mention == phrase)]
    return xref_html(answer, marks=marks), ""


# ----------------------------------------------------------------- export


def _stem(label: str, hops: int) -> str:
    """A file name stem from an entity label (keeps Chinese, drops path characters).

    Examples
    --------
    >>> _stem("新材料/百亿 产业园", 2)
    '新材料_百亿_产业园-2hop'
    """
    return re.sub(r"[\\/:*?\"<>|\s]+", "_", label).strip("_")[:60] + f"-{hops}hop"


def export_file(engine: Engine, name: str, hops: int | str, fmt: str, *, folder: Path) -> tuple[str, str | None, str]:
    """Write the neighbourhood of ``name`` as ``fmt`` (a key of EXPORT_FORMATS) into ``folder``.

    Returns (path, the path again when it is a PNG to preview, status).
    """
    suffix = EXPORT_FORMATS.get(fmt) or fmt
    centre, G = _neighbourhood(engine, name, hops)
    label = engine.kb.label(centre)
    path = Path(folder) / f"{_stem(label, int(hops))}.{suffix}"
    export_neighbourhood(G, suffix, rdf=engine.graph, path=path, title=f"{label}（{hops}跳）")
    status = note(f"{path.name}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges.", "ok")
    return str(path), str(path) if suffix == "png" else None, status


def briefing_file(engine: Engine, name: str, hops: int | str, fmt: str, *, folder: Path) -> tuple[str, str, str]:
    """A briefing on entity ``name`` (``fmt`` "Markdown" or "HTML") with the drawing, facts and citations.

    Returns (path, the drawing's PNG path for the preview, status).
    """
    centre, G = _neighbourhood(engine, name, hops)
    facts = node_facts(engine, centre)
    png = export_neighbourhood(G, "png", title=f"{facts['label']}（{hops}跳）")
    if fmt == "HTML":
        text, suffix = briefing_html(facts, png, graph=G), "html"
    else:
        text, suffix = briefing_markdown(facts, png, graph=G), "md"
    path = Path(folder) / f"briefing-{_stem(facts['label'], int(hops))}.{suffix}"
    path.write_text(text, encoding="utf-8")
    picture = path.with_suffix(".png")
    picture.write_bytes(png)
    return str(path), str(picture), note(f"{path.name}: {len(facts['citations'])} cited passages.", "ok")


# ----------------------------------------------------------------- SPARQL


def readable_term(value: str) -> str:
    """An IRI as a person reads it: known prefixes compacted, %-escapes decoded (other values unchanged).

    Examples
    --------
    >>> readable_term("https://plankg.org/ontology#Park")
    'pk:Park'
    >>> readable_term("https://plankg.org/plan/x/park/%E5%9B%AD%E5%8C%BA")
    'https://plankg.org/plan/x/park/园区'
    """
    if not value.startswith(("http://", "https://")):
        return value
    for prefix, ns in PREFIXES.items():
        if value.startswith(str(ns)):
            return f"{prefix}:{value[len(str(ns)):]}"
    return unquote(value)


def sparql_view(engine: Engine, query: str, timeout: float | str = 10) -> tuple[dict, str, str]:
    """Run a read-only query: (table value, Turtle text for CONSTRUCT/DESCRIBE, status).

    Table cells show IRIs readably (:func:`readable_term`); the CLI's
    ``plankg sparql --json`` gives them raw.
    """
    if not (query or "").strip():
        raise KGQAError("The query is empty; pick an example query or type a SELECT")
    r = engine.sparql(query, timeout=float(timeout))
    table: dict[str, Any] = {"headers": ["result"], "data": []}
    if r.kind == "SELECT":
        table = {"headers": r.columns or ["(no columns)"], "data": [[readable_term(v) for v in row] for row in r.rows]}
        summary = f"{r.rows_total or len(r.rows)} rows" + (f" (first {len(r.rows)} shown)" if r.truncated else "")
    elif r.kind == "ASK":
        table = {"headers": ["ASK"], "data": [["true" if r.boolean else "false"]]}
        summary = f"ASK → {'true' if r.boolean else 'false'}"
    else:
        summary = f"{r.kind}: {r.rows_total} triples" + (" (truncated)" if r.truncated else "")
    return table, r.turtle or "", note(f"{summary} in {r.elapsed:.2f} s.", "ok")


# ----------------------------------------------------------------- wiring


def _guarded(fn: Callable, engine: Engine, n_out: int, **options: Any) -> Callable:
    """``fn(engine, *inputs)`` whose failures become a message in its last output.

    A ``KGQAError`` shows its own message; any other exception is a bug: it is
    logged with its traceback and the page gets a generic message. The other
    outputs keep their values (``gr.skip()``).
    """

    def run(*inputs):
        try:
            return fn(engine, *inputs, **options)
        except KGQAError as e:
            message = note(str(e), "warn")
        except Exception:
            log.exception("%s failed on %r", fn.__name__, inputs)
            message = note(_GENERIC, "error")
        return (*[gr.skip()] * (n_out - 1), message)

    run.__name__ = fn.__name__
    return run


class _App(gr.Blocks):
    """The plankg Blocks: launches with its theme and CSS unless told otherwise."""

    def launch(self, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("css", CSS)
        kwargs.setdefault("theme", gr.themes.Default(font=[gr.themes.LocalFont("Source Sans Pro"), *_THEME_FONTS]))
        return super().launch(*args, **kwargs)


def build_ui(engine: Engine) -> gr.Blocks:
    """The five-tab app over ``engine``; call ``.launch()`` on the result."""
    with _App(title="plankg", analytics_enabled=False) as demo:
        with gr.Row():
            gr.Markdown(f"## plankg · 规划知识图谱问答\n所载规划：{'、'.join(engine.plan_ids)}")
            # Questions and cross-references can be scoped to one plan or span all of them.
            scope = gr.Dropdown(
                [ALL_PLANS, *engine.plan_ids], value=ALL_PLANS, label="范围 Scope",
                visible=len(engine.plan_ids) > 1, elem_id="pk-scope",
            )
        with gr.Tabs():
            with gr.Tab("问答 Chat", id="chat"):
                _chat_tab(engine, scope)
            with gr.Tab("图谱 Graph", id="graph"):
                centre_label, hops = _graph_tab(engine)
            with gr.Tab("交叉引用 Cross-reference", id="xref"):
                _xref_tab(engine, scope)
            with gr.Tab("导出 Export", id="export"):
                _export_tab(engine, centre_label, hops)
            with gr.Tab("SPARQL", id="sparql"):
                _sparql_tab(engine)
            with gr.Tab("对比 Compare", id="compare"):
                compare_tab(engine, _guarded)
    return demo


def _chat_tab(engine: Engine, scope: gr.Dropdown) -> None:
    chat = gr.Chatbot(label="问答", height=560, latex_delimiters=[], elem_id="pk-chat", feedback_options=None)
    with gr.Row():
        msg = gr.Textbox(placeholder="输入问题，例如：哪些项目支持新材料百亿园区？", show_label=False, scale=8, elem_id="pk-question")
        send = gr.Button("提问 Ask", variant="primary", scale=1, elem_id="pk-ask")
    status = gr.HTML(elem_id="pk-chat-status")
    with gr.Row(elem_id="pk-examples"):
        gr.Markdown("示例问题 Examples:")
        examples = [gr.Button(q, size="sm") for q in example_questions(engine)]
    reply, outputs = _guarded(chat_reply, engine, 3), [chat, msg, status]
    send.click(reply, [msg, chat, scope], outputs)
    msg.submit(reply, [msg, chat, scope], outputs)
    for button in examples:
        button.click(reply, [button, chat, scope], outputs)


def _graph_tab(engine: Engine) -> tuple[gr.State, gr.Radio]:
    # The most-cited names as choices (any other name can be typed): with many plans a full
    # list would make every page load carry tens of thousands of names.
    names = engine.suggest("", limit=MAX_SUGGESTIONS)
    with gr.Row():
        entity = gr.Dropdown(names, value=None, label="实体 Entity（输入以搜索 type to search）", allow_custom_value=True, filterable=True, scale=4, elem_id="pk-entity")
        hops = gr.Radio([1, 2, 3], value=1, label="跳数 Hops", scale=2, elem_id="pk-hops")
        show = gr.Button("显示 Show", variant="primary", scale=1, elem_id="pk-show")
    status = gr.HTML(elem_id="pk-graph-status")
    with gr.Row():
        with gr.Column(scale=3):
            view = gr.HTML(elem_id="pk-graph", js_on_load=_PICK_JS, min_height=200)
        with gr.Column(scale=2):
            recentre = gr.Button("以选中节点为中心 Re-centre on the selected node", size="sm", elem_id="pk-recentre")
            facts = gr.HTML(elem_id="pk-facts", max_height=720)
    centre, selected, centre_label = gr.State(""), gr.State(""), gr.State("")
    draw, pick = _guarded(graph_view, engine, 5), _guarded(pick_node, engine, 3)
    outputs = [view, facts, centre, centre_label, status]
    show.click(draw, [entity, hops], outputs)
    entity.select(draw, [entity, hops], outputs)
    hops.change(lambda node, n: draw(node, n) if node else [gr.skip()] * 5, [centre, hops], outputs)
    recentre.click(draw, [selected, hops], outputs)

    def on_pick(evt: gr.EventData):
        return pick(getattr(evt, "node", ""))

    view.select(on_pick, None, [facts, selected, status])
    return centre_label, hops


def _xref_tab(engine: Engine, scope: gr.Dropdown) -> None:
    with gr.Row():
        phrase = gr.Textbox(label="实体或任意词语 Entity or phrase", scale=5, elem_id="pk-phrase")
        find = gr.Button("查找 Find", variant="primary", scale=1, elem_id="pk-find")
    status, out = gr.HTML(), gr.HTML(elem_id="pk-xref")
    xref = _guarded(xref_view, engine, 2)
    find.click(xref, [phrase, scope], [out, status])
    phrase.submit(xref, [phrase, scope], [out, status])


def _export_tab(engine: Engine, centre_label: gr.State, graph_hops: gr.Radio) -> None:
    folder = Path(tempfile.mkdtemp(prefix="plankg-ui-"))
    gr.Markdown("下载图谱页当前实体的邻域，或生成简报文档。Download the Graph tab's neighbourhood, or a briefing.")
    with gr.Row():
        with gr.Column():
            with gr.Row():
                entity = gr.Textbox(label="实体 Entity", scale=3, elem_id="pk-ex-entity")
                hops = gr.Radio([1, 2, 3], value=1, label="跳数 Hops", scale=2, elem_id="pk-ex-hops")
            fmt = gr.Radio(list(EXPORT_FORMATS), value="PNG", label="格式 Format", elem_id="pk-ex-format")
            go = gr.Button("导出 Export", variant="primary", elem_id="pk-ex-go")
            brief_fmt = gr.Radio(["Markdown", "HTML"], value="HTML", label="简报格式 Briefing format（含图、事实与引文 picture, facts, citations）")
            brief = gr.Button("生成简报 Briefing", elem_id="pk-br-go")
            status = gr.HTML(elem_id="pk-ex-status")
            file = gr.File(label="下载 Download", interactive=False, elem_id="pk-ex-file")
        with gr.Column():
            preview = gr.Image(label="预览 Preview", interactive=False, type="filepath", height=560)
    outputs = [file, preview, status]
    go.click(_guarded(export_file, engine, 3, folder=folder), [entity, hops, fmt], outputs)
    brief.click(_guarded(briefing_file, engine, 3, folder=folder), [entity, hops, brief_fmt], outputs)
    centre_label.change(lambda label, n: (label, n), [centre_label, graph_hops], [entity, hops])


def _sparql_tab(engine: Engine) -> None:
    with gr.Row():
        example = gr.Dropdown(list(EXAMPLE_QUERIES), value=next(iter(EXAMPLE_QUERIES), None), label="示例查询 Example queries", scale=3)
        timeout = gr.Slider(1, 60, value=10, step=1, label="时限（秒）Time limit (s)", scale=2)
    query = gr.Code(
        next(iter(EXAMPLE_QUERIES.values()), ""), language="sql", lines=10, interactive=True, elem_id="pk-query",
        label="SPARQL（只读 read-only；已绑定前缀 pk: skos: prov: rdfs: rdf: xsd: owl:）",
    )
    run = gr.Button("运行 Run", variant="primary", elem_id="pk-run")
    status = gr.HTML(elem_id="pk-sparql-status")
    table = gr.Dataframe(label="结果 Results", interactive=False, wrap=True, elem_id="pk-results")
    with gr.Accordion("CONSTRUCT / DESCRIBE → Turtle", open=False):
        turtle = gr.Code(language="markdown", show_label=False, interactive=False)
    example.change(lambda key: EXAMPLE_QUERIES[key] if key in EXAMPLE_QUERIES else gr.skip(), example, query)
    run.click(_guarded(sparql_view, engine, 3), [query, timeout], [table, turtle, status])


# Clicking a node of the drawing fires the HTML component's `select` event with the node's IRI.
_PICK_JS = """
element.addEventListener('click', (e) => {
  const g = e.target.closest('[data-node]');
  if (g) { trigger('select', {node: g.dataset.node}); }
});
"""
