"""Briefings to hand a manager: one entity of a plan on one page, as Word (.docx), HTML and PDF.

A :class:`Briefing` holds a title, the plan's title, the date, a short summary
in sentences built from the graph's facts (figures with their units, the year
the plan's sentence names, each sentence cited), a print-resolution picture of
the neighbourhood, the key facts as a table and the numbered sources with their
篇/章/节/专栏 paths. Writers turn it into files:

* Word: python-docx (the project's .docx reader already depends on it).
* HTML: self-contained, the picture embedded.
* PDF: WeasyPrint renders that same HTML (CSS paged media, fonts through
  fontconfig and Pango, so Chinese is shaped and embedded as WenQuanYi); one
  layout for the page and the print.

The picture is laid out by Graphviz ``neato`` (Debian package ``graphviz``) with
``overlap=false`` and ``splines=true``: nodes never overlap and edges are routed
around nodes they do not join.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import math
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg.errors import KGQAError
from qa.answer import Citation

from .graphview import closest, edge_captions
from .keyfacts import key_facts
from .render import ink, node_facts, source_path

if TYPE_CHECKING:
    from qa.engine import Engine

__all__ = [
    "PICTURE_MIN_WIDTH",
    "Briefing",
    "make_briefing",
    "briefing_dot",
    "render_picture",
    "briefing_html",
    "briefing_docx",
    "briefing_pdf",
    "write_briefing",
]

#: Narrowest picture a briefing carries, pixels (print resolution for a full A4 width).
PICTURE_MIN_WIDTH = 1600
_PICTURE_NODES = 40
_FONT = "WenQuanYi Micro Hei"
_CJK_CSS = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif'
_LIST_NAMES = 6
# Relations whose Chinese name does not read as a verb between subject and object.
_SENTENCES = {("→", "列入专栏"): "{s}列入{o}。", ("→", "所属分组"): "{s}属于「{o}」一组。", ("←", "所属分组"): "「{o}」一组包括{s}。"}


@dataclass
class Briefing:
    """One briefing, ready to write in any format.

    ``summary`` holds (sentence, source numbers); ``facts`` holds (field, value,
    source numbers); source ``n`` is ``sources[n - 1]``.
    """

    title: str
    entity: str
    plans: str  #: the plan(s) it is in, as printed: 《title》, or 《A》、《B》 for a place several plans share
    date: dt.date
    summary: list[tuple[str, list[int]]]
    facts: list[tuple[str, str, list[int]]]
    sources: list[Citation]
    picture: bytes = b""
    picture_size: tuple[int, int] = (0, 0)
    counts: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)


class _Sources:
    """Numbers paragraphs as they are first cited."""

    def __init__(self, engine: Engine, plan: str | None):
        self.kb, self.plan, self.list, self._num = engine.kb, plan, [], {}

    def __call__(self, pids) -> list[int]:
        out = []
        for pid in pids:
            para = self.kb.paragraph(pid, plan=self.plan)
            if para is None:
                continue
            if para not in self._num:
                self.list.append(self.kb.citation(para))
                self._num[para] = len(self.list)
            out.append(self._num[para])
        return sorted(set(out))


def _names(items: list[str]) -> str:
    shown = "、".join(items[:_LIST_NAMES])
    return shown + (f"等 {len(items)} 项" if len(items) > _LIST_NAMES else "")


def make_briefing(engine: Engine, name: str, *, hops: int = 1, today: dt.date | None = None) -> Briefing:
    """Gather a briefing on entity ``name`` (its ``hops`` neighbourhood) from the graph.

    Raises
    ------
    EntityNotFound
        For an unknown name.
    """
    centre, G = engine.neighbourhood(name, hops=hops)
    kb = engine.kb
    facts = node_facts(engine, centre)
    a = kb.attrs(centre)
    cite = _Sources(engine, facts["plan"])
    label, type_name = facts["label"], facts["type_name"]
    plans = "、".join(f"《{t}》" for t in facts["plan_titles"]) or "规划"
    own = cite(a.get("sources") or [])
    summary: list[tuple[str, list[int]]] = []
    first = cite.list[own[0] - 1] if own else None
    where = f"，见于{first.path}" if first and first.path else ""
    summary.append((f"{label}是{plans}中的{type_name}{where}。", own[:1]))
    rows: list[tuple[str, str, list[int]]] = [("类型", type_name, []), ("所属规划", plans, [])]
    if facts["aliases"]:
        rows.append(("别名", "、".join(facts["aliases"]), []))
    # Indicators: base and target with their years and unit.
    if a.get("targetValue") is not None or a.get("baseValue") is not None:
        unit = str(a.get("unit") or "")
        parts = []
        for key, year, name in (("baseValue", "baseYear", "基期"), ("targetValue", "targetYear", "目标")):
            if a.get(key) is not None:
                when = f"（{a[year]}年）" if a.get(year) else ""
                parts.append(f"{name}{when}为{a[key]}{unit}")
        if a.get("growth"):
            parts.append(f"年均增长{a['growth']}")
        kind = f"，属{a['attribute']}指标" if a.get("attribute") else ""
        summary.append((f"{label}{'，'.join(parts)}{kind}。", own))
    stated = {(q.get("raw"), q.get("kind")) for q in kb.quantities(centre)}
    for fact in key_facts(kb, centre):
        nums = cite(fact.pids)
        when = f"到{fact.year}年" if fact.year else ""
        said = ("为" if fact.value[:1].isdigit() else "") + fact.value
        whose = f"{label}的{fact.kind}中，{fact.part}" if fact.part else f"{label}的{fact.kind}"
        summary.append((f"{when}{whose}{said}。", nums))
        rows.append((fact.label, fact.value + (f"（{fact.year}年）" if fact.year else ""), nums))
    rows += [(k, v, own) for k, v in facts["attributes"]]
    grouped: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    for arrow, pred, other, node, sources in facts["relations"]:
        target = kb.attrs(node)
        if target.get("raw") and (target.get("raw"), target.get("kind")) in stated:
            continue  # a target restating a figure said above (产值 100亿元以上 beside 产值为100亿元以上)
        grouped.setdefault((arrow, pred), []).append((other, sources))
    for (arrow, pred), others in grouped.items():
        nums = cite([pid for _, src in others for pid in src])
        names = [o for o, _ in others]
        sentence = _SENTENCES.get((arrow, pred), "{s}{p}{o}。").format(
            s=label if arrow == "→" else _names(names), p=pred, o=_names(names) if arrow == "→" else label
        )
        summary.append((sentence, nums))
        rows.append((f"{pred}（{'→' if arrow == '→' else '←'}）", "、".join(names), nums))
    for pid in a.get("sources") or []:
        cite([pid])
    shown = closest(G, centre, limit=_PICTURE_NODES)
    picture, size = render_picture(shown, centre)
    notes = []
    if shown.number_of_nodes() < G.number_of_nodes():
        notes.append(f"邻域共 {G.number_of_nodes()} 个节点，图中显示距中心最近的 {shown.number_of_nodes()} 个。")
    return Briefing(
        title=f"简报：{label}", entity=label, plans=plans, date=today or dt.date.today(),
        summary=summary, facts=rows, sources=cite.list, picture=picture, picture_size=size,
        counts=(shown.number_of_nodes(), shown.number_of_edges()), notes=notes,
    )


# ----------------------------------------------------------------- picture


def _dot_id(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def briefing_dot(G: nx.MultiDiGraph, centre: str, *, dpi: int = 200) -> str:
    """The Graphviz DOT text of ``G`` for ``neato``: coloured boxes, Chinese labels, relation names on edges.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="Park", label="产业园"); G.add_node("b", type="Project", label="厂房")
    >>> _ = G.add_edge("b", "a", key="supports")
    >>> dot = briefing_dot(G, "a")
    >>> "overlap=false" in dot and "splines=true" in dot and '"厂房"' in dot and '"支撑"' in dot
    True
    """
    from kg.export import node_colours

    colours = node_colours(G)
    index = {v: f"n{i}" for i, v in enumerate(sorted(G))}
    lines = [
        "digraph briefing {",
        f'  graph [overlap=false, splines=true, sep="+14", esep="+6", outputorder=edgesfirst, dpi={dpi}, bgcolor=white, pad=0.3];',
        f'  node [shape=box, style="rounded,filled", fontname={_dot_id(_FONT)}, fontsize=14, margin="0.12,0.06", penwidth=1.2];',
        f'  edge [fontname={_dot_id(_FONT)}, fontsize=11, color="#8a8a8a", fontcolor="#555555", arrowsize=0.7];',
    ]
    for v in sorted(G):
        a = G.nodes[v]
        t = str(a.get("type") or "")
        label = str(a.get("label") or v.rsplit("/", 1)[-1])
        extra = ", penwidth=3, fontsize=18" if v == centre else ""
        fill = colours.get(t, "#dddddd")
        lines.append(f"  {index[v]} [label={_dot_id(label)}, fillcolor={_dot_id(fill)}, fontcolor={_dot_id(ink(fill))}{extra}];")
    for (u, v), caption in edge_captions(G).items():
        lines.append(f"  {index[u]} -> {index[v]} [label={_dot_id(caption)}];")
    lines.append("}")
    return "\n".join(lines)


def _neato(dot: str, fmt: str) -> bytes:
    try:
        done = subprocess.run(["neato", f"-T{fmt}"], input=dot.encode("utf-8"), capture_output=True, timeout=60, check=True)
    except FileNotFoundError:
        raise KGQAError("Graphviz (neato) is not installed; run scripts/install-system.sh (Debian package graphviz)") from None
    except subprocess.CalledProcessError as exc:
        raise KGQAError(f"Graphviz failed to lay out the briefing picture: {exc.stderr.decode('utf-8', 'replace')[:200]}") from None
    return done.stdout


def render_picture(G: nx.MultiDiGraph, centre: str, *, min_width: int = PICTURE_MIN_WIDTH) -> tuple[bytes, tuple[int, int]]:
    """``G`` as a PNG at least ``min_width`` pixels wide: (bytes, (width, height)).

    Lays out once to learn the drawing's size in inches, then renders at the
    resolution that makes it ``min_width`` wide (never below 150 dpi).
    """
    plain = _neato(briefing_dot(G, centre, dpi=72), "plain").decode("utf-8")
    width_in = float(plain.split("\n", 1)[0].split()[2]) + 0.6  # `graph scale width height` plus the padding
    dpi = max(150, math.ceil(min_width / width_in) + 1)
    png = _neato(briefing_dot(G, centre, dpi=dpi), "png")
    w, h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    return png, (w, h)


# ----------------------------------------------------------------- writers


def _refs(nums: list[int]) -> str:
    return "".join(f"[{n}]" for n in nums)


_PRINT_CSS = f"""
@page {{ size: A4; margin: 16mm 14mm; @bottom-center {{ content: counter(page) " / " counter(pages); font-size: 9pt; }} }}
body {{ font-family: {_CJK_CSS}; font-size: 11pt; line-height: 1.6; max-width: 960px; margin: 1.5em auto; color: #222; }}
h1 {{ font-size: 20pt; margin: 0 0 4px; }} h2 {{ font-size: 13pt; border-bottom: 1px solid #ccc; margin-top: 1.2em; }}
.meta {{ color: #555; }} img {{ width: 100%; height: auto; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f0f0f0; }} .ref {{ color: #1565c0; font-size: 0.85em; }}
ol.sources li {{ margin-bottom: 6px; }} .path {{ font-weight: 600; }} .quote {{ color: #333; }}
.note {{ color: #666; font-size: 0.9em; }}
"""


def briefing_html(b: Briefing) -> str:
    """The briefing as one self-contained HTML page (picture embedded), for the screen and for WeasyPrint."""
    e = html.escape
    summary = "".join(f"{e(s)}<span class=\"ref\">{_refs(n)}</span>" for s, n in b.summary)
    rows = "".join(
        f"<tr><th>{e(k)}</th><td>{e(v)} <span class=\"ref\">{_refs(n)}</span></td></tr>" for k, v, n in b.facts
    )
    sources = "".join(
        f'<li id="s{i}"><span class="path">{e(source_path(c))}</span><div class="quote">{e(c.text)}</div></li>'
        for i, c in enumerate(b.sources, 1)
    )
    picture = base64.b64encode(b.picture).decode("ascii")
    notes = "".join(f'<p class="note">{e(n)}</p>' for n in b.notes)
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{e(b.title)}</title>'
        f"<style>{_PRINT_CSS}</style></head><body>"
        f"<h1>{e(b.title)}</h1>"
        f'<p class="meta">规划：{e(b.plans)}　日期：{b.date:%Y年%m月%d日}</p>'
        f"<h2>摘要</h2><p>{summary}</p>"
        f"<h2>关系图</h2><img alt=\"{e(b.entity)}的关系图\" src=\"data:image/png;base64,{picture}\">"
        f'<p class="note">图中 {b.counts[0]} 个节点、{b.counts[1]} 条关系；方框颜色表示类型，箭头上的文字是关系。</p>{notes}'
        f"<h2>主要事实</h2><table>{rows}</table>"
        f'<h2>来源</h2><ol class="sources">{sources}</ol>'
        "</body></html>"
    )


def briefing_pdf(b: Briefing) -> bytes:
    """The HTML briefing printed to PDF by WeasyPrint (A4, page numbers, Chinese fonts embedded)."""
    from weasyprint import HTML

    return HTML(string=briefing_html(b)).write_pdf()


def briefing_docx(b: Briefing) -> bytes:
    """The briefing as a Word document (python-docx): headings, summary, picture, facts table, sources."""
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    # East Asian text takes the eastAsia font slot; without it Word falls back to a Latin font's metrics.
    for style in (normal, doc.styles["Title"], doc.styles["Heading 1"], doc.styles["Heading 2"]):
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Microsoft YaHei")
    doc.core_properties.title = b.title
    doc.core_properties.language = "zh-CN"
    doc.add_heading(b.title, level=0)
    doc.add_paragraph(f"规划：{b.plans}　日期：{b.date:%Y年%m月%d日}")
    doc.add_heading("摘要", level=1)
    doc.add_paragraph("".join(f"{s}{_refs(n)}" for s, n in b.summary))
    doc.add_heading("关系图", level=1)
    doc.add_picture(io.BytesIO(b.picture), width=Cm(16))
    for n in b.notes:
        doc.add_paragraph(n)
    doc.add_heading("主要事实", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("事项", "内容", "来源")):
        cell.text = text
    for k, v, nums in b.facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = k, v, _refs(nums)
    doc.add_heading("来源", level=1)
    for i, c in enumerate(b.sources, 1):
        p = doc.add_paragraph()
        p.add_run(f"[{i}] {source_path(c)}").bold = True
        p.add_run("\n" + c.text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


#: Briefing format name → (suffix, writer).
_WRITERS = {"Word": ("docx", briefing_docx), "PDF": ("pdf", briefing_pdf), "HTML": ("html", lambda b: briefing_html(b).encode("utf-8"))}


def write_briefing(b: Briefing, fmt: str, folder: Path, stem: str) -> Path:
    """Write ``b`` as ``fmt`` (``Word``, ``PDF`` or ``HTML``) into ``folder``; returns the file's path."""
    from kg.store.buildfolder import atomic_write_bytes

    suffix, writer = _WRITERS[fmt]
    path = Path(folder) / f"{stem}.{suffix}"
    atomic_write_bytes(path, writer(b))
    return path
