"""One error family for plankg.

Library code raises these with a message that names the failing value and
says what to do next; only the edges (``cli.py``, ``ui.py``) turn them into
user-facing messages. Any other exception is a bug.
"""
from __future__ import annotations

__all__ = [
    "KGQAError",
    "ValidationError",
    "InputError",
    "ParseError",
    "OntologyError",
    "EntityNotFound",
    "IndexNotBuilt",
    "BackendNotFound",
    "QueryError",
    "StoreError",
    "NoAnswer",
]


class KGQAError(Exception):
    """Base class of every error plankg raises on purpose."""


class InputError(KGQAError):
    """A source file cannot be read as a plan (missing, empty, binary, unknown encoding)."""


class ParseError(KGQAError):
    """The text was read but has no structure the parser recognises."""


class OntologyError(KGQAError):
    """A term is used that the ontology does not define."""


class EntityNotFound(KGQAError):
    """No entity in the graph matches a name."""


class IndexNotBuilt(KGQAError):
    """An artefact (graph, vector index) is missing or stale; run ``plankg build``."""


class BackendNotFound(KGQAError):
    """An encoder, index or store backend name is not registered."""


class QueryError(KGQAError):
    """A SPARQL query is malformed, tries to update, or runs past its time limit."""


class StoreError(KGQAError):
    """A graph store cannot be reached, refuses a request, or returns an incomplete graph."""


class NoAnswer(KGQAError):
    """A question is empty, too long, or otherwise cannot be asked."""


class ValidationError(KGQAError):
    """A built graph breaks the SHACL shapes shipped with the ontology (kg/graph/shapes.ttl)."""
