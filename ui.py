"""The Gradio app, in Chinese: chat with a reading pane, graph, cross-reference, briefings and exports, plans, SPARQL.

``build_ui(engine)`` wires plain handler functions (``chat_reply``,
``graph_view``, ``xref_view``, ``export_file``, ``briefing_file``,
``targets_file``, ``sparql_view``, ``upload_plan``, ``remove_plan``) into a
``gr.Blocks``; nothing is built at import time, and tests call the handlers
directly. The served plans live in a :class:`webui.plans.PlanLibrary`, so a plan
uploaded in the app is answered right after its build. The HTML comes from
:mod:`webui` (answers, facts, the reading pane, the interactive graph, briefings).
Library errors (``KGQAError``) become a Chinese message in the page
(:func:`webui.messages.zh_message`); anything else is logged and reported as a
generic failure, and the server keeps running.
"""
from __future__ import annotations

import html
import logging
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator
from urllib.parse import unquote

import gradio as gr
import networkx as nx

from kg.errors import EntityNotFound, KGQAError, QueryError
from kg.export import export_neighbourhood
from kg.store.sparql import PREFIXES
from qa.followup import PLURAL, SINGULAR, ask_each, drop_deixis, listed_names, which_of
from qa.index.kb import normalise_text
from webui.compare import compare_tab
from webui.briefing import make_briefing, write_briefing
from webui.graphview import CYTOSCAPE_DIR, CYTOSCAPE_JS, GRAPH_JS, MAX_DRAWN, default_centre, graph_html
from webui.messages import zh_message
from webui.terms import zh_term
from kg.ingest.formats import SUPPORTED
from webui.plans import MAX_UPLOAD_BYTES, BuildStep, PlanInfo, PlanLibrary, plan_infos, plan_menu
from webui.reader import READER_HINT, parse_cite_key, reader_html
from webui.render import CSS, answer_html, facts_html, node_facts, note, plan_title, xref_html
from kg.store.sparql_examples import EXAMPLE_QUERIES
from webui.targets import chapters, target_table, write_table

if TYPE_CHECKING:
    from qa.answer import Answer
    from qa.engine import Engine

__all__ = [
    "EXPORT_FORMATS",
    "BRIEFING_FORMATS",
    "TABLE_FORMATS",
    "ALL_PLANS",
    "example_questions",
    "resolve_follow_up",
    "intro_html",
    "plans_html",
    "chat_reply",
    "read_source",
    "graph_view",
    "pick_node",
    "xref_view",
    "export_file",
    "briefing_file",
    "targets_file",
    "readable_term",
    "sparql_view",
    "upload_plan",
    "uploaded_message",
    "removal_question",
    "remove_plan",
    "build_ui",
]

log = logging.getLogger("plankg.ui")

#: Download formats of the graph export → file suffix.
EXPORT_FORMATS = {"PNG 图片": "png", "SVG 矢量图": "svg", "GraphML": "graphml", "Turtle (RDF)": "ttl", "JSON-LD": "jsonld"}
#: Briefing formats (see :mod:`webui.briefing`).
BRIEFING_FORMATS = ("Word", "PDF", "HTML")
#: Target table formats (see :mod:`webui.targets`).
TABLE_FORMATS = ("Excel", "CSV")
ALL_PLANS = "全部规划"
MAX_SUGGESTIONS = 2000
_EXAMPLE_BUTTONS = 6
# Pronouns that point back to the last entity; 其 in 其中/其他…, 该 in 应该 are not pronouns.
_ANAPHORA = re.compile(r"(它们|它|(?<!尤)其(?![中他它余实次])|(?<!应)该(?:项目|园区|产业|工程|地|镇|指标|战略|机构|术语)?"
                       r"|(?:这个|那个|此)(?:项目|园区|产业|工程|企业|指标|战略)?|上述)")
#: The kind a typed pointer (这个园区, 该项目) names → the entity types it may point at.
_POINTER_TYPES = {"园区": {"Park"}, "项目": {"Project"}, "工程": {"Project"}, "企业": {"Organization"},
                  "产业": {"Industry"}, "指标": {"Indicator"}, "战略": {"Strategy"}, "地": {"Place"}, "镇": {"Place"}}
_ELLIPSIS = re.compile(r"^(?:那么?|还有)?(.{2,30}?)呢[？?]?$")
_THEME_FONTS = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "sans-serif"]


# ----------------------------------------------------------------- first screen


def example_questions(engine: Engine, *, limit: int = _EXAMPLE_BUTTONS) -> list[str]:
    """Questions the built plans can answer, one per kind, about their most-cited fitting entities.

    Built from the graph (entity types, quantities, the part structure), so
    every plan gets examples about its own content.
    """
    kb = engine.kb_of()  # over many plans (a PlanSet), one plan's: examples never load every plan

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


def plans_html(plans: list[PlanInfo]) -> str:
    """The loaded plans as a table: title, what the build found, where it came from."""
    e = html.escape
    rows = "".join(
        f"<tr><td>《{e(p.title)}》</td><td>{e(p.summary)}</td><td>{'上传' if p.uploaded else '内置'}</td></tr>" for p in plans
    )
    return (
        f'<div class="pk-plans"><div class="pk-table-wrap"><table><tr><th>规划</th><th>内容</th><th>来源</th></tr>{rows}</table></div>'
        f"<p>共 {len(plans)} 份规划。</p></div>"
    )


