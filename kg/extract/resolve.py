"""Whole-plan passes over the registry once every paragraph has been read.

A name's meaning often shows only across the plan: 富家桥 read as a bridge is
the place the plan lists among its sites; 中国物流永州智慧物流产业园 and
永州智慧物流产业园项目 are one park; 黄田铺文化教育特色小镇 lies in 黄田铺; a school
named as a project's site is the school (one Organization, not also a Project);
a glossary term and the strategy it explains are linked (``exactMatch``); and
every paragraph that prints a name cites the thing it names.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Collection

from kg.document import Document
from kg.extract.registry import NodeId, Registry

__all__ = [
    "merge_places_named_as_works",
    "locate_by_name",
    "merge_led_by_region",
    "merge_works_named_as_bodies",
    "match_terms",
    "add_sources",
]


def merge_places_named_as_works(reg: Registry) -> None:
    """Fold a works node whose only name is a place's name into that place (富家桥 the bridge → 富家桥).

    Examples
    --------
    >>> reg = Registry()
    >>> _ = reg.add("Project", "富家桥", source="p1"); _ = reg.add("Place", "富家桥", source="p2")
    >>> merge_places_named_as_works(reg)
    >>> [(n.type, sorted(n.sources)) for n in reg.nodes.values()]
    [('Place', ['p1', 'p2'])]
    """
    for nid in [n for n in reg.nodes if n[0] == "works"]:
        labels = reg.nodes[nid].labels
        place = reg.node_id("Place", next(iter(labels)))
        if len(labels) == 1 and place in reg.nodes:
            reg.merge(place, nid)


def locate_by_name(reg: Registry, doc: Document, *, exclude: Collection[NodeId] = ()) -> None:
    """A work or body whose name holds a place's name lies in that place.

    The relation cites the first paragraph that prints the name; ``exclude``
    are places not worth stating (the plan's own region, where everything lies).

    Examples
    --------
    >>> from kg.document import Document, HeadingPath, Paragraph
    >>> doc = Document("x", "t", "x", "0", preface=[Paragraph("p1", "提升黄田铺文化教育特色小镇。", HeadingPath())])
    >>> reg = Registry()
    >>> town = reg.add("Place", "黄田铺镇", source="p1"); work = reg.add("Project", "黄田铺文化教育特色小镇", source="p1")
    >>> locate_by_name(reg, doc)
    >>> reg.relations == {(work, "locatedIn", town, "p1")}
    True
    """
    index = doc.paragraph_index()
    places = {alias: nid for nid, node in reg.nodes.items() if node.type == "Place" and nid not in exclude
              for alias in reg.all_aliases(nid)}
    for nid, node in list(reg.nodes.items()):
        if node.type not in ("Project", "Park", "Organization"):
            continue
        for label in node.labels:
            source = next((pid for pid in sorted(node.sources) if pid in index and label in index[pid].text), None)
            for alias, place in places.items():
                if source and alias in label and alias != label:
                    reg.relate(nid, "locatedIn", place, source)


def merge_led_by_region(reg: Registry) -> None:
    """Fold ``X`` into ``<org><region>X``: 中国物流永州智慧物流产业园 is 永州智慧物流产业园.

    A key that ends in another key, the difference ending in one of the plan's
    region names, names the same thing with its operator in front.

    Examples
    --------
    >>> reg = Registry(("永州市", "永州"))
    >>> a = reg.add("Park", "中国物流永州智慧物流产业园", source="p1")
    >>> b = reg.add("Park", "永州智慧物流产业园项目", source="p2")
    >>> merge_led_by_region(reg)
    >>> list(reg.nodes) == [a] and sorted(reg.nodes[a].sources)
    ['p1', 'p2']
    """
    bare = {re.sub(r"(?:省|市|区|县)$", "", p) for p in reg.prefixes} | set(reg.prefixes)
    keys = {nid[1]: nid for nid in reg.nodes if nid[0] == "works"}
    for key, long in sorted(keys.items(), key=lambda kv: -len(kv[0])):
        for cut in range(1, len(key) - 3):
            short = keys.get(key[cut:])
            if short and short in reg.nodes and long in reg.nodes and any(key[:cut].endswith(b) for b in bare if b):
                reg.merge(long, short)


def merge_works_named_as_bodies(reg: Registry) -> None:
    """Fold a project whose name is an organisation's name into it: 七里店小学 is one school.

    Works and organisations are matched under the same key (region prefixes
    dropped), so equal keys name one thing; the organisation is what lasts,
    the project is where the plan builds it. Parks keep their own class.

    Examples
    --------
    >>> reg = Registry()
    >>> site = reg.add("Project", "七里店小学", source="box1-i01")
    >>> school = reg.add("Organization", "七里店小学", source="ch05-p02")
    >>> reg.relate(site, "listedIn", "box:1", "box1-i01")
    >>> merge_works_named_as_bodies(reg)
    >>> [(n.type, sorted(n.sources)) for n in reg.nodes.values()], [r[0] for r in reg.relations]
    ([('Organization', ['box1-i01', 'ch05-p02'])], [('org', '七里店小学')])
    """
    bodies = {nid[1]: nid for nid in reg.nodes if nid[0] == "org"}
    for nid in [n for n in reg.nodes if n[0] == "works" and reg.nodes[n].type == "Project"]:
        body = bodies.get(nid[1])
        if body is not None:
            reg.merge(body, nid)


def _plain(name: str) -> str:
    """A name without quotation marks or spaces, width-folded: “三高四新”战略 → 三高四新战略."""
    return unicodedata.normalize("NFKC", re.sub(r"[“”‘’「」『』\"'\s]", "", name))


def match_terms(reg: Registry, doc: Document) -> None:
    """Link each glossary term to the entity of another class printed under the same name.

    The term and, say, the strategy 三高四新战略 are one idea seen as a
    glossary entry and as something the plan pursues; both nodes stay (each
    class keeps its own facts) and ``term exactMatch other`` joins them,
    citing the glossary entry.

    Examples
    --------
    >>> from kg.document import Document, HeadingPath, Paragraph
    >>> gl = Paragraph("gl-01", "“三高四新”战略：……", HeadingPath(), "term")
    >>> doc = Document("x", "t", "x", "0", preface=[gl])
    >>> reg = Registry()
    >>> term = reg.add("Term", "三高四新战略", source="gl-01", aliases=("“三高四新”战略",))
    >>> plan = reg.add("Strategy", "“三高四新”战略", source="ch02-p01")
    >>> match_terms(reg, doc)
    >>> reg.relations == {(term, "exactMatch", plan, "gl-01")}
    True
    """
    index = doc.paragraph_index()
    names: dict[str, list] = {}
    for nid, node in reg.nodes.items():
        if node.type != "Term":
            for label in node.labels:
                names.setdefault(_plain(label), []).append(nid)
    for nid, node in list(reg.nodes.items()):
        if node.type != "Term":
            continue
        entries = sorted(pid for pid in node.sources if pid in index and index[pid].kind == "term")
        if not entries:
            continue
        matches = {other for name in set(node.labels) | node.aliases for other in names.get(_plain(name), ())}
        for other in sorted(matches):
            reg.relate(nid, "exactMatch", other, entries[0])


def add_sources(reg: Registry, doc: Document) -> None:
    """Make every paragraph that prints one of a node's names one of its sources.

    Every name that starts at a position counts (零陵古城 in 零陵古城2号停车场);
    inside a longer name only places count (黄田铺 in G207…黄田铺高速出口…公路),
    so 新材料产业园 is not cited by 航空航天新材料产业园.

    Examples
    --------
    >>> from kg.document import Document, HeadingPath, Paragraph
    >>> doc = Document("x", "t", "x", "0", preface=[Paragraph("p1", "建设航空航天新材料产业园。", HeadingPath())])
    >>> reg = Registry()
    >>> small = reg.add("Park", "新材料产业园"); big = reg.add("Park", "航空航天新材料产业园")
    >>> add_sources(reg, doc)
    >>> reg.nodes[small].sources, reg.nodes[big].sources
    (set(), {'p1'})
    """
    index: dict[str, list[tuple[str, NodeId]]] = {}
    for nid in reg.nodes:
        for alias in reg.all_aliases(nid):
            index.setdefault(alias[:2], []).append((alias, nid))
    for bucket in index.values():
        bucket.sort(key=lambda a: -len(a[0]))
    for p in doc.paragraphs():
        text = p.text
        i = 0
        while i < len(text) - 1:
            hits = [(alias, nid) for alias, nid in index.get(text[i:i + 2], ()) if text.startswith(alias, i)]
            for _, nid in hits:
                reg.nodes[nid].sources.add(p.id)
            longest = len(hits[0][0]) if hits else 1
            for j in range(i + 1, i + longest - 1):
                for alias, nid in index.get(text[j:j + 2], ()):
                    if nid[0] == "place" and j + len(alias) <= i + longest and text.startswith(alias, j):
                        reg.nodes[nid].sources.add(p.id)
            i += longest
