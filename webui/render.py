"""HTML for the app: answers with numbered citations, facts panels, cross-references — all in Chinese.

Everything the plan says is escaped before it reaches the page; matched
words are wrapped in ``<mark>`` after escaping. The fragments carry no blank
lines, so Gradio's Markdown renderer (the Chatbot) passes them through as one
HTML block. Each source carries a 「在原文中阅读」 button (its ``value`` is
``plan|paragraph``; the Chatbot's sanitiser keeps ``value``, not ``data-*``) that
opens it in the reading pane (:mod:`webui.reader`).
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Iterable

from qa.answer import Answer, Citation
from qa.index.kb import plan_of

from .graphview import type_colour
from .terms import quantity_text, zh_term

if TYPE_CHECKING:
    from qa.engine import Engine

__all__ = [
    "CSS",
    "note",
    "highlight",
    "citation_html",
    "source_path",
    "answer_html",
    "xref_html",
    "ink",
    "plan_title",
    "node_facts",
    "facts_html",
    "numbered_sources",
]

_CJK = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif'
# Machine forms (``baseNumber`` …) repeat the printed values (``baseValue`` …) shown beside them.
# plan_sources: a shared place's paragraph ids per plan (internal; its plans are named under "plan_titles").
_SKIPPED_ATTRS = frozenset({"type", "label", "aliases", "sources", "plan_sources", "quantities", "text", "line", "order", "baseNumber", "targetNumber", "growthNumber"})
_HIDDEN_EDGES = frozenset({"inPlan", "mentions", "hasQuantity"})
_MAX_RELATIONS = 40
_MAX_SOURCES = 10

#: Styles of the app's fragments (passed to ``launch(css=…)``); the phone-width rules keep tabs and tables usable.
CSS = f"""
.pk-answer, .pk-facts, .pk-xref, .pk-graph-box, .pk-reader, .pk-intro, .pk-plans {{ font-family: {_CJK}; line-height: 1.6; }}
.pk-answer {{ border-left: 4px solid #2e7d32; padding: 4px 10px; }}
.pk-notfound {{ border-left-color: #ef6c00; background: #fff3e0; color: #4e342e; }}
.pk-banner {{ font-weight: 600; color: #e65100; margin-bottom: 4px; }}
.pk-understood {{ font-size: 0.85em; color: #666; }}
.pk-items {{ margin: 4px 0 8px 1.4em; }}
.pk-ref {{ font-family: monospace; font-size: 0.8em; color: #555; }}
sup.pk-mark {{ color: #1565c0; font-weight: 600; margin-left: 1px; }}
.pk-cites-title {{ font-weight: 600; margin-top: 6px; }}
.pk-notfound .pk-cites-title {{ color: #e65100; }}
details.pk-cite {{ border: 1px solid #ddd; border-radius: 6px; margin: 4px 0; padding: 2px 8px; background: #fafafa; }}
details.pk-cite summary {{ cursor: pointer; font-size: 0.9em; }}
.pk-num {{ color: #1565c0; font-weight: 700; margin-right: 4px; }}
.pk-passage {{ margin: 6px 0; white-space: pre-wrap; }}
button.pk-read {{ font-size: 0.85em; border: 1px solid #90caf9; background: #e3f2fd; border-radius: 4px; padding: 1px 8px; cursor: pointer; margin-bottom: 4px; }}
mark {{ background: #ffe082; color: inherit; padding: 0 1px; }}
.pk-note {{ padding: 6px 10px; border-radius: 6px; margin: 4px 0; }}
.pk-note-warn {{ background: #fff3e0; border: 1px solid #ffb74d; color: #5d4037; }}
.pk-note-error {{ background: #ffebee; border: 1px solid #e57373; color: #b71c1c; }}
.pk-note-info {{ background: #e3f2fd; border: 1px solid #64b5f6; }}
.pk-note-ok {{ background: #e8f5e9; border: 1px solid #81c784; }}
.pk-progress progress {{ width: 100%; height: 14px; }}
.pk-type {{ border-radius: 4px; padding: 0 6px; font-size: 0.8em; margin-left: 6px; }}
.pk-facts dt {{ font-weight: 600; margin-top: 4px; }}
.pk-facts dd {{ margin-left: 1.2em; }}
.pk-table-wrap {{ overflow-x: auto; max-width: 100%; }}
.pk-xref table, .pk-plans table, .pk-intro table {{ border-collapse: collapse; margin: 6px 0; }}
.pk-xref td, .pk-xref th, .pk-plans td, .pk-plans th, .pk-intro td, .pk-intro th {{ border: 1px solid #ddd; padding: 2px 8px; text-align: left; }}
.pk-graph-tools {{ display: flex; gap: 6px; flex-wrap: wrap; margin-bottom: 4px; }}
.pk-graph-tools input {{ flex: 1 1 160px; padding: 4px 8px; border: 1px solid #bbb; border-radius: 4px; }}
.pk-graph-tools button {{ min-width: 40px; border: 1px solid #bbb; border-radius: 4px; background: #f5f5f5; cursor: pointer; }}
.pk-cy {{ width: 100%; height: 600px; border: 1px solid #e0e0e0; border-radius: 6px; background: #fff; }}
.pk-legend label {{ display: inline-block; margin-right: 12px; font-size: 0.9em; cursor: pointer; }}
.pk-legend i {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin: 0 4px; vertical-align: middle; }}
.pk-reader {{ border: 1px solid #ddd; border-radius: 6px; padding: 6px 12px; max-height: 640px; overflow-y: auto; background: #fffdf7; }}
.pk-reader-empty {{ color: #666; }}
.pk-reader-plan {{ font-size: 0.85em; color: #555; }}
.pk-reader-path {{ font-size: 0.9em; margin: 4px 0; }}
.pk-reader-cited {{ background: #fff3c4; border-left: 4px solid #f9a825; padding: 2px 6px; }}
.pk-intro h3 {{ margin: 4px 0; }}
@media (max-width: 640px) {{
  .pk-cy {{ height: 460px; }}
}}
"""


def note(text: str, level: str = "info") -> str:
    """A status message box (``info``, ``ok``, ``warn`` or ``error``).

    Examples
    --------
    >>> note("没有与「<x>」匹配的实体", "warn")
    '<div class="pk-note pk-note-warn" role="status">⚠ 没有与「&lt;x&gt;」匹配的实体</div>'
    """
    icon = {"warn": "⚠ ", "error": "✖ ", "ok": "✔ "}.get(level, "")
    return f'<div class="pk-note pk-note-{level}" role="status">{icon}{html.escape(text)}</div>'


def highlight(text: str, words: Iterable[str]) -> str:
    """``text`` escaped for HTML, with every occurrence of ``words`` in ``<mark>``.

    Longer words win where they overlap; words shorter than two characters are ignored.

    Examples
    --------
    >>> highlight("建设<新材料>产业园和产业链", ["产业园", "产业", "新材料"])
    '建设&lt;<mark>新材料</mark>&gt;<mark>产业园</mark>和<mark>产业</mark>链'
    """
    terms = sorted({w for w in words if w and len(w.strip()) >= 2}, key=len, reverse=True)
    if not terms:
        return html.escape(text)
    pattern = re.compile("|".join(map(re.escape, terms)))
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [html.escape(text[last : m.start()]), f"<mark>{html.escape(m.group())}</mark>"]
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def citation_html(c: Citation, *, marks: Iterable[str] = (), open_: bool = False, plan: str | None = None, number: int | None = None) -> str:
    """One source as a collapsible block: ``[n] 篇 / 章 / 节 / 专栏`` over the passage, with a 「在原文中阅读」 button.

    ``plan`` names the plan after the path (its title). The paragraph id is kept only in the button's value.

    Examples
    --------
    >>> out = citation_html(Citation("ch01-p01", "正文", chapter="第1章 总则", plan="p1"), number=2)
    >>> '<span class="pk-num">[2]</span>' in out, 'value="p1|ch01-p01"' in out
    (True, True)
    """
    where = html.escape(source_path(c))
    if plan:
        where += f' <span class="pk-ref">《{html.escape(plan)}》</span>'
    num = f'<span class="pk-num">[{number}]</span>' if number is not None else ""
    cite = html.escape(f"{c.plan or ''}|{c.id}")
    return (
        # The paragraph id is for the app (the button's link to the reading pane), never text a reader sees.
        f'<details class="pk-cite"{" open" if open_ else ""}><summary>{num}{where}</summary>'
        f'<div class="pk-passage">{highlight(c.text, marks)}</div>'
        f'<button type="button" class="pk-read" value="{cite}">在原文中阅读</button></details>'
    )


def source_path(c: Citation) -> str:
    """Where a cited paragraph sits as a person reads it (篇 / 章 / 节 / 专栏), for the chat and every export alike;
    the paragraph id (ch04-s1-p03) is the app's, never printed.

    >>> source_path(Citation("ch04-s1-p03", "正文", chapter="第四章 产业", section="第一节 园区"))
    '第四章 产业 / 第一节 园区'
    >>> source_path(Citation("p01", "前言正文"))
    '前言或附录'
    """
    return c.path or "前言或附录"


def numbered_sources(answer: Answer) -> list[Citation]:
    """The answer's distinct cited paragraphs in order: source ``[n]`` is item ``n - 1`` of this list.

    Examples
    --------
    >>> a, b = Citation("p1", "甲"), Citation("p2", "乙")
    >>> [c.id for c in numbered_sources(Answer("q", "答", citations=[a, b, a]))]
    ['p1', 'p2']
    """
    unique: dict[tuple, Citation] = {}
    for c in [*answer.citations, *(i.citation for i in answer.items if i.citation is not None)]:
        unique.setdefault((c.plan, c.id), c)  # an answer may cite one paragraph for several items
    return list(unique.values())


def _marker(n: int) -> str:
    return f'<sup class="pk-mark">[{n}]</sup>'


def answer_html(
    answer: Answer, *, marks: Iterable[str] = (), understood_as: str | None = None, plan_titles: dict[str, str] | None = None
) -> str:
    """An answer for the chat: the text and items with numbered markers, then the numbered sources.

    ``plan_titles`` maps the plans in scope to their titles; with more than one, every source names its plan.

    Each marker ``[n]`` points at source ``[n]`` below; a not-found (or refused)
    answer gets a ⚠ banner and a different background, and its passages are
    labelled as hints, not evidence.

    Examples
    --------
    >>> a = Answer("q", "规划中未找到明确内容。", False, citations=[Citation("ch01-p01", "示例文字", chapter="第一章")])
    >>> out = answer_html(a, marks=["示例"])
    >>> "pk-notfound" in out, "提示" in out, "<mark>示例</mark>" in out
    (True, True, True)
    """
    marks, e = list(marks), html.escape
    found = answer.found
    sources = numbered_sources(answer)
    number = {(c.plan, c.id): i for i, c in enumerate(sources, 1)}
    out = [f'<div class="pk-answer{"" if found else " pk-notfound"}">']
    if not found:
        out.append(f'<div class="pk-banner">⚠ {"无法提问" if answer.kind == "refused" else "规划中未找到明确答案"}</div>')
    if understood_as:
        out.append(f'<div class="pk-understood">按上文理解为：{e(understood_as)}</div>')
    # Sources no item carries back the answer text itself.
    itemised = {(i.citation.plan, i.citation.id) for i in answer.items if i.citation is not None}
    text_marks = "".join(_marker(number[(c.plan, c.id)]) for c in sources if (c.plan, c.id) not in itemised) if found else ""
    out.append(f'<p class="pk-text">{e(answer.answer)}{text_marks}</p>')
    if answer.items:
        lis = []
        for item in answer.items:
            li = f"<b>{e(item.label)}</b>"
            if item.detail:
                li += f"（{e(item.detail)}）"
            if item.citation is not None:
                li += _marker(number[(item.citation.plan, item.citation.id)])
            lis.append(f"<li>{li}</li>")
        out.append(f'<ol class="pk-items">{"".join(lis)}</ol>')
    if sources:
        title = "来源（点开查看原文）" if found else "提示：相关段落（不是答案的依据）"
        out.append(f'<div class="pk-cites-title">{title}</div>')
        titles = plan_titles or {}
        # Name the plan when the sources span plans, or when several plans could have answered (``plan_titles``
        # holds those in scope): one cited 「第3章 / 专栏1」 does not say which of them it is in.
        multi = len({c.plan for c in sources}) > 1 or len(titles) > 1
        out += [
            citation_html(c, marks=marks, plan=(titles.get(c.plan or "") or c.plan) if multi else None, number=i)
            for i, c in enumerate(sources, 1)
        ]
    out.append("</div>")
    return "".join(out)


def xref_html(answer: Answer, *, marks: Iterable[str] = ()) -> str:
    """A cross-reference answer: counts per chapter in a table, then the passages grouped by chapter."""
    marks = [*marks, *answer.highlights]
    if not answer.found:
        return answer_html(answer, marks=marks)
    rows = "".join(
        f"<tr><td>{html.escape(i.label)}</td><td>{html.escape(i.detail or '')}</td></tr>" for i in answer.items
    )
    out = [
        f'<div class="pk-xref"><p>{html.escape(answer.answer)}</p>',
        f'<div class="pk-table-wrap"><table><tr><th>章（提及次数）</th><th>节 / 专栏</th></tr>{rows}</table></div>',
    ]
    groups: dict[str, list[Citation]] = defaultdict(list)
    for c in answer.citations:
        groups[c.chapter or c.part or "前言/附录"].append(c)
    for chapter, cites in groups.items():
        out.append(f"<h4>{html.escape(chapter)}</h4>")
        out += [citation_html(c, marks=marks, open_=True) for c in cites]
    shown = len(answer.citations)
    total = sum(int(m.group(1)) for i in answer.items if (m := re.search(r"（(\d+)处）", i.label)))
    if total > shown:
        out.append(f"<p><i>仅显示前 {shown} 段，共 {total} 处。</i></p>")
    out.append("</div>")
    return "".join(out)


# ----------------------------------------------------------------- entity facts


def plan_title(engine: Engine, plan: str | None) -> str | None:
    """The title of plan ``plan`` as the document gives it (the label of its plan node)."""
    return engine.plan_titles.get(plan, plan) if plan else plan


def node_facts(engine: Engine, node: str) -> dict[str, Any]:
    """What the graph says about ``node``, named in Chinese: type, plan title, quantities, attributes, relations, sources."""
    kb, G = engine.kb, engine.G
    a = G.nodes[node]
    t = str(a.get("type") or "")
    relations = []
    for u, v, key, data in [*G.out_edges(node, keys=True, data=True), *G.in_edges(node, keys=True, data=True)]:
        other = v if u == node else u
        if key in _HIDDEN_EDGES or G.nodes[other].get("type") in ("Paragraph", "Quantity"):
            continue
        relations.append(("→" if u == node else "←", zh_term(key), kb.label(other), other, list(data.get("sources") or [])))
    attributes = [
        (zh_term(k), str(v)) for k, v in sorted(a.items()) if k not in _SKIPPED_ATTRS and v not in (None, "", [])
    ]
    plan = plan_of(node)
    return {
        "node": node,
        "label": kb.label(node),
        "type": t,
        "type_name": zh_term(t),
        "colour": type_colour(t),
        "plan": plan,
        "plan_title": plan_title(engine, plan) if plan else None,
        # Every plan the node is in: its own, or those of an administrative place all plans share (one node).
        "plan_titles": [plan_title(engine, p) for p in ([plan] if plan else sorted(a.get("plan_sources") or {}))],
        "aliases": list(a.get("aliases") or []),
        "quantities": [quantity_text(q) for q in a.get("quantities") or []],
        "attributes": attributes,
        "relations": sorted(relations, key=lambda r: (r[0] != "→", r[1], r[2]))[:_MAX_RELATIONS],
        "more_relations": max(0, len(relations) - _MAX_RELATIONS),
        "citations": [kb.citation(p) for p in _sources(kb, node)[:_MAX_SOURCES]],
    }


def _sources(kb, node: str) -> list[str]:
    """Paragraphs to cite for a node: an entity's sources, or a chapter's/section's/box's own paragraphs."""
    if kb.attrs(node).get("sources"):
        return kb.source_paragraphs(node)
    return kb.children(node, "Paragraph")


def ink(colour: str) -> str:
    """Dark or white text, whichever reads better on ``colour`` (``#rrggbb``).

    Examples
    --------
    >>> ink("#dbdb8d"), ink("#1f77b4")
    ('#222', '#fff')
    """
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#222" if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else "#fff"


def _marks(facts: dict[str, Any]) -> list[str]:
    return [facts["label"], *facts["aliases"]]


def _relation(arrow: str, predicate: str, other: str) -> str:
    """One edge seen from the node whose facts these are: ``—包括→ B`` (out) or ``A —支撑→`` (in).

    Examples
    --------
    >>> _relation("→", "包括", "产业集群"), _relation("←", "支撑", "项目甲")
    ('—包括→ 产业集群', '项目甲 —支撑→')
    """
    return f"—{predicate}→ {other}" if arrow == "→" else f"{other} —{predicate}→"


def facts_html(facts: dict[str, Any]) -> str:
    """The facts panel of one node (Graph tab): Chinese names throughout, numbered sources with 「在原文中阅读」."""
    e = html.escape
    out = [
        f'<div class="pk-facts"><h3>{e(facts["label"])}<span class="pk-type" style="background:{facts["colour"]};color:{ink(facts["colour"])}">'
        f'{e(facts["type_name"])}</span></h3><dl>'
    ]
    if facts["plan"]:
        out.append(f"<dt>规划</dt><dd>《{e(facts['plan_title'] or facts['plan'])}》</dd>")
    if facts["aliases"]:
        out.append(f"<dt>别名</dt><dd>{e('、'.join(facts['aliases']))}</dd>")
    if facts["quantities"]:
        out.append("<dt>数量</dt>" + "".join(f"<dd>{e(q)}</dd>" for q in facts["quantities"]))
    out += [f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts["attributes"]]
    if facts["relations"]:
        out.append("<dt>关系</dt>")
        # A relation points at its sources by their numbers in 来源 below (as an answer's markers do), not by paragraph id.
        number = {c.id: i for i, c in enumerate(facts["citations"], 1)}
        for arrow, pred, other, _, sources in facts["relations"]:
            src = "".join(_marker(n) for n in sorted({number[pid] for pid in sources if pid in number}))
            text = _relation(arrow, e(pred), e(other))
            out.append(f"<dd>{text}{src}</dd>")
        if facts["more_relations"]:
            out.append(f"<dd><i>……另有 {facts['more_relations']} 条关系</i></dd>")
    out.append("</dl>")
    if facts["citations"]:
        out.append('<div class="pk-cites-title">来源</div>')
        out += [citation_html(c, marks=_marks(facts), number=i) for i, c in enumerate(facts["citations"], 1)]
    out.append("</div>")
    return "".join(out)
