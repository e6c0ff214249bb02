"""The reading pane: a cited paragraph shown inside its section, with its 篇/章/节/专栏 path.

A citation names a paragraph (plan id + paragraph id). The pane shows every
paragraph of the structure node the paragraph is ``partOf`` (its section, box or
chapter preamble), in printed order, with the cited one highlighted and
scrolled into view, so a reader sees what comes before and after.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Iterable

from .render import highlight

if TYPE_CHECKING:
    from qa.engine import Engine

__all__ = ["READER_HINT", "cite_key", "parse_cite_key", "reader_html"]

#: What the pane shows before a source is opened.
READER_HINT = (
    '<div class="pk-reader pk-reader-empty">阅读窗格：点击回答下方任一来源的「在原文中阅读」，'
    "这里会显示该段落所在的章节原文（引用段落高亮），以及它的 篇 / 章 / 节 / 专栏 位置。</div>"
)
_MAX_PARAGRAPHS = 40


def cite_key(plan: str | None, pid: str) -> str:
    """The value a 「在原文中阅读」 button sends: ``plan|paragraph-id``.

    Examples
    --------
    >>> cite_key("p1", "ch04-s2-p03"), parse_cite_key("p1|ch04-s2-p03|1699999")
    ('p1|ch04-s2-p03', ('p1', 'ch04-s2-p03'))
    """
    return f"{plan or ''}|{pid}"


def parse_cite_key(value: str) -> tuple[str | None, str]:
    """(plan or None, paragraph id) from :func:`cite_key`'s value (a trailing click counter is ignored)."""
    plan, _, rest = (value or "").partition("|")
    return plan or None, rest.split("|", 1)[0]


def reader_html(engine: Engine, plan: str | None, pid: str, *, marks: Iterable[str] = (), plan_title: str | None = None) -> str:
    """The pane for paragraph ``pid`` of ``plan``: path, then the paragraphs around it with it highlighted.

    Returns the hint (:data:`READER_HINT`) when the paragraph is unknown.
    """
    kb = engine.kb
    para = kb.paragraph(pid, plan=plan)
    if para is None:
        return READER_HINT
    cite = kb.citation(para)
    parent = kb.parent(para)
    siblings = kb.children(parent, "Paragraph") if parent else [para]
    if para not in siblings:
        siblings = [para]
    # A long chapter preamble or box: keep a window around the cited paragraph.
    at = siblings.index(para)
    lo = max(0, min(at - _MAX_PARAGRAPHS // 2, len(siblings) - _MAX_PARAGRAPHS))
    window = siblings[lo : lo + _MAX_PARAGRAPHS]
    e = html.escape
    crumbs = [x for x in (cite.part, cite.chapter, cite.section, cite.box) if x] or ["前言或附录"]
    out = [
        '<div class="pk-reader">',
        f'<div class="pk-reader-plan">{e(plan_title or cite.plan or "")}</div>',
        '<nav class="pk-reader-path" aria-label="位置">' + ' <span>›</span> '.join(f"<b>{e(c)}</b>" for c in crumbs) + "</nav>",
    ]
    if parent:
        out.append(f'<h4>{e(kb.label(parent))}</h4>')
    for p in window:
        text = str(kb.attrs(p).get("text") or "")
        pid_p = e(str(kb.attrs(p).get("pid")))
        if p == para:
            out.append(f'<p class="pk-reader-cited" id="pk-cited" data-pid="{pid_p}">{highlight(text, marks)}</p>')
        else:
            out.append(f'<p data-pid="{pid_p}">{e(text)}</p>')
    out.append("</div>")
    return "".join(out)
