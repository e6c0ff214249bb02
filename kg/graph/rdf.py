"""``Document`` + ``Facts`` → an rdflib ``Graph`` with minted IRIs and provenance.

Every node gets an IRI (``https://plankg.org/plan/<plan-id>/<kind>/<key>``, no
blank nodes), every entity, quantity and relation points back to the paragraph
it was read from (``prov:wasDerivedFrom``), and every relation is stated twice:
as the direct triple ``s pk:supports o`` for querying and as a ``pk:Statement``
for citing. Names and running text carry ``@zh``; codes and printed figures
(ids, kinds, units, indicator cells) are plain strings so SPARQL can match them
with ``"约束性"``. Terms come from ``kg.graph.ontology.PK``; a type or predicate the
ontology does not define raises :class:`~kg.errors.OntologyError`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdfns  # XSD stays off module globals: pytest probes them and XSD warns
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.document import Box, Chapter, Document, Heading, HeadingPath, Issuance, Paragraph
from kg.errors import EntityNotFound, OntologyError
from kg.extract.extractor import box_key
from kg.facts import Entity, Facts, Relation, Target
from kg.graph.ontology import PK, load_ontology

__all__ = [
    "DEFAULT_BASE",
    "iri_for",
    "plan_iri",
    "entity_iri",
    "entity_class",
    "relation_property",
    "attribute_property",
    "build_graph",
]

DEFAULT_BASE = "https://plankg.org/"

# Structural reference prefixes a Relation may use instead of an entity key.
_REF_KINDS = ("part", "chapter", "section", "box", "boxgroup", "para")
_KINDS = frozenset(
    {"part", "chapter", "section", "box", "boxgroup", "para", "table", "glossary", "front", "back", "quantity", "statement", "target"}
)


def plan_iri(plan_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a plan: ``<base>plan/<plan-id>``.

    Examples
    --------
    >>> str(plan_iri("lingling"))
    'https://plankg.org/plan/lingling'
    """
    return URIRef(f"{base}plan/{quote(plan_id, safe='')}")


