"""Collecting entities while reading a plan: one node per real thing, merged by name.

Extraction meets the same thing many times under different printed names.
:class:`Registry` files every sighting under a matching key (by type group
and :func:`kg.extract.names.normalise_name`), keeps the printed forms as aliases and
the paragraphs as sources, and only at :meth:`Registry.finish` picks each
entity's label (the fuller printed form) and its key ``<type>/<label>``.
Relations are recorded between node ids, so a label chosen late breaks none.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import dataclasses

from kg.facts import Entity, Facts, Quantity, Relation, Target
from kg.extract.names import is_park_name, normalise_name, short_forms

__all__ = ["NodeId", "Node", "Registry", "GROUPS"]

#: Entity type → the group whose names are matched together (a project and a
#: park of one name are one thing).
GROUPS = {
    "Project": "works", "Park": "works", "Organization": "org", "Place": "place", "Industry": "industry",
    "Strategy": "strategy", "Goal": "goal", "Indicator": "indicator", "Term": "term",
}
NodeId = tuple[str, str]  # (group, matching key)

_ADMIN_TAIL = re.compile(r"(?:特别行政区|自治区|自治州|自治县|街道|省|市|区|县|镇|乡)$")
_TOWN_TAIL = re.compile(r"(?:街道|镇|乡)$")
_KIND_OF_TOWN = re.compile(r"(?:古镇|小镇|新区|城区|老区|园区|景区|片区)$")
_INDUSTRY_TAIL = re.compile(r"(?:产业链|产业集群|产业|行业)$")


@dataclass
class Node:
    """What is known of one thing so far."""

    type: str
    labels: dict[str, int] = field(default_factory=dict)  # printed form → rank (2 primary, 1 prose)
    aliases: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    quantities: list[Quantity] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)


class Registry:
    """Entities and relations of one plan while they are being read.

    Parameters
    ----------
    prefixes : tuple of str
        The plan's own region names (:func:`kg.extract.names.region_prefixes`).

    Examples
    --------
    >>> reg = Registry(("零陵区", "零陵"))
    >>> a = reg.add("Project", "零陵区光荣院项目", source="p1", primary=True)
    >>> b = reg.add("Project", "光荣院", source="p2")
    >>> a == b
    True
    >>> facts = reg.finish("plan")
    >>> [(e.key, sorted(e.sources)) for e in facts.entities.values()]
    [('Project/零陵区光荣院项目', ['p1', 'p2'])]
    """

    def __init__(self, prefixes: tuple[str, ...] = ()) -> None:
        self.prefixes = prefixes
        self.nodes: dict[NodeId, Node] = {}
        self.relations: set[tuple[NodeId | str, str, NodeId | str, str]] = set()
        self.targets: list[tuple[NodeId | None, Target]] = []  # owner node (None: the plan) and target
        # printed form → nodes that ever carried it (checked on use: nodes merge and go), so finding
        # a node by name needs no scan of every node (see labelled)
        self._named: dict[str, dict[NodeId, None]] = {}

    def node_id(self, type_: str, label: str, context: str | None = None) -> NodeId:
        """The matching key a label files under for its type (and context: see :meth:`add`)."""
        if context:
            group, key = self.node_id(type_, label)
            return group, f"{key}@{normalise_name(context, prefixes=self.prefixes)}"
        group = GROUPS[type_]
        if group == "place":
            key = normalise_name(label)
            bare = _ADMIN_TAIL.sub("", key)
            return group, bare if len(bare) >= 2 else key
        key = normalise_name(label, prefixes=self.prefixes if group in ("works", "org") else ())
        if group == "industry":
            bare = _INDUSTRY_TAIL.sub("", key)
            key = bare if len(bare) >= 2 else key
        return group, key

    def add(self, type_: str, label: str, *, source: str | None = None, primary: bool = False,
            aliases: tuple[str, ...] = (), context: str | None = None) -> NodeId:
        """File a sighting of ``label`` as a ``type_``; returns the node it joined.

        ``context`` (the park or place a box lists the work under) makes the name
        an identity only within it: 「标准厂房」 in two parks' boxes are two works.
        :meth:`settle_contexts` later folds context-free sightings into them.
        """
        nid = self.node_id(type_, label, context)
        node = self.nodes.get(nid)
        if node is None:
            node = self.nodes[nid] = Node(type_)
        elif type_ == "Park" and node.type == "Project":
            node.type = "Park"
        node.labels[label] = max(node.labels.get(label, 0), 2 if primary else 1)
        self._named.setdefault(label, {})[nid] = None
        node.aliases.update(aliases)
        if source:
            node.sources.add(source)
        return nid

    def labelled(self, label: str, type_: str) -> list[NodeId]:
        """The nodes of ``type_`` that carry the printed form ``label``, in the order of :attr:`nodes`.

        Examples
        --------
        >>> reg = Registry()
        >>> a = reg.add("Park", "河西工业园")
        >>> b = reg.add("Project", "河西工业园", context="某园")
        >>> reg.labelled("河西工业园", "Park") == [a], reg.labelled("河西", "Park")
        (True, [])
        """
        found = [nid for nid in self._named.get(label, ())
                 if nid in self.nodes and self.nodes[nid].type == type_ and label in self.nodes[nid].labels]
        if len(found) > 1:  # seldom: two nodes share a printed form; keep the registry's order
            among = set(found)
            found = [nid for nid in self.nodes if nid in among]
        return found

    def relate(self, subject: NodeId | str, predicate: str, obj: NodeId | str, source: str) -> None:
        """Record ``subject --predicate--> obj`` read from paragraph ``source`` (self-links are dropped)."""
        if subject != obj:
            self.relations.add((subject, predicate, obj, source))

    def add_quantity(self, nid: NodeId, quantity: Quantity) -> None:
        node = self.nodes[nid]
        if all((q.raw, q.source) != (quantity.raw, quantity.source) for q in node.quantities):
            node.quantities.append(quantity)

    def add_target(self, owner: NodeId | None, target: Target) -> None:
        """Record a target stated for node ``owner`` (None: the plan as a whole); its owner key is set at finish."""
        self.targets.append((owner, target))

    def settle_contexts(self) -> None:
        """Fold context-free sightings of a name into the works filed under a context.

        A name filed under one context only is that work wherever it is printed
        (unless it was also listed as a box item of its own, outside any context).
        A name filed under several (same-named works of two parks) stays apart:
        what was read in one of their paragraphs (relations, targets) goes to
        that one, and the context-free node keeps only the paragraphs of its own.

        Examples
        --------
        >>> reg = Registry()
        >>> a = reg.add("Project", "标准厂房", source="box1-i01", context="城东园区")
        >>> b = reg.add("Project", "标准厂房", source="box2-i01", context="城西园区")
        >>> c = reg.add("Project", "标准厂房", source="box1-i01")
        >>> reg.settle_contexts()
        >>> len(reg.nodes), c in reg.nodes
        (2, False)
        """
        contexted: dict[NodeId, list[NodeId]] = {}
        for group, key in self.nodes:
            if "@" in key:
                contexted.setdefault((group, key.split("@", 1)[0]), []).append((group, key))
        for bare, nids in contexted.items():
            if bare not in self.nodes:
                continue
            if len(nids) == 1 and max(self.nodes[bare].labels.values()) < 2:
                self.merge(nids[0], bare)  # never listed on its own: the one work of that name
                continue
            read_in = {src: nid for nid in nids for src in self.nodes[nid].sources}
            self.relations = {(read_in.get(src, s) if s == bare else s, p,
                               read_in.get(src, o) if o == bare else o, src)
                              for s, p, o, src in self.relations}
            self.targets = [(read_in.get(t.source, o) if o == bare else o, t) for o, t in self.targets]
            for q in self.nodes[bare].quantities:
                if q.source in read_in:
                    self.add_quantity(read_in[q.source], q)
            node = self.nodes[bare]
            node.quantities = [q for q in node.quantities if q.source not in read_in]
            node.sources -= set(read_in)
            if not node.sources:
                del self.nodes[bare]
                self.relations = {r for r in self.relations if bare not in (r[0], r[2])}

    def merge(self, keep: NodeId, drop: NodeId) -> None:
        """Fold node ``drop`` into ``keep`` (and rewrite the relations that name it)."""
        if keep == drop or drop not in self.nodes:
            return
        a, b = self.nodes[keep], self.nodes.pop(drop)
        for label, rank in b.labels.items():
            a.labels[label] = max(a.labels.get(label, 0), rank)
            self._named.setdefault(label, {})[keep] = None
        a.aliases |= b.aliases
        a.sources |= b.sources
        for q in b.quantities:
            self.add_quantity(keep, q)
        a.attributes = {**b.attributes, **a.attributes}
        if b.type == "Park":
            a.type = "Park"
        self.relations = {(keep if s == drop else s, p, keep if o == drop else o, src)
                          for s, p, o, src in self.relations}
        self.targets = [(keep if o == drop else o, t) for o, t in self.targets]

    def label(self, nid: NodeId) -> str:
        """The label a node will carry: the fullest of its most authoritative printed forms."""
        labels = self.nodes[nid].labels
        best_rank = max(labels.values())
        return max((lab for lab, r in labels.items() if r == best_rank), key=lambda s: (len(s), s))

    def all_aliases(self, nid: NodeId) -> set[str]:
        """Every printed form and shortening under which the node can be found in text."""
        node = self.nodes[nid]
        names = set(node.labels) | node.aliases
        if node.type == "Place":  # 黄田铺镇 is printed 黄田铺 as often as not
            names |= {_TOWN_TAIL.sub("", n) for n in names if not _KIND_OF_TOWN.search(n)}
        if GROUPS[node.type] in ("works", "org"):
            for label in list(names):
                names |= short_forms(label, prefixes=self.prefixes)
        for label in list(names):
            plain = unicodedata.normalize("NFKC", re.sub(r"[“”‘’\"'\s]", "", label))
            if len(plain) >= 2:
                names.add(plain)
        return {n for n in names if len(n) >= 2}

    def finish(self, plan_id: str) -> Facts:
        """Choose labels and keys and return the :class:`~kg.facts.Facts`."""
        keys: dict[NodeId, str] = {}
        entities: dict[str, Entity] = {}
        for nid in sorted(self.nodes, key=lambda n: (self.nodes[n].type, self.label(n))):
            node = self.nodes[nid]
            if not node.sources:  # never printed in a paragraph: nothing to cite it by
                continue
            if node.type == "Park" or node.type == "Project":
                node.type = "Park" if any(is_park_name(lab) for lab in node.labels) else "Project"
            label = self.label(nid)
            key = f"{node.type}/{label}"
            n = 2
            while key in entities:
                key, n = f"{node.type}/{label}#{n}", n + 1
            keys[nid] = key
            entities[key] = Entity(
                key=key,
                type=node.type,
                label=label,
                aliases=self.all_aliases(nid) | {label},
                sources=set(node.sources),
                quantities=list(node.quantities),
                attributes=dict(node.attributes),
            )
        relations = sorted({
            Relation(keys.get(s, s) if isinstance(s, tuple) else s, p,
                     keys.get(o, o) if isinstance(o, tuple) else o, src)
            for s, p, o, src in self.relations
            if (not isinstance(s, tuple) or s in keys) and (not isinstance(o, tuple) or o in keys)
        }, key=lambda r: (r.subject, r.predicate, r.object, r.source))
        targets = [dataclasses.replace(t, owner=keys.get(o) if o is not None else None) for o, t in self.targets]
        return Facts(plan_id=plan_id, entities=entities, relations=relations, targets=targets)