def intro_html(plans: list[PlanInfo]) -> str:
    """The first screen: what is loaded, what one can ask, how citations work."""
    return (
        '<div class="pk-intro"><h3>欢迎使用规划知识图谱问答</h3>'
        "<p>用中文提问规划的内容，回答直接取自规划原文，不是生成的：每条回答都标有编号引用，规划没有写的内容会明确说「未找到」。</p>"
        f"<b>已载入的规划</b>{plans_html(plans)}"
        "<p><b>可以问什么</b>：项目、园区、产业、指标目标值、投资额、某章包括哪些节、某个词在哪些章节出现……"
        "点下方的示例问题试一试，也可以在「规划管理」页上传自己的规划（.txt、.md、.docx、.pdf、.html）。</p>"
        "<p><b>引用怎么看</b>：回答中的 <sup class=\"pk-mark\">[1]</sup> 对应下方编号相同的来源；"
        "点开来源可看到原文段落及其 篇 / 章 / 节 / 专栏 位置，点「在原文中阅读」会在阅读窗格（右侧；手机上在下方）显示该段所在章节的上下文（引用段落高亮）。</p></div>"
    )


# ----------------------------------------------------------------- chat


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
        # 「人才倍增计划那个专栏」: a pointer right after the name it means points at nothing said before.
        pointer = _ANAPHORA.search(drop_deixis(q, []))
        if pointer and not engine.find_entities(_ANAPHORA.sub("", q), limit=1):
            # 「这个园区」 points at a park the last question named, not at its first entity of any kind.
            types = next((t for word, t in _POINTER_TYPES.items() if pointer.group(0).endswith(word)), None)
            fitting = [l for l in engine.find_entities(prev, limit=5) if types is None or l.type in types]
            return _ANAPHORA.sub(fitting[0].label, q, count=1) if fitting else q
        return q
    return q


def _ask_about_listed(engine: Engine, message: str, history: list[dict], plan: str | None) -> Answer | None:
    """「它们的总投资是多少？」 after a list: the question asked about each listed item (None: not such a follow-up).

    The previous question is asked again to get its items; with no list before it,
    the engine's own reading stands (it asks which one is meant when nothing is named).
    """
    # 「A、B这些地方…」: a pointer right after the names it means is no follow-up (qa.followup.drop_deixis).
    said = drop_deixis(message or "", [])
    plural = PLURAL.search(said)
    single = SINGULAR.search(said)
    previous = [_text(m) for m in history if m.get("role") == "user"]
    if not (plural or single) or not previous or PLURAL.search(previous[-1]):
        return None
    if single and not plural and engine.find_entities(previous[-1], limit=1):
        return None  # 它 means the thing the last question named (resolve_follow_up)
    try:
        answer = engine.ask(previous[-1], plan=plan)
        names = listed_names(_answered_over(engine, answer).kb, answer)
    except KGQAError:
        return None
    if not names:
        return None
    if not plural:
        # 「它的总投资是多少？」 after 「规划建设哪些高铁？」: which of the listed ones?
        return which_of(message.strip(), single.group(0), names)
    return ask_each(lambda q: engine.ask(q, plan=plan), message.strip(), plural.group(0), names)


def _answered_over(engine: Engine, answer) -> Engine:
    """The engine over the plans ``answer`` cites (an Engine serving every plan: itself)."""
    return engine.over(sorted({c.plan for c in answer.citations if c.plan}) or engine.plan_ids[:1])


def _scope(plan: str | None) -> str | None:
    """The plan id a scope choice means (None: every plan)."""
    return None if not plan or plan == ALL_PLANS else plan


def chat_reply(engine: Engine, message: str, history: list[dict] | None, plan: str | None = None) -> tuple[list[dict], str, str]:
    """Answer ``message`` (within ``plan``, or every plan) and append the exchange to ``history``.

    Returns the new history (Gradio 6 ``{"role", "content"}`` messages, the
    answer rendered as HTML with numbered citations), an empty string to clear
    the input box, and an empty status. Questions the engine refuses (empty,
    too long) get the refusal, in Chinese, as a visibly different answer.
    """
    history = list(history or [])
    asked = resolve_follow_up(engine, message, history)
    try:
        answer = _ask_about_listed(engine, message, history, _scope(plan))
        if answer is None:
            answer = engine.ask(asked, plan=_scope(plan))
        else:
            asked = (message or "").strip()  # answered item by item, not rewritten
    except KGQAError as e:
        answer = engine.refusal(message, zh_message(e))
    marks = [*answer.highlights, *(i.label for i in answer.items if len(i.label) <= 40)]
    marks += [name for l in engine.find_entities(asked, limit=3) for name in (l.mention, l.label)] if asked.strip() else []
    rewritten = asked if asked != (message or "").strip() else None
    titles = {p: plan_title(engine, p) or p for p in ([_scope(plan)] if _scope(plan) else engine.plan_ids)}
    history += [
        {"role": "user", "content": message or "（空）"},
        {"role": "assistant", "content": answer_html(answer, marks=marks, understood_as=rewritten, plan_titles=titles)},
    ]
    return history, "", ""