def iri_for(plan_id: str, kind: str, key: str | int, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a node of ``kind`` (``chapter``, ``box``, ``para``, ``project`` …) in a plan.

    Parameters
    ----------
    plan_id : str
        The plan's slug (``Document.plan_id``).
    kind : str
        A structure kind (``part``, ``chapter``, ``section``, ``box``,
        ``boxgroup``, ``para``, ``table``, ``glossary``), ``quantity``,
        ``statement`` or an entity class name in lower case (``project``).
    key : str or int
        The node's key within its kind; URL-quoted into the IRI.
    base : str, optional
        The IRI base, ending in ``/``.

    Returns
    -------
    rdflib.URIRef

    Raises
    ------
    OntologyError
        If ``kind`` is not a known kind.

    Examples
    --------
    >>> str(iri_for("lingling", "box", "7.1"))
    'https://plankg.org/plan/lingling/box/7.1'
    >>> str(iri_for("lingling", "project", "园区"))
    'https://plankg.org/plan/lingling/project/%E5%9B%AD%E5%8C%BA'
    """
    if kind not in _KINDS and kind not in _vocabulary().entity_kinds:
        known = ", ".join(sorted(_KINDS | _vocabulary().entity_kinds))
        raise OntologyError(f"Unknown IRI kind {kind!r}; use one of: {known}")
    return URIRef(f"{plan_iri(plan_id, base=base)}/{kind}/{quote(str(key), safe='')}")


# A full administrative name (湖南省, 永州市, 零陵区, 某某县) denotes the same place in every plan.
_ADMIN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}(省|自治区|市|自治州|县|区)$")
_NOT_ADMIN = re.compile(r"(园|示范|新区|开发区|城区|片区|景区|园区|社区|功能区|集聚区|试验区)")


def shared_place(name: str) -> bool:
    """Whether a Place name is an administrative unit shared by all plans that name it.

    Examples
    --------
    >>> shared_place("湖南省"), shared_place("零陵区"), shared_place("承接产业转移示范区"), shared_place("城区")
    (True, True, False, False)
    """
    return bool(_ADMIN_PLACE.match(name)) and not _NOT_ADMIN.search(name)


def entity_iri(plan_id: str, key: str, type_: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an entity from its ``Entity.key`` (``"<type>/<label>"``) and type.

    Entities are scoped to their plan (two plans' 产业园 of the same name are
    different things), except administrative places, which are one node across
    plans (:func:`shared_place`).

    Examples
    --------
    >>> str(entity_iri("lingling", "Park/循环经济产业园", "Park")).rsplit("/", 2)[1]
    'park'
    >>> str(entity_iri("a", "Place/湖南省", "Place")) == str(entity_iri("b", "Place/湖南省", "Place"))
    True
    """
    prefix = f"{type_}/"
    name = key[len(prefix):] if key.startswith(prefix) else key
    if type_ == "Place" and shared_place(name):
        return URIRef(f"{base}place/{quote(name, safe='')}")
    return iri_for(plan_id, type_.lower(), name, base=base)


def entity_class(name: str) -> URIRef:
    """The ontology class for an entity type name such as ``"Project"``.

    Raises
    ------
    OntologyError
        If ``name`` is not a subclass of ``pk:Entity`` in ``kg/graph/ontology.ttl``.

    Examples
    --------
    >>> entity_class("Park") == PK.Park
    True
    """
    vocab = _vocabulary()
    if name not in vocab.entity_classes:
        raise OntologyError(
            f"Entity type {name!r} is not an entity class of the ontology "
            f"(known: {', '.join(sorted(vocab.entity_classes))}); fix kg.extract.extractor or add it to kg/graph/ontology.ttl"
        )
    return PK[name]


def relation_property(name: str) -> URIRef:
    """The ontology object property for a relation predicate such as ``"supports"``.

    Raises
    ------
    OntologyError
        If ``name`` is not an ``owl:ObjectProperty`` of ``kg/graph/ontology.ttl``.

    Examples
    --------
    >>> relation_property("locatedIn") == PK.locatedIn
    True
    >>> relation_property("exactMatch") == SKOS.exactMatch  # a glossary term and the entity it names
    True
    """
    if name == "exactMatch":
        return SKOS.exactMatch
    vocab = _vocabulary()
    if name not in vocab.object_properties:
        raise OntologyError(
            f"Relation predicate {name!r} is not an object property of the ontology "
            f"(known: {', '.join(sorted(vocab.object_properties))}); fix kg.extract.extractor or add it to kg/graph/ontology.ttl"
        )
    return PK[name]


def attribute_property(name: str) -> tuple[URIRef, URIRef | None]:
    """The predicate and literal datatype for an ``Entity.attributes`` key.

    ``definition`` maps to ``skos:definition``; other keys name a datatype
    property of the ontology in camelCase or snake_case (``base_value`` →
    ``pk:baseValue``). The datatype is the property's ``rdfs:range`` when it is
    numeric, else ``None`` (a plain string).

    Raises
    ------
    OntologyError
        If the key names no datatype property.

    Examples
    --------
    >>> attribute_property("target_year") == (PK.targetYear, rdfns.XSD.integer)
    True
    >>> attribute_property("definition")[0] == SKOS.definition
    True
    """
    if name == "definition":
        return SKOS.definition, None
    local = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)
    vocab = _vocabulary()
    if local not in vocab.datatype_ranges:
        raise OntologyError(
            f"Entity attribute {name!r} is not a datatype property of the ontology "
            f"(known: definition, {', '.join(sorted(vocab.datatype_ranges))}); fix kg.extract.extractor or add it to kg/graph/ontology.ttl"
        )
    return PK[local], vocab.datatype_ranges[local]


