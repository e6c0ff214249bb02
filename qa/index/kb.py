"""Read access to the knowledge graph for answering: lookups the answerers share.

:class:`KB` wraps the networkx view of the RDF graph (``kg.graph.nxview``) with the
indexes answering needs — paragraphs by id, structure nodes by number,
entities for linking — and turns paragraphs into :class:`~qa.answer.Citation`.
It never changes the graph.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Iterable, Iterator
from urllib.parse import unquote

import networkx as nx

from kg.facts import ENTITY_TYPES
from kg.ingest.layouts.numbered import parse_number
from kg.ingest.lines import CN_NUM

from ..answer import Citation
from ..question.intent import cn_numeral
from ..question.link import EntityIndex, build_entity_index

__all__ = ["KB", "Heading", "HeadingTable", "plan_of", "normalise_text", "heading_text", "arabic_years"]

_PLAN_RE = re.compile(r"/plan/([^/#]+)(?:[/#]|$)")  # the plan node itself has no trailing path
_STRUCTURE = ("Part", "Chapter", "Section", "Box")


def normalise_text(text: str) -> str:
    """NFKC with all whitespace removed: how questions and paragraphs are compared.

    Examples
    --------
    >>> normalise_text("湘江东路 零陵段 ９.４km")
    '湘江东路零陵段9.4km'

    A space between two figures (table cells read as one line: 「带宽（Tbps） 6.5 42.7」) is a boundary, never
    nothing — 6.5 and 42.7 are not the figure 6.542:

    >>> normalise_text("互联网国际出口带宽（Tbps） 6.5 42.7 3.8")
    '互联网国际出口带宽(Tbps)6.5;42.7;3.8'
    """
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", _FIGURE_GAP.sub(";", text))


#: A year spelled in Chinese digits (二〇三五年, 二零二五年): titles print it so where questions say 2035年.
_SPELLED_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十百千万])([一二][〇○零一二三四五六七八九]{3})(?=年)")
_SPELLED_DIGIT = {c: str(d) for d, cs in enumerate(["〇○零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]) for c in cs}


def arabic_years(text: str) -> str:
    """``text`` with years spelled in Chinese digits written in figures, so a heading and a question match however
    either writes its year; a count (三千年) is not four digits and stays.

    Examples
    --------
    >>> arabic_years("二〇三五年远景目标"), arabic_years("二零二五年"), arabic_years("一千九百年"), arabic_years("十二〇二〇年")
    ('2035年远景目标', '2025年', '一千九百年', '十二〇二〇年')
    """
    return _SPELLED_YEAR.sub(lambda m: "".join(_SPELLED_DIGIT[c] for c in m.group(1)), text)


#: Whitespace between the end of one figure and the start of another (「6.5 42.7」「>2.7 >15.7」).
_FIGURE_GAP = re.compile(r"(?<=[0-9%])\s+(?=[<>〔(]?[0-9])")


def heading_text(label: str) -> str:
    """A heading label with its number in both numerals, since questions say either whichever the plan prints:
    the form headings are matched in (:attr:`Heading.norm_heading`), never said (:meth:`KB.heading` says the label).

    Examples
    --------
    >>> heading_text("第38章 全面做好人口工作"), heading_text("第十七章 中部地带的经济发展")
    ('第38章（第三十八章）全面做好人口工作', '第十七章（第17章）中部地带的经济发展')
    >>> heading_text("专栏7.1 特色产业园区重点项目")
    '专栏7.1 特色产业园区重点项目'
    """
    m = re.match(rf"第(\d+|[{CN_NUM}]+)([篇章节])\s*", label)
    if not m:
        return label
    number = m.group(1)
    try:
        other = cn_numeral(int(number)) if number.isdigit() else str(parse_number(number))
    except ValueError:
        return label
    return f"第{number}{m.group(2)}（第{other}{m.group(2)}）{label[m.end():]}"


def plan_of(node: str) -> str | None:
    """The plan id inside an instance IRI.

    Examples
    --------
    >>> plan_of("https://plankg.org/plan/lingling/para/ch04-s1-p02")
    'lingling'
    >>> plan_of("https://plankg.org/plan/lingling")  # the plan node (a neighbour in the graph view)
    'lingling'
    >>> plan_of("https://plankg.org/plan/%E9%9B%B6%E9%99%B5/para/ch01-p01")  # an id the IRI percent-encodes
    '零陵'
    """
    m = _PLAN_RE.search(node)
    return unquote(m.group(1)) if m else None


@dataclass(frozen=True)
class Heading:
    """One 篇, 章, 节 or 专栏 of a served plan, its texts normalised once (a row of :class:`HeadingTable`)."""

    node: str
    kind: str  #: "Part", "Chapter", "Section" or "Box"
    number: str | None  #: as printed (「7.1」), None for an unnumbered heading
    title: str  #: as printed, "" when it has none
    norm_title: str  #: :func:`normalise_text` of ``title``
    norm_heading: str  #: :func:`normalise_text` of :func:`heading_text`: number in both numerals, then title


@dataclass(frozen=True)
class HeadingTable:
    """The served plans' headings, read once (:attr:`KB.headings`), for every answerer that looks a heading up.

    ``rows`` are by kind (篇, 章, 节, 专栏) then node IRI; ``box_numbers`` maps each box title printed by one
    numbered box only (「乡村振兴重点项目」) to its number (「23.1」), a title several boxes share being left out;
    ``titles`` are the 篇, 章 and 节 titles printed.
    """

    rows: tuple[Heading, ...]
    box_numbers: dict[str, str]
    titles: frozenset[str]

    @classmethod
    def of(cls, kb: "KB") -> "HeadingTable":
        rows = tuple(Heading(n, t, None if (num := kb.attrs(n).get("number")) is None else str(num),
                             title := str(kb.attrs(n).get("title") or ""), arabic_years(normalise_text(title)),
                             arabic_years(normalise_text(heading_text(kb.label(n)))))
                     for t in _STRUCTURE for n in kb.by_type.get(t, []))
        boxes: dict[str, list[str]] = {}
        for h in rows:
            if h.kind == "Box" and h.title and h.number is not None:
                boxes.setdefault(h.title, []).append(h.number)
        return cls(rows, {t: ns[0] for t, ns in boxes.items() if len(ns) == 1},
                   frozenset(h.title for h in rows if h.kind != "Box") - {""})

    def printed(self, phrase: str) -> bool:
        """Whether ``phrase`` is printed in a heading (number or title; NFKC, no whitespace)."""
        norm = arabic_years(normalise_text(phrase))
        return any(norm in h.norm_heading for h in self.rows)


class KB:
    """Indexes over one networkx view (one or many plans)."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        self.paragraph_nodes: list[str] = []
        #: NFKC text without whitespace per paragraph, computed once for phrase scans.
        self.norm_text: dict[str, str] = {}
        self._para: dict[tuple[str | None, str], str] = {}
        self._structure: dict[tuple[str | None, str, str], str] = {}
        self.by_type: dict[str, list[str]] = defaultdict(list)
        self._quantities: dict[tuple[str | None, str], list[str]] = defaultdict(list)
        for node, a in G.nodes(data=True):
            t = a.get("type")
            self.by_type[t].append(node)
            if t == "Paragraph":
                self.paragraph_nodes.append(node)
                self.norm_text[node] = normalise_text(str(a.get("text") or ""))
                self._para[(plan_of(node), str(a.get("pid")))] = node
            elif t == "Quantity":
                for pid in a.get("sources") or []:
                    self._quantities[(plan_of(node), pid)].append(node)
            elif t in _STRUCTURE and a.get("number") is not None:
                self._structure[(plan_of(node), t, str(a.get("number")))] = node
        self.paragraph_nodes.sort(key=self._reading_order)
        #: A node every plan shares (an administrative place) → plan → the ids of the paragraphs it was read from in
        #: that plan (the view's ``plan_sources``): its ``sources`` are bare ids, and ids repeat across plans
        #: (box2.1-i01 in each county's plan).
        self.shared_sources: dict[str, dict[str, list[str]]] = {
            n: a["plan_sources"] for n, a in G.nodes(data=True) if a.get("plan_sources")}
        # The graph's node order follows rdflib's stores, which differ between runs: sort for stable answers.
        for nodes in self.by_type.values():
            nodes.sort()
        self.plan_ids = sorted({p for p, _ in self._para if p})
        self.entities = {
            n: G.nodes[n] for t in ENTITY_TYPES for n in self.by_type.get(t, [])
        }
        names = {normalise_text(str(a.get("label") or "")) for a in self.entities.values()}
        self.index: EntityIndex = build_entity_index({n: _measure_forms(_one_char_forms(a), names) for n, a in self.entities.items()})

    def _reading_order(self, node: str) -> tuple:
        a = self.G.nodes[node]
        return (plan_of(node) or "", int(a.get("line") or 0), str(a.get("pid")))

    # -- nodes ------------------------------------------------------------
    def attrs(self, node: str) -> dict:
        return self.G.nodes[node]

    def label(self, node: str) -> str:
        a = self.G.nodes[node]
        return str(a.get("label") or a.get("title") or node.rsplit("/", 1)[-1])

    def heading(self, node: str) -> str:
        """A structure node as answers say it: its label, numbered once as the plan prints it (第十七章 or 第17章)."""
        return self.label(node)

    @cached_property
    def headings(self) -> HeadingTable:
        """Every 篇, 章, 节 and 专栏 of the served plans, normalised once (:class:`HeadingTable`)."""
        return HeadingTable.of(self)

    def type(self, node: str) -> str:
        return str(self.G.nodes[node].get("type") or "")

    def paragraph(self, pid: str, *, plan: str | None = None) -> str | None:
        """The paragraph node of ``pid`` (in ``plan``, or the only plan that has it)."""
        if plan is not None:
            return self._para.get((plan, pid))
        for p in self.plan_ids:
            node = self._para.get((p, pid))
            if node:
                return node
        return None

    def structure(self, kind: str, number: str, *, plan: str | None = None) -> list[str]:
        """Part/Chapter/Section/Box nodes with a printed number, in every plan unless scoped."""
        plans = [plan] if plan else self.plan_ids
        return [n for p in plans if (n := self._structure.get((p, kind, str(number))))]

    def plans(self, plan: str | None = None) -> list[str]:
        return [plan] if plan else self.plan_ids

    # -- edges ------------------------------------------------------------
    def out(self, node: str, predicate: str | None = None) -> Iterator[tuple[str, dict]]:
        for _, v, key, data in self.G.out_edges(node, keys=True, data=True):
            if predicate is None or key == predicate:
                yield v, data

    def inn(self, node: str, predicate: str | None = None) -> Iterator[tuple[str, dict]]:
        for u, _, key, data in self.G.in_edges(node, keys=True, data=True):
            if predicate is None or key == predicate:
                yield u, data

    def children(self, node: str, type_: str | None = None) -> list[str]:
        """Structure nodes directly ``partOf`` ``node``, in printed order."""
        kids = [u for u, _ in self.inn(node, "partOf") if type_ is None or self.type(u) == type_]
        return sorted(kids, key=lambda n: (int(self.G.nodes[n].get("order") or 0), n))

    def parent(self, node: str) -> str | None:
        return next((v for v, _ in self.out(node, "partOf")), None)

    def descendants(self, node: str) -> set[str]:
        """Everything ``partOf`` ``node``, at any depth."""
        out, stack = set(), [node]
        while stack:
            for u, _ in self.inn(stack.pop(), "partOf"):
                if u not in out:
                    out.add(u)
                    stack.append(u)
        return out

    def box(self, number: str, *, plan: str | None = None) -> str | None:
        """The box printed as 专栏<number> (in ``plan``, or the first plan that has it)."""
        return next(iter(self.structure("Box", number, plan=plan)), None)

    def box_groups(self, box: str) -> list[tuple[str | None, list[str]]]:
        """A box's item paragraphs in order, grouped under their （一）… sub-headings (None: no group)."""
        paras = sorted(
            (u for u in self.descendants(box) if self.type(u) == "Paragraph"), key=self._reading_order
        )
        groups: list[tuple[str | None, list[str]]] = [(None, [])]
        for p in paras:
            kind = self.G.nodes[p].get("kind")
            if kind == "box_group":
                groups.append((str(self.G.nodes[p].get("text")), []))
            elif kind in ("box_item", "term", "indicator"):  # a glossary-like 专栏 lists terms, a table 专栏 its rows
                groups[-1][1].append(p)
        return [g for g in groups if g[1]]

    def quantities(self, node: str) -> list[dict]:
        return [dict(self.G.nodes[q], node=q) for q, _ in self.out(node, "hasQuantity")]

    def quantities_in(self, para: str) -> list[dict]:
        """Quantities read from one paragraph node, each once."""
        key = (plan_of(para), str(self.G.nodes[para].get("pid")))
        return [dict(self.G.nodes[q], node=q) for q in dict.fromkeys(self._quantities.get(key, []))]

    def source_paragraphs(self, node: str, *, plan: str | None = None) -> list[str]:
        """Paragraph nodes an entity was read from, in reading order: a node every plan shares (an administrative
        place) was read in each plan's own paragraphs, those of ``plan`` only when given."""
        own = plan_of(node)
        if own is None and (by_plan := self.shared_sources.get(node)):
            pairs = [(p, pid) for p, pids in by_plan.items() if plan in (None, p) for pid in pids]
        else:
            pairs = [(own, pid) for pid in self.G.nodes[node].get("sources") or []]
        nodes = [n for p, pid in pairs if (n := self.paragraph(pid, plan=p))]
        return sorted(set(nodes), key=self._reading_order)

    def mentions(self, node: str, *, plan: str | None = None) -> list[str]:
        """Paragraph nodes that mention ``node`` (its sources plus ``mentions`` edges), of ``plan`` only when given."""
        paras = set(self.source_paragraphs(node, plan=plan))
        paras.update(u for u, _ in self.inn(node, "mentions") if plan in (None, plan_of(u)))
        return sorted(paras, key=self._reading_order)

    def printing(self, phrase: str, *, plan: str | None = None) -> list[str]:
        """Paragraph nodes whose text (:attr:`norm_text`) holds ``phrase``, itself already normalised
        (:func:`normalise_text`), in reading order, of ``plan`` only when given."""
        return [p for p in self.paragraph_nodes if (not plan or plan_of(p) == plan) and phrase in self.norm_text[p]]

    def printed(self, para: str, norm: str) -> str:
        """The printed form (full-width punctuation kept) of a normalised span of a paragraph's text."""
        text = str(self.G.nodes[para].get("text") or "")
        for piece in re.findall(r"[^。；！？]+", text):
            if norm and norm in normalise_text(piece) and len(normalise_text(piece)) <= len(norm) + 2:
                return piece.strip()
        return norm

    # -- citations ----------------------------------------------------------
    def citation(self, para: str, *, score: float | None = None) -> Citation:
        a = self.G.nodes[para]
        # Back matter such as the glossary sits outside the chapters; name it for the reader.
        back = "名词解释" if a.get("kind") == "term" else None
        return Citation(
            id=str(a.get("pid")),
            text=str(a.get("text") or ""),
            part=a.get("part") or None,
            chapter=a.get("chapter") or back,
            section=a.get("section") or None,
            box=a.get("box") or None,
            plan=plan_of(para),
            score=score,
        )

    def heading_citation(self, node: str, para: str) -> Citation:
        """The citation of heading ``node`` listed as an item: its first paragraph ``para`` (the reading pane opens
        there) with the heading line printed above it leading the text, so the citation holds what is listed
        (a 节 printed as a plain line, 「第四节　能源节约和压缩烧油」)."""
        cite = self.citation(para)
        return replace(cite, text=f"{self.heading(node)}\n{cite.text}")

    def citations(self, paras: Iterable[str], *, limit: int = 8) -> list[Citation]:
        out, seen = [], set()
        for p in paras:
            if p not in seen:
                seen.add(p)
                out.append(self.citation(p))
            if len(out) >= limit:
                break
        return out


