"""PROV-O for a build: which source file, code and encoder made a plan's graph, and when.

One ``prov:Activity`` per build ``prov:used`` the source file (a
``prov:Entity`` with its sha256 and file name) and ``prov:wasAssociatedWith``
two ``prov:SoftwareAgent``\\ s: plankg at its version and code hash, and the
passage encoder. The plan ``prov:wasGeneratedBy`` the activity and
``prov:wasDerivedFrom`` the source file, so a SPARQL query over the stored
graph tells who made it from what (:data:`BUILD_QUERY`). The manifest keeps the
same facts for the build folder; this puts them in the data itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdfns  # XSD stays off module globals: pytest probes them and XSD warns
from rdflib.namespace import PROV, RDF, RDFS

from kg.graph.ontology import PK
from kg.graph.rdf import DEFAULT_BASE, plan_iri

__all__ = ["BuildInfo", "add_build_provenance", "BUILD_QUERY"]


@dataclass(frozen=True)
class BuildInfo:
    """What one build of one plan was made from.

    Attributes
    ----------
    plan_id : str
        The plan's slug.
    build_key : str
        The build folder's key (source + code + encoder); names the activity.
    source : str
        The source file's path; only its name goes into the graph (paths differ between machines).
    source_sha256 : str
        Hex SHA-256 of the source file's bytes.
    software_version : str
        plankg's package version, such as ``0.1.0``.
    code_version : str
        The hash of the code that shaped the artefacts (``kg.store.buildfolder.code_version``).
    encoder : str
        The passage encoder's name, such as ``use-multilingual-v3``.
    started, ended : datetime
        When the build began and finished (timezone-aware).
    """

    plan_id: str
    build_key: str
    source: str
    source_sha256: str
    software_version: str
    code_version: str
    encoder: str
    started: datetime
    ended: datetime


def add_build_provenance(graph: Graph, info: BuildInfo, *, base: str = DEFAULT_BASE) -> URIRef:
    """Add the build's ``prov:Activity``, source entity and agents to a plan's graph.

    Parameters
    ----------
    graph : rdflib.Graph
        The plan's graph from :func:`kg.graph.rdf.build_graph`; changed in place.
    info : BuildInfo
        The build's source, versions and times.
    base : str, optional
        The IRI base, ending in ``/``.

    Returns
    -------
    rdflib.URIRef
        The activity's IRI, ``<base>plan/<plan-id>/build/<build-key>``.

    Examples
    --------
    >>> from datetime import timezone
    >>> t = datetime(2026, 1, 1, tzinfo=timezone.utc)
    >>> g = Graph()
    >>> info = BuildInfo("demo", "k1", "/x/demo.txt", "ab" * 32, "0.1.0", "c0de", "hash", t, t)
    >>> act = add_build_provenance(g, info)
    >>> (plan_iri("demo"), PROV.wasGeneratedBy, act) in g, str(g.value(act, PROV.used)).rsplit("/", 1)[-1][:4]
    (True, 'abab')
    """
    plan = plan_iri(info.plan_id, base=base)
    activity = URIRef(f"{plan}/build/{quote(info.build_key, safe='')}")
    source = URIRef(f"{plan}/source/{info.source_sha256}")
    software = URIRef(f"{base}agent/plankg/{quote(info.software_version, safe='')}+{info.code_version}")
    encoder = URIRef(f"{base}agent/encoder/{quote(info.encoder, safe='')}")
    name = PurePath(info.source).name
    graph.bind("prov", PROV)
    graph += [
        (activity, RDF.type, PROV.Activity),
        (activity, RDFS.label, Literal(f"build {info.build_key} of {info.plan_id}")),
        (activity, PROV.startedAtTime, Literal(info.started.isoformat(), datatype=rdfns.XSD.dateTime)),
        (activity, PROV.endedAtTime, Literal(info.ended.isoformat(), datatype=rdfns.XSD.dateTime)),
        (activity, PROV.used, source),
        (activity, PROV.wasAssociatedWith, software),
        (activity, PROV.wasAssociatedWith, encoder),
        (source, RDF.type, PROV.Entity),
        (source, RDFS.label, Literal(name)),
        (source, PK.sha256, Literal(info.source_sha256)),
        (software, RDF.type, PROV.SoftwareAgent),
        (software, RDFS.label, Literal(f"plankg {info.software_version} (code {info.code_version})")),
        (software, PK.softwareVersion, Literal(info.software_version)),
        (software, PK.codeVersion, Literal(info.code_version)),
        (encoder, RDF.type, PROV.SoftwareAgent),
        (encoder, RDFS.label, Literal(f"encoder {info.encoder}")),
        (plan, PROV.wasGeneratedBy, activity),
        (plan, PROV.wasDerivedFrom, source),
    ]
    return activity


#: SPARQL (prefixes pk:, prov:, rdfs: pre-bound) for how each plan graph was built.
BUILD_QUERY = """\
# Which source file (and its sha256), code version and encoder made each plan's graph, and when.
SELECT ?plan ?file ?sha256 ?agent ?started ?ended WHERE {
  ?p a pk:Plan ; rdfs:label ?plan ; prov:wasGeneratedBy ?build .
  ?build prov:used ?source ; prov:startedAtTime ?started ; prov:endedAtTime ?ended ;
         prov:wasAssociatedWith/rdfs:label ?agent .
  ?source rdfs:label ?file ; pk:sha256 ?sha256 .
} ORDER BY ?plan ?agent"""