def build_graph(doc: Document, facts: Facts, *, base: str = DEFAULT_BASE) -> Graph:
    """Turn a parsed plan and its extracted facts into an RDF graph.

    Parameters
    ----------
    doc : Document
        The parsed plan (structure and paragraphs).
    facts : Facts
        Entities, quantities and relations extracted from ``doc``.
    base : str, optional
        The IRI base, ending in ``/``.

    Returns
    -------
    rdflib.Graph
        The plan's structure, paragraphs, entities, quantities and relations
        (direct triples plus ``pk:Statement`` nodes), prefixes bound.

    Raises
    ------
    OntologyError
        If an entity type, relation predicate or attribute key is not in the ontology.
    EntityNotFound
        If a source paragraph id, entity key or structural reference is not in the plan.

    Examples
    --------
    >>> doc = Document(plan_id="demo", title="示例规划", source="demo.txt", sha256="0")
    >>> g = build_graph(doc, Facts(plan_id="demo"))
    >>> sorted(str(o) for o in g.objects(plan_iri("demo"), RDFS.label))
    ['示例规划']
    """
    if facts.plan_id != doc.plan_id:
        raise ValueError(f"Facts of plan {facts.plan_id!r} cannot be built into plan {doc.plan_id!r}")
    ctx = _Context(graph=_new_graph(), plan_id=doc.plan_id, base=base)
    _add_structure(ctx, doc)
    for entity in sorted(facts.entities.values(), key=lambda e: e.key):
        _add_entity(ctx, entity)
    for relation in facts.relations:
        _add_relation(ctx, relation, facts)
    for target in facts.targets:
        _add_target(ctx, target, facts)
    return ctx.graph


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocabulary:
    entity_classes: frozenset[str]
    entity_kinds: frozenset[str]
    object_properties: frozenset[str]
    datatype_ranges: dict[str, URIRef | None]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    """Which PK terms are entity classes, object and datatype properties (read once)."""
    onto = load_ontology()
    ns = str(PK)
    local = lambda term: str(term)[len(ns):]  # noqa: E731
    entities = {local(c) for c in onto.transitive_subjects(RDFS.subClassOf, PK.Entity) if c != PK.Entity}
    own = lambda kind: (p for p in onto.subjects(RDF.type, kind) if str(p).startswith(ns))  # noqa: E731 (not SKOS/PROV)
    objects = {local(p) for p in own(OWL.ObjectProperty)}
    numeric = {rdfns.XSD.double, rdfns.XSD.integer}
    ranges = {local(p): (r if (r := onto.value(p, RDFS.range)) in numeric else None) for p in own(OWL.DatatypeProperty)}
    return _Vocabulary(
        frozenset(entities), frozenset(e.lower() for e in entities), frozenset(objects), ranges
    )


def _new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in (("pk", PK._NS), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS), ("rdfs", RDFS),
                       ("xsd", rdfns.XSD), ("rdf", RDF)):
        graph.bind(prefix, ns)
    return graph


def _short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


# ----------------------------------------------------------------- structure


@dataclass
class _Context:
    graph: Graph
    plan_id: str
    base: str
    refs: dict[str, URIRef] = field(default_factory=dict)  # "box:7.1" → IRI
    # ("box:7.1", paragraph id) → the box holding that paragraph: settles misprinted duplicate numbers
    local_refs: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    paragraphs: dict[str, URIRef] = field(default_factory=dict)  # paragraph id → IRI
    containers: dict[str, URIRef] = field(default_factory=dict)  # paragraph id → innermost container
    counters: dict[URIRef, int] = field(default_factory=dict)  # class → nodes so far (pk:order)

    def iri(self, kind: str, key: str | int) -> URIRef:
        return iri_for(self.plan_id, kind, key, base=self.base)

    def node(self, iri: URIRef, cls: URIRef, parent: URIRef | None, *, order: int | None = None) -> URIRef:
        """Type a node, number it in reading order and hang it under ``parent``."""
        g = self.graph
        self.counters[cls] = order if order is not None else self.counters.get(cls, 0) + 1
        g.add((iri, RDF.type, cls))
        g.add((iri, PK.order, Literal(self.counters[cls])))
        g.add((iri, PK.inPlan, plan_iri(self.plan_id, base=self.base)))
        if parent is not None:
            g.add((iri, PK.partOf, parent))
        return iri