def read_source(engine: Engine, key: str) -> str:
    """The reading pane for a 「在原文中阅读」 click (``plan|paragraph-id``)."""
    plan, pid = parse_cite_key(key)
    if not pid:
        return READER_HINT
    return reader_html(engine.over([plan] if plan else engine.plan_ids[:1]), plan, pid,
                       plan_title=plan_title(engine, plan) if plan else None)


# ----------------------------------------------------------------- graph


def _neighbourhood(engine: Engine, name: str | None, hops: int | str) -> tuple[Engine, str, nx.MultiDiGraph]:
    """(the engine holding entity ``name``, its node, its neighbourhood): over many plans, only theirs load."""
    if not (name or "").strip():
        raise EntityNotFound("No entity name given; type a name or pick one of the suggestions in the Graph tab")
    holder = engine.holding(name.strip())
    return (holder, *holder.neighbourhood(name.strip(), hops=int(hops)))


def _stand_in(engine: Engine, name: str, label: str) -> str:
    """The warning when the entity drawn or written for ``name`` is another one, of a name only near it: 「零陵高新技术
    产业开发区」, which the plan never names, was exported as 零陵区 with nothing said. An alias or short name typed whole
    (高新区) is the entity itself, and says nothing."""
    name = name.strip()
    links = engine.find_entities(name, limit=1)
    if normalise_text(name) == normalise_text(label) or (links and normalise_text(links[0].mention) == normalise_text(name)):
        return ""
    return note(f"规划中没有“{name}”，以下按名称最接近的“{label}”生成；如不是要找的，请换一个名称，或在输入时从提示中选择。", "warn")


def graph_view(engine: Engine, name: str, hops: int | str = 1) -> tuple[str, str, str, str, str]:
    """Draw the neighbourhood of entity ``name`` for the interactive view.

    Returns (graph HTML, facts HTML of the centre, centre node IRI, centre
    label, status). Raises ``EntityNotFound`` for an unknown name.
    """
    engine, centre, G = _neighbourhood(engine, name, hops)
    status = _stand_in(engine, name, engine.kb.label(centre))
    if G.number_of_nodes() > MAX_DRAWN:
        status += note(f"该邻域有 {G.number_of_nodes()} 个节点，图中显示距中心最近的 {MAX_DRAWN} 个；「简报与导出」页可下载全部。", "info")
    degree = dict(engine.G.degree(list(G)))
    return graph_html(G, centre, degree=degree), facts_html(node_facts(engine, centre)), centre, engine.kb.label(centre), status


def pick_node(engine: Engine, node: str) -> tuple[str, str, str]:
    """A clicked node: (its facts HTML, its IRI to re-centre on, status)."""
    engine = engine.holding(node)
    if node not in engine.G:
        raise EntityNotFound(f"Node {node!r} is not in the graph; search the entity by name instead")
    return facts_html(node_facts(engine, node)), node, ""


def _default_entity(engine: Engine) -> str | None:
    """The entity the Graph tab opens on: a much-cited one with a neighbourhood worth seeing."""
    kb = engine.kb_of()  # over many plans (a PlanSet): the first plan's only
    ranked = sorted(kb.entities, key=lambda n: (-len(kb.mentions(n)), n))[:60]
    node = default_centre(kb.G, ranked)
    return kb.label(node) if node else None


# ----------------------------------------------------------------- cross-reference


def xref_view(engine: Engine, phrase: str, plan: str | None = None) -> tuple[str, str]:
    """Every chapter/section/paragraph mentioning ``phrase`` (within ``plan``): (HTML, status)."""
    answer = engine.xref(phrase, plan=_scope(plan))
    phrase = phrase.strip()
    marks = [phrase, *(l.label for l in engine.find_entities(phrase, limit=1) if l.mention == phrase)]
    return xref_html(answer, marks=marks), ""


# ----------------------------------------------------------------- briefings and exports


def _stem(label: str, hops: int | None = None) -> str:
    """A file name stem from a label (keeps Chinese, drops path characters).

    Examples
    --------
    >>> _stem("新材料/百亿 产业园", 2), _stem("../x")
    ('新材料_百亿_产业园-2跳', '.._x')
    """
    stem = re.sub(r"[\\/:*?\"<>|\s]+", "_", label).strip("_")[:60]
    return stem + (f"-{hops}跳" if hops is not None else "")


def export_file(engine: Engine, name: str, hops: int | str, fmt: str, *, folder: Path) -> tuple[str, str | None, str]:
    """Write the neighbourhood of ``name`` as ``fmt`` (a key or suffix of EXPORT_FORMATS) into ``folder``.

    Returns (path, the path again when it is a PNG to preview, status).
    """
    suffix = EXPORT_FORMATS.get(fmt) or fmt
    engine, centre, G = _neighbourhood(engine, name, hops)
    label = engine.kb.label(centre)
    path = Path(folder) / f"{_stem(label, int(hops))}.{suffix}"
    export_neighbourhood(G, suffix, rdf=engine.graph, path=path, title=f"{label}（{hops}跳）")
    status = _stand_in(engine, name, label) + note(f"已生成 {path.name}：{G.number_of_nodes()} 个节点，{G.number_of_edges()} 条关系。", "ok")
    return str(path), str(path) if suffix == "png" else None, status


