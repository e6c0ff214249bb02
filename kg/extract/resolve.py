"""Whole-plan passes over the registry once every paragraph has been read.

A name's meaning often shows only across the plan: 富家桥 read as a bridge is
the place the plan lists among its sites; 中国物流永州智慧物流产业园 and
永州智慧物流产业园项目 are one park; 黄田铺文化教育特色小镇 lies in 黄田铺; and
every paragraph that prints a name cites the thing it names.
"""
from __future__ import annotations

import re
from typing import Collection

from kg.document import Document
from kg.extract.registry import NodeId, Registry

__all__ = ["merge_places_named_as_works", "locate_by_name", "merge_led_by_region", "add_sources"]


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