def _add_structure(ctx: _Context, doc: Document) -> None:
    g = ctx.graph
    plan = plan_iri(doc.plan_id, base=ctx.base)
    g.add((plan, RDF.type, PK.Plan))
    g.add((plan, RDFS.label, Literal(doc.title, lang="zh")))
    if doc.issuance is not None:
        _add_issuance(ctx, doc.issuance, plan)
    if doc.contents:  # the outline its 目录 lists, one heading a line (the body may hold only part of it)
        g.add((plan, PK.contents, Literal("\n".join(doc.contents), lang="zh")))
    if doc.preface:  # every paragraph sits inside a heading-like container, the front matter too
        front = ctx.node(ctx.iri("front", "preface"), PK.FrontMatter, plan)
        g.add((front, RDFS.label, Literal("卷首", lang="zh")))
        _contain(ctx, doc.preface, front)
    # A plan without 篇 hangs its chapters on the plan itself: no phantom part.
    for chapter in doc.loose_chapters:
        _add_chapter(ctx, chapter, plan)
    for i, part in enumerate(doc.parts, 1):
        part_key = _unique(ctx, "part", _number_key(part.heading, i))
        part_iri = _heading_node(ctx, "part", part.heading, part_key, PK.Part, plan)
        _contain(ctx, part.preamble, part_iri)
        for chapter in part.chapters:
            _add_chapter(ctx, chapter, part_iri)
    if doc.closing:  # 结束语 and appendices: the plan's own text, after its last chapter
        back = ctx.node(ctx.iri("back", "closing"), PK.BackMatter, plan)
        g.add((back, RDFS.label, Literal(doc.closing[0].text if doc.closing[0].kind == "title" else "卷末", lang="zh")))
        _contain(ctx, doc.closing, back)
    _add_tables(ctx, doc)
    # Terms of a glossary 专栏 stay in their box, footnotes where printed; the 名词解释 node holds the back matter's.
    back_terms = [t.paragraph for t in doc.back_matter_terms()]
    _add_collection(ctx, back_terms, "glossary", "terms", PK.Glossary, "名词解释")
    for order, para in enumerate(doc.paragraphs(), 1):
        _add_paragraph(ctx, para, order, ctx.containers.get(para.id, plan))


def _add_issuance(ctx: _Context, issuance: Issuance, plan: URIRef) -> None:
    """The cover letter as the container of its paragraphs, and what it says on the plan node
    (DCTERMS): the 发文机关 as an Organization citing the letter's line that names it."""
    g = ctx.graph
    if issuance.paragraphs:
        letter = ctx.node(ctx.iri("front", "notice"), PK.CoverLetter, plan)
        g.add((letter, RDFS.label, Literal(issuance.title or "印发通知", lang="zh")))
        _contain(ctx, list(issuance.paragraphs), letter)
    if issuance.identifier:
        g.add((plan, DCTERMS.identifier, Literal(issuance.identifier)))
    if issuance.date:
        g.add((plan, DCTERMS.issued, Literal(issuance.date, datatype=rdfns.XSD.date)))
    if issuance.published:
        g.add((plan, DCTERMS.available, Literal(issuance.published, datatype=rdfns.XSD.date)))
    # a joint issue signs one line per body (「杨浦区建设和管理委员会、杨浦区发展和改革委员会…」): a publisher each
    for issuer in (issuance.issuer.split("、") if issuance.issuer else []):
        cited = next((p for p in issuance.paragraphs if issuer in p.text), None)
        if cited is None:
            continue
        org = entity_iri(ctx.plan_id, f"Organization/{issuer}", "Organization", base=ctx.base)
        g.add((org, RDF.type, PK.Organization))
        g.add((org, RDFS.label, Literal(issuer, lang="zh")))
        g.add((org, SKOS.prefLabel, Literal(issuer, lang="zh")))
        g.add((org, PK.inPlan, plan))
        para = ctx.iri("para", cited.id)
        g.add((org, PROV.wasDerivedFrom, para))
        g.add((para, PK.mentions, org))
        g.add((plan, DCTERMS.publisher, org))