def briefing_file(engine: Engine, name: str, hops: int | str, fmt: str, *, folder: Path) -> tuple[str, str, str]:
    """A briefing on entity ``name`` as ``fmt`` (``Word``, ``PDF`` or ``HTML``; see :mod:`webui.briefing`).

    Returns (path, the picture's PNG path for the preview, status).
    """
    if not (name or "").strip():
        raise EntityNotFound("No entity name given; type a name or pick one of the suggestions in the Graph tab")
    holder = engine.holding(name.strip())
    b = make_briefing(holder, name.strip(), hops=int(hops))
    stem = f"简报-{_stem(b.entity, int(hops))}"
    path = write_briefing(b, fmt if fmt in BRIEFING_FORMATS else "HTML", Path(folder), stem)
    picture = Path(folder) / f"{stem}.png"
    picture.write_bytes(b.picture)
    status = _stand_in(holder, name, b.entity) + note(f"已生成 {path.name}：摘要 {len(b.summary)} 句，主要事实 {len(b.facts)} 条，来源 {len(b.sources)} 段。", "ok")
    return str(path), str(picture), status


def targets_file(engine: Engine, plan: str | None, chapter: str | None, fmt: str, *, folder: Path) -> tuple[str, str]:
    """A plan's (or one chapter's) targets and indicators as ``fmt`` (``Excel`` or ``CSV``): (path, status)."""
    plan = _scope(plan) or (engine.plan_ids[0] if len(engine.plan_ids) == 1 else None)
    if not plan:
        raise EntityNotFound("No plan chosen")
    title = plan_title(engine, plan)
    table = target_table(engine, plan, chapter or None, plan_title=title)
    stem = _stem(table.title.replace(" · ", "-"))
    path = write_table(table, fmt if fmt in TABLE_FORMATS else "Excel", Path(folder), stem)
    return str(path), note(f"已生成 {path.name}：{len(table.rows)} 行。", "ok")


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


def _cell(value: str) -> str:
    """A result cell: an IRI readably, an ontology term with its Chinese name (``园区（pk:Park）``).

    Examples
    --------
    >>> _cell("https://plankg.org/ontology#Park"), _cell("文字")
    ('园区（pk:Park）', '文字')
    """
    term = readable_term(value)
    if term.startswith("pk:") and (zh := zh_term(term[3:])) != term[3:]:
        return f"{zh}（{term}）"
    return term


def sparql_view(engine: Engine, query: str, timeout: float | str = 10, plan: str | None = None) -> tuple[dict, str, str]:
    """Run a read-only query: (table value, Turtle text for CONSTRUCT/DESCRIBE, status).

    An engine serving every plan runs it over all of them, whatever ``plan`` (the scope)
    says; over many plans (a PlanSet) it runs over the scoped plan's graph and is refused
    without a scope.

    Table cells show IRIs readably (:func:`readable_term`); the CLI's
    ``plankg sparql --json`` gives them raw.
    """
    if not (query or "").strip():
        raise QueryError("The query is empty; pick an example query or type a SELECT")
    scoped = _scope(plan)
    r = (engine.over([scoped]) if scoped else engine).sparql(query, timeout=float(timeout))
    table: dict[str, Any] = {"headers": ["结果"], "data": []}
    if r.kind == "SELECT":
        table = {"headers": r.columns or ["（无列）"], "data": [[_cell(v) for v in row] for row in r.rows]}
        summary = f"共 {r.rows_total or len(r.rows)} 行" + (f"（显示前 {len(r.rows)} 行）" if r.truncated else "")
    elif r.kind == "ASK":
        table = {"headers": ["ASK"], "data": [["是" if r.boolean else "否"]]}
        summary = f"ASK 结果：{'是' if r.boolean else '否'}"
    else:
        summary = f"{r.kind}：{r.rows_total} 个三元组" + ("（已截断）" if r.truncated else "")
    return table, r.turtle or "", note(f"{summary}，用时 {r.elapsed:.2f} 秒。", "ok")


# ----------------------------------------------------------------- plans


def _progress_html(step: BuildStep, log_lines: list[str]) -> str:
    pct = int(100 * step.done / step.total) if step.total else 0
    lines = "".join(f"<li>{html.escape(x)}</li>" for x in log_lines)
    return (
        f'<div class="pk-progress pk-note pk-note-info" role="status">正在构建：{html.escape(step.stage)}（{pct}%）'
        f'<progress max="100" value="{pct}"></progress><ol>{lines}</ol></div>'
    )


def upload_plan(library: PlanLibrary, file: str | None) -> Iterator[str | PlanInfo]:
    """Add an uploaded plan, yielding the progress HTML after each build stage and finally the new :class:`PlanInfo`.

    Raises ``KGQAError`` (bad file, not a plan) after cleaning up; nothing already built is touched.
    """
    done: list[str] = []
    for step in library.add_steps(file):
        if isinstance(step, PlanInfo):
            yield step
            return
        if not done or done[-1] != step.stage:
            done.append(step.stage)
        yield _progress_html(step, done)


