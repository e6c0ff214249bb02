"""Check a plan graph (or the ontology) against the SHACL shapes shipped beside the ontology.

The shapes are ``kg/graph/shapes.ttl`` (hand-written: labels, values with
units, paragraphs inside a heading, cited statements, indicators with values,
disjoint classes) and ``kg/graph/shapes_domains.ttl`` (generated from the
ontology: the domain and range of every property). Validation runs pyshacl
with the ontology mixed into the data, so ``sh:class pk:Entity`` accepts a
``pk:Project`` through ``rdfs:subClassOf``; no inference is added to the graph.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import ValidationError
from kg.graph.ontology import load_ontology

__all__ = ["SHAPES_PATHS", "Violation", "ValidationReport", "load_shapes", "validate_graph", "check_graph"]

_HERE = Path(__file__).parent
#: The SHACL files every plan graph is checked against.
SHAPES_PATHS = (_HERE / "shapes.ttl", _HERE / "shapes_domains.ttl")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node that broke a shape, where, and why.

    ``severity`` is ``Violation`` (the graph is wrong) or ``Warning`` (a shape
    marked ``sh:severity sh:Warning``: a gap worth fixing that does not fail a build).
    """

    focus: str
    path: str
    message: str
    shape: str
    value: str = ""
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value else ""
        return f"{self.focus}{where}{value}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`: ``conforms`` (no violation), the violations, the warnings, the time."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    seconds: float = 0.0
    warnings: list[Violation] = field(default_factory=list)

    def summary(self, limit: int = 10) -> str:
        """The count and the first ``limit`` violations, one per line."""
        lines = [f"{len(self.violations)} SHACL violation(s)"]
        lines += [f"  {v}" for v in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"  … and {len(self.violations) - limit} more")
        return "\n".join(lines)


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    """The shapes of :data:`SHAPES_PATHS` in one graph (parsed once).

    Examples
    --------
    >>> from rdflib.namespace import SH
    >>> len(set(load_shapes().subjects(RDF.type, SH.NodeShape))) > 40
    True
    """
    shapes = Graph()
    for path in SHAPES_PATHS:
        shapes.parse(path, format="turtle")
    return shapes


def validate_graph(graph: Graph, *, shapes: Graph | None = None, ontology: Graph | None = None) -> ValidationReport:
    """Validate ``graph`` against the shapes, the ontology mixed in for class hierarchy.

    Parameters
    ----------
    graph : rdflib.Graph
        A plan graph (with its build provenance) or the ontology itself; not changed.
    shapes : rdflib.Graph, optional
        Defaults to :func:`load_shapes`.
    ontology : rdflib.Graph, optional
        Defaults to ``kg/graph/ontology.ttl``.

    Returns
    -------
    ValidationReport
        Violations sorted by focus node, then path.

    Examples
    --------
    >>> from rdflib import Literal
    >>> from kg.graph.ontology import PK
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://plankg.org/plan/x/quantity/1"), RDF.type, PK.Quantity))
    >>> report = validate_graph(g)
    >>> report.conforms, sorted({v.path.rsplit("#", 1)[-1] for v in report.violations})[:3]
    (False, ['quantityKind', 'rawText', 'unit'])
    """
    from pyshacl import validate  # imported here: pyshacl takes ~1 s to import and only builds need it

    t0 = time.perf_counter()
    _, results, _ = validate(
        graph,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        ont_graph=ontology if ontology is not None else _ontology(),
        inference="none",
        advanced=True,  # SPARQL targets (the ontology's own terms)
        allow_warnings=True,  # sh:Warning results are reported, not failures
    )
    found = sorted(_violations(results), key=lambda v: (v.focus, v.path, v.message))
    violations = [v for v in found if v.severity == "Violation"]
    warnings = [v for v in found if v.severity != "Violation"]
    return ValidationReport(not violations, violations, time.perf_counter() - t0, warnings)


def check_graph(graph: Graph, *, what: str = "graph") -> ValidationReport:
    """:func:`validate_graph`, raising when the graph breaks a shape.

    Raises
    ------
    ValidationError
        With the count and the first violations (node, property, message).
    """
    report = validate_graph(graph)
    if not report.conforms:
        raise ValidationError(f"The {what} breaks the plankg shapes (kg/graph/shapes.ttl): {report.summary()}")
    return report


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_ontology()


def _violations(results: Graph) -> list[Violation]:
    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        value = results.value(result, SH.value)
        out.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=_path(results, results.value(result, SH.resultPath)),
                message=_text(results.value(result, SH.resultMessage)),
                shape=_text(results.value(result, SH.sourceShape)),
                value="" if value is None else str(value),
                severity=str(results.value(result, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1],
            )
        )
    return out


def _path(results: Graph, path: object) -> str:
    """A result path as text: the property's IRI, or ``^IRI`` for an inverse path."""
    if isinstance(path, BNode):
        inverse = results.value(path, SH.inversePath)
        return f"^{inverse}" if inverse is not None else ""
    return _text(path)


def _text(node: object) -> str:
    return str(node) if isinstance(node, (URIRef, str)) and not isinstance(node, BNode) else ""