def _add_chapter(ctx: _Context, chapter: Chapter, parent: URIRef) -> None:
    ch_key = _unique(ctx, "chapter", _number_key(chapter.heading, ctx.counters.get(PK.Chapter, 0) + 1))
    ch_iri = _heading_node(ctx, "chapter", chapter.heading, ch_key, PK.Chapter, parent)
    _contain(ctx, chapter.preamble, ch_iri)
    _add_boxes(ctx, chapter.boxes_before_sections(), ch_iri)
    for j, section in enumerate(chapter.sections, 1):
        sec_key = _unique(ctx, "section", f"{ch_key}.{_number_key(section.heading, j)}")
        sec_iri = _heading_node(ctx, "section", section.heading, sec_key, PK.Section, ch_iri)
        _contain(ctx, section.paragraphs, sec_iri)
        _add_boxes(ctx, section.boxes, sec_iri)
    _add_boxes(ctx, chapter.boxes_after_sections(), ch_iri)


def _number_key(heading: Heading, position: int) -> str:
    """A heading's printed number, or ``u<position>`` when it has none."""
    return str(heading.number) if heading.number is not None else f"u{position}"


def _unique(ctx: _Context, kind: str, key: str) -> str:
    """``key``, or ``key-2``, ``key-3`` … when a misprinted duplicate number took it."""
    unique, n = key, 1
    while f"{kind}:{unique}" in ctx.refs:
        n += 1
        unique = f"{key}-{n}"
    return unique


def _heading_node(ctx: _Context, kind: str, heading: Heading, key: str, cls: URIRef, parent: URIRef) -> URIRef:
    g = ctx.graph
    iri = ctx.node(ctx.iri(kind, key), cls, parent)
    ctx.refs[f"{kind}:{key}"] = iri
    g.add((iri, RDFS.label, Literal(heading.printed, lang="zh")))
    g.add((iri, PK.title, Literal(heading.title, lang="zh")))
    g.add((iri, PK.headingLabel, Literal(heading.printed, lang="zh")))
    if heading.number is not None:
        g.add((iri, PK.number, Literal(heading.number)))
    if heading.line:
        g.add((iri, PK.line, Literal(heading.line)))
    return iri


def _contain(ctx: _Context, paragraphs: list[Paragraph], container: URIRef) -> None:
    for para in paragraphs:
        ctx.containers.setdefault(para.id, container)


def _add_boxes(ctx: _Context, boxes: list[Box], parent: URIRef) -> None:
    g = ctx.graph
    for box in boxes:
        cited = box_key(box)  # the key kg.extract.extractor cites the box by
        key = _unique(ctx, "box", cited)
        box_iri = _heading_node(ctx, "box", box.heading, key, PK.Box, parent)
        if box.image is not None:
            g.add((box_iri, PK.imageSource, Literal(box.image)))  # the box survives only as this picture
        local = {f"box:{cited}": box_iri}
        groups: dict[str, URIRef] = {}
        for j, name in enumerate(box.groups, 1):
            group_iri = ctx.node(ctx.iri("boxgroup", f"{key}-g{j:02d}"), PK.BoxGroup, box_iri)
            ctx.refs.setdefault(f"boxgroup:{key}-g{j:02d}", group_iri)
            local[f"boxgroup:{cited}-g{j:02d}"] = group_iri
            g.add((group_iri, RDFS.label, Literal(name, lang="zh")))
            g.add((group_iri, PK.title, Literal(name, lang="zh")))
            groups.setdefault(name.strip(), group_iri)
        for item in box.items:
            if item.group and item.group.strip() in groups:
                ctx.containers.setdefault(item.paragraph.id, groups[item.group.strip()])
        for para in box.paragraphs:
            heading_of = groups.get(para.text.strip()) if para.kind == "box_group" else None
            ctx.containers.setdefault(para.id, heading_of or box_iri)
            ctx.local_refs.update(((ref, para.id), iri) for ref, iri in local.items())


