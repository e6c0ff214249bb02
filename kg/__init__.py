"""plankg.kg — from plan text to a document tree and an RDF knowledge graph.

The stream runs ingest (read → parse) → extract → graph (rdf → nxview) → store and export.
Each stage is a sub-package; the
names most callers need are re-exported here; heavier modules (export,
triplestore) are imported from their own module.
"""
from kg.document import *  # noqa: F401,F403
from kg.errors import *  # noqa: F401,F403
from kg.facts import *  # noqa: F401,F403
from kg.ingest import *  # noqa: F401,F403
from kg.extract import *  # noqa: F401,F403
from kg.graph import *  # noqa: F401,F403
from kg.store.sparql import *  # noqa: F401,F403
