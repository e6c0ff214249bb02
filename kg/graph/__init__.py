"""``Document`` + ``Facts`` → RDF: the ontology (vocabulary as code), the RDF builder, the networkx view."""
from kg._lazy import lazy_exports

__all__: list[str] = []
__getattr__ = lazy_exports("kg.graph", ("kg.graph.rdf", "kg.graph.nxview", "kg.graph.nxmerge", "kg.graph.stats"))