def _add_tables(ctx: _Context, doc: Document) -> None:
    """Each indicator table: a node labelled by its title holding its rows, with its column
    captions (``pk:columnHeader``) and the notes printed under it (``pk:tableNote``). Rows no
    table lists (a document built by hand) share one 主要指标 node."""
    rows = {i.paragraph.id: i.paragraph for i in doc.indicators}
    listed = {pid for t in doc.tables for pid in t.rows}
    for n, table in enumerate(doc.tables, 1):
        key = "indicators" if n == 1 else f"indicators-{n}"  # the first table keeps the IRI a plan of one table had
        iri = _add_collection(ctx, [rows[pid] for pid in table.rows if pid in rows], "table", key,
                              PK.IndicatorTable, table.title or "主要指标")
        if iri is None:
            continue
        ctx.graph.add((iri, PK.columnHeader, Literal(" | ".join(table.columns), lang="zh")))
        for note in table.notes:
            ctx.graph.add((iri, PK.tableNote, ctx.iri("para", note.id)))
    loose = [p for pid, p in rows.items() if pid not in listed]
    _add_collection(ctx, loose, "table", "indicators" if not doc.tables else "indicators-0", PK.IndicatorTable, "主要指标")


def _add_collection(
    ctx: _Context, paragraphs: list[Paragraph], kind: str, key: str, cls: URIRef, label: str
) -> URIRef | None:
    """The indicator table or glossary: a node holding its rows, inside the first row's container
    (``None`` when there are no rows)."""
    if not paragraphs:
        return None
    first = paragraphs[0].path
    parent = next(
        (ctx.refs[r] for r in _path_refs(first) if r in ctx.refs), plan_iri(ctx.plan_id, base=ctx.base)
    )
    iri = ctx.node(ctx.iri(kind, key), cls, parent)
    ctx.graph.add((iri, RDFS.label, Literal(label, lang="zh")))
    for para in paragraphs:
        ctx.containers[para.id] = iri
    return iri


def _path_refs(path: HeadingPath) -> list[str]:
    """Structural references of a heading path, innermost first (numbered levels only)."""
    refs = []
    if path.chapter is not None and path.chapter.number is not None:
        if path.section is not None and path.section.number is not None:
            refs.append(f"section:{path.chapter.number}.{path.section.number}")
        refs.append(f"chapter:{path.chapter.number}")
    if path.part is not None and path.part.number is not None:
        refs.append(f"part:{path.part.number}")
    return refs


def _add_paragraph(ctx: _Context, para: Paragraph, order: int, container: URIRef) -> None:
    g = ctx.graph
    iri = ctx.iri("para", para.id)
    ctx.paragraphs[para.id] = iri
    ctx.refs[f"para:{para.id}"] = iri
    ctx.node(iri, PK.Paragraph, container, order=order)
    g.add((iri, PK.paragraphId, Literal(para.id)))
    g.add((iri, PK.text, Literal(para.text, lang="zh")))
    g.add((iri, PK.kind, Literal(para.kind)))
    if para.line:
        g.add((iri, PK.line, Literal(para.line)))
    path = para.path
    for heading, prop in (
        (path.part, PK.partLabel),
        (path.chapter, PK.chapterLabel),
        (path.section, PK.sectionLabel),
        (path.box, PK.boxLabel),
    ):
        if heading is not None:
            g.add((iri, prop, Literal(heading.printed, lang="zh")))


