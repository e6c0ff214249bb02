"""plankg.kg — from plan text to a document tree and an RDF knowledge graph.

The stream runs ingest (read → parse) → extract → graph (rdf → nxview) → store and export.
Each stage is a sub-package; the
names most callers need are re-exported here (imported on first use); heavier modules (export,
triplestore) are imported from their own module.
"""
from kg._lazy import lazy_exports

__all__: list[str] = []
__getattr__ = lazy_exports(
    "kg", ("kg.document", "kg.errors", "kg.facts", "kg.ingest", "kg.extract", "kg.graph", "kg.store.sparql")
)
