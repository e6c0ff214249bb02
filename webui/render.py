"""HTML and Markdown for the app: answers with collapsible citations, facts panels, cross-references, briefings.

Everything the plan says is escaped before it reaches the page; matched
words are wrapped in ``<mark>`` after escaping. The fragments carry no blank
lines, so Gradio's Markdown renderer (the Chatbot) passes them through as one
HTML block.
"""
from __future__ import annotations

import base64
import html
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Iterable

import networkx as nx

from qa.answer import Answer, Citation
from qa.kb import plan_of

from kg.export import term_labels

from .graphsvg import type_colour

if TYPE_CHECKING:
    from qa.engine import Engine

__all__ = [
    "CSS",
    "note",
    "highlight",
    "citation_html",
    "answer_html",
    "xref_html",
    "node_facts",
    "facts_html",
    "briefing_html",
    "briefing_markdown",
]

_CJK = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif'
_SKIPPED_ATTRS = frozenset({"type", "label", "aliases", "sources", "quantities", "text", "line", "order"})
_HIDDEN_EDGES = frozenset({"inPlan", "mentions", "hasQuantity"})
_MAX_RELATIONS = 40
_MAX_SOURCES = 10

#: Styles of the fragments below (passed to ``launch(css=…)``; briefings embed them).
CSS = f"""
.pk-answer, .pk-facts, .pk-xref, .pk-graph-box, .pk-brief {{ font-family: {_CJK}; line-height: 1.6; }}
.pk-answer {{ border-left: 4px solid #2e7d32; padding: 4px 10px; }}
.pk-notfound {{ border-left-color: #ef6c00; background: #fff3e0; color: #4e342e; }}
.pk-banner {{ font-weight: 600; color: #e65100; margin-bottom: 4px; }}
.pk-understood {{ font-size: 0.85em; color: #666; }}
.pk-items {{ margin: 4px 0 8px 1.4em; }}
.pk-ref {{ font-family: monospace; font-size: 0.8em; color: #555; }}
.pk-cites-title {{ font-weight: 600; margin-top: 6px; }}
.pk-notfound .pk-cites-title {{ color: #e65100; }}
details.pk-cite {{ border: 1px solid #ddd; border-radius: 6px; margin: 4px 0; padding: 2px 8px; background: #fafafa; }}
details.pk-cite summary {{ cursor: pointer; font-size: 0.9em; }}
.pk-passage {{ margin: 6px 0; white-space: pre-wrap; }}
mark {{ background: #ffe082; color: inherit; padding: 0 1px; }}
.pk-note {{ padding: 6px 10px; border-radius: 6px; margin: 4px 0; }}
.pk-note-warn {{ background: #fff3e0; border: 1px solid #ffb74d; color: #5d4037; }}
.pk-note-error {{ background: #ffebee; border: 1px solid #e57373; color: #b71c1c; }}
.pk-note-info {{ background: #e3f2fd; border: 1px solid #64b5f6; }}
.pk-note-ok {{ background: #e8f5e9; border: 1px solid #81c784; }}
.pk-type {{ border-radius: 4px; padding: 0 6px; font-size: 0.8em; margin-left: 6px; }}
.pk-facts dt {{ font-weight: 600; margin-top: 4px; }}
.pk-facts dd {{ margin-left: 1.2em; }}
.pk-xref table {{ border-collapse: collapse; margin: 6px 0; }}
.pk-xref td, .pk-xref th {{ border: 1px solid #ddd; padding: 2px 8px; text-align: left; }}
.pk-graph-box svg {{ width: 100%; height: auto; max-height: 680px; background: #fff; }}
.pk-graph-box [data-node] {{ cursor: pointer; }}
.pk-graph-box [data-node]:hover circle, .pk-graph-box [data-node]:focus circle {{ stroke: #000; stroke-width: 3; }}
.pk-graph-box [data-node]:focus {{ outline: none; }}
.pk-legend span {{ display: inline-block; margin-right: 12px; font-size: 0.85em; }}
.pk-legend i {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 4px; vertical-align: middle; }}
"""