# ------------------------------------------------------------------ entities


def _source(ctx: _Context, pid: str, what: str) -> URIRef:
    try:
        return ctx.paragraphs[pid]
    except KeyError:
        raise EntityNotFound(
            f"{what} cites paragraph {pid!r}, which is not in plan {ctx.plan_id!r}; "
            "extract facts from the same Document you build the graph from"
        ) from None


def _add_entity(ctx: _Context, entity: Entity) -> None:
    g = ctx.graph
    cls = entity_class(entity.type)
    iri = entity_iri(ctx.plan_id, entity.key, entity.type, base=ctx.base)
    g.add((iri, RDF.type, cls))
    g.add((iri, RDFS.label, Literal(entity.label, lang="zh")))
    g.add((iri, PK.inPlan, plan_iri(ctx.plan_id, base=ctx.base)))
    g.add((iri, SKOS.prefLabel, Literal(entity.label, lang="zh")))
    for alias in sorted(entity.aliases - {entity.label}):
        g.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))
    for pid in sorted(entity.sources):
        para = _source(ctx, pid, f"Entity {entity.key!r}")
        g.add((iri, PROV.wasDerivedFrom, para))
        g.add((para, PK.mentions, iri))
    for key, value in sorted(entity.attributes.items()):
        prop, datatype = attribute_property(key)
        g.add((iri, prop, _attribute_literal(entity, key, value, prop, datatype)))
    for q in entity.quantities:
        q_iri = ctx.iri("quantity", _short_hash(entity.key, q.kind, q.raw, q.value, q.unit, q.source, q.qualifier))
        g.add((iri, PK.hasQuantity, q_iri))
        g.add((q_iri, RDF.type, PK.Quantity))
        g.add((q_iri, PK.quantityKind, Literal(q.kind)))
        g.add((q_iri, PK.value, Literal(float(q.value), datatype=rdfns.XSD.double)))
        g.add((q_iri, PK.unit, Literal(q.unit)))
        g.add((q_iri, PK.rawText, Literal(q.raw)))
        if q.qualifier:
            g.add((q_iri, PK.qualifier, Literal(q.qualifier)))
        g.add((q_iri, PROV.wasDerivedFrom, _source(ctx, q.source, f"Quantity {q.raw!r} of {entity.key!r}")))


def _attribute_literal(entity: Entity, key: str, value: str, prop: URIRef, datatype: URIRef | None) -> Literal:
    if prop == SKOS.definition:
        return Literal(value, lang="zh")
    if datatype is None:
        return Literal(value)
    try:
        number = float(value)
        return Literal(int(number) if datatype == rdfns.XSD.integer else number, datatype=datatype)
    except ValueError:
        raise OntologyError(
            f"Attribute {key!r} of {entity.key!r} must be a number for {prop}, got {value!r}; fix kg.extract.extractor"
        ) from None


# ----------------------------------------------------------------- relations


def _resolve(ctx: _Context, ref: str, facts: Facts, relation: Relation) -> URIRef:
    entity = facts.entities.get(ref)
    if entity is not None:
        return entity_iri(ctx.plan_id, entity.key, entity.type, base=ctx.base)
    kind = ref.split(":", 1)[0]
    if (ref, relation.source) in ctx.local_refs:
        return ctx.local_refs[(ref, relation.source)]
    if kind in _REF_KINDS and ref in ctx.refs:
        return ctx.refs[ref]
    raise EntityNotFound(
        f"Relation {relation.subject!r} {relation.predicate} {relation.object!r} refers to {ref!r}, "
        f"which is neither an entity key nor a structure of plan {ctx.plan_id!r} "
        f"({', '.join(k + ':…' for k in _REF_KINDS)}); fix kg.extract.extractor"
    )