#: The fall a table row's name ends in (单位GDP能源消耗降幅, 能耗降低率): the office asks the measure without it
#: (「单位GDP能源消耗是约束性的吗」). Unit brackets (（%）) are dropped before. A rise (地区生产总值年均增速) is not
#: dropped: its stem asked is a level (「地区生产总值达到了多少」), which the prose states and the row does not.
_CHANGE_TAIL = re.compile(r"(?:年均)?(?:降幅|降低率|下降率|下降幅度|降低幅度|降低|下降|减少)$")


#: The size a 新增 row's name ends in (新增专用绿地面积, 新增公园数量): the office asks what is added without it
#: (「要新增多少专用绿地」「新增公园是多少个」).
_SIZE_TAIL = re.compile(r"^(新增[\u4e00-\u9fff]{2,}?)(?:面积|数量)$")


def _measure_forms(attrs: dict, names: set[str]) -> dict:
    """An indicator's attributes with its name without the printed change tail added to its aliases, unless that
    shorter name is another entity's own (a row 地区生产总值 beside 地区生产总值增速 keeps the question to it).

    >>> _measure_forms({"label": "单位 GDP 能源消耗降幅（%）", "type": "Indicator"}, set())["aliases"]
    ['单位GDP能源消耗']
    >>> _measure_forms({"label": "单位生产总值二氧化碳排放降低", "type": "Indicator"}, set())["aliases"]
    ['单位生产总值二氧化碳排放']
    >>> _measure_forms({"label": "地区生产总值增速", "type": "Indicator"}, set())
    {'label': '地区生产总值增速', 'type': 'Indicator'}
    >>> _measure_forms({"label": "新增专用绿地面积", "type": "Indicator"}, set())["aliases"]
    ['新增专用绿地']
    >>> _measure_forms({"label": "能耗降低", "type": "Indicator"}, {"能耗"})
    {'label': '能耗降低', 'type': 'Indicator'}
    """
    label = re.sub(r"[（(][^（）()]*[）)]$", "", normalise_text(str(attrs.get("label") or "")))
    stems = [s for s in dict.fromkeys((_CHANGE_TAIL.sub("", label), _SIZE_TAIL.sub(r"\1", label)))
             if s != label and len(s) >= 4 and s not in names]
    if attrs.get("type") != "Indicator" or not stems:
        return attrs
    return {**attrs, "aliases": list(attrs.get("aliases") or []) + stems}


# An old plan's table names its rows by a single character (钢, 猪, 糖): too short to link alone (钢 sits in
# 钢材, 猪 in 猪肉), it is asked with a possessive or a measure word right after it (钢的计划产量, 猪的头数).
_ONE_CHAR_HEADS = ("的", "产量", "计划", "年产量", "产值", "数量", "头数")


def _one_char_forms(attrs: dict) -> dict:
    """An entity's attributes with the asked forms of a one-character indicator name added to its aliases.

    >>> _one_char_forms({"label": "钢", "type": "Indicator"})["aliases"][:2]
    ['钢的', '钢产量']
    >>> _one_char_forms({"label": "原煤", "type": "Indicator"}) == {"label": "原煤", "type": "Indicator"}
    True
    """
    label = str(attrs.get("label") or "")
    if attrs.get("type") != "Indicator" or len(label) != 1:
        return attrs
    return {**attrs, "aliases": [label + head for head in _ONE_CHAR_HEADS] + list(attrs.get("aliases") or [])}