def uploaded_message(plan: PlanInfo) -> str:
    """What the app says of a plan just loaded — and, for a new version of a served plan, that both are kept."""
    done = f"《{plan.title}》已载入（{plan.summary}），可以在「问答」页提问了。"
    if plan.revises is None:
        return done
    old = plan.revises
    return done + (f"它与已载入的《{old.title}》（{old.summary}）大部分段落相同，有 {plan.changed} 段不同，"
                   "已作为新版本另行载入，旧版本保留：两者可在「对比」页比较；不再需要旧版本时，可在下方删除。")


def removal_question(library: PlanLibrary, plan_id: str | None) -> str:
    """What the app asks before removing ``plan_id`` (one click must not delete a build); raises ``KGQAError``
    at once for a removal that would be refused (none chosen, the last plan), so nothing is confirmed in vain."""
    if not plan_id:
        raise KGQAError("没有选择要删除的规划。")
    plan = library.removable(plan_id)
    # An upload's file lives in the build folder and goes with it; a plan built from the command line (the
    # embedded one) keeps its source file, so it can be built again — but only from the command line.
    what = ("它的构建结果和上传的文件都将被删除，无法恢复。" if plan.uploaded else
            "这是内置规划（不是从本页上传的）：应用将不再提供它，它的构建结果（知识图谱和检索索引）将被删除，"
            "原文件不会删除。删除后无法在本页恢复；如需恢复，请管理员用命令 plankg build 重新构建它，再重启应用。")
    return note(f"确定删除《{plan.title}》吗？{what}请点击「确认删除」，或点击「取消」保留它。", "warn")


def remove_plan(library: PlanLibrary, plan_id: str | None) -> str:
    """Remove a plan from the app (its builds and uploaded file): the status message."""
    if not plan_id:
        raise KGQAError("没有选择要删除的规划。")
    removed = library.remove(plan_id)
    return note(f"已删除《{removed.title}》。", "ok")


# ----------------------------------------------------------------- wiring


def _fail(fn: Callable, inputs: tuple, error: BaseException) -> str:
    """The message for a failed handler: Chinese for a ``KGQAError``, else logged and generic."""
    if isinstance(error, KGQAError):
        return note(zh_message(error), "warn")
    log.error("%s failed on %r", fn.__name__, inputs, exc_info=error)
    return note(zh_message(error), "error")


def _guarded(fn: Callable, engine: Any, n_out: int, **options: Any) -> Callable:
    """``fn(engine, *inputs)`` whose failures become a Chinese message in its last output.

    ``engine`` is an ``Engine`` or a :class:`PlanLibrary` (its current engine is
    used at each call, so an upload is seen at once). The other outputs keep
    their values (``gr.skip()``).
    """

    def run(*inputs):
        current = engine.engine if isinstance(engine, PlanLibrary) else engine
        try:
            return fn(current, *inputs, **options)
        except Exception as e:
            message = _fail(fn, inputs, e)
        return (*[gr.skip()] * (n_out - 1), message)

    run.__name__ = fn.__name__
    return run


# Sets <html lang="zh-CN"> (Gradio sets it to the browser's locale).
_PAGE_JS = """
() => {
  const zh = () => { if (document.documentElement.lang !== 'zh-CN') document.documentElement.lang = 'zh-CN'; };
  zh();
  new MutationObserver(zh).observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
}
"""
# The reading pane hears every 「在原文中阅读」 click on the page (answers, facts) and asks the server for the passage.
_READER_JS = """
document.addEventListener('click', (e) => {
  const b = e.target.closest('button.pk-read');
  if (!b) return;
  e.preventDefault();
  trigger('select', {cite: b.value});
  // A source opened from another tab (the Graph tab's facts): show the pane where it opens.
  if (!element.offsetParent) document.querySelector('#pk-tabs [role=tab][data-tab-id=chat]')?.click();
}, true);
"""
_SCROLL_TO_CITED = "() => { const p = document.getElementById('pk-cited'); if (p) p.scrollIntoView({block: 'center'}); }"