def _add_relation(ctx: _Context, relation: Relation, facts: Facts) -> None:
    predicate = relation_property(relation.predicate)
    subject = _resolve(ctx, relation.subject, facts, relation)
    obj = _resolve(ctx, relation.object, facts, relation)
    if predicate == PK.locatedIn and (obj, RDF.type, PK.Park) in ctx.graph:
        predicate = PK.belongsTo  # pk:locatedIn ranges over places; "a project belongs to a park" (ontology)
    source = _source(ctx, relation.source, f"Relation {relation.subject!r} {relation.predicate} {relation.object!r}")
    _add_statement(ctx, subject, predicate, obj, source)


def _add_statement(ctx: _Context, subject: URIRef, predicate: URIRef, obj: URIRef, source: URIRef) -> None:
    """The direct triple plus its reification; one Statement per triple, one wasDerivedFrom per source."""
    g = ctx.graph
    g.add((subject, predicate, obj))
    stmt = ctx.iri("statement", _short_hash(subject, predicate, obj))
    g.add((stmt, RDF.type, PK.Statement))
    g.add((stmt, RDF.subject, subject))
    g.add((stmt, RDF.predicate, predicate))
    g.add((stmt, RDF.object, obj))
    g.add((stmt, PROV.wasDerivedFrom, source))


# ------------------------------------------------------------------- targets


def _add_target(ctx: _Context, target: Target, facts: Facts) -> None:
    """A pk:Target node with its quantity, frame, owner (pk:hasTarget), table row and conflicts."""
    g = ctx.graph
    iri = ctx.iri("target", target.id)
    q = target.quantity
    g.add((iri, RDF.type, PK.Target))
    g.add((iri, PK.inPlan, plan_iri(ctx.plan_id, base=ctx.base)))
    g.add((iri, RDFS.label, Literal(f"{target.measure_name} {q.raw}", lang="zh")))
    g.add((iri, PK.measure, Literal(target.measure, lang="zh")))
    g.add((iri, PK.measureName, Literal(target.measure_name, lang="zh")))
    g.add((iri, PK.quantityKind, Literal(q.kind)))
    g.add((iri, PK.value, Literal(float(q.value), datatype=rdfns.XSD.double)))
    g.add((iri, PK.unit, Literal(q.unit)))
    g.add((iri, PK.rawText, Literal(q.raw)))
    g.add((iri, PK.figureStatus, Literal(target.status)))
    for prop, value in ((PK.qualifier, q.qualifier), (PK.direction, target.direction), (PK.period, target.period),
                        (PK.aggregation, target.aggregation), (PK.startValue, target.start)):
        if value:
            g.add((iri, prop, Literal(value)))
    if target.implied:  # the plan printed no year or period: the frame is the plan's own (see kg.facts.Target)
        g.add((iri, PK.timeFrameImplied, Literal(True)))
    for prop, year in ((PK.year, target.year), (PK.comparedWithYear, target.base_year), (PK.startYear, target.start_year)):
        if year is not None:
            g.add((iri, prop, Literal(int(year), datatype=rdfns.XSD.integer)))
    g.add((iri, PROV.wasDerivedFrom, _source(ctx, target.source, f"Target {target.id!r}")))
    owner = facts.entities.get(target.owner) if target.owner else None
    if target.owner and owner is None:
        raise EntityNotFound(f"Target {target.id!r} is owned by {target.owner!r}, which is not an entity of the plan")
    owner_iri = (entity_iri(ctx.plan_id, owner.key, owner.type, base=ctx.base) if owner
                 else plan_iri(ctx.plan_id, base=ctx.base))
    g.add((owner_iri, PK.hasTarget, iri))
    if target.indicator in facts.entities:
        row = facts.entities[target.indicator]
        g.add((iri, PK.measuresIndicator, entity_iri(ctx.plan_id, row.key, row.type, base=ctx.base)))
    for other in target.conflicts:
        g.add((iri, PK.conflictsWith, ctx.iri("target", other)))
