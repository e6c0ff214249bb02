"""Built graphs → the measures each plan states, as plain records.

One reader per kind of fact that states a measure: rows of the main indicator
table (``pk:Indicator``) and prose targets (``pk:Target``). Everything
downstream (matching, links, answers, the app's view) sees only
:class:`MeasureRecord`, so a new kind of fact means one more reader here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.graph.ontology import PK

from .measures import Measure, normalise_measure, split_name_unit, unit_class
from .plans import PlanInfo, plan_info

__all__ = ["MeasureRecord", "read_records", "read_plans", "plan_id_of"]


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
    base_year : int or None
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
    """The plan id in an instance IRI (``…/plan/<id>/…``), or ``""``."""
    head, sep, tail = str(node).partition("/plan/")
    return tail.split("/", 1)[0] if sep else ""


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
    records = [r for r in _indicator_records(graph) if keep is None or r.plan in keep]
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