class _App(gr.Blocks):
    """The plankg Blocks: launches with its theme, CSS, Chinese page settings and no developer footer."""

    def launch(self, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("css", CSS)
        kwargs.setdefault("theme", gr.themes.Default(font=[gr.themes.LocalFont("Source Sans Pro"), *_THEME_FONTS]))
        kwargs.setdefault("js", _PAGE_JS)
        # Staff have no use for "Use via API", "Built with Gradio" or the settings page.
        kwargs.setdefault("footer_links", [])
        # A backstop above the app's own (Chinese) size check in PlanLibrary.
        kwargs.setdefault("max_file_size", 4 * MAX_UPLOAD_BYTES)
        # Gradio probes its own local URL with 3-second requests and refuses to start when they time out,
        # which a busy 2-core machine can cause; the server binds 127.0.0.1 itself, so skip that probe
        # (callers that need the page up wait for it, as tools/screenshots.start_app does).
        kwargs.setdefault("_frontend", False)
        return super().launch(*args, **kwargs)


def build_ui(engine: Engine, *, home: Path | None = None) -> gr.Blocks:
    """The app over ``engine`` (plans uploaded go into ``home``, default: where ``engine``'s builds are); call ``.launch()``."""
    library = PlanLibrary(engine, home)
    gr.set_static_paths([CYTOSCAPE_DIR])
    folder = Path(tempfile.mkdtemp(prefix="plankg-ui-"))
    with _App(title="规划知识图谱问答", analytics_enabled=False) as demo:
        with gr.Row(elem_id="pk-header"):
            gr.Markdown("## 规划知识图谱问答", elem_id="pk-title")
            scope = gr.Dropdown(
                _scope_choices(library), value=ALL_PLANS, label="提问范围", elem_id="pk-scope", scale=2,
            )
        # "wrap": at phone width every tab stays on the bar (a second row), none hides behind "⋯".
        with gr.Tabs(elem_id="pk-tabs", overflow_behavior="wrap"):
            with gr.Tab("问答", id="chat"):
                intro, examples = _chat_tab(library, scope)
            with gr.Tab("图谱", id="graph"):
                centre_label, hops = _graph_tab(library)
            with gr.Tab("交叉引用", id="xref"):
                _xref_tab(library, scope)
            with gr.Tab("简报与导出", id="export"):
                target_plan = _export_tab(library, centre_label, hops, folder)
            with gr.Tab("规划管理", id="plans"):
                plan_views = [intro, scope, target_plan, *examples]
                plans_tab_views = _plans_tab(library, plan_views)
            with gr.Tab("SPARQL", id="sparql"):
                _sparql_tab(library, scope)
            # Further views come from their own webui modules, each hooked in here.
            with gr.Tab("对比", id="compare") as compare_page:
                compare_tab(library, _guarded, compare_page)
        # A page shows the plans served now, not those of the server's start (an upload in another
        # session changes them); this also sets up the session's server state when the page loads
        # (Gradio builds every component's config for it, ~25 ms) instead of at the first question.
        demo.load(lambda: _plan_updates(library), None, [*plans_tab_views, *plan_views], queue=False, show_progress="hidden")
    return demo


def _scope_choices(library: PlanLibrary) -> list[tuple[str, str]]:
    return [(ALL_PLANS, ALL_PLANS), *plan_menu(library.plans())]


def _refreshed(library: PlanLibrary) -> list:
    """New values for everything that shows the plan list: intro, scope, target plan, example buttons."""
    plans, engine = library.plans(), library.engine
    questions = example_questions(engine)
    return [
        intro_html(plans),
        gr.update(choices=_scope_choices(library), value=ALL_PLANS),
        gr.update(choices=plan_menu(plans), value=plans[0].plan_id if plans else None),
        *(gr.update(value=q, visible=True) for q in questions),
        *(gr.update(visible=False) for _ in range(_EXAMPLE_BUTTONS - len(questions))),
    ]


def _chat_tab(library: PlanLibrary, scope: gr.Dropdown) -> tuple[gr.HTML, list[gr.Button]]:
    engine = library.engine
    intro = gr.HTML(intro_html(library.plans()), elem_id="pk-intro")
    with gr.Row(elem_id="pk-examples"):
        gr.Markdown("**示例问题**（点击即问）：")
        questions = example_questions(engine)
        examples = [gr.Button(q, size="sm", visible=True) for q in questions]
        examples += [gr.Button("", size="sm", visible=False) for _ in range(_EXAMPLE_BUTTONS - len(questions))]
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            chat = gr.Chatbot(label="问答", height=480, latex_delimiters=[], elem_id="pk-chat", feedback_options=None)
            with gr.Row():
                msg = gr.Textbox(label="问题", placeholder=f"输入问题，例如：{questions[0] if questions else '本规划有几篇？'}", show_label=False, scale=8, elem_id="pk-question")
                send = gr.Button("提问", variant="primary", scale=1, min_width=80, elem_id="pk-ask")
            status = gr.HTML(elem_id="pk-chat-status")
        with gr.Column(scale=2, min_width=300):
            reader = gr.HTML(READER_HINT, label="阅读窗格", elem_id="pk-reader", js_on_load=_READER_JS)
    reply, outputs = _guarded(chat_reply, library, 3), [chat, msg, status]
    # Answering only reads the engine and takes milliseconds: chat events skip Gradio's queue (one
    # POST per answer instead of a queue join, an event stream and progress messages; the server's
    # CPU per answer fell by a third) and run side by side on the server's worker threads — the
    # queue's default of one at a time made 20 sessions wait 1.4–3.7 s. See docs/deployment.md.
    send.click(reply, [msg, chat, scope], outputs, queue=False)
    msg.submit(reply, [msg, chat, scope], outputs, queue=False)
    for button in examples:
        button.click(reply, [button, chat, scope], outputs, queue=False)
    read = _guarded(read_source, library, 1)

    def on_read(evt: gr.EventData):
        return read(getattr(evt, "cite", ""))

    # A source opened from an answer is read like the answer: outside the queue.
    reader.select(on_read, None, reader, queue=False).then(None, None, None, js=_SCROLL_TO_CITED)
    return intro, examples


def _graph_tab(library: PlanLibrary) -> tuple[gr.State, gr.Radio]:
    engine = library.engine
    # The most-cited names as choices (any other name can be typed): with many plans a full
    # list would make every page load carry tens of thousands of names.
    names = engine.suggest("", limit=MAX_SUGGESTIONS)
    start = _default_entity(engine)
    first = graph_view(engine, start, 1) if start else ("", "", "", "", "")
    with gr.Row():
        entity = gr.Dropdown(names, value=start, label="实体（可输入名称搜索）", allow_custom_value=True, filterable=True, scale=4, elem_id="pk-entity")
        hops = gr.Radio([1, 2, 3], value=1, label="跳数", scale=2, elem_id="pk-hops")
        show = gr.Button("显示", variant="primary", scale=1, min_width=80, elem_id="pk-show")
    status = gr.HTML(elem_id="pk-graph-status")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            view = gr.HTML(
                first[0], elem_id="pk-graph", js_on_load=GRAPH_JS, min_height=200,
                head=f'<script src="/gradio_api/file={CYTOSCAPE_JS}"></script>',
            )
        with gr.Column(scale=2, min_width=300):
            recentre = gr.Button("以选中节点为中心", size="sm", elem_id="pk-recentre")
            facts = gr.HTML(first[1], elem_id="pk-facts", max_height=720)
    centre, selected, centre_label = gr.State(first[2]), gr.State(""), gr.State(first[3])
    draw, pick = _guarded(graph_view, library, 5), _guarded(pick_node, library, 3)
    outputs = [view, facts, centre, centre_label, status]
    show.click(draw, [entity, hops], outputs)
    entity.select(draw, [entity, hops], outputs)
    hops.change(lambda node, n: draw(node, n) if node else [gr.skip()] * 5, [centre, hops], outputs)
    recentre.click(draw, [selected, hops], outputs)

    def on_pick(evt: gr.EventData):
        return pick(getattr(evt, "node", ""))

    view.select(on_pick, None, [facts, selected, status])
    return centre_label, hops


def _xref_tab(library: PlanLibrary, scope: gr.Dropdown) -> None:
    with gr.Row():
        phrase = gr.Textbox(label="实体或任意词语", placeholder="例如：零陵古城", scale=5, elem_id="pk-phrase")
        find = gr.Button("查找", variant="primary", scale=1, min_width=80, elem_id="pk-find")
    status, out = gr.HTML(), gr.HTML(elem_id="pk-xref")
    xref = _guarded(xref_view, library, 2)
    find.click(xref, [phrase, scope], [out, status])
    phrase.submit(xref, [phrase, scope], [out, status])


def _export_tab(library: PlanLibrary, centre_label: gr.State, graph_hops: gr.Radio, folder: Path) -> gr.Dropdown:
    engine = library.engine
    plans = library.plans()
    gr.Markdown("为图谱页当前实体生成**简报**（交给领导的一页材料：摘要、关系图、主要事实、来源），或下载它的邻域；也可下载一份规划或一章的**目标与指标表**。")
    with gr.Row(equal_height=False):
        with gr.Column():
            with gr.Row():
                entity = gr.Textbox(label="实体", scale=3, elem_id="pk-ex-entity", value=centre_label.value)
                hops = gr.Radio([1, 2, 3], value=1, label="跳数", scale=2, elem_id="pk-ex-hops")
            brief_fmt = gr.Radio(list(BRIEFING_FORMATS), value="Word", label="简报格式", elem_id="pk-br-format")
            brief = gr.Button("生成简报", variant="primary", elem_id="pk-br-go")
            fmt = gr.Radio(list(EXPORT_FORMATS), value="PNG 图片", label="邻域下载格式", elem_id="pk-ex-format")
            go = gr.Button("下载邻域", elem_id="pk-ex-go")
            gr.Markdown("**目标与指标表**")
            with gr.Row():
                plan = gr.Dropdown(plan_menu(plans), value=plans[0].plan_id if plans else None, label="规划", elem_id="pk-tg-plan", scale=3)
                chapter = gr.Dropdown(_chapter_choices(engine, plans[0].plan_id if plans else None), value="", label="章（留空为整份规划）", elem_id="pk-tg-chapter", scale=3)
            table_fmt = gr.Radio(list(TABLE_FORMATS), value="Excel", label="表格格式", elem_id="pk-tg-format")
            table = gr.Button("下载目标与指标", elem_id="pk-tg-go")
            status = gr.HTML(elem_id="pk-ex-status")
            file = gr.File(label="下载", interactive=False, elem_id="pk-ex-file")
        with gr.Column():
            preview = gr.Image(label="预览", interactive=False, type="filepath", height=560, elem_id="pk-ex-preview")
    outputs = [file, preview, status]
    go.click(_guarded(export_file, library, 3, folder=folder), [entity, hops, fmt], outputs)
    brief.click(_guarded(briefing_file, library, 3, folder=folder), [entity, hops, brief_fmt], outputs)
    table.click(_guarded(targets_file, library, 2, folder=folder), [plan, chapter, table_fmt], [file, status])
    plan.change(lambda p: gr.update(choices=_chapter_choices(library.engine, p), value=""), plan, chapter)
    centre_label.change(lambda label, n: (label, n), [centre_label, graph_hops], [entity, hops])
    return plan


def _chapter_choices(engine: Engine, plan: str | None) -> list[tuple[str, str]]:
    if not plan or plan not in engine.plan_ids:
        return [("整份规划", "")]
    return [("整份规划", ""), *chapters(engine, plan)]


def _plans_tab(library: PlanLibrary, dependents: list) -> list:
    """The 规划管理 tab; returns its plan list and removal menu (refreshed with ``dependents`` as plans change)."""
    kinds = SUPPORTED  # the formats a plan comes in (.doc/.wps and the long spellings are taken too, not advertised)
    gr.Markdown(
        f"上传一份规划（{kinds}，不超过 {MAX_UPLOAD_BYTES // 1048576} MB），系统会解析篇章结构、抽取实体与指标、建立索引，"
        "完成后即可在「问答」页提问。已载入的规划不受影响。"
    )
    listing = gr.HTML(plans_html(library.plans()), elem_id="pk-plan-list")
    with gr.Row(equal_height=False):
        with gr.Column():
            # A button, not a drop zone: Gradio's drop zone speaks the browser's language, the button our label.
            # No file_types: Gradio would refuse other types with an English message; PlanLibrary says it in Chinese.
            upload = gr.UploadButton(
                "选择规划文件，上传并构建", file_count="single", type="filepath", variant="primary", elem_id="pk-upload",
            )
        with gr.Column():
            removable = gr.Dropdown(_removable(library), value=None, label="要删除的规划", elem_id="pk-remove-plan")
            remove = gr.Button("删除所选规划", variant="stop", elem_id="pk-remove")
            # Asked in the page, not by the browser's confirm(), whose buttons speak the browser's language.
            with gr.Row(visible=False, elem_id="pk-remove-ask") as ask:
                confirm = gr.Button("确认删除", variant="stop", elem_id="pk-remove-confirm")
                cancel = gr.Button("取消", elem_id="pk-remove-cancel")
    pending = gr.State(None)  # the plan asked about: the one deleted on 确认, whatever the menu shows by then
    status = gr.HTML(elem_id="pk-plan-status")
    outputs = [status, listing, removable, *dependents]
    n_rest = len(outputs) - 1

    def on_upload(file):
        try:
            for step in upload_plan(library, file):
                if isinstance(step, PlanInfo):
                    yield note(uploaded_message(step), "ok"), *_plan_updates(library)
                else:
                    yield step, *[gr.skip()] * n_rest
        except Exception as e:
            yield _fail(upload_plan, (file,), e), *[gr.skip()] * n_rest

    def on_ask(plan_id):
        try:
            return removal_question(library, plan_id), gr.update(visible=True), plan_id
        except Exception as e:
            return _fail(removal_question, (plan_id,), e), gr.update(visible=False), None

    def on_remove(plan_id):
        hide = [gr.update(visible=False), None]
        try:
            message = remove_plan(library, plan_id)
        except Exception as e:
            return *hide, _fail(remove_plan, (plan_id,), e), *[gr.skip()] * n_rest
        return *hide, message, *_plan_updates(library)

    def on_cancel(plan_id):
        kept = f"已取消，《{library.title(plan_id)}》仍保留。" if plan_id else "已取消。"
        return gr.update(visible=False), None, note(kept, "info")

    upload.upload(on_upload, upload, outputs)
    remove.click(on_ask, removable, [status, ask, pending])
    confirm.click(on_remove, pending, [ask, pending, *outputs])
    cancel.click(on_cancel, pending, [ask, pending, status])
    return [listing, removable]


def _removable(library: PlanLibrary) -> list[tuple[str, str]]:
    return plan_menu(library.plans())


def _plan_updates(library: PlanLibrary) -> list:
    return [plans_html(library.plans()), gr.update(choices=_removable(library), value=None), *_refreshed(library)]


def _sparql_tab(library: PlanLibrary, scope: gr.Dropdown) -> None:
    first = next(iter(EXAMPLE_QUERIES))
    with gr.Row():
        example = gr.Dropdown(list(EXAMPLE_QUERIES), value=first, label="示例查询", scale=3, elem_id="pk-sparql-example")
        timeout = gr.Slider(1, 60, value=10, step=1, label="时限（秒）", scale=2)
    query = gr.Code(
        EXAMPLE_QUERIES[first], language="sql", lines=10, interactive=True, elem_id="pk-query",
        label="SPARQL 查询（只读；已绑定前缀 pk: skos: prov: rdfs: rdf: xsd: owl:）",
    )
    run = gr.Button("运行", variant="primary", elem_id="pk-run")
    status = gr.HTML(elem_id="pk-sparql-status")
    # An empty table headed in words, not Gradio's placeholder columns 1, 2, 3.
    table = gr.Dataframe({"headers": ["运行查询后，结果显示在这里"], "data": []}, label="查询结果", interactive=False, wrap=True, elem_id="pk-results")
    with gr.Accordion("CONSTRUCT / DESCRIBE 结果（Turtle）", open=False):
        turtle = gr.Code(language="markdown", show_label=False, interactive=False)
    example.change(lambda key: EXAMPLE_QUERIES[key] if key in EXAMPLE_QUERIES else gr.skip(), example, query)
    run.click(_guarded(sparql_view, library, 3), [query, timeout, scope], [table, turtle, status])