def note(text: str, level: str = "info") -> str:
    """A status message box (``info``, ``ok``, ``warn`` or ``error``).

    Examples
    --------
    >>> note("No entity matches 'x'", "warn")
    '<div class="pk-note pk-note-warn" role="status">⚠ No entity matches &#x27;x&#x27;</div>'
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


def citation_html(c: Citation, *, marks: Iterable[str] = (), open_: bool = False, plan: bool = False) -> str:
    """One citation as a collapsible block: ``[id] 篇 / 章 / 节 / 专栏`` over the passage text."""
    where = html.escape(c.path or "（前言或附录）")
    if plan and c.plan:
        where += f' <span class="pk-ref">{html.escape(c.plan)}</span>'
    return (
        f'<details class="pk-cite"{" open" if open_ else ""}><summary><span class="pk-ref">[{html.escape(c.id)}]</span> {where}</summary>'
        f'<div class="pk-passage">{highlight(c.text, marks)}</div></details>'
    )


def answer_html(answer: Answer, *, marks: Iterable[str] = (), understood_as: str | None = None) -> str:
    """An answer for the chat: the text, the items as a list, each citation collapsible.

    A not-found (or refused) answer gets a ⚠ banner and a different background,
    and its passages are labelled as hints, not evidence.

    Examples
    --------
    >>> a = Answer("q", "规划中未找到明确内容。", False, citations=[Citation("ch01-p01", "示例文字", chapter="第一章")])
    >>> out = answer_html(a, marks=["示例"])
    >>> "pk-notfound" in out, "提示" in out, "<mark>示例</mark>" in out
    (True, True, True)
    """
    marks = list(marks)
    found = answer.found
    out = [f'<div class="pk-answer{"" if found else " pk-notfound"}">']
    if not found:
        out.append(f'<div class="pk-banner">⚠ {"无法回答 Cannot ask this" if answer.kind == "refused" else "未找到明确答案 Not found in the plan"}</div>')
    if understood_as:
        out.append(f'<div class="pk-understood">按上文理解为：{html.escape(understood_as)}</div>')
    out.append(f'<p class="pk-text">{html.escape(answer.answer)}</p>')
    if answer.items:
        lis = []
        for item in answer.items:
            li = f"<b>{html.escape(item.label)}</b>"
            if item.detail:
                li += f"（{html.escape(item.detail)}）"
            if item.citation is not None:
                li += f' <span class="pk-ref">[{html.escape(item.citation.id)}]</span>'
            lis.append(f"<li>{li}</li>")
        out.append(f'<ol class="pk-items">{"".join(lis)}</ol>')
    if answer.citations:
        title = "依据 Sources" if found else "提示（相关段落，不是答案的依据） Hints, not evidence"
        out.append(f'<div class="pk-cites-title">{title}</div>')
        multi = len({c.plan for c in answer.citations}) > 1
        unique: dict[tuple, Citation] = {}
        for c in answer.citations:  # an answer may cite one paragraph for several items
            unique.setdefault((c.plan, c.id), c)
        out += [citation_html(c, marks=marks, plan=multi) for c in unique.values()]
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
        f"<table><tr><th>章 Chapter（次数 count）</th><th>节 / 专栏 Sections and boxes</th></tr>{rows}</table>",
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
        out.append(f"<p><i>Passages shown: the first {shown} of {total}.</i></p>")
    out.append("</div>")
    return "".join(out)


# ----------------------------------------------------------------- entity facts


def node_facts(engine: Engine, node: str) -> dict[str, Any]:
    """What the graph says about ``node``: names, type, quantities, attributes, relations and source citations."""
    kb, G = engine.kb, engine.G
    a = G.nodes[node]
    names = term_labels()
    t = str(a.get("type") or "")
    relations = []
    for u, v, key, data in [*G.out_edges(node, keys=True, data=True), *G.in_edges(node, keys=True, data=True)]:
        other = v if u == node else u
        if key in _HIDDEN_EDGES or G.nodes[other].get("type") in ("Paragraph", "Quantity"):
            continue
        relations.append(("→" if u == node else "←", names.get(key, key), kb.label(other), other, list(data.get("sources") or [])))
    attributes = [
        (names.get(k, k), str(v)) for k, v in sorted(a.items()) if k not in _SKIPPED_ATTRS and v not in (None, "", [])
    ]
    return {
        "node": node,
        "label": kb.label(node),
        "type": t,
        "type_name": names.get(t, t),
        "colour": type_colour(t),
        "plan": plan_of(node),
        "aliases": list(a.get("aliases") or []),
        "quantities": list(a.get("quantities") or []),
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


def _ink(colour: str) -> str:
    """Dark or white text, whichever reads better on ``colour`` (``#rrggbb``).

    Examples
    --------
    >>> _ink("#dbdb8d"), _ink("#1f77b4")
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
    """The facts panel of one node (graph tab, briefings)."""
    e = html.escape
    out = [
        f'<div class="pk-facts"><h3>{e(facts["label"])}<span class="pk-type" style="background:{facts["colour"]};color:{_ink(facts["colour"])}">'
        f'{e(facts["type_name"])} {e(facts["type"])}</span></h3><dl>'
    ]
    if facts["plan"]:
        out.append(f"<dt>规划 Plan</dt><dd>{e(facts['plan'])}</dd>")
    if facts["aliases"]:
        out.append(f"<dt>别名 Aliases</dt><dd>{e('、'.join(facts['aliases']))}</dd>")
    if facts["quantities"]:
        out.append("<dt>数量 Quantities</dt>" + "".join(f"<dd>{e(q)}</dd>" for q in facts["quantities"]))
    out += [f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts["attributes"]]
    if facts["relations"]:
        out.append("<dt>关系 Relations</dt>")
        for arrow, pred, other, _, sources in facts["relations"]:
            src = f' <span class="pk-ref">[{e(", ".join(sources))}]</span>' if sources else ""
            text = _relation(arrow, e(pred), e(other))
            out.append(f"<dd>{text}{src}</dd>")
        if facts["more_relations"]:
            out.append(f"<dd><i>… and {facts['more_relations']} more</i></dd>")
    out.append("</dl>")
    if facts["citations"]:
        out.append('<div class="pk-cites-title">来源 Sources</div>')
        out += [citation_html(c, marks=_marks(facts)) for c in facts["citations"]]
    out.append("</div>")
    return "".join(out)


# ----------------------------------------------------------------- briefings


def _png_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def briefing_html(facts: dict[str, Any], png: bytes, *, graph: nx.MultiDiGraph) -> str:
    """A self-contained HTML briefing: the drawing (embedded PNG), the facts, the cited passages."""
    title = html.escape(f"简报：{facts['label']}")
    return (
        f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{title}</title><style>{CSS}'
        f" body {{ max-width: 960px; margin: 2em auto; font-family: {_CJK}; }} img {{ max-width: 100%; }}</style></head>"
        f'<body class="pk-brief"><h1>{title}</h1>'
        f"<p>邻域 Neighbourhood: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges.</p>"
        f'<img alt="{html.escape(facts["label"])}" src="{_png_uri(png)}">'
        f"{facts_html(facts).replace('<details class=', '<details open class=')}</body></html>"
    )


def briefing_markdown(facts: dict[str, Any], png: bytes, *, graph: nx.MultiDiGraph) -> str:
    """A Markdown briefing: the drawing (embedded PNG data URI), the facts, the cited passages as quotes."""
    lines = [
        f"# 简报：{facts['label']}",
        "",
        f"{facts['type_name']} ({facts['type']}) · 规划 {facts['plan'] or '—'} · "
        f"邻域 {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges",
        "",
        f"![{facts['label']}]({_png_uri(png)})",
        "",
        "## 事实 Facts",
        "",
    ]
    if facts["aliases"]:
        lines.append(f"- 别名 Aliases: {'、'.join(facts['aliases'])}")
    lines += [f"- 数量 Quantity: {q}" for q in facts["quantities"]]
    lines += [f"- {k}: {v}" for k, v in facts["attributes"]]
    for arrow, pred, other, _, sources in facts["relations"]:
        lines.append(f"- {_relation(arrow, pred, other)}" + (f" [{', '.join(sources)}]" if sources else ""))
    if facts["citations"]:
        lines += ["", "## 来源 Sources", ""]
        for c in facts["citations"]:
            lines += [f"**[{c.id}]** {c.path}", "", f"> {c.text}", ""]
    return "\n".join(lines) + "\n"
