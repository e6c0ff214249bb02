"""Built graphs → the measures each plan states, as plain records.

One reader per kind of fact that states a measure: rows of the main indicator
table (``pk:Indicator``) and targets (``pk:Target`` with ``pk:figureStatus``
"target", stated for the plan's own region — a park's or a town's targets are
not the plan's measures; those read from a table row are that row's). Everything
downstream (matching, links, answers, the app's view) sees only
:class:`MeasureRecord`, so a new kind of fact means one more reader here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable
from urllib.parse import unquote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.graph.ontology import PK

from .measures import Measure, normalise_measure, split_name_unit, unit_class
from .plans import PlanInfo, plan_info

__all__ = ["MeasureRecord", "read_records", "read_plans", "plan_id_of", "printed_unit"]


@dataclass(frozen=True)
class MeasureRecord:
    """One figure a plan states about one measure.

    Attributes
    ----------
    node : str
        IRI of the fact (an indicator row or a target).
    plan : str
        Plan id.
    source : str
        ``"indicator"`` (a row of the 主要指标 table) or ``"target"`` (a prose target).
    measure : Measure
        The measure as printed and normalised.
    unit : str or None
        Unit as printed (``亿元``, ``%``), None when none is printed.
    value : str or None
        Target (or stated) value as printed: ``≥92``, ``13.5%``, ``完成省定目标``.
    number : float or None
        The number in ``value``.
    year : int or None
        The year the value is for.
    change : str or None
        An indicator row's 年均增速［累计］ cell as printed (a target's change is its ``value``).
    base_value : str or None
        Where the figure starts, as printed: an indicator row's 基期值 cell, or the start of a target's change
        (由50.2%提高到56%: ``50.2%``, ``pk:startValue``) — the genre's base value of a prose target.
    base_year : int or None
        The year of ``base_value`` where printed (a row's 基期 year; 由2020年的61%…: 2020, ``pk:startYear``).
    attribute : str or None
        约束性 or 预期性 where the plan says.
    qualifier : str or None
        ``≥``, ``左右``, ``cumulative`` … as recorded on the fact.
    paragraph : str or None
        Id of the paragraph the figure was read from (for citations).
    source_iri : str or None
        IRI of that paragraph.
    """

    node: str
    plan: str
    source: str
    measure: Measure
    unit: str | None = None
    value: str | None = None
    number: float | None = None
    year: int | None = None
    change: str | None = None
    base_value: str | None = None
    base_year: int | None = None
    attribute: str | None = None
    qualifier: str | None = None
    paragraph: str | None = None
    source_iri: str | None = None

    @property
    def kinds(self) -> frozenset[str]:
        """Kinds of figure this record gives: a row with a growth cell gives a level and a change."""
        if self.measure.kind == "level" and self.change not in (None, "", "-"):
            return frozenset({"level", "change"})
        return frozenset({self.measure.kind})

    @property
    def unit_class(self) -> str | None:
        return unit_class(self.unit)


def plan_id_of(node: str) -> str:
    """The plan id in an instance IRI (``…/plan/<id>/…``, percent-decoded as the IRI encodes it), or ``""``."""
    head, sep, tail = str(node).partition("/plan/")
    return unquote(tail.split("/", 1)[0]) if sep else ""


def read_plans(graph: Graph) -> dict[str, PlanInfo]:
    """Every ``pk:Plan`` in ``graph`` by plan id, with level and period read from its title."""
    out = {}
    for plan in graph.subjects(RDF.type, PK.Plan):
        pid = plan_id_of(str(plan) + "/")
        out[pid] = plan_info(pid, str(graph.value(plan, RDFS.label) or ""))
    return out


def read_records(graph: Graph, *, plans: Iterable[str] | None = None) -> list[MeasureRecord]:
    """Every figure stated about a measure in ``graph`` (optionally only in ``plans``).

    Parameters
    ----------
    graph : rdflib.Graph
        One or more built plans (``kg.graph.rdf.build_graph`` output, or the union
        of build folders' ``graph.nt``).
    plans : iterable of str, optional
        Plan ids to keep.

    Returns
    -------
    list of MeasureRecord
        By plan; within a plan indicator rows first, then in the order of the facts' paragraphs.
    """
    keep = set(plans) if plans is not None else None
    plans_info = read_plans(graph)
    records = [
        r
        for r in [*_indicator_records(graph), *_target_records(graph, plans_info)]
        if keep is None or r.plan in keep
    ]
    # A plan's indicator rows first (they carry 约束性/预期性), then its targets in reading order.
    records.sort(key=lambda r: (r.plan, r.source != "indicator", _paragraph_order(r.paragraph), r.node))
    return records


def _paragraph_order(pid: str | None) -> tuple:
    digits = "".join(c if c.isdigit() else " " for c in pid or "").split()
    return (pid or "").rstrip("0123456789"), tuple(int(d) for d in digits)


def _text(graph: Graph, node: URIRef, prop: URIRef) -> str | None:
    value = graph.value(node, prop)
    return str(value) if value is not None and str(value).strip() else None


def _int(graph: Graph, node: URIRef, prop: URIRef) -> int | None:
    value = graph.value(node, prop)
    try:
        return int(value.toPython() if isinstance(value, Literal) else value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _float(graph: Graph, node: URIRef, prop: URIRef) -> float | None:
    value = graph.value(node, prop)
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _source(graph: Graph, node: URIRef) -> tuple[str | None, str | None]:
    """(paragraph id, paragraph IRI) a fact was read from: its table row if it has one, else the first."""
    paras = sorted(
        (str(graph.value(p, PK.kind)) != "indicator", str(pid), str(p))
        for p in graph.objects(node, PROV.wasDerivedFrom)
        if (pid := graph.value(p, PK.paragraphId))
    )
    return paras[0][1:] if paras else (None, None)


def _indicator_records(graph: Graph) -> Iterable[MeasureRecord]:
    for node in graph.subjects(RDF.type, PK.Indicator):
        label = str(graph.value(node, RDFS.label) or "")
        name, bracket_unit = split_name_unit(label)
        pid, para = _source(graph, node)
        yield MeasureRecord(
            node=str(node),
            plan=plan_id_of(node),
            source="indicator",
            measure=normalise_measure(name),
            unit=_text(graph, node, PK.unit) or bracket_unit,
            value=_text(graph, node, PK.targetValue),
            number=_float(graph, node, PK.targetNumber),
            year=_int(graph, node, PK.targetYear),
            change=_text(graph, node, PK.growth),
            base_value=_text(graph, node, PK.baseValue),
            base_year=_int(graph, node, PK.baseYear),
            attribute=_text(graph, node, PK.attribute),
            qualifier=_text(graph, node, PK.qualifier),
            paragraph=pid,
            source_iri=para,
        )


# Verbs that make a target a change of its measure (降低16%), not a level to reach (提高到65%).
_CHANGE_VERB = re.compile(r"^(?:降低|下降|减少|削减|增长|提高|提升|增加|上升)$")
_RAW = re.compile(r"^\D*?(?P<number>\d+(?:\.\d+)?)(?P<unit>.*?)(?:以上|以下|以内|左右|多|内)?$")


def printed_unit(raw: str) -> str | None:
    """The unit in a figure as printed.

    Examples
    --------
    >>> printed_unit("3.57亿人"), printed_unit("7%以上"), printed_unit("4个百分点"), printed_unit("0.53")
    ('亿人', '%', '个百分点', None)
    """
    m = _RAW.match(raw.strip())
    return (m["unit"].strip() or None) if m else None


def _owned_by_region(graph: Graph, target: URIRef, info: PlanInfo | None) -> bool:
    """Whether a target is stated for the plan itself or its own region (not a park, project, town)."""
    for owner in graph.subjects(PK.hasTarget, target):
        types = set(graph.objects(owner, RDF.type))
        if PK.Plan in types:
            return True
        if PK.Place in types and info is not None and str(graph.value(owner, RDFS.label) or "") == info.region:
            return True
    return False


def _target_records(graph: Graph, plans: dict[str, PlanInfo]) -> Iterable[MeasureRecord]:
    for node in graph.subjects(RDF.type, PK.Target):
        plan = plan_id_of(node)
        if _text(graph, node, PK.figureStatus) != "target" or not _owned_by_region(graph, node, plans.get(plan)):
            continue
        measure = _text(graph, node, PK.measure) or ""
        verb = _text(graph, node, PK.direction) or ""
        raw = _text(graph, node, PK.rawText) or ""
        unit = printed_unit(raw)
        change = bool(_CHANGE_VERB.match(verb)) or (unit or "").endswith("百分点")
        m = normalise_measure(measure + verb if change and _CHANGE_VERB.match(verb) else measure)
        if change and m.kind == "level":
            m = replace(m, kind="change", direction="down" if verb[:1] in "降下减削" else "up")
        aggregation = _text(graph, node, PK.aggregation)
        if aggregation in ("annual", "cumulative"):
            m = replace(m, span=aggregation)
        row = graph.value(node, PK.measuresIndicator)
        pid, para = _source(graph, node)
        if para and str(graph.value(URIRef(para), PK.kind)) == "indicator":
            continue  # read from a table row: the row's own record states it
        number = _RAW.match(raw)
        yield MeasureRecord(
            node=str(node),
            plan=plan,
            source="target",
            measure=m,
            unit=unit or _text(graph, node, PK.unit),
            value=raw,
            number=float(number["number"]) if number else None,
            year=_int(graph, node, PK.year),
            base_value=_text(graph, node, PK.startValue),
            base_year=_int(graph, node, PK.startYear),
            attribute=_text(graph, row, PK.attribute) if row is not None else None,
            qualifier=_text(graph, node, PK.qualifier),
            paragraph=pid,
            source_iri=para,
        )
